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

	// pace is Ofsted's pace, in graded inspections a year, over the
	// cycle of three years of routine inspection (suspensions left out)
	// that ends lag days before day; paced is how many inspections it
	// counted.
	pace  float64
	paced int

	// reinspection is the median time from an inadequate judgement to
	// the next graded inspection, in days, over the re-inspections known
	// that no suspension interrupted, under the single inspection
	// framework or since; reinspections is how many there were (none: the
	// rule's two years).
	reinspection  int
	reinspections int
}

// Defaults for a record too short to measure.
const (
	defaultLag = 49 // days: seven weeks
	minPaced   = 20 // inspections in the cycle below which the pace is not measured
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

	// The cycle: three years of days on which inspection was not
	// suspended, ending lag days before the day.
	end := f.day.AddDays(-f.lag)
	start, days := end, 0
	for days < anniversary*365 {
		start = start.AddDays(-1)
		if !suspended(start) {
			days++
		}
	}
	for _, list := range rec.graded {
		for i := range list {
			e := &list[i]
			if e.knownOn(f.day) && !e.date.Before(start) && e.date.Before(end) {
				f.paced++
			}
		}
	}
	if f.paced >= minPaced {
		f.pace = float64(f.paced) / anniversary
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

// reinspectionDue returns when the re-inspection of an authority judged
// inadequate on day d is due, before any suspension moves it.
func (f *fit) reinspectionDue(d inspection.Date) inspection.Date {
	if f.reinspections == 0 {
		return addMonths(d, reinspectionMonths)
	}
	return d.AddDays(f.reinspection)
}
