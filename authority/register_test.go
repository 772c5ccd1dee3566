package authority_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/google/go-cmp/cmp"
)

type judgements = map[inspection.Area]grade.Grade

// ilacs returns an ILACS 2018 record of an authority, published on pub.
func ilacs(name string, start, pub inspection.Date, oe grade.Grade) inspection.Inspection {
	return inspection.Inspection{
		Authority: inspection.LocalAuthority{Name: name}, Framework: inspection.ILACS2018, Kind: inspection.Standard,
		Start: start, Published: pub,
		Judgements: judgements{inspection.OverallEffectiveness: oe, inspection.ImpactOfLeaders: oe,
			inspection.HelpAndProtection: oe, inspection.ChildrenInCareAndCareLeavers: oe},
	}
}

func TestAddMerges(t *testing.T) {
	r := new(authority.Register)
	// One inspection as two files give it: the first with publication
	// date and grades only, the second with the start date and kind too,
	// and the authority by another name.
	first := ilacs("Hull", inspection.Date{}, day(2022, time.December, 12), grade.Good)
	first.Kind = 0
	second := ilacs("Kingston upon Hull, City of", day(2022, time.November, 14), day(2022, time.December, 12), grade.Good)
	delete(second.Judgements, inspection.ImpactOfLeaders)
	for _, in := range []inspection.Inspection{first, second} {
		if err := r.Add(in); err != nil {
			t.Fatal(err)
		}
	}
	if r.Len() != 1 {
		t.Fatalf("Len() = %d, want 1", r.Len())
	}
	got := slices.Collect(r.Inspections())
	want := ilacs("", day(2022, time.November, 14), day(2022, time.December, 12), grade.Good)
	want.Authority = authority.MustLookup("Hull").Record()
	if diff := cmp.Diff([]*inspection.Inspection{&want}, got); diff != "" {
		t.Errorf("merged record (-want +got):\n%s", diff)
	}
	// The caller's map is not the register's.
	first.Judgements[inspection.OverallEffectiveness] = grade.Inadequate
	if g, _ := got[0].Overall(); g != grade.Good {
		t.Error("the register shares the caller's judgements")
	}
}

func TestAddConflicts(t *testing.T) {
	base := ilacs("Portsmouth", day(2018, time.September, 3), day(2018, time.October, 15), grade.Good)
	tests := []struct {
		name   string
		change func(*inspection.Inspection)
		fields []string
	}{
		{"grade", func(in *inspection.Inspection) { in.Judgements[inspection.HelpAndProtection] = grade.Inadequate }, []string{"judgements.help-and-protection"}},
		{"not judged against a grade", func(in *inspection.Inspection) { in.Judgements[inspection.HelpAndProtection] = 0 }, []string{"judgements.help-and-protection"}},
		{"kind", func(in *inspection.Inspection) { in.Kind = inspection.Short }, []string{"kind"}},
		{"start and framework", func(in *inspection.Inspection) {
			in.Start = day(2018, time.September, 10)
			in.Framework = inspection.ILACS2023
		}, []string{"framework", "start"}},
		{"mistyped publication date", func(in *inspection.Inspection) {
			in.Published = day(2018, time.December, 15)
			in.Start = inspection.Date{}
		}, []string{"published"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := new(authority.Register)
			if err := r.Add(base); err != nil {
				t.Fatal(err)
			}
			other := base
			other.Judgements = judgements{}
			for a, g := range base.Judgements {
				other.Judgements[a] = g
			}
			tt.change(&other)
			err := r.Add(other)
			var got []string
			var list authority.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Add = %v, want an ErrorList", err)
			}
			for _, e := range list {
				c, ok := e.(*authority.Conflict)
				if !ok || !errors.Is(e, authority.ErrConflict) {
					t.Fatalf("problem %T %v, want a *Conflict", e, e)
				}
				got = append(got, c.Field)
			}
			if diff := cmp.Diff(tt.fields, got); diff != "" {
				t.Errorf("conflicting fields (-want +got):\n%s", diff)
			}
			// The register keeps what it had.
			if r.Len() != 1 {
				t.Errorf("Len() = %d after a conflict, want 1", r.Len())
			}
			kept := slices.Collect(r.Inspections())[0]
			if kept.Kind != base.Kind || kept.Judgements[inspection.HelpAndProtection] != grade.Good || kept.Start != base.Start {
				t.Errorf("the register's record changed: %+v", kept)
			}
		})
	}
}

