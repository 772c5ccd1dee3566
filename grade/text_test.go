package grade_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/grade"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want grade.Grade
	}{
		{"Outstanding", grade.Outstanding},
		{"outstanding", grade.Outstanding},
		{"OUTSTANDING", grade.Outstanding},
		{"Good", grade.Good},
		{" good ", grade.Good},
		{"Good.", grade.Good},                                          // end of a sentence
		{"‘good’", grade.Good},                                         // curly quotes of prose
		{"'good'", grade.Good},                                         // straight quotes
		{"good:", grade.Good},                                          // heading punctuation
		{"Requires improvement to be good", grade.RequiresImprovement}, // ILACS tables
		{"Requires improvement to\n be good", grade.RequiresImprovement},
		{"Requires improvement to\n                                    be good", grade.RequiresImprovement},
		{"requires\nimprovement", grade.RequiresImprovement},          // SIF layout, cell split over lines
		{"Requires Improvement", grade.RequiresImprovement},           // 59 SIF cells
		{"Require improvement", grade.RequiresImprovement},            // 10 SIF cells
		{"require improvement to be good", grade.RequiresImprovement}, // SIF headline from 2015
		{"requires improvement", grade.RequiresImprovement},           // SIF prose
		{"requires-improvement", grade.RequiresImprovement},           // token
		{"requires\u00a0improvement", grade.RequiresImprovement},      // no-break space
		{"requires \t improvement", grade.RequiresImprovement},        // any white space run
		{"Inadequate", grade.Inadequate},
		{"inadequate.", grade.Inadequate},
		{"Adequate", grade.Adequate}, // 2009-2013 scale
		{"(Adequate)", grade.Adequate},
		{"1", grade.Outstanding}, // Ofsted's numbering
		{"2", grade.Good},
		{"3", grade.RequiresImprovement}, // never Adequate
		{"4", grade.Inadequate},
		{"Not judged", 0}, // City of London 2016: a judgement not made
		{"not  judged", 0},
	}
	for _, tt := range tests {
		got, err := grade.Parse(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, nil", tt.in, got, err, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in      string
		wantErr error
	}{
		{"", grade.ErrEmpty},
		{"   ", grade.ErrEmpty},
		{"\n\t", grade.ErrEmpty},
		{"\u00a0", grade.ErrEmpty},
		{".", grade.ErrUnknown},         // punctuation only is not blank
		{"excellent", grade.ErrUnknown}, // a 2009-2011 rating, not a grade
		{"performs well", grade.ErrUnknown},
		{"0", grade.ErrUnknown},
		{"5", grade.ErrUnknown},
		{"-", grade.ErrUnknown},           // data files' "not judged" marker is the loader's to read
		{"improvement", grade.ErrUnknown}, // half a wrapped cell
		{"requires improvement to", grade.ErrUnknown},
		{"goodgood", grade.ErrUnknown},
		{"go od", grade.ErrUnknown},
		{"good \u00e9", grade.ErrUnknown},
		{"\xff", grade.ErrUnknown},
		{strings.Repeat("good ", 20), grade.ErrUnknown}, // too long for any spelling
	}
	for _, tt := range tests {
		got, err := grade.Parse(tt.in)
		if err == nil {
			t.Errorf("Parse(%q) = %v, nil; want error", tt.in, got)
			continue
		}
		if got != 0 {
			t.Errorf("Parse(%q) returned %v with its error, want the zero Grade", tt.in, got)
		}
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("Parse(%q) error %v, want it to wrap %v", tt.in, err, tt.wantErr)
		}
		pe, ok := errors.AsType[*grade.ParseError](err)
		if !ok {
			t.Errorf("Parse(%q) error is %T, want *grade.ParseError", tt.in, err)
			continue
		}
		if pe.Input != tt.in || pe.Func != "Parse" {
			t.Errorf("Parse(%q) error fields = %+v", tt.in, pe)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := grade.Parse("excellent")
	const want = `grade.Parse("excellent"): not a recognised spelling`
	if err == nil || err.Error() != want {
		t.Errorf("Parse(excellent) error = %v, want %s", err, want)
	}
}

func TestMustParse(t *testing.T) {
	if got := grade.MustParse("Requires improvement to be good"); got != grade.RequiresImprovement {
		t.Errorf("MustParse = %v", got)
	}
	defer func() {
		if r := recover(); r == nil {
			t.Error("MustParse(bad) did not panic")
		}
	}()
	grade.MustParse("bad")
}

func TestUnmarshalTextError(t *testing.T) {
	g := grade.Good
	err := g.UnmarshalText([]byte("excellent"))
	if !errors.Is(err, grade.ErrUnknown) {
		t.Errorf("UnmarshalText(excellent) = %v, want ErrUnknown", err)
	}
	if g != grade.Good {
		t.Errorf("failed UnmarshalText changed the value to %v", g)
	}
}

var parseInputs = []string{
	"Outstanding",
	"Good",
	"Requires improvement to be good",
	"Requires improvement to\n be good",
	"Inadequate",
	"requires improvement",
	"Adequate",
	"3",
}

// BenchmarkParse measures Parse over the spellings of real tables; it must
// not allocate.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for _, s := range parseInputs {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range parseInputs {
			if _, err := grade.Parse(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkEqualFold is the baseline for BenchmarkParse: one
// strings.EqualFold of each input against the spelling it should match,
// the least any case-insensitive look-up could do.
func BenchmarkEqualFold(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for _, s := range parseInputs {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range parseInputs {
			if !strings.EqualFold(s, s) {
				b.Fatal("EqualFold")
			}
		}
	}
}

func TestParseAllocations(t *testing.T) {
	for _, s := range parseInputs {
		if n := testing.AllocsPerRun(100, func() { _, _ = grade.Parse(s) }); n != 0 {
			t.Errorf("Parse(%q) allocates %v times, want 0", s, n)
		}
	}
}
