package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// TestAreaOfPhrase checks that the official wording of every judgement of
// the frameworks Parse reads names its own area, and so do the variants
// reports print.
func TestAreaOfPhrase(t *testing.T) {
	for _, f := range readFrameworks() {
		for _, s := range f.Areas() {
			if got := areaOfPhrase(s.Wording); got != s.Area {
				t.Errorf("%v: areaOfPhrase(%q) = %v, want %v", f, s.Wording, got, s.Area)
			}
		}
	}
	for _, tt := range []struct {
		text string
		want inspection.Area
	}{
		{"1. Children who need help and protection", inspection.HelpAndProtection},
		{"2. Children looked after and achieving permanence", inspection.LookedAfterChildren},
		{"2.1 Adoption performance", inspection.AdoptionPerformance},
		{"2.2 Experiences and progress of care leavers", inspection.CareLeavers},
		{"3. Leadership, management and governance", inspection.LeadershipManagementGovernance},
		{"The experiences and progress of children care leavers", inspection.CareLeavers}, // misprint of 2025-26 tables
		{"The impact of leaders on practice with children and families", inspection.ImpactOfLeaders},
		{"Children looked permanence after and achieving", inspection.LookedAfterChildren}, // words out of order (plain pdftotext)
		{"The Local Safeguarding Children is inadequate", inspection.LSCB},                 // "Board" left out
		{"The effectiveness of the LSCB", inspection.LSCB},
		{"Outcomes for looked after children and young people", inspection.OutcomesForLookedAfterChildren},
		{"Overall effectiveness of services for looked after children and young people", inspection.OverallEffectiveness},
		{"Planning and support for children who are looked after", inspection.LookedAfterChildren},
		{"Post-adoption support", 0},         // a topic, not the judgement: "Post-adoption" is no label word
		{"Quality of practice", 0},           // an area of CPI, whose reports Parse does not read
		{"Summary of key findings", 0},       //
		{"Safeguarding in schools", 0},       // an area of SLAC
		{"Leadership and governance", 0},     // an area of CPI
		{"The overall judgement is good", 0}, // no area
	} {
		if got := areaOfPhrase(tt.text); got != tt.want {
			t.Errorf("areaOfPhrase(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestVocabulary checks that every word of every official wording of the
// frameworks Parse reads can be part of a table row or a heading.
func TestVocabulary(t *testing.T) {
	for _, f := range readFrameworks() {
		for _, s := range f.Areas() {
			for _, w := range fields(s.Wording) {
				if k := kindOf(w); k != wLabel && k != wConnector && k != wTo {
					t.Errorf("%v: word %q of %q has kind %d, want a label word", f, w, s.Wording, k)
				}
			}
		}
	}
}

func TestKindOf(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want wordKind
	}{
		{"The", wLabel}, {"PROTECTION", wLabel}, {"leaders,", wLabel}, {"(LSCB)", wLabel},
		{"is", wConnector}, {"services", wConnector}, {"Good", wGrade}, {"Requires", wGrade}, {"improvement", wImprove},
		{"to", wTo}, {"be", wBe}, {"Not", wNot}, {"judged", wJudged}, {"Grade", wGradeWord},
		{"3", wDigit}, {"5", wOther}, {"2.1", wRowNumber}, {"3.", wRowNumber}, {"12.", wOther},
		{"Barnet", wOther}, {"children’s", wOther}, {"", wOther}, {"‘good’", wGrade}, {"“Good”.", wGrade},
		{"experiencesandprogress", wOther}, {"é", wOther},
	} {
		if got := kindOf(tt.w); got != tt.want {
			t.Errorf("kindOf(%q) = %d, want %d", tt.w, got, tt.want)
		}
	}
}

func TestReadCells(t *testing.T) {
	words := func(s string) []word {
		var ws []word
		for _, w := range strings.Fields(s) {
			ws = append(ws, word{text: trimWord(w), kind: kindOf(w)})
		}
		return ws
	}
	const notOK = grade.Grade(255) // a cell whose words make no grade
	for _, tt := range []struct {
		in   string
		want []grade.Grade
	}{
		{"Good", []grade.Grade{grade.Good}},
		{"requires improvement requires improvement", []grade.Grade{grade.RequiresImprovement, grade.RequiresImprovement}},
		{"Requires improvement to be good Good", []grade.Grade{grade.RequiresImprovement, grade.Good}},
		{"Not judged Good", []grade.Grade{0, grade.Good}},
		{"Inadequate Grade 4", []grade.Grade{grade.Inadequate}},
		{"Grade 3 (Adequate)", []grade.Grade{grade.Adequate}},
		{"Grade 2", []grade.Grade{grade.Good}},
		{"requires", []grade.Grade{notOK}},
	} {
		var got []grade.Grade
		for _, c := range readCells(words(tt.in)) {
			g := c.grade
			if !c.ok {
				g = notOK
			}
			got = append(got, g)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("readCells(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTrailingGrade(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want grade.Grade
		n    int
	}{
		{"The overall judgement is requires improvement", grade.RequiresImprovement, 2},
		{"Children’s services in Bury require improvement to be good", grade.RequiresImprovement, 5},
		{"The overall judgement is that children’s services require improvement.2", grade.RequiresImprovement, 2},
		{"The overall judgement is good.", grade.Good, 1},
		{"Children’s services in Bromley are inadequate", grade.Inadequate, 1},
		{"The Local Safeguarding Children Board requires improvement", grade.RequiresImprovement, 2},
		{"Leaders are not yet good", 0, 0}, // "yet", not "is" or "are", before the grade
		{"", 0, 0},
	} {
		g, n, ok := trailingGrade(tt.in)
		if g != tt.want || n != tt.n || ok != (tt.n > 0) {
			t.Errorf("trailingGrade(%q) = %v, %d, %v; want %v, %d", tt.in, g, n, ok, tt.want, tt.n)
		}
	}
}

func TestReadReference(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want inspection.Reference
	}{
		{"(Outcome 2, national framework)", inspection.Reference{Part: inspection.Outcome, Number: 2}},
		{"(outcome three, national framework)", inspection.Reference{Part: inspection.Outcome, Number: 3}},
		{"(outcome four: national framework)", inspection.Reference{Part: inspection.Outcome, Number: 4}},
		{"(National Framework enabler two)", inspection.Reference{Part: inspection.Enabler, Number: 2}},
		{"(enabler: leaders drive conditions for effective practice, national framework)", inspection.Reference{Part: inspection.Enabler, Number: 2}},
		{"(enabler: the workforce is equipped and effective, national framework)", inspection.Reference{Part: inspection.Enabler, Number: 3}},
		{"(outcome: children in care and care leavers have stable, loving homes)", inspection.Reference{Part: inspection.Outcome, Number: 4}},
		{"(Principle 1)", inspection.Reference{Part: inspection.Principle, Number: 1}},
		{"(National Framework, Outcome 1)", inspection.Reference{Part: inspection.Outcome, Number: 1}},
		{"(Outcome one)", inspection.Reference{Part: inspection.Outcome, Number: 1}},
		{"(Enabler 2: Leaders drive conditions for effective practice)", inspection.Reference{Part: inspection.Enabler, Number: 2}},
		{"(Leaders drive conditions for effective practice)", inspection.Reference{Part: inspection.Enabler, Number: 2}},
		{"[Outcome 3, national framework]", inspection.Reference{Part: inspection.Outcome, Number: 3}},
		{"[ Outcome 4, national framework]", inspection.Reference{Part: inspection.Outcome, Number: 4}},
	} {
		got, err := readReference(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("readReference(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"(outcome 7, national framework)", "(enabler: something else, national framework)", "(see paragraph 12)"} {
		if got, err := readReference(in); err == nil {
			t.Errorf("readReference(%q) = %v, want an error", in, got)
		}
	}
}

func TestFurnitureKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"10 to 14 June 2024                                     2", "10 to 14 June 2024"},
		{"2                        Inspection of the effectiveness of the local safeguarding children board: Hull", "Inspection of the effectiveness of the local safeguarding children board: Hull"},
		{"Norfolk County Council Inspection of looked after children services    1", "Norfolk County Council Inspection of looked after children services"},
		{"   12", ""},
		{"Inspection dates: 15 to 19 May 2023", "Inspection dates: 15 to 19 May 2023"}, // a number after one space is text
	} {
		if got := furnitureKey(tt.in); got != tt.want {
			t.Errorf("furnitureKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNumberedStart(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		text string
	}{
		{"12.   Children are safe.", 12, "Children are safe."},
		{"1.", 1, ""},
		{"3.\tText", 3, "Text"},
	} {
		n, at, ok := numberedStart(tt.in)
		if !ok || n != tt.n || tt.in[at:] != tt.text {
			t.Errorf("numberedStart(%q) = %d, %q, %v", tt.in, n, tt.in[at:], ok)
		}
	}
	for _, in := range []string{"2.1 Adoption performance", "2018. The year", "0. Zero", "1.5 million", "A. Letter", "12"} {
		if _, _, ok := numberedStart(in); ok {
			t.Errorf("numberedStart(%q) reads a paragraph number", in)
		}
	}
}

func TestSplitLines(t *testing.T) {
	got, problems := splitLines("\ufeffTitle  \r\n\n\n\f\f  2. Text\t\n  end\n\f\n\f\n\flast")
	want := []line{
		{num: 1, ff: 3, body: "Title", text: "Title", page: 1},
		{num: 2, page: 1}, // two blank lines, one
		{num: 4, ff: 2, body: "  2. Text", indent: 2, text: "2. Text", page: 3, newPage: true},
		{num: 5, body: "  end", indent: 2, text: "end", page: 3},
		{num: 6, ff: 1, page: 5, newPage: true}, // two blank pages, one
		{num: 8, ff: 1, body: "last", text: "last", page: 6, newPage: true},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(line{})); diff != "" || problems != nil {
		t.Errorf("splitLines() mismatch (-want +got):\n%s\nproblems: %v", diff, problems)
	}
	if pos := got[2].start(); pos != (inspection.Position{Line: 4, Column: 5}) {
		t.Errorf("start of line 4 = %v, want 4:5 (after two form feeds and a margin of two)", pos)
	}
}

// TestMarkFurniture checks the running header and footer, the page
// numbers and the footnote of a text of five pages.
func TestMarkFurniture(t *testing.T) {
	var b strings.Builder
	for page := 1; page <= 5; page++ {
		if page > 1 {
			b.WriteString("\f")
		}
		b.WriteString("Inspection of Nowhere children's services\n\n") // header
		fmt.Fprintf(&b, "%d. The text of page %d.\n", page, page)
		if page == 3 {
			b.WriteString("More text with a footnote.\n\n1\n    The footnote's text,\n    on two lines.\n")
		}
		b.WriteString("\n15 to 19 May 2023                    " + string(rune('0'+page)) + "\n") // footer
	}
	lines, _ := splitLines(b.String())
	lines = markFurniture(lines)
	var got []string
	for _, l := range lines {
		if l.furniture && !l.blank() {
			got = append(got, l.text)
		}
	}
	want := []string{
		"15 to 19 May 2023                    1",
		"Inspection of Nowhere children's services",
		"15 to 19 May 2023                    2",
		"Inspection of Nowhere children's services",
		"1", "The footnote's text,", "on two lines.",
		"15 to 19 May 2023                    3",
		"Inspection of Nowhere children's services",
		"15 to 19 May 2023                    4",
		"Inspection of Nowhere children's services",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("furniture mismatch (-want +got):\n%s", diff)
	}
}
