package authority_test

import (
	stdcmp "cmp"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/inspection"
	"github.com/google/go-cmp/cmp"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		in   string
		want string // GSS code of the authority
	}{
		{"Hammersmith & Fulham", "E09000013"},
		{"Hammersmith and Fulham", "E09000013"},
		{"London Borough of Hammersmith & Fulham", "E09000013"},
		{"Kingston Upon Hull", "E06000010"},          // the 2023 statistics
		{"Kingston upon Hull, City of", "E06000010"}, // ONS
		{"Kingston Upon Hull, City of", "E06000010"}, // D2I lookup
		{"Hull", "E06000010"},
		{"Hull City Council", "E06000010"},
		{"Bristol, City of", "E06000023"},
		{"Bristol", "E06000023"},
		{"Bristol City Council", "E06000023"},
		{"Herefordshire, County of", "E06000019"},
		{"St. Helens", "E08000013"},
		{"St Helens", "E08000013"},
		{"Saint Helens", "E08000013"},
		{"St Helens Council", "E08000013"},
		{"Portsmouth City Council", "E06000044"},
		{"PORTSMOUTH", "E06000044"},
		{"  portsmouth  ", "E06000044"},
		{"Royal Borough of Greenwich", "E09000011"},
		{"Royal Borough of Kensington and Chelsea", "E09000020"},
		{"City of York Council", "E06000014"},
		{"City of Bradford Metropolitan District Council", "E08000032"},
		{"Barnsley Metropolitan Borough Council", "E08000038"},
		{"County Durham", "E06000047"},
		{"Durham", "E06000047"},
		{"Durham County Council", "E06000047"},
		{"City of London", "E09000001"},
		{"City of London Corporation", "E09000001"},
		{"Southend on Sea", "E06000033"}, // the 2023 statistics
		{"Southend-on-Sea", "E06000033"},
		{"Richmond Upon Thames", "E09000027"},
		{"Bedford Borough", "E06000055"},
		{"Bournemouth, Christchurch & Poole", "E06000058"},
		{"BCP", "E06000058"},
		{"Telford & Wrekin", "E06000020"},
		{"Newcastle City Council", "E08000021"},
		{"Dorset", "E06000059"},                // today's
		{"Dorset County Council", "E10000009"}, // the county council of 2009-2019
		{"E06000044", "E06000044"},
		{"e06000044", "E06000044"},
		{"E08000016", "E08000038"}, // Barnsley's code as DfE and Ofsted write it
		{"E08000019", "E08000039"}, // Sheffield's
		{"E10000023", "E06000065"}, // North Yorkshire County Council
		{"E10000027", "E06000066"}, // Somerset County Council
		{"E10000002", "E06000060"}, // Buckinghamshire County Council
		{"851", "E06000044"},
		{"80539", "E06000044"},
		{"2733690", "E06000063"}, // Cumberland's URN
	}
	for _, tt := range tests {
		a, err := authority.Lookup(tt.in)
		if err != nil || a.GSS() != tt.want {
			t.Errorf("Lookup(%q) = %v (%s), %v; want %s", tt.in, a, a.GSS(), err, tt.want)
		}
	}
}

func TestLookupErrors(t *testing.T) {
	tests := []struct {
		in      string
		nearest []string
	}{
		{"Portsmuth", []string{"Portsmouth", "Bournemouth", "Dorset"}},
		{"London", []string{"City of London", "Bolton", "Croydon"}},
		{"Hammersmith", []string{"Hammersmith and Fulham", "Hampshire", "Havering"}},
		{"", nil},
		{"E06999999", nil},
		{"999", nil},
	}
	for _, tt := range tests {
		_, err := authority.Lookup(tt.in)
		le, ok := errors.AsType[*authority.LookupError](err)
		if !ok || !errors.Is(err, authority.ErrUnknown) {
			t.Errorf("Lookup(%q) error = %v, want a *LookupError wrapping ErrUnknown", tt.in, err)
			continue
		}
		if tt.nearest == nil {
			continue
		}
		var got []string
		for _, a := range le.Nearest {
			got = append(got, a.Name())
		}
		if diff := cmp.Diff(tt.nearest, got); diff != "" {
			t.Errorf("Lookup(%q) nearest (-want +got):\n%s", tt.in, diff)
		}
		if !strings.Contains(err.Error(), tt.nearest[0]) {
			t.Errorf("Lookup(%q) error %q does not name the nearest match", tt.in, err)
		}
	}
}

func TestLookupAt(t *testing.T) {
	tests := []struct {
		in      string
		at      inspection.Date
		want    string
		wantErr error
	}{
		{"Dorset", day(2016, time.May, 23), "E10000009", nil},
		{"Dorset", day(2019, time.March, 31), "E10000009", nil},
		{"Dorset", day(2019, time.April, 1), "E06000059", nil},
		{"Cumbria", day(2023, time.March, 31), "E10000006", nil},
		{"Cumbria", day(2023, time.April, 1), "E10000006", authority.ErrNotExisting},
		{"Cumberland", day(2020, time.January, 1), "E06000063", authority.ErrNotExisting},
		{"Northamptonshire", day(2019, time.July, 29), "E10000021", nil},
		{"Portsmuth", day(2019, time.July, 29), "", authority.ErrUnknown},
	}
	for _, tt := range tests {
		a, err := authority.LookupAt(tt.in, tt.at)
		if a.GSS() != tt.want || !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
			t.Errorf("LookupAt(%q, %s) = %s, %v; want %s, %v", tt.in, tt.at, a.GSS(), err, tt.want, tt.wantErr)
		}
	}
}

