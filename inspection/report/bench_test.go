package report_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/inspection/report"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// The budget: reading a report costs at most 2% of extracting its text
// from the PDF, which a user must do first. BenchmarkParse and
// BenchmarkPdftotext measure the two over the same reports, the 13 whose
// PDFs the shared corpus keeps, and report the time per report
// ("ns/report"), so that one run of
//
//	go test -run '^$' -bench 'Parse$|Pdftotext' ./inspection/report
//
// gives the ratio.

// benchPDFs returns the paths of the corpus's PDFs.
func benchPDFs(b *testing.B) []string {
	b.Helper()
	pdfs, err := filepath.Glob(filepath.Join(sharedtest.Path(b, "corpus/pdf"), "*.pdf"))
	if err != nil || len(pdfs) == 0 {
		b.Fatalf("no PDFs in corpus/pdf: %v", err)
	}
	return pdfs
}

// reportPerReport reports the time per report of a benchmark that handles
// n reports an iteration.
func reportPerReport(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/report")
}

// BenchmarkParse reads the pdftotext -layout text of each report whose PDF
// BenchmarkPdftotext extracts. Its ns/report must stay under 2% of
// BenchmarkPdftotext's.
func BenchmarkParse(b *testing.B) {
	var texts []string
	var size int64
	for _, pdf := range benchPDFs(b) {
		name := strings.TrimSuffix(filepath.Base(pdf), ".pdf") + ".txt"
		text := string(sharedtest.ReadFile(b, "corpus/layout/"+name))
		texts = append(texts, text)
		size += int64(len(text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			if _, err := report.Parse(text); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportPerReport(b, len(texts))
}

// BenchmarkPdftotext runs pdftotext -layout on each PDF of the corpus, as
// a user does before reading a report: the cost BenchmarkParse's budget,
// 2% of it, is measured against. It is skipped where pdftotext (Poppler)
// is not installed.
func BenchmarkPdftotext(b *testing.B) {
	pdfs := benchPDFs(b)
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext is not installed (it is part of Poppler: apt install poppler-utils); the budget of BenchmarkParse is 2% of it")
	}
	for b.Loop() {
		for _, pdf := range pdfs {
			if _, err := exec.Command(tool, "-layout", "-enc", "UTF-8", pdf, "-").Output(); err != nil {
				b.Fatalf("pdftotext %s: %v", pdf, err)
			}
		}
	}
	reportPerReport(b, len(pdfs))
}
