package inspection_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

const (
	O  = grade.Outstanding
	G  = grade.Good
	RI = grade.RequiresImprovement
	I  = grade.Inadequate
)

// sif returns SIF judgements: help and protection, looked after children,
// leadership, overall; adoption and care leavers are added by the caller.
func sif(hp, lac, lmg, oe grade.Grade) map[inspection.Area]grade.Grade {
	return map[inspection.Area]grade.Grade{
		inspection.HelpAndProtection: hp, inspection.LookedAfterChildren: lac,
		inspection.LeadershipManagementGovernance: lmg, inspection.OverallEffectiveness: oe,
	}
}

// ilacs23 returns ILACS 2023 judgements: leaders, help and protection,
// children in care, care leavers, overall.
func ilacs23(l, hp, cic, cl, oe grade.Grade) map[inspection.Area]grade.Grade {
	return map[inspection.Area]grade.Grade{
		inspection.ImpactOfLeaders: l, inspection.HelpAndProtection: hp, inspection.ChildrenInCare: cic,
		inspection.CareLeavers: cl, inspection.OverallEffectiveness: oe,
	}
}

func TestCheckConsistency(t *testing.T) {
	with := func(j map[inspection.Area]grade.Grade, a inspection.Area, g grade.Grade) map[inspection.Area]grade.Grade {
		j[a] = g
		return j
	}
	without := func(j map[inspection.Area]grade.Grade, a inspection.Area) map[inspection.Area]grade.Grade {
		delete(j, a)
		return j
	}
	tests := []struct {
		name string
		f    inspection.Framework
		j    map[inspection.Area]grade.Grade
		want []string
	}{
		// SIF: an inadequate key judgement makes overall inadequate.
		{"SIF key inadequate, overall inadequate", inspection.SIF2013, sif(I, RI, I, I), nil},
		{"SIF key inadequate, overall not", inspection.SIF2013, sif(I, RI, RI, RI),
			[]string{"sif-key-inadequate"}},
		// SIF: never better than leadership.
		{"SIF overall equals leadership, one better than worst", inspection.SIF2013, sif(RI, G, G, G), nil},
		{"SIF overall better than leadership", inspection.SIF2013, sif(G, G, RI, G),
			[]string{"sif-above-leadership"}},
		// SIF: between worst and best key judgement.
		{"SIF overall worse than every key judgement", inspection.SIF2013, sif(G, G, G, RI),
			[]string{"sif-outside-key-range"}},
		{"SIF overall outstanding with outstanding leadership", inspection.SIF2013, sif(G, O, O, O), nil}, // Kensington and Chelsea
		// SIF: at most one grade better than the worst.
		{"SIF two grades above the worst", inspection.SIF2013, sif(RI, O, O, O),
			[]string{"sif-above-worst-key"}},
		// SIF: sub-judgements never force overall effectiveness.
		{"SIF care leavers inadequate, overall requires improvement", inspection.SIF2013,
			with(with(sif(RI, RI, RI, RI), inspection.CareLeavers, I), inspection.AdoptionPerformance, RI), nil}, // Southampton 2014
		{"SIF adoption inadequate, overall requires improvement", inspection.SIF2013,
			with(sif(RI, RI, RI, RI), inspection.AdoptionPerformance, I), nil},
		{"SIF key judgement missing: no rule applies", inspection.SIF2013, without(sif(I, RI, RI, G), inspection.LookedAfterChildren), nil},
		{"SIF no overall", inspection.SIF2013, without(sif(I, I, I, I), inspection.OverallEffectiveness), nil},

		// ILACS: an inadequate practice judgement makes overall inadequate.
		{"ILACS care leavers inadequate, overall inadequate", inspection.ILACS2023, ilacs23(RI, G, G, I, I), nil}, // Harrow 2025
		{"ILACS care leavers inadequate, overall not", inspection.ILACS2023, ilacs23(RI, G, G, I, RI),
			[]string{"ilacs-practice-inadequate"}},
		{"ILACS 2018 in care inadequate, overall not", inspection.ILACS2018, map[inspection.Area]grade.Grade{
			inspection.ImpactOfLeaders: RI, inspection.HelpAndProtection: RI, inspection.ChildrenInCareAndCareLeavers: I, inspection.OverallEffectiveness: RI},
			[]string{"ilacs-practice-inadequate"}},
		// ILACS: overall equals leaders or the worst practice judgement.
		{"ILACS overall equals leaders", inspection.ILACS2023, ilacs23(G, RI, G, G, G), nil},
		{"ILACS overall equals worst practice", inspection.ILACS2023, ilacs23(G, RI, G, G, RI), nil},
		{"ILACS overall is neither", inspection.ILACS2023, ilacs23(O, O, G, RI, G),
			[]string{"ilacs-leaders-or-worst-practice"}},
		// ILACS: at most one grade better than the worst practice judgement.
		{"ILACS two above the worst practice", inspection.ILACS2023, ilacs23(O, O, RI, O, O),
			[]string{"ilacs-above-worst-practice"}},
		// ILACS: leaders inadequate, overall not: unusual.
		{"ILACS leaders inadequate, practice RI, overall RI", inspection.ILACS2018, map[inspection.Area]grade.Grade{
			inspection.ImpactOfLeaders: I, inspection.HelpAndProtection: RI, inspection.ChildrenInCareAndCareLeavers: RI, inspection.OverallEffectiveness: RI},
			[]string{"ilacs-leaders-inadequate"}}, // Herefordshire 2018
		{"ILACS leaders inadequate, overall inadequate", inspection.ILACS2018, map[inspection.Area]grade.Grade{
			inspection.ImpactOfLeaders: I, inspection.HelpAndProtection: RI, inspection.ChildrenInCareAndCareLeavers: RI, inspection.OverallEffectiveness: I}, nil}, // Trafford 2019
		// ILACS 2026: any overall effectiveness is a violation.
		{"ILACS 2026 without overall", inspection.ILACS2026, without(ilacs23(G, G, G, G, G), inspection.OverallEffectiveness), nil},
		{"ILACS 2026 with overall", inspection.ILACS2026, ilacs23(G, G, G, G, G), []string{"ilacs-2026-overall"}},
		// Frameworks without rules.
		{"CPI", inspection.CPI2012, map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: O, inspection.QualityOfPractice: I}, nil},
	}
	for _, tt := range tests {
		in := inspection.Inspection{Framework: tt.f, Judgements: tt.j}
		checks := inspection.CheckConsistency(&in)
		var got []string
		for _, c := range checks {
			got = append(got, c.Rule)
			want := inspection.Violation
			if c.Rule == "ilacs-leaders-inadequate" {
				want = inspection.Unusual
			}
			if c.Severity != want || c.Evidence == "" || c.Message == "" {
				t.Errorf("%s: incomplete check %+v", tt.name, c)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: CheckConsistency() mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestConsistentOverall(t *testing.T) {
	tests := []struct {
		name string
		f    inspection.Framework
		j    map[inspection.Area]grade.Grade
		want []grade.Grade
	}{
		{"SIF all RI", inspection.SIF2013, sif(RI, RI, RI, 0), []grade.Grade{RI}},
		{"SIF HP RI, rest good", inspection.SIF2013, sif(RI, G, G, 0), []grade.Grade{G, RI}},
		{"SIF leadership inadequate", inspection.SIF2013, sif(G, G, I, 0), []grade.Grade{I}},
		{"ILACS leaders O, practice G", inspection.ILACS2023, ilacs23(O, G, G, G, 0), []grade.Grade{O, G}},
		{"ILACS leaders I, practice RI", inspection.ILACS2023, ilacs23(I, RI, RI, RI, 0), []grade.Grade{RI, I}},
		{"ILACS practice inadequate", inspection.ILACS2023, ilacs23(G, G, I, G, 0), []grade.Grade{I}},
		{"ILACS nothing known", inspection.ILACS2023, nil, []grade.Grade{O, G, RI, I}},
		{"ILACS 2026", inspection.ILACS2026, ilacs23(G, G, G, G, 0), nil},
		{"SLAC", inspection.SLAC2009, nil, nil},
		{"CPI", inspection.CPI2012, nil, []grade.Grade{O, G, grade.Adequate, I}},
	}
	for _, tt := range tests {
		if tt.j != nil {
			delete(tt.j, inspection.OverallEffectiveness)
		}
		got := inspection.ConsistentOverall(tt.f, tt.j)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: ConsistentOverall() mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
	// The input is not modified.
	j := ilacs23(O, G, G, G, G)
	inspection.ConsistentOverall(inspection.ILACS2023, j)
	if j[inspection.OverallEffectiveness] != G {
		t.Error("ConsistentOverall changed its input")
	}
}

func TestCheckJSON(t *testing.T) {
	var c inspection.Check
	if err := json.Unmarshal([]byte(`{"rule":"sif-key-inadequate","severity":"violation","message":"m","evidence":"e"}`), &c); err != nil || c.Severity != inspection.Violation {
		t.Errorf("Check JSON: %+v %v", c, err)
	}
	if err := json.Unmarshal([]byte(`{"severity":"bad"}`), &c); err == nil {
		t.Error("accepted a bad severity")
	}
}
