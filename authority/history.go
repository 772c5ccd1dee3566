package authority

import (
	"iter"
	"slices"
	"sync"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A History is the inspections of one authority that a [Register] holds,
// oldest first (as [inspection.Compare] orders them: by
// [inspection.Inspection.Date], the first day on site, or publication
// where that is all that is known). Get one from [Register.History]. The
// zero History is empty.
//
// A History is a snapshot: it keeps what the register held when it was
// taken, and hands out copies of its inspections, which the caller may
// change freely. A history is one authority's: Bournemouth, Christchurch
// and Poole's begins in 2019, and Bournemouth's ends then (see
// [Authority.Predecessors]).
type History struct {
	Authority Authority // the authority inspected

	list []*record // the register's records, never changed
}

// Len returns the number of inspections.
func (h History) Len() int { return len(h.list) }

// All returns the inspections, oldest first.
func (h History) All() iter.Seq[inspection.Inspection] {
	return func(yield func(inspection.Inspection) bool) {
		for _, rec := range h.list {
			if !yield(rec.in.Clone()) {
				return
			}
		}
	}
}

// Backward returns the inspections, newest first.
func (h History) Backward() iter.Seq[inspection.Inspection] {
	return func(yield func(inspection.Inspection) bool) {
		for _, rec := range slices.Backward(h.list) {
			if !yield(rec.in.Clone()) {
				return
			}
		}
	}
}

// Graded returns the graded inspections, oldest first: those of a kind
// that gives grades (not focused or monitoring visits, nor the 2009-2012
// unannounced visits), other than reviews of the Local Safeguarding
// Children Board, with at least one valid grade.
func (h History) Graded() iter.Seq[inspection.Inspection] {
	return func(yield func(inspection.Inspection) bool) {
		for in := range h.graded() {
			if !yield(in.Clone()) {
				return
			}
		}
	}
}

// graded returns the register's own graded records, oldest first.
func (h History) graded() iter.Seq[*inspection.Inspection] {
	return func(yield func(*inspection.Inspection) bool) {
		for _, rec := range h.list {
			if rec.graded && !yield(&rec.in) {
				return
			}
		}
	}
}

// Latest returns the latest graded inspection that census c counts, and
// false if there is none. Use [AsAt] for what was known on a day:
//
//	in, ok := h.Latest(authority.AsAt(day))
func (h History) Latest(c Census) (inspection.Inspection, bool) {
	if in := latest(h.list, c, h.Authority); in != nil {
		return in.Clone(), true
	}
	return inspection.Inspection{}, false
}

// latest returns the latest graded record of list that census c counts,
// or nil.
func latest(list []*record, c Census, a Authority) *inspection.Inspection {
	for _, rec := range slices.Backward(list) {
		if rec.graded && c.counts(a, &rec.in) {
			return &rec.in
		}
	}
	return nil
}

// Trajectory returns the authority's trajectory in area a's line: its
// judgements of overall effectiveness for [inspection.OverallEffectiveness],
// and otherwise its judgements of every area in a.Line()'s lineage (see
// [inspection.Area.Lineage]), oldest first.
func (h History) Trajectory(a inspection.Area) Trajectory {
	line := a.Line()
	t := Trajectory{Authority: h.Authority, Line: line}
	lineage := lineages()[line]
	var unjudged []*inspection.Inspection
	for in := range h.graded() {
		if p, ok := pointIn(in, line); ok {
			t.Points = append(t.Points, p)
			unjudged = unjudged[:0]
		} else if len(t.Points) > 0 && !lineJudged(in.Framework, lineage) {
			unjudged = append(unjudged, in)
		}
	}
	for _, in := range unjudged {
		t.Unjudged = append(t.Unjudged, in.Clone())
	}
	return t
}

// lineJudged reports whether framework f judges any area of a lineage.
func lineJudged(f inspection.Framework, lineage []inspection.Area) bool {
	return slices.ContainsFunc(lineage, func(a inspection.Area) bool { _, ok := f.Area(a); return ok })
}

// Trajectories returns the authority's trajectory in every line of areas
// its graded inspections judge: overall effectiveness first, then impact
// of leaders, help and protection, children in care and care leavers,
// then the areas of the older frameworks.
func (h History) Trajectories() []Trajectory {
	var out []Trajectory
	for _, line := range lines() {
		if t := h.Trajectory(line); len(t.Points) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// SideBySide sets two of the authority's inspections side by side, area
// by area, following each area's line through framework changes (see
// [inspection.Area.Line]); from is normally the earlier. The zero
// Inspection judges nothing.
func (h History) SideBySide(from, to inspection.Inspection) Comparison {
	c := Comparison{Authority: h.Authority, From: from, To: to}
	for _, line := range lines() {
		f, okf := pointIn(&from, line)
		t, okt := pointIn(&to, line)
		switch {
		case okf && okt:
			c.Areas = append(c.Areas, step(f, t))
		case okt:
			c.New = append(c.New, t)
		case okf:
			c.Dropped = append(c.Dropped, f)
		}
	}
	return c
}

// pointIn returns the judgement of in in a line of areas: the newest
// area of the line that in judges with a valid grade. The Point holds a
// copy of in.
func pointIn(in *inspection.Inspection, line inspection.Area) (Point, bool) {
	area, g, ok := gradeIn(in, line)
	if !ok {
		return Point{}, false
	}
	return Point{Inspection: in.Clone(), Area: area, Grade: g}, true
}

// gradeIn returns the area and grade of in's judgement in a line of
// areas, and false if it makes none.
func gradeIn(in *inspection.Inspection, line inspection.Area) (inspection.Area, grade.Grade, bool) {
	for _, area := range slices.Backward(lineages()[line]) {
		if g, ok := in.Judgements[area]; ok && g.IsValid() {
			return area, g, true
		}
	}
	return 0, 0, false
}

// lineages returns the lineage of each line of areas (see
// [inspection.Area.Lineage]), which the national pictures ask for often.
var lineages = sync.OnceValue(func() map[inspection.Area][]inspection.Area {
	m := map[inspection.Area][]inspection.Area{}
	for _, a := range inspection.Areas() {
		m[a.Line()] = a.Line().Lineage()
	}
	return m
})

// lines returns the lines of areas trajectories follow, one for each area
// that is the newest of its lineage: overall effectiveness, impact of
// leaders, help and protection, children in care and care leavers first,
// then the areas of the older frameworks.
var lines = sync.OnceValue(func() []inspection.Area {
	out := []inspection.Area{inspection.OverallEffectiveness, inspection.ImpactOfLeaders,
		inspection.HelpAndProtection, inspection.ChildrenInCare, inspection.CareLeavers}
	for _, a := range inspection.Areas() {
		if a.Line() == a && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
})
