package authority

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"golang.org/x/exp/stats"
)

// An Interval is the time between two consecutive graded inspections of
// one authority.
type Interval struct {
	Authority Authority             // the authority inspected
	From, To  inspection.Inspection // copies of the two inspections, From first
	Days      int                   // from From's date to To's ([inspection.Inspection.Date])
	Previous  grade.Grade           // From's overall effectiveness, adequate counted as requires improvement; zero if none
}

// Intervals is a list of intervals.
type Intervals []Interval

// Intervals returns the interval between each graded inspection and the
// next of the same authority, across frameworks, by authority (in the
// order of [All]) and then date. Intervals are measured between the
// inspections' dates ([inspection.Inspection.Date]): the first days on
// site, or publication where Ofsted's records give only that. An
// authority's history does not run on into its successors'.
func (r *Register) Intervals() Intervals {
	var out Intervals
	for _, a := range sorted {
		var prev *inspection.Inspection
		for in := range r.History(a).graded() {
			if prev != nil {
				g, _ := prev.Overall()
				out = append(out, Interval{
					Authority: a, From: prev.Clone(), To: in.Clone(),
					Days:     in.Date().DaysSince(prev.Date()),
					Previous: g.Canonical(),
				})
			}
			prev = in
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

// IntervalStats summarises the lengths of a list of intervals, in days.
type IntervalStats struct {
	N         int       // how many intervals
	Mean      float64   // mean length
	Median    float64   // median length
	Quantiles []float64 // the lengths at the quantiles asked for, in order
}

// ErrNoIntervals is the error of [Intervals.Stats] for an empty list.
var ErrNoIntervals = errors.New("authority: no intervals to summarise")

// Stats returns the mean, median and the quantiles qs (each from 0 to 1)
// of the intervals' lengths, computed with golang.org/x/exp/stats
// (quantiles by linear interpolation, Hyndman and Fan's method 7). It
// returns [ErrNoIntervals] for an empty list, and an error for a
// quantile outside [0, 1], where the stats functions would panic.
func (iv Intervals) Stats(qs ...float64) (IntervalStats, error) {
	if len(iv) == 0 {
		return IntervalStats{}, ErrNoIntervals
	}
	if i := slices.IndexFunc(qs, func(q float64) bool { return math.IsNaN(q) || q < 0 || q > 1 }); i >= 0 {
		return IntervalStats{}, fmt.Errorf("authority: quantile %v not between 0 and 1", qs[i])
	}
	days := make([]float64, len(iv))
	for k, i := range iv {
		days[k] = float64(i.Days)
	}
	slices.Sort(days)
	s := IntervalStats{N: len(days), Mean: stats.Mean(days), Median: stats.Median(days)}
	if len(qs) > 0 {
		s.Quantiles = stats.Quantiles(days, qs...)
	}
	return s, nil
}
