package inspection_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

type problem struct {
	Field string
	Err   error
}

func problems(l inspection.ErrorList) []problem {
	var out []problem
	for _, e := range l {
		out = append(out, problem{e.Field, e.Err})
	}
	return out
}

// sif2014 is a complete SIF inspection (Southampton, 2014).
func sif2014() inspection.Inspection {
	return inspection.Inspection{
		Authority: inspection.LocalAuthority{Name: "Southampton"},
		Framework: inspection.SIF2013,
		Kind:      inspection.FullInspection,
		Start:     d(2014, 7, 1),
		End:       d(2014, 7, 24),
		Published: d(2014, 9, 15),
		Judgements: map[inspection.Area]grade.Grade{
			inspection.OverallEffectiveness:           grade.RequiresImprovement,
			inspection.HelpAndProtection:              grade.RequiresImprovement,
			inspection.LookedAfterChildren:            grade.RequiresImprovement,
			inspection.AdoptionPerformance:            grade.RequiresImprovement,
			inspection.CareLeavers:                    grade.Inadequate,
			inspection.LeadershipManagementGovernance: grade.RequiresImprovement,
			inspection.LSCB:                           grade.RequiresImprovement,
		},
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*inspection.Inspection)
		want []problem
	}{
		{"valid SIF", func(*inspection.Inspection) {}, nil},
		{"valid ILACS 2023", func(in *inspection.Inspection) { *in = portsmouth2023() }, nil},
		{"sub-judgement not judged", func(in *inspection.Inspection) {
			in.Judgements[inspection.AdoptionPerformance] = 0 // City of London 2016: "Not judged"
		}, nil},
		{"sub-judgements absent", func(in *inspection.Inspection) {
			delete(in.Judgements, inspection.AdoptionPerformance)
			delete(in.Judgements, inspection.CareLeavers)
			delete(in.Judgements, inspection.LSCB)
		}, nil},
		{"required judgement missing", func(in *inspection.Inspection) {
			delete(in.Judgements, inspection.HelpAndProtection)
			delete(in.Judgements, inspection.LeadershipManagementGovernance)
		}, []problem{
			{"judgements.help-and-protection", inspection.ErrMissingJudgement},
			{"judgements.leadership-management-governance", inspection.ErrMissingJudgement},
		}},
		{"required judgement recorded as not judged", func(in *inspection.Inspection) {
			in.Judgements[inspection.LookedAfterChildren] = 0 // Isles of Scilly 2016: "-" in Ofsted's statistics
		}, nil},
		{"area of another framework", func(in *inspection.Inspection) {
			in.Judgements[inspection.ImpactOfLeaders] = grade.Good
		}, []problem{{"judgements.impact-of-leaders", inspection.ErrUnexpectedJudgement}}},
		{"adequate under the SIF", func(in *inspection.Inspection) {
			in.Judgements[inspection.OverallEffectiveness] = grade.Adequate
		}, []problem{{"judgements.overall-effectiveness", inspection.ErrOffScale}}},
		{"requires improvement under SLAC", func(in *inspection.Inspection) {
			*in = inspection.Inspection{Framework: inspection.SLAC2009, Kind: inspection.FullInspection, Published: d(2011, 6, 27),
				Judgements: map[inspection.Area]grade.Grade{inspection.Safeguarding: grade.RequiresImprovement, inspection.LookedAfterChildren: grade.Good}}
		}, []problem{{"judgements.safeguarding", inspection.ErrOffScale}}},
		{"overall effectiveness under ILACS 2026", func(in *inspection.Inspection) {
			*in = portsmouth2023()
			in.Framework, in.Start, in.End = inspection.ILACS2026, d(2026, 7, 6), d(2026, 7, 10)
		}, []problem{{"judgements.overall-effectiveness", inspection.ErrUnexpectedJudgement}}},
		{"grades on a focused visit", func(in *inspection.Inspection) {
			*in = portsmouth2023()
			in.Kind = inspection.FocusedVisit
			in.Judgements = map[inspection.Area]grade.Grade{inspection.CareLeavers: grade.Good}
		}, []problem{{"judgements.care-leavers", inspection.ErrUnexpectedJudgement}}},
		{"LSCB review with an authority judgement", func(in *inspection.Inspection) {
			in.Kind = inspection.LSCBReview
			in.Judgements = map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: grade.Good}
		}, []problem{
			{"judgements.overall-effectiveness", inspection.ErrUnexpectedJudgement},
			{"judgements.lscb", inspection.ErrMissingJudgement},
		}},
		{"kind not used", func(in *inspection.Inspection) { in.Kind = inspection.Short },
			[]problem{{"kind", inspection.ErrKind}}},
		{"no framework or kind", func(in *inspection.Inspection) { in.Framework, in.Kind = 0, 0 },
			[]problem{{"framework", inspection.ErrInvalid}, {"kind", inspection.ErrInvalid}}},
		{"dates out of order", func(in *inspection.Inspection) {
			in.Start, in.End, in.Published = d(2014, 7, 24), d(2014, 7, 1), d(2014, 6, 1)
		}, []problem{{"end", inspection.ErrDateOrder}, {"published", inspection.ErrDateOrder}}},
		{"not a day", func(in *inspection.Inspection) { in.Start = d(2014, 2, 30) },
			[]problem{{"start", inspection.ErrInvalid}}},
		{"outside the period", func(in *inspection.Inspection) {
			in.Start, in.End, in.Published = d(2019, 7, 1), d(2019, 7, 24), d(2019, 9, 1)
		}, []problem{{"start", inspection.ErrOutsidePeriod}}},
		{"published before the framework", func(in *inspection.Inspection) {
			in.Start, in.End, in.Published = inspection.Date{}, inspection.Date{}, d(2013, 6, 1)
		}, []problem{{"published", inspection.ErrOutsidePeriod}}},
		{"every problem, not the first", func(in *inspection.Inspection) {
			in.Judgements[inspection.OverallEffectiveness] = grade.Adequate
			delete(in.Judgements, inspection.HelpAndProtection)
			in.Start = d(2020, 1, 1)
		}, []problem{
			{"end", inspection.ErrDateOrder},
			{"start", inspection.ErrOutsidePeriod},
			{"judgements.overall-effectiveness", inspection.ErrOffScale},
			{"judgements.help-and-protection", inspection.ErrMissingJudgement},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := sif2014()
			tt.edit(&in)
			got := inspection.Validate(&in)
			if diff := cmp.Diff(tt.want, problems(got), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("Validate() mismatch (-want +got):\n%s\n%v", diff, got)
			}
			for _, e := range got {
				if !errors.Is(got, e.Err) || e.Error() == "" {
					t.Errorf("problem %v does not unwrap to its kind", e)
				}
			}
			if (got.Err() == nil) != (len(tt.want) == 0) {
				t.Errorf("Err() = %v", got.Err())
			}
		})
	}
}

