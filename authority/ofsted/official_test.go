package ofsted_test

import (
	"archive/zip"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/authority/ofsted/internal/ods"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

// The tests in this file read Ofsted's published spreadsheets, kept in
// the project's shared data, through internal/sharedtest: they fail in CI
// if the data is missing, and are skipped only for a user who has neither
// it nor JUDGEMENTS_SHARED.

const (
	file2025 = "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods"
	file2023 = "data/ofsted/Childrens_social_care_in_England_2023_underlying_data.ods"
)

// TestLoadOfficial loads both files, in both orders: every row read, no
// problem, the files' two disagreements kept as conflicts, resolved for
// the newer release, and the same register whichever file comes first.
func TestLoadOfficial(t *testing.T) {
	p25, p23 := sharedtest.Path(t, file2025), sharedtest.Path(t, file2023)
	r, files, err := ofsted.Load(p25, p23)
	if err != nil {
		t.Fatal(err)
	}
	r2, files2, err := ofsted.Load(p23, p25)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range append(files, files2...) {
		if len(f.Problems) > 0 {
			t.Errorf("%s: problems %v", f.Name, f.Problems)
		}
	}
	want := []string{
		// The 2023 history calls Merton's inspection of 28 February to 4
		// March 2022 a standard inspection; the 2025 history, and its five
		// days on site, a short one.
		"Merton 2022-02-28 kind: short / standard (2025 / 2023)",
		// The 2023 history dates Nottingham's 2022 report 5 November; the
		// 2025 history, and the report, 5 September.
		"Nottingham 2022-07-11 published: 2022-09-05 / 2022-11-05 (2025 / 2023)",
	}
	for _, reg := range []*authority.Register{r, r2} {
		var got []string
		for _, c := range reg.Conflicts() {
			got = append(got, c.Authority.Name()+" "+c.Date.String()+" "+c.Field+": "+c.Kept+" / "+c.Other+
				" ("+release(c.KeptFrom)+" / "+release(c.OtherFrom)+")")
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("conflicts (-want +got):\n%s", diff)
		}
	}
	if diff := cmp.Diff(slices.Collect(r.Inspections()), slices.Collect(r2.Inspections())); diff != "" {
		t.Errorf("the register depends on the order of the files (-2025 first +2023 first):\n%s", diff)
	}
	if files[0].Name != p25 || files2[0].Name != p23 {
		t.Errorf("reports of %s, %s; want them in the order of the paths", files[0].Name, files[1].Name)
	}

	type tableView struct {
		Sheet        string
		Header, Rows int
		Wide         bool
		Records      int
	}
	var tables []tableView
	for _, f := range files {
		for _, tb := range f.Tables {
			tables = append(tables, tableView{tb.Sheet, tb.HeaderRow, tb.Rows, tb.Wide, tb.Records})
		}
	}
	wantTables := []tableView{
		{"Inspections_as_at_31_March", 3, 153, false, 153},
		{"In-year_inspections", 3, 112, false, 112},
		{"ILACS_inspection_history", 3, 271, false, 271},
		{"LA_level_in_year_2022-23", 3, 111, false, 60},
		{"LA_inspections_2009-2023", 5, 152, true, 557},
		{"LA_inspections_2009-2023", 161, 4, true, 12},
	}
	if diff := cmp.Diff(wantTables, tables); diff != "" {
		t.Errorf("tables read (-want +got):\n%s", diff)
	}
	// Every graded record of the history sheets is an inspection of the
	// register: 271 graded ILACS inspections, and the 2023 history's
	// SLAC, CPI, TLAC and SIF.
	counts := map[inspection.Framework]int{}
	for in := range r.Inspections() {
		if in.Kind.Graded() {
			counts[in.Framework]++
		}
	}
	ilacs := counts[inspection.ILACS2018] + counts[inspection.ILACS2023]
	if ilacs != 271 || counts[inspection.SIF2013] != 173 {
		t.Errorf("%d graded ILACS inspections (want 271), %d SIF (want 173: 152 first inspections and 21 re-inspections)",
			ilacs, counts[inspection.SIF2013])
	}
	// The in-year tables' visits are there, each a record of its own with
	// its theme: in 2022-23 (which the 2023 file gives without
	// publication dates) and in 2024-25, 36 focused visits and 24
	// monitoring visits each year.
	type visits struct {
		Year                string
		Focused, Monitoring int
	}
	var gotVisits []visits
	for _, year := range []string{"LA_level_in_year_2022-23", "In-year_inspections"} {
		v := visits{Year: year}
		for in := range r.Inspections() {
			if in.Sources[0].Sheet != year {
				continue
			}
			switch {
			case in.Theme == "":
				t.Errorf("%s: %s's visit of %s has no theme", year, in.Authority.Name, in.Start)
			case in.Kind == inspection.FocusedVisit:
				v.Focused++
			case in.Kind == inspection.MonitoringVisit:
				v.Monitoring++
			}
		}
		gotVisits = append(gotVisits, v)
	}
	wantVisits := []visits{{"LA_level_in_year_2022-23", 36, 24}, {"In-year_inspections", 36, 24}}
	if diff := cmp.Diff(wantVisits, gotVisits); diff != "" {
		t.Errorf("visits (-want +got):\n%s", diff)
	}
	wantSkipped := ofsted.Note{Sheet: "LA_level_in_year_2022-23", Row: 3,
		Text: "51 rows of inspections other than visits not read: the table gives no publication dates, by which they would be matched with other tables' records of them"}
	if !slices.Contains(files[1].Skipped, wantSkipped) {
		t.Errorf("2023 file: skipped %v; want among them %v", files[1].Skipped, wantSkipped)
	}
	// What the files say that the register says otherwise: web links to
	// another authority's page.
	var notes []string
	for _, f := range files {
		for _, n := range f.Notes {
			notes = append(notes, strings.TrimPrefix(n.Text, "the web link of "))
		}
	}
	slices.Sort(notes)
	notes = slices.Compact(notes)
	wantNotes := []string{
		"Bournemouth (https://reports.ofsted.gov.uk/provider/44/839) leads to Bournemouth, Christchurch and Poole's page",
		"City of London (https://reports.ofsted.gov.uk/provider/44/206) leads to Islington's page",
		"Cumbria (https://reports.ofsted.gov.uk/provider/44/942) leads to Cumberland's page",
		"North Northamptonshire (https://reports.ofsted.gov.uk/provider/44/941) leads to West Northamptonshire's page",
		"Northamptonshire (https://reports.ofsted.gov.uk/provider/44/941) leads to West Northamptonshire's page",
	}
	if diff := cmp.Diff(wantNotes, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

// TestReleaseOfficial reads the release each of Ofsted's files names on
// its cover, and what the 2023 file alone cannot date: three inspections
// of February 2023 published in April, which its table as at 31 March
// 2023 counts and which the 2025 file dates.
func TestReleaseOfficial(t *testing.T) {
	p25, p23 := sharedtest.Path(t, file2025), sharedtest.Path(t, file2023)
	r, files, err := ofsted.Load(p25, p23)
	if err != nil {
		t.Fatal(err)
	}
	rel := authority.Releases()
	if diff := cmp.Diff([]authority.Release{rel[1], rel[0]}, []authority.Release{files[0].Release, files[1].Release}); diff != "" {
		t.Errorf("releases of the 2025 and 2023 files (-want +got):\n%s", diff)
	}
	if c := r.Coverage(); !cmp.Equal(c, authority.Coverage{Release: rel[1]}) {
		t.Errorf("Coverage() = %v, want the 2025 release and no reports", c)
	}
	for _, f := range files {
		for _, n := range f.Notes {
			if strings.Contains(n.Text, "no first day on site") {
				t.Errorf("%s: %s: dated by the other file, yet noted", f.Name, n)
			}
		}
	}

	r23, files, err := ofsted.Load(p23)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range files[0].Notes {
		name, rest, _ := strings.Cut(n.Text, "'s inspection published ")
		pub, _, _ := strings.Cut(rest, " ")
		got = append(got, name+" "+pub)
	}
	if diff := cmp.Diff([]string{"Birmingham 2023-04-18", "Brent 2023-04-11", "Haringey 2023-04-11"}, got); diff != "" {
		t.Errorf("the 2023 file's notes of undated inspections (-want +got):\n%s", diff)
	}
	// Without the dates, the 2023 file alone counts those authorities'
	// previous inspections: Birmingham's and Haringey's requires
	// improvement of 2018 for their good of 2023 (Brent's was good both
	// times), as the notes warn.
	if got := r23.Picture(rel[0].Census).Area(inspection.OverallEffectiveness); got.Good != 63 || got.RequiresImprovement != 50 {
		t.Errorf("the 2023 file alone as at 2023-03-31: %v, want 2 fewer good and 2 more requires improvement than Ofsted's 65 and 48", got)
	}
}

// release names the release a conflict's side came from.
func release(srcs []inspection.Source) string {
	var out []string
	for _, s := range srcs {
		y := "2023"
		if strings.Contains(s.File, "2025") {
			y = "2025"
		}
		if !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	return strings.Join(out, "+")
}

// TestStandingsAsPublished checks each authority's standing in the
// national pictures of Ofsted's two releases against the release's own
// table of latest judgements: the inspection it names, by its date.
func TestStandingsAsPublished(t *testing.T) {
	r, _, err := ofsted.Load(sharedtest.Path(t, file2025), sharedtest.Path(t, file2023))
	if err != nil {
		t.Fatal(err)
	}
	rel := authority.Releases()
	for _, c := range []struct {
		census          authority.Census
		file, sheet     string
		nameCol, dayCol int // the columns of the authority's name and the inspection date
	}{
		{rel[0].Census, file2023, "LA_level_at_31_Mar_2023", 2, 4},
		{rel[1].Census, file2025, "Inspections_as_at_31_March", 3, 5},
	} {
		rows := sheetRows(t, sharedtest.Path(t, c.file), c.sheet)
		pic := r.Picture(c.census)
		n := 0
		for _, row := range rows[1:] { // after the header
			name, date := row.Cell(c.nameCol).Text, row.Cell(c.dayCol).Text
			if name == "" || date == "" {
				continue
			}
			a, err := authority.LookupAt(name, c.census.At)
			if err != nil {
				t.Errorf("%s row %d: %v", c.sheet, row.Number, err)
				continue
			}
			want, err := inspection.ParseDate(date)
			if err != nil {
				t.Errorf("%s row %d: %v", c.sheet, row.Number, err)
				continue
			}
			if s, _ := pic.Standing(a); !s.Inspected || s.Inspection.Start != want {
				t.Errorf("%s row %d: %s's standing %+v, want the inspection of %s", c.sheet, row.Number, a, s.Inspection, want)
			}
			n++
		}
		if n != pic.Len() {
			t.Errorf("%s: %d rows, the picture has %d authorities", c.sheet, n, pic.Len())
		}
	}
}

// sheetRows reads one sheet of a file, the header row first.
func sheetRows(t *testing.T, path, sheet string) []ods.Row {
	t.Helper()
	rd, err := ods.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	var out []ods.Row
	for rd.NextSheet() {
		if rd.Sheet() != sheet {
			continue
		}
		header := false
		for rd.NextRow() {
			row := *rd.Row()
			row.Cells = slices.Clone(row.Cells)
			if !header && slices.ContainsFunc(row.Cells, func(c ods.Cell) bool { return strings.Contains(c.Text, "Inspection date") }) {
				header = true
			}
			if header {
				out = append(out, row)
			}
		}
	}
	if err := rd.Err(); err != nil || len(out) == 0 {
		t.Fatalf("%s: sheet %s: %d rows, %v", path, sheet, len(out), err)
	}
	return out
}

// BenchmarkInflate is the floor under BenchmarkLoad: it opens the 2023
// statistics and inflates content.xml (40 MB) to io.Discard, doing
// nothing with it. Loading is budgeted at 1.5 times this.
func BenchmarkInflate(b *testing.B) {
	path := sharedtest.Path(b, file2023)
	var n int64
	for b.Loop() {
		zr, err := zip.OpenReader(path)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range zr.File {
			if f.Name != "content.xml" {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				b.Fatal(err)
			}
			if n, err = io.Copy(io.Discard, rc); err != nil {
				b.Fatal(err)
			}
			rc.Close()
		}
		zr.Close()
	}
	b.SetBytes(n)
}

// BenchmarkLoad loads the 2023 statistics into a register: it inflates
// and scans all 40 MB of content.xml, reads the sheet of LA inspections
// (569 records from 156 rows), skips the provider sheets, which are nine
// tenths of the file, by their end tags, and files the records.
func BenchmarkLoad(b *testing.B) {
	path := sharedtest.Path(b, file2023)
	for b.Loop() {
		r, _, err := ofsted.Load(path)
		if err != nil {
			b.Fatal(err)
		}
		if r.Len() < 500 {
			b.Fatalf("%d inspections", r.Len())
		}
	}
	b.SetBytes(39836936)
}

// BenchmarkLoadBoth loads Ofsted's two files into a register: the
// baseline of BenchmarkRecord.
func BenchmarkLoadBoth(b *testing.B) {
	p25, p23 := sharedtest.Path(b, file2025), sharedtest.Path(b, file2023)
	for b.Loop() {
		r, _, err := ofsted.Load(p25, p23)
		if err != nil {
			b.Fatal(err)
		}
		if r.Len() < 700 {
			b.Fatalf("%d inspections", r.Len())
		}
	}
}
