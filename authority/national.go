package authority

import (
	"iter"
	"slices"
	"time"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A Census is the rule that says which inspections a national picture
// counts: each authority's latest graded inspection that started on or
// before At and whose report was published on or before PublishedBy.
//
// Ofsted's "as at 31 March" tables follow this rule with a later
// publication cut-off, so that inspections of February and March whose
// reports came out in the spring are counted: see [Releases]. [AsAt] gives
// what was known on a day (PublishedBy the same day).
//
// Where a record has no start date (Ofsted's 2009-2023 history gives only
// publication dates), its publication stands in for it: it counts if
// published on or before At. Where it has no publication date, only its
// start is checked.
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
// reports published by 2025-06-30".
func (c Census) String() string {
	s := "as at " + c.At.String()
	if !c.PublishedBy.IsZero() && c.PublishedBy != c.At {
		s += ", with reports published by " + c.PublishedBy.String()
	}
	for _, l := range c.Late {
		s += ", and " + l.Authority.Name() + "'s report published " + l.Published.String()
	}
	return s
}

func (c Census) bounds() (at, by int32) {
	at = dayNumber(c.At)
	by = at
	if !c.PublishedBy.IsZero() {
		by = dayNumber(c.PublishedBy)
	}
	return at, by
}

// counts reports whether the census counts the graded inspection g of a:
// started by the census day and published by the cut-off, or named late.
func (c Census) counts(a Authority, g *gradedRef, at, by int32) bool {
	if g.day != 0 && g.day <= at && g.published <= by {
		return true
	}
	return c.late(a, g)
}

// late reports whether g of a is one of the census's late reports.
func (c Census) late(a Authority, g *gradedRef) bool {
	for _, l := range c.Late {
		if l.Authority == a && dayNumber(l.Published) == g.published {
			return true
		}
	}
	return false
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
				Authority: byGSS["E08000023"],
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
	Authority  Authority              // the authority
	Inspection *inspection.Inspection // nil if not yet inspected
}

// Overall returns the standing's overall effectiveness, with adequate
// counted as requires improvement, and whether there is one.
func (s Standing) Overall() (grade.Grade, bool) {
	if s.Inspection == nil {
		return 0, false
	}
	g, ok := s.Inspection.Overall()
	return g.Canonical(), ok
}

// A Picture is the national picture on a day: every authority that
// existed then, with its latest graded inspection, and the counts of
// grades that follow. Get one from [Register.Picture].
//
// Counts are [grade.Distribution] values with adequate counted as
// requires improvement ([grade.Distribution.Canonical]), as Ofsted's
// statistics count it. An authority not yet inspected is in no
// distribution (see [Picture.NotInspected]); one whose latest inspection
// makes no judgement in an area counts as not judged in that area's
// distribution. Since April 2026 ILACS inspections make no overall
// effectiveness judgement: an authority so inspected counts as not judged
// for overall effectiveness ([Picture.WithoutOverall]) and keeps its
// grades in the other areas; no overall grade is carried over or made up.
type Picture struct {
	Census Census // the rule that chose the inspections

	era      *era                     // the authorities that existed on the census day
	latest   []*inspection.Inspection // each one's latest graded inspection counted, or nil
	overall  grade.Distribution
	regional [numRegions]grade.Distribution // overall effectiveness by region
}

// An era is a span of days over which the same authorities existed:
// between two reorganisations.
type era struct {
	from     int32           // the first day, as YYYYMMDD; 0 for the first era
	members  []Authority     // the authorities, in the order of All
	count    [numRegions]int // how many in each region, ONS and Ofsted
	position map[Authority]int
}

// eras are the spans between reorganisations, oldest first, made by init
// once the table is indexed.
var eras []*era

func makeEras() []*era {
	starts := []int32{0}
	for _, r := range reorganisations {
		starts = append(starts, dayNumber(r.date))
	}
	var out []*era
	for _, from := range starts {
		e := &era{from: from, position: map[Authority]int{}}
		day := from
		if day == 0 {
			day = dayNumber(day2009)
		}
		for _, a := range sorted {
			if day < lifeFrom[a] || day > lifeTo[a] {
				continue
			}
			e.position[a] = len(e.members)
			e.members = append(e.members, a)
			r := regionOf[a]
			e.count[r]++
			if o := r.Ofsted(); o != r {
				e.count[o]++
			}
		}
		out = append(out, e)
	}
	return out
}

// day2009 is the first day a graded inspection could start: SLAC, from 1
// April 2009.
var day2009 = day(2009, time.April, 1)

// eraOf returns the era of day d (as YYYYMMDD).
func eraOf(d int32) *era {
	e := eras[0]
	for _, x := range eras[1:] {
		if d >= x.from {
			e = x
		}
	}
	return e
}

// Picture returns the national picture under census c. Areas are counted
// by line (see [Lines]): Ofsted's tables likewise put the 2018-2022
// judgement on children in care and care leavers under children in care.
func (r *Register) Picture(c Census) *Picture {
	at, by := c.bounds()
	e := eraOf(at)
	p := &Picture{Census: c, era: e, latest: make([]*inspection.Inspection, len(e.members))}
	late := len(c.Late) > 0
	for k, a := range e.members {
		refs := r.graded[a]
		// refs are in order of day: find the first after the census day.
		lo, hi := 0, len(refs)
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); refs[m].day <= at {
				lo = m + 1
			} else {
				hi = m
			}
		}
		// Counted: started by the census day (i < lo) and published by
		// the cut-off, or named late, whatever its dates.
		first := lo - 1
		if late {
			first = len(refs) - 1
		}
		for i := first; i >= 0; i-- {
			g := &refs[i]
			if (i < lo && g.day != 0 && g.published <= by) || (late && c.late(a, g)) {
				p.latest[k] = g.in
				p.overall.Add(g.overall)
				region := regionOf[a]
				p.regional[region].Add(g.overall)
				if region == NorthEast || region == YorkshireAndTheHumber {
					p.regional[NorthEastYorkshireAndTheHumber].Add(g.overall)
				}
				break
			}
		}
	}
	return p
}

