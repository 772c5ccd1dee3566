package inspection

import (
	"cmp"
	"encoding/json"
	"iter"
	"maps"
	"slices"

	"github.com/childrens-services/judgements/grade"
)

// An Inspection is one inspection activity of a local authority's
// children's services and what it found: its framework and kind, dates,
// graded judgements, headline, findings, recommendations and report
// sections, and where the record came from. It is plain data; every field
// may be set directly.
//
// # JSON
//
// The JSON form is stable and documented here. Keys, in this order:
//
//	authority        object: name, and gss, dfe, urn when known
//	framework        framework id: "sif-2013", "ilacs-2023", ...
//	kind             kind: "standard", "short", "inspection", ...
//	theme            the theme of a focused or monitoring visit
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
//	sources          array of {file, sheet, row, areas}: where the record
//	                 came from
//	checks           array of {rule, severity, message, evidence}: the
//	                 findings of [CheckConsistency], written by encoding
//	                 and ignored by decoding, since they follow from the
//	                 judgements
//
// Empty values are left out. Decoding accepts what encoding writes, and a
// round trip through encoding/json gives back an equal Inspection.
type Inspection struct {
	Authority       LocalAuthority       `json:"authority"`
	Framework       Framework            `json:"framework,omitzero"`
	Kind            Kind                 `json:"kind,omitzero"`
	Theme           string               `json:"theme,omitempty"`    // a visit's theme, as Ofsted's statistics name it: "Front door", "Care leavers", ...
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
	Sources         []Source             `json:"sources,omitempty"` // where the record came from
}

// MarshalJSON implements [json.Marshaler]: the fields as tagged, then
// "checks", the findings of [CheckConsistency] for the judgements.
func (in Inspection) MarshalJSON() ([]byte, error) {
	type fields Inspection // the same fields, without this method
	return json.Marshal(struct {
		fields
		Checks []Check `json:"checks,omitempty"`
	}{fields(in), CheckConsistency(&in)})
}

// LocalAuthority names the local authority an inspection is of, as the
// record gives it. Only the name is required; the codes are kept when
// known. (Package authority knows every authority, by any of these.)
type LocalAuthority struct {
	Name string `json:"name"`          // as the report or data file writes it
	GSS  string `json:"gss,omitempty"` // ONS GSS code, such as "E06000044"
	DfE  string `json:"dfe,omitempty"` // DfE three-digit code, such as "851"
	URN  string `json:"urn,omitempty"` // Ofsted unique reference number, such as "80539"
}

// A Source is where a record of an inspection came from: a row of a table
// of one of Ofsted's published spreadsheets, or a report read. A record
// made from several keeps them all.
type Source struct {
	File  string `json:"file"`            // the file's name: "LA_Inspection_Outcomes_as_at_31_March_2025.ods", or a report's
	Sheet string `json:"sheet,omitempty"` // for a spreadsheet, the sheet
	Row   int    `json:"row,omitzero"`    // for a spreadsheet, the row, from 1
	Areas []Area `json:"areas,omitempty"` // the judgements it gave, in Area order
}

// Overall returns the overall effectiveness grade and whether the
// inspection has one.
func (in *Inspection) Overall() (grade.Grade, bool) {
	g, ok := in.Judgements[OverallEffectiveness]
	return g, ok && g.IsValid()
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

// Clone returns a copy of in that shares nothing with it that can be
// changed: its judgements, lists and paragraphs are copies.
func (in *Inspection) Clone() Inspection {
	c := *in
	if in.Judgements != nil {
		c.Judgements = maps.Clone(in.Judgements)
	}
	c.Findings = slices.Clone(in.Findings)
	c.Recommendations = slices.Clone(in.Recommendations)
	c.Sections = slices.Clone(in.Sections)
	for i := range c.Sections {
		c.Sections[i].Paragraphs = slices.Clone(c.Sections[i].Paragraphs)
	}
	c.Sources = slices.Clone(in.Sources)
	for i := range c.Sources {
		c.Sources[i].Areas = slices.Clone(c.Sources[i].Areas)
	}
	return c
}

// Date returns the day that dates the inspection: its first day on site,
// or failing that its last, or failing that its publication. It is the
// one date of an inspection this module orders and measures by: Ofsted's
// tables date an inspection by its first day on site, and its older
// records, which give only publication, by that.
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
// of children in care: good"). A section with no Area and no Grade holds
// numbered paragraphs that no graded heading heads, under the heading
// printed above them (a SIF report's "Summary of key findings").
type Section struct {
	Area       Area        `json:"area,omitzero"`  // the judgement the section is about, if any
	Heading    string      `json:"heading"`        // the heading as printed, on one line
	Grade      grade.Grade `json:"grade,omitzero"` // the grade printed in the heading
	Paragraphs []Paragraph `json:"paragraphs,omitempty"`
}

// A Paragraph is one paragraph of a section: numbered in ILACS and SIF
// reports, numbering continuing across sections. An unnumbered paragraph
// of prose may hold several that follow one another, separated by a blank
// line ("\n\n") where the text shows one ends.
type Paragraph struct {
	Number int    `json:"number,omitzero"` // the printed number, or 0
	Text   string `json:"text"`            // the text, its lines joined with spaces
}
