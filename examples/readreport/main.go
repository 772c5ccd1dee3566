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
// For each report readreport writes one line to standard output: the
// Inspection as JSON (see inspection.Inspection for the keys), including
// the consistency checks of its judgements. The problems found in a
// report go to standard error, one a line, as
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
	out := json.NewEncoder(stdout)
	status := 0
	for _, name := range args {
		if !readReport(name, stdin, out, stderr) {
			status = 1
		}
	}
	return status
}

// readReport reads the report in the file name ("-" for stdin), writes
// it as JSON to out and its problems to stderr, and reports whether it
// could be read as a report.
func readReport(name string, stdin io.Reader, out *json.Encoder, stderr io.Writer) bool {
	in, problems, ok := reportfile.Read(name, stdin)
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	if !ok {
		return false
	}
	if err := out.Encode(in); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return false
	}
	return true
}
