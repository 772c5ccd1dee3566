package inspection

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/childrens-services/judgements/internal/enum"
)

// A Date is a calendar day with no clock and no time zone: the day an
// inspection started or ended, or a report was published. It is a plain
// comparable value; prefer [Date.Compare] to comparing fields.
//
// The zero Date (year 0, month 0, day 0) means "not known"; it is not
// valid, and it encodes as empty text.
type Date struct {
	Year  int        // year, such as 2023
	Month time.Month // month of the year, January = 1
	Day   int        // day of the month, starting at 1
}

// DateOf returns the Date on which t falls, in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsValid reports whether d is a real day of the Gregorian calendar in
// the years 1 to 9999, which the text form YYYY-MM-DD can write.
func (d Date) IsValid() bool {
	return 1 <= d.Year && d.Year <= 9999 && d.Month >= time.January && d.Month <= time.December && d.Day >= 1 && d.Day <= daysIn(d.Month, d.Year)
}

// daysIn returns the number of days in month m of year y, by the rules of
// the proleptic Gregorian calendar.
func daysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// IsZero reports whether d is the zero Date. encoding/json's omitzero
// option uses it.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendISO(nil))
}

func (d Date) appendISO(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Compare returns -1 if d is before e, +1 if d is after e, and 0 if they
// are the same day. The zero Date is before every other.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	}
	return cmpInt(d.Day, e.Day)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the date n days after d (before d if n is negative).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// DaysSince returns the number of days from e to d: positive if d is after
// e.
func (d Date) DaysSince(e Date) int {
	return int(d.Time().Sub(e.Time()).Hours() / 24)
}

// MarshalText implements [encoding.TextMarshaler]: YYYY-MM-DD, and empty
// text for the zero Date. It returns an error for a Date that is neither
// zero nor valid.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.IsValid() {
		return nil, fmt.Errorf("inspection: cannot marshal invalid date %04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return d.appendISO(nil), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [ParseDate] accepts, and empty text for the zero Date.
func (d *Date) UnmarshalText(text []byte) error { return enum.UnmarshalText(text, d, ParseDate) }

// ErrDate is wrapped by the *[TextError] of every failure of [ParseDate]
// and [ParseDateRange], with the reason, such as "day out of range".
var ErrDate = errors.New("not a date")

// dateError returns the error of a failure to read the date s: a
// *TextError whose reason wraps ErrDate.
func dateError(s, reason string) error {
	return &TextError{Type: "date", Input: s, Err: dateReason(reason)}
}

// A dateReason says why text is not a date, and wraps ErrDate.
type dateReason string

func (r dateReason) Error() string { return string(r) }

func (r dateReason) Unwrap() error { return ErrDate }

// ParseDate reads one date in any of the forms Ofsted's reports and data
// files print:
//
//	2023-05-15          ISO 8601 (this package's text form)
//	15/05/2023          dd/mm/yyyy, as in Ofsted's official statistics
//	15 May 2023         reports; also "15th May 2023" and "Monday 15 May 2023"
//	May 15, 2023        rarely, in news text
//
// Month names may be abbreviated ("15 Nov 2017") and any case. The day must
// exist: "31 June 2023" is an error wrapping [ErrDate].
func ParseDate(s string) (Date, error) {
	d, ok, reason := parseOne(s)
	if !ok {
		return Date{}, dateError(s, reason)
	}
	return d, nil
}

// ParseDateRange reads the inspection dates a report prints and returns
// the first and last day. It accepts a single date (start and end the same)
// and a range whose first date may leave out what the second states:
//
//	15 to 19 May 2023
//	9–24 November 2017                     en dash, with or without spaces
//	13 November 2017 to 24 November 2017
//	15 June 2015 – 17 June 2015
//	11 May to 22 May 2026
//	29 April – 22 May 2014
//	30 November 2015 – 7 January 2016
//	10 and 11 November 2009                the 2009 unannounced visits
//	15/05/2023 to 19/05/2023
//
// Ranges that cross a year end without printing the first year ("30
// November – 11 December 2015" is fine; "28 December – 8 January 2016") take
// the year before. The start must not be after the end.
func ParseDateRange(s string) (start, end Date, err error) {
	left, right, ok := splitRange(oneSpaced(s))
	if !ok {
		d, err := ParseDate(s)
		return d, d, err
	}
	end, ok, reason := parseOne(right)
	if !ok {
		return Date{}, Date{}, dateError(s, "end: "+reason)
	}
	f := dateFields(left)
	switch {
	case len(f) == 1 && f[0].num > 0: // "15"
		start = Date{end.Year, end.Month, f[0].num}
	case len(f) == 2 && f[0].num > 0 && f[1].month > 0: // "29 April"
		start = Date{end.Year, f[1].month, f[0].num}
		if start.After(end) {
			start.Year--
		}
	default:
		var reason string
		start, ok, reason = parseOne(left)
		if !ok {
			return Date{}, Date{}, dateError(s, "start: "+reason)
		}
	}
	if !start.IsValid() {
		return Date{}, Date{}, dateError(s, "start: day out of range")
	}
	if start.After(end) {
		return Date{}, Date{}, dateError(s, "start after end")
	}
	return start, end, nil
}

// oneSpaced returns s with each run of white space made one space, and
// none at either end; it allocates only when s needs changing.
func oneSpaced(s string) string {
	clean := len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; clean && i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\r', '\f', '\v':
			clean = false
		case ' ':
			clean = i+1 < len(s) && s[i+1] != ' '
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// splitRange cuts s at its range separator: "to", "and", "until", or a
// dash (hyphen, en dash, em dash) not inside a numeric date.
func splitRange(s string) (left, right string, ok bool) {
	for _, word := range []string{" to ", " and ", " until ", " till "} {
		if i := indexFold(s, word); i >= 0 {
			return s[:i], s[i+len(word):], true
		}
	}
	for i, r := range s {
		if r == '–' || r == '—' || r == '−' || (r == '-' && !isISODash(s, i)) {
			return s[:i], s[i+utf8.RuneLen(r):], true
		}
	}
	return "", "", false
}

// isISODash reports whether the hyphen at s[i] is inside a date written
// YYYY-MM-DD, rather than between two dates.
func isISODash(s string, i int) bool {
	start := i
	for start > 0 && s[start-1] != ' ' {
		start--
	}
	end := i
	for end < len(s) && s[end] != ' ' {
		end++
	}
	tok := s[start:end]
	return len(tok) == 10 && tok[4] == '-' && tok[7] == '-'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digits returns the number s writes in decimal digits alone (no sign),
// and false if s is empty, longer than nine digits, or has another byte.
func digits(s string) (int, bool) {
	if len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, s != ""
}

// indexFold returns the index of the first instance of sub in s, ignoring
// ASCII case, or -1. sub starts with a byte that has no case (a space).
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if s[i] == sub[0] && strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// A dateField is a number or a month name from a written date.
type dateField struct {
	num   int        // a number, or 0
	month time.Month // a month name, or 0
}

// dateFields splits written text into numbers and month names, dropping
// ordinal suffixes, weekday names, commas and other punctuation.
func dateFields(s string) []dateField {
	var out []dateField
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if w[0] >= '0' && w[0] <= '9' {
			i := 0
			for i < len(w) && isDigit(w[i]) {
				i++
			}
			if suffix := strings.ToLower(w[i:]); suffix != "" && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
				return nil
			}
			if i > 9 {
				return nil
			}
			n, _ := strconv.Atoi(w[:i])
			out = append(out, dateField{num: n})
			continue
		}
		if m := monthNamed(w); m != 0 {
			out = append(out, dateField{month: m})
			continue
		}
		if isWeekday(w) {
			continue
		}
		return nil // a word that is not part of a date
	}
	return out
}

// monthNamed returns the month w names in full or by its first three
// letters ("Nov"; also "Sept"), ignoring case, or 0.
func monthNamed(w string) time.Month {
	if len(w) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		switch {
		case strings.EqualFold(w, name):
			return m
		case len(w) == 3 && strings.EqualFold(w, name[:3]):
			return m
		case m == time.September && strings.EqualFold(w, "sept"):
			return m
		}
	}
	return 0
}

func isWeekday(w string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(w, d.String()) {
			return true
		}
	}
	return false
}

