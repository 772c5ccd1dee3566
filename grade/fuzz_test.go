package grade_test

import (
	"errors"
	"testing"

	"github.com/childrens-services/judgements/grade"
)

// FuzzParse checks that Parse never panics, that it returns either a grade
// (or the zero Grade for "not judged") and no error, or the zero Grade and
// a *ParseError; and that what it returns survives String and the text
// codec.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Outstanding", "Good", "Requires improvement to be good", "Requires improvement to\n be good",
		"require improvement", "Adequate", "Inadequate.", "‘good’", "3", "Not judged", "", " ", "excellent",
		"requires\u00a0improvement", "\xe2\x80", "\xc2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := grade.Parse(s)
		if err != nil {
			if g != 0 {
				t.Fatalf("Parse(%q) = %v with error %v", s, g, err)
			}
			if _, ok := errors.AsType[*grade.ParseError](err); !ok {
				t.Fatalf("Parse(%q) error %T", s, err)
			}
			if !errors.Is(err, grade.ErrEmpty) && !errors.Is(err, grade.ErrUnknown) {
				t.Fatalf("Parse(%q) error %v wraps no sentinel", s, err)
			}
			return
		}
		if g != 0 && !g.IsValid() {
			t.Fatalf("Parse(%q) = invalid %d", s, g)
		}
		if g2, err := grade.Parse(g.String()); err != nil || g2 != g {
			t.Fatalf("Parse(%v.String()) = %v, %v", g, g2, err)
		}
		b, err := g.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText(): %v", g, err)
		}
		var g3 grade.Grade
		if err := g3.UnmarshalText(b); err != nil || g3 != g {
			t.Fatalf("text round trip of %v: %v, %v", g, g3, err)
		}
	})
}

// FuzzParseRating checks ParseRating in the same way.
func FuzzParseRating(f *testing.F) {
	for _, s := range []string{"performs excellently", "Performing well", "4", "", "good"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := grade.ParseRating(s)
		if err != nil {
			if r != 0 || !(errors.Is(err, grade.ErrEmpty) || errors.Is(err, grade.ErrUnknown)) {
				t.Fatalf("ParseRating(%q) = %v, %v", s, r, err)
			}
			return
		}
		if !r.IsValid() {
			t.Fatalf("ParseRating(%q) = invalid %d", s, r)
		}
		if r2, err := grade.ParseRating(r.String()); err != nil || r2 != r {
			t.Fatalf("round trip of %v: %v, %v", r, r2, err)
		}
	})
}
