package forecast

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// ilacs returns a graded ILACS 2018 inspection of a beginning on start,
// of the kind its grade's predecessor would give, published seven weeks
// later.
func ilacs(a authority.Authority, start inspection.Date, g grade.Grade) inspection.Inspection {
	return inspection.Inspection{
		Authority: inspection.LocalAuthority{Name: a.Name(), GSS: a.GSS()},
		Framework: inspection.ILACS2018, Kind: inspection.Standard,
		Start: start, End: start.AddDays(11), Published: start.AddDays(49),
		Judgements: map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: g},
	}
}

// synthetic returns a register in which every authority that existed
// from January 2018 to June 2019 had one inspection, on Mondays from 8
// January 2018 on, two a week, graded outstanding, good, requires
// improvement and inadequate in turn; and the authorities in the order
// inspected.
func synthetic(t testing.TB) (*authority.Register, []authority.Authority) {
	t.Helper()
	var r authority.Register
	var list []authority.Authority
	grades := []grade.Grade{grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate}
	for a := range authority.All() {
		if !a.ExistsOn(day("2018-01-01")) || !a.ExistsOn(day("2019-06-01")) {
			continue
		}
		n := len(list)
		start := day("2018-01-08").AddDays(7 * (n / 2))
		if err := r.Add(ilacs(a, start, grades[n%4])); err != nil {
			t.Fatal(err)
		}
		list = append(list, a)
	}
	return &r, list
}

func TestAllSoonestFirst(t *testing.T) {
	r, _ := synthetic(t)
	at := day("2019-06-01")
	fs := All(r, at)
	existing := 0
	for a := range authority.All() {
		if a.ExistsOn(at) {
			existing++
		}
	}
	if len(fs) != existing {
		t.Fatalf("All() gives %d forecasts, want one for each of %d authorities", len(fs), existing)
	}
	if !slices.IsSortedFunc(fs, func(a, b Forecast) int { return a.Likely.Compare(b.Likely) }) {
		t.Error("All() is not soonest first")
	}
	for _, f := range fs {
		if f.Last.Date().IsZero() {
			// Those whose reports are not yet published, and Bournemouth,
			// Christchurch and Poole, and Dorset, created in April 2019.
			if f.Kind != inspection.Standard || !strings.HasPrefix(f.Basis, "no graded inspection known") {
				t.Errorf("%s, no inspection known: %v\n%s", f.Authority, f, f.Basis)
			}
			continue
		}
		g, _ := f.Last.Overall()
		if want := kindAfter(g); f.Kind != want {
			t.Errorf("%s, last judged %v: kind %v, want %v", f.Authority, g, f.Kind, want)
		}
		if f.At != at || f.Earliest != addMonths(f.Likely, -6) || f.Latest != addMonths(f.Likely, 6) {
			t.Errorf("%s: window %v as at %s", f.Authority, f.Window, f.At)
		}
		if f.Likely.Before(at.AddDays(-70)) {
			t.Errorf("%s: likely %s, long before the day of the forecast", f.Authority, f.Likely)
		}
		if to, gone := f.Authority.To(); gone && f.Likely.After(to) {
			if !strings.Contains(f.Basis, "abolished on 31 March 2021, before Ofsted's queue reached it") {
				t.Errorf("%s: basis does not tell of its end: %s", f.Authority, f.Basis)
			}
			continue
		}
		if !strings.Contains(f.Basis, "Ofsted makes ") || !strings.Contains(f.Basis, "Ofsted reaches it in the week of") {
			t.Errorf("%s: basis does not tell of the queue: %s", f.Authority, f.Basis)
		}
	}
}

func TestDueMovedBySuspension(t *testing.T) {
	r, list := synthetic(t)
	a := list[1] // good, inspected 8 January 2018
	f, ok := For(r, a, day("2019-06-01"))
	if !ok {
		t.Fatalf("For(%s) = false", a)
	}
	// Due on the third anniversary, 8 January 2021, moved by the 552
	// days of the suspension.
	if want := day("2021-01-08").AddDays(552); f.Due.Likely != want || f.Kind != inspection.Short {
		t.Errorf("For(%s): due %v, kind %v; want due %s, short", a, f.Due, f.Kind, want)
	}
	for _, s := range []string{"judged good at its inspection of 8 January 2018 (published 26 February 2018)",
		"a short inspection is next", "due around the third anniversary, 8 January 2021",
		"from 17 March 2020 to 19 September 2021 stopped the clock, moving it 552 days later, to 14 July 2022"} {
		if !strings.Contains(f.Basis, s) {
			t.Errorf("basis lacks %q:\n%s", s, f.Basis)
		}
	}
	inad := list[3] // inadequate, inspected 15 January 2018
	f, _ = For(r, inad, day("2019-06-01"))
	if want := day("2020-01-15"); f.Due.Likely != want || !strings.Contains(f.Basis, "monitoring visits, then a standard re-inspection") {
		t.Errorf("For(%s): due %v, basis %s; want due %s (two years: nothing to measure)", inad, f.Due, f.Basis, want)
	}
}

