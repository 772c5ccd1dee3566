package forecast

import (
	"math"
	"testing"

	"github.com/childrens-services/judgements/inspection"
)

func day(s string) inspection.Date {
	d, err := inspection.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		d    string
		n    int
		want string
	}{
		{"2023-05-15", 6, "2023-11-15"},
		{"2023-05-15", -6, "2022-11-15"},
		{"2023-08-31", -6, "2023-02-28"}, // the month's last day
		{"2023-08-31", 6, "2024-02-29"},  // a leap year
		{"2024-02-29", 12, "2025-02-28"},
		{"2021-01-31", 1, "2021-02-28"},
		{"2020-01-15", -13, "2018-12-15"},
		{"2020-12-15", 1, "2021-01-15"},
		{"2020-01-15", 0, "2020-01-15"},
	}
	for _, tt := range tests {
		if got := addMonths(day(tt.d), tt.n); got != day(tt.want) {
			t.Errorf("addMonths(%s, %d) = %s, want %s", tt.d, tt.n, got, tt.want)
		}
	}
	if got := addYears(day("2018-09-03"), 3); got != day("2021-09-03") {
		t.Errorf("addYears(2018-09-03, 3) = %s", got)
	}
}

func TestWindowMonths(t *testing.T) {
	tests := []struct {
		w    Window
		want float64
	}{
		{around(day("2023-05-15")), 12},
		{around(day("2024-02-29")), 12},          // spans no 29 February but the month ends: 2023-08-29 to 2024-08-29
		{around(day("2023-12-01")), 12},          // spans 29 February 2024
		{around(day("2023-08-31")), 12 + 1.0/29}, // 2023-02-28 to 2024-02-29: a month's end is kept, one day over
		{Window{Earliest: day("2023-01-01"), Latest: day("2023-01-16")}, 15.0 / 31},
		{Window{Earliest: day("2023-01-31"), Latest: day("2023-03-01")}, 1 + 1.0/31}, // 31 January + 1 month is 28 February, + 2 is 31 March
		{Window{}, 0},
	}
	for _, tt := range tests {
		if got := tt.w.Months(); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%v.Months() = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestWindowContains(t *testing.T) {
	w := around(day("2023-05-15"))
	for _, tt := range []struct {
		d    string
		want bool
	}{
		{"2022-11-14", false},
		{"2022-11-15", true},
		{"2023-05-15", true},
		{"2023-11-15", true},
		{"2023-11-16", false},
	} {
		if got := w.Contains(day(tt.d)); got != tt.want {
			t.Errorf("%v.Contains(%s) = %v, want %v", w, tt.d, got, tt.want)
		}
	}
	if (Window{}).Contains(inspection.Date{}) {
		t.Error("the zero Window contains the zero Date")
	}
	if got, want := w.String(), "2023-05-15 (2022-11-15 to 2023-11-15)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := (Window{}).String(); got != "no window" {
		t.Errorf("zero String() = %q", got)
	}
}

func TestSuspended(t *testing.T) {
	for _, tt := range []struct {
		d    string
		want bool
	}{
		{"2020-03-16", false},
		{"2020-03-17", true},
		{"2021-06-28", true},
		{"2021-09-19", true},
		{"2021-09-20", false},
	} {
		if got := suspended(day(tt.d)); got != tt.want {
			t.Errorf("suspended(%s) = %v, want %v", tt.d, got, tt.want)
		}
	}
}

func TestPostpone(t *testing.T) {
	full := day("2021-09-20").DaysSince(day("2020-03-17")) // 552
	tests := []struct {
		name      string
		from, due string
		moved     int
	}{
		{"before the suspension, due after it began", "2018-09-03", "2021-09-03", full},
		{"due on its first day", "2017-03-17", "2020-03-17", full},
		{"due the day before", "2017-03-16", "2020-03-16", 0},
		{"inspected during it", "2021-06-28", "2024-06-28", day("2021-09-20").DaysSince(day("2021-06-28"))},
		{"inspected after it", "2021-09-20", "2024-09-20", 0},
	}
	for _, tt := range tests {
		got, crossed := postpone(day(tt.from), day(tt.due))
		if n := got.DaysSince(day(tt.due)); n != tt.moved || (n > 0) != (len(crossed) > 0) {
			t.Errorf("%s: postpone(%s, %s) = %s, %d crossed; moved %d days, want %d", tt.name, tt.from, tt.due, got, len(crossed), n, tt.moved)
		}
	}
}

func TestSuspensionsCopy(t *testing.T) {
	s := Suspensions()
	if len(s) != 1 || s[0].From != day("2020-03-17") || s[0].Resumed != day("2021-09-20") || s[0].Source == "" {
		t.Fatalf("Suspensions() = %+v", s)
	}
	s[0].From = inspection.Date{}
	if Suspensions()[0].From.IsZero() {
		t.Error("Suspensions() shares its calendar with the caller")
	}
}
