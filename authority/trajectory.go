package authority

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A Direction is which way a judgement moved between two inspections:
// -1 for worse, 0 for a grade of the same rank, +1 for better, as the
// sign of a comparison. The zero Direction is [Unchanged].
//
// A Direction's text form is its name: "declined", "unchanged",
// "improved".
type Direction int8

// The directions. [grade.Adequate] ranks with [grade.RequiresImprovement],
// so a move from one to the other is unchanged.
const (
	Declined  Direction = -1 // to a worse grade
	Unchanged Direction = 0  // to a grade of the same rank
	Improved  Direction = 1  // to a better grade
)

var directions = [...]string{Declined + 1: "declined", Unchanged + 1: "unchanged", Improved + 1: "improved"}

// String returns "declined", "unchanged" or "improved", or
// "%!Direction(N)" for another value.
func (d Direction) String() string {
	if Declined <= d && d <= Improved {
		return directions[d+1]
	}
	return "%!Direction(" + strconv.Itoa(int(d)) + ")"
}

// AppendText implements [encoding.TextAppender] by appending
// [Direction.String]. It fails for a value other than the three.
func (d Direction) AppendText(b []byte) ([]byte, error) {
	if d < Declined || Improved < d {
		return b, errors.New("authority: cannot encode invalid " + d.String())
	}
	return append(b, d.String()...), nil
}

// MarshalText implements [encoding.TextMarshaler] with
// [Direction.AppendText].
func (d Direction) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts
// "declined", "unchanged" and "improved", in any case.
func (d *Direction) UnmarshalText(text []byte) error {
	s := strings.TrimSpace(string(text))
	for i, name := range directions {
		if strings.EqualFold(s, name) {
			*d = Direction(i - 1)
			return nil
		}
	}
	return fmt.Errorf("authority: parsing direction %q: %w", s, errUnknownDirection)
}

var errUnknownDirection = errors.New("unknown direction")

// A Point is one judgement in a line of areas: the inspection that made
// it, the area as that inspection's framework named it, and the grade.
// Its date is the inspection's ([inspection.Inspection.Date]).
type Point struct {
	Inspection inspection.Inspection // the inspection, a copy
	Area       inspection.Area       // the area judged, one of the line's lineage
	Grade      grade.Grade           // the grade, as published (adequate is kept)
}

// A Step is the change in a line of areas from one judgement to the next.
type Step struct {
	From, To  Point     // the two judgements, From the earlier
	Direction Direction // which way the grade moved
	Grades    int       // by how many grades, from 0 to 3
	Days      int       // days from From's inspection to To's, between their dates ([inspection.Inspection.Date])
}

func step(from, to Point) Step {
	n := from.Grade.Steps(to.Grade) // positive when to is better
	s := Step{From: from, To: to, Days: to.Inspection.Date().DaysSince(from.Inspection.Date())}
	switch {
	case n > 0:
		s.Direction, s.Grades = Improved, n
	case n < 0:
		s.Direction, s.Grades = Declined, -n
	}
	return s
}

// String describes the step, such as "requires improvement → good
// (improved by 1 grade after 1505 days)".
func (s Step) String() string {
	var b strings.Builder
	b.WriteString(s.From.Grade.Phrase())
	b.WriteString(" → ")
	b.WriteString(s.To.Grade.Phrase())
	b.WriteString(" (")
	b.WriteString(s.Direction.String())
	if s.Grades > 0 {
		b.WriteString(" by " + plural(s.Grades, "grade"))
	}
	b.WriteString(" after " + plural(s.Days, "day") + ")")
	return b.String()
}

func plural(n int, unit string) string {
	s := strconv.Itoa(n) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}

// A Trajectory is an authority's judgements in one line of areas over
// time, across frameworks: overall effectiveness, or an area followed
// through its lineage (the SIF's leadership, management and governance,
// then ILACS's impact of leaders; looked after children, then children
// in care and care leavers, then children in care).
type Trajectory struct {
	Authority Authority       // the authority
	Line      inspection.Area // the line: the newest area of its lineage
	Points    []Point         // the judgements, oldest first

	// Unjudged holds the graded inspections since the last point whose
	// framework makes no judgement in the line: for overall effectiveness,
	// ILACS inspections from April 2026. A trajectory never invents a
	// judgement for them.
	Unjudged []inspection.Inspection
}

// Steps returns the changes from each point to the next.
func (t Trajectory) Steps() []Step {
	var out []Step
	for i := 1; i < len(t.Points); i++ {
		out = append(out, step(t.Points[i-1], t.Points[i]))
	}
	return out
}

// FirstAtLeast returns the first point graded g or better: "first time
// good" is t.FirstAtLeast(grade.Good). It reports false if there is none.
func (t Trajectory) FirstAtLeast(g grade.Grade) (Point, bool) {
	for _, p := range t.Points {
		if p.Grade.AtLeast(g) {
			return p, true
		}
	}
	return Point{}, false
}

// AtLeastSince returns the first of the unbroken run of points, up to the
// latest, graded g or better: "good or better since" is
// t.AtLeastSince(grade.Good). It reports false if the latest point is
// worse than g.
func (t Trajectory) AtLeastSince(g grade.Grade) (Point, bool) {
	i := len(t.Points)
	for i > 0 && t.Points[i-1].Grade.AtLeast(g) {
		i--
	}
	if i == len(t.Points) {
		return Point{}, false
	}
	return t.Points[i], true
}

