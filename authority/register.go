package authority

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"reflect"
	"slices"
	"strconv"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A Register holds inspections of authorities, filed by authority, each
// inspection once. Build it with [Register.Add], [Register.Merge],
// [LoadODS] or [Register.UnmarshalJSON]; then read it with
// [Register.History], [Register.Picture], [Register.Cohort] and the rest.
//
// The zero Register is empty and ready to use. A Register must not be
// changed while it is being read; once built it may be read from many
// goroutines.
//
// # One inspection, one record
//
// Two records are of the same inspection when they name the same
// authority and the same publication date (or, when neither has a
// publication date, the same first day on site). Adding a record of an
// inspection the register holds merges the two: what one record leaves
// empty the other fills (the start date from one file, the inspection type
// from another). When they disagree on anything both state, such as a
// grade, the register keeps what it had and reports a *[Conflict]: a
// conflict is never resolved silently.
//
// Records whose publication dates differ but which otherwise agree (the
// same framework and kind, the same judgements, publication within six
// months, and no different first days on site) are taken to be one
// inspection with a mistyped date, and reported as a conflict on the
// publication date: Ofsted's 2023 history dates Nottingham's 2022 ILACS
// report 5 November 2022, its 2025 history and the report itself 5
// September 2022. Two graded inspections of one authority were never
// published so close together with the same grades.
type Register struct {
	hist    [numAuthorities + 1][]*inspection.Inspection // by authority, oldest first
	graded  [numAuthorities + 1][]gradedRef              // the graded ones, oldest first
	n       int
	sources []Source
}

// A gradedRef is a graded inspection in the form the national picture
// reads fast.
type gradedRef struct {
	in        *inspection.Inspection
	day       int32       // first (or else last) day on site as YYYYMMDD, or else the publication day, or 0
	published int32       // publication as YYYYMMDD, or 0
	overall   grade.Grade // canonical overall effectiveness, or 0
}

func dayNumber(d inspection.Date) int32 {
	if d.IsZero() {
		return 0
	}
	return int32(d.Year*10000 + int(d.Month)*100 + d.Day)
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

// ErrConflict is wrapped by every *[Conflict].
var ErrConflict = errors.New("conflicting records of one inspection")

// A Conflict is a disagreement between two records of one inspection.
type Conflict struct {
	Authority Authority       // the authority inspected
	Date      inspection.Date // the publication date (or first day on site) both records give
	Field     string          // what they disagree on, as a JSON path: "kind", "judgements.overall-effectiveness"
	Have      string          // the register's value
	Got       string          // the added record's value
}

// Error returns a message such as `authority: conflicting records of one
// inspection: Portsmouth, 2018-10-15: judgements.overall-effectiveness is
// "good" in the register, "requires-improvement" in the record added`.
func (c *Conflict) Error() string {
	return fmt.Sprintf("authority: %v: %s, %s: %s is %q in the register, %q in the record added",
		ErrConflict, c.Authority.Name(), c.Date, c.Field, c.Have, c.Got)
}

// Unwrap returns ErrConflict.
func (c *Conflict) Unwrap() error { return ErrConflict }

// An ErrorList is a list of problems, in the order met: conflicts,
// records that name no known authority, cells that cannot be read. The
// zero value is an empty list ready to use.
type ErrorList []error

// Error returns the first problem's message, with a count of the rest.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no problems"
	case 1:
		return l[0].Error()
	case 2:
		return l[0].Error() + " (and 1 more problem)"
	}
	return l[0].Error() + " (and " + strconv.Itoa(len(l)-1) + " more problems)"
}

// Unwrap returns the problems, so that errors.Is and errors.As look at
// each.
func (l ErrorList) Unwrap() []error { return l }

// Err returns the list as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Len returns the number of inspections in the register.
func (r *Register) Len() int { return r.n }

