package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestOfstedFigures runs the program on Ofsted's two files, as at 31
// March 2025 and 31 March 2023, and checks the lines of Ofsted's
// published figures.
func TestOfstedFigures(t *testing.T) {
	files := []string{
		sharedtest.Path(t, "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods"),
		sharedtest.Path(t, "data/ofsted/Childrens_social_care_in_England_2023_underlying_data.ods"),
	}
	tests := []struct {
		at   string
		want []string
	}{
		{"2025-03-31", []string{
			"National picture as at 2025-03-31, with reports published by 2025-06-30",
			"153 authorities: 153 inspected, 0 not yet inspected",
			"Overall effectiveness       36 (23.5%)      67 (43.8%)      31 (20.3%)      19 (12.4%)           0    103 (67.3%)",
			"Care leavers                27 (26.2%)      43 (41.7%)      26 (25.2%)        7 (6.8%)          50     70 (68.0%)",
			"London                                  33           14           15            2            2     29 (87.9%)",
		}},
		{"2023-03-31", []string{
			"National picture as at 2023-03-31, with reports published by 2023-04-30, and South Tyneside's report published 2023-05-10",
			"152 authorities: 152 inspected, 0 not yet inspected",
			"Overall effectiveness       25 (16.4%)      65 (42.8%)      48 (31.6%)       14 (9.2%)           0     90 (59.2%)",
		}},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		if code := run(append([]string{"-at", tt.at}, files...), &out, &errs); code != 0 {
			t.Fatalf("-at %s: exit %d: %s", tt.at, code, errs.String())
		}
		lines := strings.Split(out.String(), "\n")
		for _, w := range tt.want {
			found := false
			for _, l := range lines {
				found = found || l == w
			}
			if !found {
				t.Errorf("-at %s: no line\n%q\nin\n%s", tt.at, w, out.String())
			}
		}
		// The two disagreements between the files are reported, and the
		// web links to other authorities' pages noted; no row is left
		// unread.
		if n := strings.Count(errs.String(), "national: conflict: "); n != 2 {
			t.Errorf("-at %s: %d conflicts reported, want 2:\n%s", tt.at, n, errs.String())
		}
		if !strings.Contains(errs.String(), `national: conflict: Merton, 2022-02-28: kind is "short" (kept), "standard" in another record`) {
			t.Errorf("-at %s: Merton's conflict not reported:\n%s", tt.at, errs.String())
		}
		if n := strings.Count(errs.String(), "national: note: "); n != 10 || strings.Contains(errs.String(), "not read") {
			t.Errorf("-at %s: %d notes, want 10:\n%s", tt.at, n, errs.String())
		}
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "usage: national"},
		{[]string{"-at", "31 June 2025", "x.ods"}, 1, "national: ofsted: x.ods: open: no such file or directory"}, // the files are read first
		{[]string{"no-such-file.ods"}, 1, "no-such-file.ods"},
		{[]string{"-bogus"}, 2, "flag provided but not defined"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		code := run(tt.args, &out, &errs)
		if code != tt.code || !strings.Contains(errs.String(), tt.msg) {
			t.Errorf("run(%q) = %d, stderr %q; want %d and %q", tt.args, code, errs.String(), tt.code, tt.msg)
		}
	}
	// A file that is not a spreadsheet, and one with no table.
	dir := t.TempDir()
	notODS := filepath.Join(dir, "notes.ods")
	if err := os.WriteFile(notODS, []byte("not a spreadsheet"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{notODS}, "national: ofsted: " + notODS + ": "},
		{[]string{sharedtest.Path(t, "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods"), notODS}, "not a well-formed OpenDocument spreadsheet"},
	} {
		var out, errs bytes.Buffer
		if code := run(tt.args, &out, &errs); code != 1 || !strings.Contains(errs.String(), tt.msg) || out.Len() != 0 {
			t.Errorf("run(%q) = %d, stderr %q, stdout %d bytes; want 1 and %q, no output", tt.args, code, errs.String(), out.Len(), tt.msg)
		}
	}
	file := sharedtest.Path(t, "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods")
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-at", "31 June 2025", file}, "-at: inspection: parsing date"},
		{[]string{"-at", "2025-03-31", "-published-by", "2025-03-01", file}, "is before -at"},
	} {
		var out, errs bytes.Buffer
		if code := run(tt.args, &out, &errs); code != 2 || !strings.Contains(errs.String(), tt.msg) {
			t.Errorf("run(%q) = %d, stderr %q; want 2 and %q", tt.args, code, errs.String(), tt.msg)
		}
	}
}
