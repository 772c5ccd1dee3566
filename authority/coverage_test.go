package authority_test

import (
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// TestCoverage checks what a register says it covers, and what its
// pictures say they cannot count: a release as at 31 March 2025, a
// report within it, and two reports of inspections after it.
func TestCoverage(t *testing.T) {
	release := authority.Releases()[1] // as at 31 March 2025, published by 30 June 2025
	official := ilacs("Leeds", day(2022, time.May, 9), day(2022, time.July, 1), grade.Good)
	official.Sources = []inspection.Source{{File: "outcomes.ods", Sheet: "History", Row: 9}}
	within := ilacs("Bexley", day(2025, time.March, 3), day(2025, time.May, 2), grade.Good) // in the release
	within.Sources = []inspection.Source{{File: "bexley.txt"}}
	lateStart := ilacs("Derby", day(2025, time.May, 19), inspection.Date{}, grade.Good) // started after the census day; no publication printed
	lateStart.Framework = inspection.ILACS2023
	lateStart.Sources = []inspection.Source{{File: "derby.txt"}}
	latePub := ilacs("Wigan", day(2025, time.March, 10), day(2025, time.July, 20), grade.Good) // published after the cut-off
	latePub.Sources = []inspection.Source{{File: "wigan.txt"}}
	noSource := ilacs("Bury", day(2025, time.June, 9), day(2025, time.August, 1), grade.Good) // not from a report
	noSource.Framework = inspection.ILACS2023

	r := register([]inspection.Inspection{official, within, lateStart, latePub, noSource})
	if got := r.Coverage(); !got.Release.Census.At.IsZero() || got.Reports != 3 || got.Latest != day(2025, time.July, 20) {
		t.Errorf("without a release: Coverage() = %+v, want the 3 reports, the latest 2025-07-20", got)
	}
	if got, want := r.Picture(authority.AsAt(day(2020, time.January, 1))).Caveat(),
		"no official statistics: only the 3 reports read are counted, the latest published 2025-07-20"; got != want {
		t.Errorf("without a release: Caveat() = %q, want %q", got, want)
	}

	r.AddRelease(release)
	r.AddRelease(authority.Releases()[0]) // an older release does not change the coverage
	r.AddRelease(release)                 // nor the same release again
	r.AddRelease(authority.Release{Title: "no census"})
	got := r.Coverage()
	if got.Release.Title != release.Title || got.Release.Census.At != release.Census.At || got.Reports != 2 || got.Latest != day(2025, time.July, 20) {
		t.Errorf("Coverage() = %+v, want the 2025 release and 2 reports since, the latest 2025-07-20", got)
	}
	if want := `Ofsted's official statistics as at 2025-03-31, with reports published by 2025-06-30 ("Local authority inspection outcomes as at 31 March 2025"), then 2 reports read since, the latest published 2025-07-20`; got.String() != want {
		t.Errorf("String() = %q, want %q", got.String(), want)
	}
	if c := got.Census(); c.At != day(2025, time.July, 20) || !c.PublishedBy.IsZero() {
		t.Errorf("Census() = %v, want as at 2025-07-20", c)
	}

	const official25 = "Ofsted's official statistics cover inspections to 2025-03-31 with reports published by 2025-06-30"
	tests := []struct {
		census authority.Census
		want   string
	}{
		{release.Census, ""},
		{authority.AsAt(day(2024, time.December, 31)), ""},
		{authority.AsAt(day(2025, time.March, 31)), ""},
		{authority.Census{At: day(2025, time.March, 31), PublishedBy: day(2025, time.July, 31)},
			official25 + "; after that only the 2 reports read since are counted, the latest published 2025-07-20; nothing published after 2025-07-20 is known"},
		{authority.AsAt(day(2025, time.July, 20)),
			official25 + "; after that only the 2 reports read since are counted, the latest published 2025-07-20"},
		{authority.AsAt(day(2026, time.January, 1)),
			official25 + "; after that only the 2 reports read since are counted, the latest published 2025-07-20; nothing published after 2025-07-20 is known"},
		{authority.Census{}, ""},
	}
	for _, tt := range tests {
		p := r.Picture(tt.census)
		if got := p.Caveat(); got != tt.want {
			t.Errorf("Picture(%v).Caveat() =\n%q, want\n%q", tt.census, got, tt.want)
		}
		if got := p.In(authority.London).Caveat(); got != tt.want {
			t.Errorf("Picture(%v).In(London).Caveat() = %q, want the national caveat", tt.census, got)
		}
	}

	// With no reports since, the coverage is the release's.
	only := register([]inspection.Inspection{official, within})
	only.AddRelease(release)
	if c := only.Coverage(); c.Reports != 0 || c.Census().At != release.Census.At || c.Census().PublishedBy != release.Census.PublishedBy {
		t.Errorf("release alone: Coverage() = %+v, Census() = %v", c, c.Census())
	}
	if got, want := only.Picture(authority.AsAt(day(2025, time.September, 1))).Caveat(),
		official25+"; nothing published after 2025-06-30 is known"; got != want {
		t.Errorf("release alone, after it: Caveat() = %q, want %q", got, want)
	}
	if got, want := only.Coverage().String(), `Ofsted's official statistics as at 2025-03-31, with reports published by 2025-06-30 ("Local authority inspection outcomes as at 31 March 2025") and no reports`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}

	// A register without a release or reports, such as one built by hand,
	// makes no claim.
	var empty authority.Register
	if c := empty.Coverage(); c.String() != "no official statistics and no reports" || !c.Census().At.IsZero() {
		t.Errorf("empty register: Coverage() = %v, Census() = %v", c, c.Census())
	}
	if got := register([]inspection.Inspection{noSource}).Picture(authority.AsAt(day(2030, time.January, 1))).Caveat(); got != "" {
		t.Errorf("hand-built register: Caveat() = %q, want none", got)
	}
}
