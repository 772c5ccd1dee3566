package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

// history is the JSON the program writes.
type history struct {
	Authority   inspection.LocalAuthority `json:"authority"`
	Inspections []inspection.Inspection   `json:"inspections"`
	Conflicts   []struct {
		Date      inspection.Date     `json:"date"`
		Field     string              `json:"field"`
		Kept      string              `json:"kept"`
		Other     string              `json:"other"`
		KeptFrom  []inspection.Source `json:"keptFrom"`
		OtherFrom []inspection.Source `json:"otherFrom"`
	} `json:"conflicts"`
}

func runJSON(t *testing.T, args ...string) history {
	t.Helper()
	var out, errs bytes.Buffer
	if code := run(append([]string{"-json"}, args...), nil, &out, &errs); code != 0 {
		t.Fatalf("run(%q) = %d: %s", args, code, errs.String())
	}
	var h history
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		t.Fatalf("run(%q): %v", args, err)
	}
	if dec.More() {
		t.Fatalf("run(%q): more than one JSON value", args)
	}
	return h
}

// TestBuiltIn prints an authority's record from the record built in, as
// text and as JSON.
func TestBuiltIn(t *testing.T) {
	want := slices.Collect(ofsted.Record().History(authority.MustLookup("Hull")).All())
	h := runJSON(t, "Hull")
	if h.Authority != (inspection.LocalAuthority{Name: "Kingston upon Hull", GSS: "E06000010", DfE: "810", URN: "80477"}) {
		t.Errorf("authority %+v", h.Authority)
	}
	if diff := cmp.Diff(want, h.Inspections); diff != "" {
		t.Errorf("inspections (-record +output):\n%s", diff)
	}
	if h.Conflicts != nil {
		t.Errorf("conflicts %+v, want none", h.Conflicts)
	}

	var out, errs bytes.Buffer
	if code := run([]string{"Kingston upon Hull, City of"}, nil, &out, &errs); code != 0 || errs.Len() != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs.String())
	}
	for _, line := range []string{
		"Kingston upon Hull: 7 inspections and visits, oldest first",
		"2019-01-14  ilacs-2018 standard",
		"    on site 2019-01-14; published 2019-05-17",
		"    Help and protection                    Inadequate",
		`    from LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet "ILACS_inspection_history", row 123: overall-effectiveness, help-and-protection, impact-of-leaders, children-in-care-and-care-leavers`,
		"2024-09-18  ilacs-2023 focused-visit (Children in need/subject to a plan)",
	} {
		if !slices.Contains(strings.Split(out.String(), "\n"), line) {
			t.Errorf("no line %q in\n%s", line, out.String())
		}
	}
	if !strings.HasPrefix(strings.Split(out.String(), "\n")[1], "From Ofsted's official statistics as at 2025-03-31") {
		t.Errorf("the second line does not say what the record covers:\n%s", out.String())
	}

	// Merton: the disagreement between Ofsted's files.
	h = runJSON(t, "Merton")
	if len(h.Conflicts) != 1 || h.Conflicts[0].Field != "kind" || h.Conflicts[0].Kept != "short" || len(h.Conflicts[0].OtherFrom) != 1 {
		t.Errorf("Merton's conflicts %+v", h.Conflicts)
	}
	out.Reset()
	run([]string{"Merton"}, nil, &out, &errs)
	if !strings.Contains(out.String(), "Disagreements between the records merged, each kept as the record had it:\n    Merton, 2022-02-28: kind is \"short\" (kept)") {
		t.Errorf("Merton's conflict not printed:\n%s", out.String())
	}
}

// TestReports merges reports into the record: one the record holds from
// Ofsted's statistics, as text and as the PDF it was extracted from, and
// one it holds from a report read since. Neither adds an inspection; each
// adds its source and what the record lacked.
func TestReports(t *testing.T) {
	layout := sharedtest.Path(t, "corpus/layout/bolton_2018-06-12_80432.txt")
	raw := sharedtest.Path(t, "corpus/raw/bolton_2018-06-12_80432.txt")
	pdf := sharedtest.Path(t, "corpus/pdf/bolton_2018-06-12_80432.pdf")
	n := ofsted.Record().History(authority.MustLookup("Bolton")).Len()
	if h := runJSON(t, "Bolton", raw); len(h.Inspections) != n || len(h.Conflicts) != 0 {
		t.Errorf("the report in plain text: %d inspections, want %d; conflicts %+v", len(h.Inspections), n, h.Conflicts)
	}
	args := []string{"Bolton", layout}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		args = append(args, pdf)
	} else if os.Getenv(sharedtest.EnvVar) != "" {
		t.Error("pdftotext is not installed: the PDF is not tried")
	}
	h := runJSON(t, args...)
	if len(h.Inspections) != n {
		t.Errorf("%d inspections, want the record's %d", len(h.Inspections), n)
	}
	i := slices.IndexFunc(h.Inspections, func(in inspection.Inspection) bool { return in.Start.String() == "2018-04-23" })
	if i < 0 {
		t.Fatal("no inspection of 2018-04-23")
	}
	in := h.Inspections[i]
	var files []string
	for _, s := range in.Sources {
		files = append(files, s.File)
	}
	want := []string{"LA_Inspection_Outcomes_as_at_31_March_2025.ods", "Childrens_social_care_in_England_2023_underlying_data.ods", filepath.Base(layout)}
	if len(args) == 3 {
		want = append(want, filepath.Base(pdf))
	}
	if diff := cmp.Diff(want, files); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if in.End.String() != "2018-05-04" || in.LeadInspector != "John Roughton" || in.Headline == "" || len(h.Conflicts) != 0 {
		t.Errorf("the merged inspection: end %s, lead %q, headline %q; conflicts %+v", in.End, in.LeadInspector, in.Headline, h.Conflicts)
	}

	// A report of 2026, which the record holds from its reading.
	liverpool := sharedtest.Path(t, "corpus/layout/liverpool_2026-07-07_80485.txt")
	before := ofsted.Record().History(authority.MustLookup("Liverpool")).Len()
	h = runJSON(t, "Liverpool", liverpool)
	if len(h.Inspections) != before || len(h.Conflicts) != 0 {
		t.Errorf("%d inspections, want %d; conflicts %+v", len(h.Inspections), before, h.Conflicts)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	prose := filepath.Join(dir, "prose.txt")
	if err := os.WriteFile(prose, []byte("Nothing to see.\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	bolton := sharedtest.Path(t, "corpus/layout/bolton_2018-06-12_80432.txt")
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "usage: history"},
		{[]string{"-bogus", "Hull"}, 2, "flag provided but not defined"},
		{[]string{"Hul"}, 1, `history: authority: "Hul": no such authority (nearest: `},
		{[]string{"Hull", filepath.Join(dir, "missing.txt")}, 1, "missing.txt: open "},
		{[]string{"Hull", prose}, 1, prose + ": not read as a report"},
		{[]string{"Hull", bolton}, 1, bolton + ": a report of Bolton, not Kingston upon Hull"},
		{[]string{"-data", filepath.Join(dir, "missing.ods"), "Hull"}, 1, "missing.ods"},
	} {
		var out, errs bytes.Buffer
		code := run(tt.args, nil, &out, &errs)
		if code != tt.code || !strings.Contains(errs.String(), tt.msg) || out.Len() != 0 {
			t.Errorf("run(%q) = %d, stderr %q, stdout %d bytes; want %d, %q and no output", tt.args, code, errs.String(), out.Len(), tt.code, tt.msg)
		}
	}
}
