package report_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
)

// The hostile inputs of these tests and benchmarks are texts no report
// is, made to cost a reader time or memory: a judgement table's row
// repeated, one long line of words, page breaks alone, a heading
// repeated, a paragraph of endless bullets, a paragraph number repeated,
// NUL bytes. Parse must read each in time and memory linear in its size,
// say what it did not read, and return.

// hostileFront is the front page of a short ILACS report.
const hostileFront = "Inspection of Portsmouth City Council local authority children’s services\n" +
	"Inspection dates: 2 to 6 October 2023\n\n" +
	" Judgement                                  Grade\n"

// hostileShapes make hostile texts of about n lines, or n bytes for the
// long line.
var hostileShapes = []struct {
	name  string
	text  func(n int) string
	kinds []error // the kinds of problem Parse must report
}{
	{"rows", func(n int) string {
		return hostileFront + strings.Repeat(" The experiences and progress of children in care          Good\n", n)
	}, []error{report.ErrLimit}},
	{"long line", func(n int) string {
		return hostileFront + strings.Repeat("children are seen and helped by social workers who know them well ", n/66) + "\n"
	}, []error{report.ErrLimit}},
	{"page breaks", func(n int) string { return hostileFront + strings.Repeat("\f\n", n) }, nil},
	{"headings", func(n int) string {
		return hostileFront + strings.Repeat("The experiences and progress of children in care: good\n\n", n)
	}, nil},
	{"bullets", func(n int) string {
		return hostileFront + "\n1.   Children are helped by:\n" + strings.Repeat("     ◼ a social worker who knows them\n", n)
	}, []error{report.ErrLimit}},
	{"numbers", func(n int) string { return hostileFront + "\n" + strings.Repeat("1.   Children are safe.\n\n", n) }, nil},
	{"NUL", func(n int) string { return hostileFront + strings.Repeat("\x00\n", n) }, []error{report.ErrEncoding}},
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestParseHostile checks that Parse reads each hostile text, reporting
// what it did not read, and that the memory it allocates grows no faster
// than the text: for ten times the text, at most twelve times the memory,
// and at most fifty bytes for each byte of the text.
func TestParseHostile(t *testing.T) {
	for _, shape := range hostileShapes {
		t.Run(shape.name, func(t *testing.T) {
			small, large := shape.text(2000), shape.text(20000)
			if shape.name == "long line" {
				small, large = shape.text(200_000), shape.text(2_000_000)
			}
			var in *inspection.Inspection
			var err error
			a := allocated(func() { in, err = report.Parse(small) })
			b := allocated(func() { in, err = report.Parse(large) })
			if in == nil {
				t.Fatal("Parse returned a nil Inspection")
			}
			for _, kind := range shape.kinds {
				if !errors.Is(err, kind) {
					t.Errorf("problems %v, want one of kind %v", err, kind)
				}
			}
			if list, _ := errors.AsType[inspection.ErrorList](err); len(list) > 100 {
				t.Errorf("%d problems, want at most 100: a limit, not every line, is reported", len(list))
			}
			if b > 12*a {
				t.Errorf("allocated %d bytes for %d bytes of text and %d for %d: more than linear", a, len(small), b, len(large))
			}
			if b > 50*uint64(len(large)) {
				t.Errorf("allocated %d bytes for %d bytes of text: more than 50 a byte", b, len(large))
			}
		})
	}
}

// BenchmarkParseHostile reads each hostile text at two sizes, the second
// ten times the first: the time of the second must be about ten times
// the first's.
func BenchmarkParseHostile(b *testing.B) {
	for _, shape := range hostileShapes {
		for _, n := range []int{10_000, 100_000} {
			if shape.name == "long line" {
				n *= 100
			}
			text := shape.text(n)
			b.Run(fmt.Sprintf("%s/%d", shape.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					report.Parse(text)
				}
			})
		}
	}
}