// parseOne reads a single full date, reporting why not if it cannot.
func parseOne(s string) (Date, bool, string) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Date{}, false, "empty"
	}
	var d Date
	switch {
	case len(t) == 10 && t[4] == '-' && t[7] == '-':
		y, ok1 := digits(t[:4])
		m, ok2 := digits(t[5:7])
		dd, ok3 := digits(t[8:])
		if !ok1 || !ok2 || !ok3 {
			return Date{}, false, "not YYYY-MM-DD"
		}
		d = Date{y, time.Month(m), dd}
	case strings.Count(t, "/") == 2:
		parts := strings.Split(t, "/")
		dd, ok1 := digits(strings.TrimSpace(parts[0]))
		m, ok2 := digits(strings.TrimSpace(parts[1]))
		y, ok3 := digits(strings.TrimSpace(parts[2]))
		if !ok1 || !ok2 || !ok3 || len(strings.TrimSpace(parts[2])) != 4 {
			return Date{}, false, "not dd/mm/yyyy"
		}
		d = Date{y, time.Month(m), dd}
	default:
		f := dateFields(t)
		switch {
		case len(f) == 3 && f[0].num > 0 && f[1].month > 0 && f[2].num > 0: // 15 May 2023
			d = Date{f[2].num, f[1].month, f[0].num}
		case len(f) == 3 && f[0].month > 0 && f[1].num > 0 && f[2].num > 0: // May 15, 2023
			d = Date{f[2].num, f[0].month, f[1].num}
		case len(f) == 2 && f[0].num > 0 && f[1].month > 0:
			return Date{}, false, "no year"
		default:
			return Date{}, false, "not a date"
		}
		if d.Year < 1000 || d.Year > 9999 {
			return Date{}, false, "year out of range"
		}
	}
	if !d.IsValid() {
		return Date{}, false, "day out of range"
	}
	return d, true, ""
}
