package forecast_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// The official record: Ofsted's two files, loaded once.
var (
	officialOnce sync.Once
	official     *authority.Register
	officialErr  error
)

// officialFiles are Ofsted's files in the shared folder.
var officialFiles = []string{
	"data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods",
	"data/ofsted/Childrens_social_care_in_England_2023_underlying_data.ods",
}

func record(tb testing.TB) *authority.Register {
	tb.Helper()
	var paths []string
	for _, f := range officialFiles {
		paths = append(paths, sharedtest.Path(tb, f))
	}
	officialOnce.Do(func() { official, _, officialErr = ofsted.Load(paths...) })
	if officialErr != nil {
		tb.Fatal(officialErr)
	}
	return official
}

func date(s string) inspection.Date {
	d, err := inspection.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestBacktest holds the forecaster to its mark on Ofsted's history of
// ILACS inspections, 2018 to March 2025: the window holds at least 70% of
// next inspections, is no wider than 12 months at the median, and the
// kind is right for at least 90%. The plain rule's figures, and the
// counts of pairs, are Ofsted's history's own.
func TestBacktest(t *testing.T) {
	trials := forecast.Backtest(record(t))
	s := forecast.Tally(trials)
	t.Logf("backtest: %s", s)
	if s.Trials != 115 {
		t.Errorf("%d pairs of ILACS inspections, want 115", s.Trials)
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
	if s.KindRight != 108 || s.PlainHeld != 21 {
		t.Errorf("kind right %d, plain rule holds %d; Ofsted's history gives 108 and 21", s.KindRight, s.PlainHeld)
	}

	// By the time of the first inspection: the plain rule held for every
	// pair begun after routine inspection resumed, and for almost none
	// before.
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
	if a.Trials != 13 || a.PlainHeld != 13 {
		t.Errorf("pairs begun since the return: %+v; want 13, all held by the plain rule", a)
	}
}

// TestBacktestWalkForward checks that each forecast of the backtest is
// the one made from a register holding only the inspections published
// by its day: nothing later leaks into it.
func TestBacktestWalkForward(t *testing.T) {
	r := record(t)
	trials := forecast.Backtest(r)
	for i, tr := range trials {
		if i%7 != 0 && i != len(trials)-1 {
			continue // a sample of 18: each check rebuilds the register
		}
		at := tr.Forecast.At
		var known authority.Register
		for in := range r.Inspections() {
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
	f, ok := forecast.For(record(t), authority.MustLookup("Portsmouth"), date("2023-01-01"))
	if !ok || f.Kind != inspection.Short || !f.Contains(date("2023-05-15")) || f.Overdue {
		t.Errorf("For(Portsmouth, 2023-01-01) = %v, %v; want a short inspection, its window holding 15 May 2023", f, ok)
	}
	if g, _ := f.Last.Overall(); g != grade.Good || f.Last.Start != date("2018-09-03") {
		t.Errorf("forecast from %s, judged %v; want the inspection of 3 September 2018, good", f.Last.Start, g)
	}
}

// reportName is the name of a report's text in the shared folder:
// AUTHORITY_PUBLISHED_URN.txt.
var reportName = regexp.MustCompile(`^[a-z-]+_(\d{4}-\d{2}-\d{2})_(\d+)\.txt$`)

// TestOutOfSample sets the forecasts as at 31 March 2025, from Ofsted's
// record alone, against the inspections read from the reports published
// since.
func TestOutOfSample(t *testing.T) {
	at := date("2025-03-31")
	happened := reportsSince(t, at)
	trials := forecast.Compare(forecast.All(record(t), at), happened)
	s := forecast.Tally(trials)
	t.Logf("out of sample, as at %s: %s", at, s)
	if s.Trials < 45 {
		t.Errorf("only %d authorities inspected since, of 50 in the reports", s.Trials)
	}
	if 100*s.Held < 70*s.Trials || 100*s.KindRight < 90*s.Trials {
		t.Errorf("out of sample: %s; want the window to hold 70%% and the kind right for 90%%", s)
	}
}

// reportsSince reads the reports in the shared folder published after
// day at into a register, taking the publication date and Ofsted's URN
// from each file's name.
func reportsSince(t *testing.T, at inspection.Date) *authority.Register {
	t.Helper()
	dir := filepath.Join(sharedtest.Dir(t), "corpus", "layout")
	names, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var r authority.Register
	for _, e := range names {
		m := reportName.FindStringSubmatch(e.Name())
		if m == nil || !date(m[1]).After(at) {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		in, err := report.Parse(string(text))
		if in == nil {
			t.Errorf("%s: %v", e.Name(), err)
			continue
		}
		in.Published = date(m[1])
		a, lookErr := authority.Lookup(m[2])
		if lookErr != nil {
			t.Errorf("%s: %v", e.Name(), lookErr)
			continue
		}
		// A report may name the trust that runs the services (Bradford
		// Children and Families Trust): the URN says whose they are.
		in.Authority = inspection.LocalAuthority{Name: a.Name(), URN: m[2]}
		if err := r.Add(*in); err != nil {
			t.Errorf("%s: %v", e.Name(), err)
		}
	}
	return &r
}
