package authority_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/google/go-cmp/cmp"
)

// herefordshire returns Herefordshire's ILACS inspections and visits of
// 2018-2025 as Ofsted's official statistics give them ("Local authority
// inspection outcomes as at 31 March 2025", sheets
// ILACS_inspection_history and In-year_inspections).
func herefordshire() []inspection.Inspection {
	who := inspection.LocalAuthority{Name: "Herefordshire", GSS: "E06000019"}
	ri, i := grade.RequiresImprovement, grade.Inadequate
	return []inspection.Inspection{
		{Authority: who, Framework: inspection.ILACS2018, Kind: inspection.Standard,
			Start: day(2018, time.June, 11), Published: day(2018, time.July, 23),
			Judgements: map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: ri, inspection.ImpactOfLeaders: i,
				inspection.HelpAndProtection: ri, inspection.ChildrenInCareAndCareLeavers: ri}},
		{Authority: who, Framework: inspection.ILACS2018, Kind: inspection.Standard,
			Start: day(2022, time.July, 18), Published: day(2022, time.September, 21),
			Judgements: map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: i, inspection.ImpactOfLeaders: i,
				inspection.HelpAndProtection: i, inspection.ChildrenInCareAndCareLeavers: i}},
		{Authority: who, Framework: inspection.ILACS2023, Kind: inspection.MonitoringVisit, Theme: "Vulnerable adolescents",
			Start: day(2024, time.October, 22), Published: day(2024, time.December, 4)},
		{Authority: who, Framework: inspection.ILACS2023, Kind: inspection.MonitoringVisit, Theme: "Front door",
			Start: day(2025, time.February, 18), Published: day(2025, time.March, 20)},
	}
}

// A monitoring visit in an inadequate authority's history: Herefordshire,
// judged inadequate in 2022, monitored in 2024 and 2025. Its visits obey
// the regularity; a record of the second visit mistyped as a focused
// visit would not.
func ExampleHistory_CheckVisits() {
	r := register(herefordshire())
	h := r.History(authority.MustLookup("Herefordshire"))
	for in := range h.All() {
		oe, _ := in.Overall()
		fmt.Printf("%s  %-16s  %-22s  %s\n", in.Date(), in.Kind, in.Theme, oe)
	}
	n := 0
	for range h.CheckVisits() {
		n++
	}
	fmt.Println(n, "visits break the regularity")

	mistyped := herefordshire()
	mistyped[3].Kind = inspection.FocusedVisit
	h = register(mistyped).History(authority.MustLookup("Herefordshire"))
	for visit, c := range h.CheckVisits() {
		fmt.Println(visit.Date(), c.Rule, c.Severity)
		fmt.Println(c.Message)
	}
	// Output:
	// 2018-06-11  standard                                  requires-improvement
	// 2022-07-18  standard                                  inadequate
	// 2024-10-22  monitoring-visit  Vulnerable adolescents  not judged
	// 2025-02-18  monitoring-visit  Front door              not judged
	// 0 visits break the regularity
	// 2025-02-18 focused-visit-inadequate violation
	// focused visit of 2025-02-18 (Front door), when overall effectiveness was inadequate (the inspection of 2022-07-18); focused visits are to authorities not judged inadequate overall
}

