package inspection

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/grade"
)

// TestAreaOfPhraseWordings checks that the official wording of every
// judgement of the frameworks ParseReport reads names its own area, and so
// do the variants reports print.
func TestAreaOfPhraseWordings(t *testing.T) {
	for _, f := range []Framework{TLAC2013, SIF2013, ILACS2018, ILACS2023, ILACS2026} {
		for _, s := range f.Areas() {
			if got := areaOfPhrase(s.Wording); got != s.Area {
				t.Errorf("%v: areaOfPhrase(%q) = %v, want %v", f, s.Wording, got, s.Area)
			}
		}
	}
	for _, tt := range []struct {
		text string
		want Area
	}{
		{"1. Children who need help and protection", HelpAndProtection},
		{"2. Children looked after and achieving permanence", LookedAfterChildren},
		{"2.1 Adoption performance", AdoptionPerformance},
		{"2.2 Experiences and progress of care leavers", CareLeavers},
		{"3. Leadership, management and governance", LeadershipManagementGovernance},
		{"The experiences and progress of children care leavers", CareLeavers}, // misprint of 2025-26 tables
		{"The impact of leaders on practice with children and families", ImpactOfLeaders},
		{"Children looked permanence after and achieving", LookedAfterChildren}, // words out of order (plain pdftotext)
		{"The Local Safeguarding Children is inadequate", LSCB},                 // "Board" left out
		{"The effectiveness of the LSCB", LSCB},
		{"Outcomes for looked after children and young people", OutcomesForLookedAfterChildren},
		{"Overall effectiveness of services for looked after children and young people", OverallEffectiveness},
		{"Planning and support for children who are looked after", LookedAfterChildren},
		{"Quality of practice", 0},
		{"Summary of key findings", 0},
	} {
		if got := areaOfPhrase(tt.text); got != tt.want {
			t.Errorf("areaOfPhrase(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want wordKind
	}{
		{"The", wLabel}, {"PROTECTION", wLabel}, {"leaders,", wLabel}, {"(LSCB)", wLabel},
		{"is", wConnector}, {"Good", wGrade}, {"Requires", wGrade}, {"improvement", wImprove},
		{"to", wTo}, {"be", wBe}, {"Not", wNot}, {"judged", wJudged}, {"Grade", wGradeWord},
		{"3", wDigit}, {"5", wOther}, {"2.1", wRowNumber}, {"3.", wRowNumber}, {"12.", wOther},
		{"Barnet", wOther}, {"children’s", wOther}, {"", wOther}, {"‘good’", wGrade},
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
			k, _ := lookup(w)
			ws = append(ws, word{text: trimWord(w), kind: k})
		}
		return ws
	}
	for _, tt := range []struct {
		in   string
		want []grade.Grade // 255 for a cell that is not ok
	}{
		{"Good", []grade.Grade{grade.Good}},
		{"requires improvement requires improvement", []grade.Grade{grade.RequiresImprovement, grade.RequiresImprovement}},
		{"Requires improvement to be good Good", []grade.Grade{grade.RequiresImprovement, grade.Good}},
		{"Not judged Good", []grade.Grade{0, grade.Good}},
		{"Inadequate Grade 4", []grade.Grade{grade.Inadequate}},
		{"Grade 3 (Adequate)", []grade.Grade{grade.Adequate}},
		{"Grade 2", []grade.Grade{grade.Good}},
		{"requires", []grade.Grade{255}},
	} {
		var got []grade.Grade
		for _, c := range readCells(nil, words(tt.in)) {
			g := c.grade
			if !c.ok {
				g = 255
			}
			got = append(got, g)
		}
		if len(got) != len(tt.want) {
			t.Errorf("readCells(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for k := range got {
			if got[k] != tt.want[k] {
				t.Errorf("readCells(%q) = %v, want %v", tt.in, got, tt.want)
				break
			}
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
		want Reference
	}{
		{"(Outcome 2, national framework)", Reference{Outcome, 2}},
		{"(outcome three, national framework)", Reference{Outcome, 3}},
		{"(outcome four: national framework)", Reference{Outcome, 4}},
		{"(National Framework enabler two)", Reference{Enabler, 2}},
		{"(enabler: leaders drive conditions for effective practice, national framework)", Reference{Enabler, 2}},
		{"(enabler: the workforce is equipped and effective, national framework)", Reference{Enabler, 3}},
		{"(outcome: children in care and care leavers have stable, loving homes)", Reference{Outcome, 4}},
		{"(Principle 1)", Reference{Principle, 1}},
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
		from, to := furnitureKey(tt.in)
		if got := tt.in[from:to]; got != tt.want {
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

// TestSpaces checks the word-at-a-time space scanners against plain ones.
func TestSpaces(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for k := range b {
			b[k] = " a\tb  "[r.IntN(6)]
		}
		s := string(b)
		if got, want := hasDoubleSpace(s), strings.Contains(s, "  "); got != want {
			t.Fatalf("hasDoubleSpace(%q) = %v, want %v", s, got, want)
		}
		k := r.IntN(len(s) + 1)
		want := k
		for want < len(s) && (s[want] == ' ' || s[want] == '\t') {
			want++
		}
		if got := skipSpaces(s, k, len(s)); got != want {
			t.Fatalf("skipSpaces(%q, %d) = %d, want %d", s, k, got, want)
		}
	}
}
