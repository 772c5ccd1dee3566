package grade_test

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/grade"
)

// scale lists the grades best first; rows of equal rank are adjacent and
// share a rank. TestCompare checks every pair by position.
var scale = []struct {
	g     grade.Grade
	rank  int
	token string // String and MarshalText
	label string // Label
}{
	{grade.Outstanding, 1, "outstanding", "Outstanding"},
	{grade.Good, 2, "good", "Good"},
	{grade.RequiresImprovement, 3, "requires-improvement", "Requires improvement to be good"},
	{grade.Adequate, 3, "adequate", "Adequate"},
	{grade.Inadequate, 4, "inadequate", "Inadequate"},
	{0, 0, "not judged", "Not judged"}, // the zero Grade sorts last
}

func TestRankStringLabel(t *testing.T) {
	for _, tt := range scale {
		if got := tt.g.Rank(); got != tt.rank {
			t.Errorf("%v.Rank() = %d, want %d", tt.g, got, tt.rank)
		}
		if got := tt.g.String(); got != tt.token {
			t.Errorf("Grade(%d).String() = %q, want %q", uint8(tt.g), got, tt.token)
		}
		if got := tt.g.Label(); got != tt.label {
			t.Errorf("%v.Label() = %q, want %q", tt.g, got, tt.label)
		}
		if got, want := tt.g.IsValid(), tt.rank != 0; got != want {
			t.Errorf("%v.IsValid() = %v, want %v", tt.g, got, want)
		}
	}
}

func TestInvalidValues(t *testing.T) {
	g := grade.Grade(9)
	if g.IsValid() || g.Rank() != 0 {
		t.Errorf("Grade(9): IsValid() = %v, Rank() = %d; want false, 0", g.IsValid(), g.Rank())
	}
	if got, want := g.String(), "%!Grade(9)"; got != want {
		t.Errorf("Grade(9).String() = %q, want %q", got, want)
	}
	if got := g.Label(); got != "%!Grade(9)" {
		t.Errorf("Grade(9).Label() = %q", got)
	}
	if _, err := g.MarshalText(); err == nil {
		t.Error("Grade(9).MarshalText() succeeded, want error")
	}
	if g.Compare(0) != 0 || !g.Worse(grade.Inadequate) {
		t.Error("Grade(9) should rank with the zero Grade, after inadequate")
	}
}

func TestCompare(t *testing.T) {
	for i, a := range scale {
		for j, b := range scale {
			var want int
			switch {
			case a.rank == b.rank || (a.rank == 0 && b.rank == 0):
				want = 0
			case i < j:
				want = -1
			default:
				want = +1
			}
			got := a.g.Compare(b.g)
			if sign(got) != want {
				t.Errorf("%v.Compare(%v) = %d, want sign %d", a.g, b.g, got, want)
			}
			if a.g.Better(b.g) != (want < 0) || a.g.Worse(b.g) != (want > 0) {
				t.Errorf("%v.Better/Worse(%v) disagree with Compare = %d", a.g, b.g, got)
			}
			if got, want := a.g.AtLeast(b.g), a.g.IsValid() && want <= 0; got != want {
				t.Errorf("%v.AtLeast(%v) = %v, want %v", a.g, b.g, got, want)
			}
		}
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestSortStable(t *testing.T) {
	want := []grade.Grade{grade.Outstanding, grade.Good, grade.Adequate, grade.RequiresImprovement, grade.Inadequate, 0}
	got := slices.Clone(want)
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
	// Put adequate before requires improvement, so the stable sort must keep them so.
	ai, ri := slices.Index(got, grade.Adequate), slices.Index(got, grade.RequiresImprovement)
	if ai > ri {
		got[ai], got[ri] = got[ri], got[ai]
	}
	slices.SortStableFunc(got, grade.Grade.Compare)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SortStableFunc(Compare) mismatch (-want +got):\n%s", diff)
	}
}

func TestCanonical(t *testing.T) {
	for _, tt := range scale {
		want := tt.g
		if tt.g == grade.Adequate {
			want = grade.RequiresImprovement
		}
		if got := tt.g.Canonical(); got != want {
			t.Errorf("%v.Canonical() = %v, want %v", tt.g, got, want)
		}
	}
}

func TestSteps(t *testing.T) {
	tests := []struct {
		from, to grade.Grade
		want     int
	}{
		{grade.RequiresImprovement, grade.Good, 1},
		{grade.RequiresImprovement, grade.Outstanding, 2},
		{grade.Good, grade.Inadequate, -2},
		{grade.Adequate, grade.RequiresImprovement, 0}, // same rank
		{grade.Adequate, grade.Good, 1},
		{0, grade.Good, 0}, // not judged: no step
		{grade.Good, 0, 0},
	}
	for _, tt := range tests {
		if got := tt.from.Steps(tt.to); got != tt.want {
			t.Errorf("%v.Steps(%v) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestBestWorst(t *testing.T) {
	gs := []grade.Grade{0, grade.Good, grade.Inadequate, grade.Outstanding, grade.RequiresImprovement}
	if got := grade.Best(gs...); got != grade.Outstanding {
		t.Errorf("Best(%v) = %v, want outstanding", gs, got)
	}
	if got := grade.Worst(gs...); got != grade.Inadequate {
		t.Errorf("Worst(%v) = %v, want inadequate", gs, got)
	}
	if got := grade.Worst(0, 0); got != 0 {
		t.Errorf("Worst(0, 0) = %v, want the zero Grade", got)
	}
	if got := grade.Worst(grade.Adequate, grade.RequiresImprovement); got != grade.Adequate {
		t.Errorf("Worst(adequate, requires-improvement) = %v, want the first", got)
	}
}

func TestTextCodec(t *testing.T) {
	for _, tt := range scale {
		b, err := tt.g.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText(): %v", tt.g, err)
		}
		want := tt.token
		if tt.g == 0 {
			want = ""
		}
		if string(b) != want {
			t.Errorf("%v.MarshalText() = %q, want %q", tt.g, b, want)
		}
		if b2, _ := tt.g.AppendText([]byte("x=")); string(b2) != "x="+want {
			t.Errorf("%v.AppendText(x=) = %q, want %q", tt.g, b2, "x="+want)
		}
		g := grade.Good // must be overwritten, also by ""
		if err := g.UnmarshalText(b); err != nil || g != tt.g {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, g, err, tt.g)
		}
	}
}

func TestJSON(t *testing.T) {
	type row struct {
		Overall grade.Grade         `json:"overall,omitzero"`
		Areas   map[grade.Grade]int `json:"areas"`
	}
	in := row{Overall: grade.RequiresImprovement, Areas: map[grade.Grade]int{grade.Good: 2, grade.Adequate: 1}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"overall":"requires-improvement","areas":{"adequate":1,"good":2}}`
	if string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out row
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
	if b, _ := json.Marshal(row{}); string(b) != `{"areas":null}` {
		t.Errorf("zero Grade with omitzero: %s", b)
	}
	for _, bad := range []string{`{"overall":"excellent"}`, `{"overall":3}`, `{"areas":{"top":1}}`} {
		if err := json.Unmarshal([]byte(bad), &out); err == nil {
			t.Errorf("json.Unmarshal(%s) succeeded, want error", bad)
		}
	}
}
