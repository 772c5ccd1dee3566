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
// Each authority is a member once, at the first report that gave it the
// grade under the framework; re-inspections count for an authority not
// already a member.
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
	Grade     grade.Grade          // the overall grade, canonical; zero for every overall grade
	Members   []Member             // in order of publication, then of name
}

// A Member is one authority of a cohort.
type Member struct {
	N          int                    // its place in the cohort, from 1
	Tied       int                    // how many members' reports were published the same day, itself included
	Authority  Authority              // the authority
	Inspection *inspection.Inspection // the inspection that made it a member
}

// Cohort returns the authorities judged under framework f with overall
// effectiveness g (adequate and requires improvement are one grade), or
// with any overall effectiveness if g is the zero Grade. Reports
// published the same day are ordered by authority name, and each member
// says how many share its day ([Member.Tied]): places within a day are
// not Ofsted's.
func (r *Register) Cohort(f inspection.Framework, g grade.Grade) Cohort {
	c := Cohort{Framework: f, Grade: g.Canonical()}
	for _, a := range sorted {
		for _, ref := range r.graded[a] {
			if ref.in.Framework != f || ref.overall == 0 || (g != 0 && ref.overall != c.Grade) {
				continue
			}
			c.Members = append(c.Members, Member{Authority: a, Inspection: ref.in})
			break
		}
	}
	slices.SortStableFunc(c.Members, func(x, y Member) int {
		return cmp.Or(when(x.Inspection).Compare(when(y.Inspection)), x.Authority.Compare(y.Authority))
	})
	c.number()
	return c
}

// number sets the places and ties of the members.
func (c *Cohort) number() {
	for i := range c.Members {
		c.Members[i].N = i + 1
		d := when(c.Members[i].Inspection)
		n := 0
		for _, m := range c.Members {
			if when(m.Inspection) == d {
				n++
			}
		}
		c.Members[i].Tied = n
	}
}

// Len returns the number of members.
func (c Cohort) Len() int { return len(c.Members) }

// By returns the cohort as it stood on day d: the members whose reports
// were published on or before d.
func (c Cohort) By(d inspection.Date) Cohort {
	out := Cohort{Framework: c.Framework, Grade: c.Grade}
	for _, m := range c.Members {
		if !when(m.Inspection).After(d) {
			out.Members = append(out.Members, m)
		}
	}
	out.number()
	return out
}

// Place returns a's membership, and false if a is not a member.
func (c Cohort) Place(a Authority) (Member, bool) {
	for _, m := range c.Members {
		if m.Authority == a {
			return m, true
		}
	}
	return Member{}, false
}
