package report

import (
	"testing"
	"time"

	"github.com/childrens-services/judgements/inspection"
)

func day(y int, m time.Month, d int) inspection.Date {
	return inspection.Date{Year: y, Month: m, Day: d}
}

func TestReadDateRanges(t *testing.T) {
	for _, tt := range []struct {
		in         string
		start, end inspection.Date
		days       int
	}{
		{"15 to 19 May 2023", day(2023, 5, 15), day(2023, 5, 19), 5},
		{"8 October 2018 to 19 October 2018", day(2018, 10, 8), day(2018, 10, 19), 12},
		// Two periods on site, in the forms reports print them.
		{"30 September to 11 October 2024 and 13 to 16 January 2025", day(2024, 9, 30), day(2025, 1, 16), 12 + 4},
		{"30 September to 4 October and 14 to 18 October 2024", day(2024, 9, 30), day(2024, 10, 18), 5 + 5},
		{"2 to 4 and 14 to 17 October 2024", day(2024, 10, 2), day(2024, 10, 17), 3 + 4},
		{"2-4 October and 14-17 October 2024", day(2024, 10, 2), day(2024, 10, 17), 3 + 4},
		{"2 – 4 October 2024 and 14 – 17 October 2024", day(2024, 10, 2), day(2024, 10, 17), 3 + 4},
		{"8 to 12 December and 5 to 9 January 2025", day(2024, 12, 8), day(2025, 1, 9), 5 + 5},
		{"30 September to 4 October AND 14 to 18 October 2024", day(2024, 9, 30), day(2024, 10, 18), 5 + 5},
	} {
		start, end, days, err := readDateRanges(tt.in)
		if err != nil || start != tt.start || end != tt.end || days != tt.days {
			t.Errorf("readDateRanges(%q) = %v, %v, %d, %v; want %v, %v, %d", tt.in, start, end, days, err, tt.start, tt.end, tt.days)
		}
	}
	for _, in := range []string{"", "soon", "14 to 18 October 2024 and later", "14 to 18 October 2024 and 2 to 4 October 2024"} {
		if start, end, _, err := readDateRanges(in); err == nil {
			t.Errorf("readDateRanges(%q) = %v, %v, want an error", in, start, end)
		}
	}
}

func TestDatesGoOn(t *testing.T) {
	for _, tt := range []struct {
		v, next string
		want    bool
	}{
		{"30 September to 4 October and", "14 to 18 October 2024", true},
		{"30 September to 4 October and 14", "to 18 October 2024", true},
		{"30 September to 4 October 2024", "and 14 to 18 October 2024", true},
		{"30 September to 4 October 2024", "Lead inspector: Sam Sample", false},
		{"15 to 19 May 2023", "", false},
	} {
		if got := datesGoOn(tt.v, tt.next); got != tt.want {
			t.Errorf("datesGoOn(%q, %q) = %v, want %v", tt.v, tt.next, got, tt.want)
		}
	}
}

func TestReadLeadInspector(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Lead inspector: Christine Kennet, His Majesty’s Inspector", "Christine Kennet"},
		{"Lead inspector: Neil Penswick HMI", "Neil Penswick"},
		{"Reporting inspector Gary Lamb HMI", "Gary Lamb"},
		{"Lead inspector: John Mitchell, Senior HMI", "John Mitchell"},
		{"Lead inspector: Marie McGuinness Senior HMI", "Marie McGuinness"},
		{"Lead inspector: Helen Cawston HMI.", "Helen Cawston"},
		{"Lead inspector: Sam Sample (HMI)", "Sam Sample"},
		{"Lead inspector on site: Pietro Battista", "Pietro Battista"},
		{"Lead inspector:\n\nAnne Waterman", "Anne Waterman"},
		{"Lead inspectors: Rebecca Quested, His Majesty’s Inspector, and Matthew Reed,\nHis Majesty’s Inspector", "Rebecca Quested and Matthew Reed"},
		{"Lead inspectors: Ann Example HMI and Bob Example HMI", "Ann Example and Bob Example"},
	} {
		lines, _ := splitLines(tt.text)
		if got := readLeadInspector(lines, 0); got != tt.want {
			t.Errorf("readLeadInspector(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
