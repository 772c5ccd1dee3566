package authority_test

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/google/go-cmp/cmp"
)

// rec returns a record with an overall effectiveness grade.
func rec(name string, f inspection.Framework, k inspection.Kind, start, pub inspection.Date, oe grade.Grade) inspection.Inspection {
	return inspection.Inspection{Authority: inspection.LocalAuthority{Name: name}, Framework: f, Kind: k, Start: start, Published: pub,
		Judgements: judgements{inspection.OverallEffectiveness: oe}}
}

func TestCensus(t *testing.T) {
	march31 := day(2025, time.March, 31)
	r := register([]inspection.Inspection{
		rec("Barnet", inspection.ILACS2018, inspection.Standard, day(2019, 5, 13), day(2019, 7, 1), grade.Good),
		rec("Barnet", inspection.ILACS2023, inspection.Short, day(2025, 3, 10), day(2025, 4, 24), grade.Outstanding), // started by 31 March, published in April
		rec("Bexley", inspection.ILACS2023, inspection.Short, day(2023, 2, 6), day(2023, 3, 24), grade.Outstanding),
		rec("Bexley", inspection.ILACS2023, inspection.Standard, day(2025, 4, 7), day(2025, 5, 20), grade.Inadequate), // started after 31 March
		rec("Brent", inspection.ILACS2023, inspection.Standard, day(2025, 1, 6), day(2025, 7, 15), grade.Good),        // published after 30 June
		rec("Brent", inspection.SIF2013, inspection.FullInspection, inspection.Date{}, day(2015, 11, 30), grade.RequiresImprovement),
		rec("Bromley", inspection.SIF2013, inspection.LSCBReview, inspection.Date{}, day(2016, 6, 27), grade.Good), // an LSCB review is not the authority's
		{Authority: inspection.LocalAuthority{Name: "Camden"}, Framework: inspection.ILACS2023, Kind: inspection.FocusedVisit, Start: day(2024, 5, 1), Published: day(2024, 6, 1)},
		rec("Cumbria", inspection.ILACS2018, inspection.Standard, day(2022, 9, 20), day(2022, 11, 15), grade.RequiresImprovement), // abolished 2023
		rec("Croydon", inspection.SLAC2009, inspection.FullInspection, inspection.Date{}, day(2012, 1, 1), grade.Adequate),
	})
	tests := []struct {
		census authority.Census
		want   map[string]string // authority → published date of its standing, or "" for none
	}{
		{authority.AsAt(march31), map[string]string{"Barnet": "2019-07-01", "Bexley": "2023-03-24", "Brent": "2015-11-30", "Bromley": "", "Camden": "", "Croydon": "2012-01-01"}},
		{authority.Census{At: march31, PublishedBy: day(2025, 6, 30)}, map[string]string{"Barnet": "2025-04-24", "Bexley": "2023-03-24", "Brent": "2015-11-30"}},
		{authority.Census{At: march31, PublishedBy: day(2025, 6, 30), Late: []authority.Late{{Authority: authority.MustLookup("Brent"), Published: day(2025, 7, 15)}}},
			map[string]string{"Brent": "2025-07-15"}},
		{authority.AsAt(day(2015, 11, 29)), map[string]string{"Brent": "", "Croydon": "2012-01-01"}}, // no start date: published by the day
		{authority.AsAt(day(2022, 12, 31)), map[string]string{"Cumbria": "2022-11-15"}},
	}
	for _, tt := range tests {
		p := r.Picture(tt.census)
		for name, want := range tt.want {
			s, ok := p.Standing(authority.MustLookup(name))
			got := ""
			if s.Inspected {
				got = s.Inspection.Published.String()
			}
			if !ok || got != want {
				t.Errorf("%v: %s's standing = %q (%v), want %q", tt.census, name, got, ok, want)
			}
		}
	}
	p := r.Picture(authority.AsAt(march31))
	if _, ok := p.Standing(authority.MustLookup("Cumbria")); ok || p.Len() != 153 {
		t.Errorf("at %s: %d authorities, Cumbria present %v", march31, p.Len(), ok)
	}
	if diff := cmp.Diff("outstanding 1, good 1, requires-improvement 2", p.Area(inspection.OverallEffectiveness).String()); diff != "" {
		t.Errorf("Area(overall effectiveness) (-want +got):\n%s", diff) // Croydon's adequate counts as requires improvement
	}
	if n := len(p.NotInspected()); n != 149 {
		t.Errorf("%d not inspected, want 149", n)
	}
	if got := p.Census.String(); got != "as at 2025-03-31" {
		t.Errorf("Census.String() = %q", got)
	}
	c := authority.Census{At: march31, PublishedBy: day(2025, 6, 30), Late: []authority.Late{{Authority: authority.MustLookup("Brent"), Published: day(2025, 7, 15)}}}
	if got := c.String(); got != "as at 2025-03-31, with reports published by 2025-06-30, and Brent's report published 2025-07-15" {
		t.Errorf("Census.String() = %q", got)
	}
}

