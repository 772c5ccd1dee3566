package forecast

import (
	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A record is what the forecaster reads of a register: each authority's
// graded inspections and monitoring visits, oldest first, each with the
// day it became known. It is read once and then asked about any day.
type record struct {
	graded map[authority.Authority][]entry
	visits map[authority.Authority][]entry // monitoring visits
}

// An entry is one inspection of a record.
type entry struct {
	in       inspection.Inspection
	date     inspection.Date // in.Date(): the first day on site, or publication
	known    inspection.Date // publication, or the date where there is none
	decides  grade.Grade     // the deciding grade (see deciding); zero if none
	decided  bool
	underNew bool // under ILACS
}

// read reads r.
func read(r *authority.Register) *record {
	rec := &record{
		graded: map[authority.Authority][]entry{},
		visits: map[authority.Authority][]entry{},
	}
	for a := range authority.All() {
		h := r.History(a)
		for in := range h.Graded() {
			e := newEntry(in)
			rec.graded[a] = append(rec.graded[a], e)
		}
		for in := range h.All() {
			if in.Kind == inspection.MonitoringVisit {
				e := newEntry(in)
				rec.visits[a] = append(rec.visits[a], e)
			}
		}
	}
	return rec
}

func newEntry(in inspection.Inspection) entry {
	e := entry{in: in, date: in.Date(), known: in.Published, underNew: underILACS(in.Framework)}
	if e.known.IsZero() {
		e.known = e.date
	}
	e.decides, e.decided = deciding(&in)
	return e
}

// knownOn reports whether e was known on day d: its report was published
// on or before d, or, for a record that gives no publication date, its
// date is on or before d (as [authority.AsAt] counts it).
func (e *entry) knownOn(d inspection.Date) bool { return !e.known.After(d) }

// latest returns a's latest graded inspection known on day d, and false
// if there is none.
func (rec *record) latest(a authority.Authority, d inspection.Date) (entry, bool) {
	list := rec.graded[a]
	for i := len(list) - 1; i >= 0; i-- {
		if list[i].knownOn(d) {
			return list[i], true
		}
	}
	return entry{}, false
}

// lastKnown returns the latest day on or before d on which anything in
// the record became known.
func (rec *record) lastKnown(d inspection.Date) inspection.Date {
	var last inspection.Date
	for _, m := range []map[authority.Authority][]entry{rec.graded, rec.visits} {
		for _, list := range m {
			for i := range list {
				if k := list[i].known; !k.After(d) && k.After(last) {
					last = k
				}
			}
		}
	}
	return last
}

// visitsSince returns how many monitoring visits of a after day from were
// known on day d.
func (rec *record) visitsSince(a authority.Authority, from, d inspection.Date) int {
	n := 0
	for _, e := range rec.visits[a] {
		if e.date.After(from) && e.knownOn(d) {
			n++
		}
	}
	return n
}
