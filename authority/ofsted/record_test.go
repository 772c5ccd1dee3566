package ofsted_test

import (
	"encoding/csv"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
	"github.com/childrens-services/judgements/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

// TestRecordCounts checks that the built-in record alone gives the
// national counts Ofsted published for its releases of 2023 and 2025, in
// every area.
func TestRecordCounts(t *testing.T) {
	r := ofsted.Record()
	rel := authority.Releases()
	type counts struct{ Outstanding, Good, RequiresImprovement, Inadequate, NotJudged int }
	tests := []struct {
		census authority.Census
		n      int
		areas  map[inspection.Area]counts
	}{
		// Children's social care data in England 2023, LA_level_at_31_Mar_2023.
		{rel[0].Census, 152, map[inspection.Area]counts{
			inspection.OverallEffectiveness: {25, 65, 48, 14, 0},
		}},
		// Local authority inspection outcomes as at 31 March 2025, Inspections_as_at_31_March.
		{rel[1].Census, 153, map[inspection.Area]counts{
			inspection.OverallEffectiveness: {36, 67, 31, 19, 0},
			inspection.ImpactOfLeaders:      {45, 60, 33, 15, 0},
			inspection.HelpAndProtection:    {22, 71, 45, 15, 0},
			inspection.ChildrenInCare:       {37, 75, 30, 11, 0},
			inspection.CareLeavers:          {27, 43, 26, 7, 50},
		}},
	}
	for _, tt := range tests {
		p := r.Picture(tt.census)
		if p.Len() != tt.n || len(p.NotInspected()) != 0 {
			t.Errorf("%v: %d authorities, %d not inspected; want %d, all inspected", tt.census, p.Len(), len(p.NotInspected()), tt.n)
		}
		if c := p.Caveat(); c != "" {
			t.Errorf("%v: caveat %q; the official statistics cover it", tt.census, c)
		}
		for a, want := range tt.areas {
			d := p.Area(a)
			if got := (counts{d.Outstanding, d.Good, d.RequiresImprovement, d.Inadequate, d.NotJudged}); got != want {
				t.Errorf("%v: %s %+v, want %+v", tt.census, a, got, want)
			}
		}
	}
}

// TestRecordCoverage checks what the record says it covers, and what its
// pictures after the official statistics say.
func TestRecordCoverage(t *testing.T) {
	r := ofsted.Record()
	c := r.Coverage()
	rel := authority.Releases()[1]
	if !cmp.Equal(c.Release, rel) || c.Reports == 0 || !c.Latest.After(rel.Census.PublishedBy) {
		t.Fatalf("Coverage() = %v; want the 2025 release, then reports published after it", c)
	}
	// Every record from a report of an inspection after the release is
	// counted, and the latest publication is theirs.
	n, latest := 0, inspection.Date{}
	for in := range r.Inspections() {
		fromReport := slices.ContainsFunc(in.Sources, func(s inspection.Source) bool { return s.Row == 0 })
		if fromReport {
			n++
			if in.Published.After(latest) {
				latest = in.Published
			}
			if !in.Date().After(rel.Census.At) && !in.Published.After(rel.Census.PublishedBy) {
				t.Errorf("%s %s: a report of an inspection the release counts", in.Authority.Name, in.Date())
			}
		}
	}
	if n != c.Reports || latest != c.Latest {
		t.Errorf("%d records from reports, the latest published %s; Coverage() says %d, %s", n, latest, c.Reports, c.Latest)
	}
	if got := c.Census(); !cmp.Equal(got, authority.AsAt(c.Latest)) {
		t.Errorf("Census() = %v, want as at %s", got, c.Latest)
	}
	within := r.Picture(authority.AsAt(c.Latest)).Caveat()
	beyond := r.Picture(authority.AsAt(c.Latest.AddDays(1))).Caveat()
	if !strings.Contains(within, "after that only the ") || strings.Contains(within, "nothing published after") {
		t.Errorf("caveat at the latest day covered: %q", within)
	}
	if !strings.HasPrefix(beyond, within) || !strings.HasSuffix(beyond, "; nothing published after "+c.Latest.String()+" is known") {
		t.Errorf("caveat after the latest day covered: %q", beyond)
	}
}

// TestRecordProvenance checks that the record says where each record and
// judgement came from, keeps the conflicts between Ofsted's files, and
// holds no two records of one inspection.
func TestRecordProvenance(t *testing.T) {
	r := ofsted.Record()
	for in := range r.Inspections() {
		if len(in.Sources) == 0 {
			t.Errorf("%s %s: no source", in.Authority.Name, in.Date())
		}
		for a := range in.Judgements {
			if !slices.ContainsFunc(in.Sources, func(s inspection.Source) bool { return slices.Contains(s.Areas, a) }) {
				t.Errorf("%s %s: no source gives %s", in.Authority.Name, in.Date(), a)
			}
		}
		if in.Headline != "" || len(in.Sections) > 0 || len(in.Recommendations) > 0 || len(in.Findings) > 0 {
			t.Errorf("%s %s: report text in the record", in.Authority.Name, in.Date())
		}
	}
	var got []string
	for _, c := range r.Conflicts() {
		got = append(got, c.String())
	}
	want := []string{
		`Merton, 2022-02-28: kind is "short" (kept), "standard" in another record (kept from LA_Inspection_Outcomes_as_at_31_March_2025.ods; other from Childrens_social_care_in_England_2023_underlying_data.ods)`,
		`Nottingham, 2022-07-11: published is "2022-09-05" (kept), "2022-11-05" in another record (kept from LA_Inspection_Outcomes_as_at_31_March_2025.ods; other from Childrens_social_care_in_England_2023_underlying_data.ods)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("conflicts (-want +got):\n%s", diff)
	}
	checkOneRecordEach(t, r)
}

// TestRecordFresh checks that each call gives a register of its own.
func TestRecordFresh(t *testing.T) {
	a, b := ofsted.Record(), ofsted.Record()
	n := b.Len()
	err := a.Add(inspection.Inspection{
		Authority: inspection.LocalAuthority{Name: "Portsmouth"}, Framework: inspection.ILACS2026, Kind: inspection.Short,
		Start: inspection.Date{Year: 2029, Month: time.May, Day: 7}, Judgements: map[inspection.Area]grade.Grade{inspection.ImpactOfLeaders: grade.Good},
	})
	if err != nil {
		t.Fatal(err)
	}
	if a.Len() != n+1 || b.Len() != n || ofsted.Record().Len() != n {
		t.Errorf("Len() = %d, %d, %d after adding to the first; want %d, %d, %d", a.Len(), b.Len(), ofsted.Record().Len(), n+1, n, n)
	}
}

// checkOneRecordEach checks that no two records of one authority are of
// one inspection: their days on site do not overlap, and records without
// days on site were not published the same day as another.
func checkOneRecordEach(t *testing.T, r *authority.Register) {
	t.Helper()
	for a := range authority.All() {
		ins := slices.Collect(r.History(a).All())
		for i, x := range ins {
			for _, y := range ins[i+1:] {
				xs, ys := !x.Start.IsZero() || !x.End.IsZero(), !y.Start.IsZero() || !y.End.IsZero()
				switch {
				case xs && ys:
					if !lastDay(x).Before(y.Date()) && !lastDay(y).Before(x.Date()) {
						t.Errorf("%s: inspections of %s and %s overlap", a, x.Date(), y.Date())
					}
				case x.Published == y.Published:
					t.Errorf("%s: two inspections published %s, one without days on site", a, x.Published)
				}
			}
		}
	}
}

func lastDay(in inspection.Inspection) inspection.Date {
	if in.End.IsZero() {
		return in.Date()
	}
	return in.End
}

// TestRecordIsLoad checks the record against Ofsted's files: its records
// from them are the register Load gives.
func TestRecordIsLoad(t *testing.T) {
	loaded, _, err := ofsted.Load(sharedtest.Path(t, file2025), sharedtest.Path(t, file2023))
	if err != nil {
		t.Fatal(err)
	}
	fromFiles := new(authority.Register)
	for in := range ofsted.Record().Inspections() {
		if slices.ContainsFunc(in.Sources, func(s inspection.Source) bool { return s.Row == 0 }) {
			continue // from a report
		}
		if err := fromFiles.Add(in); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(slices.Collect(loaded.Inspections()), slices.Collect(fromFiles.Inspections())); diff != "" {
		t.Errorf("the record's inspections from Ofsted's files (-Load +Record):\n%s", diff)
	}
}

// TestRecordMergesReports reads every report of the corpus, in both text
// modes, and adds it to the built-in record: each is merged with the
// record's inspection if the record holds it (Ofsted's statistics, or a
// report read since), with the report's judgements, and the record grows
// only by the reports Ofsted's statistics do not hold (an LSCB review on
// its own, say); no authority is left with two records of one
// inspection. The disagreements between reports and the record are
// logged: each is a question for the data.
func TestRecordMergesReports(t *testing.T) {
	dir := sharedtest.Dir(t)
	held := truthSources(t, filepath.Join(dir, "corpus", "truth.csv"))
	for _, mode := range []string{"layout", "raw"} {
		t.Run(mode, func(t *testing.T) {
			paths, err := filepath.Glob(filepath.Join(dir, "corpus", mode, "*.txt"))
			if err != nil || len(paths) < 300 {
				t.Fatalf("%d reports in %s: %v", len(paths), mode, err)
			}
			r := ofsted.Record()
			before := map[string]bool{}
			for _, c := range r.Conflicts() {
				before[c.String()] = true
			}
			merged, added := 0, 0
			for _, p := range paths {
				name := filepath.Base(p)
				text, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				in, err := report.Parse(string(text))
				if err != nil {
					if len(inspection.Validate(in)) > 0 {
						t.Errorf("%s: %v", name, err)
						continue
					}
					t.Logf("%s: read with problems, its judgements complete and valid: %v", name, err)
				}
				src := mode + "/" + name
				in.Sources = []inspection.Source{{File: src, Areas: slices.Sorted(maps.Keys(in.Judgements))}}
				n := r.Len()
				if err := r.Add(*in); err != nil {
					t.Errorf("%s: %v", name, err)
					continue
				}
				if r.Len() > n {
					added++
					if source := held[name]; source != "none" {
						t.Errorf("%s: a second record of an inspection the record holds (truth: %s)", name, source)
					} else {
						t.Logf("%s: added: a %s %s the record did not hold", name, in.Framework, in.Kind)
					}
				} else {
					merged++
				}
				a, _ := authority.Lookup(in.Authority.Name)
				var rec inspection.Inspection
				for x := range r.History(a).All() {
					if slices.ContainsFunc(x.Sources, func(s inspection.Source) bool { return s.File == src }) {
						rec = x
					}
				}
				for area, g := range in.Judgements {
					if got, ok := rec.Judgements[area]; !ok || got != g {
						t.Errorf("%s: the merged record's %s is %v, the report's %v", name, area, got, g)
					}
				}
			}
			t.Logf("%d reports: %d merged into the record's inspections, %d added", len(paths), merged, added)
			for _, c := range r.Conflicts() {
				if !before[c.String()] {
					t.Logf("conflict: %s", c)
				}
			}
			checkOneRecordEach(t, r)
		})
	}
}

// TestRecordWithOfficial gives RecordWith the files the record was built
// from: nothing changes.
func TestRecordWithOfficial(t *testing.T) {
	r, files, err := ofsted.RecordWith(sharedtest.Path(t, file2025), sharedtest.Path(t, file2023))
	if err != nil {
		t.Fatal(err)
	}
	want := ofsted.Record()
	if diff := cmp.Diff(slices.Collect(want.Inspections()), slices.Collect(r.Inspections())); diff != "" {
		t.Errorf("inspections (-Record +RecordWith):\n%s", diff)
	}
	if diff := cmp.Diff(want.Conflicts(), r.Conflicts()); diff != "" {
		t.Errorf("conflicts (-Record +RecordWith):\n%s", diff)
	}
	if diff := cmp.Diff(want.Coverage(), r.Coverage()); diff != "" {
		t.Errorf("coverage (-Record +RecordWith):\n%s", diff)
	}
	if len(files) != 2 || len(files[0].Problems)+len(files[1].Problems) > 0 {
		t.Errorf("files: %v", files)
	}
}

// TestRecordWithNewer gives RecordWith a release newer than the record's,
// as at 31 March 2026: its inspections are merged with the record's, its
// values kept where it and a report read since disagree, and the record
// covers it.
func TestRecordWithNewer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "LA_Inspection_Outcomes_as_at_31_March_2026.ods")
	if err := os.WriteFile(path, odsFile(t,
		sheet("Cover", row("Local authority inspection outcomes as at 31 March 2026"), row("Published on:", "24 September 2026"),
			row("Period covered:", "Inspections as at 31 March 2026, with a report published by 30 June 2026")),
		sheet("ILACS_inspection_history", historyHeader,
			// The record has Derby's inspection from its report, all outstanding.
			row("", "E06000015", "Derby", "Current", "East Midlands", "d:2025-05-19", "d:2025-07-08", "ILACS Short Inspection", "r4:Outstanding", "Good"),
			// The record has no inspection of Cornwall in 2026.
			row("", "E06000052", "Cornwall", "Current", "South West", "d:2026-01-12", "d:2026-03-02", "ILACS Standard Inspection", "r5:Good"),
		)), 0o666); err != nil {
		t.Fatal(err)
	}
	base := ofsted.Record()
	r, files, err := ofsted.RecordWith(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := files[0].Release; got.Title != "Local authority inspection outcomes as at 31 March 2026" || got.Census.At.String() != "2026-03-31" {
		t.Errorf("release %+v", got)
	}
	if r.Len() != base.Len()+1 {
		t.Errorf("Len() = %d, want %d: Cornwall's inspection added, Derby's merged", r.Len(), base.Len()+1)
	}
	var added []string
	old := map[string]bool{}
	for _, c := range base.Conflicts() {
		old[c.String()] = true
	}
	for _, c := range r.Conflicts() {
		if !old[c.String()] {
			added = append(added, c.String())
		}
	}
	want := []string{`Derby, 2025-05-19: judgements.care-leavers is "good" (kept), "outstanding" in another record (kept from LA_Inspection_Outcomes_as_at_31_March_2026.ods; other from derby_2025-07-08_80459.txt)`}
	if diff := cmp.Diff(want, added); diff != "" {
		t.Errorf("conflicts added (-want +got):\n%s", diff)
	}
	// The coverage is the new release's, then the reports of inspections
	// after it.
	c := r.Coverage()
	n := 0
	for in := range base.Inspections() {
		if in.Sources[len(in.Sources)-1].Row == 0 && (in.Date().After(c.Release.Census.At) || in.Published.After(c.Release.Census.PublishedBy)) {
			n++
		}
	}
	if c.Release.Title != files[0].Release.Title || c.Reports != n || n == 0 {
		t.Errorf("Coverage() = %v, want the 2026 release and %d reports", c, n)
	}
	p := r.Picture(c.Release.Census)
	if s, _ := p.Standing(authority.MustLookup("Cornwall")); s.Inspection.Start.String() != "2026-01-12" {
		t.Errorf("Cornwall as at 2026-03-31: %+v", s.Inspection)
	}
	if p.Caveat() != "" {
		t.Errorf("caveat %q within the new release", p.Caveat())
	}

	if _, _, err := ofsted.RecordWith(filepath.Join(t.TempDir(), "missing.ods")); err == nil {
		t.Error("RecordWith of a missing file: no error")
	}
}

// truthSources returns, for each report of the corpus, where its
// judgements are known from: one of Ofsted's files, a scrape of reports
// since, or "none", a report Ofsted's statistics do not list.
func truthSources(t *testing.T, path string) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "source")
	out := map[string]string{}
	for _, row := range rows[1:] {
		out[row[0]] = row[col]
	}
	return out
}

// BenchmarkRecord builds the register of the built-in record. Its budget
// is 5% of BenchmarkLoadBoth, which loads the same records from Ofsted's
// two files; run the two side by side:
//
//	go test -run '^$' -bench 'Record|LoadBoth' ./authority/ofsted
func BenchmarkRecord(b *testing.B) {
	for b.Loop() {
		if r := ofsted.Record(); r.Len() < 700 {
			b.Fatalf("%d inspections", r.Len())
		}
	}
}
