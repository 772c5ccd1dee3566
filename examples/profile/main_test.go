package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
	"github.com/childrens-services/judgements/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

// corpus returns the path of a report of the corpus, as text.
func corpus(t *testing.T, name string) string {
	return sharedtest.Path(t, "corpus/layout/"+name)
}

// profile runs the program and returns its exit status and output.
func profile(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// hasLines reports the lines of want that out lacks.
func hasLines(t *testing.T, out string, want ...string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	for _, w := range want {
		if !slices.Contains(lines, w) {
			t.Errorf("no line\n%q\nin\n%s", w, out)
		}
	}
}

// TestPortsmouth prints Portsmouth's page as at 31 March 2025: its
// history with its focused visit, its neighbours in the 2021 model then
// in force with their latest judgements, and its standing in Ofsted's
// published picture.
func TestPortsmouth(t *testing.T) {
	code, out, errs := profile(t, "-at", "2025-03-31", "Portsmouth")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d:\n%s", code, errs)
	}
	hasLines(t, out,
		"Portsmouth",
		"  codes     GSS E06000044, DfE 851, Ofsted URN 80539",
		"  2023-05-15  ilacs-2023  short              G       G       O       G       RI",
		"  2025-02-25  ilacs-2023  focused-visit     Care leavers",
		"  none broken",
		"  overall effectiveness good (2023-05-15); first good or better 2018-09-03; good or better since 2018-09-03",
		"Statistical neighbours on 2025-03-31, the DfE's model of 2021, nearest first, with their latest judgements",
		"   1  Southampton                           Very close       2023-06-05  G       O       G       G       G",
		"   5  Peterborough                          Very close       2023-11-27  I       RI      RI      RI      I",
		"  10  Salford                               Close            2023-11-06  G       O       G       G       O",
		"Standing as at 2025-03-31, with reports published by 2025-06-30",
		"  Overall effectiveness: good",
		"    among its neighbours:  2 better, 5 the same, 3 worse; good or better 7 of 10 (70%)",
		"    in South East:         4 better, 9 the same, 5 worse; good or better 13 of 18 (72%)",
		"    in England:            36 better, 66 the same, 50 worse; good or better 102 of 152 (67%)",
		"  Care leavers: requires improvement",
		"    among its neighbours:  6 better, 1 the same, 1 worse; good or better 6 of 8 (75%); 2 not judged",
	)
	// From May 2025, the 2025 model.
	_, out, _ = profile(t, "-at", "2025-06-01", "851")
	hasLines(t, out,
		"Statistical neighbours on 2025-06-01, the DfE's model of 2025, nearest first, with their latest judgements",
		"   1  Sheffield                             Very close       2023-09-11  G       G       G       O       G",
	)
}

// TestJSON prints Herefordshire's page as JSON: monitoring visits in the
// history of an authority judged inadequate, none flagged; its neighbours
// and standing.
func TestJSON(t *testing.T) {
	code, out, errs := profile(t, "-json", "-at", "2025-03-31", "Herefordshire")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d:\n%s", code, errs)
	}
	var p page
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	var visits []string
	for _, in := range p.History {
		if in.Kind == inspection.MonitoringVisit || in.Kind == inspection.FocusedVisit {
			visits = append(visits, in.Date().String()+" "+in.Kind.String()+" "+in.Theme)
		}
	}
	want := []string{"2024-10-22 monitoring-visit Vulnerable adolescents", "2025-02-18 monitoring-visit Front door"}
	if diff := cmp.Diff(want, visits); diff != "" {
		t.Errorf("visits (-want +got):\n%s", diff)
	}
	if p.Authority.Name != "Herefordshire" || p.Authority.GSS != "E06000019" || p.At.String() != "2025-03-31" || len(p.VisitChecks) != 0 {
		t.Errorf("authority %+v, at %s, visit checks %v", p.Authority, p.At, p.VisitChecks)
	}
	if p.Neighbours.Model != 2021 || len(p.Neighbours.List) != 10 || p.Neighbours.List[0].Latest == nil {
		t.Errorf("neighbours %+v", p.Neighbours)
	}
	if len(p.Standing) != 5 {
		t.Fatalf("standing in %d lines, want 5", len(p.Standing))
	}
	oe := p.Standing[0]
	if oe.Line != inspection.OverallEffectiveness || oe.Grade != grade.Inadequate || oe.England.Inadequate != 18 ||
		oe.England.Judged != 152 || oe.England.Worse != 0 || oe.England.Same != 18 || oe.England.Better != 134 {
		t.Errorf("overall effectiveness %+v", oe)
	}
	// Cumbria, its tenth neighbour in the 2021 model, was abolished in
	// 2023: nine are ranked.
	if n := p.Neighbours.List[9]; n.Name != "Cumbria" || n.Latest != nil || n.Note != "abolished after 2023-03-31" {
		t.Errorf("tenth neighbour %+v", n)
	}
	n := oe.Neighbours
	if n.Judged != 9 || n.Better+n.Same+n.Worse != 9 || n.Outstanding+n.Good+n.RequiresImprovement+n.Inadequate != 9 || n.GoodOrBetter != n.Outstanding+n.Good {
		t.Errorf("among neighbours %+v", n)
	}
}

