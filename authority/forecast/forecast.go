package forecast

import (
	"fmt"
	"slices"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A Forecast is when an authority's next graded inspection is expected
// to begin, and of what kind, as known on a day: from the inspections
// whose reports were published by then and the calendar of suspensions.
type Forecast struct {
	Authority authority.Authority   // the authority
	At        inspection.Date       // the day the forecast is as at
	Last      inspection.Inspection // the latest graded inspection known on At; the zero Inspection if none
	Kind      inspection.Kind       // the kind of the next inspection: inspection.Short or inspection.Standard
	Window                          // when the next inspection is expected to begin
	Due       Window                // the framework's window: the anniversary or the re-inspection, give or take six months, moved later by suspensions
	Overdue   bool                  // whether At is after Due.Latest, with no inspection known since Last
	Basis     string                // why, in words
}

// String returns a line such as "Portsmouth: short inspection, likely
// 2023-03-06 (2022-09-06 to 2023-09-06)", ending "; overdue" for an
// overdue authority.
func (f Forecast) String() string {
	s := fmt.Sprintf("%s: %s inspection, likely %s", f.Authority, f.Kind, f.Window)
	if f.Overdue {
		s += "; overdue"
	}
	return s
}

// All returns the forecast of every authority that exists on day at,
// soonest first (by [Window.Likely], then in the order of
// [authority.All]), from the inspections of r published on or before at.
// A record that gives no publication date is taken as known from its
// date, its first day on site, as [authority.AsAt] counts it.
//
// The forecasts come from Ofsted's queue (see the package documentation)
// when r holds the record of most authorities: a graded inspection of at
// least half of those existing on day at, and at least 20 graded
// inspections in the three years before it. Otherwise each authority's
// window is the framework's, [Forecast.Due], or, for an overdue
// authority, the six months from at.
func All(r *authority.Register, at inspection.Date) []Forecast {
	return read(r).forecasts(at)
}

// For returns the forecast of authority a as known on day at, as [All]
// makes it, and false if a did not exist on that day.
func For(r *authority.Register, a authority.Authority, at inspection.Date) (Forecast, bool) {
	if !a.ExistsOn(at) {
		return Forecast{}, false
	}
	for _, f := range All(r, at) {
		if f.Authority == a {
			return f, true
		}
	}
	return Forecast{}, false
}

// forecasts returns the forecasts of every authority existing on day at,
// soonest first.
func (rec *record) forecasts(at inspection.Date) []Forecast {
	f := rec.measure(at)
	plans := rec.plans(at, &f)
	judged := 0
	for i := range plans {
		if plans[i].has {
			judged++
		}
	}
	byQueue := f.pace > 0 && 2*judged >= len(plans)
	if byQueue {
		f.cycle = int(float64(len(plans))/f.pace*365.25 + 0.5)
		queue(plans, at, &f)
	}
	out := make([]Forecast, 0, len(plans))
	for i := range plans {
		out = append(out, plans[i].forecast(at, &f, byQueue))
	}
	slices.SortStableFunc(out, func(a, b Forecast) int { return a.Likely.Compare(b.Likely) })
	return out
}

// forecast makes p's forecast as at day at.
func (p *plan) forecast(at inspection.Date, f *fit, byQueue bool) Forecast {
	fc := Forecast{Authority: p.a, At: at, Kind: p.kind, Due: around(p.moved)}
	if p.has {
		fc.Last = p.last.in.Clone()
	}
	fc.Overdue = at.After(fc.Due.Latest)
	switch {
	case byQueue && !p.slot.IsZero():
		fc.Window = around(p.slot)
	case fc.Overdue:
		fc.Window = Window{Earliest: at, Likely: at, Latest: addMonths(at, spread)}
	default:
		fc.Window = fc.Due
	}
	fc.Basis = p.basis(at, f, byQueue && !p.slot.IsZero(), fc)
	return fc
}

// basis explains p's forecast fc in words.
func (p *plan) basis(at inspection.Date, f *fit, byQueue bool, fc Forecast) string {
	var b strings.Builder
	g := p.last.decides
	switch {
	case !p.has && p.a.From().IsZero():
		b.WriteString("no graded inspection known: a standard inspection is next, due now")
	case !p.has:
		fmt.Fprintf(&b, "no graded inspection known since it began on %s: a standard inspection is next, due from that day", long(p.a.From()))
	default:
		fmt.Fprintf(&b, "judged %s at its inspection of %s", judged(&p.last), long(p.last.date))
		if pub := p.last.in.Published; !pub.IsZero() && pub != p.last.date {
			fmt.Fprintf(&b, " (published %s)", long(pub))
		}
		switch {
		case g == grade.Inadequate:
			b.WriteString(": monitoring visits")
			if p.visits > 0 {
				fmt.Fprintf(&b, " (%d known since)", p.visits)
			}
			fmt.Fprintf(&b, ", then a standard re-inspection, due on %s, ", long(p.due))
			if f.reinspections == 0 {
				fmt.Fprintf(&b, "%d months after the judgement (up to six quarterly monitoring visits, then the re-inspection)", reinspectionMonths)
			} else {
				fmt.Fprintf(&b, "%.0f months after the judgement (the median of %d re-inspections of inadequate authorities known)", months(f.reinspection), f.reinspections)
			}
		default:
			fmt.Fprintf(&b, ": a %s inspection is next", p.kind)
			if !p.last.underNew {
				b.WriteString(", its first under ILACS")
			}
			fmt.Fprintf(&b, ", due around the third anniversary, %s", long(p.due))
		}
	}
	b.WriteString(", give or take six months")
	if len(p.crossed) > 0 {
		var spans []string
		for _, s := range p.crossed {
			spans = append(spans, fmt.Sprintf("from %s to %s", long(s.From), long(s.Resumed.AddDays(-1))))
		}
		fmt.Fprintf(&b, "; the suspension of routine inspection %s stopped the clock, moving it %d days later, to %s", strings.Join(spans, " and "), p.moved.DaysSince(p.due), long(p.moved))
	}
	if byQueue {
		pace := "its pace over the last three years of routine inspection"
		if !f.since.IsZero() {
			pace = "its pace since routine inspection resumed on " + long(f.since)
		}
		fmt.Fprintf(&b, "; Ofsted makes %.0f graded inspections a year (%s)", f.pace, pace)
		if p.turn.After(p.moved) {
			fmt.Fprintf(&b, ", enough to inspect each authority once in %.0f months: its turn comes that long after its last inspection, on %s", months(f.cycle), long(p.turn))
		}
		if p.held {
			fmt.Fprintf(&b, "; working through %s, ", orderWords)
		} else {
			b.WriteString("; after the authorities held up by a suspension, taking the rest on their turn, ")
		}
		if p.slot.Before(at) {
			fmt.Fprintf(&b, "Ofsted would have reached it in the week of %s: it may have begun, its report not yet published", long(p.slot))
		} else {
			fmt.Fprintf(&b, "Ofsted reaches it in the week of %s, after %d other authorities", long(p.slot), p.ahead)
		}
	}
	if to, ok := p.a.To(); ok && p.gone {
		fmt.Fprintf(&b, "; it was abolished on %s, before Ofsted's queue reached it", long(to))
	}
	if fc.Overdue {
		fmt.Fprintf(&b, "; overdue: its window closed on %s", long(fc.Due.Latest))
	}
	if end := p.end; addMonths(end, spread).Before(at) {
		fmt.Fprintf(&b, "; the record holds no report published after %s", long(end))
	}
	return b.String()
}

// orderWords describes the queue's order of priority among the
// authorities held up.
const orderWords = "the authorities held up by a suspension or awaiting their first ILACS inspection (from six months before each is due: those judged inadequate first, then those not yet inspected under ILACS, then the rest)"

// months returns days in months of 365.25/12 days.
func months(days int) float64 { return float64(days) / (365.25 / 12) }

// judged describes e's deciding judgement: "good", "requires
// improvement", or for an inspection without overall effectiveness, the
// judgements that decide it.
func judged(e *entry) string {
	if g, ok := e.in.Overall(); ok {
		return g.Canonical().Phrase()
	}
	if e.in.Framework == inspection.ILACS2026 {
		switch e.decides {
		case grade.Inadequate:
			return "inadequate in at least one area (there is no overall effectiveness judgement from April 2026)"
		case grade.Good:
			return "good or outstanding in the impact of leaders and at least two of the three practice judgements (there is no overall effectiveness judgement from April 2026)"
		}
		return "less than good in the impact of leaders or in two of the three practice judgements (there is no overall effectiveness judgement from April 2026)"
	}
	return e.decides.Phrase() + " at worst"
}
