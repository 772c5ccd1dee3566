package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// columns are the lines of areas that the history and neighbour tables
// give a column each; other judgements are listed at the end of a row.
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

// letters abbreviates the grades for the tables.
var letters = map[grade.Grade]string{
	grade.Outstanding: "O", grade.Good: "G", grade.RequiresImprovement: "RI", grade.Adequate: "A", grade.Inadequate: "I",
}

// writeText writes the page as text.
func (p *page) writeText(w io.Writer) error {
	b := bufio.NewWriter(w)
	p.writeWho(b)
	p.writeHistory(b)
	p.writeTrajectories(b)
	p.writeNeighbours(b)
	p.writeStanding(b)
	p.writeNext(b)
	return b.Flush()
}

func (p *page) writeWho(w io.Writer) {
	a := p.Authority
	fmt.Fprintln(w, a.Name)
	codes := "GSS " + a.GSS + ", DfE " + a.DfE
	if a.URN != "" {
		codes += ", Ofsted URN " + a.URN
	}
	if len(a.EarlierCodes) > 0 {
		codes += " (earlier GSS " + strings.Join(a.EarlierCodes, ", ") + ")"
	}
	fmt.Fprintln(w, "  codes    ", codes)
	region := a.Region
	if a.OfstedRegion != a.Region {
		region += " (Ofsted region: " + a.OfstedRegion + ")"
	}
	fmt.Fprintln(w, "  region   ", region)
	switch {
	case !a.From.IsZero() && !a.To.IsZero():
		fmt.Fprintln(w, "  existed  ", a.From, "to", a.To)
	case !a.From.IsZero():
		fmt.Fprintln(w, "  since    ", a.From)
	case !a.To.IsZero():
		fmt.Fprintln(w, "  until    ", a.To)
	}
	if len(a.Predecessors) > 0 {
		fmt.Fprintln(w, "  took over from", strings.Join(a.Predecessors, ", "))
	}
	if len(a.Successors) > 0 {
		fmt.Fprintln(w, "  succeeded by", strings.Join(a.Successors, ", "))
	}
}

func (p *page) writeHistory(w io.Writer) {
	fmt.Fprintln(w, "\nHistory, oldest first (O outstanding, G good, RI requires improvement, A adequate, I inadequate)")
	fmt.Fprintf(w, "  %-10s  %-10s  %-17s %s  other\n", "date", "framework", "kind", gradeHeader())
	var checks []string
	for _, in := range p.History {
		row := fmt.Sprintf("  %-10s  %-10s  %-17s", in.Date(), in.Framework, in.Kind)
		if in.Theme != "" {
			fmt.Fprintf(w, "%s %s\n", row, in.Theme)
			continue
		}
		cells, other := gradeCells(&in)
		fmt.Fprintln(w, strings.TrimRight(row+" "+cells+"  "+other, " "))
		for _, c := range inspection.CheckConsistency(&in) {
			checks = append(checks, fmt.Sprintf("  %s  %s (%s): %s", in.Date(), c.Rule, c.Severity, c.Message))
		}
	}
	if len(p.History) == 0 {
		fmt.Fprintln(w, "  no inspections in the record")
	}
	for _, c := range p.VisitChecks {
		checks = append(checks, fmt.Sprintf("  %s  %s (%s): %s", c.Date, c.Rule, c.Severity, c.Message))
	}
	fmt.Fprintln(w, "\nChecks of the judgements and visits")
	if len(checks) == 0 {
		fmt.Fprintln(w, "  none broken")
	}
	for _, c := range checks {
		fmt.Fprintln(w, c)
	}
}

// gradeHeader returns the titles of the grade columns.
func gradeHeader() string {
	var b strings.Builder
	for _, c := range columns {
		fmt.Fprintf(&b, " %-7s", c.title)
	}
	return b.String()
}

