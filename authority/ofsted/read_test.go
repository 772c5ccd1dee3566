package ofsted_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
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
	"github.com/google/go-cmp/cmp"
)

// The fixtures below are small spreadsheets written the way Ofsted's
// files are: LibreOffice's content.xml, repeated cells and rows, date
// cells, hyperlink formulas, headers over two lines.

const contentHead = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"><office:body><office:spreadsheet>`
const contentTail = `</office:spreadsheet></office:body></office:document-content>`

// cell returns a cell: "" is empty, "d:2019-02-18" a date cell shown as
// dd/mm/yyyy, "l:URL" a web link cell, "n:A|B" a header over two lines,
// "r3:X" X repeated 3 times, and anything else a string.
func cell(v string) string {
	rep := ""
	if strings.HasPrefix(v, "r") && strings.Contains(v, ":") {
		n, rest, _ := strings.Cut(v[1:], ":")
		rep, v = ` table:number-columns-repeated="`+n+`"`, rest
	}
	switch {
	case v == "":
		return `<table:table-cell` + rep + `/>`
	case strings.HasPrefix(v, "d:"):
		y, m, d := v[2:6], v[7:9], v[10:12]
		return `<table:table-cell` + rep + ` office:value-type="date" office:date-value="` + v[2:] + `T00:00:00"><text:p>` + d + "/" + m + "/" + y + `</text:p></table:table-cell>`
	case strings.HasPrefix(v, "l:"):
		return `<table:table-cell` + rep + ` office:value-type="string" table:formula="of:=HYPERLINK(&quot;` + html.EscapeString(v[2:]) + `&quot;;&quot;Ofsted Local Authority Webpage&quot;)"><text:p>Ofsted Local Authority Webpage</text:p></table:table-cell>`
	case strings.HasPrefix(v, "n:"):
		a, b, _ := strings.Cut(v[2:], "|")
		return `<table:table-cell` + rep + ` office:value-type="string"><text:p><text:s/>` + html.EscapeString(a) + `</text:p><text:p>` + html.EscapeString(b) + `</text:p></table:table-cell>`
	}
	return `<table:table-cell` + rep + ` office:value-type="string"><text:p>` + html.EscapeString(v) + `</text:p></table:table-cell>`
}

func row(vals ...string) string {
	var b strings.Builder
	b.WriteString("<table:table-row>")
	for _, v := range vals {
		b.WriteString(cell(v))
	}
	b.WriteString(`<table:table-cell table:number-columns-repeated="16000"/></table:table-row>`)
	return b.String()
}

const blankRows = `<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`

func sheet(name string, rows ...string) string {
	return `<table:table table:name="` + name + `">` + strings.Join(rows, "") + `</table:table>`
}

