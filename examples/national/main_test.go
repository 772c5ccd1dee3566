package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// figures are the lines of Ofsted's published figures as at 31 March 2025
// and 2023.
var figures = []struct {
	at   string
	want []string
}{
	{"2025-03-31", []string{
		"National picture as at 2025-03-31, with reports published by 2025-06-30",
		`(the rule of Ofsted's "Local authority inspection outcomes as at 31 March 2025", published 2025-09-25)`,
		"153 authorities: 153 inspected, 0 not yet inspected",
		"Overall effectiveness       36 (23.5%)      67 (43.8%)      31 (20.3%)      19 (12.4%)           0    103 (67.3%)",
		"Care leavers                27 (26.2%)      43 (41.7%)      26 (25.2%)        7 (6.8%)          50     70 (68.0%)",
		"London                                  33           14           15            2            2     29 (87.9%)",
	}},
	{"2023-03-31", []string{
		"National picture as at 2023-03-31, with reports published by 2023-04-30, and South Tyneside's report published 2023-05-10",
		"152 authorities: 152 inspected, 0 not yet inspected",
		"Overall effectiveness       25 (16.4%)      65 (42.8%)      48 (31.6%)       14 (9.2%)           0     90 (59.2%)",
	}},
}

// hasLines reports the lines of want missing from out.
func hasLines(t *testing.T, what, out string, want []string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	for _, w := range want {
		found := false
		for _, l := range lines {
			found = found || l == w
		}
		if !found {
			t.Errorf("%s: no line\n%q\nin\n%s", what, w, out)
		}
	}
}

// TestBuiltInFigures runs the program with no file: the built-in record
// gives Ofsted's published figures, and the two disagreements between
// Ofsted's files are reported.
func TestBuiltInFigures(t *testing.T) {
	for _, tt := range figures {
		var out, errs bytes.Buffer
		if code := run([]string{"-at", tt.at}, &out, &errs); code != 0 {
			t.Fatalf("-at %s: exit %d: %s", tt.at, code, errs.String())
		}
		hasLines(t, "-at "+tt.at, out.String(), tt.want)
		if strings.Contains(out.String(), "Note: ") {
			t.Errorf("-at %s: a note on what is not counted, within Ofsted's statistics:\n%s", tt.at, out.String())
		}
		if n := strings.Count(errs.String(), "national: conflict: "); n != 2 || strings.Count(errs.String(), "\n") != 2 {
			t.Errorf("-at %s: stderr %q, want the 2 conflicts between Ofsted's files", tt.at, errs.String())
		}
	}
}

// TestLatest runs the program with no flag: the picture at the latest
// day the record covers, saying what it counts after Ofsted's statistics.
func TestLatest(t *testing.T) {
	cov := ofsted.Record().Coverage()
	var out, errs bytes.Buffer
	if code := run(nil, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	hasLines(t, "no flags", out.String(), []string{
		"National picture as at " + cov.Latest.String(),
		"(the latest day the record covers)",
		"Note: " + ofsted.Record().Picture(cov.Census()).Caveat() + ".",
	})
	if !strings.Contains(out.String(), "Note: Ofsted's official statistics cover inspections to 2025-03-31 with reports published by 2025-06-30; after that only the ") {
		t.Errorf("no note of what is counted after Ofsted's statistics:\n%s", out.String())
	}
	out.Reset()
	if code := run([]string{"-at", cov.Latest.AddDays(1).String()}, &out, io.Discard); code != 0 ||
		!strings.Contains(out.String(), "; nothing published after "+cov.Latest.String()+" is known.") {
		t.Errorf("a day after the record: exit %d, output\n%s", code, out.String())
	}
}

// TestOfstedFiles gives the program Ofsted's two files with -data: they
// are the files the record was built from, and the figures are the same;
// the files' notes are reported.
func TestOfstedFiles(t *testing.T) {
	files := []string{
		"-data", sharedtest.Path(t, "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods"),
		"-data", sharedtest.Path(t, "data/ofsted/Childrens_social_care_in_England_2023_underlying_data.ods"),
	}
	for _, tt := range figures {
		var out, errs bytes.Buffer
		if code := run(append([]string{"-at", tt.at}, files...), &out, &errs); code != 0 {
			t.Fatalf("-at %s: exit %d: %s", tt.at, code, errs.String())
		}
		hasLines(t, "-data, -at "+tt.at, out.String(), tt.want)
		if n := strings.Count(errs.String(), "national: conflict: "); n != 2 {
			t.Errorf("-at %s: %d conflicts reported, want 2:\n%s", tt.at, n, errs.String())
		}
		// The web links to other authorities' pages are noted; no row is
		// left unread.
		if n := strings.Count(errs.String(), "national: note: "); n != 10 || strings.Contains(errs.String(), "not read") {
			t.Errorf("-at %s: %d notes, want 10:\n%s", tt.at, n, errs.String())
		}
	}
}

func TestUsage(t *testing.T) {
	dir := t.TempDir()
	notODS := filepath.Join(dir, "notes.ods")
	if err := os.WriteFile(notODS, []byte("not a spreadsheet"), 0o666); err != nil {
		t.Fatal(err)
	}
	outcomes := sharedtest.Path(t, "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods")
	cut, cutContent := truncated(t, outcomes, dir)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"x.ods"}, 2, `unexpected argument "x.ods": give Ofsted's files with -data`},
		{[]string{"-bogus"}, 2, "flag provided but not defined"},
		{[]string{"-at", "31 June 2025"}, 2, "-at: inspection: parsing date"},
		{[]string{"-at", "2025-03-31", "-published-by", "2025-03-01"}, 2, "is before -at"},
		{[]string{"-data", "no-such-file.ods"}, 1, "national: ofsted: no-such-file.ods: open: no such file or directory"},
		{[]string{"-data", notODS}, 1, "national: ofsted: " + notODS + ": "},
		{[]string{"-data", outcomes, "-data", notODS}, 1, "not a well-formed OpenDocument spreadsheet"},
		// An ODS file cut short, and one whose content.xml is cut short:
		// never half the country.
		{[]string{"-data", cut}, 1, "national: ofsted: " + cut + ": "},
		{[]string{"-data", cutContent}, 1, "not a well-formed OpenDocument spreadsheet"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		code := run(tt.args, &out, &errs)
		if code != tt.code || !strings.Contains(errs.String(), tt.msg) || out.Len() != 0 {
			t.Errorf("run(%q) = %d, stderr %q, stdout %d bytes; want %d and %q, no output", tt.args, code, errs.String(), out.Len(), tt.code, tt.msg)
		}
	}
}

// truncated writes two copies of the spreadsheet at path into dir: one
// cut to half its bytes, and one whose content.xml is cut to half.
func truncated(t *testing.T, path, dir string) (cut, cutContent string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cut = filepath.Join(dir, "cut.ods")
	if err := os.WriteFile(cut, data[:len(data)/2], 0o666); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		content, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "content.xml" {
			content = content[:len(content)/2]
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(content)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	cutContent = filepath.Join(dir, "cut-content.ods")
	if err := os.WriteFile(cutContent, b.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
	return cut, cutContent
}
