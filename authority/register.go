package authority

import (
	"fmt"
	"iter"
	"slices"

	"github.com/childrens-services/judgements/inspection"
)

// A Register holds inspections of authorities, filed by authority, one
// record per inspection. Build it with [Register.Add] (package
// [github.com/childrens-services/judgements/authority/ofsted] loads
// Ofsted's published files into one), or decode it from JSON; then read
// it with [Register.History], [Register.Picture], [Register.Cohort] and
// the rest.
//
// The zero Register is empty and ready to use. A Register must not be
// changed while it is being read; once built it may be read from many
// goroutines. Nothing it hands out shares anything with it: histories,
// trajectories, pictures and the rest hold copies of its inspections (see
// [inspection.Inspection.Clone]), and a History or Picture taken before a
// change keeps what the register held when it was taken.
//
// # One inspection, one record
//
// Two records are of the same inspection when they are of the same
// authority and
//
//   - both give days on site (a first or last day), and those days are
//     the same or overlap, whatever publication dates either gives;
//   - one gives days on site and the other only a publication date
//     (Ofsted's history of 2009-2023 gives only publication dates, and
//     reports before 2018 often only days on site), and either both give
//     the same publication date, or both are graded inspections of one
//     framework and kind (where both say) and the publication falls
//     within 240 days after the last day on site; or
//   - neither gives days on site, and both give the same publication
//     date.
//
// A report comes out some weeks after its inspection (at most 225 days
// after the first day on site in Ofsted's records of 2018 to 2025), and
// no authority was given two graded inspections of one framework and kind
// so close together.
//
// Adding a record of an inspection the register holds merges the two:
// what one record leaves empty the other fills (the start date from one
// file, the inspection type from another), and the merged record lists
// the [inspection.Source] of both. When they disagree on anything both
// state, such as a grade, the register keeps its own value and keeps the
// disagreement as a [Conflict] ([Register.Conflicts]): a conflict is
// never resolved silently, and never stops the record being filed. After
// any change no two records of one authority are of the same inspection.
// Ofsted's 2023 history dates Nottingham's 2022 ILACS report 5 November
// 2022, its 2025 history, with the days on site, and the report itself 5
// September 2022: the records are merged, with a conflict on the
// publication date.
//
// Records that give no days on site and whose publication dates differ,
// but which otherwise agree (the same framework and kind, the same
// judgements, publication within six months) are taken to be one
// inspection with a mistyped date, and merged with a conflict on the
// publication date: two graded inspections of one authority were never
// published so close together with the same grades.
type Register struct {
	// hist holds each authority's records, oldest first (as
	// inspection.Compare orders them). A record is never changed once
	// filed, nor a list once made: a change makes a new list, so that the
	// histories and pictures given out stay as they were.
	hist [numAuthorities + 1][]*record
	n    int

	releases []Release // Ofsted's releases whose records it holds (see Register.AddRelease)
}

// A record is the register's record of one inspection, with the
// disagreements met in merging its sources.
type record struct {
	in        inspection.Inspection
	graded    bool // isGraded(&in), which national pictures ask of every record
	conflicts []conflict
}

// maxPerAuthority bounds the inspections of one authority a register
// holds: far more than a real history (a few dozen), few enough that
// filing stays quick on hostile input.
const maxPerAuthority = 1000

// Len returns the number of inspections in the register.
func (r *Register) Len() int { return r.n }

// Add files a record of an inspection under its authority, merging it
// with the register's record of the same inspection, if it has one (see
// [Register]). The authority is found from in.Authority: by GSS code,
// URN or DfE number when given, otherwise by name as on the inspection's
// date ([inspection.Inspection.Date]); the record filed carries the
// register's name and codes for it. Add keeps its own copy of in.
//
// Add returns an error, and files nothing, for a record it cannot file:
// one with no date, one whose authority is not known (a *[LookupError]),
// one whose codes and name name different authorities, one dated when its
// authority did not exist, and one more than a thousand inspections of an
// authority. A disagreement with the register's record of the inspection
// is not an error: it is kept as a [Conflict].
func (r *Register) Add(in inspection.Inspection) error { return r.add(in, true) }

