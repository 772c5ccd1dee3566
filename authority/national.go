package authority

import (
	"iter"
	"slices"
	"time"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A Census is the rule that says which inspections a national picture
// counts: each authority's latest graded inspection dated on or before At
// ([inspection.Inspection.Date]: its first day on site) whose report was
// published on or before PublishedBy.
//
// Ofsted's "as at 31 March" tables follow this rule with a later
// publication cut-off, so that inspections of February and March whose
// reports came out in the spring are counted: see [Releases]. [AsAt] gives
// what was known on a day (PublishedBy the same day).
//
// Where a record has no days on site (Ofsted's 2009-2023 history gives
// only publication dates), its date is its publication: it counts if
// published on or before At. Where it has no publication date, only its
// date is checked. The zero Census counts nothing.
type Census struct {
	At          inspection.Date // the day the picture is as at
	PublishedBy inspection.Date // the last day of publication counted; zero means At
	Late        []Late          // reports published after PublishedBy that are counted all the same
}

// A Late names a report published after a census's cut-off that the
// census counts all the same, with the reason. The census counts it
// whatever the record's start date, which Ofsted's older files do not
// give.
type Late struct {
	Authority Authority       // the authority inspected
	Published inspection.Date // the report's publication date
	Reason    string          // why it is counted
}

// AsAt returns the census of what was known on day d: inspections started
// and published on or before d.
func AsAt(d inspection.Date) Census { return Census{At: d} }

// String returns the rule in words, such as "as at 2025-03-31, with
// reports published by 2025-06-30"; "no census" for the zero Census.
func (c Census) String() string {
	if c.At.IsZero() {
		return "no census"
	}
	s := "as at " + c.At.String()
	if !c.PublishedBy.IsZero() && c.PublishedBy != c.At {
		s += ", with reports published by " + c.PublishedBy.String()
	}
	for _, l := range c.Late {
		s += ", and " + l.Authority.Name() + "'s report published " + l.Published.String()
	}
	return s
}

// counts reports whether the census counts the graded inspection in of
// authority a: started (or, without days on site, published) by the
// census day and published by the cut-off, or named late.
func (c Census) counts(a Authority, in *inspection.Inspection) bool {
	by := c.PublishedBy
	if by.IsZero() {
		by = c.At
	}
	if !in.Date().After(c.At) && !in.Published.After(by) {
		return true
	}
	return slices.ContainsFunc(c.Late, func(l Late) bool { return l.Authority == a && l.Published == in.Published })
}

// A Release is one of Ofsted's official statistics releases on the
// inspection of local authority children's services, with the census
// rule of its "as at 31 March" table.
type Release struct {
	Title     string          // the release's title
	Published inspection.Date // the day Ofsted published it
	Census    Census          // the rule of its table of latest judgements
	Source    string          // where the rule is stated
}

// Releases returns Ofsted's releases whose census rule the package
// knows, oldest first. The rules are Ofsted's own words, from each file's
// Cover sheet ("Period covered"), and its Notes for exceptions:
//
//   - Children's social care data in England 2023 (6 July 2023): "As at
//     31 March 2023, published by 30 April 2023", and "South Tyneside LA
//     was inspected within the 2022 to 2023 year, but the report was not
//     published by our usual deadline for inclusion in official
//     statistics. It is included in this report to enable comparison ..."
//     (Notes, note 4). Its report was published on 10 May 2023.
//   - Local authority inspection outcomes as at 31 March 2025 (25
//     September 2025): "Inspections as at 31 March 2025, with a report
//     published by 30 June 2025".
//
// With these rules a register loaded from Ofsted's files gives the
// published counts exactly: 25 outstanding, 65 good, 48 requires
// improvement, 14 inadequate of 152 authorities at 31 March 2023; 36, 67,
// 31, 19 of 153 at 31 March 2025.
func Releases() []Release {
	return []Release{{
		Title:     "Children's social care data in England 2023",
		Published: day(2023, time.July, 6),
		Census: Census{
			At:          day(2023, time.March, 31),
			PublishedBy: day(2023, time.April, 30),
			Late: []Late{{
				Authority: MustLookup("E08000023"),
				Published: day(2023, time.May, 10),
				Reason:    "inspected in 2022-23 but published after the deadline; included \"to enable comparison between inspection outcomes after every LA had received a full inspection under the SIF and after every LA had received a full inspection under the ILACS framework\" (Notes, note 4)",
			}},
		},
		Source: "Childrens_social_care_in_England_2023_underlying_data.ods, sheets Cover and Notes; https://www.gov.uk/government/collections/childrens-social-care-statistics",
	}, {
		Title:     "Local authority inspection outcomes as at 31 March 2025",
		Published: day(2025, time.September, 25),
		Census: Census{
			At:          day(2025, time.March, 31),
			PublishedBy: day(2025, time.June, 30),
		},
		Source: "LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet Cover; https://www.gov.uk/government/collections/childrens-social-care-statistics",
	}}
}

// A Standing is an authority's place in a national picture: its latest
// graded inspection that the census counts, or none.
type Standing struct {
	Authority  Authority             // the authority
	Inspected  bool                  // whether the census counts an inspection of it
	Inspection inspection.Inspection // a copy of its latest graded inspection counted; the zero Inspection if none
}

// A Picture is the national picture on a day: every authority that
// existed then, with its latest graded inspection, and the counts of
// grades that follow. Get one from [Register.Picture], and a region's
// from [Picture.In].
//
// Counts are [grade.Distribution] values with adequate counted as
// requires improvement ([grade.Distribution.Canonical]), as Ofsted's
// statistics count it. An authority not yet inspected is in no
// distribution (see [Picture.NotInspected]); one whose latest inspection
// makes no judgement in an area counts as not judged in that area's
// distribution. Since April 2026 ILACS inspections make no overall
// effectiveness judgement: an authority so inspected counts as not judged
// for overall effectiveness and keeps its grades in the other areas; no
// overall grade is carried over or made up.
//
// A Picture is a snapshot: it keeps what the register held when it was
// taken.
type Picture struct {
	Census Census // the rule that chose the inspections

	members []Authority              // the authorities that existed on the census day, in the order of All
	latest  []*inspection.Inspection // each one's latest graded record counted, or nil; the register's, never changed
	caveat  string                   // see Picture.Caveat
}

// Picture returns the national picture under census c. Areas are counted
// by line (see [inspection.Area.Line]): Ofsted's tables likewise put the
// 2018-2022 judgement on children in care and care leavers under children
// in care.
func (r *Register) Picture(c Census) *Picture {
	p := &Picture{Census: c, members: make([]Authority, 0, numAuthorities), latest: make([]*inspection.Inspection, 0, numAuthorities), caveat: r.caveat(c)}
	for _, a := range sorted {
		if !a.ExistsOn(c.At) {
			continue
		}
		p.members = append(p.members, a)
		p.latest = append(p.latest, latest(r.hist[a], c, a))
	}
	return p
}

// Len returns the number of authorities in the picture.
func (p *Picture) Len() int { return len(p.members) }

// standing returns the k-th member's standing.
func (p *Picture) standing(k int) Standing {
	s := Standing{Authority: p.members[k]}
	if in := p.latest[k]; in != nil {
		s.Inspected, s.Inspection = true, in.Clone()
	}
	return s
}

// All returns the standing of every authority, in the order of [All].
func (p *Picture) All() iter.Seq[Standing] {
	return func(yield func(Standing) bool) {
		for k := range p.members {
			if !yield(p.standing(k)) {
				return
			}
		}
	}
}

// Standing returns a's standing, and false if a is not in the picture (it
// did not exist on the census day, or is not in the region).
func (p *Picture) Standing(a Authority) (Standing, bool) {
	k := slices.Index(p.members, a)
	if k < 0 {
		return Standing{}, false
	}
	return p.standing(k), true
}

// In returns the picture of the authorities in region r: one of the
// ONS's nine regions or one of Ofsted's eight (see [Region]). Its counts
// are the region's.
func (p *Picture) In(r Region) *Picture {
	q := &Picture{Census: p.Census, members: make([]Authority, 0, 40), latest: make([]*inspection.Inspection, 0, 40), caveat: p.caveat}
	for k, a := range p.members {
		if reg := a.Region(); r.IsValid() && (reg == r || reg.Ofsted() == r) {
			q.members = append(q.members, a)
			q.latest = append(q.latest, p.latest[k])
		}
	}
	return q
}

// Caveat returns, in a sentence, what the picture cannot count because
// its census reaches past the official statistics the register holds
// (see [Coverage]); or "" if they cover it, or if the register knows no
// release and holds no reports. For a day after 31 March 2025, with
// Ofsted's statistics as at that day and 42 reports read since: "Ofsted's
// official statistics cover inspections to 2025-03-31 with reports
// published by 2025-06-30; after that only the 42 reports read since are
// counted, the latest published 2026-08-18", and, for a day after that,
// "; nothing published after 2026-08-18 is known".
func (p *Picture) Caveat() string { return p.caveat }

// NotInspected returns the authorities with no graded inspection counted.
func (p *Picture) NotInspected() []Authority {
	var out []Authority
	for k, a := range p.members {
		if p.latest[k] == nil {
			out = append(out, a)
		}
	}
	return out
}

// Area returns the counts of grades in area a's line (see
// [inspection.Area.Line]): Area(inspection.OverallEffectiveness) counts
// overall effectiveness; Area(inspection.ChildrenInCare) counts children
// in care and, for inspections before 2023, children in care and care
// leavers.
func (p *Picture) Area(a inspection.Area) grade.Distribution {
	line := a.Line()
	var d grade.Distribution
	for _, in := range p.latest {
		if in == nil {
			continue
		}
		if _, g, ok := gradeIn(in, line); ok {
			d.Add(g.Canonical())
		} else {
			d.NotJudged++
		}
	}
	return d
}

// Areas returns the lines of areas that at least one authority's latest
// inspection judges: overall effectiveness first, then impact of leaders,
// help and protection, children in care and care leavers, then the areas
// of older frameworks.
func (p *Picture) Areas() []inspection.Area {
	var out []inspection.Area
	for _, line := range lines() {
		if slices.ContainsFunc(p.latest, func(in *inspection.Inspection) bool {
			if in == nil {
				return false
			}
			_, _, ok := gradeIn(in, line)
			return ok
		}) {
			out = append(out, line)
		}
	}
	return out
}

// A Movement is how an authority's overall effectiveness changed between
// two censuses.
type Movement struct {
	Authority Authority // the authority
	From, To  Standing  // its standing in each census; not Inspected if none, or if it did not exist
	Direction Direction // which way the overall grade moved
	Grades    int       // by how many grades

	// Comparable reports whether both inspections have an overall
	// effectiveness judgement. When not (an authority created or first
	// inspected in between, a SLAC inspection, an ILACS inspection from
	// April 2026), Direction and Grades are zero.
	Comparable bool
}

// Reinspected reports whether the authority was inspected again between
// the two censuses.
func (m Movement) Reinspected() bool {
	return m.To.Inspected && (!m.From.Inspected || inspection.Compare(&m.From.Inspection, &m.To.Inspection) != 0)
}

// Change returns how each authority's overall effectiveness changed from
// census from to census to: every authority that existed on either day,
// in the order of [All]. Filter it by Direction and Comparable: the
// authorities that improved are those with Comparable true and Direction
// [Improved].
func (r *Register) Change(from, to Census) []Movement {
	p, q := r.Picture(from), r.Picture(to)
	var out []Movement
	for _, a := range sorted {
		s, inP := p.Standing(a)
		t, inQ := q.Standing(a)
		if !inP && !inQ {
			continue
		}
		s.Authority, t.Authority = a, a
		m := Movement{Authority: a, From: s, To: t}
		f, okf := s.Inspection.Overall()
		g, okg := t.Inspection.Overall()
		if okf && okg {
			m.Comparable = true
			if n := f.Steps(g); n > 0 {
				m.Direction, m.Grades = Improved, n
			} else if n < 0 {
				m.Direction, m.Grades = Declined, -n
			}
		}
		out = append(out, m)
	}
	return out
}
