package authority_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

func ExampleAuthority_Neighbours() {
	portsmouth := authority.MustLookup("Portsmouth")
	for _, d := range []inspection.Date{day(2025, time.March, 31), day(2025, time.June, 1)} {
		fmt.Println("Portsmouth's statistical neighbours on", d)
		for i, n := range portsmouth.Neighbours(d) {
			fmt.Printf("%2d  %-20s %s\n", i+1, n.Authority, n.Band.Label())
		}
	}
	// Output:
	// Portsmouth's statistical neighbours on 2025-03-31
	//  1  Southampton          Very close
	//  2  Plymouth             Very close
	//  3  Sheffield            Very close
	//  4  Derby                Very close
	//  5  Peterborough         Very close
	//  6  Bristol              Very close
	//  7  Telford and Wrekin   Close
	//  8  Southend-on-Sea      Close
	//  9  Coventry             Close
	// 10  Salford              Close
	// Portsmouth's statistical neighbours on 2025-06-01
	//  1  Sheffield            Very close
	//  2  Leeds                Very close
	//  3  Kirklees             Very close
	//  4  Salford              Very close
	//  5  Southampton          Very close
	//  6  Southend-on-Sea      Close
	//  7  Plymouth             Close
	//  8  Derby                Close
	//  9  Gateshead            Close
	// 10  Tameside             Close
}

// TestNeighbourModels checks the models: which one is in force on a day,
// ten neighbours each, none the authority itself nor twice, every one an
// authority of the package; the 2025 model's 153 authorities those of
// today; the former authorities with the 2021 model's lists whatever the
// day.
func TestNeighbourModels(t *testing.T) {
	may2025 := day(2025, time.May, 1)
	var n2025 int
	for a := range authority.All() {
		for _, d := range []inspection.Date{{}, day(2015, time.January, 1), day(2021, time.April, 1), day(2025, time.April, 30), may2025} {
			ns := a.Neighbours(d)
			if len(ns) != 10 {
				t.Errorf("%s on %s: %d neighbours, want 10", a, d, len(ns))
				continue
			}
			seen := map[authority.Authority]bool{}
			for _, n := range ns {
				switch {
				case n.Authority == a:
					t.Errorf("%s on %s: its own neighbour", a, d)
				case !n.Authority.IsValid() || !n.Band.IsValid():
					t.Errorf("%s on %s: neighbour %v", a, d, n)
				case seen[n.Authority]:
					t.Errorf("%s on %s: %s twice", a, d, n.Authority)
				}
				seen[n.Authority] = true
			}
		}
		if a.ExistsOn(may2025) {
			n2025++
			for _, n := range a.Neighbours(may2025) {
				if !n.Authority.ExistsOn(may2025) {
					t.Errorf("%s: neighbour %s in the 2025 model did not exist in 2025", a, n.Authority)
				}
			}
		}
	}
	if n2025 != 153 {
		t.Errorf("%d authorities in 2025, want 153", n2025)
	}

	// The model in force: 2021 from April 2021 (and before, the earliest
	// there is), 2025 from May 2025; the zero Date is today.
	first := func(name string, d inspection.Date) string {
		n := authority.MustLookup(name).Neighbours(d)[0]
		return n.Authority.Name() + " " + n.Band.String()
	}
	for _, tt := range []struct {
		name string
		d    inspection.Date
		want string
	}{
		{"Barnet", day(2019, time.June, 1), "Merton close"}, // 2021 model: 315, "Close"
		{"Barnet", day(2025, time.April, 30), "Merton close"},
		{"Barnet", may2025, "Waltham Forest close"}, // 2025 model: 320, "Close "
		{"Barnet", inspection.Date{}, "Waltham Forest close"},
		{"Cumberland", day(2024, time.January, 1), "Westmorland and Furness very-close"}, // only in the 2025 model
		// The former authorities: the 2021 model's lists, whatever the day.
		{"Northamptonshire", day(2019, time.January, 1), "Kent very-close"},
		{"Northamptonshire", may2025, "Kent very-close"},
		{"Cumbria", day(2022, time.January, 1), "Lincolnshire extremely-close"},
		{"Cumbria", may2025, "Lincolnshire extremely-close"},
		{"Bournemouth", day(2018, time.January, 1), "Southend-on-Sea very-close"},
		{"Poole", day(2018, time.January, 1), "West Sussex very-close"},
		{"E10000009", day(2018, time.January, 1), "Shropshire extremely-close"}, // Dorset County Council
		{"E06000059", day(2022, time.January, 1), "Devon extremely-close"},      // Dorset Council
		{"E06000059", may2025, "Somerset very-close"},
	} {
		if got := first(tt.name, tt.d); got != tt.want {
			t.Errorf("%s on %s: nearest %s, want %s", tt.name, tt.d, got, tt.want)
		}
	}
	if got := authority.Authority(0).Neighbours(may2025); got != nil {
		t.Errorf("the zero Authority has neighbours %v", got)
	}
	// A caller's change to a list is its own.
	ns := authority.MustLookup("Barnet").Neighbours(may2025)
	ns[0].Band = authority.NotClose
	if authority.MustLookup("Barnet").Neighbours(may2025)[0].Band != authority.Close {
		t.Error("a change to a list changed the model")
	}
}

