package authority

import (
	"errors"
	"math"
	"slices"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"golang.org/x/exp/stats"
)

// An Interval is the time between two consecutive graded inspections of
// one authority.
type Interval struct {
	Authority Authority              // the authority inspected
	From, To  *inspection.Inspection // the two inspections, From first
	Days      int                    // from From's publication to To's (or, failing those, their dates)
	Previous  grade.Grade            // From's overall effectiveness, adequate counted as requires improvement; zero if none
}

// Intervals is a list of intervals.
type Intervals []Interval

// Intervals returns the interval between each graded inspection and the
// next of the same authority, across frameworks, by authority (in the
// order of [All]) and then date. Intervals are measured between
// publication dates, which every record of Ofsted's statistics has; an
// authority's history does not run on into its successors'.
func (r *Register) Intervals() Intervals {
	var out Intervals
	for _, a := range sorted {
		refs := r.graded[a]
		for i := 1; i < len(refs); i++ {
			from, to := refs[i-1].in, refs[i].in
			out = append(out, Interval{
				Authority: a, From: from, To: to,
				Days:     when(to).DaysSince(when(from)),
				Previous: refs[i-1].overall,
			})
		}
	}
	return out
}

// Where returns the intervals for which keep reports true.
func (iv Intervals) Where(keep func(Interval) bool) Intervals {
	var out Intervals
	for _, i := range iv {
		if keep(i) {
			out = append(out, i)
		}
	}
	return out
}

// ByPrevious groups the intervals by the overall grade of the earlier
// inspection: how long authorities judged good waited for their next
// inspection, and so on. Intervals after an inspection with no overall
// effectiveness are under the zero Grade.
func (iv Intervals) ByPrevious() map[grade.Grade]Intervals {
	out := map[grade.Grade]Intervals{}
	for _, i := range iv {
		out[i.Previous] = append(out[i.Previous], i)
	}
	return out
}

// Days returns the lengths of the intervals in days, in order.
func (iv Intervals) Days() []float64 {
	out := make([]float64, len(iv))
	for k, i := range iv {
		out[k] = float64(i.Days)
	}
	return out
}

// IntervalStats summarises the lengths of a list of intervals, in days.
type IntervalStats struct {
	N         int       // how many intervals
	Mean      float64   // mean length
	Median    float64   // median length
	Quantiles []float64 // the lengths at the quantiles asked for, in order
}

// Errors of [Intervals.Stats].
var (
	ErrNoIntervals = errors.New("authority: no intervals to summarise")
	ErrQuantile    = errors.New("authority: quantile not between 0 and 1")
)

// Stats returns the mean, median and the quantiles qs (each from 0 to 1)
// of the intervals' lengths, computed with golang.org/x/exp/stats
// (quantiles by linear interpolation, Hyndman and Fan's method 7). It
// returns [ErrNoIntervals] for an empty list and [ErrQuantile] for a
// quantile outside [0, 1], where the stats functions would panic.
func (iv Intervals) Stats(qs ...float64) (IntervalStats, error) {
	if len(iv) == 0 {
		return IntervalStats{}, ErrNoIntervals
	}
	if slices.ContainsFunc(qs, func(q float64) bool { return math.IsNaN(q) || q < 0 || q > 1 }) {
		return IntervalStats{}, ErrQuantile
	}
	days := iv.Days()
	slices.Sort(days)
	s := IntervalStats{N: len(days), Mean: stats.Mean(days), Median: stats.Median(days)}
	if len(qs) > 0 {
		s.Quantiles = stats.Quantiles(days, qs...)
	}
	return s, nil
}
