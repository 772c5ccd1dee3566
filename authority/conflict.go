package authority

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A Conflict is a disagreement between two records of one inspection that
// a [Register] merged: a field both give, with different values. The
// register keeps the value it had (Kept) and files the rest of the other
// record. [Register.Conflicts] lists them.
type Conflict struct {
	Authority Authority       // the authority inspected
	Date      inspection.Date // the inspection's date ([inspection.Inspection.Date]) as the register now has it
	Field     string          // what the records disagree on, as a JSON path: "kind", "judgements.overall-effectiveness"
	Kept      string          // the register's value, which it keeps
	Other     string          // the value of the record merged with it

	KeptFrom  []inspection.Source // where the register's record came from, when the records were merged
	OtherFrom []inspection.Source // where the other record came from
}

// String returns a sentence such as `Portsmouth, 2018-09-03:
// judgements.overall-effectiveness is "good" (kept), "requires-improvement"
// in another record`, followed by the files of each side where known:
// `(kept from a.ods; other from b.ods)`. The zero Conflict is "no
// conflict".
func (c Conflict) String() string {
	if c.Field == "" {
		return "no conflict"
	}
	var b strings.Builder
	b.WriteString(c.Authority.String())
	b.WriteString(", ")
	b.WriteString(c.Date.String())
	b.WriteString(": ")
	b.WriteString(c.Field)
	b.WriteString(" is " + strconv.Quote(c.Kept) + " (kept), " + strconv.Quote(c.Other) + " in another record")
	kept, other := files(c.KeptFrom), files(c.OtherFrom)
	if kept != "" || other != "" {
		b.WriteString(" (kept from " + or(kept, "a record of unknown source") + "; other from " + or(other, "a record of unknown source") + ")")
	}
	return b.String()
}

// files names the files of a list of sources, each once.
func files(srcs []inspection.Source) string {
	var names []string
	for _, s := range srcs {
		if !slices.Contains(names, s.File) {
			names = append(names, s.File)
		}
	}
	return strings.Join(names, ", ")
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// A conflict is a Conflict as a record keeps it: its authority and date
// are the record's.
type conflict struct {
	field, kept, other  string
	keptFrom, otherFrom []inspection.Source
}

// Conflicts returns the disagreements between the records the register
// merged: by authority, in the order of [All], then by the inspection's
// date, then in the order met.
func (r *Register) Conflicts() []Conflict {
	var out []Conflict
	for _, a := range sorted {
		for _, rec := range r.hist[a] {
			for _, c := range rec.conflicts {
				out = append(out, Conflict{
					Authority: a, Date: rec.in.Date(), Field: c.field, Kept: c.kept, Other: c.other,
					KeptFrom: cloneSources(c.keptFrom), OtherFrom: cloneSources(c.otherFrom),
				})
			}
		}
	}
	return out
}

func cloneSources(srcs []inspection.Source) []inspection.Source {
	out := slices.Clone(srcs)
	for i := range out {
		out[i].Areas = slices.Clone(out[i].Areas)
	}
	return out
}

// mergeRecords returns the record of one inspection made from the
// register's records group, oldest first, and the record in being filed.
// The first record's values are kept, then the next's, and in's last.
func mergeRecords(group []*record, in inspection.Inspection) *record {
	slices.SortStableFunc(group, func(x, y *record) int { return inspection.Compare(&x.in, &y.in) })
	m := &record{in: group[0].in.Clone(), conflicts: slices.Clone(group[0].conflicts)}
	for _, g := range group[1:] {
		m.merge(&g.in)
		m.conflicts = append(m.conflicts, g.conflicts...)
	}
	m.merge(&in)
	return m
}

// merge fills what m's record leaves empty from in, notes where they
// differ, and adds in's sources to m's.
func (m *record) merge(in *inspection.Inspection) {
	keptFrom := m.in.Sources
	note := func(field string, kept, other any) {
		m.conflicts = append(m.conflicts, conflict{field: field, kept: text(kept), other: text(other), keptFrom: keptFrom, otherFrom: in.Sources})
	}
	mergeValue(&m.in.Framework, in.Framework, "framework", note)
	mergeValue(&m.in.Kind, in.Kind, "kind", note)
	mergeValue(&m.in.Theme, in.Theme, "theme", note)
	mergeValue(&m.in.Start, in.Start, "start", note)
	mergeValue(&m.in.End, in.End, "end", note)
	mergeValue(&m.in.Published, in.Published, "published", note)
	mergeValue(&m.in.Link, in.Link, "link", note)
	mergeValue(&m.in.LeadInspector, in.LeadInspector, "leadInspector", note)
	mergeValue(&m.in.Headline, in.Headline, "headline", note)
	for _, area := range slices.Sorted(maps.Keys(in.Judgements)) {
		g := in.Judgements[area]
		if h, ok := m.in.Judgements[area]; ok {
			if h != g {
				note("judgements."+area.String(), h, g)
			}
			continue
		}
		if m.in.Judgements == nil {
			m.in.Judgements = map[inspection.Area]grade.Grade{}
		}
		m.in.Judgements[area] = g
	}
	mergeList(&m.in.Findings, in.Findings, "findings", note)
	mergeList(&m.in.Recommendations, in.Recommendations, "recommendations", note)
	mergeList(&m.in.Sections, in.Sections, "sections", note)
	m.in.Sources = unionSources(m.in.Sources, in.Sources)
}

// mergeValue fills *dst from v if *dst is the zero value, and notes a
// conflict if both are set and differ.
func mergeValue[T comparable](dst *T, v T, field string, note func(string, any, any)) {
	var zero T
	switch {
	case v == zero || *dst == v:
	case *dst == zero:
		*dst = v
	default:
		note(field, *dst, v)
	}
}

// mergeList fills an empty list from in's, and notes a conflict if both
// have different contents.
func mergeList[T any](dst *[]T, v []T, field string, note func(string, any, any)) {
	switch {
	case len(v) == 0:
	case len(*dst) == 0:
		*dst = slices.Clone(v)
	case !reflect.DeepEqual(*dst, v):
		note(field, plural(len(*dst), "item"), plural(len(v), "item"))
	}
}

// text returns a value as a conflict shows it: a string as it is, and a
// grade, key or date in its text form.
func text(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return fmt.Sprint(v)
}

// unionSources adds to dst the sources of add it does not hold, keeping
// the order met.
func unionSources(dst, add []inspection.Source) []inspection.Source {
	for _, s := range add {
		if !slices.ContainsFunc(dst, func(d inspection.Source) bool { return sameSource(d, s) }) {
			s.Areas = slices.Clone(s.Areas)
			dst = append(dst, s)
		}
	}
	return dst
}

// compactSources removes the sources srcs repeats, in place, keeping the
// order met.
func compactSources(srcs []inspection.Source) []inspection.Source {
	out := srcs[:0]
	for _, s := range srcs {
		if !slices.ContainsFunc(out, func(d inspection.Source) bool { return sameSource(d, s) }) {
			out = append(out, s)
		}
	}
	return out
}

func sameSource(a, b inspection.Source) bool {
	return a.File == b.File && a.Sheet == b.Sheet && a.Row == b.Row && slices.Equal(a.Areas, b.Areas)
}
