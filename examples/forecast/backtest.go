package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// printBacktest writes the backtest's figures on r's history, for the
// forecast and the plain rule, by the grade of the first inspection of
// each pair and by its time, ending with the summary line.
func printBacktest(w io.Writer, r *authority.Register) {
	trials := forecast.Backtest(r)
	fmt.Fprintln(w, "Backtest: every consecutive pair of graded ILACS inspections, the second forecast as known")
	fmt.Fprintln(w, "the day after the first was published (from the reports published by then and the calendar")
	fmt.Fprintln(w, "of suspensions); beside it the plain rule, three years after the first, give or take six months.")
	fmt.Fprintln(w)
	header(w)

	fmt.Fprintln(w, "by the grade of the first")
	for _, g := range []grade.Grade{grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate} {
		row(w, "  "+g.Phrase(), forecast.Tally(filter(trials, func(t forecast.Trial) bool {
			return firstGrade(t) == g
		})))
	}
	resumed := forecast.Suspensions()[0].Resumed
	fmt.Fprintln(w, "by the time of the first")
	row(w, fmt.Sprintf("  before %s", resumed), forecast.Tally(filter(trials, func(t forecast.Trial) bool {
		return t.Forecast.Last.Date().Before(resumed)
	})))
	row(w, fmt.Sprintf("  from %s", resumed), forecast.Tally(filter(trials, func(t forecast.Trial) bool {
		return !t.Forecast.Last.Date().Before(resumed)
	})))
	all := forecast.Tally(trials)
	row(w, "all", all)
	fmt.Fprintln(w)
	h := hindsight(trials)
	fmt.Fprintf(w, "In hindsight, a window fitted to all %d pairs at once (the framework's due day, moved by the\n", len(trials))
	fmt.Fprintf(w, "suspension and by the median lateness of the first's grade, give or take six months) holds %d (%.0f%%).\n", h, 100*float64(h)/float64(max(len(trials), 1)))
	fmt.Fprintln(w)
	fmt.Fprintln(w, "backtest:", all)
}

// hindsight returns how many of trials a window fitted to all of them at
// once holds: the framework's due day (Forecast.Due, moved by the
// suspension), moved by the median time from it to the next inspection
// over the trials whose first inspection was of the same grade, give or
// take six months. A forecaster that knows only the past must do as
// well.
func hindsight(trials []forecast.Trial) int {
	lateness := map[grade.Grade][]int{}
	for _, t := range trials {
		g := firstGrade(t)
		lateness[g] = append(lateness[g], t.Next.Date().DaysSince(t.Forecast.Due.Likely))
	}
	median := map[grade.Grade]int{}
	for g, days := range lateness {
		slices.Sort(days)
		median[g] = days[len(days)/2]
	}
	held := 0
	for _, t := range trials {
		d := t.Forecast.Due.Likely.AddDays(median[firstGrade(t)]).Time()
		w := forecast.Window{Earliest: inspection.DateOf(d.AddDate(0, -6, 0)), Latest: inspection.DateOf(d.AddDate(0, 6, 0))}
		if w.Contains(t.Next.Date()) {
			held++
		}
	}
	return held
}

// firstGrade returns the grade of the first inspection of t's pair.
func firstGrade(t forecast.Trial) grade.Grade {
	g, _ := t.Forecast.Last.Overall()
	return g.Canonical()
}

// header writes the head of the table of figures.
func header(w io.Writer) {
	fmt.Fprintf(w, "%-28s %6s %13s %13s %11s %17s\n", "", "pairs", "window holds", "median width", "kind right", "plain rule holds")
}

// row writes one row of figures.
func row(w io.Writer, label string, s forecast.Score) {
	share := func(n int) string {
		if s.Trials == 0 {
			return "-"
		}
		return fmt.Sprintf("%d (%.0f%%)", n, 100*float64(n)/float64(s.Trials))
	}
	fmt.Fprintf(w, "%-28s %6d %13s %10.1f mo %11s %17s\n", label, s.Trials, share(s.Held), s.MedianWidth, share(s.KindRight), share(s.PlainHeld))
}

// filter returns the trials keep keeps.
func filter(trials []forecast.Trial, keep func(forecast.Trial) bool) []forecast.Trial {
	var out []forecast.Trial
	for _, t := range trials {
		if keep(t) {
			out = append(out, t)
		}
	}
	return out
}
