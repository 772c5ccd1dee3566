package forecast_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// Portsmouth as known on 1 January 2023, from the record built into
// package ofsted: judged good in September 2018, so a short inspection
// next, due in September 2021, put off by the suspension of 2020-21, and
// reached by Ofsted's queue in the spring. It began on 15 May 2023.
func ExampleFor() {
	r := ofsted.Record()
	f, _ := forecast.For(r, authority.MustLookup("Portsmouth"), inspection.Date{Year: 2023, Month: 1, Day: 1})
	fmt.Println(f)
	fmt.Println("overdue:", f.Overdue)
	for part := range strings.SplitSeq(f.Basis, "; ") {
		fmt.Println("-", part)
	}
	// Output:
	// Portsmouth: short inspection, likely 2023-05-15 (2022-11-15 to 2023-11-15)
	// overdue: false
	// - judged good at its inspection of 3 September 2018 (published 15 October 2018): a short inspection is next, due around the third anniversary, 3 September 2021, give or take six months
	// - the suspension of routine inspection from 17 March 2020 to 19 September 2021 stopped the clock, moving it 552 days later, to 9 March 2023
	// - Ofsted makes 47 graded inspections a year (its pace since routine inspection resumed on 20 September 2021)
	// - working through the authorities held up by a suspension or awaiting their first ILACS inspection (from six months before each is due: those judged inadequate first, then those not yet inspected under ILACS, then the rest), Ofsted reaches it in the week of 15 May 2023, after 17 other authorities
}

// An inadequate authority's path to re-inspection: Trafford, judged
// inadequate at a short inspection in March 2019. Monitoring visits
// follow, then a standard re-inspection, timed by the re-inspections
// Ofsted had made of other inadequate authorities, and put off by the
// suspension; in January 2023 it has begun, its report not yet published.
// Its re-inspection began on 21 November 2022 and judged it requires
// improvement: a standard inspection is next, three years on, or later
// at Ofsted's pace. It began on 8 June 2026.
func ExampleFor_inadequate() {
	r := ofsted.Record()
	trafford := authority.MustLookup("Trafford")
	for _, d := range []inspection.Date{
		{Year: 2019, Month: 5, Day: 9}, // the day after the report
		{Year: 2021, Month: 1, Day: 4}, // in the suspension
		{Year: 2022, Month: 7, Day: 1},
		{Year: 2023, Month: 1, Day: 2}, // re-inspected, not yet published
		{Year: 2023, Month: 2, Day: 1}, // published the day before
	} {
		f, _ := forecast.For(r, trafford, d)
		g, _ := f.Last.Overall()
		fmt.Printf("%s: last %-20s next %-8s %v\n", d, g, f.Kind, f.Window)
	}
	for in := range r.History(trafford).Graded() {
		judged := "no overall effectiveness judgement"
		if g, ok := in.Overall(); ok {
			judged = g.String()
		}
		if in.Date().Year >= 2019 {
			fmt.Printf("began %s: %s inspection, %s\n", in.Date(), in.Kind, judged)
		}
	}
	// Output:
	// 2019-05-09: last inadequate           next standard 2022-11-21 (2022-05-21 to 2023-05-21)
	// 2021-01-04: last inadequate           next standard 2022-10-17 (2022-04-17 to 2023-04-17)
	// 2022-07-01: last inadequate           next standard 2022-10-17 (2022-04-17 to 2023-04-17)
	// 2023-01-02: last inadequate           next standard 2022-12-19 (2022-06-19 to 2023-06-19)
	// 2023-02-01: last requires-improvement next standard 2026-01-05 (2025-07-05 to 2026-07-05)
	// began 2019-03-04: short inspection, inadequate
	// began 2022-11-21: standard inspection, requires-improvement
	// began 2026-06-08: standard inspection, no overall effectiveness judgement
}

// The soonest inspections as at 31 March 2025, from the record as it
// stood then: authorities overdue, for re-inspection after inadequate or
// for a short inspection after good. (Devon's had begun on 30 September
// 2024, Dorset's on 17 March 2025; their reports came out in May 2025.)
func ExampleAll() {
	fs := forecast.All(ofsted.Record(), inspection.Date{Year: 2025, Month: 3, Day: 31})
	for _, f := range fs[:5] {
		g, _ := f.Last.Overall()
		fmt.Printf("%-23s %-8s %s  last %s %-10s overdue %v\n", f.Authority, f.Kind, f.Likely, f.Last.Date(), g, f.Overdue)
	}
	fmt.Println(len(fs), "authorities")
	// Output:
	// Devon                   standard 2025-02-10  last 2020-01-20 inadequate overdue true
	// Dorset                  short    2025-02-17  last 2021-09-27 good       overdue true
	// North East Lincolnshire standard 2025-02-24  last 2021-10-04 inadequate overdue true
	// Walsall                 short    2025-03-03  last 2021-10-04 good       overdue false
	// Bury                    standard 2025-03-10  last 2021-10-25 inadequate overdue true
	// 153 authorities
}

