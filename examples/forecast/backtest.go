package main

import (
	"fmt"
	"io"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/grade"
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
			p, _ := t.Forecast.Last.Overall()
			return p.Canonical() == g
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
	fmt.Fprintln(w, "backtest:", all)
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