// TestTable checks the table's integrity: every authority valid, codes
// unique and well formed, and 152 authorities from April 2009, 153 from
// April 2023.
func TestTable(t *testing.T) {
	all := slices.Collect(authority.All())
	if len(all) != 158 {
		t.Errorf("All() has %d authorities, want 158 (153 today and 5 abolished)", len(all))
	}
	if !slices.IsSortedFunc(all, func(a, b authority.Authority) int {
		return stdcmp.Or(stdcmp.Compare(a.Name(), b.Name()), stdcmp.Compare(a.GSS(), b.GSS()))
	}) {
		t.Error("All() is not in Compare order")
	}
	seen := map[string]authority.Authority{}
	for _, a := range all {
		if !a.IsValid() || a.Name() == "" {
			t.Errorf("%d: not valid or unnamed", a)
		}
		for _, c := range a.Codes() {
			if len(c.GSS) != 9 || !strings.HasPrefix(c.GSS, "E") {
				t.Errorf("%s: GSS code %q", a, c.GSS)
			}
			if b, dup := seen[c.GSS]; dup {
				t.Errorf("GSS code %s for both %s and %s", c.GSS, a, b)
			}
			seen[c.GSS] = a
		}
		if b, dup := seen["dfe"+a.DfE()]; dup || len(a.DfE()) != 3 {
			t.Errorf("DfE number %q of %s (also %s)", a.DfE(), a, b)
		}
		seen["dfe"+a.DfE()] = a
		if u := a.URN(); u != "" {
			if b, dup := seen["urn"+u]; dup {
				t.Errorf("URN %s for both %s and %s", u, a, b)
			}
			seen["urn"+u] = a
		}
		if !slices.Contains(authority.ONSRegions(), a.Region()) || !slices.Contains(authority.OfstedRegions(), a.Region().Ofsted()) {
			t.Errorf("%s: region %v, Ofsted region %v", a, a.Region(), a.Region().Ofsted())
		}
		for _, s := range a.Successors() {
			if to, _ := a.To(); s.From() != to.AddDays(1) {
				t.Errorf("%s ends %s but its successor %s begins %s", a, to, s, s.From())
			}
		}
		if got, err := authority.Lookup(a.GSS()); got != a || err != nil {
			t.Errorf("Lookup(%s) = %v, %v; want %v", a.GSS(), got, err, a)
		}
		if got, err := authority.LookupAt(a.Name(), lastDay(a)); got != a || err != nil {
			t.Errorf("LookupAt(%q, %s) = %v, %v; want %v", a.Name(), lastDay(a), got, err, a)
		}
	}
	for _, tt := range []struct {
		at   inspection.Date
		want int
	}{
		{day(2009, time.April, 1), 152},
		{day(2019, time.March, 31), 152},
		{day(2019, time.April, 1), 151},
		{day(2021, time.April, 1), 152},
		{day(2023, time.March, 31), 152},
		{day(2023, time.April, 1), 153},
		{day(2026, time.January, 1), 153},
	} {
		n := 0
		for range existingOn(tt.at) {
			n++
		}
		if n != tt.want {
			t.Errorf("%d authorities on %s, want %d", n, tt.at, tt.want)
		}
	}
}

func lastDay(a authority.Authority) inspection.Date {
	if to, ok := a.To(); ok {
		return to
	}
	return day(2026, time.January, 1)
}