// Len returns the number of authorities that existed on the census day.
func (p *Picture) Len() int { return len(p.latest) }

// All returns the standing of every authority, in the order of [All].
func (p *Picture) All() iter.Seq[Standing] {
	return func(yield func(Standing) bool) {
		for k, in := range p.latest {
			if !yield(Standing{Authority: p.era.members[k], Inspection: in}) {
				return
			}
		}
	}
}

// Standing returns a's standing, and false if a did not exist on the
// census day.
func (p *Picture) Standing(a Authority) (Standing, bool) {
	k, ok := p.era.position[a]
	if !ok {
		return Standing{}, false
	}
	return Standing{Authority: a, Inspection: p.latest[k]}, true
}

// NotInspected returns the authorities with no graded inspection counted.
func (p *Picture) NotInspected() []Authority {
	var out []Authority
	for s := range p.All() {
		if s.Inspection == nil {
			out = append(out, s.Authority)
		}
	}
	return out
}

// WithoutOverall returns the authorities whose latest inspection has no
// overall effectiveness judgement: ILACS inspections from April 2026, and
// the 2009-2012 SLAC inspections, which judged safeguarding and looked
// after children services apart.
func (p *Picture) WithoutOverall() []Authority {
	var out []Authority
	for s := range p.All() {
		if _, ok := s.Overall(); s.Inspection != nil && !ok {
			out = append(out, s.Authority)
		}
	}
	return out
}

// Overall returns the counts of overall effectiveness grades.
func (p *Picture) Overall() grade.Distribution { return p.overall }

// Area returns the counts of grades in area a's line (see [Lines]):
// Area(inspection.ChildrenInCare) counts children in care and, for
// inspections before 2023, children in care and care leavers.
func (p *Picture) Area(a inspection.Area) grade.Distribution {
	return p.tally(a, 0)
}

// Region returns the number of authorities in region r and the counts of
// their overall effectiveness grades. r may be one of the ONS's nine
// regions or one of Ofsted's eight.
func (p *Picture) Region(r Region) (int, grade.Distribution) {
	if !r.IsValid() {
		return 0, grade.Distribution{}
	}
	return p.era.count[r], p.regional[r]
}

// RegionArea returns the counts of grades in area a's line in region r.
func (p *Picture) RegionArea(r Region, a inspection.Area) grade.Distribution {
	if !r.IsValid() {
		return grade.Distribution{}
	}
	return p.tally(a, r)
}

func (p *Picture) tally(a inspection.Area, r Region) grade.Distribution {
	line := a.Line()
	var d grade.Distribution
	for s := range p.All() {
		if s.Inspection == nil || (r != 0 && s.Authority.Region() != r && s.Authority.OfstedRegion() != r) {
			continue
		}
		pt, ok := pointIn(s.Inspection, line)
		if !ok {
			d.NotJudged++
			continue
		}
		d.Add(pt.Grade.Canonical())
	}
	return d
}

// Areas returns the lines of areas that at least one authority's latest
// inspection judges, in the order of [Lines].
func (p *Picture) Areas() []inspection.Area {
	var out []inspection.Area
	for _, line := range Lines() {
		if slices.ContainsFunc(p.latest, func(in *inspection.Inspection) bool {
			_, ok := pointIn(in, line)
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
	Authority Authority              // the authority
	From, To  *inspection.Inspection // the latest graded inspection counted by each census; nil if none
	Direction Direction              // which way the overall grade moved
	Grades    int                    // by how many grades

	// Comparable reports whether both inspections have an overall
	// effectiveness judgement. When not (an authority created or first
	// inspected in between, a SLAC inspection, an ILACS inspection from
	// April 2026), Direction and Grades are zero.
	Comparable bool
}

// Reinspected reports whether the authority was inspected again between
// the two censuses.
func (m Movement) Reinspected() bool { return m.From != m.To && m.To != nil }

// Changes are the movements of every authority between two censuses.
type Changes []Movement

// Change returns how each authority's overall effectiveness changed from
// census from to census to: every authority that existed on either day,
// in the order of [All].
func (r *Register) Change(from, to Census) Changes {
	p, q := r.Picture(from), r.Picture(to)
	var out Changes
	for _, a := range sorted {
		s, inP := p.Standing(a)
		t, inQ := q.Standing(a)
		if !inP && !inQ {
			continue
		}
		m := Movement{Authority: a, From: s.Inspection, To: t.Inspection}
		f, okf := s.Overall()
		g, okg := t.Overall()
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

func (c Changes) where(keep func(Movement) bool) Changes {
	var out Changes
	for _, m := range c {
		if keep(m) {
			out = append(out, m)
		}
	}
	return out
}

// Improved returns the movements to a better overall grade.
func (c Changes) Improved() Changes {
	return c.where(func(m Movement) bool { return m.Comparable && m.Direction == Improved })
}

// Declined returns the movements to a worse overall grade.
func (c Changes) Declined() Changes {
	return c.where(func(m Movement) bool { return m.Comparable && m.Direction == Declined })
}

// Stayed returns the movements that kept the same overall grade, whether
// or not the authority was inspected again.
func (c Changes) Stayed() Changes {
	return c.where(func(m Movement) bool { return m.Comparable && m.Direction == Unchanged })
}

// Incomparable returns the movements without an overall grade at one end.
func (c Changes) Incomparable() Changes {
	return c.where(func(m Movement) bool { return !m.Comparable })
}