// add is Add; an unknown authority's error lists the nearest names if
// suggest is true.
func (r *Register) add(in inspection.Inspection, suggest bool) error {
	d := in.Date()
	if d.IsZero() {
		return fmt.Errorf("authority: the inspection of %q has no date: no first or last day on site, no publication", in.Authority.Name)
	}
	a, err := resolve(in.Authority, d, suggest)
	if err != nil {
		return err
	}
	if err := checkExisted(a, &in); err != nil {
		return err
	}
	in = in.Clone()
	in.Authority = a.record()
	in.Sources = compactSources(in.Sources)
	return r.file(a, in)
}

// file merges in, already resolved to a, with the records of the same
// inspection, or inserts it.
func (r *Register) file(a Authority, in inspection.Inspection) error {
	list := r.hist[a]
	// The records of the same inspection: those of which in is, and then
	// those of which one of them is.
	taken := make([]bool, len(list))
	var group []*record
	same := func(x *inspection.Inspection) bool {
		return sameInspection(x, &in) || slices.ContainsFunc(group, func(g *record) bool { return sameInspection(x, &g.in) })
	}
	for changed := true; changed; {
		changed = false
		for i, old := range list {
			if !taken[i] && same(&old.in) {
				taken[i], changed = true, true
				group = append(group, old)
			}
		}
	}
	rec := &record{in: in}
	if len(group) > 0 {
		rec = mergeRecords(group, in)
	}
	rec.graded = isGraded(&rec.in)
	if len(group) == 0 && len(list) >= maxPerAuthority {
		return fmt.Errorf("authority: more than %d inspections of %s", maxPerAuthority, a.Name())
	}
	next := make([]*record, 0, len(list)+1-len(group))
	for i, old := range list {
		if !taken[i] {
			next = append(next, old)
		}
	}
	i, _ := slices.BinarySearchFunc(next, rec, func(x, y *record) int {
		if c := inspection.Compare(&x.in, &y.in); c != 0 {
			return c
		}
		return -1 // after equals: keep the order of filing
	})
	r.hist[a] = slices.Insert(next, i, rec)
	r.n += 1 - len(group)
	return nil
}

// record returns the authority as the register's records name it.
func (a Authority) record() inspection.LocalAuthority {
	return inspection.LocalAuthority{Name: a.Name(), GSS: a.GSS(), DfE: a.DfE(), URN: a.URN()}
}

// resolve finds the authority a record names, checking that its codes
// and name agree.
func resolve(rec inspection.LocalAuthority, d inspection.Date, suggest bool) (Authority, error) {
	var byCode Authority
	var code string
	for _, c := range []struct {
		code  string
		table map[string]Authority
	}{{rec.GSS, byGSS}, {rec.URN, byURN}, {rec.DfE, byDfE}} {
		if c.code == "" {
			continue
		}
		a, ok := findCode(c.table, c.code)
		if !ok {
			return 0, &LookupError{Input: c.code, Err: ErrUnknown}
		}
		if byCode != 0 && a != byCode {
			return 0, fmt.Errorf("authority: the codes of %q name both %s and %s", rec.Name, byCode.Name(), a.Name())
		}
		byCode = a
		if code == "" {
			code = c.code
		}
	}
	if rec.Name == "" {
		if byCode == 0 {
			return 0, &LookupError{Input: "", Err: ErrUnknown}
		}
		return byCode, nil
	}
	cands, err := find(rec.Name, suggest)
	switch {
	case err != nil && byCode != 0:
		return 0, fmt.Errorf("authority: code %s is %s, but the name does not name it: %w", code, byCode.Name(), err)
	case err != nil:
		return 0, err
	case byCode != 0 && !slices.Contains(cands, byCode):
		return 0, fmt.Errorf("authority: code %s is %s, not %q", code, byCode.Name(), rec.Name)
	case byCode != 0:
		return byCode, nil
	}
	for _, a := range cands {
		if a.ExistsOn(d) {
			return a, nil
		}
	}
	return Lookup(rec.Name) // checkExisted reports it, with the dates
}

