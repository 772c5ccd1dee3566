package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
)

// data returns the -data arguments for Ofsted's two files.
func data(t *testing.T) []string {
	t.Helper()
	return []string{
		"-data", sharedtest.Path(t, "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods"),
		"-data", sharedtest.Path(t, "data/ofsted/Childrens_social_care_in_England_2023_underlying_data.ods"),
	}
}

// runOK runs the program and fails the test unless it exits 0.
func runOK(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	if code := run(args, &out, &errs); code != 0 {
		t.Fatalf("forecast %s: exit %d:\n%s", strings.Join(args, " "), code, errs.String())
	}
	return out.String(), errs.String()
}

// TestJSON checks the -json lines: one a line per authority, the keys of
// the issue in order, soonest first; Portsmouth as known on 1 January
// 2023 is the example of the package documentation.
func TestJSON(t *testing.T) {
	out, errs := runOK(t, append(data(t), "-at", "2023-01-01", "-json")...)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 152 {
		t.Fatalf("%d lines, want one for each of the 152 authorities of 1 January 2023", len(lines))
	}
	keys := regexp.MustCompile(`^\{"authority":\{"name":"[^"]+","gss":"E\d{8}"\},"kind":"(short|standard)","earliest":"\d{4}-\d\d-\d\d","likely":"\d{4}-\d\d-\d\d","latest":"\d{4}-\d\d-\d\d","basis":".+"\}$`)
	var likely []string
	for _, l := range lines {
		if !keys.MatchString(l) {
			t.Errorf("line not of the form the issue fixes:\n%s", l)
		}
		var v struct {
			Authority struct{ Name string }
			Kind      string
			Likely    string
			Basis     string
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatal(err)
		}
		likely = append(likely, v.Likely)
		if v.Authority.Name == "Portsmouth" && (v.Kind != "short" || v.Likely != "2023-04-17" || !strings.Contains(v.Basis, "judged good at its inspection of 3 September 2018")) {
			t.Errorf("Portsmouth: %s", l)
		}
	}
	if !slices.IsSorted(likely) {
		t.Error("not soonest first")
	}
	// Notes: the files' two disagreements and ten links noted.
	if n := strings.Count(errs, "forecast: conflict: "); n != 2 {
		t.Errorf("%d conflicts noted, want 2:\n%s", n, errs)
	}
}

func TestTable(t *testing.T) {
	out, _ := runOK(t, append(data(t), "-at", "2025-03-31")...)
	for _, want := range []string{
		"Next graded inspections as at 2025-03-31, from the reports published by then, soonest first",
		"2025-02-10  2024-08-10 to 2025-08-10  standard  Devon                                 2020-01-20 inadequate              overdue",
		"153 authorities, 4 overdue: past the framework's window",
	} {
		if !strings.Contains(out, want+"\n") && !strings.Contains(out, want) {
			t.Errorf("no line %q in\n%s", want, out)
		}
	}
	for l := range strings.Lines(out) {
		if strings.HasSuffix(strings.TrimSuffix(l, "\n"), " ") {
			t.Errorf("trailing space: %q", l)
		}
	}
	// Without -at, the day is the latest publication in the record.
	out, _ = runOK(t, data(t)...)
	if !strings.HasPrefix(out, "Next graded inspections as at 2025-05-14,") {
		t.Errorf("default day: %s", out[:min(len(out), 80)])
	}
}

// TestBacktest checks the figures of the backtest and its last line,
// which the issue fixes.
func TestBacktest(t *testing.T) {
	out, _ := runOK(t, append(data(t), "-backtest")...)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	last := lines[len(lines)-1]
	m := regexp.MustCompile(`^backtest: (\d+) pairs; window holds (\d+)%; median width ([\d.]+) months; kind right (\d+)%; plain rule holds (\d+)%$`).FindStringSubmatch(last)
	if m == nil {
		t.Fatalf("last line %q", last)
	}
	held, _ := strconv.Atoi(m[2])
	kind, _ := strconv.Atoi(m[4])
	if m[1] != "115" || held < 70 || m[3] != "12" || kind < 90 || m[5] != "18" {
		t.Errorf("backtest figures: %s", last)
	}
	for _, want := range []string{
		"  requires improvement           41",
		"  before 2021-09-20             102",
		"  from 2021-09-20                13",
		"all                             115",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no row %q in\n%s", want, out)
		}
	}
}

// TestCheck sets the forecasts as at 31 March 2025 against the reports
// published since.
func TestCheck(t *testing.T) {
	dir := filepath.Join(sharedtest.Dir(t), "corpus", "layout")
	names, err := filepath.Glob(filepath.Join(dir, "*_202[56]-*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var since []string
	for _, n := range names {
		if m := inName.FindStringSubmatch(filepath.Base(n)); m != nil && m[1] > "2025-03-31" {
			since = append(since, n)
		}
	}
	out, errs := runOK(t, append(append(data(t), "-at", "2025-03-31", "-check"), since...)...)
	if !strings.Contains(out, "Portsmouth                            2026-11-23  2026-05-23 to 2027-05-23  short     2026-07-06  short     inside\n") {
		t.Errorf("no line for Portsmouth:\n%s", out)
	}
	if strings.Contains(errs, "Bradford") {
		t.Errorf("Bradford's report, which names its children's services trust, not filed under Bradford:\n%s", errs)
	}
	last := out[strings.LastIndex(strings.TrimSuffix(out, "\n"), "\n")+1:]
	if !regexp.MustCompile(`^out of sample: (4[5-9]|5\d) pairs; window holds ([89]\d)%; median width 12 months; kind right (9\d)%; plain rule holds \d+%\n$`).MatchString(last) {
		t.Errorf("last line %q", last)
	}
}

func TestUsage(t *testing.T) {
	dir := t.TempDir()
	notReport := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notReport, []byte("Minutes of the meeting\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	notODS := filepath.Join(dir, "x.ods")
	if err := os.WriteFile(notODS, []byte("not a spreadsheet"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"-bogus"}, 2, "flag provided but not defined"},
		{[]string{"-at", "31 June 2025"}, 2, "forecast: -at:"},
		{[]string{"stray"}, 2, `unexpected argument "stray"`},
		{[]string{"-check"}, 2, "-check needs the reports"},
		{[]string{"-check", "-backtest", "r.txt"}, 2, "separate runs"},
		{[]string{"-data", filepath.Join(dir, "missing.ods")}, 1, "missing.ods"},
		{[]string{"-data", notODS}, 1, "x.ods"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		if code := run(tt.args, &out, &errs); code != tt.code || !strings.Contains(errs.String(), tt.msg) {
			t.Errorf("forecast %s: exit %d, stderr %q; want %d and %q", strings.Join(tt.args, " "), code, errs.String(), tt.code, tt.msg)
		}
	}

	// A report that cannot be read: exit 1, naming it; the rest still
	// printed.
	var out, errs bytes.Buffer
	code := run(append(data(t), "-at", "2025-03-31", "-check", notReport, filepath.Join(dir, "gone.txt")), &out, &errs)
	if code != 1 || !strings.Contains(errs.String(), "notes.txt: not read as a report") || !strings.Contains(errs.String(), "gone.txt") ||
		!strings.Contains(out.String(), "out of sample: 0 pairs") {
		t.Errorf("-check with unreadable reports: exit %d\n%s\n%s", code, errs.String(), out.String())
	}
}