// Add files a record of an inspection under its authority, merging it
// with a record of the same inspection the register holds (see
// [Register]). The authority is found from in.Authority: by GSS code, URN
// or DfE number when given, otherwise by name as on the inspection's
// date; the record filed carries the register's name and codes for it
// ([Authority.Record]). Add keeps its own copy of the judgements; other
// slices are shared with in.
//
// Add returns an error, and files nothing, if the authority is not known
// (a *[LookupError]), if the codes and name given name different
// authorities, or if the authority did not exist when the inspection took
// place. When the record conflicts with the register's, Add keeps the
// register's and returns an [ErrorList] of *[Conflict].
func (r *Register) Add(in inspection.Inspection) error {
	a, err := resolve(in.Authority, in.Date())
	if err != nil {
		return err
	}
	return r.add(a, in)
}

// add files in under a, an authority already resolved.
func (r *Register) add(a Authority, in inspection.Inspection) error {
	if err := checkExisted(a, &in); err != nil {
		return err
	}
	in.Authority = a.Record()
	if len(in.Judgements) == 0 {
		in.Judgements = nil
	} else {
		in.Judgements = maps.Clone(in.Judgements)
	}
	return r.file(a, &in)
}

// resolve finds the authority a record names, checking that its codes
// and name agree.
func resolve(rec inspection.LocalAuthority, d inspection.Date) (Authority, error) {
	var byCode Authority
	for _, c := range []struct {
		code string
		find func(string) (Authority, bool)
	}{{rec.GSS, ByGSS}, {rec.URN, ByURN}, {rec.DfE, ByDfE}} {
		if c.code == "" {
			continue
		}
		a, ok := c.find(c.code)
		if !ok {
			return 0, &LookupError{Input: c.code, Nearest: nil, Err: ErrUnknown}
		}
		if byCode != 0 && a != byCode {
			return 0, fmt.Errorf("authority: the codes of %q name both %s and %s", rec.Name, byCode.Name(), a.Name())
		}
		byCode = a
	}
	if rec.Name == "" {
		if byCode == 0 {
			return 0, &LookupError{Input: "", Err: ErrUnknown}
		}
		return byCode, nil
	}
	cands, err := candidates(rec.Name)
	if err != nil {
		if byCode != 0 {
			return 0, fmt.Errorf("authority: code %s is %s, but the name does not name it: %w", cmpOr(rec.GSS, rec.URN, rec.DfE), byCode.Name(), err)
		}
		return 0, err
	}
	if byCode != 0 {
		if !slices.Contains(cands, byCode) {
			return 0, fmt.Errorf("authority: code %s is %s, not %q", cmpOr(rec.GSS, rec.URN, rec.DfE), byCode.Name(), rec.Name)
		}
		return byCode, nil
	}
	if d.IsZero() {
		return Lookup(rec.Name)
	}
	a, err := LookupAt(rec.Name, d)
	if errors.Is(err, ErrNotExisting) {
		return a, nil // reported by checkExisted, with the dates
	}
	return a, err
}

