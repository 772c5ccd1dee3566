package main

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/examples/internal/input"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// element is an SVG element with the attributes the tests look at.
type element struct {
	name  string
	attrs map[string]string
}

// parseSVG decodes an SVG document, failing the test if it is not
// well-formed XML with an <svg> root, and returns its elements in order.
func parseSVG(t *testing.T, doc string) []element {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(doc))
	var els []element
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 && (tok.Name.Local != "svg" || tok.Name.Space != "http://www.w3.org/2000/svg") {
				t.Fatalf("root element %v, want svg in the SVG namespace", tok.Name)
			}
			depth++
			e := element{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			els = append(els, e)
		case xml.EndElement:
			depth--
		}
	}
	if depth != 0 || len(els) == 0 {
		t.Fatalf("SVG ends inside an element (depth %d)", depth)
	}
	return els
}

func builtIn(t *testing.T) *authority.Register {
	t.Helper()
	r, err := input.Record("chart", nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTrajectoryChart(t *testing.T) {
	r := builtIn(t)
	var b strings.Builder
	c := trajectoryChart(r.History(authority.MustLookup("Portsmouth")))
	if err := c.writeSVG(&b); err != nil {
		t.Fatal(err)
	}
	els := parseSVG(t, b.String())

	// The points, by series: each a date and grade.
	points := map[string][]string{}
	var frameworks []string
	var events []string
	for _, e := range els {
		switch {
		case e.name == "circle" && e.attrs["class"] == "point":
			points[e.attrs["data-series"]] = append(points[e.attrs["data-series"]], e.attrs["data-date"]+" "+e.attrs["data-grade"])
		case e.attrs["class"] == "framework":
			frameworks = append(frameworks, e.attrs["data-framework"])
		case e.attrs["class"] == "event":
			events = append(events, e.attrs["data-date"])
		}
	}
	want := map[string][]string{
		// No point in 2026: ILACS from April 2026 has no overall effectiveness.
		// Each inspection at its date: its first day on site, or, for the
		// SLAC and SIF inspections, of which Ofsted's statistics give only
		// the publication, that.
		"Overall effectiveness": {"2014-09-01 requires-improvement", "2018-09-03 good", "2023-05-15 good"},
		"Impact of leaders":     {"2014-09-01 good", "2018-09-03 good", "2023-05-15 good", "2026-07-06 outstanding"},
		"Help and protection":   {"2014-09-01 requires-improvement", "2018-09-03 good", "2023-05-15 outstanding", "2026-07-06 outstanding"},
		"Children in care":      {"2011-06-27 good", "2014-09-01 good", "2018-09-03 good", "2023-05-15 good", "2026-07-06 outstanding"},
		"Care leavers":          {"2014-09-01 requires-improvement", "2023-05-15 requires-improvement", "2026-07-06 outstanding"},
	}
	if diff := cmp.Diff(want, points); diff != "" {
		t.Errorf("points (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"SLAC", "CPI, LAC", "SIF", "ILACS", "ILACS 2023", "ILACS 2026"}, frameworks); diff != "" {
		t.Errorf("framework bands (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"2025-02-25"}, events); diff != "" { // a focused visit
		t.Errorf("ungraded visits (-want +got):\n%s", diff)
	}
	// Care leavers were judged only with children in care in 2018: the
	// segment across it is dashed, and no other segment is.
	var dashed []string
	for _, e := range els {
		if e.attrs["class"] == "segment" && e.attrs["stroke-dasharray"] != "" {
			dashed = append(dashed, e.attrs["data-series"])
		}
	}
	if diff := cmp.Diff([]string{"Care leavers"}, dashed); diff != "" {
		t.Errorf("dashed segments, by series (-want +got):\n%s", diff)
	}
	if !strings.Contains(b.String(), "not judged from 2026-07-06 (ilacs-2026 has none)") {
		t.Error("the chart does not say that 2026 has no overall effectiveness")
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "p.svg")
	var stdout, stderr strings.Builder
	if err := run([]string{"-o", out}, &stdout, &stderr); err != nil {
		t.Fatalf("run: %v (%s)", err, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	parseSVG(t, string(b))
	if !strings.Contains(string(b), "Portsmouth") || stdout.String() != "wrote "+out+"\n" {
		t.Errorf("default authority: stdout %q", stdout.String())
	}
	// Any authority, and the national picture, from the record built in;
	// the authority's conflicts are noted.
	for _, tt := range []struct {
		args   []string
		want   string
		stderr string
	}{
		{[]string{"-o", out, "Hull"}, "Kingston upon Hull", ""},
		{[]string{"-o", out, "Merton"}, "Merton", `chart: conflict: Merton, 2022-02-28: kind is "short" (kept), "standard" in another record`},
		{[]string{"-o", out, "national"}, "Overall effectiveness of English local authorities", "chart: conflict: Nottingham"},
	} {
		var stdout, stderr strings.Builder
		if err := run(tt.args, &stdout, &stderr); err != nil {
			t.Fatalf("run(%q): %v", tt.args, err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		parseSVG(t, string(b))
		if !strings.Contains(string(b), tt.want) || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("run(%q): the picture does not name %q, or stderr %q lacks %q", tt.args, tt.want, stderr.String(), tt.stderr)
		}
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-o", out, "Portsmuth"}, "nearest: Portsmouth"},
		{[]string{"-o", out, "a", "b"}, "give one authority"},
		{[]string{"-data", filepath.Join(dir, "missing.ods"), "-o", out}, "missing.ods"},
		{[]string{"-o", filepath.Join(dir, "no-such-folder", "p.svg")}, "no-such-folder"},
	} {
		err := run(tt.args, io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want an error containing %q", tt.args, err, tt.want)
		}
	}
}

// TestNationalChart draws the national picture from the record built in,
// and from it with Ofsted's files given too: the files it was built from,
// which change nothing.
func TestNationalChart(t *testing.T) {
	files := []string{
		sharedtest.Path(t, "data/ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods"),
		sharedtest.Path(t, "data/ofsted/Childrens_social_care_in_England_2023_underlying_data.ods"),
	}
	withFiles, err := input.Record("chart", files, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	r := builtIn(t)
	if withFiles.Len() != r.Len() {
		t.Errorf("%d inspections with Ofsted's files given, %d without", withFiles.Len(), r.Len())
	}
	c, err := nationalChart(r)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := c.writeSVG(&b); err != nil {
		t.Fatal(err)
	}
	var grades []string
	for _, e := range parseSVG(t, b.String()) {
		if e.attrs["class"] == "share" {
			grades = append(grades, e.attrs["data-grade"])
		}
	}
	if diff := cmp.Diff([]string{"inadequate", "requires-improvement", "good", "outstanding"}, grades); diff != "" {
		t.Errorf("share bands (-want +got):\n%s", diff)
	}
	// Every month end adds up: the shares are of the authorities graded.
	for i, d := range c.dists {
		if d.Total() == 0 || d.Adequate != 0 {
			t.Errorf("%s: distribution %v", c.dates[i], d)
		}
	}
	if !slices.IsSortedFunc(c.dates, inspection.Date.Compare) {
		t.Error("month ends out of order")
	}
	// At 31 March 2025 the picture is what Ofsted reported for reports
	// published by then.
	i := slices.IndexFunc(c.dates, func(d inspection.Date) bool { return d.String() == "2025-03-31" })
	if i < 0 {
		t.Fatal("no month end 2025-03-31")
	}
	if got := c.dists[i].Total(); got != 153 {
		t.Errorf("2025-03-31: %d authorities graded, want 153", got)
	}
	// The months after Ofsted's statistics count only the reports read
	// since, and the chart says so.
	if !slices.ContainsFunc(c.notes, func(n string) bool { return strings.HasPrefix(n, "After that only the ") }) {
		t.Errorf("notes %q: none says what the months after Ofsted's statistics count", c.notes)
	}

	if _, err := nationalChart(new(authority.Register)); err == nil {
		t.Error("nationalChart of an empty register succeeded")
	}
}
