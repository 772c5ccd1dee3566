package forecast

import (
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// The rules of the inspection of local authority children's services
// (ILACS) on when an authority is inspected next, and how.
//
// Ofsted's framework, "Inspecting local authority children's services"
// (GOV.UK, first published November 2017, updated 5 April 2024 and 13
// December 2024), sets them out; its paragraphs on timing are quoted here
// from the summaries that carry them, each named:
//
//   - LGA First, "Inspecting children's services" (a comment piece by
//     Ofsted): "ILACS involves an annual engagement meeting for all local
//     authorities; shorter, one-week inspections for authorities
//     previously judged good or outstanding; two-week standard inspections
//     for those requiring improvement to be good; with focused visits in
//     between and regular monitoring for inadequate authorities before we
//     re-inspect." And: "The inspections are risk-based, proportionate,
//     and tailored to a local authority's specific circumstances."
//   - Kirklees Safeguarding Children Partnership, "ILACS Inspection:
//     Guidance for professionals": "standard inspections for local
//     authorities judged to require improvement and short inspections for
//     local authorities judged to be good or outstanding. Timing will
//     usually be between six months before and six months after the three
//     year anniversary of the previous inspection."
//   - Children and Young People Now, 17 September 2018, quoting the
//     framework as updated that month: "We will no longer carry out
//     re-inspections of inadequate local authorities using the single
//     inspection framework ... We will re-inspect using a standard
//     inspection under this [ILACS] framework"; inadequate councils
//     "received up to six quarterly monitoring visits prior to a ...
//     re-inspection".
//   - Ofsted, "Monitoring inadequate local authority children's services"
//     (handbook, May 2016, ref 160035): "Where local authority children's
//     services are judged inadequate, Ofsted will carry out a programme
//     of monitoring activities, including quarterly monitoring visits".
const (
	// anniversary is the usual time from one inspection to the next, in
	// years: "the three year anniversary of the previous inspection"
	// (Kirklees).
	anniversary = 3

	// spread is how far either side of the anniversary an inspection
	// usually falls, in months: "between six months before and six months
	// after" (Kirklees). It is also the half-width of every forecast's
	// window.
	spread = 6

	// reinspectionMonths is the time from an inadequate judgement to the
	// re-inspection assumed while the record holds no completed
	// re-inspection to measure it by: up to six quarterly monitoring
	// visits (Children and Young People Now, 2018), about a year and a
	// half, and the re-inspection after them.
	reinspectionMonths = 24
)

// kindAfter returns the kind of the inspection that follows a judgement
// that decides as g (see [deciding]): a short inspection after good or
// outstanding, a standard inspection after requires improvement, after
// inadequate (the re-inspection that follows the monitoring visits), and
// where nothing has been judged (a new authority). The framework's words
// are in the comment on the constants above.
func kindAfter(g grade.Grade) inspection.Kind {
	if g.AtLeast(grade.Good) {
		return inspection.Short
	}
	return inspection.Standard
}

// practice lists the ILACS judgements on practice, as against the impact
// of leaders: help and protection, children in care (with or without care
// leavers), and care leavers.
var practice = []inspection.Area{
	inspection.HelpAndProtection,
	inspection.ChildrenInCareAndCareLeavers,
	inspection.ChildrenInCare,
	inspection.CareLeavers,
}

// deciding returns the grade that decides the kind and timing of the
// inspection after in, canonical (adequate counts as requires
// improvement), and false if in decides nothing (it judged nothing).
//
// Until March 2026 it is the overall effectiveness judgement. From April
// 2026 ILACS makes none ("From April 2026, the inspectorate will remove
// the overall effectiveness judgement in ILACS", Ofsted, 27 November
// 2025), and the other judgements decide:
//
//   - inadequate, and so monitoring and a re-inspection, if any judgement
//     is inadequate: of the ILACS inspections of 2018 to March 2025
//     (Ofsted's official statistics), every one with an inadequate
//     practice judgement, and 25 of the 29 with an inadequate impact of
//     leaders, were judged inadequate overall; Ofsted's news of the change
//     does not say how it now decides which authorities it monitors;
//   - good (good or outstanding: a short inspection next) if the impact
//     of leaders and at least two of the three practice judgements are
//     good or outstanding. This is the rule Ofsted's summary of the 2026
//     changes gives for a focused visit ahead of the next short
//     inspection, as Data to Insight's ILACS scrape tool reports it
//     ("based on being judged good/outstanding on impact of leaders and
//     at least two of the three practice judgements, rather than on the
//     old overall-effectiveness grade"); it is not confirmed against
//     Ofsted's own text;
//   - requires improvement otherwise.
//
// An inspection with neither (SLAC's two overall judgements, say) decides
// as its worst grade.
func deciding(in *inspection.Inspection) (grade.Grade, bool) {
	if g, ok := in.Overall(); ok {
		return g.Canonical(), true
	}
	var all []grade.Grade
	for _, g := range in.Judgements {
		if g.IsValid() {
			all = append(all, g.Canonical())
		}
	}
	if len(all) == 0 {
		return 0, false
	}
	if in.Framework != inspection.ILACS2026 {
		return grade.Worst(all...), true
	}
	if grade.Worst(all...) == grade.Inadequate {
		return grade.Inadequate, true
	}
	good := 0
	for _, a := range practice {
		if g, ok := in.Judgements[a]; ok && g.AtLeast(grade.Good) {
			good++
		}
	}
	if in.Judgements[inspection.ImpactOfLeaders].AtLeast(grade.Good) && good >= 2 {
		return grade.Good, true
	}
	return grade.RequiresImprovement, true
}

// underILACS reports whether f is one of the ILACS frameworks, whose rules
// this package applies: an authority last inspected under an earlier
// framework has not yet had its first ILACS inspection.
func underILACS(f inspection.Framework) bool {
	return f == inspection.ILACS2018 || f == inspection.ILACS2023 || f == inspection.ILACS2026
}
