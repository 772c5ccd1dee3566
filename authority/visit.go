package authority

import (
	"iter"
	"strings"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// The rules of [History.CheckVisits], by their keys ([inspection.Check.Rule]).
// Ofsted monitors an authority judged inadequate: "Where local authority
// children's services are judged inadequate, Ofsted will carry out a
// programme of monitoring activities, including quarterly monitoring
// visits" (Monitoring handbook, May 2016, ref 160035), which ILACS kept,
// "with focused visits in between and regular monitoring for inadequate
// authorities before we re-inspect" (Ofsted on ILACS, LGA First). Ofsted's
// official statistics bear it out without exception: in each of 2022-23
// and 2024-25 (the in-year tables of "Children's social care data in
// England 2023" and "Local authority inspection outcomes as at 31 March
// 2025"), each of the 24 monitoring visits was to an authority whose
// overall effectiveness then in force was inadequate, and none of the 36
// focused visits was.
const (
	monitoringNotInadequate = "monitoring-visit-not-inadequate"
	focusedInadequate       = "focused-visit-inadequate"
)

var visitRules = map[string]struct{ statement, evidence string }{
	monitoringNotInadequate: {
		"monitoring visits are to authorities judged inadequate overall",
		"held in 48 of 48 monitoring visits in Ofsted's official statistics (24 in 2022-23, 24 in 2024-25): each followed an inadequate judgement of overall effectiveness",
	},
	focusedInadequate: {
		"focused visits are to authorities not judged inadequate overall",
		"held in 72 of 72 focused visits in Ofsted's official statistics (36 in 2022-23, 36 in 2024-25): none followed an inadequate judgement of overall effectiveness",
	},
}

// CheckVisits checks each focused and monitoring visit in the history
// against the judgement then in force, and yields each visit that breaks
// the regularity with its [inspection.Check], oldest first. The judgement
// in force on a visit is the overall effectiveness of the authority's
// latest graded inspection started and published by the visit's date
// ([inspection.Inspection.Date]; see [AsAt]). The rules, by key, each an
// [inspection.Violation] when broken:
//
//	monitoring-visit-not-inadequate  a monitoring visit to an authority whose
//	                                 overall effectiveness in force is not inadequate
//	focused-visit-inadequate         a focused visit to an authority whose
//	                                 overall effectiveness in force is inadequate
//
// Ofsted monitors authorities judged inadequate and makes focused visits
// to the others; every visit of Ofsted's official statistics of 2022-23
// and 2024-25 obeys the rules, and the check's Evidence says so. A visit
// with no judgement in force (to an authority never inspected since it
// was created), or whose judgement in force has no overall effectiveness
// (ILACS from April 2026), is not checked.
func (h History) CheckVisits() iter.Seq2[inspection.Inspection, inspection.Check] {
	return func(yield func(inspection.Inspection, inspection.Check) bool) {
		for _, rec := range h.list {
			in := &rec.in
			if in.Kind != inspection.MonitoringVisit && in.Kind != inspection.FocusedVisit {
				continue
			}
			judged := latest(h.list, AsAt(in.Date()), h.Authority)
			if judged == nil {
				continue
			}
			oe, ok := judged.Overall()
			if !ok || !oe.IsValid() {
				continue
			}
			var rule string
			switch {
			case in.Kind == inspection.MonitoringVisit && oe != grade.Inadequate:
				rule = monitoringNotInadequate
			case in.Kind == inspection.FocusedVisit && oe == grade.Inadequate:
				rule = focusedInadequate
			default:
				continue
			}
			c := inspection.Check{
				Rule:     rule,
				Severity: inspection.Violation,
				Message: strings.ToLower(in.Kind.Label()) + " of " + in.Date().String() + theme(in) + ", when overall effectiveness was " + oe.Phrase() +
					" (the inspection of " + judged.Date().String() + "); " + visitRules[rule].statement,
				Evidence: visitRules[rule].evidence,
			}
			if !yield(in.Clone(), c) {
				return
			}
		}
	}
}

// theme returns a visit's theme in brackets, or "".
func theme(in *inspection.Inspection) string {
	if in.Theme == "" {
		return ""
	}
	return " (" + in.Theme + ")"
}
