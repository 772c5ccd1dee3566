// Profile prints the page an analyst wants for one local authority's
// children's services: who it is, its inspections and the visits between
// them, each judgement area's trajectory, and where it stands against its
// statistical neighbours, its region and England.
//
// # Usage
//
//	go run ./examples/profile [-at YYYY-MM-DD] [-json] [-data FILE.ods]... AUTHORITY [REPORT ...]
//
// AUTHORITY is any name or code [authority.Lookup] accepts: "Portsmouth",
// "Hull", "Calderdale Metropolitan Council", "E06000044", "851". Each
// REPORT is an Ofsted report on children's services, as text (pdftotext
// -layout or plain) or as a PDF (converted with pdftotext -layout when it
// is installed), read with report.Parse and merged into the record: a
// report of an inspection the record already holds fills in what the
// record lacks, and one it does not hold, such as a report published
// since Ofsted's latest statistics, is added.
//
// The record is the one built into package ofsted: Ofsted's official
// statistics to 31 March 2025 and the reports published since, with no
// download. Each -data FILE.ods, one of Ofsted's statistics files (such
// as a newer "Local authority inspection outcomes as at 31 March", from
// https://www.gov.uk/government/collections/childrens-social-care-statistics),
// is loaded into it.
//
// The page is as at the day -at (default: today): the authority's history
// and trajectories hold the inspections and visits begun by then, and its
// standing is reckoned from each authority's latest graded inspection
// started and published by then, or, for the day of one of Ofsted's "as
// at 31 March" tables (such as 2025-03-31), by the table's publication
// cut-off, so that the figures are Ofsted's. The
// statistical neighbours are those of the Department for Education's
// model in force on that day. An authority abolished before -at stands as
// on its last day.
//
// # Output
//
// Without -json, a page of text: the authority's names, codes, region
// and predecessors or successors; its history, oldest first, one
// inspection or visit a line, with its grades (O outstanding, G good, RI
// requires improvement to be good, A adequate, I inadequate) or a visit's
// theme; the consistency checks that its inspections or visits break;
// each area's trajectory in a sentence; its statistical neighbours with
// their latest judgements; and, for overall effectiveness and each area,
// its grade and where it stands among its neighbours, its region and
// England: how many were judged better, the same and worse, and how many
// good or better; and when its next graded inspection is due, as package
// forecast forecasts it from what was published by -at: its kind, the
// window, and the basis in words.
//
// With -json, the same as one JSON object (see [page] in page.go for the
// keys): authority, at, census, history (inspections in the form
// inspection.Inspection documents, with their consistency checks),
// visitChecks, trajectories, neighbours, standing and next.
//
// # Exit status
//
// 0 when the page is printed: notes go to standard error (a report's
// problems, and where the record and a report disagree about one of the
// authority's inspections). 1 when an input cannot be read: an
// authority that is not known (the error names the nearest), a file of
// Ofsted's that cannot be read, a report that cannot be read as one or
// cannot be filed, or a report of another authority. 2 for a usage error.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/examples/internal/input"
	"github.com/childrens-services/judgements/inspection"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the program, with its arguments and streams; it returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, data := input.Flags("profile", "[-at YYYY-MM-DD] [-json] [-data FILE.ods]... AUTHORITY [REPORT ...]", stderr)
	atFlag := fs.String("at", "", "the day of the standing, YYYY-MM-DD (default: today)")
	asJSON := fs.Bool("json", false, "print the page as one JSON object")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	at := today()
	if *atFlag != "" {
		d, err := inspection.ParseDate(*atFlag)
		if err != nil {
			fmt.Fprintln(stderr, "profile: -at:", err)
			return 2
		}
		at = d
	}
	// The authority the name meant on the day ("Dorset"), or, if it did
	// not exist then, the one it names.
	a, err := authority.LookupAt(fs.Arg(0), at)
	if le, ok := errors.AsType[*authority.LookupError](err); ok && errors.Is(err, authority.ErrNotExisting) {
		a, err = le.Found, nil
	}
	if err != nil {
		fmt.Fprintln(stderr, "profile:", err)
		return 1
	}

	r, err := input.RecordWithReports("profile", *data, a, fs.Args()[1:], stdin, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "profile:", err)
		return 1
	}
	for _, c := range r.Conflicts() {
		if c.Authority == a {
			fmt.Fprintln(stderr, "profile: conflict:", c)
		}
	}

	p := build(r, a, at)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(p)
	} else {
		err = p.writeText(stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "profile:", err)
		return 1
	}
	return 0
}

// today returns the day the program runs, in England.
func today() inspection.Date {
	now := time.Now()
	if london, err := time.LoadLocation("Europe/London"); err == nil {
		now = now.In(london)
	}
	return inspection.DateOf(now)
}
