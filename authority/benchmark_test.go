package authority_test

import (
	"fmt"
	"log"
	"testing"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/google/go-cmp/cmp"
)

// Portsmouth's statistical neighbours, and where it stands among them,
// its region and England, in Ofsted's published picture as at 31 March
// 2025. The neighbours are those of the DfE's model then in force, that
// of April 2021.
func ExampleRegister_Benchmark() {
	r, _, err := ofsted.Load(
		downloaded("LA_Inspection_Outcomes_as_at_31_March_2025.ods"),
		downloaded("Childrens_social_care_in_England_2023_underlying_data.ods"),
	)
	if err != nil {
		log.Fatal(err)
	}
	census := authority.Releases()[1].Census
	b, _ := r.Benchmark(authority.MustLookup("Portsmouth"), census)
	fmt.Printf("Portsmouth %s, in the %d model\n", census, b.Model)
	for _, n := range b.Neighbours {
		oe, _ := n.Standing.Inspection.Overall()
		fmt.Printf("  %-19s %-10s %s  %s\n", n.Authority, n.Band, n.Standing.Inspection.Date(), oe)
	}
	for _, a := range b.Areas {
		fmt.Printf("%s: %s\n", a.Line.Label(), a.Grade)
		fmt.Println("  neighbours:", a.Neighbours)
		fmt.Println("  region:    ", a.Region)
		fmt.Println("  England:   ", a.England)
	}
	// Output:
	// Portsmouth as at 2025-03-31, with reports published by 2025-06-30, in the 2021 model
	//   Southampton         very-close 2023-06-05  good
	//   Plymouth            very-close 2024-01-22  requires-improvement
	//   Sheffield           very-close 2023-09-11  good
	//   Derby               very-close 2022-03-21  outstanding
	//   Peterborough        very-close 2023-11-27  inadequate
	//   Bristol             very-close 2023-01-16  requires-improvement
	//   Telford and Wrekin  close      2024-04-29  outstanding
	//   Southend-on-Sea     close      2024-10-14  good
	//   Coventry            close      2022-06-20  good
	//   Salford             close      2023-11-06  good
	// Overall effectiveness: good
	//   neighbours: 2 better, 5 the same, 3 worse; good or better 7 of 10 (70%)
	//   region:     4 better, 9 the same, 5 worse; good or better 13 of 18 (72%)
	//   England:    36 better, 66 the same, 50 worse; good or better 102 of 152 (67%)
	// Impact of leaders: good
	//   neighbours: 4 better, 3 the same, 3 worse; good or better 7 of 10 (70%)
	//   region:     5 better, 9 the same, 4 worse; good or better 14 of 18 (78%)
	//   England:    45 better, 59 the same, 48 worse; good or better 104 of 152 (68%)
	// Help and protection: outstanding
	//   neighbours: 0 better, 1 the same, 9 worse; good or better 7 of 10 (70%)
	//   region:     0 better, 2 the same, 16 worse; good or better 11 of 18 (61%)
	//   England:    0 better, 21 the same, 131 worse; good or better 92 of 152 (61%)
	// Children in care: good
	//   neighbours: 2 better, 5 the same, 3 worse; good or better 7 of 10 (70%)
	//   region:     4 better, 13 the same, 1 worse; good or better 17 of 18 (94%)
	//   England:    37 better, 74 the same, 41 worse; good or better 111 of 152 (73%)
	// Care leavers: requires-improvement
	//   neighbours: 6 better, 1 the same, 1 worse; good or better 6 of 8 (75%); 2 not judged
	//   region:     11 better, 4 the same, 0 worse; good or better 11 of 15 (73%); 3 not judged
	//   England:    70 better, 25 the same, 7 worse; good or better 70 of 102 (69%); 50 not judged
}

