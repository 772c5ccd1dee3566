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
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/childrens-services/judgements/examples/internal/reportfile"
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
	in, problems, ok := reportfile.Read(name, stdin)
	var r result
	if len(problems) > 0 {
		r.problems = []byte(strings.Join(problems, "\n") + "\n")
	}
	if !ok {
		return r
	}
	b, err := json.Marshal(in)
	if err != nil {
		r.problems = fmt.Appendf(r.problems, "%s: %v\n", name, err)
		return r
	}
	r.json, r.ok = append(b, '\n'), true
	return r
}
