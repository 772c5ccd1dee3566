// Grades prints Ofsted's grade scale for local authority children's
// services: the grades best first with their official wording, how the
// spellings of real reports and data files read, how the legacy
// "adequate" ranks, and the national distribution of overall
// effectiveness at 31 March 2025.
//
// Usage:
//
//	go run ./examples/grades
//
// It needs no data files: everything it prints comes from the grade
// package and figures Ofsted published.
package main

import (
	"fmt"
	"os"
	"slices"

	"github.com/childrens-services/judgements/grade"
)

func main() {
	fmt.Println("The scale, best first (Ofsted's numbers):")
	scale := []grade.Grade{grade.Inadequate, grade.Adequate, grade.Good, grade.RequiresImprovement, grade.Outstanding}
	slices.SortStableFunc(scale, grade.Grade.Compare)
	for _, g := range scale {
		note := ""
		if g.IsLegacy() {
			note = "  (2009-2013 scale; counts as " + g.Canonical().Label() + ")"
		}
		fmt.Printf("  %d  %-33s %s%s\n", g.Rank(), g.Label(), g, note)
	}

	fmt.Println("\nSpellings from reports and data files:")
	for _, s := range []string{
		"Requires improvement to\n be good",
		"Require improvement",
		"requires\nImprovement",
		"‘good’",
		"3",
		"excellent",
	} {
		g, err := grade.Parse(s)
		if err != nil {
			fmt.Printf("  %-36q error: %v\n", s, err)
			continue
		}
		fmt.Printf("  %-36q %v\n", s, g)
	}

	fmt.Println("\nOverall effectiveness of the 153 authorities at 31 March 2025")
	fmt.Println("(Ofsted, Local authority inspection outcomes as at 31 March 2025):")
	d := grade.Distribution{Outstanding: 36, Good: 67, RequiresImprovement: 31, Inadequate: 19}
	for g, n := range d.All() {
		fmt.Printf("  %-33s %3d  %5.1f%%\n", g.Label(), n, 100*d.Share(g))
	}
	fmt.Printf("  good or better: %d of %d (%.0f%%)\n", d.GoodOrBetter(), d.Total(), 100*d.GoodOrBetterShare())

	fmt.Println("\nThe 2009-2011 annual assessment used its own scale, 4 best:")
	for _, s := range []string{"performs excellently", "performs poorly"} {
		r, err := grade.ParseRating(s)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("  %-22q %-21v score %d of 4\n", s, r, r.Score())
	}
}
