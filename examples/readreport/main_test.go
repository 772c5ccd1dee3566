package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

const sometown = `Inspection of Sometown local authority children's services
Inspection dates: 2 to 6 October 2023

Judgement	Grade
The impact of leaders on social work practice with children and families	Good
The experiences and progress of children who need help and protection	Good
The experiences and progress of children in care	Good
The experiences and progress of care leavers	Good
Overall effectiveness	Good

Children in Sometown do well.

The experiences and progress of children in care: inadequate

1. Children are safe.
`

func TestRun(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	prose := filepath.Join(dir, "prose.txt")
	pdf := filepath.Join(dir, "report.pdf")
	for name, text := range map[string]string{good: sometown, prose: "Nothing to see.\n", pdf: "%PDF-1.4\n"} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir) // no pdftotext

	tests := []struct {
		name       string
		args       []string
		stdin      string
		status     int
		reports    int
		stderrHave []string
	}{
		{"file", []string{good}, "", 0, 1, []string{good + ":13:1: judgements.children-in-care: heading grade disagrees with the judgement table"}},
		{"stdin", nil, sometown, 0, 1, []string{"-:13:1: "}},
		{"not a report", []string{prose, good}, "", 1, 1, []string{prose + ": not an Ofsted report"}},
		{"missing file", []string{filepath.Join(dir, "none.txt")}, "", 1, 0, []string{"none.txt: open "}},
		{"pdf without pdftotext", []string{pdf}, "", 1, 0, []string{"apt install poppler-utils", "brew install poppler"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if status != tt.status {
				t.Errorf("status %d, want %d; stderr:\n%s", status, tt.status, stderr.String())
			}
			lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
			if stdout.Len() == 0 {
				lines = nil
			}
			if len(lines) != tt.reports {
				t.Errorf("%d lines of JSON, want %d:\n%s", len(lines), tt.reports, stdout.String())
			}
			for _, l := range lines {
				var in inspection.Inspection
				if err := json.Unmarshal([]byte(l), &in); err != nil {
					t.Errorf("output %q: %v", l, err)
				}
				want := map[inspection.Area]grade.Grade{
					inspection.ImpactOfLeaders: grade.Good, inspection.HelpAndProtection: grade.Good, inspection.ChildrenInCare: grade.Good,
					inspection.CareLeavers: grade.Good, inspection.OverallEffectiveness: grade.Good,
				}
				if diff := cmp.Diff(want, in.Judgements); diff != "" {
					t.Errorf("judgements (-want +got):\n%s", diff)
				}
			}
			for _, s := range tt.stderrHave {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr.String())
				}
			}
		})
	}
}
