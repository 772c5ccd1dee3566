package main

import (
	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A page is the profile of one authority, as the program prints it: as
// text, or, with -json, as this JSON object:
//
//	authority     object: name, gss, dfe, urn (when known), region (the
//	              ONS's), ofstedRegion, from and to (for an authority
//	              created or abolished since April 2009), earlierCodes,
//	              predecessors, successors (names)
//	at            the day of the standing, YYYY-MM-DD
//	census        the rule that chose each authority's latest inspection, in words
//	history       array of inspections and visits, oldest first, each in the
//	              form inspection.Inspection documents (with its checks)
//	visitChecks   array of {date, kind, theme, rule, severity, message,
//	              evidence}: the visits that break the regularity of
//	              monitoring and focused visits (History.CheckVisits)
//	trajectories  array of {line, summary, points: [{date, area, grade}]}:
//	              overall effectiveness and each area, across frameworks
//	neighbours    object: model (the year of the DfE's model), list: array of
//	              {name, gss, band, latest, note}, nearest first, latest being
//	              the neighbour's latest graded inspection counted, or absent
//	              with a note saying why ("not inspected", "abolished after
//	              2023-03-31")
//	standing      array of {line, grade, neighbours, region, england}: the
//	              authority's grade in a line of areas (absent if not
//	              judged), and each group's {outstanding, good,
//	              requiresImprovement, inadequate, notJudged, goodOrBetter,
//	              judged, better, same, worse}: the others' grades (adequate
//	              counted as requires improvement), how many were good or
//	              better of how many judged, and how many were judged
//	              better than, the same as and worse than the authority
//	next          object: the forecast of the authority's next graded
//	              inspection as known on the day (package forecast):
//	              kind, earliest, likely, latest (YYYY-MM-DD), overdue,
//	              basis (why, in words); absent for an authority that did
//	              not exist on the day
//	notes         array of sentences: what the standing could not give,
//	              such as an authority that did not exist on the day
//
// Empty values are left out.
type page struct {
	Authority    who                     `json:"authority"`
	At           inspection.Date         `json:"at"`
	Census       string                  `json:"census,omitempty"`
	History      []inspection.Inspection `json:"history"`
	VisitChecks  []visitCheck            `json:"visitChecks,omitempty"`
	Trajectories []trajectory            `json:"trajectories,omitempty"`
	Neighbours   neighbours              `json:"neighbours"`
	Standing     []lineStanding          `json:"standing,omitempty"`
	Next         *next                   `json:"next,omitempty"`
	Notes        []string                `json:"notes,omitempty"`
}

// next is the forecast of the authority's next graded inspection.
type next struct {
	Kind     inspection.Kind `json:"kind"`
	Earliest inspection.Date `json:"earliest"`
	Likely   inspection.Date `json:"likely"`
	Latest   inspection.Date `json:"latest"`
	Overdue  bool            `json:"overdue,omitempty"`
	Basis    string          `json:"basis"`
}

// who is the authority: names, codes and region.
type who struct {
	Name         string          `json:"name"`
	GSS          string          `json:"gss"`
	DfE          string          `json:"dfe"`
	URN          string          `json:"urn,omitempty"`
	Region       string          `json:"region"`
	OfstedRegion string          `json:"ofstedRegion"`
	From         inspection.Date `json:"from,omitzero"`
	To           inspection.Date `json:"to,omitzero"`
	EarlierCodes []string        `json:"earlierCodes,omitempty"`
	Predecessors []string        `json:"predecessors,omitempty"`
	Successors   []string        `json:"successors,omitempty"`
}

// A visitCheck is a visit that breaks the regularity of visits.
type visitCheck struct {
	Date  inspection.Date `json:"date"`
	Kind  inspection.Kind `json:"kind"`
	Theme string          `json:"theme,omitempty"`
	inspection.Check
}

// A trajectory is one line of judgements over time.
type trajectory struct {
	Line    inspection.Area `json:"line"`
	Summary string          `json:"summary"`
	Points  []point         `json:"points"`
}

// A point is one judgement of a trajectory.
type point struct {
	Date  inspection.Date `json:"date"`
	Area  inspection.Area `json:"area"`
	Grade grade.Grade     `json:"grade"`
}

// neighbours are the authority's statistical neighbours.
type neighbours struct {
	Model int         `json:"model,omitempty"`
	List  []neighbour `json:"list"`
}

// A neighbour is one statistical neighbour, with its latest judgements.
type neighbour struct {
	Name   string                 `json:"name"`
	GSS    string                 `json:"gss"`
	Band   authority.Band         `json:"band"`
	Latest *inspection.Inspection `json:"latest,omitempty"`
	Note   string                 `json:"note,omitempty"` // why there is no latest
}

// A lineStanding is where the authority's grade in one line of areas
// stands among its neighbours, region and England.
type lineStanding struct {
	Line       inspection.Area `json:"line"`
	Grade      grade.Grade     `json:"grade,omitzero"`
	Neighbours rank            `json:"neighbours"`
	Region     rank            `json:"region"`
	England    rank            `json:"england"`
}

// A rank is a group's grades in a line, and where the authority's stands
// among them.
type rank struct {
	Outstanding         int `json:"outstanding"`
	Good                int `json:"good"`
	RequiresImprovement int `json:"requiresImprovement"`
	Inadequate          int `json:"inadequate"`
	NotJudged           int `json:"notJudged"`
	GoodOrBetter        int `json:"goodOrBetter"`
	Judged              int `json:"judged"`
	Better              int `json:"better"`
	Same                int `json:"same"`
	Worse               int `json:"worse"`

	text string // authority.Rank.String
}

// build makes the page of authority a from register r, standing as at day
// at.
func build(r *authority.Register, a authority.Authority, at inspection.Date) page {
	p := page{Authority: describe(a), At: at, History: []inspection.Inspection{}}
	day := at
	if to, ended := a.To(); ended && at.After(to) {
		day = to
		p.Notes = append(p.Notes, a.Name()+" was abolished after "+to.String()+": its standing is as on that day")
	}
	h, notes := known(r, a, at)
	p.Notes = append(p.Notes, notes...)
	for in := range h.All() {
		p.History = append(p.History, in)
	}
	for v, c := range h.CheckVisits() {
		p.VisitChecks = append(p.VisitChecks, visitCheck{Date: v.Date(), Kind: v.Kind, Theme: v.Theme, Check: c})
	}
	for _, t := range h.Trajectories() {
		tr := trajectory{Line: t.Line, Summary: t.Summary()}
		for _, pt := range t.Points {
			tr.Points = append(tr.Points, point{Date: pt.Inspection.Date(), Area: pt.Area, Grade: pt.Grade})
		}
		p.Trajectories = append(p.Trajectories, tr)
	}

	if f, ok := forecast.For(r, a, at); ok {
		p.Next = &next{Kind: f.Kind, Earliest: f.Earliest, Likely: f.Likely, Latest: f.Latest, Overdue: f.Overdue, Basis: f.Basis}
	}
	c := census(day)
	b, ok := r.Benchmark(a, c)
	if !ok {
		p.Notes = append(p.Notes, a.Name()+" did not exist on "+day.String()+": it has no standing")
		for _, n := range a.Neighbours(day) {
			p.Neighbours.List = append(p.Neighbours.List, neighbour{Name: n.Authority.Name(), GSS: n.Authority.GSS(), Band: n.Band})
		}
		return p
	}
	p.Census = c.String()
	p.Neighbours.Model = b.Model
	for _, n := range b.Neighbours {
		nb := neighbour{Name: n.Authority.Name(), GSS: n.Authority.GSS(), Band: n.Band}
		switch to, ended := n.Authority.To(); {
		case n.Standing.Inspected:
			nb.Latest = &n.Standing.Inspection
		case ended && day.After(to):
			nb.Note = "abolished after " + to.String()
		case !n.Authority.ExistsOn(day):
			nb.Note = "created on " + n.Authority.From().String()
		default:
			nb.Note = "not inspected"
		}
		p.Neighbours.List = append(p.Neighbours.List, nb)
	}
	for _, l := range b.Areas {
		p.Standing = append(p.Standing, lineStanding{Line: l.Line, Grade: l.Grade,
			Neighbours: rankOf(l.Neighbours), Region: rankOf(l.Region), England: rankOf(l.England)})
	}
	return p
}

// known returns a's history as it stood on day at: the inspections and
// visits that began by then; and a note for any record that could not be
// filed again (which a record of a register always can).
func known(r *authority.Register, a authority.Authority, at inspection.Date) (authority.History, []string) {
	var then authority.Register
	var notes []string
	for in := range r.History(a).All() {
		if in.Date().After(at) {
			continue
		}
		if err := then.Add(in); err != nil {
			notes = append(notes, "left out: "+err.Error())
		}
	}
	return then.History(a), notes
}

// census returns the census of day d: the rule of Ofsted's "as at 31
// March" table of that day, if the library knows one, and otherwise what
// was known on d.
func census(d inspection.Date) authority.Census {
	for _, rel := range authority.Releases() {
		if rel.Census.At == d {
			return rel.Census
		}
	}
	return authority.AsAt(d)
}

// describe returns who a is.
func describe(a authority.Authority) who {
	w := who{Name: a.Name(), GSS: a.GSS(), DfE: a.DfE(), URN: a.URN(), Region: a.Region().Label(), OfstedRegion: a.Region().Ofsted().Label(), From: a.From()}
	w.To, _ = a.To()
	for _, c := range a.Codes() {
		if c.GSS != a.GSS() {
			w.EarlierCodes = append(w.EarlierCodes, c.GSS)
		}
	}
	for _, b := range a.Predecessors() {
		w.Predecessors = append(w.Predecessors, b.Name())
	}
	for _, b := range a.Successors() {
		w.Successors = append(w.Successors, b.Name())
	}
	return w
}

// rankOf returns the page's form of a rank.
func rankOf(r authority.Rank) rank {
	d := r.Grades
	return rank{
		Outstanding: d.Outstanding, Good: d.Good, RequiresImprovement: d.RequiresImprovement, Inadequate: d.Inadequate,
		NotJudged: d.NotJudged, GoodOrBetter: d.GoodOrBetter(), Judged: d.Total(),
		Better: r.Better, Same: r.Same, Worse: r.Worse,
		text: r.String(),
	}
}