// TestKnownOnADay checks that a forecast reads nothing published after
// its day: adding such inspections changes nothing.
func TestKnownOnADay(t *testing.T) {
	r, list := synthetic(t)
	at := day("2019-06-01")
	before := All(r, at)
	for i, a := range list[:40] {
		in := ilacs(a, day("2019-05-06").AddDays(7*(i%4)), grade.Good)
		if !in.Published.After(at) {
			continue
		}
		if err := r.Add(in); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(before, All(r, at)); diff != "" {
		t.Errorf("inspections published after the day changed the forecasts (-before +after):\n%s", diff)
	}
	// Published on the day, they are known.
	if err := r.Add(ilacs(list[0], day("2019-04-13"), grade.Inadequate)); err != nil {
		t.Fatal(err)
	}
	f, _ := For(r, list[0], at)
	if g, _ := f.Last.Overall(); g != grade.Inadequate || f.Kind != inspection.Standard {
		t.Errorf("an inspection published on the day is not known: last %v, kind %v", g, f.Kind)
	}
}

func TestQueueOrder(t *testing.T) {
	at := day("2023-01-02") // a Monday
	f := fit{day: at, lag: 0, pace: 365.25 / 7}
	plans := []plan{
		{a: authority.MustLookup("Bolton"), held: true, order: orderRest, moved: day("2022-01-01")},
		{a: authority.MustLookup("Bristol"), held: true, order: orderRest, moved: day("2021-01-01")},
		{a: authority.MustLookup("Bury"), held: true, order: orderInadequate, moved: day("2022-06-01")},
		{a: authority.MustLookup("Barnet"), held: true, order: orderFirst, moved: day("2022-03-01")},
		{a: authority.MustLookup("Brent"), held: true, order: orderRest, moved: day("2024-01-01")}, // held up: from 1 July 2023
		{a: authority.MustLookup("Bexley"), order: orderRest, moved: day("2023-03-01")},            // not held up: from its turn
	}
	queue(plans, at, &f)
	want := map[string]string{
		"Bury": "2023-01-02", "Barnet": "2023-01-09", "Bristol": "2023-01-16", "Bolton": "2023-01-23",
		"Bexley": "2023-03-06", "Brent": "2023-07-03",
	}
	for _, p := range plans {
		if got := p.slot.String(); got != want[p.a.Name()] {
			t.Errorf("%s: slot %s, want %s", p.a, got, want[p.a.Name()])
		}
	}
	if plans[1].ahead != 2 || plans[2].ahead != 0 {
		t.Errorf("ahead: Bristol %d, Bury %d; want 2, 0", plans[1].ahead, plans[2].ahead)
	}

	// No inspection while suspended; an abolished authority leaves the
	// queue.
	at = day("2020-03-09")
	f.day = at
	plans = []plan{
		{a: authority.MustLookup("Bolton"), held: true, order: orderRest, moved: day("2019-01-01")},
		{a: authority.MustLookup("Bury"), held: true, order: orderRest, moved: day("2019-02-01")},
		{a: authority.MustLookup("Northamptonshire"), held: true, order: orderRest, moved: day("2021-03-01")},
		{a: authority.MustLookup("Brent"), held: true, order: orderRest, moved: day("2019-03-01")},
	}
	queue(plans, at, &f)
	for i, want := range []string{"2020-03-09", "2020-03-16", "", "2021-09-20"} {
		if got := plans[i].slot.String(); got != want {
			t.Errorf("%s: slot %q, want %q", plans[i].a, got, want)
		}
	}
	if !plans[2].gone {
		t.Error("Northamptonshire, abolished in April 2021, is still waiting")
	}
}

// TestQueueCycle checks that no authority's turn comes sooner than
// Ofsted's cycle after its last inspection: 1388 days, as at 40
// inspections a year among 152 authorities.
func TestQueueCycle(t *testing.T) {
	at := day("2024-01-01") // a Monday
	f := fit{day: at, pace: 365.25 / 7, cycle: 1388}
	last := func(d string) entry { return entry{date: day(d), underNew: true} }
	plans := []plan{
		// Due on the anniversary, 2 January 2025; its turn comes a
		// cycle after 2 January 2022, on 21 October 2025.
		{a: authority.MustLookup("Bolton"), has: true, last: last("2022-01-02"), order: orderRest, moved: day("2025-01-02")},
		// Due long after a cycle: its turn is the day due.
		{a: authority.MustLookup("Bury"), has: true, last: last("2021-01-04"), order: orderRest, moved: day("2026-01-04")},
	}
	queue(plans, at, &f)
	for i, want := range []struct{ turn, slot string }{{"2025-10-21", "2025-10-27"}, {"2026-01-04", "2026-01-05"}} {
		if p := plans[i]; p.turn.String() != want.turn || p.slot.String() != want.slot {
			t.Errorf("%s: turn %s, slot %s; want %s, %s", p.a, p.turn, p.slot, want.turn, want.slot)
		}
	}
}

func TestOverdue(t *testing.T) {
	r, list := synthetic(t)
	// An authority last inspected under the SIF in 2014 is overdue in
	// 2019, and first in the queue among the good.
	a := list[5]
	var fresh authority.Register
	for in := range r.Inspections() {
		if in.Authority.GSS == a.GSS() {
			in.Framework, in.Kind = inspection.SIF2013, inspection.FullInspection
			in.Start, in.End, in.Published = inspection.Date{}, inspection.Date{}, day("2014-05-23")
		}
		if err := fresh.Add(in); err != nil {
			t.Fatal(err)
		}
	}
	at := day("2019-06-01")
	f, _ := For(&fresh, a, at)
	if !f.Overdue || !f.Due.Latest.Before(at) || f.Likely.After(addMonths(at, 3)) {
		t.Errorf("For(%s) = %v, due %v, overdue %v; want overdue, and soon", a, f.Window, f.Due, f.Overdue)
	}
	for _, s := range []string{"its first under ILACS", "overdue: its window closed on 23 November 2017"} {
		if !strings.Contains(f.Basis, s) {
			t.Errorf("basis lacks %q:\n%s", s, f.Basis)
		}
	}
	if s := f.String(); !strings.HasSuffix(s, "; overdue") {
		t.Errorf("String() = %q, want it to end in \"; overdue\"", s)
	}
}

// TestFewRecords checks that a register of a few authorities gets the
// framework's windows, not a queue it cannot measure.
func TestFewRecords(t *testing.T) {
	var r authority.Register
	a := authority.MustLookup("Portsmouth")
	if err := r.Add(ilacs(a, day("2018-09-03"), grade.Good)); err != nil {
		t.Fatal(err)
	}
	f, ok := For(&r, a, day("2019-01-01"))
	if !ok || f.Window != f.Due || f.Overdue || strings.Contains(f.Basis, "Ofsted, inspecting") {
		t.Errorf("For() = %+v, %v; want the framework's window", f, ok)
	}
	f, _ = For(&r, a, day("2024-01-01"))
	if !f.Overdue || f.Window != (Window{Earliest: day("2024-01-01"), Likely: day("2024-01-01"), Latest: day("2024-07-01")}) {
		t.Errorf("For() as at 2024 = %v, overdue %v; want the six months from the day", f.Window, f.Overdue)
	}
	if !strings.Contains(f.Basis, "the record holds no report published after 22 October 2018") {
		t.Errorf("basis does not say where the record ends: %s", f.Basis)
	}
	b, _ := For(&r, authority.MustLookup("Bolton"), day("2019-01-01"))
	if b.Kind != inspection.Standard || !b.Last.Date().IsZero() || !strings.HasPrefix(b.Basis, "no graded inspection known: a standard inspection is next") {
		t.Errorf("an authority with no record: %+v", b)
	}
	if _, ok := For(&r, authority.MustLookup("Cumberland"), day("2022-01-01")); ok {
		t.Error("For() gives a forecast for Cumberland before it existed")
	}
	c, ok := For(&r, authority.MustLookup("Cumberland"), day("2023-06-01"))
	if !ok || c.Due.Likely != day("2023-04-01") || !strings.Contains(c.Basis, "since it began on 1 April 2023") {
		t.Errorf("a new authority: %v, %v", c, ok)
	}
}

func TestILACS2026Kind(t *testing.T) {
	r, list := synthetic(t)
	a := list[2] // requires improvement in 2018
	in := inspection.Inspection{
		Authority: inspection.LocalAuthority{Name: a.Name()}, Framework: inspection.ILACS2026, Kind: inspection.Standard,
		Start: day("2026-05-11"), End: day("2026-05-22"), Published: day("2026-07-01"),
		Judgements: map[inspection.Area]grade.Grade{
			inspection.ImpactOfLeaders: grade.Good, inspection.HelpAndProtection: grade.Good,
			inspection.ChildrenInCare: grade.Outstanding, inspection.CareLeavers: grade.RequiresImprovement,
		},
	}
	if err := r.Add(in); err != nil {
		t.Fatal(err)
	}
	f, _ := For(r, a, day("2026-08-01"))
	if f.Kind != inspection.Short || !strings.Contains(f.Basis, "good or outstanding in the impact of leaders and at least two of the three practice judgements") {
		t.Errorf("after a 2026 inspection good in leaders and two practice judgements: %v\n%s", f, f.Basis)
	}
}

func TestCompareAndTally(t *testing.T) {
	r, list := synthetic(t)
	at := day("2019-06-01")
	fs := All(r, at)
	var happened authority.Register
	byAuthority := map[authority.Authority]Forecast{}
	for _, f := range fs {
		byAuthority[f.Authority] = f
	}
	a, b, c := list[0], list[1], list[2]
	next := func(a authority.Authority, start inspection.Date, k inspection.Kind) inspection.Inspection {
		in := ilacs(a, start, grade.Good)
		in.Kind = k
		return in
	}
	for _, in := range []inspection.Inspection{
		next(a, byAuthority[a].Likely, byAuthority[a].Kind),                  // held, kind right
		next(b, addMonths(byAuthority[b].Latest, 1), inspection.Standard),    // outside, wrong kind
		next(c, day("2019-01-07"), inspection.Standard),                      // known on the day: not the next
		next(c, addMonths(byAuthority[c].Earliest, 1), inspection.Standard),  // held
		next(c, addMonths(byAuthority[c].Earliest, 20), inspection.Standard), // later still: not the next
	} {
		if err := happened.Add(in); err != nil {
			t.Fatal(err)
		}
	}
	ts := Compare(fs, &happened)
	if len(ts) != 3 {
		t.Fatalf("Compare() gives %d trials, want 3", len(ts))
	}
	s := Tally(ts)
	want := Score{Trials: 3, Held: 2, KindRight: 2, PlainHeld: s.PlainHeld, MedianWidth: 12}
	if s != want {
		t.Errorf("Tally() = %+v, want %+v", s, want)
	}
	for _, tt := range ts {
		if tt.Plain != around(addYears(tt.Forecast.Last.Date(), 3)) {
			t.Errorf("%s: plain window %v", tt.Forecast.Authority, tt.Plain)
		}
	}
	if got, want := (Score{Trials: 115, Held: 82, KindRight: 108, PlainHeld: 21, MedianWidth: 12}).String(),
		"115 pairs; window holds 71%; median width 12 months; kind right 94%; plain rule holds 18%"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := (Score{}).String(), "0 pairs; window holds -; median width 0 months; kind right -; plain rule holds -"; got != want {
		t.Errorf("zero String() = %q, want %q", got, want)
	}
}

// TestPaceSinceResumption checks that Ofsted's pace is measured from the
// return from a suspension once the record since holds 20 graded
// inspections, and over the last three years of routine inspection
// before that.
func TestPaceSinceResumption(t *testing.T) {
	r, list := synthetic(t)
	// One a week from the return, each published seven weeks later.
	for i, a := range list[:40] {
		if err := r.Add(ilacs(a, day("2021-09-20").AddDays(7*i), grade.Good)); err != nil {
			t.Fatal(err)
		}
	}
	rec := read(r)

	// As at 1 March 2022: 17 begun by 11 January (the day less the lag
	// of 49 days) and known, too few; the three years are 982 days
	// before the suspension and 113 after it.
	f := rec.measure(day("2022-03-01"))
	if want := len(list) + 17; !f.since.IsZero() || f.lag != 49 || f.paced != want || math.Abs(f.pace-float64(want)/3) > 1e-9 {
		t.Errorf("as at 2022-03-01: since %s, lag %d, %d inspections, pace %.2f; want the three years, 49, %d, %.2f", f.since, f.lag, f.paced, f.pace, want, float64(want)/3)
	}
	// As at 1 June 2022: 30 begun by 13 April, 205 days since the
	// return.
	f = rec.measure(day("2022-06-01"))
	if want := 30.0 * 365 / 205; f.since != day("2021-09-20") || f.paced != 30 || math.Abs(f.pace-want) > 1e-9 {
		t.Errorf("as at 2022-06-01: since %s, %d inspections, pace %.2f; want 2021-09-20, 30, %.2f", f.since, f.paced, f.pace, want)
	}
	fs := rec.forecasts(day("2022-06-01"))
	if len(fs) == 0 || !strings.Contains(fs[len(fs)-1].Basis, "(its pace since routine inspection resumed on 20 September 2021)") {
		t.Errorf("the basis does not say the pace is measured since the return: %s", fs[len(fs)-1].Basis)
	}
}