// gradeCells returns the grade columns of an inspection, and its other
// judgements; a judgement of children in care and care leavers together
// (2018-2022) is marked with a * in both columns.
func gradeCells(in *inspection.Inspection) (cells, other string) {
	shown := map[inspection.Area]string{}
	var rest []string
	for area, g := range in.Ordered() {
		line := area.Line()
		switch {
		case area == inspection.ChildrenInCareAndCareLeavers:
			shown[line] = letters[g] + "*"
			shown[inspection.CareLeavers] = "*"
		case isColumn(line):
			shown[line] = letters[g]
		default:
			rest = append(rest, area.Label()+" "+letters[g])
		}
	}
	var b strings.Builder
	for _, c := range columns {
		s := shown[c.line]
		if s == "" {
			s = "-"
		}
		fmt.Fprintf(&b, " %-7s", s)
	}
	return b.String(), strings.Join(rest, ", ")
}

func isColumn(line inspection.Area) bool {
	for _, c := range columns {
		if c.line == line {
			return true
		}
	}
	return false
}

func (p *page) writeTrajectories(w io.Writer) {
	if len(p.Trajectories) == 0 {
		return
	}
	fmt.Fprintln(w, "\nTrajectories")
	for _, t := range p.Trajectories {
		fmt.Fprintln(w, "  "+t.Summary)
	}
}

func (p *page) writeNeighbours(w io.Writer) {
	model := ""
	if p.Neighbours.Model != 0 {
		model = fmt.Sprintf(", the DfE's model of %d", p.Neighbours.Model)
	}
	fmt.Fprintf(w, "\nStatistical neighbours on %s%s, nearest first, with their latest judgements\n", p.At, model)
	fmt.Fprintf(w, "      %-36s  %-15s  %-10s %s\n", "neighbour", "band", "inspected", gradeHeader())
	for i, n := range p.Neighbours.List {
		row := fmt.Sprintf("  %2d  %-36s  %-15s", i+1, n.Name, n.Band.Label())
		if n.Latest == nil {
			fmt.Fprintln(w, strings.TrimRight(row+"  "+n.Note, " "))
			continue
		}
		cells, _ := gradeCells(n.Latest)
		fmt.Fprintf(w, "%s  %-10s %s\n", row, n.Latest.Date(), strings.TrimRight(cells, " "))
	}
}

func (p *page) writeStanding(w io.Writer) {
	for _, n := range p.Notes {
		fmt.Fprintln(w, "\n"+n)
	}
	if len(p.Standing) == 0 {
		return
	}
	fmt.Fprintf(w, "\nStanding %s\n", p.Census)
	for _, l := range p.Standing {
		g := "not judged"
		if l.Grade.IsValid() {
			g = l.Grade.Phrase()
		}
		fmt.Fprintf(w, "  %s: %s\n", l.Line.Label(), g)
		fmt.Fprintf(w, "    among its %-12s %s\n", "neighbours:", l.Neighbours.text)
		fmt.Fprintf(w, "    in %-19s %s\n", p.Authority.Region+":", l.Region.text)
		fmt.Fprintf(w, "    in %-19s %s\n", "England:", l.England.text)
	}
}

func (p *page) writeNext(w io.Writer) {
	n := p.Next
	if n == nil {
		return
	}
	fmt.Fprintf(w, "\nNext graded inspection, as known on %s\n", p.At)
	overdue := ""
	if n.Overdue {
		overdue = "; overdue"
	}
	fmt.Fprintf(w, "  %s inspection, likely %s (%s to %s)%s\n", n.Kind, n.Likely, n.Earliest, n.Latest, overdue)
	line := "  "
	for _, word := range strings.Fields(n.Basis) {
		if len(line)+len(word) > 100 && line != "  " {
			fmt.Fprintln(w, line)
			line = "  "
		}
		if line != "  " {
			line += " "
		}
		line += word
	}
	fmt.Fprintln(w, line)
}
