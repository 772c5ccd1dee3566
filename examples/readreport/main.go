// Readreport reads Ofsted reports on local authority children's services
// and prints what each records, as JSON.
//
// Usage:
//
//	go run ./examples/readreport [FILE...]
//
// Each FILE is the text of a report: the output of pdftotext -layout or
// of plain pdftotext, or text copied out of a PDF viewer. With no FILE,
// readreport reads one report from standard input. A FILE that is a PDF is
// converted with pdftotext -layout when that program is installed (it is
// part of Poppler: on Debian or Ubuntu, apt install poppler-utils; on
// macOS, brew install poppler).
//
// Readreport reads the files in parallel, one on each processor, and
// prints what it read in the order of the files given. For each report it
// writes one line to standard output: the Inspection as JSON (see
// inspection.Inspection for the keys), including the consistency checks
// of its judgements. The problems found in a report go to standard error,
// one a line, as
//
//	FILE:LINE:COLUMN: field: kind: message
//
// or FILE: ... for a problem with the whole report. The exit status is 1
// if any FILE could not be read as a report (it could not be opened, is a
// PDF that could not be converted, or is not an Ofsted report on
// children's services), and 0 otherwise: problems inside a report do not
// change it. For example:
//
//	pdftotext -layout report.pdf - | go run ./examples/readreport
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run reads the reports named by args (standard input when there are
// none), and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 1 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprintln(stderr, "usage: readreport [FILE...]\n\nreads Ofsted reports (text, or PDF with pdftotext installed) and prints each as JSON")
		return 2
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	// Each file is read by a goroutine of its own, at most workers at a
	// time, and at most 2*workers ahead of the file being printed, so that
	// the results waiting to be printed stay few.
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan result, len(args))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	ahead := make(chan struct{}, 2*workers)
	running := make(chan struct{}, workers)
	go func() {
		for i, name := range args {
			ahead <- struct{}{}
			running <- struct{}{}
			go func() {
				results[i] <- readReport(name, stdin)
				<-running
			}()
		}
	}()
	status := 0
	for i, name := range args {
		r := <-results[i]
		<-ahead
		stderr.Write(r.problems)
		if r.json != nil {
			if _, err := stdout.Write(r.json); err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", name, err)
				r.ok = false
			}
		}
		if !r.ok {
			status = 1
		}
	}
	return status
}

// A result is what reading one file gives: its Inspection as a line of
// JSON, its problems as lines of text, and whether it could be read as a
// report.
type result struct {
	json, problems []byte
	ok             bool
}

// readReport reads the report in the file name ("-" for stdin).
func readReport(name string, stdin io.Reader) result {
	var problems bytes.Buffer
	fail := func(err error) result {
		fmt.Fprintf(&problems, "%s: %v\n", name, err)
		return result{problems: problems.Bytes()}
	}
	text, err := readText(name, stdin)
	if err != nil {
		return fail(err)
	}
	if isPDF(text) {
		if text, err = pdfToText(name, text); err != nil {
			return fail(err)
		}
	}
	in, err := report.Parse(text)
	unreadable := errors.Is(err, report.ErrPDF) || errors.Is(err, report.ErrNotReport) || errors.Is(err, report.ErrNoFramework)
	if list, ok := errors.AsType[inspection.ErrorList](err); ok {
		for _, e := range list {
			fmt.Fprintln(&problems, problem(name, e))
		}
	}
	if unreadable {
		return result{problems: problems.Bytes()}
	}
	b, err := json.Marshal(in)
	if err != nil {
		return fail(err)
	}
	return result{json: append(b, '\n'), problems: problems.Bytes(), ok: true}
}

// readText returns the contents of the file name, or of stdin for "-".
// A file is read into a buffer of its size, once.
func readText(name string, stdin io.Reader) (string, error) {
	r := stdin
	var sb strings.Builder
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil {
			sb.Grow(int(info.Size()) + 1)
		}
		r = f
	}
	if _, err := io.Copy(&sb, r); err != nil {
		return "", err
	}
	return sb.String(), nil
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

// isPDF reports whether text is a PDF file, which starts with "%PDF-".
func isPDF(text string) bool {
	return strings.HasPrefix(strings.TrimLeft(text, " \t\r\n"), "%PDF")
}

// pdfToText converts a PDF to text with pdftotext -layout, if it is
// installed.
func pdfToText(name, data string) (string, error) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		return "", errors.New("this is a PDF, and pdftotext is not installed to turn it into text: " +
			"install Poppler (Debian or Ubuntu: apt install poppler-utils; macOS: brew install poppler), " +
			"or extract the text yourself with pdftotext -layout")
	}
	path := name
	if name == "-" {
		// pdftotext reads a file, not standard input.
		f, err := os.CreateTemp("", "readreport-*.pdf")
		if err != nil {
			return "", err
		}
		defer os.Remove(f.Name())
		if _, err := f.WriteString(data); err != nil {
			f.Close()
			return "", err
		}
		if err := f.Close(); err != nil {
			return "", err
		}
		path = f.Name()
	}
	var stdout strings.Builder
	var stderr bytes.Buffer
	cmd := exec.Command(tool, "-layout", "-enc", "UTF-8", path, "-")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("pdftotext: %v: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return stdout.String(), nil
}
