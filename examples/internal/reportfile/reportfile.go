// Package reportfile reads Ofsted reports on local authority children's
// services from files, for the example programs: the text of a report
// (the output of pdftotext -layout or of plain pdftotext, or text copied
// out of a PDF viewer), or the PDF itself, converted with pdftotext
// -layout when that program is installed (it is part of Poppler: on
// Debian or Ubuntu, apt install poppler-utils; on macOS, brew install
// poppler).
package reportfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
)

// Read reads the report in the file name, or in stdin when name is "-",
// with report.Parse. It returns the inspection; the problems found, each
// a line naming the file, as
//
//	FILE:LINE:COLUMN: field: kind: message
//
// or FILE: ... for a problem with the whole report or file; and whether
// the file could be read as a report: false if it could not be opened,
// is a PDF that could not be converted, or is not an Ofsted report on
// children's services. Problems inside a report that was read do not
// make it false.
func Read(name string, stdin io.Reader) (*inspection.Inspection, []string, bool) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err == nil && isPDF(data) {
		data, err = pdfToText(name, data)
	}
	if err != nil {
		return nil, []string{fmt.Sprintf("%s: %v", name, err)}, false
	}
	in, err := report.Parse(string(data))
	var problems []string
	if list, ok := errors.AsType[inspection.ErrorList](err); ok {
		for _, e := range list {
			problems = append(problems, problem(name, e))
		}
	}
	unreadable := errors.Is(err, report.ErrPDF) || errors.Is(err, report.ErrNotReport) || errors.Is(err, report.ErrNoFramework)
	return in, problems, !unreadable
}

// Add reads the report in the file name (or stdin, for "-") as Read does
// and adds the inspection it records to r, with the report as its source
// (the file's name, and the judgements it gave). The report must be of
// authority a, as on the day of the inspection. It returns the report's
// problems, as Read does, and an error, naming nothing but what is wrong,
// if the file cannot be read as a report, is of another authority, or
// cannot be filed.
func Add(r *authority.Register, a authority.Authority, name string, stdin io.Reader) ([]string, error) {
	in, problems, ok := Read(name, stdin)
	if !ok {
		return problems, errors.New("not read as a report")
	}
	of, err := authority.LookupAt(in.Authority.Name, in.Date())
	if err != nil && !errors.Is(err, authority.ErrNotExisting) {
		return problems, fmt.Errorf("the report's authority: %w", err)
	}
	if of != a {
		return problems, fmt.Errorf("a report of %s, not %s", of, a)
	}
	in.Sources = []inspection.Source{{File: filepath.Base(name), Areas: slices.Sorted(maps.Keys(in.Judgements))}}
	return problems, r.Add(*in)
}

// problem formats e as FILE:LINE:COLUMN: message, or FILE: message for a
// problem with the whole report.
func problem(name string, e *inspection.Error) string {
	msg := *e
	msg.Pos = inspection.Position{}
	if !e.Pos.IsValid() {
		return name + ": " + msg.Error()
	}
	return fmt.Sprintf("%s:%d:%d: %s", name, e.Pos.Line, e.Pos.Column, msg.Error())
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
