package forecast

import (
	"fmt"
	"time"

	"github.com/childrens-services/judgements/inspection"
)

// A Window is when an inspection is expected to begin: from Earliest to
// Latest, both days included, most likely on Likely. The zero Window is
// no window: it contains no day.
type Window struct {
	Earliest inspection.Date // the first day it may begin
	Likely   inspection.Date // the day it most likely begins
	Latest   inspection.Date // the last day it may begin
}

// around returns the window of spread months either side of d.
func around(d inspection.Date) Window {
	return Window{Earliest: addMonths(d, -spread), Likely: d, Latest: addMonths(d, spread)}
}

// Contains reports whether day d is in w, from Earliest to Latest.
func (w Window) Contains(d inspection.Date) bool {
	return !w.Earliest.IsZero() && !d.Before(w.Earliest) && !d.After(w.Latest)
}

// Months returns the width of w in calendar months, from Earliest to
// Latest: 12 for 15 January 2023 to 15 January 2024, with part of a month
// counted by its days. It is 0 for the zero Window.
func (w Window) Months() float64 {
	if w.Earliest.IsZero() || w.Latest.Before(w.Earliest) {
		return 0
	}
	return monthsBetween(w.Earliest, w.Latest)
}

// String returns the window as "2023-03-06 (2022-09-06 to 2023-09-06)":
// the likely day, then the first and last; "no window" for the zero
// Window.
func (w Window) String() string {
	if w == (Window{}) {
		return "no window"
	}
	return fmt.Sprintf("%s (%s to %s)", w.Likely, w.Earliest, w.Latest)
}

// addMonths returns d moved n calendar months, keeping its day of the
// month where the month has it and taking the month's last day where not:
// 31 August less six months is 28 (or 29) February.
func addMonths(d inspection.Date, n int) inspection.Date {
	m := int(d.Month) - 1 + n
	y := d.Year + m/12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	day := min(d.Day, daysIn(y, time.Month(m+1)))
	return inspection.Date{Year: y, Month: time.Month(m + 1), Day: day}
}

// addYears returns d moved n years, 29 February becoming 28 February in a
// year without it.
func addYears(d inspection.Date, n int) inspection.Date { return addMonths(d, 12*n) }

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// monthsBetween returns the calendar months from a to b (a not after b):
// the whole months, and the days left over as a share of the month that
// follows them.
func monthsBetween(a, b inspection.Date) float64 {
	n := (b.Year-a.Year)*12 + int(b.Month) - int(a.Month)
	if addMonths(a, n).After(b) {
		n--
	}
	from := addMonths(a, n)
	next := addMonths(a, n+1)
	return float64(n) + float64(b.DaysSince(from))/float64(next.DaysSince(from))
}

// long writes d in words, as reports do: "3 September 2018".
func long(d inspection.Date) string {
	return fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year)
}
