package inspection

import (
	"cmp"
	"iter"

	"github.com/childrens-services/judgements/grade"
)

// An Inspection is one inspection activity of a local authority's
// children's services and what it found: its framework and kind, dates,
// graded judgements, headline, findings, recommendations and report
// sections. It is plain data; every field may be set directly.
//
// # JSON
//
// The JSON form is stable and documented here. Keys, in this order:
//
//	authority        object: name, and gss, dfe, urn when known
//	framework        framework id: "sif-2013", "ilacs-2023", ...
//	kind             kind: "standard", "short", "inspection", ...
//	start, end       first and last day on site, YYYY-MM-DD
//	published        the report's publication date, YYYY-MM-DD
//	link             the report's web address, when known
//	leadInspector    the lead inspector's name
//	judgements       object: area key → grade token, such as
//	                 {"overall-effectiveness": "good"}; "" is a judgement
//	                 printed as "not judged"
//	headline         the report's headline sentence
//	findings         array of {kind, text}
//	recommendations  array of {text, reference, priority, area, number}
//	sections         array of {area, heading, grade, paragraphs}
//	checks           array of {rule, severity, message, evidence}
//
// Empty values are left out. Decoding accepts what encoding writes, and a
// round trip through encoding/json gives back an equal Inspection.
type Inspection struct {
	Authority       Authority            `json:"authority"`
	Framework       Framework            `json:"framework,omitzero"`
	Kind            Kind                 `json:"kind,omitzero"`
	Start           Date                 `json:"start,omitzero"`     // first day on site
	End             Date                 `json:"end,omitzero"`       // last day on site
	Published       Date                 `json:"published,omitzero"` // publication of the report
	Link            string               `json:"link,omitempty"`     // web address of the report
	LeadInspector   string               `json:"leadInspector,omitempty"`
	Judgements      map[Area]grade.Grade `json:"judgements,omitempty"`
	Headline        string               `json:"headline,omitempty"`
	Findings        []Finding            `json:"findings,omitempty"`
	Recommendations []Recommendation     `json:"recommendations,omitempty"`
	Sections        []Section            `json:"sections,omitempty"`
	Checks          []Check              `json:"checks,omitempty"` // consistency findings; see [CheckConsistency]
}

// Authority identifies the local authority an inspection is of. Only the
// name is required; the codes are kept when known. (Package authority
// holds the full register of authorities.)
type Authority struct {
	Name string `json:"name"`          // as the report or data file writes it
	GSS  string `json:"gss,omitempty"` // ONS GSS code, such as "E06000044"
	DfE  string `json:"dfe,omitempty"` // DfE three-digit code, such as "851"
	URN  string `json:"urn,omitempty"` // Ofsted unique reference number, such as "80539"
}

// Grade returns the grade judged for a, or the zero Grade if a was not
// judged.
func (in *Inspection) Grade(a Area) grade.Grade { return in.Judgements[a] }

// Overall returns the overall effectiveness grade and whether the
// inspection has one.
func (in *Inspection) Overall() (grade.Grade, bool) {
	g, ok := in.Judgements[OverallEffectiveness]
	return g, ok && g.IsValid()
}

// Graded reports whether the inspection carries at least one valid grade.
func (in *Inspection) Graded() bool {
	for _, g := range in.Judgements {
		if g.IsValid() {
			return true
		}
	}
	return false
}

// SetGrade records g for a, making the Judgements map if need be.
func (in *Inspection) SetGrade(a Area, g grade.Grade) {
	if in.Judgements == nil {
		in.Judgements = make(map[Area]grade.Grade)
	}
	in.Judgements[a] = g
}

// Ordered returns the judgements in the official order of the
// inspection's framework, followed by any areas the framework does not
// judge, in Area order. It yields zero grades too: a judgement printed as
// "not judged".
func (in *Inspection) Ordered() iter.Seq2[Area, grade.Grade] {
	return func(yield func(Area, grade.Grade) bool) {
		seen := map[Area]bool{}
		for _, s := range in.Framework.Areas() {
			if g, ok := in.Judgements[s.Area]; ok {
				seen[s.Area] = true
				if !yield(s.Area, g) {
					return
				}
			}
		}
		for a := Area(0); a < numAreas+1; a++ {
			if g, ok := in.Judgements[a]; ok && !seen[a] {
				if !yield(a, g) {
					return
				}
			}
		}
	}
}

// Date returns the day that dates the inspection: its start, or failing
// that its end, or failing that its publication.
func (in *Inspection) Date() Date {
	switch {
	case !in.Start.IsZero():
		return in.Start
	case !in.End.IsZero():
		return in.End
	}
	return in.Published
}

// Compare orders inspections by [Inspection.Date], then by publication,
// then by framework and kind: negative if a comes first. Use it to sort a
// history oldest first:
//
//	slices.SortFunc(list, inspection.Compare)
func Compare(a, b *Inspection) int {
	return cmp.Or(
		a.Date().Compare(b.Date()),
		a.Published.Compare(b.Published),
		cmp.Compare(a.Framework, b.Framework),
		cmp.Compare(a.Kind, b.Kind),
	)
}

// A Finding is one point of an ungraded letter, such as the 2009
// unannounced visits: a strength, an area for development, or an area for
// priority action.
type Finding struct {
	Kind FindingKind `json:"kind"`
	Text string      `json:"text"`
}

// A Recommendation is one point of what a report says needs to improve:
// "What needs to improve?" in ILACS reports, "What does the local
// authority need to improve?" in SIF reports.
type Recommendation struct {
	Text      string    `json:"text"`               // the point, without its reference
	Reference Reference `json:"reference,omitzero"` // the national framework reference printed after it, from 2025
	Priority  bool      `json:"priority,omitempty"` // SIF: under "Priority and immediate action"
	Area      Area      `json:"area,omitzero"`      // the judgement it is listed under, when the report groups them (the SIF's LSCB)
	Number    int       `json:"number,omitzero"`    // the paragraph number printed before it, if any
}

// A Section is a part of a report's body under one heading: for a
// judgement, the heading carries the grade ("The experiences and progress
// of children in care: good").
type Section struct {
	Area       Area        `json:"area,omitzero"`  // the judgement the section is about, if any
	Heading    string      `json:"heading"`        // the heading as printed, on one line
	Grade      grade.Grade `json:"grade,omitzero"` // the grade printed in the heading
	Paragraphs []Paragraph `json:"paragraphs,omitempty"`
}

// A Paragraph is one paragraph of a section: numbered in ILACS and SIF
// reports, numbering continuing across sections.
type Paragraph struct {
	Number int    `json:"number,omitzero"` // the printed number, or 0
	Text   string `json:"text"`            // the text, its lines joined with spaces
}
