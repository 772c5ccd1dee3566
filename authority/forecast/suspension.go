package forecast

import (
	"slices"

	"github.com/childrens-services/judgements/inspection"
)

// A Suspension is a period in which Ofsted suspended the routine
// inspection of local authority children's services, from From to the day
// before Resumed. Inspections due in it were put off: the forecaster
// stops an authority's clock for the time suspended, and Ofsted's queue
// inspects no one (see the package documentation).
type Suspension struct {
	From    inspection.Date // the first day routine inspection was suspended
	Resumed inspection.Date // the first day of routine inspection again
	Source  string          // Ofsted's announcements, quoted
}

// suspensions is the calendar of suspensions, oldest first.
var suspensions = []Suspension{{
	From:    inspection.Date{Year: 2020, Month: 3, Day: 17},
	Resumed: inspection.Date{Year: 2021, Month: 9, Day: 20},
	Source: `The COVID-19 pandemic. Ofsted, 17 March 2020 (message of Yvette Stanley, ` +
		`National Director of Social Care; news "Ofsted suspends all routine inspections"): ` +
		`"Today, the Secretary of State has allowed Her Majesty's Chief Inspector to temporarily ` +
		`suspend all routine inspections of schools, further education, early years and social ` +
		`care providers." Ofsted, July 2020 ("Ofsted to visit local authorities and children's ` +
		`social care providers"): visits from September 2020, not graded, "initially until the ` +
		`end of December 2020"; "Full inspections of local authorities will not resume until ` +
		`January 2021 at the earliest". The visits paused in the lockdown from 5 November 2020 ` +
		`(Cumbria County Council, minutes, November 2020). Children and Young People Now, 27 ` +
		`April 2021 (Yvette Stanley): a phased return, "we'll prioritise places rated ` +
		`'inadequate', or where we have concerns"; monitoring visits to all inadequate ` +
		`authorities again by the end of May 2021; focused visits: "Fieldwork will start in June ` +
		`at the earliest." Ofsted announced no date for routine inspection to resume that we ` +
		`found; its official statistics (local authority inspection outcomes as at 31 March ` +
		`2025, ILACS inspection history) date the return: the last graded inspection before the ` +
		`suspension began on 9 March 2020; the first after it on 28 June 2021 (Sunderland, ` +
		`judged inadequate at its last inspection); routine inspections again from 20 ` +
		`September 2021.`,
}}

// Suspensions returns the calendar of Ofsted's suspensions of routine
// inspection of local authority children's services, oldest first, with
// their sources: one, for the COVID-19 pandemic, from 17 March 2020 to
// the return of routine inspection on 20 September 2021.
func Suspensions() []Suspension { return slices.Clone(suspensions) }

// suspended reports whether routine inspection was suspended on day d.
func suspended(d inspection.Date) bool {
	for _, s := range suspensions {
		if !d.Before(s.From) && d.Before(s.Resumed) {
			return true
		}
	}
	return false
}

// postpone returns the day an inspection due on due is due once the
// suspensions after from have stopped the clock, and the suspensions that
// moved it: each suspension that begins on or before the due day (as
// moved by earlier suspensions) and ends after from moves it later by the
// days suspended after from.
func postpone(from, due inspection.Date) (inspection.Date, []Suspension) {
	var crossed []Suspension
	for _, s := range suspensions {
		if !from.Before(s.Resumed) || due.Before(s.From) {
			continue
		}
		start := s.From
		if from.After(start) {
			start = from
		}
		due = due.AddDays(s.Resumed.DaysSince(start))
		crossed = append(crossed, s)
	}
	return due, crossed
}
