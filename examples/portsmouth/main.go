// Portsmouth replays Ofsted's judgements of Portsmouth's children's
// services from 2009 to 2026, the library's main example.
//
// Usage:
//
//	go run ./examples/portsmouth
//
// It needs no download: Portsmouth's record is written into the program
// as Go values (package examples/internal/cases), with grades and dates as
// Ofsted published them. It prints
//
//   - the history, one inspection a row, under every framework since 2009;
//   - the trajectory of each judgement area across frameworks, following
//     an area through its renamings (the SIF's leadership, then ILACS's
//     impact of leaders), and saying where a framework judges nothing
//     (overall effectiveness from April 2026);
//   - the comparisons the news made: 2014 to 2018 ("from requires
//     improvement to good in all four areas", which the record does not
//     bear out) and 2018 to 2023 ("no services have deteriorated");
//   - the consistency checks of each graded inspection;
//   - what the latest reports said needs to improve.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/examples/internal/cases"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "portsmouth:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	var r authority.Register
	for _, in := range cases.Portsmouth() {
		if err := r.Add(in); err != nil {
			return err
		}
	}
	a, err := authority.Lookup("Portsmouth")
	if err != nil {
		return err
	}
	h := r.History(a)

	fmt.Fprintf(w, "%s (%s, %s): Ofsted's judgements of children's services\n\n", a, a.GSS(), a.Region().Label())
	printHistory(w, h)
	printTrajectories(w, h)
	printComparisons(w, h)
	printChecks(w, h)
	printRecommendations(w, h)
	return nil
}

// short abbreviates grades for the history table.
func short(g grade.Grade) string {
	switch g {
	case grade.Outstanding:
		return "O"
	case grade.Good:
		return "G"
	case grade.RequiresImprovement:
		return "RI"
	case grade.Adequate:
		return "A"
	case grade.Inadequate:
		return "I"
	}
	return "-"
}

// columns are the lines of areas the history table gives a column each;
// judgements in other lines are listed at the end of the row.
var columns = []struct {
	line  inspection.Area
	title string
}{
	{inspection.OverallEffectiveness, "overall"},
	{inspection.ImpactOfLeaders, "leaders"},
	{inspection.HelpAndProtection, "help"},
	{inspection.ChildrenInCare, "in care"},
	{inspection.CareLeavers, "leavers"},
}

func printHistory(w io.Writer, h authority.History) {
	fmt.Fprintln(w, "History")
	fmt.Fprintf(w, "  %-10s  %-10s  %-17s", "date", "framework", "kind")
	for _, c := range columns {
		fmt.Fprintf(w, "  %-7s", c.title)
	}
	fmt.Fprintln(w, "  other")
	for in := range h.All() {
		row := fmt.Sprintf("  %-10s  %-10s  %-17s", in.Date(), in.Framework, in.Kind)
		if len(in.Judgements) == 0 {
			fmt.Fprintf(w, "%s  no grades: %s\n", row, findings(in))
			continue
		}
		var other []string
		cells := map[inspection.Area]string{}
		for area, g := range in.Ordered() {
			line := area.Line()
			if area == inspection.ChildrenInCareAndCareLeavers {
				cells[inspection.CareLeavers] = "*"
				cells[line] = short(g) + "*"
				continue
			}
			if slices.ContainsFunc(columns, func(c struct {
				line  inspection.Area
				title string
			}) bool {
				return c.line == line
			}) {
				cells[line] = short(g)
				continue
			}
			other = append(other, strings.ToLower(area.Label())+" "+short(g))
		}
		for _, c := range columns {
			cell, ok := cells[c.line]
			if !ok {
				cell = "."
			}
			row += fmt.Sprintf("  %-7s", cell)
		}
		fmt.Fprintln(w, strings.TrimRight(row+"  "+strings.Join(other, ", "), " "))
	}
	fmt.Fprintln(w, "  O outstanding, G good, RI requires improvement, A adequate, I inadequate, . no judgement;")
	fmt.Fprintln(w, "  * one judgement on children in care and care leavers together (ILACS, 2018-2022)")
	fmt.Fprintln(w)
}

// findings counts an ungraded letter's findings by kind, gravest first.
func findings(in inspection.Inspection) string {
	counts := map[inspection.FindingKind]int{}
	for _, f := range in.Findings {
		counts[f.Kind]++
	}
	var parts []string
	for _, k := range []struct {
		kind         inspection.FindingKind
		one, several string
	}{
		{inspection.AreaForPriorityAction, "area for priority action", "areas for priority action"},
		{inspection.AreaForDevelopment, "area for development", "areas for development"},
		{inspection.Strength, "strength", "strengths"},
		{inspection.Satisfactory, "point of satisfactory practice", "points of satisfactory practice"},
	} {
		switch n := counts[k.kind]; n {
		case 0:
		case 1:
			parts = append(parts, "1 "+k.one)
		default:
			parts = append(parts, fmt.Sprintf("%d %s", n, k.several))
		}
	}
	return strings.Join(parts, ", ")
}

