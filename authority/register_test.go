package authority_test

import (
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
	first.Sources = []inspection.Source{{File: "a.ods", Sheet: "S", Row: 7}}
	second := ilacs("Kingston upon Hull, City of", day(2022, time.November, 14), day(2022, time.December, 12), grade.Good)
	delete(second.Judgements, inspection.ImpactOfLeaders)
	second.Sources = []inspection.Source{{File: "b.ods", Sheet: "T", Row: 9}, {File: "a.ods", Sheet: "S", Row: 7}}
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
	want.Authority = inspection.LocalAuthority{Name: "Kingston upon Hull", GSS: "E06000010", DfE: "810", URN: "80477"}
	want.Sources = []inspection.Source{{File: "a.ods", Sheet: "S", Row: 7}, {File: "b.ods", Sheet: "T", Row: 9}}
	if diff := cmp.Diff([]inspection.Inspection{want}, got); diff != "" {
		t.Errorf("merged record (-want +got):\n%s", diff)
	}
	if c := r.Conflicts(); len(c) != 0 {
		t.Errorf("conflicts %v", c)
	}
	// The caller's map is not the register's.
	first.Judgements[inspection.OverallEffectiveness] = grade.Inadequate
	if g, _ := slices.Collect(r.Inspections())[0].Overall(); g != grade.Good {
		t.Error("the register shares the caller's judgements")
	}
}

