package report_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// formDifferences are the reports whose two forms of text, pdftotext
// -layout and plain pdftotext, Parse reads differently, and why.
var formDifferences = map[string]string{
	// Plain pdftotext prints a footnote of the front page ("A full
	// description of what the inspection judgements mean can be found at
	// the end of this report.") after the LSCB's judgement, with no
	// footnote number, in the report bound in after the first; with
	// -layout it is at the foot of the page, after its number.
	"kingston-upon-hull_2015-02-10_80477.txt": "a footnote of the second report's front page, numbered only in -layout",
}

// formKey returns the JSON of in with every run of white space and every
// hyphen left out of its text: what pdftotext's two forms of a report
// must both give. (Plain pdftotext drops the hyphens that end lines,
// joining "risk-" and "reduction", and prints the breaks of some
// paragraphs as blank lines and others not.)
func formKey(t *testing.T, in *inspection.Inspection) string {
	t.Helper()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.ReplaceAll(string(b), `\n`, "") // a line break inside a text, escaped
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' || r == '\u00ad' {
			return -1
		}
		return r
	}, s)
}

// TestParseCorpusForms checks that the two forms of the text of each
// report of the corpus read as the same Inspection, white space and
// hyphens aside, but for the differences named in formDifferences, and
// that they are at most one in twenty reports.
func TestParseCorpusForms(t *testing.T) {
	truth := readCSV(t, "corpus/truth.csv")
	same := 0
	for _, row := range truth {
		file := row["file"]
		layout, _ := parseSafely(t, "layout/"+file, string(sharedtest.ReadFile(t, "corpus/layout/"+file)))
		raw, _ := parseSafely(t, "raw/"+file, string(sharedtest.ReadFile(t, "corpus/raw/"+file)))
		equal := formKey(t, layout) == formKey(t, raw)
		why, named := formDifferences[file]
		switch {
		case equal && named:
			t.Errorf("%s: both forms read the same, but formDifferences says %q", file, why)
		case !equal && !named:
			t.Errorf("%s: the two forms read differently (-layout +raw):\n%s", file, cmp.Diff(layout, raw))
		case equal:
			same++
		}
	}
	t.Logf("%d of %d reports read the same in both forms", same, len(truth))
	if 20*same < 19*len(truth) {
		t.Errorf("%d of %d reports read the same in both forms, want 95%%", same, len(truth))
	}
}
