package ods

import (
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestOfstedFiles reads Ofsted's two published spreadsheets and checks
// every table the project uses against the CSV conversions kept beside
// them (../shared/data/ofsted/csv): the same header, then the same rows,
// cell by cell. A web link cell is compared by its hyperlink where the CSV
// holds one, and by its text otherwise.
func TestOfstedFiles(t *testing.T) {
	const (
		file2023 = "data/ofsted/Childrens_social_care_in_England_2023_underlying_data.ods"
		file2025 = "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods"
	)
	// The sheet LA_inspections_2009-2023 holds two tables, whose headers
	// differ in their ILACS columns ("First ILACS framework ..." in the
	// first, "ILACS framework ..." in the second).
	tests := []struct{ file, sheet, csv string }{
		{file2023, "LA_inspections_2009-2023", "csc2023_la_inspections_2009_2023_current_las.csv"},
		{file2023, "LA_inspections_2009-2023", "csc2023_la_inspections_2009_2023_former_las.csv"},
		{file2023, "LA_level_at_31_Mar_2023", "csc2023_la_level_at_31_mar_2023.csv"},
		{file2023, "LA_level_in_year_2022-23", "csc2023_la_level_in_year_2022_23.csv"},
		{file2025, "Inspections_as_at_31_March", "lio2025_inspections_as_at_31_march_2025.csv"},
		{file2025, "In-year_inspections", "lio2025_in_year_inspections_2024_25.csv"},
		{file2025, "ILACS_inspection_history", "lio2025_ilacs_inspection_history_2018_2025.csv"},
	}
	sheets := map[string]map[string][]Row{} // file → sheet → rows
	for _, tt := range tests {
		if sheets[tt.file] == nil {
			sheets[tt.file] = readSheets(t, sharedtest.Path(t, tt.file))
		}
		rows, ok := sheets[tt.file][tt.sheet]
		if !ok {
			t.Errorf("%s: no sheet %q", tt.file, tt.sheet)
			continue
		}
		want := readCSV(t, sharedtest.Path(t, "data/ofsted/csv/"+tt.csv))
		start := slices.IndexFunc(rows, func(r Row) bool {
			return slices.Equal(texts(r, want[0], false), normAll(want[0]))
		})
		if start < 0 {
			t.Errorf("%s: sheet %q has no header row like %s's", tt.file, tt.sheet, tt.csv)
			continue
		}
		if n := len(rows[start].Cells); n != len(want[0]) {
			t.Errorf("%s: sheet %q, row %d: %d header cells, want %d", tt.file, tt.sheet, rows[start].Number, n, len(want[0]))
		}
		for k, rec := range want[1:] {
			i := start + 1 + k
			if i >= len(rows) {
				t.Errorf("%s: sheet %q ends at row %d; %s has %d more rows", tt.file, tt.sheet, rows[len(rows)-1].Number, tt.csv, len(want)-1-k)
				break
			}
			if got := texts(rows[i], rec, true); !slices.Equal(got, normAll(rec)) {
				t.Errorf("%s: sheet %q, row %d:\n got %q\nwant %q", tt.file, tt.sheet, rows[i].Number, got, normAll(rec))
			}
		}
	}
}

// readSheets reads every row of every sheet of an .ods file.
func readSheets(t *testing.T, path string) map[string][]Row {
	t.Helper()
	r, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	out := map[string][]Row{}
	for r.NextSheet() {
		var rows []Row
		for r.NextRow() {
			row := *r.Row()
			row.Cells = slices.Clone(row.Cells)
			rows = append(rows, row)
		}
		out[r.Sheet()] = rows
	}
	if err := r.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("%s: %d records, %v", path, len(recs), err)
	}
	return recs
}

// texts returns the cells of row as the CSV conversion writes them, as
// many as rec has: the hyperlink where rec holds a web address (if
// links), the text otherwise, with white space normalised.
func texts(row Row, rec []string, links bool) []string {
	out := make([]string, len(rec))
	for i := range rec {
		c := row.Cell(i + 1)
		v := c.Text
		if links && strings.HasPrefix(rec[i], "http") {
			v = c.Link
		}
		out[i] = norm(v)
	}
	return out
}

func normAll(rec []string) []string {
	out := make([]string, len(rec))
	for i, s := range rec {
		out[i] = norm(s)
	}
	return out
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }
