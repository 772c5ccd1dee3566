package authority

import (
	"slices"
	"strconv"

	"github.com/childrens-services/judgements/inspection"
)

// A Coverage is what a register's records cover: Ofsted's official
// statistics to the census of their latest release, then the reports
// read since. Get one from [Register.Coverage].
//
// A national picture whose census reaches past the release counts, for
// the time after it, only the inspections of the reports read:
// [Picture.Caveat] says so. A register decoded from JSON knows no
// release.
type Coverage struct {
	Release Release         // the latest of Ofsted's releases whose records the register holds ([Register.AddRelease]); the zero Release if none
	Reports int             // the records read from reports (with an [inspection.Source] of no row) of inspections the release does not count: started after its census day, or published after its cut-off
	Latest  inspection.Date // the latest publication among those records (their date, for one without); zero if none
}

// AddRelease records that the register holds the records of Ofsted's
// release rel, so that [Register.Coverage] knows what they cover. Package
// [github.com/childrens-services/judgements/authority/ofsted] calls it
// for each file it loads whose cover sheet names its release. A release
// without a census day is ignored.
func (r *Register) AddRelease(rel Release) {
	if rel.Census.At.IsZero() || slices.ContainsFunc(r.releases, func(x Release) bool {
		return x.Title == rel.Title && x.Census.At == rel.Census.At && x.Published == rel.Published
	}) {
		return
	}
	rel.Census.Late = slices.Clone(rel.Census.Late)
	r.releases = append(r.releases, rel)
}

// Coverage returns what the register's records cover: the latest release
// recorded with [Register.AddRelease] (by census day, then publication),
// and the reports read since.
func (r *Register) Coverage() Coverage {
	c := Coverage{Release: r.latestRelease()}
	at, by := c.Release.Census.At, c.Release.Census.publishedBy()
	for _, a := range sorted {
		for _, rec := range r.hist[a] {
			in := &rec.in
			if !fromReport(in) || !at.IsZero() && !in.Date().After(at) && !in.Published.After(by) {
				continue
			}
			c.Reports++
			d := in.Published
			if d.IsZero() {
				d = in.Date()
			}
			if d.After(c.Latest) {
				c.Latest = d
			}
		}
	}
	return c
}

// latestRelease returns a copy of the latest release recorded, by census
// day and then publication, or the zero Release.
func (r *Register) latestRelease() Release {
	var l Release
	for _, rel := range r.releases {
		if l.Census.At.IsZero() || rel.Census.At.After(l.Census.At) ||
			rel.Census.At == l.Census.At && rel.Published.After(l.Published) {
			l = rel
		}
	}
	l.Census.Late = slices.Clone(l.Census.Late)
	return l
}

// fromReport reports whether a record was read from a report: whether a
// source has no row of a spreadsheet.
func fromReport(in *inspection.Inspection) bool {
	return slices.ContainsFunc(in.Sources, func(s inspection.Source) bool { return s.Row == 0 && s.File != "" })
}

// Census returns the census of the latest day the coverage reaches:
// [AsAt] the latest publication of the reports read since the release, if
// any; otherwise the release's own census; and the zero Census if there
// is neither.
func (c Coverage) Census() Census {
	if c.Reports > 0 {
		return AsAt(c.Latest)
	}
	c.Release.Census.Late = slices.Clone(c.Release.Census.Late)
	return c.Release.Census
}

// String describes the coverage, such as `Ofsted's official statistics
// as at 2025-03-31, with reports published by 2025-06-30 ("Local
// authority inspection outcomes as at 31 March 2025"), then 42 reports
// read since, the latest published 2026-08-18`; "no official statistics
// and no reports" for the zero Coverage.
func (c Coverage) String() string {
	s := "no official statistics"
	if !c.Release.Census.At.IsZero() {
		s = "Ofsted's official statistics " + c.Release.Census.String()
		if c.Release.Title != "" {
			s += " (" + strconv.Quote(c.Release.Title) + ")"
		}
	}
	switch {
	case c.Reports == 0:
		return s + " and no reports"
	case c.Release.Census.At.IsZero():
		return s + "; " + reports(c.Reports, "read") + ", the latest published " + c.Latest.String()
	}
	return s + ", then " + reports(c.Reports, "read since") + ", the latest published " + c.Latest.String()
}

func reports(n int, read string) string {
	if n == 1 {
		return "1 report " + read
	}
	return strconv.Itoa(n) + " reports " + read
}

// counted says that n reports are counted: "3 reports read are counted".
func counted(n int, read string) string {
	if n == 1 {
		return reports(n, read) + " is counted"
	}
	return reports(n, read) + " are counted"
}

// publishedBy returns the census's publication cut-off.
func (c Census) publishedBy() inspection.Date {
	if c.PublishedBy.IsZero() {
		return c.At
	}
	return c.PublishedBy
}

// caveat returns what a picture under census c cannot count, as
// [Picture.Caveat] says.
func (r *Register) caveat(c Census) string {
	rel := r.latestRelease().Census
	at, by := c.At, c.publishedBy()
	if at.IsZero() || !rel.At.IsZero() && !at.After(rel.At) && !by.After(rel.publishedBy()) {
		return ""
	}
	cov := r.Coverage()
	var s string
	switch {
	case rel.At.IsZero() && cov.Reports == 0:
		return ""
	case rel.At.IsZero():
		s = "no official statistics: only the " + counted(cov.Reports, "read") + ", the latest published " + cov.Latest.String()
	default:
		s = "Ofsted's official statistics cover inspections to " + rel.At.String() + " with reports published by " + rel.publishedBy().String()
		if cov.Reports > 0 {
			s += "; after that only the " + counted(cov.Reports, "read since") + ", the latest published " + cov.Latest.String()
		}
	}
	end := rel.publishedBy()
	if cov.Latest.After(end) {
		end = cov.Latest
	}
	if by.After(end) {
		s += "; nothing published after " + end.String() + " is known"
	}
	return s
}
