// Command national prints the national picture of Ofsted's judgements of
// English local authorities' children's services on a day, read from
// Ofsted's published spreadsheets: how many authorities were judged
// outstanding, good, requires improvement to be good and inadequate, for
// overall effectiveness and for each judgement area, nationally and by
// region, and who was not yet inspected.
//
// # Usage
//
//	go run ./examples/national [-at YYYY-MM-DD] [-published-by YYYY-MM-DD] FILE.ods...
//
// FILE.ods are Ofsted's official statistics, downloaded from GOV.UK
// (https://www.gov.uk/government/collections/childrens-social-care-statistics):
// "Local authority inspection outcomes as at 31 March 2025" and
// "Children's social care data in England 2023" (its underlying data).
// Give them in any order: where two files disagree about an inspection,
// the newer release's value is kept, and the disagreement is reported on
// standard error, with whatever else the files say that the package's
// register of authorities says otherwise, and any row that could not be
// read. None of these stops the program. A file that cannot be read, or
// that holds no table of inspections, does: the program names it and
// exits with status 1.
//
// The picture counts each authority's latest graded inspection that
// started on or before the day -at and whose report was published by the
// day -published-by. Without -at, the day is the latest publication date
// in the files. Without -published-by, it is the day -at itself, unless
// -at is the day of one of Ofsted's "as at 31 March" tables the package
// knows (authority.Releases): then the table's own cut-off is used, so
// that
//
//	go run ./examples/national -at 2025-03-31 \
//		LA_Inspection_Outcomes_as_at_31_March_2025.ods \
//		Childrens_social_care_in_England_2023_underlying_data.ods
//
// prints Ofsted's published figures: 36 outstanding, 67 good, 31 requires
// improvement and 19 inadequate of 153 authorities.
//
// # Output
//
// A table of grades for overall effectiveness and each judgement area
// (counts, and shares of the authorities judged), the number of
// authorities, a table of overall effectiveness by Ofsted region, and the
// authorities not yet inspected or whose latest inspection made no
// overall effectiveness judgement (ILACS from April 2026).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the program, with its arguments and output; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("national", flag.ContinueOnError)
	fs.SetOutput(stderr)
	at := fs.String("at", "", "the day of the picture, YYYY-MM-DD (default: the latest publication date in the files)")
	by := fs.String("published-by", "", "the last publication date counted, YYYY-MM-DD (default: -at, or the cut-off of Ofsted's table for that day)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: national [-at YYYY-MM-DD] [-published-by YYYY-MM-DD] FILE.ods...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	r, files, err := ofsted.Load(fs.Args()...)
	if err != nil {
		fmt.Fprintln(stderr, "national:", err)
		return 1
	}
	for _, f := range files {
		for _, p := range f.Problems {
			fmt.Fprintln(stderr, "national: not read:", p)
		}
		for _, n := range f.Notes {
			fmt.Fprintf(stderr, "national: note: %s: %s\n", f.Name, n)
		}
	}
	for _, c := range r.Conflicts() {
		fmt.Fprintln(stderr, "national: conflict:", c)
	}

	census, note, err := censusFor(r, *at, *by)
	if err != nil {
		fmt.Fprintln(stderr, "national:", err)
		return 2
	}
	p := r.Picture(census)
	fmt.Fprintf(stdout, "National picture %s\n", census)
	if note != "" {
		fmt.Fprintln(stdout, note)
	}
	inspected := p.Len() - len(p.NotInspected())
	fmt.Fprintf(stdout, "%d authorities: %d inspected, %d not yet inspected\n\n", p.Len(), inspected, len(p.NotInspected()))

	grades := []grade.Grade{grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate}
	fmt.Fprintf(stdout, "%-22s", "Judgement")
	for _, g := range grades {
		fmt.Fprintf(stdout, " %15s", short(g))
	}
	fmt.Fprintf(stdout, " %11s %14s\n", "Not judged", "Good or better")
	for _, a := range p.Areas() {
		d := p.Area(a)
		fmt.Fprintf(stdout, "%-22s", a.Label())
		for _, g := range grades {
			fmt.Fprintf(stdout, " %15s", countShare(d.Count(g), d.Share(g)))
		}
		fmt.Fprintf(stdout, " %11d %14s\n", d.NotJudged, countShare(d.GoodOrBetter(), d.GoodOrBetterShare()))
	}

	fmt.Fprintf(stdout, "\nOverall effectiveness by Ofsted region\n%-37s %4s", "Region", "LAs")
	for _, g := range grades {
		fmt.Fprintf(stdout, " %12s", short(g))
	}
	fmt.Fprintf(stdout, " %14s\n", "Good or better")
	for _, reg := range authority.OfstedRegions() {
		q := p.In(reg)
		d := q.Area(inspection.OverallEffectiveness)
		fmt.Fprintf(stdout, "%-37s %4d", reg.Label(), q.Len())
		for _, g := range grades {
			fmt.Fprintf(stdout, " %12d", d.Count(g))
		}
		fmt.Fprintf(stdout, " %14s\n", countShare(d.GoodOrBetter(), d.GoodOrBetterShare()))
	}

	if list := p.NotInspected(); len(list) > 0 {
		fmt.Fprintf(stdout, "\nNot yet inspected: %s\n", names(list))
	}
	var without []authority.Authority
	for s := range p.All() {
		if _, ok := s.Inspection.Overall(); s.Inspected && !ok {
			without = append(without, s.Authority)
		}
	}
	if list := without; len(list) > 0 {
		fmt.Fprintf(stdout, "\nNo overall effectiveness judgement in the latest inspection (SLAC, 2009-2012; ILACS from April 2026): %s\n", names(list))
	}
	return 0
}

// censusFor returns the census the flags ask for, and a note saying whose
// rule it is.
func censusFor(r *authority.Register, at, by string) (authority.Census, string, error) {
	var c authority.Census
	if at == "" {
		for in := range r.Inspections() {
			if in.Published.After(c.At) {
				c.At = in.Published
			}
		}
		if c.At.IsZero() {
			return c, "", errors.New("the files give no publication dates: give the day with -at")
		}
	} else {
		d, err := inspection.ParseDate(at)
		if err != nil {
			return c, "", fmt.Errorf("-at: %w", err)
		}
		c.At = d
	}
	if by != "" {
		d, err := inspection.ParseDate(by)
		if err != nil {
			return c, "", fmt.Errorf("-published-by: %w", err)
		}
		if d.Before(c.At) {
			return c, "", fmt.Errorf("-published-by %s is before -at %s", d, c.At)
		}
		c.PublishedBy = d
		return c, "", nil
	}
	for _, rel := range authority.Releases() {
		if rel.Census.At == c.At {
			return rel.Census, fmt.Sprintf("(the rule of Ofsted's %q, published %s)", rel.Title, rel.Published), nil
		}
	}
	return c, "", nil
}

// short returns a grade's label, shortened to fit a column.
func short(g grade.Grade) string {
	if g == grade.RequiresImprovement {
		return "Requires impr."
	}
	return g.Label()
}

func countShare(n int, share float64) string {
	return fmt.Sprintf("%d (%.1f%%)", n, 100*share)
}

func names(as []authority.Authority) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Name()
	}
	return strings.Join(s, ", ")
}
