package report_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// FuzzParse checks that Parse never panics, always returns an
// Inspection that encodes as JSON and decodes as itself, and returns as its error an ErrorList
// whose every problem wraps a kind and either points into the text (a
// line that exists, a column within it or just after it) or is about the
// whole report.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no fixtures in testdata: %v", err)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{
		"", "\f", "\ufeff", "%PDF-1.4", "Judgement\tGrade\n", "1.\n\n2.\n",
		ilacsFront(ilacsTable),
		ilacsFront(ilacsTable) + "\nThe experiences and progress of children in care: inadequate\n",
		"Inspection dates: 31 to 2 February 2023\n",
		"Inspection date: \nReport published:\n",
		"What needs to improve?\n◼ (outcome\n",
		"The Local Safeguarding Children Board is\n\nrequires\n",
		"Record of main findings\n Overall effectiveness   Grade 9\n",
		"\xff\xfe\x00J\x00u\x00d\x00g\x00e",
		"Annual unannounced inspection of contact, referral and assessment arrangements within X children's services\nconducted on 31 February 2009.\n",
	} {
		f.Add(s)
	}
	for _, shape := range hostileShapes {
		f.Add(shape.text(50))
	}
	addCorpusSnippets(f)
	f.Fuzz(func(t *testing.T, text string) {
		in, err := report.Parse(text)
		if in == nil {
			t.Fatalf("Parse returned a nil Inspection")
		}
		b, jerr := json.Marshal(in)
		if jerr != nil {
			t.Fatalf("the Inspection read does not encode: %v", jerr)
		}
		if err == nil {
			return
		}
		list, ok := errors.AsType[inspection.ErrorList](err)
		if !ok || len(list) == 0 {
			t.Fatalf("error %T %v, want a non-empty ErrorList", err, err)
		}
		// Positions are in the text as Parse reads it: where it decodes
		// UTF-16 or replaces bytes with U+FFFD (three bytes), a line may
		// be up to three times as long.
		lines := strings.Split(text, "\n")
		grow := 1
		if errors.Is(err, report.ErrEncoding) {
			grow = 3
		}
		for _, e := range list {
			if e.Err == nil {
				t.Errorf("problem %q wraps no kind", e)
			}
			if e.Pos == (inspection.Position{}) {
				continue // about the whole report
			}
			if !e.Pos.IsValid() || e.Pos.Line > len(lines) || e.Pos.Column < 1 || e.Pos.Column > grow*len(lines[e.Pos.Line-1])+1 {
				t.Errorf("problem %q at %v, outside the text (%d lines)", e, e.Pos, len(lines))
			}
		}
		// What is read encodes as JSON and decodes as itself.
		var back inspection.Inspection
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("the Inspection read does not decode: %v", err)
		}
		if diff := cmp.Diff(in, &back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("JSON round trip (-read +decoded):\n%s", diff)
		}
	})
}

// addCorpusSnippets seeds f with the openings of a few reports of the
// corpus, in both forms, when the shared data is there (and fails, as
// sharedtest does, when JUDGEMENTS_SHARED names a folder that is not).
func addCorpusSnippets(f *testing.F) {
	if !sharedtest.Available() {
		return // no shared data: the fixtures above are the seeds
	}
	for _, name := range []string{
		"barking-and-dagenham_2014-07-07_80486.txt", // SIF, grades above and below their labels
		"wakefield_2018-07-17_80451.txt",            // ILACS 2018, rows out of order
		"kent_2026-02-02_80476.txt",                 // "children care leavers"
		"north-northamptonshire_2026-07-07_2637539.txt",
		"london-corporation_2016-09-20_80450.txt", // "Not judged"
		"sandwell_2013-08-02_80549.txt",           // 2013 looked after children
		"surrey_2015-08-03_80567.txt",             // LSCB review
	} {
		for _, form := range []string{"layout", "raw"} {
			text := string(sharedtest.ReadFile(f, "corpus/"+form+"/"+name))
			f.Add(opening(text, 6000))
		}
	}
	f.Add(opening(string(sharedtest.ReadFile(f, "seeds/001_e44502a741829ee2.txt")), 8000))
	f.Add(string(sharedtest.ReadFile(f, "seeds/002_587596661697aab1.txt")))
}

// opening returns the first lines of text, at most n bytes.
func opening(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndexByte(text[:n], '\n'); i > 0 {
		return text[:i+1]
	}
	return text[:n]
}