func TestPictureAreasAndRegions(t *testing.T) {
	j := func(oe, lead, help, care, leavers grade.Grade) judgements {
		m := judgements{inspection.ImpactOfLeaders: lead, inspection.HelpAndProtection: help}
		if oe != 0 {
			m[inspection.OverallEffectiveness] = oe
		}
		if leavers != 0 {
			m[inspection.ChildrenInCare], m[inspection.CareLeavers] = care, leavers
		} else {
			m[inspection.ChildrenInCareAndCareLeavers] = care
		}
		return m
	}
	mk := func(name string, f inspection.Framework, start inspection.Date, js judgements) inspection.Inspection {
		return inspection.Inspection{Authority: inspection.LocalAuthority{Name: name}, Framework: f, Kind: inspection.Standard,
			Start: start, Published: start.AddDays(50), Judgements: js}
	}
	o, g, ri, in := grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate
	r := register([]inspection.Inspection{
		mk("Hartlepool", inspection.ILACS2018, day(2019, 1, 7), j(g, g, g, g, 0)),        // North East
		mk("Leeds", inspection.ILACS2023, day(2024, 1, 8), j(o, o, o, o, g)),             // Yorkshire and The Humber
		mk("Portsmouth", inspection.ILACS2026, day(2026, 7, 6), j(0, o, o, o, o)),        // South East, no overall effectiveness
		mk("Slough", inspection.ILACS2023, day(2023, 1, 23), j(ri, in, ri, ri, ri)),      // South East
		mk("Southampton", inspection.ILACS2023, day(2023, 1, 30), j(in, ri, in, ri, ri)), // South East
	})
	p := r.Picture(authority.AsAt(day(2026, 12, 31)))
	for _, tt := range []struct {
		area inspection.Area
		want string
	}{
		{inspection.OverallEffectiveness, "outstanding 1, good 1, requires-improvement 1, inadequate 1, not judged 1"},
		{inspection.ImpactOfLeaders, "outstanding 2, good 1, requires-improvement 1, inadequate 1"},
		{inspection.ChildrenInCare, "outstanding 2, good 1, requires-improvement 2"}, // Hartlepool's children in care and care leavers is in children in care's line
		{inspection.ChildrenInCareAndCareLeavers, "outstanding 2, good 1, requires-improvement 2"},
		{inspection.CareLeavers, "outstanding 1, good 1, requires-improvement 2, not judged 1"},
	} {
		if got := p.Area(tt.area).String(); got != tt.want {
			t.Errorf("Area(%v) = %q, want %q", tt.area, got, tt.want)
		}
	}
	if got, want := p.Areas(), []inspection.Area{inspection.OverallEffectiveness, inspection.ImpactOfLeaders, inspection.HelpAndProtection, inspection.ChildrenInCare, inspection.CareLeavers}; !slices.Equal(got, want) {
		t.Errorf("Areas() = %v, want %v", got, want)
	}
	if got := p.NotInspected(); len(got) != p.Len()-5 {
		t.Errorf("NotInspected() = %d authorities, want %d", len(got), p.Len()-5)
	}
	for _, tt := range []struct {
		region  authority.Region
		members int
		overall string
	}{
		{authority.NorthEast, 12, "good 1"},
		{authority.YorkshireAndTheHumber, 15, "outstanding 1"},
		{authority.NorthEastYorkshireAndTheHumber, 27, "outstanding 1, good 1"},
		{authority.SouthEast, 19, "requires-improvement 1, inadequate 1, not judged 1"}, // Portsmouth: no overall effectiveness
		{authority.London, 33, "none"},
		{0, 0, "none"},
	} {
		q := p.In(tt.region)
		if d := q.Area(inspection.OverallEffectiveness); q.Len() != tt.members || d.String() != tt.overall {
			t.Errorf("In(%v) = %d, %q; want %d, %q", tt.region, q.Len(), d, tt.members, tt.overall)
		}
	}
	if got := p.In(authority.SouthEast).Area(inspection.CareLeavers).String(); got != "outstanding 1, requires-improvement 2" {
		t.Errorf("In(south-east).Area(care leavers) = %q", got)
	}
	if _, ok := p.In(authority.London).Standing(authority.MustLookup("Leeds")); ok {
		t.Error("Leeds stands in the picture of London")
	}
	// Every region's members add up to the whole, by either scheme.
	sum := func(rs []authority.Region) int {
		n := 0
		for _, r := range rs {
			n += p.In(r).Len()
		}
		return n
	}
	if sum(authority.ONSRegions()) != p.Len() || sum(authority.OfstedRegions()) != p.Len() {
		t.Errorf("regions hold %d (ONS) and %d (Ofsted) authorities, want %d", sum(authority.ONSRegions()), sum(authority.OfstedRegions()), p.Len())
	}
}