// TestForecast shows the forecast of Portsmouth's next inspection as
// known on 1 January 2023, the same as package forecast makes it: its
// next inspection began on 15 May 2023.
func TestForecast(t *testing.T) {
	code, out, errs := profile(t, "-json", "-at", "2023-01-01", "Portsmouth")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errs)
	}
	var p page
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	f, ok := forecast.For(ofsted.Record(), authority.MustLookup("Portsmouth"), inspection.Date{Year: 2023, Month: 1, Day: 1})
	if !ok || p.Next == nil {
		t.Fatalf("no forecast: %v, %+v", ok, p.Next)
	}
	want := next{Kind: f.Kind, Earliest: f.Earliest, Likely: f.Likely, Latest: f.Latest, Overdue: f.Overdue, Basis: f.Basis}
	if diff := cmp.Diff(want, *p.Next); diff != "" {
		t.Errorf("forecast (-want +got):\n%s", diff)
	}
	began := inspection.Date{Year: 2023, Month: 5, Day: 15}
	if p.Next.Kind != inspection.Short || began.Before(p.Next.Earliest) || began.After(p.Next.Latest) {
		t.Errorf("forecast %+v: want a short inspection in a window holding 2023-05-15", *p.Next)
	}
	_, text, _ := profile(t, "-at", "2023-01-01", "Portsmouth")
	hasLines(t, text, "Next graded inspection, as known on 2023-01-01",
		fmt.Sprintf("  short inspection, likely %s (%s to %s)", f.Likely, f.Earliest, f.Latest))
}

// TestReports merges reports into the record: one of an inspection in
// Ofsted's statistics, and one published since them, of the framework of
// April 2026, which makes no overall effectiveness judgement, and which
// the built-in record holds from its report already: neither makes a new
// entry, and both add what the record leaves out (the headline); and a
// PDF, when pdftotext is installed.
func TestReports(t *testing.T) {
	code, out, errs := profile(t, "-json", "-at", "2026-12-31", "Portsmouth",
		corpus(t, "portsmouth_2023-07-03_80539.txt"), corpus(t, "portsmouth_2026-08-18_80539.txt"))
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errs)
	}
	var p page
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range p.History {
		got = append(got, in.Date().String()+" "+in.Framework.String())
	}
	want := []string{"2011-06-27 slac-2009", "2014-09-01 sif-2013", "2018-09-03 ilacs-2018", "2023-05-15 ilacs-2023", "2025-02-25 ilacs-2023", "2026-07-06 ilacs-2026"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	if last := p.History[len(p.History)-1]; last.Headline == "" || len(last.Sources) == 0 {
		t.Errorf("the 2026 inspection, built in and merged with its report: headline %q, sources %v", last.Headline, last.Sources)
	}
	if oe := p.Standing[0]; oe.Line != inspection.OverallEffectiveness || oe.Grade != 0 || oe.Neighbours.Better+oe.Neighbours.Same+oe.Neighbours.Worse != 0 {
		t.Errorf("overall effectiveness after April 2026 %+v; want no grade of its own", oe)
	}
	if l := p.Standing[1]; l.Line != inspection.ImpactOfLeaders || l.Grade != grade.Outstanding || l.England.Better != 0 {
		t.Errorf("impact of leaders %+v; want outstanding, none better", l)
	}

	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	pdf := sharedtest.Path(t, "corpus/pdf/herefordshire_2022-09-21_80474.pdf")
	code, out, errs = profile(t, "-at", "2025-03-31", "Herefordshire", pdf)
	if code != 0 {
		t.Fatalf("a PDF: exit %d:\n%s", code, errs)
	}
	hasLines(t, out, "  2022-07-18  ilacs-2018  standard           I       I       I       I*      *")
}

