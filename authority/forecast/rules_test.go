package forecast

import (
	"testing"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

func TestKindAfter(t *testing.T) {
	tests := []struct {
		g    grade.Grade
		want inspection.Kind
	}{
		{grade.Outstanding, inspection.Short},
		{grade.Good, inspection.Short},
		{grade.RequiresImprovement, inspection.Standard},
		{grade.Adequate, inspection.Standard},
		{grade.Inadequate, inspection.Standard}, // the re-inspection after monitoring
		{0, inspection.Standard},                // nothing judged: a new authority
	}
	for _, tt := range tests {
		if got := kindAfter(tt.g); got != tt.want {
			t.Errorf("kindAfter(%v) = %v, want %v", tt.g, got, tt.want)
		}
	}
}

func TestDeciding(t *testing.T) {
	const (
		O  = grade.Outstanding
		G  = grade.Good
		RI = grade.RequiresImprovement
		A  = grade.Adequate
		I  = grade.Inadequate
	)
	ilacs2026 := func(leaders, hp, cic, cl grade.Grade) inspection.Inspection {
		return inspection.Inspection{Framework: inspection.ILACS2026, Judgements: map[inspection.Area]grade.Grade{
			inspection.ImpactOfLeaders: leaders, inspection.HelpAndProtection: hp,
			inspection.ChildrenInCare: cic, inspection.CareLeavers: cl,
		}}
	}
	tests := []struct {
		name string
		in   inspection.Inspection
		want grade.Grade
		ok   bool
	}{
		{"overall decides", inspection.Inspection{Framework: inspection.ILACS2023, Judgements: map[inspection.Area]grade.Grade{
			inspection.OverallEffectiveness: G, inspection.ImpactOfLeaders: I}}, G, true},
		{"adequate is requires improvement", inspection.Inspection{Framework: inspection.CPI2012, Judgements: map[inspection.Area]grade.Grade{
			inspection.OverallEffectiveness: A}}, RI, true},
		{"2026: leaders and two practice good", ilacs2026(G, O, G, RI), G, true},
		{"2026: leaders and three practice good", ilacs2026(O, G, G, G), G, true},
		{"2026: one practice good", ilacs2026(G, G, RI, RI), RI, true},
		{"2026: leaders less than good", ilacs2026(RI, O, O, O), RI, true},
		{"2026: a practice judgement inadequate", ilacs2026(G, G, G, I), I, true},
		{"2026: leaders inadequate", ilacs2026(I, G, G, G), I, true},
		{"2026: care leavers not judged", ilacs2026(G, G, G, 0), G, true},
		{"SLAC: the worse of two", inspection.Inspection{Framework: inspection.SLAC2009, Judgements: map[inspection.Area]grade.Grade{
			inspection.Safeguarding: G, inspection.LookedAfterChildren: A}}, RI, true},
		{"nothing judged", inspection.Inspection{Framework: inspection.ILACS2026, Judgements: map[inspection.Area]grade.Grade{
			inspection.ImpactOfLeaders: 0}}, 0, false},
	}
	for _, tt := range tests {
		got, ok := deciding(&tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: deciding() = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestUnderILACS(t *testing.T) {
	for _, f := range inspection.Frameworks() {
		want := f >= inspection.ILACS2018
		if got := underILACS(f); got != want {
			t.Errorf("underILACS(%v) = %v, want %v", f, got, want)
		}
	}
}