func cmpOr(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// checkExisted reports an inspection dated when its authority did not
// exist. An inspection with days on site must fall within the authority's
// life; one with only a publication date must be published after the
// authority began.
func checkExisted(a Authority, in *inspection.Inspection) error {
	onSite := in.Start
	if onSite.IsZero() {
		onSite = in.End
	}
	switch {
	case !onSite.IsZero() && !a.ExistsOn(onSite):
		return &LookupError{Input: a.Name(), At: onSite, Found: a, Err: ErrNotExisting}
	case onSite.IsZero() && !in.Published.IsZero() && in.Published.Before(a.From()):
		return &LookupError{Input: a.Name(), At: in.Published, Found: a, Err: ErrNotExisting}
	}
	return nil
}

// key returns the day that identifies an inspection of an authority: its
// publication, or its first day on site.
func key(in *inspection.Inspection) inspection.Date {
	if !in.Published.IsZero() {
		return in.Published
	}
	return in.Start
}

// maxPerAuthority bounds the inspections of one authority a register
// holds: far more than a real history (a few dozen), few enough that
// filing stays quick on hostile input.
const maxPerAuthority = 1000

// file merges or inserts in, already resolved to a.
func (r *Register) file(a Authority, in *inspection.Inspection) error {
	list := r.hist[a]
	k := key(in)
	for i, old := range list {
		if !k.IsZero() && key(old) == k {
			merged, conflicts := merge(a, old, in)
			if len(conflicts) > 0 {
				return conflicts
			}
			if merged != old {
				list[i] = merged
				r.reindex(a)
			}
			return nil
		}
	}
	if len(list) >= maxPerAuthority {
		return fmt.Errorf("authority: %w: more than %d inspections of %s", ErrLimit, maxPerAuthority, a.Name())
	}
	for _, old := range list {
		if sameInspection(old, in) {
			return ErrorList{&Conflict{Authority: a, Date: key(old), Field: "published", Have: old.Published.String(), Got: in.Published.String()}}
		}
	}
	i, _ := slices.BinarySearchFunc(list, in, func(x, y *inspection.Inspection) int {
		if c := inspection.Compare(x, y); c != 0 {
			return c
		}
		return -1 // after equals: keep the order of adding
	})
	r.hist[a] = slices.Insert(list, i, in)
	r.n++
	r.reindex(a)
	return nil
}

// compact moves the graded indexes of every authority into one array, in
// the order of [All], so that a national picture reads memory in order.
// Later additions reallocate an authority's index as usual.
func (r *Register) compact() {
	n := 0
	for _, refs := range r.graded {
		n += len(refs)
	}
	flat := make([]gradedRef, 0, n)
	for _, a := range sorted {
		i := len(flat)
		flat = append(flat, r.graded[a]...)
		r.graded[a] = flat[i:len(flat):len(flat)]
	}
}

// sameInspection reports whether two records with different keys are one
// graded inspection with a mistyped publication date (see [Register]).
func sameInspection(old, in *inspection.Inspection) bool {
	if old.Published.IsZero() || in.Published.IsZero() || !isGraded(old) || !isGraded(in) ||
		old.Framework != in.Framework || (old.Kind != 0 && in.Kind != 0 && old.Kind != in.Kind) ||
		(!old.Start.IsZero() && !in.Start.IsZero() && old.Start != in.Start) ||
		!maps.Equal(old.Judgements, in.Judgements) {
		return false
	}
	days := old.Published.DaysSince(in.Published)
	return -183 <= days && days <= 183
}

// reindex rebuilds the graded index of a's history.
func (r *Register) reindex(a Authority) {
	refs := r.graded[a][:0]
	for _, in := range r.hist[a] {
		if !isGraded(in) {
			continue
		}
		oe, _ := in.Overall()
		began := in.Start
		if began.IsZero() {
			began = in.End
		}
		if began.IsZero() {
			began = in.Published // a census's stand-in for the start
		}
		refs = append(refs, gradedRef{in: in, day: dayNumber(began), published: dayNumber(in.Published), overall: oe.Canonical()})
	}
	r.graded[a] = refs
}

// merge returns a record joining old and in, two records of one
// inspection, or the fields on which they conflict. It returns old itself
// if in adds nothing to it.
func merge(a Authority, old, in *inspection.Inspection) (*inspection.Inspection, ErrorList) {
	m := *old
	var conflicts ErrorList
	conflict := func(field string, have, got any) {
		conflicts = append(conflicts, &Conflict{Authority: a, Date: key(old), Field: field, Have: fmt.Sprint(have), Got: fmt.Sprint(got)})
	}
	if old.Framework != 0 && in.Framework != 0 && old.Framework != in.Framework {
		conflict("framework", old.Framework, in.Framework)
	} else if m.Framework == 0 {
		m.Framework = in.Framework
	}
	if old.Kind != 0 && in.Kind != 0 && old.Kind != in.Kind {
		conflict("kind", old.Kind, in.Kind)
	} else if m.Kind == 0 {
		m.Kind = in.Kind
	}
	for _, f := range []struct {
		name    string
		dst     *inspection.Date
		old, in inspection.Date
	}{{"start", &m.Start, old.Start, in.Start}, {"end", &m.End, old.End, in.End}, {"published", &m.Published, old.Published, in.Published}} {
		switch {
		case !f.old.IsZero() && !f.in.IsZero() && f.old != f.in:
			conflict(f.name, f.old, f.in)
		case f.old.IsZero():
			*f.dst = f.in
		}
	}
	for _, f := range []struct {
		name    string
		dst     *string
		old, in string
	}{{"link", &m.Link, old.Link, in.Link}, {"leadInspector", &m.LeadInspector, old.LeadInspector, in.LeadInspector}, {"headline", &m.Headline, old.Headline, in.Headline}} {
		switch {
		case f.old != "" && f.in != "" && f.old != f.in:
			conflict(f.name, f.old, f.in)
		case f.old == "":
			*f.dst = f.in
		}
	}
	if len(in.Judgements) > 0 && !maps.Equal(in.Judgements, old.Judgements) {
		m.Judgements = maps.Clone(old.Judgements)
		if m.Judgements == nil {
			m.Judgements = map[inspection.Area]grade.Grade{}
		}
		for _, area := range slices.Sorted(maps.Keys(in.Judgements)) {
			g := in.Judgements[area]
			if h, ok := old.Judgements[area]; ok && h != g {
				conflict("judgements."+area.String(), h, g)
				continue
			}
			m.Judgements[area] = g
		}
	}
	mergeSlice(&m.Findings, old.Findings, in.Findings, "findings", conflict)
	mergeSlice(&m.Recommendations, old.Recommendations, in.Recommendations, "recommendations", conflict)
	mergeSlice(&m.Sections, old.Sections, in.Sections, "sections", conflict)
	if len(conflicts) > 0 {
		return nil, conflicts
	}
	if reflect.DeepEqual(&m, old) {
		return old, nil
	}
	return &m, nil
}

// mergeSlice fills an empty slice field from the added record, and
// reports a conflict when both records have different contents.
func mergeSlice[T any](dst *[]T, old, in []T, name string, conflict func(string, any, any)) {
	switch {
	case len(in) == 0:
	case len(old) == 0:
		*dst = in
	case !reflect.DeepEqual(old, in):
		conflict(name, strconv.Itoa(len(old))+" items", strconv.Itoa(len(in))+" different items")
	}
}

// Merge adds every inspection of s to r, as [Register.Add] does, and
// returns the conflicts as an [ErrorList]. The sources of s are added to
// r's.
func (r *Register) Merge(s *Register) error {
	var errs ErrorList
	for in := range s.Inspections() {
		if err := r.Add(*in); err != nil {
			errs = appendErr(errs, err)
		}
	}
	r.sources = append(r.sources, s.sources...)
	return errs.Err()
}

// appendErr appends err to l, flattening an ErrorList.
func appendErr(l ErrorList, err error) ErrorList {
	if el, ok := err.(ErrorList); ok {
		return append(l, el...)
	}
	return append(l, err)
}

// History returns the inspections of a the register holds.
func (r *Register) History(a Authority) History {
	if !a.IsValid() {
		return History{}
	}
	return History{Authority: a, list: r.hist[a], graded: r.graded[a]}
}

// Histories returns the history of every authority with at least one
// inspection in the register, in the order of [All].
func (r *Register) Histories() iter.Seq[History] {
	return func(yield func(History) bool) {
		for _, a := range sorted {
			if len(r.hist[a]) > 0 && !yield(r.History(a)) {
				return
			}
		}
	}
}

// Inspections returns every inspection in the register: by authority, in
// the order of [All], then oldest first. The records are the register's
// own: read them, do not change them.
func (r *Register) Inspections() iter.Seq[*inspection.Inspection] {
	return func(yield func(*inspection.Inspection) bool) {
		for _, a := range sorted {
			for _, in := range r.hist[a] {
				if !yield(in) {
					return
				}
			}
		}
	}
}
