package reportfile

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

// TestReadPDF reads each of the corpus's PDFs, converted with pdftotext
// -layout, and its text as published beside it: the same inspection, the
// same problems but for the file's name.
func TestReadPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	pdfs, err := filepath.Glob(filepath.Join(sharedtest.Dir(t), "corpus", "pdf", "*.pdf"))
	if err != nil || len(pdfs) == 0 {
		t.Fatalf("no PDFs: %v", err)
	}
	for _, pdf := range pdfs {
		txt := filepath.Join(filepath.Dir(filepath.Dir(pdf)), "layout", strings.TrimSuffix(filepath.Base(pdf), ".pdf")+".txt")
		fromPDF, pdfProblems, ok := Read(pdf, nil)
		fromText, textProblems, ok2 := Read(txt, nil)
		if !ok || !ok2 {
			t.Errorf("%s: read %v, its text %v", filepath.Base(pdf), ok, ok2)
			continue
		}
		if diff := cmp.Diff(fromText, fromPDF); diff != "" {
			t.Errorf("%s (-text +pdf):\n%s", filepath.Base(pdf), diff)
		}
		for i := range pdfProblems {
			pdfProblems[i] = strings.TrimPrefix(pdfProblems[i], pdf)
		}
		for i := range textProblems {
			textProblems[i] = strings.TrimPrefix(textProblems[i], txt)
		}
		if diff := cmp.Diff(textProblems, pdfProblems); diff != "" {
			t.Errorf("%s: problems (-text +pdf):\n%s", filepath.Base(pdf), diff)
		}
	}
}

// TestReadErrors reads what is not a report: a missing file, a PDF with
// no pdftotext to convert it, text that is not a report, from a file and
// from standard input.
func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	pdf, prose := filepath.Join(dir, "report.pdf"), filepath.Join(dir, "prose.txt")
	for name, text := range map[string]string{pdf: "%PDF-1.4\n", prose: "Nothing to see.\n"} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir) // no pdftotext
	for _, tt := range []struct {
		name, stdin, want string
	}{
		{filepath.Join(dir, "none.txt"), "", "none.txt: open "},
		{pdf, "", "report.pdf: this is a PDF, and pdftotext is not installed"},
		{"-", "%PDF-1.7\n", "-: this is a PDF, and pdftotext is not installed"},
		{prose, "", "prose.txt: not an Ofsted report"},
	} {
		in, problems, ok := Read(tt.name, strings.NewReader(tt.stdin))
		if ok || len(problems) == 0 || !strings.Contains(problems[0], tt.want) {
			t.Errorf("Read(%s) = %v, %q, %v; want not read, and a problem with %q", tt.name, in, problems, ok, tt.want)
		}
	}
}