// TestExitStatus checks the exit statuses and what the program says: an
// unknown authority, a file that is not a report, a missing folder of
// data, usage errors; and the notes of a former authority, and of one not
// yet created on the day.
func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	prose := filepath.Join(dir, "prose.txt")
	if err := os.WriteFile(prose, []byte("Nothing to see.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		args   []string
		status int
		stderr string // a part of standard error
		stdout string // a line of standard output
	}{
		{"unknown", []string{"Portsmuth"}, 1, `no such authority (nearest: Portsmouth, Bournemouth, Dorset)`, ""},
		{"not a report", []string{"Portsmouth", prose}, 1, "prose.txt: not an Ofsted report", ""},
		{"no data", []string{"-data", filepath.Join(dir, "outcomes.ods"), "Portsmouth"}, 1, "outcomes.ods", ""},
		{"not a spreadsheet", []string{"-data", prose, "Portsmouth"}, 1, "prose.txt", ""},
		{"no authority", nil, 2, "usage: profile", ""},
		{"bad day", []string{"-at", "2025-02-30", "Portsmouth"}, 2, "profile: -at:", ""},
		{"bad flag", []string{"-colour", "Portsmouth"}, 2, "usage: profile", ""},
		{"abolished", []string{"-at", "2025-03-31", "Cumbria"}, 0, "",
			"Cumbria was abolished after 2023-03-31: its standing is as on that day"},
		{"not yet created", []string{"-at", "2020-01-01", "Cumberland"}, 0, "",
			"Cumberland did not exist on 2020-01-01: it has no standing"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := profile(t, tt.args...)
			if code != tt.status || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, want %d; stderr lacks %q:\n%s", code, tt.status, tt.stderr, errs)
			}
			if tt.stdout != "" {
				hasLines(t, out, tt.stdout)
			}
		})
	}
}

var official struct {
	once sync.Once
	reg  *authority.Register
}

// TestEveryReportAuthority reads every report of the corpus and makes the
// page of the authority it names, as the program would for that name:
// every name a report prints is found.
func TestEveryReportAuthority(t *testing.T) {
	official.once.Do(func() { official.reg = ofsted.Record() })
	files, err := filepath.Glob(filepath.Join(filepath.Dir(corpus(t, "portsmouth_2023-07-03_80539.txt")), "*.txt"))
	if err != nil || len(files) < 300 {
		t.Fatalf("%d reports, %v", len(files), err)
	}
	done := map[authority.Authority]bool{}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in, _ := report.Parse(string(text))
		if in == nil {
			t.Errorf("%s: not read", filepath.Base(f))
			continue
		}
		a, err := authority.Lookup(in.Authority.Name)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		if done[a] {
			continue
		}
		done[a] = true
		p := build(official.reg, a, inspection.Date{Year: 2025, Month: 3, Day: 31})
		var b bytes.Buffer
		if err := p.writeText(&b); err != nil || len(p.History) == 0 || !strings.HasPrefix(b.String(), a.Name()+"\n") {
			t.Errorf("%s: %d inspections, %v:\n%s", a, len(p.History), err, b.String())
		}
	}
	if len(done) < 140 {
		t.Errorf("%d authorities named by the reports", len(done))
	}
}