// checkExisted reports an inspection dated when its authority did not
// exist. An inspection with days on site must fall within the authority's
// life; one with only a publication date must be published after the
// authority began.
func checkExisted(a Authority, in *inspection.Inspection) error {
	d := in.Date()
	if onSite(in) && !a.ExistsOn(d) || !onSite(in) && d.Before(a.From()) {
		return &LookupError{Input: a.Name(), At: d, Found: a, Err: ErrNotExisting}
	}
	return nil
}

// onSite reports whether a record gives days on site.
func onSite(in *inspection.Inspection) bool { return !in.Start.IsZero() || !in.End.IsZero() }

// sameInspection reports whether two records of one authority are of one
// inspection (see [Register]).
func sameInspection(a, b *inspection.Inspection) bool {
	switch sa, sb := onSite(a), onSite(b); {
	case sa && sb:
		a1, a2 := daysOnSite(a)
		b1, b2 := daysOnSite(b)
		return !a2.Before(b1) && !b2.Before(a1)
	case sa:
		return reportedIn(a, b)
	case sb:
		return reportedIn(b, a)
	}
	return a.Published == b.Published || mistyped(a, b)
}

// maxWait is the most days after its last day on site that a report is
// taken to be published (see [Register]). The longest wait in Ofsted's
// files is 225 days from the first day on site (an ILACS standard
// inspection of 2018-2025, "Local authority inspection outcomes as at 31
// March 2025"), and in the reports read 203 days from the last (Surrey's
// SIF inspection of 2014, published June 2015).
const maxWait = 240

// reportedIn reports whether the record b, which gives only a
// publication date, is of the inspection the record a gives days on site
// for: the same publication date, or a graded inspection of the same
// framework and kind published within maxWait days after a's last day.
func reportedIn(a, b *inspection.Inspection) bool {
	if a.Published == b.Published {
		return true
	}
	_, last := daysOnSite(a)
	wait := b.Published.DaysSince(last)
	return 0 <= wait && wait <= maxWait && agree(a.Framework, b.Framework) && agree(a.Kind, b.Kind) && isGraded(a) && isGraded(b)
}

// agree reports whether two values are equal, or either is not known.
func agree[T comparable](x, y T) bool {
	var zero T
	return x == zero || y == zero || x == y
}

// daysOnSite returns a record's first and last days on site; a record
// that gives only one was on site that day.
func daysOnSite(in *inspection.Inspection) (first, last inspection.Date) {
	first, last = in.Start, in.End
	if first.IsZero() {
		first = last
	}
	if last.IsZero() || last.Before(first) {
		last = first
	}
	return first, last
}

// mistyped reports whether two records published on different days,
// neither with days on site, are one graded inspection with a mistyped
// publication date (see [Register]).
func mistyped(a, b *inspection.Inspection) bool {
	days := a.Published.DaysSince(b.Published)
	return -183 <= days && days <= 183 && a.Framework == b.Framework && agree(a.Kind, b.Kind) &&
		isGraded(a) && isGraded(b) && sameJudgements(a, b)
}

func sameJudgements(a, b *inspection.Inspection) bool {
	if len(a.Judgements) != len(b.Judgements) {
		return false
	}
	for area, g := range a.Judgements {
		if h, ok := b.Judgements[area]; !ok || h != g {
			return false
		}
	}
	return true
}

// isGraded reports whether in is a graded inspection of the authority's
// services: a kind that gives grades, other than a review of the Local
// Safeguarding Children Board, with at least one valid grade. A record
// whose kind is not known counts if it has a valid grade.
func isGraded(in *inspection.Inspection) bool {
	k := in.Kind
	graded := false
	for _, g := range in.Judgements {
		graded = graded || g.IsValid()
	}
	return graded && (k == 0 || (k.Graded() && k != inspection.LSCBReview))
}

// History returns the inspections of a the register holds.
func (r *Register) History(a Authority) History {
	if !a.IsValid() {
		return History{}
	}
	return History{Authority: a, list: r.hist[a]}
}

// Inspections returns a copy of every inspection in the register: by
// authority, in the order of [All], then oldest first.
func (r *Register) Inspections() iter.Seq[inspection.Inspection] {
	return func(yield func(inspection.Inspection) bool) {
		for _, a := range sorted {
			for _, rec := range r.hist[a] {
				if !yield(rec.in.Clone()) {
					return
				}
			}
		}
	}
}
