package authority

import (
	"cmp"
	"slices"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A Cohort is the authorities judged under one framework with one overall
// grade, in the order their reports were published: the list behind
// statements such as "Southampton is the 17th out of the 33 authorities to
// receive the 'requires improvement' judgment under Ofsted's new
// inspection framework" (Children and Young People Now, 17 September
// 2014). Get one from [Register.Cohort].
//
// Each authority is a member once: in the cohort of every grade, at its
// first inspection under the framework; in the cohort of one grade, at
// the first inspection that gave it that grade under the framework.
//
// Ofsted's data give a different count. By 17 September 2014, 33 SIF
// reports had been published, Southampton's (15 September) the 33rd, and
// 18 of them judged the authority requires improvement, Southampton's the
// 18th: Southampton was the 18th of 18 authorities judged requires
// improvement, and the 33rd of 33 judged at all. The article's 33 is the
// second count, and its 17 the number judged requires improvement before
// Southampton; the data cannot say which count the article meant.
type Cohort struct {
	Framework inspection.Framework // the framework
	Grade     grade.Grade          // the overall grade of every member, canonical, for a cohort narrowed by [Cohort.Graded]; zero for every grade
	Members   []Member             // in the order of their inspections' dates, then of name

	reports []Member // every report under the framework with an overall grade, for narrowing
}

// A Member is one authority of a cohort.
type Member struct {
	N          int                   // its place in the cohort, from 1
	Tied       int                   // how many members' inspections share its date, itself included
	Authority  Authority             // the authority
	Grade      grade.Grade           // the overall grade the inspection gave, canonical (adequate is requires improvement)
	Inspection inspection.Inspection // a copy of the inspection that made it a member
}

// Cohort returns the authorities judged under framework f, each at its
// first inspection under f with an overall effectiveness grade, in the
// order of their inspections' dates ([inspection.Inspection.Date]: the
// first day on site, or publication where Ofsted's records give only
// that). [Cohort.Graded] narrows it to one grade. Inspections of the same
// date are ordered by authority name, and each member says how many share
// its date ([Member.Tied]): places within a day are not Ofsted's.
func (r *Register) Cohort(f inspection.Framework) Cohort {
	c := Cohort{Framework: f}
	for _, a := range sorted {
		for in := range r.History(a).graded() {
			if g, ok := in.Overall(); ok && in.Framework == f {
				c.reports = append(c.reports, Member{Authority: a, Grade: g.Canonical(), Inspection: in.Clone()})
			}
		}
	}
	slices.SortStableFunc(c.reports, func(x, y Member) int {
		return cmp.Or(x.Inspection.Date().Compare(y.Inspection.Date()), x.Authority.compare(y.Authority))
	})
	c.choose()
	return c
}

// choose makes the members from the reports: each authority at its first
// report with the cohort's grade (or any grade), numbered.
func (c *Cohort) choose() {
	c.Members = nil
	for _, m := range c.reports {
		if (c.Grade == 0 || m.Grade == c.Grade) && !slices.ContainsFunc(c.Members, func(x Member) bool { return x.Authority == m.Authority }) {
			c.Members = append(c.Members, m)
		}
	}
	for i := range c.Members {
		c.Members[i].N = i + 1
		d := c.Members[i].Inspection.Date()
		c.Members[i].Tied = 0
		for _, m := range c.Members {
			if m.Inspection.Date() == d {
				c.Members[i].Tied++
			}
		}
	}
}

// Len returns the number of members.
func (c Cohort) Len() int { return len(c.Members) }

// Graded returns the cohort of the authorities judged g under the
// framework, each at its first inspection under the framework that gave
// it g: re-inspections count for an authority not already a member.
// Adequate and requires improvement are one grade.
func (c Cohort) Graded(g grade.Grade) Cohort {
	out := Cohort{Framework: c.Framework, Grade: g.Canonical(), reports: c.reports}
	out.choose()
	return out
}

// By returns the cohort as it stood on day d: of the inspections dated on
// or before d, those whose reports were published on or before d.
func (c Cohort) By(d inspection.Date) Cohort {
	out := Cohort{Framework: c.Framework, Grade: c.Grade}
	for _, m := range c.reports {
		if !m.Inspection.Date().After(d) && !m.Inspection.Published.After(d) {
			out.reports = append(out.reports, m)
		}
	}
	out.choose()
	return out
}

// Place returns a's membership, and false if a is not a member.
func (c Cohort) Place(a Authority) (Member, bool) {
	i := slices.IndexFunc(c.Members, func(m Member) bool { return m.Authority == a })
	if i < 0 {
		return Member{}, false
	}
	return c.Members[i], true
}