func TestErrorList(t *testing.T) {
	var l inspection.ErrorList
	if l.Err() != nil || l.Error() != "no problems" {
		t.Error("empty list")
	}
	l.Add(inspection.Position{Line: 12, Column: 3}, "judgements.care-leavers", inspection.ErrMissingJudgement, "no row for %s", "care leavers")
	if got, want := l.Error(), "12:3: judgements.care-leavers: missing judgement: no row for care leavers"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	l.Add(inspection.Position{Line: 40}, "", inspection.ErrOffScale, "x")
	l.Add(inspection.Position{}, "", inspection.ErrDateOrder, "")
	if got, want := l.Error(), "12:3: judgements.care-leavers: missing judgement: no row for care leavers (and 2 more problems)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := l[1].Error(); got != "40: grade not on the framework's scale: x" {
		t.Errorf("Error() = %q", got)
	}
	if got := l[2].Error(); got != "dates out of order" {
		t.Errorf("Error() = %q", got)
	}
	if !errors.Is(l.Err(), inspection.ErrOffScale) || errors.Is(l.Err(), inspection.ErrKind) {
		t.Error("errors.Is over the list")
	}
	if (inspection.Position{}).String() != "-" || (inspection.Position{Line: 2}).String() != "2" {
		t.Error("Position.String")
	}
}