// odsFile returns a spreadsheet of the sheets given.
func odsFile(t testing.TB, sheets ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := writeODS(&b, sheets...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// writeODS writes a spreadsheet of the sheets given to w.
func writeODS(w io.Writer, sheets ...string) error {
	z := zip.NewWriter(w)
	m, err := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		return err
	}
	io.WriteString(m, "application/vnd.oasis.opendocument.spreadsheet")
	c, err := z.Create("content.xml")
	if err != nil {
		return err
	}
	io.WriteString(c, contentHead+strings.Join(sheets, "")+contentTail)
	return z.Close()
}

// read reads a file made in memory.
func read(data []byte) ([]inspection.Inspection, ofsted.File, error) {
	return ofsted.Read(bytes.NewReader(data), int64(len(data)), "test.ods")
}

// load reads a file made in memory into a register, as Load does.
func load(t testing.TB, data []byte) (*authority.Register, ofsted.File) {
	t.Helper()
	ins, f, err := read(data)
	if err != nil {
		t.Fatal(err)
	}
	r := new(authority.Register)
	for _, in := range ins {
		if err := r.Add(in); err != nil {
			t.Fatal(err)
		}
	}
	return r, f
}

// historyHeader is the header of a 2025-style table, one inspection a
// row, with the 2024 release's shorter wording of some judgements.
var historyHeader = row("Web link", "Local authority area code", "Local authority name", "Local authority status", "Ofsted region",
	"Inspection date", "Publication date", "Inspection type", "Overall effectiveness", "Impact of leaders",
	"n:Experiences and progress of children|who need help and protection", "Experiences and progress of children in care", "Experiences and progress of care leavers")

func TestReadHistory(t *testing.T) {
	data := odsFile(t,
		sheet("Cover", row("Local authority inspection outcomes"), row("Period covered:", "Inspections as at 31 March 2025")),
		sheet("History",
			row("ILACS inspection history"), row("This worksheet contains one table."),
			historyHeader,
			row("l:https://reports.ofsted.gov.uk/provider/44/851", "E06000044", "Portsmouth", "Current", "South East",
				"d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good"),
			row("l:https://reports.ofsted.gov.uk/provider/44/851", "E06000044", "Portsmouth", "Current", "South East",
				"15/05/2023", "03/07/2023", "ILACS Short Inspection", "Good", "Good", "Outstanding", "Good", "Requires improvement to be good"),
			row("", "", "Bournemouth", "No longer exists", "South West",
				"d:2018-07-16", "d:2018-08-24", "ILACS Standard Inspection", "Requires improvement to be good", "Inadequate", "r2:Requires improvement to be good"),
			row("", "E06000063", "Cumberland", "Current", "North West", "Not yet inspected"),
			row("", "", "Kingston Upon Hull", "Current", "North East, Yorkshire and The Humber",
				"d:2024-06-03", "d:2024-07-01", "ILACS Focused Visit"),
		),
		sheet("As at", // the same inspections, without a type column
			row("n:Local authority|name", "Inspection date", "Publication date", "Overall effectiveness"),
			row("Portsmouth", "d:2023-05-15", "d:2023-07-03", "Good"),
		),
	)
	r, src := load(t, data)
	type view struct {
		Authority, Framework, Kind, Start, Published string
		Judgements                                   string
	}
	var got []view
	for in := range r.Inspections() {
		var js []string
		for a, g := range in.Ordered() {
			js = append(js, a.String()+"="+g.String())
		}
		got = append(got, view{in.Authority.Name, in.Framework.String(), in.Kind.String(), in.Start.String(), in.Published.String(), strings.Join(js, " ")})
	}
	want := []view{
		{"Bournemouth", "ilacs-2018", "standard", "2018-07-16", "2018-08-24", "impact-of-leaders=inadequate help-and-protection=requires-improvement children-in-care-and-care-leavers=requires-improvement overall-effectiveness=requires-improvement"},
		{"Kingston upon Hull", "ilacs-2023", "focused-visit", "2024-06-03", "2024-07-01", ""},
		{"Portsmouth", "ilacs-2018", "standard", "2018-09-03", "2018-10-15", "impact-of-leaders=good help-and-protection=good children-in-care-and-care-leavers=good overall-effectiveness=good"},
		{"Portsmouth", "ilacs-2023", "short", "2023-05-15", "2023-07-03", "impact-of-leaders=good help-and-protection=outstanding children-in-care=good care-leavers=requires-improvement overall-effectiveness=good"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("inspections (-want +got):\n%s", diff)
	}
	if len(src.Tables) != 2 || len(src.Problems) != 0 {
		t.Fatalf("report: %+v", src)
	}
	if tb := src.Tables[0]; tb.Sheet != "History" || tb.HeaderRow != 3 || tb.Rows != 5 || tb.Records != 4 || tb.Wide {
		t.Errorf("first table: %+v", tb)
	}
	if len(src.Skipped) != 0 {
		t.Errorf("skipped %v; want none: the cover is read for its release", src.Skipped)
	}
	wantRelease := authority.Release{Title: "Local authority inspection outcomes", Census: authority.Census{At: inspection.Date{Year: 2025, Month: 3, Day: 31}},
		Source: `test.ods, sheet Cover ("Period covered")`}
	if diff := cmp.Diff(wantRelease, src.Release); diff != "" {
		t.Errorf("release (-want +got):\n%s", diff)
	}
	if len(src.Notes) != 0 {
		t.Errorf("notes: %q", src.Notes)
	}
	// Each record says where it came from; the table of the latest
	// inspections repeats one of the history's, merged with it.
	var got2 [][]inspection.Source
	for in := range r.Inspections() {
		got2 = append(got2, in.Sources)
	}
	areas := []inspection.Area{inspection.OverallEffectiveness, inspection.ImpactOfLeaders, inspection.HelpAndProtection, inspection.ChildrenInCareAndCareLeavers}
	areas23 := []inspection.Area{inspection.OverallEffectiveness, inspection.HelpAndProtection, inspection.CareLeavers, inspection.ImpactOfLeaders, inspection.ChildrenInCare}
	slices.Sort(areas)
	slices.Sort(areas23)
	wantSrc := [][]inspection.Source{
		{{File: "test.ods", Sheet: "History", Row: 6, Areas: areas}},
		{{File: "test.ods", Sheet: "History", Row: 8}},
		{{File: "test.ods", Sheet: "History", Row: 4, Areas: areas}},
		{{File: "test.ods", Sheet: "History", Row: 5, Areas: areas23}, {File: "test.ods", Sheet: "As at", Row: 2, Areas: []inspection.Area{inspection.OverallEffectiveness}}},
	}
	if diff := cmp.Diff(wantSrc, got2); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

// TestReadODSWide reads a 2023-style table, one authority a row, with a
// second table of abolished authorities below a title.
func TestReadWide(t *testing.T) {
	header := func(ilacs string) string {
		return row("Web link", "Local authority name", "LA region", "LA Authority Type",
			"Safeguarding & Looked After Children (SLAC) Inspection publication date", "SLAC Safeguarding Overall effectiveness (OE)", "SLAC Looked After Children Overall Effectiveness (OE)",
			"SLAC re-inspection of Safeguarding publication date", "SLAC re-inspection Safeguarding OE",
			"SLAC re-inspection of services for Children Looked After publication date", "SLAC re-inspection of services Children Looked After OE",
			"Child Protection Inspections (CPI) publication date", "CPI Overall Effectiveness (OE)",
			"Targeted Looked After Children (TLAC) inspection publication date", "TLAC Overall Effectiveness (OE)",
			"Single Inspection of LA Children's Services (SIF) First SIF publication date", "n:First SIF Overall Judgement|(OE)",
			"First SIF children who need help and protection", "First SIF children looked after and achieving permanence",
			"First SIF CLA Sub: Adoption Performance", "First SIF CLA Sub: Experiences and progress of care leavers",
			"First SIF leadership, management and governance", "LSCB Overall Effectiveness",
			ilacs+" inspection type", ilacs+" publication date", ilacs+" overall effectiveness", ilacs+" impact of leaders",
			ilacs+" experiences and progress of children who need help and protection", ilacs+" experiences and progress of children in care and care leavers")
	}
	ri := "Requires improvement to be good"
	data := odsFile(t, sheet("LA_inspections",
		row("LA inspections 2009-2023"),
		header("First ILACS framework"),
		row("l:http://reports.ofsted.gov.uk/local-authorities/cornwall", "Cornwall", "South West", "Unitary",
			"d:2009-10-23", "Inadequate", "Inadequate", "d:2011-02-25", "Inadequate", "d:2011-02-25", ri,
			"", "", "", "", "d:2016-06-27", "Good", "Good", "Good", "-", "Good", "Good", "Good",
			"ILACS Short Inspection", "d:2019-12-20", "r4:Outstanding"),
		row("", "Kent", "South East", "Shire County", "", "", "", "", "", "", "", "d:2012-11-20", ri, "d:2013-08-23", ri),
		blankRows,
		row("Table 11: History of inspections of local authorities that existed before the restructure"),
		header("ILACS framework"),
		row("", "Dorset", "South West", "Shire County", "d:2011-10-28", "Good", "Good", "", "", "", "", "", "", "", "",
			"d:2016-05-23", ri, ri, ri, "Good", ri, ri, "Inadequate"),
	))
	r, src := load(t, data)
	var got []string
	for in := range r.Inspections() {
		var js []string
		for a, g := range in.Ordered() {
			js = append(js, a.String()+"="+g.String())
		}
		got = append(got, fmt.Sprintf("%s %s %s %s %s %s", in.Authority.Name, in.Authority.GSS, in.Published, in.Framework, in.Kind, strings.Join(js, " ")))
	}
	want := []string{
		"Cornwall E06000052 2009-10-23 slac-2009 inspection safeguarding=inadequate looked-after-children=inadequate",
		// The two re-inspections published the same day are one: the
		// register merges their records.
		"Cornwall E06000052 2011-02-25 slac-2009 re-inspection safeguarding=inadequate looked-after-children=adequate",
		"Cornwall E06000052 2016-06-27 sif-2013 inspection overall-effectiveness=good help-and-protection=good looked-after-children=good adoption-performance=not judged care-leavers=good leadership-management-governance=good lscb=good",
		"Cornwall E06000052 2019-12-20 ilacs-2018 short impact-of-leaders=outstanding help-and-protection=outstanding children-in-care-and-care-leavers=outstanding overall-effectiveness=outstanding",
		"Dorset E10000009 2011-10-28 slac-2009 inspection safeguarding=good looked-after-children=good",
		"Dorset E10000009 2016-05-23 sif-2013 inspection overall-effectiveness=requires-improvement help-and-protection=requires-improvement looked-after-children=requires-improvement adoption-performance=good care-leavers=requires-improvement leadership-management-governance=requires-improvement lscb=inadequate",
		"Kent E10000016 2012-11-20 cpi-2012 inspection overall-effectiveness=adequate",
		"Kent E10000016 2013-08-23 tlac-2013 inspection overall-effectiveness=adequate",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("inspections (-want +got):\n%s", diff)
	}
	if len(src.Tables) != 2 || !src.Tables[0].Wide || src.Tables[0].Rows != 2 || src.Tables[0].Records != 7 || src.Tables[1].HeaderRow != 9 || src.Tables[1].Records != 2 {
		t.Errorf("tables: %+v", src.Tables)
	}
	if diff := cmp.Diff([]string{"LA Authority Type"}, src.Tables[0].Unused); diff != "" {
		t.Errorf("unused columns (-want +got):\n%s", diff)
	}
}

func TestReadProblems(t *testing.T) {
	hist := func(rows ...string) []byte {
		return odsFile(t, sheet("History", append([]string{row("x"), historyHeader}, rows...)...))
	}
	good := func(name, start, pub string) string {
		return row("", "", name, "Current", "", start, pub, "ILACS Standard Inspection", "r4:Good")
	}
	tests := []struct {
		name   string
		data   []byte
		want   error  // for errors.Is, or nil to check the message only
		where  string // the place the problem names
		detail string
	}{
		{"unknown grade", hist(row("", "", "Portsmouth", "", "", "d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "Excelent")),
			grade.ErrUnknown, `sheet "History", row 3, column I ("Overall effectiveness")`, `grade.Parse("Excelent")`},
		{"bad date", hist(good("Portsmouth", "31/02/2019", "d:2019-04-01")),
			inspection.ErrDate, `row 3, column F ("Inspection date")`, "day out of range"},
		{"unknown kind", hist(row("", "", "Portsmouth", "", "", "d:2018-09-03", "d:2018-10-15", "ILACS Grand Inspection")),
			inspection.ErrUnknown, `column H ("Inspection type")`, `parsing kind "ILACS Grand Inspection": unknown value`},
		{"unknown authority", hist(good("Portsmuth", "d:2018-09-03", "d:2018-10-15")),
			authority.ErrUnknown, `column C ("Local authority name")`, "nearest: Portsmouth"},
		{"authority not yet created", hist(good("Cumberland", "d:2020-01-06", "d:2020-03-01")),
			authority.ErrNotExisting, "column F", "existed from 2023-04-01"},
		{"code and name disagree", hist(row("", "E06000045", "Portsmouth", "", "", "d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "Good")),
			nil, `column B ("Local authority area code")`, "is Southampton"},
		{"grades with no date", hist(row("", "", "Portsmouth", "", "", "", "", "ILACS Standard Inspection", "Good")),
			ofsted.ErrTable, "row 3, column", "no date"},
		{"care leavers before 2023", hist(row("", "", "Portsmouth", "", "", "d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good", "Good")),
			ofsted.ErrTable, `column M ("Experiences and progress of care leavers")`, "ilacs-2018 does not judge care leavers"},
		{"overall effectiveness after April 2026", hist(row("", "", "Portsmouth", "", "", "d:2026-07-06", "d:2026-08-18", "ILACS Short Inspection", "r5:Good")),
			ofsted.ErrTable, `column I`, "ilacs-2026 does not judge overall effectiveness"},
		{"judged but not yet inspected", hist(row("", "", "Cumberland", "", "", "Not yet inspected", "", "", "Good")),
			ofsted.ErrTable, `row 3, column I ("Overall effectiveness")`, "an inspection with no date"},
		{"data but no authority", hist(row("", "", "", "", "", "d:2018-09-03")),
			ofsted.ErrTable, "row 3, column F", "no authority"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins, f, err := read(tt.data)
			if err != nil {
				t.Fatalf("error %v: a problem of a row is reported, not returned", err)
			}
			if len(ins) != 0 || len(f.Problems) != 1 {
				t.Fatalf("%d records, problems %v; want none, and one problem", len(ins), f.Problems)
			}
			p := f.Problems[0]
			if tt.want != nil && !errors.Is(p, tt.want) {
				t.Errorf("problem %v, want one wrapping %v", p, tt.want)
			}
			msg := p.Error()
			if !strings.Contains(msg, tt.where) || !strings.Contains(msg, tt.detail) || !strings.HasPrefix(msg, "ofsted: test.ods: ") {
				t.Errorf("problem %q, want it to name %q and say %q", msg, tt.where, tt.detail)
			}
		})
	}
}

// TestReadErrors checks the files Read refuses: one that cannot be read
// to its end, one with no table of inspections, one with too many
// problems to be Ofsted's.
func TestReadErrors(t *testing.T) {
	hist := odsFile(t, sheet("History", historyHeader,
		row("", "", "Portsmouth", "", "", "d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good")))
	var bad []string
	for range 101 {
		bad = append(bad, row("", "", "Atlantis", "", "", "d:2018-09-03", "d:2018-10-15"))
	}
	tests := []struct {
		name   string
		data   []byte
		want   error
		detail string
		tables int // tables read before the error
	}{
		{"not a spreadsheet", []byte("PK\x03\x04 nothing"), ofsted.ErrFormat, "ofsted: test.ods: ", 0},
		{"truncated", hist[:len(hist)-40], ofsted.ErrFormat, "ofsted: test.ods: ", 0},
		{"no table", odsFile(t, sheet("Cover", row("Local authority inspection outcomes"))), ofsted.ErrNoTable, "ofsted: test.ods: no table of inspections", 0},
		{"only a table that cannot be read", odsFile(t, sheet("S", row("Local authority name", "Publication date", "Overall effectiveness", "Overall effectiveness (OE)"))),
			ofsted.ErrNoTable, "no table of inspections", 0},
		{"too many problems", odsFile(t, sheet("History", append([]string{historyHeader}, bad...)...)), ofsted.ErrLimit, "more than 100 problems", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, f, err := read(tt.data)
			if !errors.Is(err, tt.want) || !strings.Contains(fmt.Sprint(err), tt.detail) {
				t.Errorf("error %v, want one wrapping %v saying %q", err, tt.want, tt.detail)
			}
			if _, ok := errors.AsType[*ofsted.Error](err); !ok {
				t.Errorf("error %T, want an *ofsted.Error", err)
			}
			if len(f.Tables) != tt.tables {
				t.Errorf("%d tables read", len(f.Tables))
			}
		})
	}
	// A header with two columns of one meaning is a problem at its row.
	_, f, _ := read(tests[3].data)
	if len(f.Problems) != 1 || !errors.Is(f.Problems[0], ofsted.ErrTable) || !strings.Contains(f.Problems[0].Error(), `sheet "S", row 1: table not understood: column D ("Overall effectiveness (OE)") means what an earlier column means`) {
		t.Errorf("problems %v", f.Problems)
	}
}

// TestReadRelease reads the release a file's cover sheet names, in the
// forms of Ofsted's covers of 2023 and 2025 and of a later release laid
// out like 2025's.
func TestReadRelease(t *testing.T) {
	table := sheet("History", historyHeader,
		row("", "", "Portsmouth", "", "", "d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good"))
	day := func(y int, m time.Month, d int) inspection.Date { return inspection.Date{Year: y, Month: m, Day: d} }
	tests := []struct {
		name  string
		cover string
		want  authority.Release
		notes []string
	}{
		{"2025, as the package knows it", sheet("Cover",
			row("Local authority inspection outcomes as at 31 March 2025"), row("Section", "Detail"),
			row("Published on:", "25 September 2025"),
			row("Period covered:", "Inspections as at 31 March 2025, with a report published by 30 June 2025")),
			authority.Releases()[1], nil},
		{"2023, with its exception", sheet("Cover",
			row("Cover sheet - Official statistics"), row("Policy area:", "Children's social care data in England 2023"),
			row("Published on:", "06 July 2023"),
			row("Period covered - Inspection outcomes for local authority children's services inspections:", "As at 31 March 2023, published by 30 April 2023"),
			row("Period covered - Information about the providers of children's social care:", "As at 31 March 2024")),
			authority.Releases()[0], nil},
		{"2026, not known to the package, its period below the usual rows", sheet("Cover",
			row("Local authority inspection outcomes as at 31 March 2026"), blankRows, blankRows, blankRows, blankRows, blankRows,
			row("Published on:", "24 September 2026"),
			row("Period covered:", "Inspections as at 31 March 2026, with a report published by 30 June 2026")),
			authority.Release{Title: "Local authority inspection outcomes as at 31 March 2026", Published: day(2026, time.September, 24),
				Census: authority.Census{At: day(2026, time.March, 31), PublishedBy: day(2026, time.June, 30)},
				Source: `test.ods, sheet Cover ("Period covered")`}, nil},
		{"no census day", sheet("Cover", row("Outcomes"), row("Period covered:", "The year 2025-26")),
			authority.Release{}, []string{`sheet "Cover", row 2: the period covered, "The year 2025-26", gives no census day ("as at" a date) that can be read: the release's census is not known`}},
		{"a cut-off that cannot be read", sheet("Cover", row("Outcomes"), row("Period covered:", "As at 31 March 2026, published by 31 June 2026")),
			authority.Release{}, []string{`sheet "Cover", row 2: the period covered, "As at 31 March 2026, published by 31 June 2026", gives a publication cut-off that cannot be read (inspection: parsing date "31 June 2026": day out of range): the release's census is not known`}},
		{"no cover", "", authority.Release{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, f, err := read(odsFile(t, tt.cover, table))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, f.Release); diff != "" {
				t.Errorf("release (-want +got):\n%s", diff)
			}
			var notes []string
			for _, n := range f.Notes {
				notes = append(notes, n.String())
			}
			if diff := cmp.Diff(tt.notes, notes); diff != "" {
				t.Errorf("notes (-want +got):\n%s", diff)
			}
			if len(f.Skipped) != 0 {
				t.Errorf("skipped %v; want none: a cover is read, not skipped", f.Skipped)
			}
		})
	}
}

// TestReadUndated reads a 2023-style table of publication dates only: an
// inspection its release counts, inspected before the census day but
// published after it, cannot be dated by a register, and is noted; a file
// that gives its days on site dates it, and Load drops the note.
func TestReadUndated(t *testing.T) {
	cover := sheet("Cover", row("Cover sheet"), row("Policy area:", "Children's social care data in England 2023"),
		row("Period covered - Inspection outcomes for local authority children's services inspections:", "As at 31 March 2023, published by 30 April 2023"))
	wide := sheet("LA_inspections_2009-2023",
		row("Local authority name", "Second ILACS framework inspection type", "Second ILACS framework publication date", "Second ILACS framework overall effectiveness"),
		row("Birmingham", "ILACS Standard Inspection", "d:2023-04-18", "Good"),
		row("Leeds", "ILACS Standard Inspection", "d:2023-03-10", "Good"),
		row("South Tyneside", "ILACS Standard Inspection", "d:2023-05-10", "Good"), // the release's exception, counted
		row("Kent", "ILACS Short Inspection", "d:2023-05-12", "Good"),              // after the cut-off: not in the table
	)
	_, f, err := read(odsFile(t, cover, wide))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`sheet "LA_inspections_2009-2023", row 2: Birmingham's inspection published 2023-04-18 gives no first day on site: ` +
		`the release's table as at 2023-03-31 counts it if it started by then, but a register dates it by its publication and does not; ` +
		`a file that gives its days on site, such as a later release, dates it`}
	var got []string
	for _, n := range f.Notes {
		got = append(got, n.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}

	dir := t.TempDir()
	old, later := filepath.Join(dir, "2023.ods"), filepath.Join(dir, "2025.ods")
	for path, sheets := range map[string][]string{
		old:   {cover, wide},
		later: {sheet("History", historyHeader, row("", "", "Birmingham", "", "", "d:2023-02-20", "d:2023-04-18", "ILACS Standard Inspection", "Good"))},
	} {
		if err := os.WriteFile(path, odsFile(t, sheets...), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	r, files, err := ofsted.Load(old, later)
	if err != nil {
		t.Fatal(err)
	}
	if len(files[0].Notes) != 0 {
		t.Errorf("notes of the 2023 file loaded with one that dates its inspection: %v", files[0].Notes)
	}
	if c := r.Coverage(); c.Release.Title != authority.Releases()[0].Title {
		t.Errorf("coverage %v, want the 2023 release", c)
	}
	p := r.Picture(authority.Releases()[0].Census)
	if s, _ := p.Standing(authority.MustLookup("Birmingham")); !s.Inspected || s.Inspection.Start.String() != "2023-02-20" {
		t.Errorf("Birmingham's standing as at 2023-03-31: %+v", s)
	}
	_, files, err = ofsted.Load(old)
	if err != nil || len(files[0].Notes) != 1 {
		t.Errorf("the 2023 file alone: notes %v, error %v; want the note", files[0].Notes, err)
	}
}

// TestReadConflict reads a file that gives one inspection twice, with
// different kinds: both records are read, and the register keeps the
// first, with the conflict.
func TestReadConflict(t *testing.T) {
	data := odsFile(t, sheet("History", historyHeader,
		row("", "", "Portsmouth", "", "", "d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good"),
		row("", "", "Portsmouth", "", "", "d:2018-09-03", "d:2018-10-15", "ILACS Short Inspection", "r4:Good")))
	r, f := load(t, data)
	if r.Len() != 1 || f.Tables[0].Records != 2 {
		t.Fatalf("%d inspections from %d records", r.Len(), f.Tables[0].Records)
	}
	var got []string
	for _, c := range r.Conflicts() {
		got = append(got, c.String())
	}
	want := []string{`Portsmouth, 2018-09-03: kind is "standard" (kept), "short" in another record (kept from test.ods; other from test.ods)`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("conflicts (-want +got):\n%s", diff)
	}
}

// TestReadNotes checks what a file may say that the register of
// authorities says otherwise: reported as notes, not problems.
func TestReadNotes(t *testing.T) {
	data := odsFile(t, sheet("History", historyHeader,
		row("l:https://reports.ofsted.gov.uk/provider/44/941", "", "North Northamptonshire", "Current", "East Midlands", "d:2022-10-03", "d:2022-11-25", "ILACS Standard Inspection", "r4:Good"),
		row("l:https://reports.ofsted.gov.uk/provider/44/80539", "", "Portsmouth", "No longer exists", "South West", "d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good"),
		row("l:https://reports.ofsted.gov.uk/provider/44/2532287", "", "Leeds", "Current", "Wessex", "d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good"),
		row("l:https://reports.ofsted.gov.uk/provider/44/999999", "", "Leeds", "Current", "Yorkshire and The Humber", "d:2023-09-04", "d:2023-10-15", "ILACS Short Inspection", "r5:Good"),
		row("", "", "Cumbria", "Current", "North West", "d:2022-09-20", "d:2022-11-15", "ILACS Standard Inspection", "r4:Good"),
		row("", "", "Wigan", "Merged", "North West", "d:2022-09-20", "d:2022-11-15", "ILACS Standard Inspection", "r4:Good"),
	), sheet("At 31 March", row("Local authority name", "Inspection date", "Overall effectiveness"), row("Leeds", "d:2018-09-03", "Good")))
	ins, f, err := read(data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range f.Notes {
		got = append(got, n.String())
	}
	want := []string{
		`sheet "History", row 2, column A: the web link of North Northamptonshire (https://reports.ofsted.gov.uk/provider/44/941) leads to West Northamptonshire's page`,
		`sheet "History", row 3, column E: Portsmouth is in South East, not South West`,
		`sheet "History", row 3, column D: Portsmouth has status "No longer exists"; the register has it still existing`,
		`sheet "History", row 4, column E: region "Wessex" is not one the package knows`,
		`sheet "History", row 4, column A: the web link of Leeds (https://reports.ofsted.gov.uk/provider/44/2532287) leads to Bournemouth, Christchurch and Poole's page`,
		`sheet "History", row 5, column A: the web link of Leeds (https://reports.ofsted.gov.uk/provider/44/999999) leads to no authority the register knows`,
		`sheet "History", row 6, column D: Cumbria has status "Current"; the register has it abolished after 2023-03-31`,
		`sheet "History", row 7, column D: Wigan has status "Merged"; the register has it still existing`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	wantSkipped := []ofsted.Note{{Sheet: "At 31 March", Row: 1, Text: "a table without publication dates, by which its inspections would be matched; the rest of the sheet was not read"}}
	if diff := cmp.Diff(wantSkipped, f.Skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	if len(ins) != 6 {
		t.Errorf("%d records, want 6", len(ins))
	}
	if got, want := f.String(), "test.ods: 1 table, 6 records; 1 sheet or table not read; no problems; 8 notes"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// TestReadTheme reads the in-year table's visits, with their themes.
func TestReadTheme(t *testing.T) {
	data := odsFile(t, sheet("In-year_inspections",
		row("Web link", "Local authority area code", "Local authority name", "Region", "Inspection/Visit date", "Publication date", "Inspection/Visit type",
			"Overall effectiveness", "The impact of leaders on social work practice with children and families", "Visit Theme"),
		row("", "E09000002", "Barking and Dagenham", "London", "d:2024-07-02", "d:2024-08-08", "ILACS Focused Visit", "", "", "Front door"),
		row("", "E06000044", "Portsmouth", "South East", "d:2024-05-13", "d:2024-06-20", "LA Monitoring visit", "", "", "Children in care"),
	))
	ins, _, err := read(data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range ins {
		got = append(got, in.Authority.Name+" "+in.Kind.String()+" "+in.Theme)
	}
	want := []string{"Barking and Dagenham focused-visit Front door", "Portsmouth monitoring-visit Children in care"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("visits (-want +got):\n%s", diff)
	}
}

// TestReadVisitsWithoutPublication reads a table without publication
// dates, laid out as the 2023 file's LA_level_in_year_2022-23: its
// visits, filed by their days on site beside the graded inspections that
// another table gives with publication dates; its other rows passed over
// and reported; an inspection type that cannot be read a problem.
func TestReadVisitsWithoutPublication(t *testing.T) {
	data := odsFile(t,
		sheet("History", historyHeader,
			row("", "", "Blackpool", "Current", "North West", "d:2022-12-05", "d:2023-02-10", "ILACS Standard Inspection",
				"Requires improvement to be good", "Requires improvement to be good", "Requires improvement to be good", "Good", "")),
		sheet("In year",
			row("Children's social care data in England 2023 - LA level in year 2022-23"),
			row("Web link", "Local authority name", "Ofsted region", "Inspection/Visit date", "Inspection/Visit type", "Overall effectiveness",
				"Impact of leaders", "Experiences and progress of children who need help and protection",
				"Experiences and progress of children in care", "Experiences and progress of care leavers", "Visit Theme"),
			row("l:https://reports.ofsted.gov.uk/provider/44/80431", "Blackpool", "North West", "d:2022-12-05", "ILACS Standard Inspection",
				"Requires improvement to be good", "Requires improvement to be good", "Requires improvement to be good", "Good", "", ""),
			row("l:https://reports.ofsted.gov.uk/provider/44/80431", "Blackpool", "North West", "d:2022-06-14", "LA Monitoring visit", "", "", "", "", "", "Children in need/subject to a plan"),
			row("", "Kingston Upon Hull", "North East, Yorkshire and the Humber", "d:2022-03-29", "LA Monitoring visit", "", "", "", "", "", "Care leavers"),
			row("", "Barnsley", "North East, Yorkshire and the Humber", "d:2023-01-25", "ILACS Focused Visit", "", "", "", "", "", "Care leavers"),
			row("", "Bury", "North West", "d:2022-10-12", "", "", "", "", "", "", ""),
			row("", "Leeds", "North East, Yorkshire and the Humber", "d:2022-10-12", "Unannounced call", "", "", "", "", "", ""),
		))
	r, f := load(t, data)
	var got []string
	for in := range r.Inspections() {
		got = append(got, fmt.Sprintf("%s %s %s %s %q (%s row %d)", in.Authority.Name, in.Start, in.Framework, in.Kind, in.Theme, in.Sources[0].Sheet, in.Sources[0].Row))
	}
	want := []string{
		`Barnsley 2023-01-25 ilacs-2023 focused-visit "Care leavers" (In year row 6)`,
		`Blackpool 2022-06-14 ilacs-2018 monitoring-visit "Children in need/subject to a plan" (In year row 4)`,
		`Blackpool 2022-12-05 ilacs-2018 standard "" (History row 2)`,
		`Kingston upon Hull 2022-03-29 ilacs-2018 monitoring-visit "Care leavers" (In year row 5)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("register (-want +got):\n%s", diff)
	}
	wantTables := []ofsted.Table{
		{Sheet: "History", HeaderRow: 1, Rows: 1, Records: 1},
		{Sheet: "In year", HeaderRow: 2, Rows: 6, Records: 3},
	}
	if diff := cmp.Diff(wantTables, f.Tables); diff != "" {
		t.Errorf("tables (-want +got):\n%s", diff)
	}
	wantSkipped := []ofsted.Note{{Sheet: "In year", Row: 2,
		Text: "2 rows of inspections other than visits not read: the table gives no publication dates, by which they would be matched with other tables' records of them"}}
	if diff := cmp.Diff(wantSkipped, f.Skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	if len(f.Problems) != 1 || f.Problems[0].Row != 8 || f.Problems[0].Col != 5 || !errors.Is(f.Problems[0], inspection.ErrUnknown) {
		t.Errorf("problems %v; want one, of row 8, column E: the inspection type", f.Problems)
	}
}

// FuzzRead feeds the reader spreadsheets whose content.xml is mutated from
// a well-formed table: it must never panic; every problem must name its
// file; and every record must be one a register files.
func FuzzRead(f *testing.F) {
	for _, c := range []string{
		sheet("History", historyHeader,
			row("l:https://reports.ofsted.gov.uk/provider/44/851", "E06000044", "Portsmouth", "Current", "South East",
				"d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good"),
			row("", "", "Cumberland", "Current", "North West", "Not yet inspected")),
		sheet("LA", row("Local authority name", "First SIF publication date", "First SIF Overall Judgement (OE)", "LSCB Overall Effectiveness",
			"Second ILACS framework inspection type", "Second ILACS framework publication date", "Second ILACS framework overall effectiveness"),
			row("Kent", "d:2017-02-01", "Good", "-", "ILACS Short Inspection", "d:2022-09-09", "Good")),
		sheet("In year", row("Local authority name", "Inspection/Visit date", "Inspection/Visit type", "Overall effectiveness", "Visit Theme"),
			row("Blackpool", "d:2022-06-14", "LA Monitoring visit", "", "Children in care"),
			row("Bury", "d:2022-10-12", "ILACS Standard Inspection", "Good", "")),
	} {
		f.Add([]byte(contentHead + c + contentTail))
	}
	// The hostile shapes of hostile_test.go, scaled to fuzz quickly.
	long := strings.Repeat("x", 70<<10)
	for _, c := range []string{
		sheet("History", historyHeader, dataRow(long)),
		sheet("History", historyHeader, repeatedRow(strings.Repeat("x", 1000), 100_000)),
		sheet("History", wideHeader("Local authority name", 16_000)),
		sheet("History", historyHeader, nestedCell(1, 20)),
		sheet("History", historyHeader, dataRow("Portsmouth &amp; &#x263A; &lt;")),
	} {
		f.Add([]byte(contentHead + c + contentTail))
	}
	f.Add([]byte(contentHead + sheet("History", historyHeader, dataRow("Portsmouth")))) // cut short
	f.Fuzz(func(t *testing.T, content []byte) {
		var b bytes.Buffer
		z := zip.NewWriter(&b)
		w, _ := z.CreateHeader(&zip.FileHeader{Name: "content.xml", Method: zip.Store})
		w.Write(content)
		z.Close()
		ins, file, err := ofsted.Read(bytes.NewReader(b.Bytes()), int64(b.Len()), "fuzz.ods")
		if e, ok := errors.AsType[*ofsted.Error](err); err != nil && (!ok || e.File != "fuzz.ods") {
			t.Fatalf("error %T %v, want an *ofsted.Error of fuzz.ods", err, err)
		}
		for _, p := range file.Problems {
			if p.File != "fuzz.ods" || p.Row == 0 || !strings.Contains(p.Error(), ", row ") {
				t.Fatalf("problem %v without its place", p)
			}
		}
		// What was read is what a register files.
		r := new(authority.Register)
		for _, in := range ins {
			if err := r.Add(in); err != nil {
				t.Fatalf("a record the register refuses: %v: %+v", err, in)
			}
			if len(in.Sources) != 1 || in.Sources[0].File != "fuzz.ods" {
				t.Fatalf("a record without its source: %+v", in.Sources)
			}
		}
	})
}

// TestZeroValues checks that the zero values print sensibly.
func TestZeroValues(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{(&ofsted.Error{}).Error(), "ofsted: a file: unknown error"},
		{ofsted.File{}.String(), "a file: no tables, no records; every sheet read; no problems; no notes"},
		{ofsted.Note{}.String(), "the file: "},
		{ofsted.Note{Sheet: "Cover", Text: "no table of inspections"}.String(), `sheet "Cover": no table of inspections`},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
