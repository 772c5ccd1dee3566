package inspection_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

func TestFrameworkTable(t *testing.T) {
	fs := inspection.Frameworks()
	ids := make([]string, len(fs))
	for i, f := range fs {
		ids[i] = f.String()
	}
	want := []string{"ucra-2009", "slac-2009", "cpi-2012", "tlac-2013", "sif-2013", "ilacs-2018", "ilacs-2023", "ilacs-2026"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Fatalf("Frameworks() mismatch (-want +got):\n%s", diff)
	}
	for i, f := range fs {
		if f.Name() == "" || f.Source() == "" {
			t.Errorf("%v has no name or source", f)
		}
		from, to := f.Period()
		if !from.IsValid() {
			t.Errorf("%v starts %v", f, from)
		}
		if !to.IsZero() && !to.After(from) {
			t.Errorf("%v ends %v before it starts %v", f, to, from)
		}
		if to.IsZero() && f != inspection.ILACS2026 {
			t.Errorf("%v has no end; only ilacs-2026 is in force", f)
		}
		if prev, _ := fs[max(i-1, 0)].Period(); from.Before(prev) {
			t.Errorf("%v starts before %v: table not oldest first", f, fs[i-1])
		}
		for _, k := range f.Kinds() {
			if !k.IsValid() {
				t.Errorf("%v uses invalid kind %v", f, k)
			}
		}
		seen := map[inspection.Area]bool{}
		for _, s := range f.Areas() {
			if seen[s.Area] || !s.Area.IsValid() || s.Wording == "" {
				t.Errorf("%v: bad area entry %+v", f, s)
			}
			seen[s.Area] = true
			if _, ok := f.Area(s.Parent); s.Parent != 0 && !ok {
				t.Errorf("%v: %v's parent %v is not judged", f, s.Area, s.Parent)
			}
		}
		if got, err := inspection.ParseFramework(f.String()); err != nil || got != f {
			t.Errorf("ParseFramework(%q) = %v, %v", f, got, err)
		}
	}
}

