package authority_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

// The tests in this file read Ofsted's published spreadsheets and the
// lookups kept in the project's shared data, through internal/sharedtest:
// they fail in CI if the data is missing, and are skipped only for a user
// who has neither it nor JUDGEMENTS_SHARED.

const (
	file2025 = "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods"
	file2023 = "data/ofsted/Childrens_social_care_in_England_2023_underlying_data.ods"
)

var official struct {
	once sync.Once
	reg  *authority.Register
	err  error
}

// officialRegister returns the register of both files, and fails the test
// if they do not load.
func officialRegister(t testing.TB) *authority.Register {
	t.Helper()
	p25, p23 := sharedtest.Path(t, file2025), sharedtest.Path(t, file2023)
	official.once.Do(func() { official.reg, _, official.err = ofsted.Load(p25, p23) })
	if official.err != nil {
		t.Fatal(official.err)
	}
	return official.reg
}

// TestOfstedCounts checks the national pictures of Ofsted's releases
// against the figures Ofsted published, and each authority's standing
// against the release's own table of latest judgements.
func TestOfstedCounts(t *testing.T) {
	r := officialRegister(t)
	rel := authority.Releases()
	tests := []struct {
		census authority.Census
		n      int
		areas  map[inspection.Area]string
	}{
		{rel[0].Census, 152, map[inspection.Area]string{
			inspection.OverallEffectiveness: "outstanding 25, good 65, requires-improvement 48, inadequate 14",
		}},
		{rel[1].Census, 153, map[inspection.Area]string{
			inspection.OverallEffectiveness: "outstanding 36, good 67, requires-improvement 31, inadequate 19",
			inspection.ImpactOfLeaders:      "outstanding 45, good 60, requires-improvement 33, inadequate 15",
			inspection.HelpAndProtection:    "outstanding 22, good 71, requires-improvement 45, inadequate 15",
			inspection.ChildrenInCare:       "outstanding 37, good 75, requires-improvement 30, inadequate 11",
			inspection.CareLeavers:          "outstanding 27, good 43, requires-improvement 26, inadequate 7, not judged 50",
		}},
		// Ofsted's 2024 release (not in the shared data) published 30, 61,
		// 43, 17 and 2 not yet inspected, of 153; the same rule with a 30
		// June cut-off gives them.
		{authority.Census{At: day(2024, time.March, 31), PublishedBy: day(2024, time.June, 30)}, 153, map[inspection.Area]string{
			inspection.OverallEffectiveness: "outstanding 30, good 61, requires-improvement 43, inadequate 17",
		}},
	}
	for _, tt := range tests {
		p := r.Picture(tt.census)
		if p.Len() != tt.n {
			t.Errorf("%v: %d authorities, want %d", tt.census, p.Len(), tt.n)
		}
		for a, want := range tt.areas {
			if got := p.Area(a).String(); got != want {
				t.Errorf("%v: %v = %q, want %q", tt.census, a, got, want)
			}
		}
		if d := p.Area(inspection.OverallEffectiveness); d.Total()+len(p.NotInspected()) != tt.n || d.NotJudged != 0 {
			t.Errorf("%v: %d judged, %d not yet inspected, %d not judged", tt.census, d.Total(), len(p.NotInspected()), d.NotJudged)
		}
	}
	// Region by region at 31 March 2025: good or better, as a share.
	p := r.Picture(rel[1].Census)
	shares := map[string]int{}
	for _, reg := range authority.OfstedRegions() {
		d := p.In(reg).Area(inspection.OverallEffectiveness)
		shares[reg.Label()] = int(100*d.GoodOrBetterShare() + 0.5)
	}
	wantShares := map[string]int{"London": 88, "North East, Yorkshire and the Humber": 74, "South East": 74, "East of England": 64,
		"East Midlands": 60, "West Midlands": 57, "South West": 53, "North West": 46}
	if diff := cmp.Diff(wantShares, shares); diff != "" {
		t.Errorf("good or better by region, 31 March 2025 (-want +got):\n%s", diff)
	}

}