func printTrajectories(w io.Writer, h authority.History) {
	fmt.Fprintln(w, "Trajectories (each area followed through framework changes)")
	for _, t := range h.Trajectories() {
		var pts []string
		for _, p := range t.Points {
			pts = append(pts, fmt.Sprintf("%s %d", p.Grade.Phrase(), p.Inspection.Date().Year))
		}
		line := strings.Join(pts, " → ")
		if len(t.Unjudged) > 0 {
			first := t.Unjudged[0]
			line += fmt.Sprintf("; not judged since %d (%s has no such judgement)", first.Date().Year, first.Framework)
		}
		fmt.Fprintf(w, "  %-22s %s\n", t.Line.Label()+":", line)
		var notes []string
		if p, ok := t.FirstAtLeast(grade.Good); ok {
			notes = append(notes, fmt.Sprintf("first good or better in %d", p.Inspection.Date().Year))
			if q, ok := t.AtLeastSince(grade.Good); ok && len(t.Unjudged) == 0 {
				notes = append(notes, fmt.Sprintf("good or better since %d", q.Inspection.Date().Year))
			}
		}
		if len(notes) > 0 {
			fmt.Fprintf(w, "  %-22s (%s)\n", "", strings.Join(notes, "; "))
		}
	}
	fmt.Fprintln(w)
}

// graded returns the graded inspections of the years given.
func graded(h authority.History, years ...int) []inspection.Inspection {
	var out []inspection.Inspection
	for _, y := range years {
		for in := range h.Graded() {
			if in.Date().Year == y {
				out = append(out, in)
			}
		}
	}
	return out
}

func printComparisons(w io.Writer, h authority.History) {
	fmt.Fprintln(w, "What the news said, and what the record says")
	ins := graded(h, 2014, 2018, 2023)
	if len(ins) != 3 {
		fmt.Fprintln(w, "  (the 2014, 2018 and 2023 inspections are not all in the record)")
		return
	}
	c := h.SideBySide(ins[0], ins[1])
	went := c.Went(grade.RequiresImprovement, grade.Good)
	fmt.Fprintf(w, "  2014 → 2018: %s.\n", c)
	fmt.Fprintf(w, "    \"from requires improvement to good in all four areas\": %d of %d areas went from requires improvement to good.\n", len(went), len(c.Areas))
	c = h.SideBySide(ins[1], ins[2])
	fmt.Fprintf(w, "  2018 → 2023: %s.\n", c)
	fmt.Fprintf(w, "    \"no services have deteriorated\": no area declined: %v.\n", c.NoneDeclined())
	fmt.Fprintln(w)
}

func printChecks(w io.Writer, h authority.History) {
	fmt.Fprintln(w, "Consistency of overall effectiveness with the other judgements")
	for in := range h.Graded() {
		checks := inspection.CheckConsistency(&in)
		oe, ok := in.Overall()
		switch {
		case !ok && in.Framework == inspection.ILACS2026:
			fmt.Fprintf(w, "  %s %-10s no overall effectiveness judgement (removed from April 2026)\n", in.Date(), in.Framework)
		case !ok:
			fmt.Fprintf(w, "  %s %-10s no single overall effectiveness judgement\n", in.Date(), in.Framework)
		case len(checks) == 0:
			fmt.Fprintf(w, "  %s %-10s overall %s fits the other judgements (any of: %v)\n", in.Date(), in.Framework, oe.Phrase(),
				inspection.ConsistentOverall(in.Framework, in.Judgements))
		}
		for _, c := range checks {
			fmt.Fprintf(w, "  %s %-10s %s: %s\n", in.Date(), in.Framework, c.Severity, c.Message)
		}
	}
	fmt.Fprintln(w)
}

func printRecommendations(w io.Writer, h authority.History) {
	fmt.Fprintln(w, "What needs to improve (the reports' points, paraphrased; the latest report's are open)")
	first := true
	for in := range h.Backward() {
		if len(in.Recommendations) == 0 {
			continue
		}
		state := "superseded"
		if first {
			state = "open"
			first = false
		}
		fmt.Fprintf(w, "  %s report (%s):\n", in.Published, state)
		for _, rec := range in.Recommendations {
			ref := ""
			if rec.Reference != (inspection.Reference{}) {
				ref = " (" + rec.Reference.String() + ", national framework)"
			}
			fmt.Fprintf(w, "    - %s%s\n", rec.Text, ref)
		}
	}
}