func TestReorganisations(t *testing.T) {
	type reorg struct {
		Date     string
		From, To []string
	}
	var got []reorg
	for _, r := range authority.Reorganisations() {
		g := reorg{Date: r.Date.String()}
		for _, a := range r.From {
			g.From = append(g.From, a.GSS())
			if to, _ := a.To(); to.AddDays(1) != r.Date || a.ExistsOn(r.Date) {
				t.Errorf("%s ends %s, not the day before the reorganisation of %s", a, to, r.Date)
			}
		}
		for _, a := range r.To {
			g.To = append(g.To, a.GSS())
			if a.From() != r.Date || len(a.Predecessors()) == 0 {
				t.Errorf("%s begins %s with predecessors %v, not on the reorganisation of %s", a, a.From(), a.Predecessors(), r.Date)
			}
		}
		got = append(got, g)
	}
	want := []reorg{
		{"2019-04-01", []string{"E06000028", "E06000029", "E10000009"}, []string{"E06000058", "E06000059"}},
		{"2021-04-01", []string{"E10000021"}, []string{"E06000061", "E06000062"}},
		{"2023-04-01", []string{"E10000006"}, []string{"E06000063", "E06000064"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Reorganisations() (-want +got):\n%s", diff)
	}
	bcp := authority.MustLookup("BCP")
	var preds []string
	for _, a := range bcp.Predecessors() {
		preds = append(preds, a.GSS())
	}
	if diff := cmp.Diff([]string{"E06000028", "E10000009", "E06000029"}, preds); diff != "" {
		t.Errorf("BCP's predecessors (-want +got):\n%s", diff)
	}
}

func TestAuthorityText(t *testing.T) {
	a := authority.MustLookup("Portsmouth")
	b, err := json.Marshal(map[authority.Authority]int{a: 1})
	if err != nil || string(b) != `{"E06000044":1}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	var m map[authority.Authority]int
	if err := json.Unmarshal([]byte(`{"Hull":2,"E06000044":1}`), &m); err != nil {
		t.Fatal(err)
	}
	want := map[authority.Authority]int{a: 1, authority.MustLookup("Kingston upon Hull"): 2}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Errorf("json.Unmarshal (-want +got):\n%s", diff)
	}
	var z authority.Authority
	if err := z.UnmarshalText([]byte("Atlantis")); !errors.Is(err, authority.ErrUnknown) {
		t.Errorf("UnmarshalText(Atlantis) = %v", err)
	}
	if err := z.UnmarshalText(nil); err != nil || z != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v", z, err)
	}
	if _, err := authority.Authority(999).MarshalText(); err == nil {
		t.Error("MarshalText of an invalid Authority: no error")
	}
	for _, tt := range []struct {
		a    authority.Authority
		want string
	}{{0, "no authority"}, {999, "%!Authority(999)"}, {a, "Portsmouth"}} {
		if got := tt.a.String(); got != tt.want {
			t.Errorf("%d.String() = %q, want %q", tt.a, got, tt.want)
		}
	}
	var zero authority.Authority
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("MarshalText of the zero Authority = %q, %v", b, err)
	}
	if _, ended := zero.To(); zero.IsValid() || zero.Name() != "" || ended || zero.ExistsOn(day(2020, 1, 1)) || zero.Codes() != nil || zero.Region() != 0 {
		t.Error("the zero Authority is not empty")
	}
}

func TestRegion(t *testing.T) {
	tests := []struct {
		in   string
		want authority.Region
	}{
		{"North East, Yorkshire and the Humber", authority.NorthEastYorkshireAndTheHumber},
		{"North East, Yorkshire and The Humber", authority.NorthEastYorkshireAndTheHumber}, // the 2023 statistics
		{"Yorkshire and The Humber", authority.YorkshireAndTheHumber},
		{"yorkshire & the humber", authority.YorkshireAndTheHumber},
		{"E12000008", authority.SouthEast},
		{"south-east", authority.SouthEast},
		{"East of England", authority.EastOfEngland},
		{"London", authority.London},
	}
	for _, tt := range tests {
		if got, err := authority.ParseRegion(tt.in); got != tt.want || err != nil {
			t.Errorf("ParseRegion(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, s := range []string{"Wessex", "", "E12000010"} {
		if _, err := authority.ParseRegion(s); !errors.Is(err, authority.ErrUnknownRegion) || err.Error() != `authority: parsing region "`+s+`": unknown region` {
			t.Errorf("ParseRegion(%q) error = %v", s, err)
		}
	}
	ons, ofsted := authority.ONSRegions(), authority.OfstedRegions()
	if len(ons) != 9 || len(ofsted) != 8 {
		t.Errorf("%d ONS regions, %d Ofsted regions", len(ons), len(ofsted))
	}
	for _, r := range ons {
		if r.Code() == "" || !slices.Contains(ofsted, r.Ofsted()) {
			t.Errorf("%v: code %q, Ofsted %v", r, r.Code(), r.Ofsted())
		}
		b, _ := r.MarshalText()
		var back authority.Region
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("%v: text round trip gives %v, %v", r, back, err)
		}
	}
	for _, r := range ofsted {
		if r.Ofsted() != r {
			t.Errorf("%v: Ofsted %v", r, r.Ofsted())
		}
	}
	if authority.NorthEast.Ofsted() != authority.NorthEastYorkshireAndTheHumber || authority.NorthEastYorkshireAndTheHumber.Code() != "" || authority.Region(0).Ofsted() != 0 {
		t.Error("the joined region")
	}
	for r, want := range map[authority.Region]string{0: "no region", 42: "%!Region(42)", authority.SouthEast: "south-east"} {
		if s := r.String(); s != want {
			t.Errorf("Region(%d).String() = %q, want %q", r, s, want)
		}
	}
	if b, err := authority.Region(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("MarshalText of the zero Region = %q, %v", b, err)
	}
	if _, err := authority.Region(42).MarshalText(); err == nil {
		t.Error("MarshalText of Region(42): no error")
	}
	var r authority.Region
	if err := r.UnmarshalText([]byte("North East, Yorkshire and the Humber")); err != nil || r != authority.NorthEastYorkshireAndTheHumber {
		t.Errorf("UnmarshalText = %v, %v", r, err)
	}
}
