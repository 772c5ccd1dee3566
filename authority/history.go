package authority

import (
	"iter"

	"github.com/childrens-services/judgements/inspection"
)

// A History is the inspections of one authority that a [Register] holds,
// oldest first (as [inspection.Compare] orders them: by first day on site,
// or publication where that is all that is known). Get one from
// [Register.History]. The zero History is empty.
//
// The inspections are the register's own records: read them, do not
// change them. A history is one authority's: Bournemouth, Christchurch and
// Poole's begins in 2019, and Bournemouth's ends then (see
// [Authority.Predecessors]).
type History struct {
	Authority Authority // the authority inspected

	list   []*inspection.Inspection
	graded []gradedRef
}

// Len returns the number of inspections.
func (h History) Len() int { return len(h.list) }

// All returns the inspections, oldest first.
func (h History) All() iter.Seq[*inspection.Inspection] {
	return func(yield func(*inspection.Inspection) bool) {
		for _, in := range h.list {
			if !yield(in) {
				return
			}
		}
	}
}

// Backward returns the inspections, newest first.
func (h History) Backward() iter.Seq[*inspection.Inspection] {
	return func(yield func(*inspection.Inspection) bool) {
		for i := len(h.list) - 1; i >= 0; i-- {
			if !yield(h.list[i]) {
				return
			}
		}
	}
}

// Graded returns the graded inspections, oldest first: those of a kind
// that gives grades (not focused or monitoring visits, nor the 2009-2012
// unannounced visits), other than reviews of the Local Safeguarding
// Children Board, with at least one valid grade.
func (h History) Graded() iter.Seq[*inspection.Inspection] {
	return func(yield func(*inspection.Inspection) bool) {
		for _, g := range h.graded {
			if !yield(g.in) {
				return
			}
		}
	}
}

// Latest returns the latest graded inspection that census c counts, and
// false if there is none. Use [AsAt] for what was known on a day:
//
//	in, ok := h.Latest(authority.AsAt(day))
func (h History) Latest(c Census) (*inspection.Inspection, bool) {
	at, by := c.bounds()
	for i := len(h.graded) - 1; i >= 0; i-- {
		if c.counts(h.Authority, &h.graded[i], at, by) {
			return h.graded[i].in, true
		}
	}
	return nil, false
}

// Trajectory returns the authority's trajectory in area a's line: its
// judgements of overall effectiveness for [inspection.OverallEffectiveness],
// and otherwise its judgements of every area in a.Line()'s lineage (see
// [inspection.Area.Lineage]), oldest first.
func (h History) Trajectory(a inspection.Area) Trajectory {
	line := a.Line()
	t := Trajectory{Authority: h.Authority, Line: line}
	lineage := lineageOf(line)
	for _, g := range h.graded {
		var p Point
		for _, area := range lineage {
			if gr, ok := g.in.Judgements[area]; ok && gr.IsValid() {
				p = Point{Inspection: g.in, Area: area, Grade: gr}
			}
		}
		switch {
		case p.Inspection != nil:
			t.Points = append(t.Points, p)
			t.Unjudged = t.Unjudged[:0]
		case len(t.Points) > 0 && !lineJudged(g.in.Framework, lineage):
			t.Unjudged = append(t.Unjudged, g.in)
		}
	}
	if len(t.Unjudged) == 0 {
		t.Unjudged = nil
	}
	return t
}

// lineages holds the lineage of each line of areas, which
// inspection.Area.Lineage makes afresh on each call.
var lineages = func() map[inspection.Area][]inspection.Area {
	m := map[inspection.Area][]inspection.Area{}
	for _, a := range inspection.Areas() {
		m[a.Line()] = a.Line().Lineage()
	}
	return m
}()

// lineageOf returns the lineage of line, the newest area of a lineage.
func lineageOf(line inspection.Area) []inspection.Area {
	if l, ok := lineages[line]; ok {
		return l
	}
	return line.Lineage()
}

// lineJudged reports whether framework f judges any area of a lineage.
func lineJudged(f inspection.Framework, lineage []inspection.Area) bool {
	for _, a := range lineage {
		if _, ok := f.Area(a); ok {
			return true
		}
	}
	return false
}

// Trajectories returns the authority's trajectory in every line of areas
// its graded inspections judge: overall effectiveness first, then the
// others in the order of [Lines].
func (h History) Trajectories() []Trajectory {
	var out []Trajectory
	for _, line := range Lines() {
		if t := h.Trajectory(line); len(t.Points) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// Compare compares two of the authority's inspections area by area,
// following each area's line through framework changes (see
// [inspection.Area.Line]); from is normally the earlier. A nil inspection
// judges nothing.
func (h History) Compare(from, to *inspection.Inspection) Comparison {
	c := Comparison{Authority: h.Authority, From: from, To: to}
	for _, line := range Lines() {
		f, okf := pointIn(from, line)
		t, okt := pointIn(to, line)
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

// pointIn returns the judgement of in in a line of areas; a nil in has
// none.
func pointIn(in *inspection.Inspection, line inspection.Area) (Point, bool) {
	if in == nil {
		return Point{}, false
	}
	for _, area := range lineageOf(line) {
		if g, ok := in.Judgements[area]; ok && g.IsValid() {
			return Point{Inspection: in, Area: area, Grade: g}, true
		}
	}
	return Point{}, false
}
