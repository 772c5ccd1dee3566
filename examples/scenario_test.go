// Package examples_test replays the cases of the seed documents as
// runnable examples, each checkable against the document it comes from:
// Portsmouth's journey from 2009 to 2026, Southampton's 2014 inspection
// (care leavers inadequate, yet overall requires improvement), and
// Brighton and Hove's 2015 inspection with its LSCB review.
package examples_test

import (
	"fmt"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/examples/internal/cases"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// history files the inspections in a register and returns the authority's
// history.
func history(name string, ins []inspection.Inspection) authority.History {
	var r authority.Register
	for _, in := range ins {
		if err := r.Add(in); err != nil {
			panic(err)
		}
	}
	return r.History(authority.MustLookup(name))
}

// published returns the graded inspection published in year, or the
// zero Inspection.
func published(h authority.History, year int) inspection.Inspection {
	for in := range h.Graded() {
		if in.Published.Year == year {
			return in
		}
	}
	return inspection.Inspection{}
}

// Portsmouth, 2009 to 2026. The news of 2018 (seed 000) said its rating
// went "from requires improvement to good in all four areas"; the record
// shows two of the four did, the other two being good already. The 2023
// report (seed 001) says "no services have deteriorated": no area
// declined. The 2026 inspection has no overall effectiveness judgement.
func Example_portsmouth() {
	h := history("Portsmouth", cases.Portsmouth())

	letter := h.All()
	for in := range letter {
		fmt.Printf("%s %s: %d findings, the gravest: %s\n", in.Published, in.Kind, len(in.Findings), in.Findings[len(in.Findings)-1].Kind.Label())
		break
	}

	c := h.SideBySide(published(h, 2014), published(h, 2018))
	fmt.Println("2014 → 2018:", len(c.Went(grade.RequiresImprovement, grade.Good)), "of", len(c.Areas), "areas from requires improvement to good")
	for _, s := range c.Areas {
		fmt.Printf("  %-22s %s\n", s.To.Area.Line().Label(), s)
	}

	c = h.SideBySide(published(h, 2018), published(h, 2023))
	fmt.Println("2018 → 2023: none declined:", c.NoneDeclined())

	t := h.Trajectory(inspection.OverallEffectiveness)
	fmt.Println(t.Summary())
	// Output:
	// 2009-12-09 unannounced-visit: 18 findings, the gravest: Area for priority action
	// 2014 → 2018: 2 of 4 areas from requires improvement to good
	//   Overall effectiveness  requires improvement → good (improved by 1 grade after 1531 days)
	//   Impact of leaders      good → good (unchanged after 1531 days)
	//   Help and protection    requires improvement → good (improved by 1 grade after 1531 days)
	//   Children in care       good → good (unchanged after 1531 days)
	// 2018 → 2023: none declined: true
	// overall effectiveness good (2023-05-15); first good or better 2018-09-03; good or better since 2018-09-03; not judged since 2026-07-06: ilacs-2026 has no overall effectiveness judgement
}

// Southampton: adequate in 2012 (SLAC), requires improvement in 2014
// under the SIF, with care leavers inadequate and adoption requires
// improvement (seed 004). Overall effectiveness was not inadequate because
// care leavers was a sub-judgement of looked after children, which was
// requires improvement; only the three key judgements forced the overall
// grade in Ofsted's results.
func Example_southampton() {
	h := history("Southampton", cases.Southampton())
	for in := range h.Graded() {
		fmt.Printf("%s %-9s", in.Published, in.Framework)
		for a, g := range in.Ordered() {
			fmt.Printf(" %s=%s", a, g)
		}
		fmt.Println()
	}
	sif := published(h, 2014)
	spec, _ := sif.Framework.Area(inspection.CareLeavers)
	fmt.Println("care leavers is a sub-judgement of:", spec.Parent)
	fmt.Println("consistency findings:", len(inspection.CheckConsistency(&sif)))
	fmt.Println("overall grades that fit:", inspection.ConsistentOverall(sif.Framework, sif.Judgements))

	c := h.SideBySide(published(h, 2012), sif)
	fmt.Println("2012 → 2014:", c)
	// Output:
	// 2012-06-13 slac-2009 safeguarding=adequate looked-after-children=adequate
	// 2014-09-15 sif-2013  overall-effectiveness=requires-improvement help-and-protection=requires-improvement looked-after-children=requires-improvement adoption-performance=requires-improvement care-leavers=inadequate leadership-management-governance=requires-improvement lscb=requires-improvement
	// care leavers is a sub-judgement of: looked-after-children
	// consistency findings: 0
	// overall grades that fit: [requires-improvement]
	// 2012 → 2014: children in care stayed requires improvement; overall effectiveness, impact of leaders, help and protection, adoption performance and local safeguarding children board not judged in the earlier inspection, now requires improvement; care leavers not judged in the earlier inspection, now inadequate; safeguarding not judged in the later inspection (sif-2013 makes no such judgement)
}

// Brighton and Hove, 2015, under the SIF (seed 003): help and protection
// requires improvement, looked after children good, leadership good,
// overall requires improvement; the LSCB, reviewed in the same report,
// good. Ofsted's results allowed good or requires improvement here; Ofsted
// gave the worse, as in 150 of 173 SIF inspections.
func Example_brightonAndHove() {
	h := history("Brighton and Hove", cases.BrightonAndHove())
	in := published(h, 2015)
	for _, s := range in.Framework.Areas() {
		fmt.Printf("%-85s %-21v contributes to overall: %v\n", s.Wording, in.Judgements[s.Area], s.Contributes)
	}
	fmt.Println("consistency findings:", len(inspection.CheckConsistency(&in)))
	fmt.Println("overall grades that fit:", inspection.ConsistentOverall(in.Framework, in.Judgements))
	// Output:
	// Overall effectiveness                                                                 requires-improvement  contributes to overall: false
	// The experiences and progress of children who need help and protection                 requires-improvement  contributes to overall: true
	// The experiences and progress of children looked after and achieving permanence        good                  contributes to overall: true
	// Adoption performance                                                                  good                  contributes to overall: true
	// The experiences and progress of care leavers                                          good                  contributes to overall: true
	// Leadership, management and governance                                                 good                  contributes to overall: true
	// The effectiveness of the Local Safeguarding Children Board                            good                  contributes to overall: false
	// consistency findings: 0
	// overall grades that fit: [good requires-improvement]
}