// TestCheckVisits checks both rules on both sides: a monitoring visit
// flagged after a judgement other than inadequate and not after an
// inadequate one; a focused visit flagged after an inadequate judgement
// and not after another; a visit with no judgement in force, or with one
// that has no overall effectiveness, not checked. The judgement in force
// is the latest published by the visit.
func TestCheckVisits(t *testing.T) {
	who := inspection.LocalAuthority{Name: "Slough"}
	graded := func(start, pub inspection.Date, f inspection.Framework, oe grade.Grade) inspection.Inspection {
		j := map[inspection.Area]grade.Grade{inspection.ImpactOfLeaders: oe, inspection.HelpAndProtection: oe, inspection.ChildrenInCare: oe, inspection.CareLeavers: oe}
		if f != inspection.ILACS2026 {
			j[inspection.OverallEffectiveness] = oe
		}
		return inspection.Inspection{Authority: who, Framework: f, Kind: inspection.Standard, Start: start, Published: pub, Judgements: j}
	}
	visit := func(k inspection.Kind, start inspection.Date) inspection.Inspection {
		return inspection.Inspection{Authority: who, Framework: inspection.ILACS2023, Kind: k, Start: start, Theme: "Front door"}
	}
	mv, fv := inspection.MonitoringVisit, inspection.FocusedVisit
	r := register([]inspection.Inspection{
		visit(mv, day(2023, 1, 9)), // before any judgement: not checked
		graded(day(2023, 2, 6), day(2023, 3, 20), inspection.ILACS2023, grade.Inadequate),
		visit(mv, day(2023, 3, 13)), // the inadequate judgement not yet published: not checked
		visit(mv, day(2023, 6, 5)),  // monitoring an inadequate authority: fine
		visit(fv, day(2023, 9, 4)),  // a focused visit to an inadequate authority
		graded(day(2024, 5, 13), day(2024, 6, 28), inspection.ILACS2023, grade.RequiresImprovement),
		visit(fv, day(2024, 11, 4)), // a focused visit after requires improvement: fine
		visit(mv, day(2025, 1, 13)), // monitoring an authority that requires improvement
		graded(day(2026, 6, 1), day(2026, 7, 10), inspection.ILACS2026, grade.Inadequate),
		visit(mv, day(2026, 9, 7)), // no overall effectiveness in force: not checked
	})
	type result struct {
		Visit    string
		Rule     string
		Severity inspection.Severity
	}
	var got []result
	for v, c := range r.History(authority.MustLookup("Slough")).CheckVisits() {
		got = append(got, result{v.Kind.String() + " " + v.Date().String(), c.Rule, c.Severity})
		if c.Message == "" || c.Evidence == "" {
			t.Errorf("%s: check %+v without message or evidence", v.Date(), c)
		}
	}
	want := []result{
		{"focused-visit 2023-09-04", "focused-visit-inadequate", inspection.Violation},
		{"monitoring-visit 2025-01-13", "monitoring-visit-not-inadequate", inspection.Violation},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("checks (-want +got):\n%s", diff)
	}
	for v := range (authority.History{}).CheckVisits() {
		t.Errorf("the zero History yields a check of %s", v.Date())
	}
}

// TestOfstedVisits checks the regularity on Ofsted's official data: in
// 2022-23 and 2024-25, 48 monitoring visits, each to an authority judged
// inadequate, and 72 focused visits, none to one; no visit is flagged,
// and every one has a judgement in force.
func TestOfstedVisits(t *testing.T) {
	r := officialRegister(t)
	counts := map[string]int{}
	for a := range authority.All() {
		h := r.History(a)
		for in := range h.All() {
			if in.Kind != inspection.MonitoringVisit && in.Kind != inspection.FocusedVisit {
				continue
			}
			judged, ok := h.Latest(authority.AsAt(in.Date()))
			oe, _ := judged.Overall()
			if !ok {
				t.Errorf("%s: the %s of %s has no judgement in force", a, in.Kind, in.Date())
			}
			counts[fmt.Sprintf("%s after %s", in.Kind, oe)]++
		}
		for v, c := range h.CheckVisits() {
			t.Errorf("%s: %s of %s: %s", a, v.Kind, v.Date(), c.Message)
		}
	}
	want := map[string]int{
		"monitoring-visit after inadequate":        48,
		"focused-visit after outstanding":          11,
		"focused-visit after good":                 23,
		"focused-visit after requires-improvement": 38,
	}
	if diff := cmp.Diff(want, counts); diff != "" {
		t.Errorf("visits by the judgement in force (-want +got):\n%s", diff)
	}
}