func TestAddConflicts(t *testing.T) {
	base := ilacs("Portsmouth", day(2018, time.September, 3), day(2018, time.October, 15), grade.Good)
	base.End = day(2018, time.September, 14)
	base.Sources = []inspection.Source{{File: "new.ods", Row: 2}}
	tests := []struct {
		name   string
		change func(*inspection.Inspection)
		want   []string // field: kept / other
	}{
		{"grade", func(in *inspection.Inspection) { in.Judgements[inspection.HelpAndProtection] = grade.Inadequate },
			[]string{"judgements.help-and-protection: good / inadequate"}},
		{"not judged against a grade", func(in *inspection.Inspection) { in.Judgements[inspection.HelpAndProtection] = 0 },
			[]string{"judgements.help-and-protection: good / not judged"}},
		{"kind", func(in *inspection.Inspection) { in.Kind = inspection.Short }, []string{"kind: standard / short"}},
		{"start and framework", func(in *inspection.Inspection) {
			in.Start = day(2018, time.September, 10) // days on site overlapping the register's, to 2018-09-14
			in.End = day(2018, time.September, 21)
			in.Framework = inspection.ILACS2023
		}, []string{"framework: ilacs-2018 / ilacs-2023", "start: 2018-09-03 / 2018-09-10", "end: 2018-09-14 / 2018-09-21"}},
		{"published, the same days on site", func(in *inspection.Inspection) { in.Published = day(2018, time.November, 1) },
			[]string{"published: 2018-10-15 / 2018-11-01"}},
		{"mistyped publication date", func(in *inspection.Inspection) {
			in.Published = day(2018, time.December, 15)
			in.Start, in.End = inspection.Date{}, inspection.Date{}
		}, []string{"published: 2018-10-15 / 2018-12-15"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := new(authority.Register)
			if err := r.Add(base); err != nil {
				t.Fatal(err)
			}
			other := base.Clone()
			other.Sources = []inspection.Source{{File: "old.ods", Row: 5}}
			other.Link = "https://example.org/report.pdf" // something the register lacks
			tt.change(&other)
			if err := r.Add(other); err != nil {
				t.Fatalf("Add = %v, want no error: a conflict is kept, not returned", err)
			}
			var got []string
			for _, c := range r.Conflicts() {
				got = append(got, c.Field+": "+c.Kept+" / "+c.Other)
				if c.Authority.Name() != "Portsmouth" || c.Date != base.Start ||
					!cmp.Equal(c.KeptFrom, base.Sources) || !cmp.Equal(c.OtherFrom, other.Sources) {
					t.Errorf("conflict %+v", c)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
			// The register keeps what it had, fills what it lacked, and
			// lists the sources of both.
			if r.Len() != 1 {
				t.Fatalf("Len() = %d after a conflict, want 1", r.Len())
			}
			kept := slices.Collect(r.Inspections())[0]
			if kept.Kind != base.Kind || kept.Judgements[inspection.HelpAndProtection] != grade.Good || kept.Start != base.Start ||
				kept.Published != base.Published || kept.Link != other.Link || len(kept.Sources) != 2 {
				t.Errorf("the register's record: %+v", kept)
			}
		})
	}
}

func TestConflictString(t *testing.T) {
	c := authority.Conflict{
		Authority: authority.MustLookup("Merton"), Date: day(2022, time.February, 28), Field: "kind", Kept: "short", Other: "standard",
		KeptFrom: []inspection.Source{{File: "2025.ods", Row: 4}, {File: "2025.ods", Row: 9}}, OtherFrom: []inspection.Source{{File: "2023.ods"}},
	}
	for _, tt := range []struct {
		c    authority.Conflict
		want string
	}{
		{c, `Merton, 2022-02-28: kind is "short" (kept), "standard" in another record (kept from 2025.ods; other from 2023.ods)`},
		{authority.Conflict{}, "no conflict"},
	} {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

// TestSameInspection checks which records the register takes to be of
// one inspection.
func TestSameInspection(t *testing.T) {
	visit := func(start, end, pub inspection.Date) inspection.Inspection {
		return inspection.Inspection{Authority: inspection.LocalAuthority{Name: "Barnet"}, Framework: inspection.ILACS2023,
			Kind: inspection.MonitoringVisit, Start: start, End: end, Published: pub}
	}
	sif := func(start, end, pub inspection.Date, k inspection.Kind) inspection.Inspection {
		g := grade.RequiresImprovement
		if k == inspection.LSCBReview {
			return inspection.Inspection{Authority: inspection.LocalAuthority{Name: "Surrey"}, Framework: inspection.SIF2013, Kind: k,
				Start: start, End: end, Published: pub, Judgements: judgements{inspection.LSCB: g}}
		}
		return inspection.Inspection{Authority: inspection.LocalAuthority{Name: "Surrey"}, Framework: inspection.SIF2013, Kind: k,
			Start: start, End: end, Published: pub, Judgements: judgements{inspection.OverallEffectiveness: g, inspection.HelpAndProtection: g}}
	}
	none := inspection.Date{}
	tests := []struct {
		name string
		ins  []inspection.Inspection
		want int // inspections in the register
	}{
		{"the same days on site, different publication", []inspection.Inspection{
			visit(day(2024, 5, 1), day(2024, 5, 2), day(2024, 6, 1)), visit(day(2024, 5, 1), none, day(2024, 6, 3))}, 1},
		{"overlapping days on site", []inspection.Inspection{
			visit(day(2024, 5, 1), day(2024, 5, 3), none), visit(day(2024, 5, 3), day(2024, 5, 4), none)}, 1},
		{"days on site apart, the same publication", []inspection.Inspection{
			visit(day(2024, 5, 1), day(2024, 5, 2), day(2024, 6, 1)), visit(day(2024, 5, 8), day(2024, 5, 9), day(2024, 6, 1))}, 2},
		{"one without days on site, the same publication", []inspection.Inspection{
			visit(day(2024, 5, 1), day(2024, 5, 2), day(2024, 6, 1)), visit(none, none, day(2024, 6, 1))}, 1},
		{"one without days on site, another publication", []inspection.Inspection{
			visit(day(2024, 5, 1), day(2024, 5, 2), day(2024, 6, 1)), visit(none, none, day(2024, 6, 2))}, 2},
		{"neither with days on site", []inspection.Inspection{visit(none, none, day(2024, 6, 1)), visit(none, none, day(2024, 6, 1))}, 1},
		// A record that joins two: the first by publication, the second
		// by days on site.
		{"a record joining two", []inspection.Inspection{
			visit(none, none, day(2024, 6, 1)), visit(day(2024, 5, 1), day(2024, 5, 2), day(2024, 6, 5)), visit(day(2024, 5, 2), none, day(2024, 6, 1))}, 1},
		// A SIF report printing only its days on site, and Ofsted's
		// history giving only its publication, as for Bolton in 2014.
		{"graded, days on site and publication weeks later", []inspection.Inspection{
			sif(day(2014, 1, 14), day(2014, 2, 5), none, inspection.FullInspection), sif(none, none, day(2014, 3, 21), inspection.FullInspection)}, 1},
		{"graded, kind not known on one side", []inspection.Inspection{
			sif(day(2014, 1, 14), day(2014, 2, 5), none, 0), sif(none, none, day(2014, 3, 21), inspection.FullInspection)}, 1},
		{"graded, published 240 days after", []inspection.Inspection{
			sif(day(2014, 1, 14), day(2014, 2, 5), none, inspection.FullInspection), sif(none, none, day(2014, 10, 3), inspection.FullInspection)}, 1},
		{"graded, published 241 days after", []inspection.Inspection{
			sif(day(2014, 1, 14), day(2014, 2, 5), none, inspection.FullInspection), sif(none, none, day(2014, 10, 4), inspection.FullInspection)}, 2},
		{"graded, published before the last day on site", []inspection.Inspection{
			sif(day(2014, 1, 14), day(2014, 2, 5), none, inspection.FullInspection), sif(none, none, day(2014, 2, 4), inspection.FullInspection)}, 2},
		{"graded, another kind", []inspection.Inspection{
			sif(day(2015, 6, 15), day(2015, 6, 17), none, inspection.LSCBReview), sif(none, none, day(2015, 8, 3), inspection.FullInspection)}, 2},
		{"graded, a re-inspection", []inspection.Inspection{
			sif(day(2015, 6, 15), day(2015, 6, 17), none, inspection.Reinspection), sif(none, none, day(2015, 8, 3), inspection.FullInspection)}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := register(tt.ins)
			if r.Len() != tt.want {
				t.Errorf("Len() = %d, want %d", r.Len(), tt.want)
			}
			checkNoOverlap(t, r)
		})
	}
}

// checkNoOverlap checks that no two inspections of one authority are of
// one inspection: their days on site do not overlap, and without days on
// site their publication dates differ.
func checkNoOverlap(t *testing.T, r *authority.Register) {
	t.Helper()
	for a := range authority.All() {
		ins := slices.Collect(r.History(a).All())
		for i, x := range ins {
			for _, y := range ins[i+1:] {
				xs, ys := !x.Start.IsZero() || !x.End.IsZero(), !y.Start.IsZero() || !y.End.IsZero()
				switch {
				case xs && ys:
					if !last(x).Before(y.Date()) && !last(y).Before(x.Date()) {
						t.Errorf("%s: inspections of %s and %s overlap", a, x.Date(), y.Date())
					}
				case x.Published == y.Published:
					t.Errorf("%s: two inspections published %s, one without days on site", a, x.Published)
				}
			}
		}
	}
}

// last returns an inspection's last day on site.
func last(in inspection.Inspection) inspection.Date {
	if in.End.IsZero() {
		return in.Date()
	}
	return in.End
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

func TestAddErrors(t *testing.T) {
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
		{"no date", inspection.LocalAuthority{Name: "Portsmouth"}, inspection.Date{}, nil, `the inspection of "Portsmouth" has no date`},
	}
	for _, tt := range tests {
		in := ilacs("", tt.when, inspection.Date{}, grade.Good)
		if !tt.when.IsZero() {
			in.Published = tt.when.AddDays(50)
		}
		in.Authority = tt.who
		r := new(authority.Register)
		err := r.Add(in)
		if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) || !strings.Contains(err.Error(), tt.msg) || r.Len() != 0 {
			t.Errorf("%s: Add = %v, want %v containing %q", tt.name, err, tt.want, tt.msg)
		}
	}
}

// TestValuesOut checks that nothing the register hands out lets a caller
// change it, and that what was handed out before a change stays as it
// was.
func TestValuesOut(t *testing.T) {
	r := register(portsmouth())
	a := authority.MustLookup("Portsmouth")
	before := slices.Collect(r.Inspections())
	h := r.History(a)
	p := r.Picture(authority.AsAt(day(2025, time.March, 31)))

	// Change everything handed out.
	for in := range h.All() {
		if in.Judgements != nil {
			in.Judgements[inspection.OverallEffectiveness] = grade.Inadequate
		}
		in.Framework = 0
	}
	for in := range r.Inspections() {
		if in.Judgements != nil {
			in.Judgements[inspection.HelpAndProtection] = grade.Inadequate
		}
	}
	for _, tr := range h.Trajectories() {
		for _, pt := range tr.Points {
			pt.Inspection.Judgements[inspection.ImpactOfLeaders] = grade.Inadequate
		}
	}
	s, _ := p.Standing(a)
	s.Inspection.Judgements[inspection.ChildrenInCare] = grade.Inadequate
	latest, _ := h.Latest(authority.AsAt(day(2025, time.March, 31)))
	latest.Judgements[inspection.CareLeavers] = grade.Inadequate
	for _, iv := range r.Intervals() {
		iv.From.Judgements[inspection.OverallEffectiveness] = grade.Inadequate
	}
	if diff := cmp.Diff(before, slices.Collect(r.Inspections())); diff != "" {
		t.Errorf("the register changed through what it handed out (-before +after):\n%s", diff)
	}

	// A history and a picture taken before a change keep what they had.
	if err := r.Add(ilacs("Portsmouth", day(2029, time.June, 4), day(2029, time.July, 20), grade.Inadequate)); err != nil {
		t.Fatal(err)
	}
	if h.Len() != 6 || r.History(a).Len() != 7 {
		t.Errorf("history of %d, then %d inspections; want 6, then 7", h.Len(), r.History(a).Len())
	}
	if s2, _ := p.Standing(a); s2.Inspection.Published != day(2023, time.July, 3) {
		t.Errorf("the picture's standing changed: %v", s2.Inspection.Published)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	scilly := inspection.Inspection{Authority: inspection.LocalAuthority{Name: "Isles of Scilly"}, Framework: inspection.SIF2013, Kind: inspection.FullInspection,
		Published:  day(2016, time.June, 27),
		Judgements: judgements{inspection.OverallEffectiveness: grade.Good, inspection.LookedAfterChildren: 0}, // "-": not judged
		Sources:    []inspection.Source{{File: "2023.ods", Sheet: "LA_inspections_2009-2023", Row: 84, Areas: []inspection.Area{inspection.OverallEffectiveness, inspection.LookedAfterChildren}}},
	}
	r := register(portsmouth(), []inspection.Inspection{
		ilacs("Dorset County Council", day(2018, 7, 2), day(2018, 9, 3), grade.RequiresImprovement), // hypothetical: tests the old Dorset's code
		scilly,
	})
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back authority.Register
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(slices.Collect(r.Inspections()), slices.Collect(back.Inspections())); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	own, err := r.MarshalJSON() // json.Marshal compacts it
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(own), "\n"); n != r.Len()+2 {
		t.Errorf("%d lines for %d inspections, want one a line between brackets", n, r.Len())
	}
	// Decoding replaces what the register held.
	if err := json.Unmarshal([]byte(`[]`), &back); err != nil || back.Len() != 0 {
		t.Errorf("decoding [] leaves %d inspections, %v", back.Len(), err)
	}
}

func TestUnmarshalJSONErrors(t *testing.T) {
	tests := []struct {
		in   string
		msg  string
		kept int // inspections filed
	}{
		{`{}`, "want an array of inspections", 0},
		{`[{"authority":{"name":"Atlantis"},"published":"2019-01-01"}]`, `inspection 0: authority: "Atlantis": no such authority`, 0},
		{`[{"authority":{"name":"Portsmouth"},"framework":"sif-2099"}]`, "inspection 0", 0},
		{`[{"authority":{"name":"Portsmouth"},"published":"2019-01-01"}, 7]`, "inspection 1", 1},
		{`[{"authority":{"name":"Portsmouth"}}, {"authority":{"name":"Leeds"},"published":"2019-01-01"}]`, "inspection 0: authority: the inspection of \"Portsmouth\" has no date", 1},
		{`[`, "want an array", 0},
	}
	for _, tt := range tests {
		var r authority.Register
		err := r.UnmarshalJSON([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.msg) || r.Len() != tt.kept {
			t.Errorf("UnmarshalJSON(%s) = %v, %d kept; want an error containing %q, %d kept", tt.in, err, r.Len(), tt.msg, tt.kept)
		}
	}
}