func TestFrameworkFacts(t *testing.T) {
	// Facts the issue and the domain notes state.
	from := func(f inspection.Framework) inspection.Date { d, _ := f.Period(); return d }
	to := func(f inspection.Framework) inspection.Date { _, d := f.Period(); return d }
	judges := func(f inspection.Framework, a inspection.Area) bool { _, ok := f.Area(a); return ok }
	checks := []struct {
		name      string
		got, want any
	}{
		{"ILACS 2018 first inspection", from(inspection.ILACS2018), d(2018, 1, 29)},
		{"ILACS 2018 last start", to(inspection.ILACS2018), d(2022, 12, 31)},
		{"care leavers judged apart", from(inspection.ILACS2023), d(2023, 1, 1)},
		{"no overall effectiveness from April 2026", from(inspection.ILACS2026), d(2026, 4, 1)},
		{"SIF from November 2013", from(inspection.SIF2013), d(2013, 11, 1)},
		{"SLAC from 1 April 2009", from(inspection.SLAC2009), d(2009, 4, 1)},
		{"CPI from June 2012", from(inspection.CPI2012), d(2012, 6, 1)},
		{"SIF scale", inspection.SIF2013.Grades(), []grade.Grade{grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate}},
		{"CPI scale", inspection.CPI2012.Grades(), []grade.Grade{grade.Outstanding, grade.Good, grade.Adequate, grade.Inadequate}},
		{"UCRA scale", inspection.UCRA2009.Grades(), []grade.Grade(nil)},
		{"ILACS 2026 judges overall", judges(inspection.ILACS2026, inspection.OverallEffectiveness), false},
		{"ILACS 2023 judges care leavers", judges(inspection.ILACS2023, inspection.CareLeavers), true},
		{"ILACS 2018 judges care leavers", judges(inspection.ILACS2018, inspection.CareLeavers), false},
	}
	for _, c := range checks {
		if !cmp.Equal(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	if a, ok := inspection.SIF2013.Overall(); !ok || a != inspection.OverallEffectiveness {
		t.Errorf("SIF Overall() = %v, %v", a, ok)
	}
	for _, f := range []inspection.Framework{inspection.ILACS2026, inspection.UCRA2009, inspection.SLAC2009} {
		if a, ok := f.Overall(); ok {
			t.Errorf("%v.Overall() = %v, want none", f, a)
		}
	}
	s, ok := inspection.SIF2013.Area(inspection.AdoptionPerformance)
	if !ok || s.Parent != inspection.LookedAfterChildren || s.Required {
		t.Errorf("SIF adoption performance = %+v", s)
	}
	s, _ = inspection.SIF2013.Area(inspection.LSCB)
	if s.Contributes {
		t.Error("the LSCB judgement does not contribute to overall effectiveness")
	}
}

func TestFrameworkAt(t *testing.T) {
	tests := []struct {
		date inspection.Date
		kind inspection.Kind
		want inspection.Framework // zero: none
	}{
		{d(2009, 3, 31), inspection.FullInspection, 0},
		{d(2009, 4, 1), inspection.FullInspection, inspection.SLAC2009},
		{d(2009, 11, 10), inspection.UnannouncedVisit, inspection.UCRA2009},
		{d(2012, 6, 1), inspection.FullInspection, inspection.CPI2012},
		{d(2013, 7, 8), inspection.FullInspection, inspection.TLAC2013}, // newest of CPI and TLAC
		{d(2013, 11, 19), inspection.FullInspection, inspection.SIF2013},
		{d(2018, 1, 29), inspection.Standard, inspection.ILACS2018},
		{d(2018, 3, 1), inspection.Reinspection, inspection.SIF2013},
		{d(2018, 3, 1), inspection.MonitoringVisit, inspection.ILACS2018},
		{d(2022, 12, 5), inspection.Standard, inspection.ILACS2018},
		{d(2023, 1, 16), inspection.Standard, inspection.ILACS2023},
		{d(2026, 3, 16), inspection.Short, inspection.ILACS2023},
		{d(2026, 4, 27), inspection.Standard, inspection.ILACS2026},
		{d(2030, 1, 1), inspection.Short, inspection.ILACS2026},
		{d(2019, 1, 1), inspection.FullInspection, 0}, // ILACS has no plain inspection
		{d(2019, 1, 1), inspection.LSCBReview, 0},
	}
	for _, tt := range tests {
		got, ok := inspection.FrameworkAt(tt.date, tt.kind)
		if got != tt.want || ok != (tt.want != 0) {
			t.Errorf("FrameworkAt(%v, %v) = %v, %v; want %v", tt.date, tt.kind, got, ok, tt.want)
		}
	}
}

func TestAreasFor(t *testing.T) {
	areas := func(specs []inspection.AreaSpec, required bool) []inspection.Area {
		var out []inspection.Area
		for _, s := range specs {
			if !required || s.Required {
				out = append(out, s.Area)
			}
		}
		return out
	}
	tests := []struct {
		f             inspection.Framework
		k             inspection.Kind
		all, required []inspection.Area
	}{
		{inspection.SIF2013, inspection.LSCBReview, []inspection.Area{inspection.LSCB}, []inspection.Area{inspection.LSCB}},
		{inspection.SIF2013, inspection.Reinspection,
			[]inspection.Area{inspection.OverallEffectiveness, inspection.HelpAndProtection, inspection.LookedAfterChildren, inspection.AdoptionPerformance, inspection.CareLeavers, inspection.LeadershipManagementGovernance, inspection.LSCB},
			[]inspection.Area{inspection.OverallEffectiveness, inspection.HelpAndProtection, inspection.LookedAfterChildren, inspection.LeadershipManagementGovernance}},
		{inspection.ILACS2023, inspection.FocusedVisit, nil, nil},
		{inspection.ILACS2023, inspection.FullInspection, nil, nil}, // not used
		{inspection.SLAC2009, inspection.Reinspection, []inspection.Area{inspection.Safeguarding, inspection.LookedAfterChildren, inspection.CapacityToImprove}, nil},
	}
	for _, tt := range tests {
		specs := tt.f.AreasFor(tt.k)
		if diff := cmp.Diff(tt.all, areas(specs, false)); diff != "" {
			t.Errorf("%v.AreasFor(%v) areas mismatch (-want +got):\n%s", tt.f, tt.k, diff)
		}
		if diff := cmp.Diff(tt.required, areas(specs, true)); diff != "" {
			t.Errorf("%v.AreasFor(%v) required mismatch (-want +got):\n%s", tt.f, tt.k, diff)
		}
	}
}

func TestAreaLineage(t *testing.T) {
	tests := []struct {
		a       inspection.Area
		line    inspection.Area
		lineage []inspection.Area
	}{
		{inspection.LookedAfterChildren, inspection.ChildrenInCare, []inspection.Area{inspection.LookedAfterChildren, inspection.ChildrenInCareAndCareLeavers, inspection.ChildrenInCare}},
		{inspection.ChildrenInCareAndCareLeavers, inspection.ChildrenInCare, []inspection.Area{inspection.LookedAfterChildren, inspection.ChildrenInCareAndCareLeavers, inspection.ChildrenInCare}},
		{inspection.LeadershipManagementGovernance, inspection.ImpactOfLeaders, []inspection.Area{inspection.LeadershipManagementGovernance, inspection.ImpactOfLeaders}},
		{inspection.CareLeavers, inspection.CareLeavers, []inspection.Area{inspection.CareLeavers}},
		{inspection.OverallEffectiveness, inspection.OverallEffectiveness, []inspection.Area{inspection.OverallEffectiveness}},
		{inspection.HelpAndProtection, inspection.HelpAndProtection, []inspection.Area{inspection.HelpAndProtection}},
	}
	for _, tt := range tests {
		if got := tt.a.Line(); got != tt.line {
			t.Errorf("%v.Line() = %v, want %v", tt.a, got, tt.line)
		}
		if diff := cmp.Diff(tt.lineage, tt.a.Lineage()); diff != "" {
			t.Errorf("%v.Lineage() mismatch (-want +got):\n%s", tt.a, diff)
		}
	}
}

func TestAreaText(t *testing.T) {
	for _, a := range inspection.Areas() {
		if a.Label() == "" {
			t.Errorf("%v has no label", a)
		}
		b, err := a.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back inspection.Area
		if err := back.UnmarshalText(b); err != nil || back != a {
			t.Errorf("text round trip of %v: %v, %v", a, back, err)
		}
	}
	_, err := inspection.ParseArea("leaders")
	if !errors.Is(err, inspection.ErrUnknown) {
		t.Errorf("ParseArea(leaders) error = %v", err)
	}
	if got := err.Error(); got != `inspection: parsing area "leaders": unknown value` {
		t.Errorf("error message %q", got)
	}
	if got := inspection.Area(99).String(); got != "%!Area(99)" {
		t.Errorf("Area(99).String() = %q", got)
	}
	var m map[inspection.Area]int
	if err := json.Unmarshal([]byte(`{"help-and-protection":1,"lscb":2}`), &m); err != nil || m[inspection.LSCB] != 2 {
		t.Errorf("Area as a JSON key: %v, %v", m, err)
	}
}

func TestKind(t *testing.T) {
	graded := map[inspection.Kind]bool{
		inspection.FullInspection: true, inspection.Standard: true, inspection.Short: true,
		inspection.Reinspection: true, inspection.LSCBReview: true,
	}
	for k := inspection.Kind(1); k.IsValid(); k++ {
		if k.Graded() != graded[k] {
			t.Errorf("%v.Graded() = %v", k, k.Graded())
		}
		if got, err := inspection.ParseKind(k.String()); err != nil || got != k {
			t.Errorf("ParseKind(%q) = %v, %v", k, got, err)
		}
	}
	for in, want := range map[string]inspection.Kind{
		"ILACS Standard Inspection": inspection.Standard,
		"ILACS Short Inspection":    inspection.Short,
		"ILACS Focused Visit":       inspection.FocusedVisit,
		"LA Monitoring visit":       inspection.MonitoringVisit,
		"Re-inspection":             inspection.Reinspection,
		"JTAI":                      inspection.JTAI,
	} {
		if got, err := inspection.ParseKind(in); err != nil || got != want {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := inspection.ParseKind("inspection visit"); !errors.Is(err, inspection.ErrUnknown) {
		t.Errorf("ParseKind(bad) error = %v", err)
	}
}

func TestReference(t *testing.T) {
	tests := []struct {
		in   string
		want inspection.Reference
	}{
		{"(Outcome 2, national framework)", inspection.Reference{Part: inspection.Outcome, Number: 2}},
		{"(outcome three, national framework)", inspection.Reference{Part: inspection.Outcome, Number: 3}},
		{"(outcome 3: national framework)", inspection.Reference{Part: inspection.Outcome, Number: 3}},
		{"(Enabler 3, National Framework)", inspection.Reference{Part: inspection.Enabler, Number: 3}},
		{"(enabler 2, leaders drive conditions for effective practice)", inspection.Reference{Part: inspection.Enabler, Number: 2}},
		{"(Principle 1)", inspection.Reference{Part: inspection.Principle, Number: 1}},
		{"outcome 4", inspection.Reference{Part: inspection.Outcome, Number: 4}},
		{"(outcome\n  4, national framework)", inspection.Reference{Part: inspection.Outcome, Number: 4}},
	}
	for _, tt := range tests {
		got, err := inspection.ParseReference(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseReference(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "outcome", "outcome 5", "enabler 4", "principle 7", "outcome zero", "(national framework)", "chapter 2"} {
		if got, err := inspection.ParseReference(in); !errors.Is(err, inspection.ErrReference) {
			t.Errorf("ParseReference(%q) = %v, %v; want ErrReference", in, got, err)
		}
	}
	r := inspection.Reference{Part: inspection.Outcome, Number: 4}
	if got := r.Title(); got != "Children in care and care leavers have stable, loving homes" {
		t.Errorf("Title() = %q", got)
	}
	if got := (inspection.Reference{Part: inspection.Enabler, Number: 1}).Title(); got != "" {
		t.Errorf("enabler Title() = %q, want none", got)
	}
	if _, err := (inspection.Reference{Part: inspection.Outcome, Number: 9}).MarshalText(); err == nil {
		t.Error("MarshalText of outcome 9 succeeded")
	}
}

func TestAreaNamed(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want inspection.Area
	}{
		{"The impact of leaders on social work practice with children and families", inspection.ImpactOfLeaders},
		{"The impact of leaders on practice with children and families", inspection.ImpactOfLeaders},
		{"The experiences and progress of children who need help and protection", inspection.HelpAndProtection},
		{"The experiences and progress of children in care and care leavers", inspection.ChildrenInCareAndCareLeavers},
		{"The experiences and progress of children in care", inspection.ChildrenInCare},
		{"The experiences and progress of care leavers", inspection.CareLeavers},
		{"The experiences and progress of children care leavers", inspection.CareLeavers}, // the 2025-26 misprint
		{"Overall effectiveness", inspection.OverallEffectiveness},
		{"2. Children looked after and achieving permanence", inspection.LookedAfterChildren},
		{"2.1 Adoption performance", inspection.AdoptionPerformance},
		{"3. Leadership, management and governance", inspection.LeadershipManagementGovernance},
		{"The effectiveness of the Local Safeguarding Children Board", inspection.LSCB},
		{"LSCB Overall Effectiveness", inspection.LSCB},
		{"First SIF Overall Judgement\n(OE)", inspection.OverallEffectiveness},
		{"SLAC Safeguarding Overall effectiveness (OE)", inspection.Safeguarding},
		{"Overall effectiveness of services for looked after children and young people", inspection.OverallEffectiveness},
		{"Leadership and management", inspection.LeadershipAndManagement},
		{"Leadership and governance", inspection.LeadershipAndGovernance},
		{"The effectiveness of help", inspection.EffectivenessOfHelp},
		{"The quality of practice", inspection.QualityOfPractice},
		{"Capacity to improve", inspection.CapacityToImprove},
		{"Outcomes for looked after children and young people", inspection.OutcomesForLookedAfterChildren},
		{"Quality of provision", inspection.QualityOfProvision},
		{"Judgement", 0},
		{"", 0},
	} {
		got, ok := inspection.AreaNamed(tt.s)
		if got != tt.want || ok != (tt.want != 0) {
			t.Errorf("AreaNamed(%q) = %v, %v, want %v", tt.s, got, ok, tt.want)
		}
	}
	// Every official wording names its own area, under its framework and
	// in general, but for the wordings AreaNamed documents as ambiguous.
	for _, f := range inspection.Frameworks() {
		for _, s := range f.Areas() {
			if got, ok := f.AreaNamed(s.Wording); !ok || got != s.Area {
				t.Errorf("%v.AreaNamed(%q) = %v, %v, want %v", f, s.Wording, got, ok, s.Area)
			}
		}
	}
	for _, tt := range []struct {
		f    inspection.Framework
		s    string
		want inspection.Area
	}{
		{inspection.SLAC2009, "SLAC Looked After Children Overall Effectiveness (OE)", inspection.LookedAfterChildren},
		{inspection.SLAC2009, "SLAC re-inspection Safeguarding OE", inspection.Safeguarding},
		{inspection.ILACS2018, "Experiences and progress of children in care", inspection.ChildrenInCareAndCareLeavers},
		{inspection.ILACS2023, "Experiences and progress of children in care", inspection.ChildrenInCare},
		{inspection.ILACS2018, "The experiences and progress of care leavers", 0},
		{inspection.ILACS2026, "Overall effectiveness", 0},
		{0, "Overall effectiveness", 0},
	} {
		got, ok := tt.f.AreaNamed(tt.s)
		if got != tt.want || ok != (tt.want != 0) {
			t.Errorf("%v.AreaNamed(%q) = %v, %v, want %v", tt.f, tt.s, got, ok, tt.want)
		}
	}
}
