package forecast_test

import (
	"slices"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// builtIn is Ofsted's record built into package ofsted, read once.
var builtIn = ofsted.Record()

func date(s string) inspection.Date {
	d, err := inspection.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestBacktest holds the forecaster to its marks on the history of the
// built-in record (Ofsted's statistics of 2018 to March 2025, and the
// reports published since): the window holds at least 70% of next
// inspections, is no wider than 12 months at the median, and the kind is
// right for at least 90%. It must also do at least as well as a window
// fitted in hindsight: the framework's due day, moved by the suspension
// and by each grade's median lateness over all pairs at once, give or
// take six months. The counts of pairs, of kinds right and of the plain
// rule's holds are the record's own.
func TestBacktest(t *testing.T) {
	trials := forecast.Backtest(builtIn)
	s := forecast.Tally(trials)
	t.Logf("backtest: %s", s)
	if s.Trials != 157 {
		t.Errorf("%d pairs of ILACS inspections, want 157", s.Trials)
	}
	if 100*s.Held < 70*s.Trials {
		t.Errorf("the window holds %d of %d, under 70%%", s.Held, s.Trials)
	}
	if s.MedianWidth > 12 {
		t.Errorf("median width %.2f months, over 12", s.MedianWidth)
	}
	if 100*s.KindRight < 90*s.Trials {
		t.Errorf("the kind is right for %d of %d, under 90%%", s.KindRight, s.Trials)
	}
	if s.KindRight != 148 || s.PlainHeld != 49 {
		t.Errorf("kind right %d, plain rule holds %d; the record gives 148 and 49", s.KindRight, s.PlainHeld)
	}

	if h := hindsight(trials); s.Held < h {
		t.Errorf("the window holds %d; a window fitted in hindsight holds %d", s.Held, h)
	} else {
		t.Logf("a window fitted in hindsight holds %d", h)
	}

	// By the time of the first inspection: the plain rule held for most
	// pairs begun after routine inspection resumed, and for almost none
	// before; the forecaster must hold for both.
	resumed := forecast.Suspensions()[0].Resumed
	var before, after []forecast.Trial
	for _, tr := range trials {
		if tr.Forecast.Last.Date().Before(resumed) {
			before = append(before, tr)
		} else {
			after = append(after, tr)
		}
	}
	b, a := forecast.Tally(before), forecast.Tally(after)
	t.Logf("first inspection before %s: %s", resumed, b)
	t.Logf("first inspection since: %s", a)
	if b.Trials != 102 || a.Trials != 55 || a.PlainHeld != 41 {
		t.Errorf("pairs begun before the return %d, since %d (plain rule holds %d); want 102, 55 (41)", b.Trials, a.Trials, a.PlainHeld)
	}
	for _, s := range []forecast.Score{b, a} {
		if 100*s.Held < 65*s.Trials {
			t.Errorf("%s: under 65%%", s)
		}
	}
}

// hindsight returns how many of trials a window fitted to all of them at
// once holds: the framework's due day (Forecast.Due, moved by the
// suspension), moved by the median time from it to the next inspection
// over the trials of the same deciding grade, give or take six months.
func hindsight(trials []forecast.Trial) int {
	lateness := map[grade.Grade][]int{}
	for _, t := range trials {
		g, _ := t.Forecast.Last.Overall()
		lateness[g.Canonical()] = append(lateness[g.Canonical()], t.Next.Date().DaysSince(t.Forecast.Due.Likely))
	}
	median := map[grade.Grade]int{}
	for g, days := range lateness {
		sort.Ints(days)
		median[g] = days[len(days)/2]
	}
	held := 0
	for _, t := range trials {
		g, _ := t.Forecast.Last.Overall()
		d := t.Forecast.Due.Likely.AddDays(median[g.Canonical()])
		w := forecast.Window{Earliest: inspection.DateOf(d.Time().AddDate(0, -6, 0)), Likely: d, Latest: inspection.DateOf(d.Time().AddDate(0, 6, 0))}
		if w.Contains(t.Next.Date()) {
			held++
		}
	}
	return held
}

// TestBacktestWalkForward checks that each forecast of the backtest is
// the one made from a register holding only the inspections published
// by its day: nothing later leaks into it.
func TestBacktestWalkForward(t *testing.T) {
	trials := forecast.Backtest(builtIn)
	for i, tr := range trials {
		if i%9 != 0 && i != len(trials)-1 {
			continue // a sample of 19: each check rebuilds the register
		}
		at := tr.Forecast.At
		var known authority.Register
		for in := range builtIn.Inspections() {
			if in.Published.After(at) || in.Published.IsZero() && in.Date().After(at) {
				continue
			}
			if err := known.Add(in); err != nil {
				t.Fatal(err)
			}
		}
		f, ok := forecast.For(&known, tr.Forecast.Authority, at)
		if !ok {
			t.Fatalf("For(%s, %s) = false", tr.Forecast.Authority, at)
		}
		if diff := cmp.Diff(tr.Forecast, f); diff != "" {
			t.Errorf("%s as at %s: the forecast differs on the record known on the day (-backtest +known):\n%s", f.Authority, at, diff)
		}
	}
}

// TestPortsmouth2023 is the example of the issue: Portsmouth as known on
// 1 January 2023, whose next inspection began on 15 May 2023, a short
// inspection.
func TestPortsmouth2023(t *testing.T) {
	f, ok := forecast.For(builtIn, authority.MustLookup("Portsmouth"), date("2023-01-01"))
	if !ok || f.Kind != inspection.Short || !f.Contains(date("2023-05-15")) || f.Overdue {
		t.Errorf("For(Portsmouth, 2023-01-01) = %v, %v; want a short inspection, its window holding 15 May 2023", f, ok)
	}
	if g, _ := f.Last.Overall(); g != grade.Good || f.Last.Start != date("2018-09-03") {
		t.Errorf("forecast from %s, judged %v; want the inspection of 3 September 2018, good", f.Last.Start, g)
	}
}

// TestOutOfSample sets the forecasts as at 31 March 2025, made from
// Ofsted's official statistics alone (the records of the built-in record
// with a row of them), against what the record holds that was published
// since: the statistics' rows published by their cut-off of 30 June 2025,
// and the reports read since.
func TestOutOfSample(t *testing.T) {
	var official authority.Register
	for in := range builtIn.Inspections() {
		if slices.ContainsFunc(in.Sources, func(s inspection.Source) bool { return s.Sheet != "" }) {
			if err := official.Add(in); err != nil {
				t.Fatal(err)
			}
		}
	}
	at := builtIn.Coverage().Release.Census.At
	if at != date("2025-03-31") {
		t.Fatalf("the built-in record's release is as at %s", at)
	}
	trials := forecast.Compare(forecast.All(&official, at), builtIn)
	s := forecast.Tally(trials)
	t.Logf("out of sample, as at %s: %s", at, s)
	if s.Trials != 51 {
		t.Errorf("%d authorities inspected since, want 51", s.Trials)
	}
	if 100*s.Held < 85*s.Trials || 100*s.KindRight < 90*s.Trials {
		t.Errorf("out of sample: %s; want the window to hold 85%% and the kind right for 90%%", s)
	}
	// The forecasts read nothing of the reports: from the whole record
	// they are the same.
	if diff := cmp.Diff(forecast.All(&official, at), forecast.All(builtIn, at)); diff != "" {
		t.Errorf("the forecasts as at %s differ with the reports read since (-official +all):\n%s", at, diff)
	}
}
