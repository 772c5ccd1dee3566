// Package forecast answers the question every children's services
// analyst is asked: when is our next Ofsted inspection? It forecasts,
// for each English local authority, the kind of its next graded
// inspection of children's services and a window for its first day on
// site, as known on any day, from the rules of Ofsted's framework and the
// record of inspections; and it tests the forecasts on what happened.
//
//	f, ok := forecast.For(r, authority.MustLookup("Portsmouth"), day)
//	fmt.Println(f.Kind, f.Earliest, f.Likely, f.Latest, f.Overdue)
//	fmt.Println(f.Basis) // the reasons, in words
//
// # The rules
//
// The inspection of local authority children's services (ILACS, from
// January 2018) decides the kind of the next inspection by the last
// judgement, and its timing by the anniversary:
//
//   - after good or outstanding, a short inspection (one week on site);
//   - after requires improvement to be good, a standard inspection (two
//     weeks);
//   - after inadequate, monitoring visits, quarterly, and then a standard
//     re-inspection;
//   - an authority with no judgement yet (one newly created) has a
//     standard inspection;
//   - focused visits come in between; they are not graded, and not
//     forecast;
//   - the next inspection usually falls "between six months before and
//     six months after the three year anniversary of the previous
//     inspection"; a re-inspection after inadequate comes when the
//     monitoring is done, which the forecaster measures as the median
//     time to re-inspection in the record (two years while there is none
//     to measure).
//
// The first ILACS inspection after one under the single inspection
// framework follows the same rules, from the SIF's judgement. From April
// 2026 ILACS makes no overall effectiveness judgement, and the other
// judgements decide: a short inspection follows if the impact of leaders
// and at least two of the three practice judgements (help and protection,
// children in care, care leavers) are good or outstanding, a standard
// inspection otherwise, and monitoring and a re-inspection if any
// judgement is inadequate. The first half is Ofsted's rule for a focused
// visit before the next short inspection as a third party reports it,
// unconfirmed against Ofsted's text; the second is how overall
// effectiveness followed an inadequate judgement in 2018-2025 (always
// for a practice judgement, 25 times in 29 for the impact of leaders).
// The source of each rule is quoted in the code.
//
// # Suspensions
//
// Ofsted suspended routine inspection on 17 March 2020, for the COVID-19
// pandemic, and resumed it on 20 September 2021 ([Suspensions] gives the
// calendar and Ofsted's announcements). A suspension stops the clock:
// an inspection due after it began is due later by the days suspended.
//
// # Ofsted's queue
//
// The rules say when each authority is due; Ofsted's pace says when it
// gets there. The forecaster runs Ofsted's queue forward from the day of
// the forecast: each week Ofsted begins as many inspections as its pace
// allows, none while routine inspection is suspended, and the week it
// reaches an authority is the forecast's [Window.Likely]; the window is
// six months either side.
//
// An authority's turn comes on the day it is due, or, if later, a cycle
// after its last inspection: the time Ofsted takes, at its pace, to
// inspect every authority once. At fewer inspections a year than the
// authorities over three, Ofsted cannot keep to the anniversary, and
// every authority waits longer; the cycle says how much longer.
//
// After the suspension of 2020-21 Ofsted could not inspect at once all
// who had fallen due, and worked through them in the order of priority it
// announced on its return: authorities judged inadequate first, then
// those not yet inspected under ILACS, then the rest, the longest waiting
// first. That order, and a start six months before the turn (the opening
// of the framework's window: an authority held up is behind already),
// apply to the authorities held up, whose clock a suspension stopped or
// which await their first ILACS inspection. Any other authority is
// reached on its turn or later, whatever its last grade: Ofsted aims at
// the anniversary, the middle of the framework's window.
//
// The forecaster measures what it needs from the record as known on the
// day, and from nothing later: Ofsted's pace, as the graded inspections
// of the last three years of routine inspection, but none before the
// latest return from a suspension once the record holds 20 since it
// (Ofsted's pace after a suspension is not its pace before); the delay
// of publication, as the median time from first day on site to report;
// and the time to re-inspect an inadequate authority. Many inspections
// begun within the delay are not yet published, so the queue starts that
// much before the day: a forecast may say an inspection has probably
// begun.
//
// An authority whose window under the rules ([Forecast.Due], moved by the
// suspensions) has closed with no inspection known is overdue
// ([Forecast.Overdue]), and the queue reaches it as soon as its turn and
// Ofsted's pace allow. [Forecast.Basis] says all of this for each
// authority in words.
//
// # Known on a day
//
// A forecast as at a day reads the inspections whose reports were
// published on or before it; a record without a publication date counts
// from its date, its first day on site, as [authority.AsAt] counts it.
// Where the register holds no report published in the six months before
// the day, the forecast says so: a register that stops short of the day
// shows Ofsted slower than it was.
//
// # Testing the forecasts
//
// [Backtest] forecasts the second of every consecutive pair of graded
// ILACS inspections in a register as known the day after the first was
// published, and returns each [Trial] with what happened; [Compare] sets
// forecasts against the inspections of another register, such as reports
// published since; [Tally] scores a list of trials ([Score]): how often
// the next inspection began inside the window, how wide the windows were,
// how often the kind was right, and how often the plain rule, three years
// give or take six months, would have held. Every quantity a backtest's
// forecast measures comes from the inspections published by its day, so
// that each could have been made on that day.
package forecast
