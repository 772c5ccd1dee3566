// Package input reads the Ofsted spreadsheets the example programs are
// given with -data into the record built into package ofsted.
package input

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
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
