package ofsted_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// realSheets are the sheets of Ofsted's files whose first rows seed
// FuzzReadReal, and how many rows of each: the header and a few rows of
// data.
var realSheets = []struct {
	file, sheet string
	rows        int
}{
	{file2025, "ILACS_inspection_history", 7},
	{file2025, "In-year_inspections", 6},
	{file2025, "Inspections_as_at_31_March", 5},
	{file2023, "LA_inspections_2009-2023", 6},
	{file2023, "LA_level_at_31_Mar_2023", 4},
}

// realContent returns the content.xml of one of Ofsted's files, as
// LibreOffice wrote it, cut to the first rows of one sheet: its prolog
// and root element (without the automatic styles, which the reader does
// not read), the sheet's start tag, its columns and first rows, and the
// end of the document.
func realContent(t testing.TB, content []byte, sheet string, rows int) []byte {
	t.Helper()
	s := string(content)
	body := strings.Index(s, "<office:spreadsheet>") + len("<office:spreadsheet>")
	head := s[:body]
	if i, j := strings.Index(head, "<office:automatic-styles>"), strings.Index(head, "</office:automatic-styles>"); i >= 0 && j > i {
		head = head[:i] + head[j+len("</office:automatic-styles>"):]
	}
	start := strings.Index(s, `<table:table table:name="`+sheet+`"`)
	end := strings.Index(s[start:], "</table:table>") + start
	last := strings.LastIndex(s, "</table:table>") + len("</table:table>")
	if body < len("<office:spreadsheet>") || start < 0 || end < start {
		t.Fatalf("no sheet %q", sheet)
	}
	table := s[start:end]
	cut := strings.Index(table, "<table:table-row")
	for range rows {
		i := strings.Index(table[cut:], "</table:table-row>")
		if i < 0 {
			break
		}
		cut += i + len("</table:table-row>")
	}
	return []byte(head + table[:cut] + "</table:table>" + s[last:])
}

// contentOf returns the content.xml of the spreadsheet at path.
func contentOf(t testing.TB, path string) []byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	rc, err := zr.Open("content.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// equateEmpty takes a nil and an empty slice or map to be the same: JSON
// leaves both out.
var equateEmpty = cmpopts.EquateEmpty()

// FuzzReadReal feeds the reader the first rows of the sheets of Ofsted's
// own files, mutated: LibreOffice's content.xml with its styles, column
// definitions, repeated cells and rows, formulas and date cells, rather
// than XML written for the tests. It must never panic; errors and
// problems name their place; every record is one a register files; and
// every record and the register come back the same through JSON.
func FuzzReadReal(f *testing.F) {
	if sharedtest.Available() {
		contents := map[string][]byte{}
		for _, s := range realSheets {
			if contents[s.file] == nil {
				contents[s.file] = contentOf(f, sharedtest.Path(f, s.file))
			}
			f.Add(realContent(f, contents[s.file], s.sheet, s.rows))
		}
	}
	// A synthetic file, laid out as the 2025 release is, for a user
	// without Ofsted's files.
	f.Add([]byte(contentHead + sheet("ILACS_inspection_history", row("ILACS inspection history"), row("This worksheet contains one table."), historyHeader,
		row("l:https://reports.ofsted.gov.uk/provider/44/851", "E06000044", "Portsmouth", "Current", "South East",
			"d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good")) + contentTail))
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
			if p.File != "fuzz.ods" || p.Row == 0 {
				t.Fatalf("problem %v without its place", p)
			}
		}
		r := new(authority.Register)
		for _, in := range ins {
			if err := r.Add(in); err != nil {
				t.Fatalf("a record the register refuses: %v: %+v", err, in)
			}
			roundTrip(t, in)
		}
		registerRoundTrip(t, r)
	})
}

// roundTrip checks that in comes back the same through JSON.
func roundTrip(t testing.TB, in inspection.Inspection) {
	t.Helper()
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatalf("encoding %+v: %v", in, err)
	}
	var back inspection.Inspection
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	if diff := cmp.Diff(in, back, equateEmpty); diff != "" {
		t.Fatalf("%s: a round trip through JSON changes it (-before +after):\n%s", data, diff)
	}
}

// registerRoundTrip checks that r's inspections come back the same
// through JSON.
func registerRoundTrip(t testing.TB, r *authority.Register) {
	t.Helper()
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatalf("encoding the register: %v", err)
	}
	var back authority.Register
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("decoding the register: %v", err)
	}
	var before, after []inspection.Inspection
	for in := range r.Inspections() {
		before = append(before, in)
	}
	for in := range back.Inspections() {
		after = append(after, in)
	}
	if diff := cmp.Diff(before, after, equateEmpty); diff != "" {
		t.Fatalf("a round trip of the register through JSON changes it (-before +after):\n%s", diff)
	}
}

// TestRoundTripOfficial checks that every record read from Ofsted's two
// files, and the register they make, come back the same through JSON.
// (TestRoundTripRecord does the same for the built-in record.)
func TestRoundTripOfficial(t *testing.T) {
	r, _, err := ofsted.Load(sharedtest.Path(t, file2025), sharedtest.Path(t, file2023))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range []string{file2025, file2023} {
		data := sharedtest.ReadFile(t, p)
		ins, _, err := ofsted.Read(bytes.NewReader(data), int64(len(data)), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range ins {
			roundTrip(t, in)
			n++
		}
	}
	for in := range r.Inspections() {
		roundTrip(t, in)
	}
	registerRoundTrip(t, r)
	if n < 536+569 || r.Len() < 721 {
		t.Errorf("%d records, %d inspections: want every record of both files", n, r.Len())
	}
}

// TestRoundTripRecord checks that every inspection of the built-in
// record, and the record as a register, comes back the same through
// JSON.
func TestRoundTripRecord(t *testing.T) {
	r := ofsted.Record()
	for in := range r.Inspections() {
		roundTrip(t, in)
	}
	registerRoundTrip(t, r)
}

// TestRealContent checks the seeds of FuzzReadReal: each is a file that
// reads without error, small enough to fuzz quickly, and each sheet with
// publication dates gives records.
func TestRealContent(t *testing.T) {
	contents := map[string][]byte{}
	for _, s := range realSheets {
		if contents[s.file] == nil {
			contents[s.file] = contentOf(t, sharedtest.Path(t, s.file))
		}
		c := realContent(t, contents[s.file], s.sheet, s.rows)
		data := odsOf(t, string(c))
		ins, f, err := read(data)
		wantRecords := s.sheet != "LA_level_at_31_Mar_2023" // a table without publication dates
		if err != nil && (wantRecords || !errors.Is(err, ofsted.ErrNoTable)) || wantRecords && len(ins) == 0 || len(f.Problems) > 0 || len(c) > 32<<10 {
			t.Errorf("%s: %d bytes, %d records, problems %v, error %v", s.sheet, len(c), len(ins), f.Problems, err)
		}
	}
}
