package forecast

import (
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"golang.org/x/exp/stats"
)

// A fit is what the forecaster measures from the record as known on a
// day: nothing it uses comes from a later day.
type fit struct {
	day inspection.Date // the day of the forecast

	// lag is the median time from an inspection's first day on site to
	// its report's publication, in days, over the inspections known that
	// give both. Many inspections begun less than lag days before day
	// are not yet known; the queue starts then.
	lag int

	// pace is Ofsted's pace, in graded inspections a year, over the last
	// three years of routine inspection (suspensions left out) ending lag
	// days before day; but from since, the latest return from a
	// suspension within them, once the record since then holds minPaced
	// graded inspections (since is zero otherwise). paced is how many
	// inspections it counted.
	pace  float64
	paced int
	since inspection.Date

	// reinspection is the median time from an inadequate judgement to
	// the next graded inspection, in days, over the re-inspections known
	// that no suspension interrupted, under the single inspection
	// framework or since; reinspections is how many there were (none: the
	// rule's two years).
	reinspection  int
	reinspections int

	// cycle is Ofsted's cycle at its pace, in days: the time it takes to
	// inspect every authority once, the authorities existing on the day
	// over the pace (zero without a pace). In the steady state an
	// authority's inspections come a cycle apart on average, however
	// often the framework would have them.
	cycle int
}

// Defaults for a record too short to measure.
const (
	defaultLag = 49 // days: seven weeks
	minPaced   = 20 // inspections in the span below which the pace is not measured
)

// measure returns the fit of rec as known on day at.
func (rec *record) measure(at inspection.Date) fit {
	f := fit{day: at}

	var lags []float64
	for _, list := range rec.graded {
		for i := range list {
			e := &list[i]
			if e.knownOn(f.day) && !e.in.Start.IsZero() && !e.in.Published.IsZero() {
				lags = append(lags, float64(e.in.Published.DaysSince(e.in.Start)))
			}
		}
	}
	f.lag = defaultLag
	if len(lags) > 0 {
		f.lag = int(stats.Median(lags) + 0.5)
	}

	// The span: the last three years of days on which inspection was
	// not suspended, ending lag days before the day; but none before the
	// latest return from a suspension, once Ofsted's record since then
	// holds enough to measure. Its pace after a suspension is not its
	// pace before: 56 graded inspections began in 2019, 50, 43 and 49 in
	// 2022, 2023 and 2024 (Ofsted's official statistics, "Local authority
	// inspection outcomes as at 31 March 2025", ILACS inspection
	// history).
	end := f.day.AddDays(-f.lag)
	start, days := end, 0
	for days < anniversary*365 {
		start = start.AddDays(-1)
		if !suspended(start) {
			days++
		}
	}
	for _, s := range suspensions {
		if s.Resumed.After(start) && !s.Resumed.After(end) && rec.gradedBetween(s.Resumed, end, f.day) >= minPaced {
			f.since, start, days = s.Resumed, s.Resumed, end.DaysSince(s.Resumed)
		}
	}
	f.paced = rec.gradedBetween(start, end, f.day)
	if f.paced >= minPaced {
		f.pace = float64(f.paced) * 365 / float64(days)
	}

	var gaps []float64
	for _, list := range rec.graded {
		for i := 1; i < len(list); i++ {
			prev, next := &list[i-1], &list[i]
			if prev.in.Framework < inspection.SIF2013 || !prev.decided || prev.decides != grade.Inadequate || !next.knownOn(f.day) {
				continue
			}
			if _, crossed := postpone(prev.date, next.date); len(crossed) > 0 {
				continue
			}
			gaps = append(gaps, float64(next.date.DaysSince(prev.date)))
		}
	}
	f.reinspections = len(gaps)
	if len(gaps) > 0 {
		f.reinspection = int(stats.Median(gaps) + 0.5)
	}
	return f
}

// gradedBetween returns how many graded inspections known on day d began
// on or after from and before to.
func (rec *record) gradedBetween(from, to, d inspection.Date) int {
	n := 0
	for _, list := range rec.graded {
		for i := range list {
			e := &list[i]
			if e.knownOn(d) && !e.date.Before(from) && e.date.Before(to) {
				n++
			}
		}
	}
	return n
}

// reinspectionDue returns when the re-inspection of an authority judged
// inadequate on day d is due, before any suspension moves it.
func (f *fit) reinspectionDue(d inspection.Date) inspection.Date {
	if f.reinspections == 0 {
		return addMonths(d, reinspectionMonths)
	}
	return d.AddDays(f.reinspection)
}
