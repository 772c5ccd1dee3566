package grade_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/grade"
)

func TestDistribution(t *testing.T) {
	gs := []grade.Grade{
		grade.Outstanding, grade.Good, grade.Good, grade.RequiresImprovement,
		grade.Adequate, grade.Inadequate, 0, grade.Grade(42),
	}
	d := grade.Tally(slices.Values(gs))
	want := grade.Distribution{Outstanding: 1, Good: 2, RequiresImprovement: 1, Adequate: 1, Inadequate: 1, NotJudged: 2}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Fatalf("Tally mismatch (-want +got):\n%s", diff)
	}
	if got := d.Total(); got != 6 {
		t.Errorf("Total() = %d, want 6", got)
	}
	if got := d.GoodOrBetter(); got != 3 {
		t.Errorf("GoodOrBetter() = %d, want 3", got)
	}
	if got := d.GoodOrBetterShare(); got != 0.5 {
		t.Errorf("GoodOrBetterShare() = %v, want 0.5", got)
	}
	if got := d.Share(grade.Good); got != 2.0/6 {
		t.Errorf("Share(good) = %v, want 1/3", got)
	}
	if got := d.Count(0); got != 2 {
		t.Errorf("Count(not judged) = %d, want 2", got)
	}
	if got := d.Count(grade.Grade(42)); got != 0 {
		t.Errorf("Count(invalid) = %d, want 0", got)
	}
	c := d.Canonical()
	if c.RequiresImprovement != 2 || c.Adequate != 0 || c.Total() != d.Total() {
		t.Errorf("Canonical() = %+v", c)
	}
	if got := d.Merge(d); got.Total() != 12 || got.NotJudged != 4 {
		t.Errorf("Merge = %+v", got)
	}
	var seen []grade.Grade
	for g, n := range d.All() {
		if n != d.Count(g) {
			t.Errorf("All yields %v %d, Count says %d", g, n, d.Count(g))
		}
		seen = append(seen, g)
	}
	if diff := cmp.Diff([]grade.Grade{grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Adequate, grade.Inadequate}, seen); diff != "" {
		t.Errorf("All order mismatch (-want +got):\n%s", diff)
	}
}

func TestDistributionEmpty(t *testing.T) {
	var d grade.Distribution
	if d.Share(grade.Good) != 0 || d.GoodOrBetterShare() != 0 || d.Total() != 0 {
		t.Errorf("empty Distribution: %+v", d)
	}
	if got := d.String(); got != "none" {
		t.Errorf("String() = %q, want none", got)
	}
	for range d.All() {
		t.Error("All of an empty Distribution yielded")
	}
}

func TestDistributionAllStops(t *testing.T) {
	d := grade.Distribution{Outstanding: 1, Good: 1, Inadequate: 1}
	n := 0
	for range d.All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("All did not stop when asked: %d", n)
	}
}