// The backtest on the record's history: every consecutive pair of graded
// ILACS inspections, the second forecast as known the day after the
// first was published, by the grade of the first and by whether it came
// before routine inspection resumed after the pandemic.
func ExampleBacktest() {
	trials := forecast.Backtest(ofsted.Record())
	for _, g := range []grade.Grade{grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate} {
		var of []forecast.Trial
		for _, t := range trials {
			if p, _ := t.Forecast.Last.Overall(); p == g {
				of = append(of, t)
			}
		}
		fmt.Printf("%-20s %s\n", g, forecast.Tally(of))
	}
	resumed := forecast.Suspensions()[0].Resumed
	var before, since []forecast.Trial
	for _, t := range trials {
		if t.Forecast.Last.Date().Before(resumed) {
			before = append(before, t)
		} else {
			since = append(since, t)
		}
	}
	fmt.Printf("%-20s %s\n", "before "+resumed.String(), forecast.Tally(before))
	fmt.Printf("%-20s %s\n", "from "+resumed.String(), forecast.Tally(since))
	fmt.Println("backtest:", forecast.Tally(trials))
	// Output:
	// outstanding          24 pairs; window holds 83%; median width 12 months; kind right 96%; plain rule holds 29%
	// good                 59 pairs; window holds 75%; median width 12 months; kind right 86%; plain rule holds 27%
	// requires-improvement 53 pairs; window holds 68%; median width 12 months; kind right 100%; plain rule holds 32%
	// inadequate           21 pairs; window holds 86%; median width 12 months; kind right 100%; plain rule holds 43%
	// before 2021-09-20    102 pairs; window holds 69%; median width 12 months; kind right 93%; plain rule holds 8%
	// from 2021-09-20      55 pairs; window holds 87%; median width 12 months; kind right 96%; plain rule holds 75%
	// backtest: 157 pairs; window holds 75%; median width 12 months; kind right 94%; plain rule holds 31%
}

// The calendar of suspensions the forecaster is given.
func ExampleSuspensions() {
	for _, s := range forecast.Suspensions() {
		fmt.Println(s.From, "to", s.Resumed.AddDays(-1), "-", s.Source[:22])
	}
	// Output:
	// 2020-03-17 to 2021-09-19 - The COVID-19 pandemic.
}

// With a register of one authority, the forecast is the framework's
// window: the third anniversary of the last inspection, give or take six
// months, moved by the suspension. (With the record of most authorities,
// Ofsted's queue places it.)
func ExampleFor_rules() {
	var r authority.Register
	portsmouth := authority.MustLookup("Portsmouth")
	err := r.Add(inspection.Inspection{
		Authority: inspection.LocalAuthority{Name: "Portsmouth"},
		Framework: inspection.ILACS2018, Kind: inspection.Standard,
		Start:     inspection.Date{Year: 2018, Month: 9, Day: 3},
		End:       inspection.Date{Year: 2018, Month: 9, Day: 14},
		Published: inspection.Date{Year: 2018, Month: 10, Day: 15},
		Judgements: map[inspection.Area]grade.Grade{
			inspection.OverallEffectiveness: grade.Good,
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range []inspection.Date{{Year: 2019, Month: 1, Day: 1}, {Year: 2024, Month: 1, Day: 1}} {
		f, _ := forecast.For(&r, portsmouth, d)
		fmt.Printf("as at %s: %s inspection, due %v, overdue %v\n", d, f.Kind, f.Due, f.Overdue)
	}
	// Output:
	// as at 2019-01-01: short inspection, due 2023-03-09 (2022-09-09 to 2023-09-09), overdue false
	// as at 2024-01-01: short inspection, due 2023-03-09 (2022-09-09 to 2023-09-09), overdue true
}

// A window's width in calendar months.
func ExampleWindow_Months() {
	w := forecast.Window{
		Earliest: inspection.Date{Year: 2022, Month: 11, Day: 15},
		Likely:   inspection.Date{Year: 2023, Month: 5, Day: 15},
		Latest:   inspection.Date{Year: 2023, Month: 11, Day: 15},
	}
	fmt.Println(w.Months(), w.Contains(inspection.Date{Year: 2023, Month: 5, Day: 15}))
	// Output:
	// 12 true
}