// Summary answers the usual questions about a trajectory in a sentence:
// the latest grade, when it was first good or better, whether it has been
// good or better since, and whether later inspections made no judgement
// in the line, each dated by its inspection ([inspection.Inspection.Date]).
// For example: "overall effectiveness good (2023-05-15); first good or
// better 2018-09-03; good or better since 2018-09-03; not judged since
// 2026-07-06: ilacs-2026 has no overall effectiveness judgement".
func (t Trajectory) Summary() string {
	label := strings.ToLower(t.Line.Label())
	if len(t.Points) == 0 {
		return label + ": never judged"
	}
	last := t.Points[len(t.Points)-1]
	parts := []string{label + " " + last.Grade.Phrase() + " (" + last.Inspection.Date().String() + ")"}
	if p, ok := t.FirstAtLeast(grade.Good); ok {
		parts = append(parts, "first good or better "+p.Inspection.Date().String())
		if q, ok := t.AtLeastSince(grade.Good); ok {
			parts = append(parts, "good or better since "+q.Inspection.Date().String())
		}
	} else {
		parts = append(parts, "never good or better")
	}
	s := strings.Join(parts, "; ")
	if len(t.Unjudged) > 0 {
		var fs []string
		for _, in := range t.Unjudged {
			if f := in.Framework.String(); !slices.Contains(fs, f) {
				fs = append(fs, f)
			}
		}
		verb := " has"
		if len(fs) > 1 {
			verb = " have"
		}
		s += "; not judged since " + t.Unjudged[0].Date().String() + ": " + andList(fs) + verb + " no " + label + " judgement"
	}
	return s
}

// A Comparison sets two inspections of an authority side by side, area
// by area, following each line of areas through framework changes. Get
// one from [History.SideBySide].
type Comparison struct {
	Authority Authority             // the authority inspected
	From, To  inspection.Inspection // the two inspections, normally From the earlier
	Areas     []Step                // the lines both judge: overall effectiveness, then the areas of the newest frameworks, then the older
	New       []Point               // the lines only To judges, such as care leavers in 2023 after a 2018 inspection
	Dropped   []Point               // the lines only From judges, such as overall effectiveness before an inspection of April 2026 on
}

// NoneDeclined reports whether no line both inspections judge declined.
func (c Comparison) NoneDeclined() bool {
	return !slices.ContainsFunc(c.Areas, func(s Step) bool { return s.Direction == Declined })
}

// Went returns the steps that went from a grade ranked as from to one
// ranked as to: c.Went(grade.RequiresImprovement, grade.Good) answers
// "which areas went from requires improvement to good?".
func (c Comparison) Went(from, to grade.Grade) []Step {
	var out []Step
	for _, s := range c.Areas {
		if s.From.Grade.Compare(from) == 0 && s.To.Grade.Compare(to) == 0 {
			out = append(out, s)
		}
	}
	return out
}

// String describes the comparison in a sentence, grouping the lines that
// moved the same way between the same grades, for example "overall
// effectiveness and help and protection improved from requires
// improvement to good; impact of leaders and children in care stayed
// good; care leavers not judged in the earlier inspection, now requires
// improvement".
func (c Comparison) String() string {
	type group struct {
		from, to grade.Grade
		dir      Direction
		areas    []string
	}
	var groups []*group
	for _, s := range c.Areas {
		name := strings.ToLower(s.To.Area.Line().Label())
		i := slices.IndexFunc(groups, func(g *group) bool {
			return g.from.Compare(s.From.Grade) == 0 && g.to.Compare(s.To.Grade) == 0
		})
		if i < 0 {
			groups = append(groups, &group{from: s.From.Grade.Canonical(), to: s.To.Grade.Canonical(), dir: s.Direction})
			i = len(groups) - 1
		}
		groups[i].areas = append(groups[i].areas, name)
	}
	var parts []string
	for _, g := range groups {
		switch g.dir {
		case Unchanged:
			parts = append(parts, andList(g.areas)+" stayed "+g.to.Phrase())
		default:
			parts = append(parts, andList(g.areas)+" "+g.dir.String()+" from "+g.from.Phrase()+" to "+g.to.Phrase())
		}
	}
	var newGrades []grade.Grade
	newAreas := map[grade.Grade][]string{}
	for _, p := range c.New {
		g := p.Grade.Canonical()
		if _, ok := newAreas[g]; !ok {
			newGrades = append(newGrades, g)
		}
		newAreas[g] = append(newAreas[g], strings.ToLower(p.Area.Line().Label()))
	}
	for _, g := range newGrades {
		parts = append(parts, andList(newAreas[g])+" not judged in the earlier inspection, now "+g.Phrase())
	}
	if len(c.Dropped) > 0 {
		var names []string
		judges := true
		for _, p := range c.Dropped {
			names = append(names, strings.ToLower(p.Area.Line().Label()))
			judges = judges && lineJudged(c.To.Framework, p.Area.Line().Lineage())
		}
		part := andList(names) + " not judged in the later inspection"
		if !judges && c.To.Framework.IsValid() {
			part += " (" + c.To.Framework.String() + " makes no such judgement)"
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return "no judgements in common"
	}
	return strings.Join(parts, "; ")
}

func andList(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
