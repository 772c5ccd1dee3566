package inspection

import (
	"slices"
)

// Validate checks that in is a well-formed inspection of its framework and
// returns every problem it finds (not just the first), each an [*Error]
// whose Field names the JSON path of what is wrong and whose Err is one of:
//
//   - [ErrInvalid]: the framework or kind is missing or not valid, or a
//     date is not a real day;
//   - [ErrKind]: the framework does not use the kind;
//   - [ErrUnexpectedJudgement]: a judgement on an area the framework (or
//     the kind: an LSCB review judges only the LSCB) does not judge,
//     including those it rules out: overall effectiveness under ILACS
//     2026, and any grade of an ungraded visit;
//   - [ErrMissingJudgement]: an area the framework requires for the kind
//     is absent from the judgements;
//   - [ErrOffScale]: a grade not on the framework's scale (adequate only
//     before the SIF, requires improvement only from it);
//   - [ErrDateOrder]: start after end, or publication before the end;
//   - [ErrOutsidePeriod]: the inspection started outside the framework's
//     period (or, with no dates on site, was published before it began).
//
// An area recorded with the zero Grade is a judgement Ofsted said it did
// not make ("Not judged" in a report, "-" in the official statistics, as
// for the Isles of Scilly's looked after children in 2012 and 2016): it
// is not missing, even where the framework normally requires the area.
// Validate does not apply the consistency rules; see [CheckConsistency].
func Validate(in *Inspection) ErrorList {
	var errs ErrorList
	f, k := in.Framework, in.Kind
	switch {
	case f == 0:
		errs.Add(Position{}, "framework", ErrInvalid, "no framework")
	case !f.IsValid():
		errs.Add(Position{}, "framework", ErrInvalid, "%s", f)
	}
	switch {
	case k == 0:
		errs.Add(Position{}, "kind", ErrInvalid, "no kind")
	case !k.IsValid():
		errs.Add(Position{}, "kind", ErrInvalid, "%s", k)
	case f.IsValid() && !f.uses(k):
		errs.Add(Position{}, "kind", ErrKind, "%s does not use %s (it uses %v)", f, k.Label(), f.Kinds())
	}
	validateDates(in, &errs)
	if !f.IsValid() || !k.IsValid() || !f.uses(k) {
		return errs
	}
	validateJudgements(in, &errs)
	return errs
}

func validateJudgements(in *Inspection, errs *ErrorList) {
	f, k := in.Framework, in.Kind
	carries := func(a Area) bool {
		for _, s := range frameworks[f].areas {
			if s.Area == a {
				_, ok := f.specFor(k, s)
				return ok
			}
		}
		return false
	}
	// Problems with the judgements given, in Area order, then the
	// required judgements missing, in the framework's order.
	var invalid []Area
	for a := range in.Judgements {
		if !a.IsValid() {
			invalid = append(invalid, a)
		}
	}
	slices.Sort(invalid)
	for _, a := range invalid {
		errs.Add(Position{}, "judgements."+a.String(), ErrInvalid, "not a judgement area")
	}
	for a := Area(1); a < numAreas; a++ {
		g, ok := in.Judgements[a]
		if !ok {
			continue
		}
		field := "judgements." + a.String()
		switch {
		case !k.Graded():
			errs.Add(Position{}, field, ErrUnexpectedJudgement, "a %s gives no grades", k.Label())
			continue
		case f == ILACS2026 && a == OverallEffectiveness:
			errs.Add(Position{}, field, ErrUnexpectedJudgement, "ILACS inspections from April 2026 have no overall effectiveness judgement")
			continue
		case !carries(a):
			errs.Add(Position{}, field, ErrUnexpectedJudgement, "%s does not judge %s in a %s", f, a.Label(), k.Label())
			continue
		}
		if g != 0 && !f.allows(g) {
			if !g.IsValid() {
				errs.Add(Position{}, field, ErrInvalid, "grade %s", g)
			} else {
				errs.Add(Position{}, field, ErrOffScale, "%s is not on the %s scale (%v)", g, f, f.Grades())
			}
		}
	}
	if !k.Graded() {
		return
	}
	for _, s := range frameworks[f].areas {
		s, carried := f.specFor(k, s)
		if _, ok := in.Judgements[s.Area]; carried && s.Required && !ok {
			errs.Add(Position{}, "judgements."+s.Area.String(), ErrMissingJudgement, "%s requires a grade for %s", f, s.Area.Label())
		}
	}
}

func validateDates(in *Inspection, errs *ErrorList) {
	for _, d := range []struct {
		field string
		date  Date
	}{{"start", in.Start}, {"end", in.End}, {"published", in.Published}} {
		if !d.date.IsZero() && !d.date.IsValid() {
			errs.Add(Position{}, d.field, ErrInvalid, "%04d-%02d-%02d is not a day", d.date.Year, int(d.date.Month), d.date.Day)
		}
	}
	if !in.Start.IsZero() && !in.End.IsZero() && in.Start.After(in.End) {
		errs.Add(Position{}, "end", ErrDateOrder, "ends %s, before it starts %s", in.End, in.Start)
	}
	last := in.End
	if last.IsZero() {
		last = in.Start
	}
	if !last.IsZero() && !in.Published.IsZero() && in.Published.Before(last) {
		errs.Add(Position{}, "published", ErrDateOrder, "published %s, before the inspection ended %s", in.Published, last)
	}
	f := in.Framework
	if !f.IsValid() {
		return
	}
	began := in.Start
	if began.IsZero() {
		began = in.End
	}
	from, to := f.Period()
	switch {
	case !began.IsZero() && !f.InForce(began):
		if !to.IsZero() {
			errs.Add(Position{}, "start", ErrOutsidePeriod, "%s is outside %s (%s to %s)", began, f, from, to)
		} else {
			errs.Add(Position{}, "start", ErrOutsidePeriod, "%s is before %s began (%s)", began, f, from)
		}
	case began.IsZero() && !in.Published.IsZero() && in.Published.Before(from):
		errs.Add(Position{}, "published", ErrOutsidePeriod, "published %s, before %s began (%s)", in.Published, f, from)
	}
}
