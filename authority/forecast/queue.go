package forecast

import (
	"cmp"
	"slices"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A plan is one authority's place in Ofsted's queue on a day, as the rules
// make it.
type plan struct {
	a       authority.Authority
	last    entry // the latest graded inspection known; zero if none
	has     bool  // whether there is one
	kind    inspection.Kind
	due     inspection.Date // the day the rules make it due, before suspensions
	moved   inspection.Date // due, moved later by the suspensions since last
	crossed []Suspension    // the suspensions that moved it
	order   int             // the queue's order of priority: first, second, rest
	visits  int             // monitoring visits known since last
	slot    inspection.Date // the day the queue reaches it; zero if not reached
	gone    bool            // abolished before the queue reached it
	ahead   int             // authorities the queue reaches before it from the day of the forecast
	end     inspection.Date // the latest publication in the record known on the day
}

// The queue's order of priority, from Ofsted's announcements on its
// return from the suspension of 2020-21 (see [Suspensions]): first the
// authorities judged inadequate ("we'll prioritise places rated
// 'inadequate'", April 2021), then those not yet inspected under ILACS
// ("those that have not yet had a standard or short inspection under the
// ... (ILACS) framework", July 2020), then the rest, by the day each is
// due.
const (
	orderInadequate = iota
	orderFirst
	orderRest
)

// plans returns the plan of every authority that exists on day at, in
// the order of [authority.All], as the record known on the day of f makes
// it.
func (rec *record) plans(at inspection.Date, f *fit) []plan {
	var out []plan
	end := rec.lastKnown(at)
	for a := range authority.All() {
		if !a.ExistsOn(at) {
			continue
		}
		p := plan{a: a, order: orderRest, end: end}
		p.last, p.has = rec.latest(a, f.day)
		g := p.last.decides
		switch {
		case !p.has:
			// Nothing judged: a new authority, due from its first day.
			p.kind = inspection.Standard
			p.due = a.From()
			if p.due.IsZero() {
				p.due = at
			}
			p.order = orderFirst
		case g == grade.Inadequate:
			p.kind = kindAfter(g)
			p.due = f.reinspectionDue(p.last.date)
			p.order = orderInadequate
			p.visits = rec.visitsSince(a, p.last.date, f.day)
		default:
			p.kind = kindAfter(g)
			p.due = addYears(p.last.date, anniversary)
			if !p.last.underNew {
				p.order = orderFirst
			}
		}
		p.moved = p.due
		if p.has {
			p.moved, p.crossed = postpone(p.last.date, p.due)
		}
		out = append(out, p)
	}
	return out
}

// horizon is how far ahead the queue runs, in years, before it gives up
// on an authority it has not reached.
const horizon = 15

// queue gives each plan its slot: the Monday on which Ofsted, inspecting
// at the pace of f, reaches it. Each week from the start (the Monday on
// or before the day of f less its lag, since many inspections begun since
// are not yet known) Ofsted may begin as many inspections as its pace
// allows, none while inspection is suspended. It takes the authorities
// that are eligible (from six months before the day each is due, as moved
// by suspensions) in the order of priority, and within it by the day due,
// then by name; a pace not used in a week is lost. An authority abolished
// before its turn leaves the queue. ahead counts, for each plan, the
// authorities reached before it from the day at on.
func queue(plans []plan, at inspection.Date, f *fit) {
	idx := make([]int, len(plans))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		p, q := &plans[i], &plans[j]
		return cmp.Or(cmp.Compare(p.order, q.order), p.moved.Compare(q.moved))
	})

	start := f.day.AddDays(-f.lag)
	for start.Time().Weekday() != time.Monday {
		start = start.AddDays(-1)
	}
	perWeek := f.pace * 7 / 365.25
	credit, left := 0.0, len(plans)
	var reached []int // in the order reached
	stop := addYears(start, horizon)
	for t := start; left > 0 && t.Before(stop); t = t.AddDays(7) {
		if suspended(t) {
			continue
		}
		credit += perWeek
		any := false
		for _, i := range idx {
			p := &plans[i]
			if !p.slot.IsZero() || p.gone {
				continue
			}
			if to, ok := p.a.To(); ok && to.Before(t) {
				p.gone = true
				left--
				continue
			}
			if addMonths(p.moved, -spread).After(t) {
				continue
			}
			any = true
			if credit < 1 {
				break
			}
			credit--
			p.slot = t
			left--
			reached = append(reached, i)
		}
		if !any {
			credit = 0
		}
	}
	n := 0
	for _, i := range reached {
		p := &plans[i]
		if p.slot.Before(at) {
			continue
		}
		p.ahead = n
		n++
	}
}