func TestCohort(t *testing.T) {
	sif := func(name string, pub inspection.Date, k inspection.Kind, oe grade.Grade) inspection.Inspection {
		return rec(name, inspection.SIF2013, k, inspection.Date{}, pub, oe)
	}
	r := register([]inspection.Inspection{
		sif("Hillingdon", day(2014, 2, 11), inspection.FullInspection, grade.RequiresImprovement),
		sif("Slough", day(2014, 2, 11), inspection.FullInspection, grade.Inadequate),
		sif("Sheffield", day(2014, 2, 21), inspection.FullInspection, grade.RequiresImprovement),
		sif("Bolton", day(2014, 3, 21), inspection.FullInspection, grade.RequiresImprovement),
		sif("Hounslow", day(2014, 3, 21), inspection.FullInspection, grade.RequiresImprovement),
		sif("Slough", day(2016, 2, 17), inspection.Reinspection, grade.RequiresImprovement),   // joins at its re-inspection
		sif("Sheffield", day(2017, 6, 1), inspection.Reinspection, grade.RequiresImprovement), // already a member
		rec("Leeds", inspection.ILACS2018, inspection.Standard, day(2018, 3, 1), day(2018, 5, 1), grade.RequiresImprovement),
	})
	all := r.Cohort(inspection.SIF2013)
	c := all.Graded(grade.RequiresImprovement)
	type m struct {
		N, Tied int
		Name    string
	}
	var got []m
	for _, x := range c.Members {
		got = append(got, m{x.N, x.Tied, x.Authority.Name()})
	}
	want := []m{{1, 1, "Hillingdon"}, {2, 1, "Sheffield"}, {3, 2, "Bolton"}, {4, 2, "Hounslow"}, {5, 1, "Slough"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cohort (-want +got):\n%s", diff)
	}
	by := c.By(day(2014, 3, 21))
	if s, ok := by.Place(authority.MustLookup("Hounslow")); !ok || s.N != 4 || by.Len() != 4 {
		t.Errorf("By(2014-03-21): Hounslow %+v %v, %d members", s, ok, by.Len())
	}
	if _, ok := by.Place(authority.MustLookup("Slough")); ok {
		t.Error("Slough is a member on 2014-03-21")
	}
	var members []string
	for _, x := range all.Members {
		members = append(members, fmt.Sprint(x.N, " ", x.Authority, " ", x.Grade))
	}
	// Slough is a member of every grade's cohort at its first SIF
	// inspection (inadequate), of requires improvement's at its
	// re-inspection; Leeds was not judged under the SIF.
	wantAll := []string{"1 Hillingdon requires-improvement", "2 Slough inadequate", "3 Sheffield requires-improvement", "4 Bolton requires-improvement", "5 Hounslow requires-improvement"}
	if diff := cmp.Diff(wantAll, members); diff != "" || all.Grade != 0 {
		t.Errorf("every SIF overall grade, grade %v (-want +got):\n%s", all.Grade, diff)
	}
	if c := all.Graded(grade.Adequate); c.Len() != 5 || c.Grade != grade.RequiresImprovement {
		t.Errorf("adequate cohort: %d members, grade %v", c.Len(), c.Grade)
	}
	if c := all.Graded(grade.Outstanding); c.Len() != 0 {
		t.Errorf("outstanding cohort: %d members", c.Len())
	}
}

func TestChange(t *testing.T) {
	r := register([]inspection.Inspection{
		rec("Barnet", inspection.ILACS2018, inspection.Standard, day(2019, 5, 13), day(2019, 7, 1), grade.Good),
		rec("Barnet", inspection.ILACS2023, inspection.Short, day(2024, 6, 10), day(2024, 7, 23), grade.Outstanding),
		rec("Bexley", inspection.ILACS2023, inspection.Short, day(2023, 2, 6), day(2023, 3, 24), grade.Outstanding),
		rec("Bexley", inspection.ILACS2023, inspection.Short, day(2024, 2, 6), day(2024, 3, 24), grade.Inadequate),
		rec("Brent", inspection.ILACS2018, inspection.Standard, day(2018, 5, 14), day(2018, 7, 2), grade.Good),
		rec("Bromley", inspection.ILACS2018, inspection.Standard, day(2019, 1, 7), day(2019, 3, 1), grade.Good),
		rec("Bromley", inspection.ILACS2023, inspection.Short, day(2024, 1, 8), day(2024, 3, 1), grade.Good),
		rec("Cumberland", inspection.ILACS2023, inspection.Standard, day(2024, 10, 7), day(2024, 11, 26), grade.Good),
	})
	ch := r.Change(authority.AsAt(day(2023, 3, 31)), authority.AsAt(day(2025, 3, 31)))
	names := func(keep func(authority.Movement) bool) []string {
		var out []string
		for _, m := range ch {
			if (m.To.Inspected || m.From.Inspected) && keep(m) {
				out = append(out, m.Authority.Name())
			}
		}
		return out
	}
	moved := func(d authority.Direction) func(authority.Movement) bool {
		return func(m authority.Movement) bool { return m.Comparable && m.Direction == d }
	}
	for _, tt := range []struct {
		name string
		got  []string
		want []string
	}{
		{"improved", names(moved(authority.Improved)), []string{"Barnet"}},
		{"declined", names(moved(authority.Declined)), []string{"Bexley"}},
		{"stayed", names(moved(authority.Unchanged)), []string{"Brent", "Bromley"}},
		{"incomparable", names(func(m authority.Movement) bool { return !m.Comparable }), []string{"Cumberland"}},
	} {
		if diff := cmp.Diff(tt.want, tt.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	if len(ch) != 154 { // 152 authorities in 2023, Cumbria gone and two new by 2025
		t.Errorf("%d movements, want 154", len(ch))
	}
	for _, m := range ch {
		switch m.Authority.Name() {
		case "Bexley":
			if m.Grades != 3 || !m.Reinspected() {
				t.Errorf("Bexley: %+v", m)
			}
		case "Brent":
			if m.Reinspected() {
				t.Error("Brent was not inspected again")
			}
		}
	}
}

func TestIntervals(t *testing.T) {
	r := register([]inspection.Inspection{
		rec("Barnet", inspection.SIF2013, inspection.FullInspection, inspection.Date{}, day(2017, 7, 7), grade.Inadequate),
		rec("Barnet", inspection.ILACS2018, inspection.Standard, day(2019, 5, 13), day(2019, 7, 1), grade.Good),
		rec("Barnet", inspection.ILACS2023, inspection.Short, day(2024, 6, 10), day(2024, 7, 23), grade.Good),
		{Authority: inspection.LocalAuthority{Name: "Barnet"}, Framework: inspection.ILACS2023, Kind: inspection.FocusedVisit, Start: day(2022, 1, 1), Published: day(2022, 2, 1)},
		rec("Bexley", inspection.ILACS2018, inspection.Short, day(2019, 2, 6), day(2019, 3, 24), grade.Good),
		rec("Bexley", inspection.ILACS2023, inspection.Short, day(2023, 2, 6), day(2023, 3, 24), grade.Outstanding),
	})
	iv := r.Intervals()
	var got []int
	for _, i := range iv {
		got = append(got, i.Days)
	}
	// From the SIF's publication (all Ofsted's 2023 history gives) to the
	// first day on site of the ILACS inspection; then between first days.
	if diff := cmp.Diff([]int{675, 1855, 1461}, got); diff != "" {
		t.Errorf("interval days (-want +got):\n%s", diff)
	}
	s, err := iv.Stats(0, 0.25, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := authority.IntervalStats{N: 3, Mean: float64(675+1855+1461) / 3, Median: 1461, Quantiles: []float64{675, 1068, 1855}}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
	by := iv.ByPrevious()
	if len(by[grade.Good]) != 2 || len(by[grade.Inadequate]) != 1 {
		t.Errorf("ByPrevious: %d after good, %d after inadequate", len(by[grade.Good]), len(by[grade.Inadequate]))
	}
	if _, err := (authority.Intervals{}).Stats(); !errors.Is(err, authority.ErrNoIntervals) {
		t.Errorf("Stats of none = %v", err)
	}
	for _, q := range []float64{-0.1, 1.5, math.NaN()} {
		if _, err := iv.Stats(q); err == nil || !strings.Contains(err.Error(), "not between 0 and 1") {
			t.Errorf("Stats(%v) = %v", q, err)
		}
	}
}

// TestPictureAuthorities checks that a picture holds the authorities that
// existed on its day, on every month end and around each reorganisation.
func TestPictureAuthorities(t *testing.T) {
	r := new(authority.Register)
	var days []inspection.Date
	for y := 2008; y <= 2027; y++ {
		for m := time.January; m <= time.December; m++ {
			days = append(days, inspection.DateOf(time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)))
		}
	}
	for _, re := range authority.Reorganisations() {
		days = append(days, re.Date.AddDays(-1), re.Date, re.Date.AddDays(1))
	}
	for _, d := range days {
		var want, got []authority.Authority
		for a := range existingOn(d) {
			want = append(want, a)
		}
		p := r.Picture(authority.AsAt(d))
		for s := range p.All() {
			got = append(got, s.Authority)
			if s2, ok := p.Standing(s.Authority); !ok || s2.Authority != s.Authority || s2.Inspected {
				t.Errorf("%s: Standing(%v) = %v, %v", d, s.Authority, s2, ok)
			}
		}
		if !slices.Equal(want, got) || p.Len() != len(want) {
			t.Errorf("%s: picture of %d authorities, want %d", d, len(got), len(want))
		}
	}
}
