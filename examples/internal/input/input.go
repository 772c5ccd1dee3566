// Package input reads what the example programs are given: Ofsted's
// spreadsheets with -data, merged into the record built into package
// ofsted, and the text of Ofsted's reports, from text files or PDFs.
package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
)

// Files collects the files of repeated -data flags.
type Files []string

// String implements [flag.Value]: the files given, separated by commas.
func (f *Files) String() string { return strings.Join(*f, ",") }

// Set implements [flag.Value]: each -data adds a file.
func (f *Files) Set(s string) error { *f = append(*f, s); return nil }

// Record returns the built-in record with Ofsted's files loaded into it
// (ofsted.RecordWith), and writes to stderr, each line prefixed with
// prog, what the files' reports say: the rows that could not be read, and
// the files' notes. The error, for a file that cannot be read or holds no
// table of inspections, names the file.
func Record(prog string, files []string, stderr io.Writer) (*authority.Register, error) {
	r, reports, err := ofsted.RecordWith(files...)
	if err != nil {
		return nil, err
	}
	for _, f := range reports {
		for _, p := range f.Problems {
			fmt.Fprintf(stderr, "%s: not read: %s\n", prog, p)
		}
		for _, n := range f.Notes {
			fmt.Fprintf(stderr, "%s: note: %s: %s\n", prog, f.Name, n)
		}
	}
	return r, nil
}

// Report reads the report in the file name, or on standard input for
// "-" (see [Text]), and writes the problems met in reading it to stderr,
// one a line, as NAME:LINE:COLUMN: message, or NAME: message for a
// problem with the whole report. The error is for a file that cannot be
// read, or is not read as a report; problems inside a report are not
// errors.
func Report(name string, stdin io.Reader, stderr io.Writer) (*inspection.Inspection, error) {
	text, err := Text(name, stdin)
	if err != nil {
		return nil, err
	}
	in, err := report.Parse(string(text))
	if list, ok := errors.AsType[inspection.ErrorList](err); ok {
		for _, e := range list {
			fmt.Fprintln(stderr, problem(name, e))
		}
	}
	if errors.Is(err, report.ErrPDF) || errors.Is(err, report.ErrNotReport) || errors.Is(err, report.ErrNoFramework) {
		return nil, ErrNotReport
	}
	return in, nil
}

// ErrNotReport is the error of Report for a file not read as a report,
// whose problems Report has written.
var ErrNotReport = errors.New("not read as a report")

// problem formats e as NAME:LINE:COLUMN: message, or NAME: message for a
// problem with the whole report.
func problem(name string, e *inspection.Error) string {
	msg := *e
	msg.Pos = inspection.Position{}
	if !e.Pos.IsValid() {
		return name + ": " + msg.Error()
	}
	return fmt.Sprintf("%s:%d:%d: %s", name, e.Pos.Line, e.Pos.Column, msg.Error())
}

// Text returns the text of the report in the file name, or of standard
// input for "-". A PDF is converted with pdftotext -layout, if it is
// installed (Poppler: apt install poppler-utils; brew install poppler).
func Text(name string, stdin io.Reader) ([]byte, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, err
	}
	if isPDF(data) {
		return pdfToText(name, data)
	}
	return data, nil
}

// isPDF reports whether data is a PDF file, which starts with "%PDF-".
func isPDF(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("%PDF"))
}

// pdfToText converts a PDF to text with pdftotext -layout, if it is
// installed.
func pdfToText(name string, data []byte) ([]byte, error) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, errors.New("this is a PDF, and pdftotext is not installed to turn it into text: " +
			"install Poppler (Debian or Ubuntu: apt install poppler-utils; macOS: brew install poppler), " +
			"or extract the text yourself with pdftotext -layout")
	}
	path := name
	if name == "-" {
		// pdftotext reads a file, not standard input.
		f, err := os.CreateTemp("", "report-*.pdf")
		if err != nil {
			return nil, err
		}
		defer os.Remove(f.Name())
		if _, err := f.Write(data); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
		path = f.Name()
	}
	var stderr bytes.Buffer
	cmd := exec.Command(tool, "-layout", "-enc", "UTF-8", path, "-")
	cmd.Stderr = &stderr
	text, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("pdftotext: %v: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return text, nil
}
