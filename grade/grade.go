package grade

// A Grade is one point on the scale Ofsted uses to judge local authority
// children's services: outstanding, good, requires improvement to be good,
// or inadequate, plus the legacy "adequate" of the 2009-2013 frameworks.
//
// The constant values follow Ofsted's own numbering, so that grade 1 is
// outstanding and grade 4 is inadequate; [Adequate] is numbered after them
// but ranks third, with [RequiresImprovement].
//
// The zero Grade is not a valid grade: it stands for a judgement that was
// not made ("not judged"). [Grade.IsValid] reports false for it, and it
// prints as "not judged".
type Grade uint8

// The grades. The first four are the scale of the single inspection
// framework (SIF, November 2013) and of ILACS (January 2018 on); the
// adequate scale of SLAC, CPI and the 2013 looked after children
// inspections used [Adequate] where the later scale uses
// [RequiresImprovement].
const (
	Outstanding         Grade = 1 + iota // grade 1; SIF and ILACS report tables
	Good                                 // grade 2
	RequiresImprovement                  // grade 3: "Requires improvement to be good" (SIF from November 2013; ILACS)
	Inadequate                           // grade 4
	Adequate                             // grade 3 of the 2009-2013 scale (SLAC, CPI, 2013 LAC inspections: "Grade 3 (Adequate)")

	numGrades = iota + 1 // one past the last valid Grade value
)

// IsValid reports whether g is one of the five grades. The zero Grade
// ("not judged") and values outside the constants are not valid.
func (g Grade) IsValid() bool { return Outstanding <= g && g < numGrades }

// IsZero reports whether g is the zero Grade, a judgement not made.
// encoding/json's omitzero option uses it.
func (g Grade) IsZero() bool { return g == 0 }

// IsLegacy reports whether g belongs only to the pre-2013 scale, that is,
// whether g is [Adequate].
func (g Grade) IsLegacy() bool { return g == Adequate }

// Rank returns Ofsted's number for g: 1 for outstanding, 2 for good, 3 for
// requires improvement and for adequate, 4 for inadequate. A smaller rank is
// a better grade. Rank returns 0 for a Grade that is not valid.
func (g Grade) Rank() int {
	switch {
	case g == Adequate:
		return 3
	case g.IsValid():
		return int(g)
	}
	return 0
}

// Canonical returns the grade of the current scale that g counts as:
// [RequiresImprovement] for [Adequate], and g itself otherwise. Ofsted's
// official statistics record the adequate grades of 2009-2013 this way
// (Children's social care data in England 2023, sheet
// LA_inspections_2009-2023, which shows Kent's 2013 "Grade 3 (Adequate)"
// as "Requires improvement to be good").
func (g Grade) Canonical() Grade {
	if g == Adequate {
		return RequiresImprovement
	}
	return g
}

// Compare compares g and h by rank. It returns a negative number if g is
// better than h, a positive number if g is worse than h, and zero if they
// rank the same. So
//
//	slices.SortFunc(gs, grade.Grade.Compare)
//
// sorts grades best first. [Adequate] and [RequiresImprovement] compare
// equal although they are different values; use slices.SortStableFunc to
// keep their input order, or compare [Grade.Canonical] values with ==.
// A Grade that is not valid (such as the zero Grade, "not judged") ranks
// after every valid grade, and all such Grades compare equal to each other.
func (g Grade) Compare(h Grade) int {
	return g.order() - h.order()
}

// order is the rank with "no rank" placed after inadequate.
func (g Grade) order() int {
	if r := g.Rank(); r != 0 {
		return r
	}
	return 5
}

// Better reports whether g is strictly better than h. A valid grade is
// better than any invalid one, including the zero Grade.
func (g Grade) Better(h Grade) bool { return g.Compare(h) < 0 }

// Worse reports whether g is strictly worse than h. An invalid grade,
// including the zero Grade, is worse than any valid one.
func (g Grade) Worse(h Grade) bool { return g.Compare(h) > 0 }

// AtLeast reports whether g is valid and as good as h or better: for
// example, whether g.AtLeast(Good) is true is whether g is "good or better".
func (g Grade) AtLeast(h Grade) bool { return g.IsValid() && g.Compare(h) <= 0 }

// Steps returns how many points of the scale separate g from h, counted
// from g to h: positive when h is better than g (an improvement from g to
// h), negative when h is worse, zero when they rank the same. For example,
// RequiresImprovement.Steps(Outstanding) is 2 and Good.Steps(Inadequate) is
// -2. Steps returns 0 if either grade is not valid.
func (g Grade) Steps(h Grade) int {
	if !g.IsValid() || !h.IsValid() {
		return 0
	}
	return g.Rank() - h.Rank()
}

// Best returns the best of the valid grades in gs, or the zero Grade if
// there are none.
func Best(gs ...Grade) Grade { return pick(gs, Grade.Better) }

// Worst returns the worst of the valid grades in gs, or the zero Grade if
// there are none. Of [Adequate] and [RequiresImprovement], which rank the
// same, Worst returns the first it meets.
func Worst(gs ...Grade) Grade { return pick(gs, Grade.Worse) }

// pick returns the first valid grade of gs that no later one beats, by
// beats; or the zero Grade if none is valid.
func pick(gs []Grade, beats func(g, h Grade) bool) Grade {
	var out Grade
	for _, g := range gs {
		if g.IsValid() && (out == 0 || beats(g, out)) {
			out = g
		}
	}
	return out
}
