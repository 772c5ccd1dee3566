package inspection_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/childrens-services/judgements/inspection"
)

func d(y int, m time.Month, day int) inspection.Date {
	return inspection.Date{Year: y, Month: m, Day: day}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want inspection.Date
	}{
		{"2023-05-15", d(2023, 5, 15)},
		{"15/05/2023", d(2023, 5, 15)}, // official statistics
		{"5/1/2023", d(2023, 1, 5)},
		{"15 May 2023", d(2023, 5, 15)},
		{"15th May 2023", d(2023, 5, 15)},
		{"Monday 15 May 2023", d(2023, 5, 15)},
		{"15 Nov 2017", d(2017, 11, 15)},
		{"1 Sept 2015", d(2015, 9, 1)},
		{"May 15, 2023", d(2023, 5, 15)},
		{"  9 December 2009 ", d(2009, 12, 9)},
		{"29 February 2024", d(2024, 2, 29)},
	}
	for _, tt := range tests {
		got, err := inspection.ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{
		"", "May 2023", "15 May", "31 June 2023", "29 February 2023", "2023-13-01", "15/05/23",
		"32/01/2023", "fifteen May 2023", "15 Mayo 2023", "15 May 2023 and more", "99999999999 May 2023",
		"-100-01-01", "+100-01-01", "0000-01-01", "-1/01/2023",
	} {
		got, err := inspection.ParseDate(in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want error", in, got)
			continue
		}
		if !errors.Is(err, inspection.ErrDate) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrDate", in, err)
		}
		if te, ok := errors.AsType[*inspection.TextError](err); !ok || te.Input != in || te.Type != "date" {
			t.Errorf("ParseDate(%q) error %#v", in, err)
		}
	}
}

func TestParseDateRange(t *testing.T) {
	tests := []struct {
		in         string
		start, end inspection.Date
	}{
		{"15 to 19 May 2023", d(2023, 5, 15), d(2023, 5, 19)},
		{"13 November 2017 to 24 November 2017", d(2017, 11, 13), d(2017, 11, 24)},
		{"9–24 November 2017", d(2017, 11, 9), d(2017, 11, 24)},
		{"9 – 24 November 2017", d(2017, 11, 9), d(2017, 11, 24)},
		{"15 June 2015 – 17 June 2015", d(2015, 6, 15), d(2015, 6, 17)},
		{"11 May to 22 May 2026", d(2026, 5, 11), d(2026, 5, 22)},
		{"29 April – 22 May 2014", d(2014, 4, 29), d(2014, 5, 22)},
		{"18 November – 10 December 2014", d(2014, 11, 18), d(2014, 12, 10)},
		{"30 November 2015 – 7 January 2016", d(2015, 11, 30), d(2016, 1, 7)},
		{"28 December – 8 January 2016", d(2015, 12, 28), d(2016, 1, 8)}, // year end, first year not printed
		{"8 – 12 July 2013", d(2013, 7, 8), d(2013, 7, 12)},
		{"15-19 July 2013", d(2013, 7, 15), d(2013, 7, 19)},
		{"10 and 11 November 2009", d(2009, 11, 10), d(2009, 11, 11)},
		{"15/05/2023 to 19/05/2023", d(2023, 5, 15), d(2023, 5, 19)},
		{"28 July 2016", d(2016, 7, 28), d(2016, 7, 28)}, // one day
		{"2023-05-15", d(2023, 5, 15), d(2023, 5, 15)},
		{"15 to\n19 May 2023", d(2023, 5, 15), d(2023, 5, 19)}, // wrapped
	}
	for _, tt := range tests {
		start, end, err := inspection.ParseDateRange(tt.in)
		if err != nil || start != tt.start || end != tt.end {
			t.Errorf("ParseDateRange(%q) = %v, %v, %v; want %v, %v", tt.in, start, end, err, tt.start, tt.end)
		}
	}
}

func TestParseDateRangeErrors(t *testing.T) {
	for _, in := range []string{
		"", "19 to 15 May 2023", "15 to 19 May", "31 to 19 June 2023", "to 19 May 2023",
		"15 May 2023 to", "during May 2023", "15 to 19 Smarch 2023",
	} {
		s, e, err := inspection.ParseDateRange(in)
		if err == nil || !errors.Is(err, inspection.ErrDate) {
			t.Errorf("ParseDateRange(%q) = %v, %v, %v; want an ErrDate error", in, s, e, err)
		}
	}
}

func TestDateMethods(t *testing.T) {
	a, b := d(2023, 5, 15), d(2023, 5, 19)
	if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Error("Compare")
	}
	if !a.Before(b) || !b.After(a) || a.After(b) {
		t.Error("Before/After")
	}
	if (inspection.Date{}).Compare(a) != -1 {
		t.Error("zero Date should sort first")
	}
	if got := b.DaysSince(a); got != 4 {
		t.Errorf("DaysSince = %d, want 4", got)
	}
	if got := d(2023, 12, 30).AddDays(3); got != d(2024, 1, 2) {
		t.Errorf("AddDays = %v", got)
	}
	if got := inspection.DateOf(time.Date(2023, 5, 15, 23, 0, 0, 0, time.UTC)); got != a {
		t.Errorf("DateOf = %v", got)
	}
	if got := a.String(); got != "2023-05-15" {
		t.Errorf("String = %q", got)
	}
	if got := (inspection.Date{}).String(); got != "" {
		t.Errorf("zero String = %q", got)
	}
	if (inspection.Date{}).IsValid() || d(2023, 2, 29).IsValid() || !d(2024, 2, 29).IsValid() {
		t.Error("IsValid")
	}
	if _, err := d(2023, 2, 30).MarshalText(); err == nil {
		t.Error("MarshalText of an invalid date succeeded")
	}
}

func TestDateJSON(t *testing.T) {
	type v struct {
		D inspection.Date `json:"d,omitzero"`
	}
	for _, tt := range []struct {
		in   v
		json string
	}{
		{v{d(2023, 5, 15)}, `{"d":"2023-05-15"}`},
		{v{}, `{}`},
	} {
		b, err := json.Marshal(tt.in)
		if err != nil || string(b) != tt.json {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.in, b, err, tt.json)
		}
		var out v
		if err := json.Unmarshal(b, &out); err != nil || out != tt.in {
			t.Errorf("Unmarshal(%s) = %v, %v", b, out, err)
		}
	}
	var out v
	if err := json.Unmarshal([]byte(`{"d":"2023-02-30"}`), &out); err == nil {
		t.Error("Unmarshal accepted 2023-02-30")
	}
}