// TestAddDistinct checks that records of different inspections are kept
// apart, even close together: a re-inspection, different grades, an
// ungraded visit.
func TestAddDistinct(t *testing.T) {
	r := new(authority.Register)
	for _, in := range []inspection.Inspection{
		ilacs("Calderdale", day(2019, time.January, 7), day(2019, time.March, 1), grade.Inadequate),
		ilacs("Calderdale", day(2019, time.April, 1), day(2019, time.June, 1), grade.RequiresImprovement), // other grades
		{Authority: inspection.LocalAuthority{Name: "Calderdale"}, Framework: inspection.ILACS2018, Kind: inspection.MonitoringVisit,
			Start: day(2019, time.February, 1), Published: day(2019, time.March, 20)},
	} {
		if err := r.Add(in); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for in := range r.History(authority.MustLookup("Calderdale")).All() {
		got = append(got, in.Start.String()+" "+in.Kind.String())
	}
	want := []string{"2019-01-07 standard", "2019-02-01 monitoring-visit", "2019-04-01 standard"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	var back []string
	for in := range r.History(authority.MustLookup("Calderdale")).Backward() {
		back = append(back, in.Start.String()+" "+in.Kind.String())
	}
	slices.Reverse(back)
	if diff := cmp.Diff(want, back); diff != "" {
		t.Errorf("Backward, reversed (-want +got):\n%s", diff)
	}
}

func TestAddAuthorityErrors(t *testing.T) {
	tests := []struct {
		name string
		who  inspection.LocalAuthority
		when inspection.Date
		want error  // for errors.Is, or nil to check the message only
		msg  string // a part of the message
	}{
		{"unknown name", inspection.LocalAuthority{Name: "Atlantis"}, day(2019, 1, 7), authority.ErrUnknown, `"Atlantis": no such authority`},
		{"unknown code", inspection.LocalAuthority{GSS: "E06999999"}, day(2019, 1, 7), authority.ErrUnknown, "E06999999"},
		{"no name or code", inspection.LocalAuthority{}, day(2019, 1, 7), authority.ErrUnknown, ""},
		{"codes disagree", inspection.LocalAuthority{GSS: "E06000044", DfE: "852"}, day(2019, 1, 7), nil, "name both Portsmouth and Southampton"},
		{"code and name disagree", inspection.LocalAuthority{Name: "Southampton", GSS: "E06000044"}, day(2019, 1, 7), nil, `code E06000044 is Portsmouth, not "Southampton"`},
		{"before it existed", inspection.LocalAuthority{Name: "Cumberland"}, day(2020, 1, 6), authority.ErrNotExisting, "Cumberland existed from 2023-04-01"},
		{"after it ended", inspection.LocalAuthority{GSS: "E10000006"}, day(2023, 6, 5), authority.ErrNotExisting, "Cumbria existed until 2023-03-31"},
	}
	for _, tt := range tests {
		in := ilacs("", tt.when, tt.when.AddDays(50), grade.Good)
		in.Authority = tt.who
		err := new(authority.Register).Add(in)
		if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: Add = %v, want %v containing %q", tt.name, err, tt.want, tt.msg)
		}
	}
}

func TestMerge(t *testing.T) {
	a := register(portsmouth()[:3])
	b := register(portsmouth()[2:])
	if err := a.Merge(b); err != nil {
		t.Fatal(err)
	}
	want := register(portsmouth())
	if diff := cmp.Diff(slices.Collect(want.Inspections()), slices.Collect(a.Inspections())); diff != "" {
		t.Errorf("merged (-want +got):\n%s", diff)
	}
	c := register(portsmouth())
	bad := portsmouth()[3]
	bad.Judgements = judgements{inspection.OverallEffectiveness: grade.Inadequate}
	if err := c.Merge(register([]inspection.Inspection{bad})); !errors.Is(err, authority.ErrConflict) {
		t.Errorf("Merge of a conflicting record = %v", err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := register(portsmouth(), []inspection.Inspection{
		ilacs("Dorset County Council", day(2018, 7, 2), day(2018, 9, 3), grade.RequiresImprovement), // hypothetical: tests the old Dorset's code
		{Authority: inspection.LocalAuthority{Name: "Isles of Scilly"}, Framework: inspection.SIF2013, Kind: inspection.FullInspection,
			Published:  day(2016, time.June, 27),
			Judgements: judgements{inspection.OverallEffectiveness: grade.Good, inspection.LookedAfterChildren: 0}}, // "-": not judged
	})
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	back, err := authority.ReadJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(slices.Collect(r.Inspections()), slices.Collect(back.Inspections())); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var again authority.Register
	if err := json.Unmarshal(data, &again); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(slices.Collect(r.Inspections()), slices.Collect(again.Inspections())); diff != "" {
		t.Errorf("json.Marshal round trip (-want +got):\n%s", diff)
	}
}

func TestReadJSONErrors(t *testing.T) {
	tests := []struct {
		in  string
		msg string
	}{
		{`{}`, "want an array"},
		{`[{"authority":{"name":"Atlantis"}}]`, `inspection 0: authority: "Atlantis": no such authority`},
		{`[{"authority":{"name":"Portsmouth"},"framework":"sif-2099"}]`, "inspection 0"},
		{`[{"authority":{"name":"Portsmouth"}}, 7]`, "inspection 1"},
		{`[`, "reading JSON"},
	}
	for _, tt := range tests {
		_, err := authority.ReadJSON(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ReadJSON(%s) = %v, want an error containing %q", tt.in, err, tt.msg)
		}
	}
}

func TestErrorList(t *testing.T) {
	var l authority.ErrorList
	if l.Err() != nil || l.Error() != "no problems" {
		t.Errorf("empty list: %v, %q", l.Err(), l.Error())
	}
	e1, e2, e3 := errors.New("a"), errors.New("b"), errors.New("c")
	for _, tt := range []struct {
		l    authority.ErrorList
		want string
	}{
		{authority.ErrorList{e1}, "a"},
		{authority.ErrorList{e1, e2}, "a (and 1 more problem)"},
		{authority.ErrorList{e1, e2, e3}, "a (and 2 more problems)"},
	} {
		if got := tt.l.Err().Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.l, tt.l[len(tt.l)-1]) {
			t.Errorf("errors.Is does not see the last problem of %v", tt.l)
		}
	}
}
