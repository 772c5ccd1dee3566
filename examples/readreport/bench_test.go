package main

import (
	"io"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
)

// The budget: reading PDFs with readreport costs at most 1.15 times what
// running pdftotext -layout alone over the same files costs, as many at
// a time as readreport reads them. BenchmarkReadPDFs and
// BenchmarkPdftotextPDFs measure the two over the 13 PDFs of the shared
// corpus, so that one run of
//
//	go test -run '^$' -bench PDFs ./examples/readreport
//
// gives the ratio. Both are skipped where pdftotext is not installed.

// pdfs returns the paths of the corpus's PDFs, and skips the benchmark
// where pdftotext is not installed.
func pdfs(b *testing.B) []string {
	b.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext is not installed (it is part of Poppler: apt install poppler-utils)")
	}
	files, err := filepath.Glob(filepath.Join(sharedtest.Path(b, "corpus/pdf"), "*.pdf"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no PDFs in corpus/pdf: %v", err)
	}
	return files
}

// BenchmarkReadPDFs runs readreport on the corpus's PDFs: pdftotext on
// each, then the reader.
func BenchmarkReadPDFs(b *testing.B) {
	files := pdfs(b)
	for b.Loop() {
		if status := run(files, nil, io.Discard, io.Discard); status != 0 {
			b.Fatalf("status %d", status)
		}
	}
}

// BenchmarkPdftotextPDFs runs pdftotext -layout alone on the same PDFs,
// as many at a time as readreport runs it: the cost BenchmarkReadPDFs's
// budget is measured against.
func BenchmarkPdftotextPDFs(b *testing.B) {
	files := pdfs(b)
	tool, _ := exec.LookPath("pdftotext")
	for b.Loop() {
		var wg sync.WaitGroup
		running := make(chan struct{}, runtime.GOMAXPROCS(0))
		for _, f := range files {
			wg.Add(1)
			running <- struct{}{}
			go func() {
				defer wg.Done()
				if _, err := exec.Command(tool, "-layout", "-enc", "UTF-8", f, "-").Output(); err != nil {
					b.Errorf("pdftotext %s: %v", f, err)
				}
				<-running
			}()
		}
		wg.Wait()
	}
}
