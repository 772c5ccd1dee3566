// Command national prints the national picture of Ofsted's judgements of
// English local authorities' children's services on a day: how many
// authorities were judged outstanding, good, requires improvement to be
// good and inadequate, for overall effectiveness and for each judgement
// area, nationally and by region, and who was not yet inspected. It
// needs no download: it reads the record built into package
// authority/ofsted (Ofsted's official statistics to 31 March 2025, then
// the reports published since).
//
// # Usage
//
//	go run ./examples/national [-at YYYY-MM-DD] [-published-by YYYY-MM-DD] [-data FILE.ods]...
//
// The picture counts each authority's latest graded inspection that
// started on or before the day -at and whose report was published by the
// day -published-by. Without -at, the day is the latest the record
// covers: the latest publication of the reports read since Ofsted's
// statistics. Without -published-by, it is the day -at itself, unless -at
// is the day of one of Ofsted's "as at 31 March" tables (authority.Releases,
// or a release given with -data): then the table's own cut-off is used,
// so that
//
//	go run ./examples/national -at 2025-03-31
//
// prints Ofsted's published figures: 36 outstanding, 67 good, 31 requires
// improvement and 19 inadequate of 153 authorities (and -at 2023-03-31
// the 25, 65, 48 and 14 of 152). A picture after 31 March 2025 says that
// Ofsted's statistics end there, and how many reports read since it
// counts.
//
// -data FILE.ods, repeated, loads Ofsted's spreadsheets from GOV.UK
// (https://www.gov.uk/government/collections/childrens-social-care-statistics)
// into the record: a release newer than the record's ("as at 31 March
// 2026", laid out like 2025's) is merged with it, its values kept where
// they differ. A file that cannot be read, or that holds no table of
// inspections, stops the program: it names the file and exits with status
// 1. Where Ofsted's files disagree about an inspection, the disagreement
// is reported on standard error, with whatever else the files say that
// the package's register of authorities says otherwise; neither changes
// the exit status. Bad flags exit with status 2.
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
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/examples/internal/input"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the program, with its arguments and output; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	fs, data := input.Flags("national", "[-at YYYY-MM-DD] [-published-by YYYY-MM-DD] [-data FILE.ods]...", stderr)
	at := fs.String("at", "", "the day of the picture, YYYY-MM-DD (default: the latest day the record covers)")
	by := fs.String("published-by", "", "the last publication date counted, YYYY-MM-DD (default: -at, or the cut-off of Ofsted's table for that day)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "national: unexpected argument %q: give Ofsted's files with -data\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	census, err := parseCensus(*at, *by)
	if err != nil {
		fmt.Fprintln(stderr, "national:", err)
		return 2
	}
	r, err := input.Record("national", *data, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "national:", err)
		return 1
	}
	for _, c := range r.Conflicts() {
		fmt.Fprintln(stderr, "national: conflict:", c)
	}

	census, note := completeCensus(r, census)
	p := r.Picture(census)
	fmt.Fprintf(stdout, "National picture %s\n", census)
	if note != "" {
		fmt.Fprintln(stdout, note)
	}
	if c := p.Caveat(); c != "" {
		fmt.Fprintf(stdout, "Note: %s.\n", c)
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

// parseCensus reads the flags -at and -published-by; a zero At is the
// day the record covers.
func parseCensus(at, by string) (authority.Census, error) {
	var c authority.Census
	if at != "" {
		d, err := inspection.ParseDate(at)
		if err != nil {
			return c, fmt.Errorf("-at: %w", err)
		}
		c.At = d
	}
	if by != "" {
		d, err := inspection.ParseDate(by)
		if err != nil {
			return c, fmt.Errorf("-published-by: %w", err)
		}
		if !c.At.IsZero() && d.Before(c.At) {
			return c, fmt.Errorf("-published-by %s is before -at %s", d, c.At)
		}
		c.PublishedBy = d
	}
	return c, nil
}

// completeCensus returns the census the flags ask for, and a note saying
// whose rule it is: without -at, the census of the latest day the record
// covers; with -at the day of one of Ofsted's tables and no
// -published-by, the table's rule.
func completeCensus(r *authority.Register, c authority.Census) (authority.Census, string) {
	cov := r.Coverage()
	if c.At.IsZero() {
		latest := cov.Census()
		if c.PublishedBy.IsZero() || !c.PublishedBy.After(latest.At) {
			return latest, "(the latest day the record covers)"
		}
		c.At = latest.At
		return c, ""
	}
	if !c.PublishedBy.IsZero() {
		return c, ""
	}
	for _, rel := range append([]authority.Release{cov.Release}, authority.Releases()...) {
		if rel.Census.At == c.At {
			return rel.Census, fmt.Sprintf("(the rule of Ofsted's %q, published %s)", rel.Title, rel.Published)
		}
	}
	return c, ""
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
