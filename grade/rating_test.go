package grade_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/grade"
)

func TestRating(t *testing.T) {
	tests := []struct {
		r     grade.Rating
		score int
		token string
		label string
	}{ // best first
		{grade.PerformsExcellently, 4, "performs-excellently", "Performs excellently"},
		{grade.PerformsWell, 3, "performs-well", "Performs well"},
		{grade.PerformsAdequately, 2, "performs-adequately", "Performs adequately"},
		{grade.PerformsPoorly, 1, "performs-poorly", "Performs poorly"},
		{0, 0, "not rated", "Not rated"}, // as the zero Grade's label is "Not judged"
	}
	for i, tt := range tests {
		if got := tt.r.Score(); got != tt.score {
			t.Errorf("%v.Score() = %d, want %d", tt.r, got, tt.score)
		}
		if got := tt.r.String(); got != tt.token {
			t.Errorf("String() = %q, want %q", got, tt.token)
		}
		if got := tt.r.Label(); got != tt.label {
			t.Errorf("%v.Label() = %q, want %q", tt.r, got, tt.label)
		}
		for j, uu := range tests {
			want := sign(i - j)
			if got := sign(tt.r.Compare(uu.r)); got != want {
				t.Errorf("%v.Compare(%v) sign = %d, want %d", tt.r, uu.r, got, want)
			}
			if tt.r.Better(uu.r) != (want < 0) || tt.r.Worse(uu.r) != (want > 0) {
				t.Errorf("%v.Better/Worse(%v) disagree with Compare", tt.r, uu.r)
			}
		}
		if tt.r == 0 {
			continue
		}
		for _, s := range []string{tt.token, tt.label} {
			if got, err := grade.ParseRating(s); err != nil || got != tt.r {
				t.Errorf("ParseRating(%q) = %v, %v; want %v", s, got, err, tt.r)
			}
		}
		b, err := tt.r.MarshalText()
		if err != nil || string(b) != tt.token {
			t.Errorf("MarshalText() = %q, %v", b, err)
		}
		var r grade.Rating
		if err := r.UnmarshalText(b); err != nil || r != tt.r {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, r, err)
		}
	}
	rs := []grade.Rating{grade.PerformsPoorly, 0, grade.PerformsExcellently, grade.PerformsWell}
	slices.SortFunc(rs, grade.Rating.Compare)
	if diff := cmp.Diff([]grade.Rating{grade.PerformsExcellently, grade.PerformsWell, grade.PerformsPoorly, 0}, rs); diff != "" {
		t.Errorf("sort mismatch (-want +got):\n%s", diff)
	}
	if got := grade.Rating(9).String(); got != "%!Rating(9)" {
		t.Errorf("Rating(9).String() = %q", got)
	}
	if _, err := grade.Rating(9).MarshalText(); err == nil {
		t.Error("Rating(9).MarshalText() succeeded")
	}
}

func TestParseRatingErrors(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want error
	}{
		{"", grade.ErrEmpty},
		{"good", grade.ErrUnknown},     // a grade, not a rating
		{"adequate", grade.ErrUnknown}, // likewise
		{"5", grade.ErrUnknown},
	} {
		_, err := grade.ParseRating(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseRating(%q) error = %v, want %v", tt.in, err, tt.want)
		}
		if pe, ok := errors.AsType[*grade.ParseError](err); !ok || pe.Func != "ParseRating" {
			t.Errorf("ParseRating(%q) error %T %v", tt.in, err, err)
		}
	}
	var r grade.Rating
	if err := r.UnmarshalText(nil); err != nil || r != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v", r, err)
	}
}
