package grade_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/childrens-services/judgements/grade"
)

func ExampleParse() {
	for _, s := range []string{
		"Outstanding",
		"Requires improvement to\n be good", // a table cell wrapped over two lines
		"Require improvement",               // a SIF table
		"inadequate.",                       // prose
		"Adequate",                          // 2009-2013
		"2",                                 // Ofsted's numbering
	} {
		g, err := grade.Parse(s)
		fmt.Printf("%-36q %-22v rank %d %v\n", s, g, g.Rank(), err)
	}
	// Output:
	// "Outstanding"                        outstanding            rank 1 <nil>
	// "Requires improvement to\n be good"  requires-improvement   rank 3 <nil>
	// "Require improvement"                requires-improvement   rank 3 <nil>
	// "inadequate."                        inadequate             rank 4 <nil>
	// "Adequate"                           adequate               rank 3 <nil>
	// "2"                                  good                   rank 2 <nil>
}

func ExampleParse_errors() {
	for _, s := range []string{"", "excellent"} {
		_, err := grade.Parse(s)
		fmt.Println(err)
		fmt.Println("  empty:", errors.Is(err, grade.ErrEmpty), " unknown:", errors.Is(err, grade.ErrUnknown))
		if pe, ok := errors.AsType[*grade.ParseError](err); ok {
			fmt.Printf("  input: %q\n", pe.Input)
		}
	}
	// Output:
	// grade.Parse(""): empty text
	//   empty: true  unknown: false
	//   input: ""
	// grade.Parse("excellent"): not a recognised spelling
	//   empty: false  unknown: true
	//   input: "excellent"
}

func ExampleGrade_Compare() {
	gs := []grade.Grade{grade.Inadequate, grade.Good, 0, grade.Outstanding, grade.RequiresImprovement}
	slices.SortFunc(gs, grade.Grade.Compare)
	fmt.Println(gs)
	fmt.Println(grade.Good.Better(grade.RequiresImprovement), grade.Good.AtLeast(grade.Good), grade.Inadequate.Worse(grade.Good))
	fmt.Println("from requires improvement to outstanding:", grade.RequiresImprovement.Steps(grade.Outstanding), "steps")
	// Output:
	// [outstanding good requires-improvement inadequate not judged]
	// true true true
	// from requires improvement to outstanding: 2 steps
}

func ExampleGrade_Canonical() {
	g := grade.MustParse("Adequate") // Southampton's 2012 safeguarding judgement
	fmt.Println(g, g.Label(), g.Rank())
	fmt.Println(g.Canonical(), g.Canonical().Label(), g.Canonical().Rank())
	fmt.Println(g == grade.RequiresImprovement, g.Compare(grade.RequiresImprovement) == 0)
	// Output:
	// adequate Adequate 3
	// requires-improvement Requires improvement to be good 3
	// false true
}

func ExampleGrade_Label() {
	for _, g := range []grade.Grade{grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate, grade.Adequate, 0} {
		fmt.Printf("%-22v %-33s %s\n", g, g.Label(), g.Phrase())
	}
	// Output:
	// outstanding            Outstanding                       outstanding
	// good                   Good                              good
	// requires-improvement   Requires improvement to be good   requires improvement
	// inadequate             Inadequate                        inadequate
	// adequate               Adequate                          adequate
	// not judged             Not judged                        not judged
}

func ExampleGrade_MarshalText() {
	judgements := struct {
		Overall  grade.Grade            `json:"overall,omitzero"`
		Adoption grade.Grade            `json:"adoption,omitzero"`
		Counts   map[grade.Grade]int    `json:"counts"`
		Areas    map[string]grade.Grade `json:"areas"`
	}{
		Overall: grade.RequiresImprovement,
		Counts:  map[grade.Grade]int{grade.Good: 3, grade.RequiresImprovement: 2},
		Areas:   map[string]grade.Grade{"care-leavers": grade.Inadequate},
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(judgements); err != nil {
		fmt.Println(err)
	}
	var g grade.Grade
	err := json.Unmarshal([]byte(`"Requires improvement to be good"`), &g)
	fmt.Println(g, err)
	// Output:
	// {"overall":"requires-improvement","counts":{"good":3,"requires-improvement":2},"areas":{"care-leavers":"inadequate"}}
	// requires-improvement <nil>
}

func ExampleDistribution() {
	// Overall effectiveness of the 153 authorities as at 31 March 2025
	// (Ofsted, Local authority inspection outcomes, 2025).
	d := grade.Distribution{Outstanding: 36, Good: 67, RequiresImprovement: 31, Inadequate: 19}
	fmt.Println(d)
	fmt.Println("authorities:", d.Total())
	fmt.Printf("good or better: %d (%.0f%%)\n", d.GoodOrBetter(), 100*d.GoodOrBetterShare())
	for g, n := range d.All() {
		fmt.Printf("  %-33s %3d %5.1f%%\n", g.Label(), n, 100*d.Share(g))
	}
	// Output:
	// outstanding 36, good 67, requires-improvement 31, inadequate 19
	// authorities: 153
	// good or better: 103 (67%)
	//   Outstanding                        36  23.5%
	//   Good                               67  43.8%
	//   Requires improvement to be good    31  20.3%
	//   Inadequate                         19  12.4%
}

func ExampleDistribution_Canonical() {
	var d grade.Distribution
	for _, g := range []grade.Grade{grade.Adequate, grade.Adequate, grade.Good, grade.Inadequate, 0} {
		d.Add(g)
	}
	fmt.Println(d)
	fmt.Println(d.Canonical())
	// Output:
	// good 1, adequate 2, inadequate 1, not judged 1
	// good 1, requires-improvement 2, inadequate 1, not judged 1
}

func ExampleParseRating() {
	// The 2009-2011 annual assessment runs the other way: 4 is the best.
	for _, s := range []string{"performs excellently", "Performing well", "4", "1"} {
		r, err := grade.ParseRating(s)
		fmt.Printf("%-22q %-21v score %d %v\n", s, r, r.Score(), err)
	}
	_, err := grade.ParseRating("good")
	fmt.Println(err)
	// Output:
	// "performs excellently" performs-excellently  score 4 <nil>
	// "Performing well"      performs-well         score 3 <nil>
	// "4"                    performs-excellently  score 4 <nil>
	// "1"                    performs-poorly       score 1 <nil>
	// grade.ParseRating("good"): not a recognised spelling
}
