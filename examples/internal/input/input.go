// Package input reads what the example programs are given into the record
// built into package ofsted: Ofsted's spreadsheets, with -data, and
// reports.
package input

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/examples/internal/reportfile"
)

// Flags returns the flag set of the program prog, writing to stderr, with
// its -data flag, whose files are collected in the Files returned; usage
// is the program's usage after its name, printed with the flags' defaults
// when the arguments are wrong. The program adds its own flags and parses
// them.
func Flags(prog, usage string, stderr io.Writer) (*flag.FlagSet, *Files) {
	fs := flag.NewFlagSet(prog, flag.ContinueOnError)
	fs.SetOutput(stderr)
	files := new(Files)
	fs.Var(files, "data", "load Ofsted's published `FILE.ods` into the built-in record (repeat for several)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s %s\n", prog, usage)
		fs.PrintDefaults()
	}
	return fs, files
}

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

// RecordWithReports returns the register Record returns, with the reports
// in the files names, each of authority a, read and merged in
// (reportfile.Add). It writes their problems to stderr, each line
// prefixed with prog; the error, for a file that cannot be read or is not
// a report of a, names the file.
func RecordWithReports(prog string, files []string, a authority.Authority, names []string, stdin io.Reader, stderr io.Writer) (*authority.Register, error) {
	r, err := Record(prog, files, stderr)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		problems, err := reportfile.Add(r, a, name, stdin)
		for _, p := range problems {
			fmt.Fprintln(stderr, prog+":", p)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return r, nil
}
