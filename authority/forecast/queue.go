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
	held    bool            // held up: a suspension stopped its clock, or it awaits its first ILACS inspection
	order   int             // the queue's order of priority: first, second, rest
	turn    inspection.Date // moved, or a cycle after last where that is later: when its turn comes
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
// ... (ILACS) framework", July 2020), then the rest, by their turn. The
// order is for a return from a suspension, and applies to the
// authorities held up (plan.held): those a suspension stopped the clock
// of, and those awaiting their first ILACS inspection. An authority
// inspected under ILACS since, or due before a suspension could move it,
// takes its turn with the rest, whatever its grade.
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
		p.held = !p.has || !p.last.underNew || len(p.crossed) > 0
		if !p.held {
			p.order = orderRest
		}
		out = append(out, p)
	}
	return out
}

// horizon is how far ahead the queue runs, in years, before it gives up
// on an authority it has not reached.
const horizon = 15

// queue gives each plan its turn and its slot: the Monday on which
// Ofsted, inspecting at the pace of f, reaches it.
//
// An authority's turn comes on the day it is due, as moved by
// suspensions, or f's cycle after its last inspection if that is later:
// at its pace Ofsted cannot come back to every authority sooner (at 47
// graded inspections a year, its pace in 2022-2024, a cycle of 153
// authorities takes 39 months, not the framework's 36). The queue
// may reach an authority held up from six months before its turn, when
// the framework's window opens (it is behind already, and Ofsted works
// through the backlog as fast as its pace allows), and any other from its
// turn: the anniversary is the middle of the framework's window ("between
// six months before and six months after the three year anniversary of
// the previous inspection"), which Ofsted aims at, not its opening.
//
// Each week from the start (the Monday on or before the day of f less its
// lag, since many inspections begun since are not yet known) Ofsted may
// begin as many inspections as its pace allows, none while inspection is
// suspended. It takes the authorities it may reach in the order of
// priority, and within it by their turn, then by name; a pace not used in
// a week is lost. An authority abolished before its turn leaves the
// queue. ahead counts, for each plan, the authorities reached before it
// from the day at on.
func queue(plans []plan, at inspection.Date, f *fit) {
	for i := range plans {
		p := &plans[i]
		p.turn = p.moved
		if !p.has || f.cycle == 0 {
			continue
		}
		if c := p.last.date.AddDays(f.cycle); c.After(p.turn) {
			p.turn = c
		}
	}
	idx := make([]int, len(plans))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		p, q := &plans[i], &plans[j]
		return cmp.Or(cmp.Compare(p.order, q.order), p.turn.Compare(q.turn))
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
			if p.from().After(t) {
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

// from returns the first day the queue may reach p: six months before
// its turn if it is held up, its turn otherwise (see queue).
func (p *plan) from() inspection.Date {
	if p.held {
		return addMonths(p.turn, -spread)
	}
	return p.turn
}