// TestOfstedCountsFileByFile checks what each file alone gives. The 2025
// file, whose ILACS history has start dates, gives both releases'
// figures. The 2023 file gives only publication dates, so the reports of
// Birmingham and Haringey, published in April 2023 and counted by
// Ofsted's table, cannot be shown to have started by 31 March: they count
// at their previous grade (requires improvement, not good).
func TestOfstedCountsFileByFile(t *testing.T) {
	rel := authority.Releases()
	tests := []struct {
		file string
		want [2]string
	}{
		{file2025, [2]string{
			"outstanding 25, good 65, requires-improvement 48, inadequate 14",
			"outstanding 36, good 67, requires-improvement 31, inadequate 19",
		}},
		{file2023, [2]string{
			"outstanding 25, good 63, requires-improvement 50, inadequate 14",
			"outstanding 25, good 65, requires-improvement 47, inadequate 14", // and Cumberland and Westmorland and Furness not yet inspected
		}},
	}
	for _, tt := range tests {
		r, _, err := ofsted.Load(sharedtest.Path(t, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range tt.want {
			if got := r.Picture(rel[i].Census).Area(inspection.OverallEffectiveness).String(); got != w {
				t.Errorf("%s alone, %v: %q, want %q", tt.file, rel[i].Census.At, got, w)
			}
		}
	}
}

// TestOfstedTrajectories computes every authority's trajectory in every
// line and checks that each is well formed.
func TestOfstedTrajectories(t *testing.T) {
	r := officialRegister(t)
	n := 0
	for a := range authority.All() {
		h := r.History(a)
		if h.Len() == 0 {
			continue
		}
		n++
		for _, tr := range h.Trajectories() {
			if len(tr.Points) == 0 || tr.Summary() == "" {
				t.Errorf("%s, %v: empty trajectory", h.Authority, tr.Line)
			}
			for _, s := range tr.Steps() {
				if s.Days < 0 || s.Grades > 3 || (s.Grades == 0) != (s.Direction == authority.Unchanged) {
					t.Errorf("%s, %v: step %v", h.Authority, tr.Line, s)
				}
				if s.From.Area.Line() != tr.Line || s.To.Area.Line() != tr.Line {
					t.Errorf("%s, %v: step from %v to %v leaves the line", h.Authority, tr.Line, s.From.Area, s.To.Area)
				}
			}
		}
		var last inspection.Inspection
		for in := range h.Graded() {
			if !last.Date().IsZero() {
				c := h.SideBySide(last, in)
				if len(c.Areas)+len(c.New)+len(c.Dropped) == 0 {
					t.Errorf("%s: nothing to compare between %s and %s", h.Authority, last.Published, in.Published)
				}
			}
			last = in
		}
	}
	if n != 158 {
		t.Errorf("%d authorities with a history, want 158", n)
	}
	// Portsmouth, as the seeds tell it: requires improvement in 2014, good
	// in 2018 and 2023. The SIF inspection is dated by its publication,
	// which is all Ofsted's 2023 history gives; the ILACS inspections by
	// their first days on site.
	tr := r.History(authority.MustLookup("Portsmouth")).Trajectory(inspection.OverallEffectiveness)
	var got []string
	for _, p := range tr.Points {
		got = append(got, p.Inspection.Date().String()+" "+p.Grade.String())
	}
	if diff := cmp.Diff([]string{"2014-09-01 requires-improvement", "2018-09-03 good", "2023-05-15 good"}, got); diff != "" {
		t.Errorf("Portsmouth (-want +got):\n%s", diff)
	}
}

// TestOfstedCohort computes what the seed about Southampton says: "the
// 17th out of the 33 authorities to receive the 'requires improvement'
// judgment under Ofsted's new inspection framework" (17 September 2014).
// By the data, Southampton's report (15 September 2014) was the 33rd SIF
// report of all, and the 18th to judge an authority requires improvement:
// 17 had come before it. See ExampleRegister_Cohort.
func TestOfstedCohort(t *testing.T) {
	r := officialRegister(t)
	soton := authority.MustLookup("Southampton")
	sept17 := day(2014, time.September, 17)
	all := r.Cohort(inspection.SIF2013).By(sept17)
	ri := all.Graded(grade.RequiresImprovement)
	m, ok1 := ri.Place(soton)
	n, ok2 := all.Place(soton)
	if !ok1 || !ok2 || m.N != 18 || ri.Len() != 18 || n.N != 33 || all.Len() != 33 || m.Tied != 1 {
		t.Errorf("Southampton: %d of %d judged requires improvement (%v), %d of %d judged (%v)", m.N, ri.Len(), ok1, n.N, all.Len(), ok2)
	}
}

// TestOfstedConsistency passes every inspection of Ofsted's files
// through inspection.CheckConsistency: no violation, and exactly the four
// known unusual cases.
func TestOfstedConsistency(t *testing.T) {
	r := officialRegister(t)
	var unusual []string
	for in := range r.Inspections() {
		for _, c := range inspection.CheckConsistency(&in) {
			switch c.Severity {
			case inspection.Violation:
				t.Errorf("%s, published %s: %s: %s", in.Authority.Name, in.Published, c.Rule, c.Message)
			case inspection.Unusual:
				unusual = append(unusual, in.Authority.Name+" "+in.Start.Month.String()[:3]+" "+strconv.Itoa(in.Start.Year)+" "+string(c.Rule))
			}
		}
	}
	slices.Sort(unusual)
	want := []string{
		"Bournemouth Jul 2018 ilacs-leaders-inadequate",
		"Doncaster Feb 2022 ilacs-leaders-inadequate",
		"Herefordshire Jun 2018 ilacs-leaders-inadequate",
		"Slough Jan 2023 ilacs-leaders-inadequate",
	}
	if diff := cmp.Diff(want, unusual); diff != "" {
		t.Errorf("unusual cases (-want +got):\n%s", diff)
	}
}

// TestOfstedValidate passes every inspection through inspection.Validate:
// all are valid. Ofsted's data give the Isles of Scilly's looked after
// children judgement as "-" (not judged) in its 2012 SLAC and 2016 SIF
// inspections; recorded as not judged, it is not missing. Records without
// start dates (the 2023 file's SLAC, CPI, TLAC and SIF) are checked
// against their frameworks by publication date.
func TestOfstedValidate(t *testing.T) {
	r := officialRegister(t)
	var failed []string
	for in := range r.Inspections() {
		for _, e := range inspection.Validate(&in) {
			failed = append(failed, in.Authority.Name+" "+in.Published.String()+" "+e.Error())
		}
	}
	if len(failed) > 0 {
		t.Errorf("Validate failures:\n%s", strings.Join(failed, "\n"))
	}
	scilly := authority.MustLookup("Isles of Scilly")
	notJudged := 0
	for in := range r.History(scilly).All() {
		if g, ok := in.Judgements[inspection.LookedAfterChildren]; ok && g == 0 {
			notJudged++
		}
	}
	if notJudged != 2 {
		t.Errorf("Isles of Scilly: %d inspections record looked after children as not judged, want 2 (2012 SLAC, 2016 SIF)", notJudged)
	}
}

// TestOfstedJSON writes the register of both files as JSON and reads it
// back: the same inspections, equal under go-cmp.
func TestOfstedJSON(t *testing.T) {
	r := officialRegister(t)
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back authority.Register
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back.Len() != r.Len() {
		t.Errorf("read back %d inspections, wrote %d", back.Len(), r.Len())
	}
	if diff := cmp.Diff(slices.Collect(r.Inspections()), slices.Collect(back.Inspections())); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
}

// TestOfstedNoOverlap checks the register of both files: no two
// inspections of one authority overlap in time.
func TestOfstedNoOverlap(t *testing.T) {
	checkNoOverlap(t, officialRegister(t))
}

// TestTableAgainstLookups checks the register of authorities, in place,
// against the DfE's list of authorities by year and the Data to Insight
// lookup, both in ../shared/data/lookup, and against the URNs and GSS
// codes of the report corpus.
func TestTableAgainstLookups(t *testing.T) {
	// DfE, 2013-2025: for each year, the authorities as at 31 March.
	recs := readCSV(t, sharedtest.Path(t, "data/lookup/dfe_la_list_by_year_2013_2025.csv"))
	byYear := map[string][]string{}
	for _, r := range recs[1:] {
		year, region, dfe, gss, name := r[0], r[1], r[3], r[4], r[5]
		at, err := inspection.ParseDate(year + "-03-31")
		if err != nil {
			t.Fatal(err)
		}
		a, err := authority.Lookup(dfe)
		if err != nil {
			t.Errorf("DfE %s %s (%s): not in the register", year, dfe, name)
			continue
		}
		if b, err := authority.Lookup(gss); err != nil || b != a || !codeInUse(a, gss, at) {
			t.Errorf("DfE %s %s: GSS %s, the register has %v", year, name, gss, a.Codes())
		}
		if strings.HasPrefix(region, "E13") { // DfE's Inner and Outer London
			region = authority.London.Code()
		}
		if a.Region().Code() != region {
			t.Errorf("DfE %s %s: region %s, the register has %s", year, name, region, a.Region().Code())
		}
		if l, err := authority.LookupAt(name, at); err != nil || l != a {
			t.Errorf("DfE %s: LookupAt(%q) = %v, %v; want %v", year, name, l, err, a)
		}
		byYear[year] = append(byYear[year], a.GSS())
	}
	for year, got := range byYear {
		at, _ := inspection.ParseDate(year + "-03-31")
		var want []string
		for a := range existingOn(at) {
			want = append(want, a.GSS())
		}
		slices.Sort(got)
		slices.Sort(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("authorities at 31 March %s (-register +DfE):\n%s", year, diff)
		}
	}

	// Data to Insight: URN, DfE number, GSS code and region of today's
	// authorities and two abolished ones. Its documented errors (the
	// rgn22cd of Gloucestershire and Buckinghamshire; no region for
	// Medway and Cumbria) and three URNs of abolished authorities that
	// Ofsted's own data contradict are expected.
	recs = readCSV(t, sharedtest.Path(t, "data/lookup/Provider_data_lookup.csv"))
	h := recs[0]
	col := func(name string) int { return slices.Index(h, name) }
	urnC, dfeC, gssC, nameC, regC, rgnC := col("urn"), col("la_code"), col("la_code_new"), col("local_authority_ons_name"), col("region_name"), col("rgn22cd")
	if slices.Contains([]int{urnC, dfeC, gssC, nameC, regC, rgnC}, -1) {
		t.Fatalf("Provider_data_lookup.csv: columns %q", h)
	}
	knownURN := map[string]string{
		"E10000006": "80457", // Cumbria: 135513 in the lookup, 80457 in Ofsted's 2023 web links
		"E06000029": "80433", // Poole: 137316 in the lookup, 80433 in Ofsted's 2023 web links
		"E10000021": "",      // Northamptonshire: 121939 in the lookup; Ofsted's data give no link
	}
	for _, r := range recs[1:] {
		a, err := authority.Lookup(r[dfeC])
		if err != nil {
			t.Errorf("D2I %s: DfE %s not in the register", r[nameC], r[dfeC])
			continue
		}
		if b, _ := authority.Lookup(r[gssC]); b != a {
			t.Errorf("D2I %s: GSS %s is %v", r[nameC], r[gssC], b)
		}
		if want, known := knownURN[a.GSS()]; known {
			if a.URN() != want {
				t.Errorf("%s: URN %q, want %q", a, a.URN(), want)
			}
		} else if r[urnC] != a.URN() {
			t.Errorf("D2I %s: URN %s, the register has %s", r[nameC], r[urnC], a.URN())
		}
		if l, err := authority.Lookup(r[nameC]); err != nil || (l != a && l.Name() != a.Name()) {
			t.Errorf("D2I: Lookup(%q) = %v, %v; want %v", r[nameC], l, err, a)
		}
		if reg := strings.TrimSpace(r[regC]); reg != "" && !strings.EqualFold(reg, a.Region().Label()) {
			t.Errorf("D2I %s: region %q, the register has %q", r[nameC], reg, a.Region().Label())
		}
		switch rgn := r[rgnC]; {
		case a.Name() == "Gloucestershire" || a.Name() == "Buckinghamshire":
			if rgn == a.Region().Code() {
				t.Errorf("D2I %s: rgn22cd %s was documented wrong, but agrees", a, rgn)
			}
		case rgn != a.Region().Code():
			t.Errorf("D2I %s: rgn22cd %s, the register has %s", r[nameC], rgn, a.Region().Code())
		}
	}

	// The corpus: file names carry Ofsted URNs; truth.csv, GSS codes.
	recs = readCSV(t, sharedtest.Path(t, "corpus/truth.csv"))
	for _, r := range recs[1:] {
		file, gss := r[0], r[1]
		urn := strings.TrimSuffix(file[strings.LastIndexByte(file, '_')+1:], ".txt")
		a, err := authority.Lookup(urn)
		b, err2 := authority.Lookup(gss)
		if err != nil || err2 != nil || a != b {
			t.Errorf("corpus %s: URN %s is %v (%v), GSS %s is %v (%v)", file, urn, a, err, gss, b, err2)
		}
	}
}

// codeInUse reports whether gss is a's code on day d, allowing the codes
// DfE keeps after the ONS changed them.
func codeInUse(a authority.Authority, gss string, d inspection.Date) bool {
	for _, c := range a.Codes() {
		if c.GSS == gss && !d.Before(c.From) && (c.To.IsZero() || !d.After(c.To)) {
			return true
		}
	}
	return false
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("%s: %d records, %v", filepath.Base(path), len(recs), err)
	}
	return recs
}