// TestNeighboursAgainstLookup checks both models against the copy of them
// in Data to Insight's lookup of authorities: its stat_neighbours are the
// 2025 model's lists, in order, for each of the 153 authorities; its
// stat_neighbours_previous the 2021 model's, in another order, for every
// authority both have. The lookup leaves Northamptonshire's and Poole's
// empty, has no row for Bournemouth or the Dorset of before 2019, and
// gives Cumberland and Westmorland and Furness a list of nine that is
// not the 2021 model's (which has no rows for them).
func TestNeighboursAgainstLookup(t *testing.T) {
	recs := readCSV(t, sharedtest.Path(t, "data/lookup/Provider_data_lookup.csv"))
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	codes := func(s string) []string {
		var out []string
		for f := range strings.SplitSeq(s, ",") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, f)
			}
		}
		return out
	}
	dfe := func(ns []authority.Neighbour) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n.Authority.DfE())
		}
		return out
	}
	may2025, april2021 := day(2025, time.May, 1), day(2021, time.April, 1)
	var current, previous int
	var exceptions []string
	for _, rec := range recs[1:] {
		a, err := authority.Lookup(rec[col["la_code"]])
		if err != nil {
			t.Errorf("la_code %s: %v", rec[col["la_code"]], err)
			continue
		}
		if want := codes(rec[col["stat_neighbours"]]); len(want) > 0 || a.ExistsOn(may2025) {
			if diff := cmp.Diff(want, dfe(a.Neighbours(may2025))); diff != "" {
				t.Errorf("%s: 2025 model (-lookup +package):\n%s", a, diff)
			}
			current++
		}
		want := codes(rec[col["stat_neighbours_previous"]])
		got := dfe(a.Neighbours(april2021))
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(want, got) {
			exceptions = append(exceptions, fmt.Sprintf("%s: %d in the lookup", a, len(want)))
			continue
		}
		previous++
	}
	wantExceptions := []string{
		"Cumberland: 9 in the lookup",
		"Northamptonshire: 0 in the lookup",
		"Poole: 0 in the lookup",
		"Westmorland and Furness: 9 in the lookup",
	}
	slices.Sort(exceptions)
	if diff := cmp.Diff(wantExceptions, exceptions); diff != "" {
		t.Errorf("2021 model, lists unlike the lookup's (-want +got):\n%s", diff)
	}
	if current != 153 || previous != 152 {
		t.Errorf("%d lists of the 2025 model checked, want 153; %d of the 2021 model, want 152", current, previous)
	}
}

func TestBandText(t *testing.T) {
	for _, tt := range []struct {
		text string
		want authority.Band
	}{
		{"extremely-close", authority.ExtremelyClose},
		{"Very close", authority.VeryClose},
		{"Very Close", authority.VeryClose}, // the 2021 model
		{"Close ", authority.Close},         // the 2025 model
		{"SOMEWHAT CLOSE", authority.SomewhatClose},
		{" not-close", authority.NotClose},
		{"", 0},
	} {
		var b authority.Band
		if err := b.UnmarshalText([]byte(tt.text)); err != nil || b != tt.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tt.text, b, err, tt.want)
		}
	}
	for _, text := range []string{"near", "closer", "very"} {
		var b authority.Band
		if err := b.UnmarshalText([]byte(text)); err == nil {
			t.Errorf("UnmarshalText(%q) = %v, want an error", text, b)
		}
	}
	for b := authority.ExtremelyClose; b <= authority.NotClose; b++ {
		text, err := b.MarshalText()
		var back authority.Band
		if err != nil || back.UnmarshalText(text) != nil || back != b {
			t.Errorf("%v: MarshalText = %q, %v; back %v", b, text, err, back)
		}
		if b.Label() == "" || !b.IsValid() {
			t.Errorf("%v: Label %q, IsValid %v", b, b.Label(), b.IsValid())
		}
	}
	for _, b := range []authority.Band{0, 6} {
		if b.IsValid() {
			t.Errorf("%v is valid", b)
		}
	}
	if _, err := authority.Band(6).MarshalText(); err == nil {
		t.Error("Band(6).MarshalText: no error")
	}
	if got := fmt.Sprint(authority.Band(0), authority.Band(6)); got != "no band %!Band(6)" {
		t.Errorf("Sprint = %q", got)
	}
}

// FuzzBandText decodes any text as a Band: it never panics, and a band
// decoded encodes and decodes to itself.
func FuzzBandText(f *testing.F) {
	for _, s := range []string{"very-close", "Close ", "Not Close", "Extremely  close", "", "near"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b authority.Band
		if err := b.UnmarshalText([]byte(s)); err != nil {
			return
		}
		text, err := b.MarshalText()
		var back authority.Band
		if err != nil || back.UnmarshalText(text) != nil || back != b {
			t.Errorf("UnmarshalText(%q) = %v; MarshalText = %q, %v; back %v", s, b, text, err, back)
		}
	})
}