// TestBenchmark benchmarks Portsmouth among neighbours, some inspected
// and some not, one of them judged under the framework of 2018 (which
// judges care leavers with children in care), and among its region and
// England; a neighbour that no longer exists; an authority with no
// overall effectiveness judgement; and one that did not exist.
func TestBenchmark(t *testing.T) {
	o, g, ri, i := grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate
	ilacs := func(name string, start inspection.Date, f inspection.Framework, oe, cl grade.Grade) inspection.Inspection {
		j := map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: oe, inspection.ImpactOfLeaders: oe, inspection.HelpAndProtection: oe}
		switch f {
		case inspection.ILACS2018:
			j[inspection.ChildrenInCareAndCareLeavers] = oe
		case inspection.ILACS2026:
			delete(j, inspection.OverallEffectiveness)
			fallthrough
		default:
			j[inspection.ChildrenInCare], j[inspection.CareLeavers] = oe, cl
		}
		return inspection.Inspection{Authority: inspection.LocalAuthority{Name: name}, Framework: f, Kind: inspection.Standard,
			Start: start, Published: start.AddDays(50), Judgements: j}
	}
	r := register([]inspection.Inspection{
		ilacs("Portsmouth", day(2023, 5, 15), inspection.ILACS2023, g, ri),
		ilacs("Southampton", day(2023, 6, 5), inspection.ILACS2023, g, g),
		ilacs("Plymouth", day(2024, 1, 22), inspection.ILACS2023, ri, ri),
		ilacs("Sheffield", day(2023, 9, 11), inspection.ILACS2023, o, o),
		ilacs("Derby", day(2022, 3, 21), inspection.ILACS2018, o, 0),
		ilacs("Peterborough", day(2023, 11, 27), inspection.ILACS2023, i, i),
		ilacs("Kent", day(2022, 5, 9), inspection.ILACS2018, o, 0),
		ilacs("Leeds", day(2024, 3, 4), inspection.ILACS2023, g, g),
		ilacs("North Northamptonshire", day(2026, 5, 4), inspection.ILACS2026, 0, ri),
	})
	b, ok := r.Benchmark(authority.MustLookup("Portsmouth"), authority.AsAt(day(2024, 12, 31)))
	if !ok {
		t.Fatal("no benchmark of Portsmouth")
	}
	if b.Model != 2021 || !b.Standing.Inspected || b.Standing.Inspection.Start != day(2023, 5, 15) {
		t.Errorf("model %d, standing %+v; want 2021 and the inspection of 2023-05-15", b.Model, b.Standing)
	}
	var neighbours []string
	for _, n := range b.Neighbours {
		neighbours = append(neighbours, fmt.Sprintf("%s %s %v", n.Authority, n.Band, n.Standing.Inspected))
	}
	wantNeighbours := []string{
		"Southampton very-close true", "Plymouth very-close true", "Sheffield very-close true", "Derby very-close true",
		"Peterborough very-close true", "Bristol very-close false", "Telford and Wrekin close false",
		"Southend-on-Sea close false", "Coventry close false", "Salford close false",
	}
	if diff := cmp.Diff(wantNeighbours, neighbours); diff != "" {
		t.Errorf("neighbours (-want +got):\n%s", diff)
	}
	d := func(o, g, ri, i, none int) grade.Distribution {
		return grade.Distribution{Outstanding: o, Good: g, RequiresImprovement: ri, Inadequate: i, NotJudged: none}
	}
	want := []authority.AreaBenchmark{
		{Line: inspection.OverallEffectiveness, Grade: g,
			Neighbours: authority.Rank{Grades: d(2, 1, 1, 1, 0), Better: 2, Same: 1, Worse: 2},
			Region:     authority.Rank{Grades: d(1, 1, 0, 0, 0), Better: 1, Same: 1},
			England:    authority.Rank{Grades: d(3, 2, 1, 1, 0), Better: 3, Same: 2, Worse: 2}},
		{Line: inspection.ImpactOfLeaders, Grade: g,
			Neighbours: authority.Rank{Grades: d(2, 1, 1, 1, 0), Better: 2, Same: 1, Worse: 2},
			Region:     authority.Rank{Grades: d(1, 1, 0, 0, 0), Better: 1, Same: 1},
			England:    authority.Rank{Grades: d(3, 2, 1, 1, 0), Better: 3, Same: 2, Worse: 2}},
		{Line: inspection.HelpAndProtection, Grade: g,
			Neighbours: authority.Rank{Grades: d(2, 1, 1, 1, 0), Better: 2, Same: 1, Worse: 2},
			Region:     authority.Rank{Grades: d(1, 1, 0, 0, 0), Better: 1, Same: 1},
			England:    authority.Rank{Grades: d(3, 2, 1, 1, 0), Better: 3, Same: 2, Worse: 2}},
		{Line: inspection.ChildrenInCare, Grade: g, // Derby's and Kent's judgements of 2018-2022 on children in care and care leavers
			Neighbours: authority.Rank{Grades: d(2, 1, 1, 1, 0), Better: 2, Same: 1, Worse: 2},
			Region:     authority.Rank{Grades: d(1, 1, 0, 0, 0), Better: 1, Same: 1},
			England:    authority.Rank{Grades: d(3, 2, 1, 1, 0), Better: 3, Same: 2, Worse: 2}},
		{Line: inspection.CareLeavers, Grade: ri, // not judged apart by Derby and Kent
			Neighbours: authority.Rank{Grades: d(1, 1, 1, 1, 1), Better: 2, Same: 1, Worse: 1},
			Region:     authority.Rank{Grades: d(0, 1, 0, 0, 1), Better: 1},
			England:    authority.Rank{Grades: d(1, 2, 1, 1, 2), Better: 3, Same: 1, Worse: 1}},
	}
	if diff := cmp.Diff(want, b.Areas); diff != "" {
		t.Errorf("areas (-want +got):\n%s", diff)
	}
	if got, want := b.Areas[4].Neighbours.String(), "2 better, 1 the same, 1 worse; good or better 2 of 4 (50%); 1 not judged"; got != want {
		t.Errorf("Rank.String() = %q, want %q", got, want)
	}

	// North Northamptonshire in 2026: no overall effectiveness of its own,
	// ranked in the areas; Cumbria, a neighbour in the 2021 model, no
	// longer exists.
	b, ok = r.Benchmark(authority.MustLookup("North Northamptonshire"), authority.AsAt(day(2026, 12, 31)))
	if !ok || b.Model != 2025 {
		t.Fatalf("North Northamptonshire: %v, model %d", ok, b.Model)
	}
	if a := b.Areas[0]; a.Line != inspection.OverallEffectiveness || a.Grade != 0 || a.England.Better+a.England.Same+a.England.Worse != 0 || a.England.Grades.Total() != 8 {
		t.Errorf("overall effectiveness %+v; want no grade of its own, and the 8 others' counted", a)
	}
	if a := b.Areas[4]; a.Line != inspection.CareLeavers || a.Grade != ri || a.England.Better != 3 {
		t.Errorf("care leavers %+v; want requires improvement, 3 better in England", a)
	}
	b, _ = r.Benchmark(authority.MustLookup("North Northamptonshire"), authority.AsAt(day(2022, 12, 31)))
	if n := b.Neighbours[5]; b.Model != 2021 || n.Authority != authority.MustLookup("Cumbria") || n.Standing.Inspected || n.Standing.Authority != n.Authority {
		t.Errorf("North Northamptonshire in 2022: model %d, sixth neighbour %+v; want Cumbria, not inspected", b.Model, n)
	}
	b, _ = r.Benchmark(authority.MustLookup("North Northamptonshire"), authority.AsAt(day(2023, 12, 31)))
	if n := b.Neighbours[5]; n.Authority != authority.MustLookup("Cumbria") || n.Standing.Inspected {
		t.Errorf("North Northamptonshire in 2023: sixth neighbour %+v; want Cumbria, abolished, not inspected", n)
	}

	if _, ok := r.Benchmark(authority.MustLookup("Cumberland"), authority.AsAt(day(2020, 1, 1))); ok {
		t.Error("a benchmark of Cumberland in 2020")
	}
	if _, ok := r.Benchmark(0, authority.AsAt(day(2020, 1, 1))); ok {
		t.Error("a benchmark of the zero Authority")
	}
}
