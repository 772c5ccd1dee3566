package forecast

import (
	"fmt"
	"strconv"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/inspection"
	"golang.org/x/exp/stats"
)

// A Trial is a forecast set against what happened: the forecast of an
// authority's next graded inspection, and the next graded inspection it
// had. Beside it is the plain rule, three years after the last
// inspection give or take six months, for the same inspection.
type Trial struct {
	Forecast Forecast              // the forecast; Forecast.Last is the inspection it forecast from
	Next     inspection.Inspection // the next graded inspection, as it happened
	Plain    Window                // the plain rule's window: the third anniversary of Forecast.Last, give or take six months; zero without a last inspection
}

// Held reports whether the next inspection began inside the forecast's
// window (by its date, [inspection.Inspection.Date]: its first day on
// site).
func (t Trial) Held() bool { return t.Forecast.Contains(t.Next.Date()) }

// KindRight reports whether the next inspection was of the kind
// forecast.
func (t Trial) KindRight() bool { return t.Next.Kind == t.Forecast.Kind }

// PlainHeld reports whether the next inspection began inside the plain
// rule's window.
func (t Trial) PlainHeld() bool { return t.Plain.Contains(t.Next.Date()) }

// plain returns the plain rule's window after an inspection on day d.
func plain(d inspection.Date) Window {
	if d.IsZero() {
		return Window{}
	}
	return around(addYears(d, anniversary))
}

// Backtest tests the forecaster on the history r holds: for every
// consecutive pair of graded ILACS inspections of an authority, it
// forecasts the second as known the day after the first was published
// (from the inspections published by then and the calendar of
// suspensions, and nothing later), and sets it against what happened.
// The trials come by authority, in the order of [authority.All], then
// oldest first. A first inspection with no publication date is forecast
// from the day after its date.
//
// Every quantity the forecaster measures (Ofsted's pace, the delay of
// publication, the time to re-inspect an inadequate authority) comes
// from the inspections published by the day of the forecast, so that
// each forecast could have been made on its day.
func Backtest(r *authority.Register) []Trial {
	rec := read(r)
	cache := map[inspection.Date][]Forecast{}
	var out []Trial
	for a := range authority.All() {
		list := rec.graded[a]
		for i := 1; i < len(list); i++ {
			first, next := &list[i-1], &list[i]
			if !first.underNew || !next.underNew {
				continue
			}
			day := first.known.AddDays(1)
			fs, ok := cache[day]
			if !ok {
				fs = rec.forecasts(day)
				cache[day] = fs
			}
			for _, f := range fs {
				if f.Authority == a {
					out = append(out, Trial{Forecast: f, Next: next.in.Clone(), Plain: plain(first.date)})
					break
				}
			}
		}
	}
	return out
}

// Compare sets forecasts against what happened, as recorded in r: for
// each forecast, the authority's first graded inspection in r that was
// not known on the forecast's day (published after it, or with no
// publication date and dated after it) and is dated after
// [Forecast.Last]. Forecasts of authorities with no such inspection are
// left out. Use it for a check out of sample: forecasts from one record,
// inspections read from the reports published since.
func Compare(fs []Forecast, r *authority.Register) []Trial {
	var out []Trial
	for _, f := range fs {
		for in := range r.History(f.Authority).Graded() {
			known := !in.Published.IsZero() && !in.Published.After(f.At) ||
				in.Published.IsZero() && !in.Date().After(f.At)
			if known || !f.Last.Date().IsZero() && !in.Date().After(f.Last.Date()) {
				continue
			}
			out = append(out, Trial{Forecast: f, Next: in, Plain: plain(f.Last.Date())})
			break
		}
	}
	return out
}

// A Score counts how a list of trials went.
type Score struct {
	Trials      int     // how many
	Held        int     // how many next inspections began inside the forecast's window
	KindRight   int     // how many were of the kind forecast
	PlainHeld   int     // how many began inside the plain rule's window
	MedianWidth float64 // the median width of the forecasts' windows, in months
}

// Tally scores trials.
func Tally(trials []Trial) Score {
	s := Score{Trials: len(trials)}
	widths := make([]float64, 0, len(trials))
	for _, t := range trials {
		if t.Held() {
			s.Held++
		}
		if t.KindRight() {
			s.KindRight++
		}
		if t.PlainHeld() {
			s.PlainHeld++
		}
		widths = append(widths, t.Forecast.Months())
	}
	if len(widths) > 0 {
		s.MedianWidth = stats.Median(widths)
	}
	return s
}

// String returns the score in one line, such as "115 pairs; window holds
// 70%; median width 12 months; kind right 94%; plain rule holds 18%":
// shares rounded to whole percentages, the width to a tenth of a month.
func (s Score) String() string {
	return fmt.Sprintf("%d pairs; window holds %s; median width %s months; kind right %s; plain rule holds %s",
		s.Trials, percent(s.Held, s.Trials), strconv.FormatFloat(float64(int(s.MedianWidth*10+0.5))/10, 'f', -1, 64),
		percent(s.KindRight, s.Trials), percent(s.PlainHeld, s.Trials))
}

// percent writes n of total as a whole percentage, "-" if total is 0.
func percent(n, total int) string {
	if total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(total))
}
