package inspection_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// corpusTexts returns the text of every report in the corpus, in
// pdftotext -layout and plain pdftotext form, and their total size.
func corpusTexts(b *testing.B) ([]string, int64) {
	b.Helper()
	var texts []string
	var size int64
	for _, dir := range []string{"corpus/layout", "corpus/raw"} {
		files, err := filepath.Glob(filepath.Join(sharedtest.Path(b, dir), "*.txt"))
		if err != nil || len(files) == 0 {
			b.Fatalf("no reports in %s: %v", dir, err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
			size += int64(len(data))
		}
	}
	return texts, size
}

// BenchmarkParseReport parses every report of the corpus. Compare its
// MB/s with BenchmarkScanLines, a bare pass over the same lines.
func BenchmarkParseReport(b *testing.B) {
	texts, size := corpusTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := inspection.ParseReport(t); err != nil && len(t) == 0 {
				b.Fatal(err)
			}
		}
	}
}

// lineSink keeps BenchmarkScanLines' work from being optimised away.
var lineSink int

// BenchmarkScanLines is the floor BenchmarkParseReport is measured
// against: one pass over the lines of the same texts with strings.Lines,
// looking at the first byte of each.
func BenchmarkScanLines(b *testing.B) {
	texts, size := corpusTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, t := range texts {
			for line := range strings.Lines(t) {
				if line[0] == '\f' {
					n++
				}
			}
		}
		lineSink += n
	}
}
