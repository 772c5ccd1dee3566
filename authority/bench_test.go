package authority_test

import (
	"archive/zip"
	"io"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// BenchmarkInflateContent is the floor under BenchmarkLoadODS: it opens
// the 2023 statistics and inflates content.xml (40 MB) to io.Discard,
// doing nothing with it.
func BenchmarkInflateContent(b *testing.B) {
	path := sharedtest.Path(b, file2023)
	var n int64
	for b.Loop() {
		zr, err := zip.OpenReader(path)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range zr.File {
			if f.Name != "content.xml" {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				b.Fatal(err)
			}
			if n, err = io.Copy(io.Discard, rc); err != nil {
				b.Fatal(err)
			}
			rc.Close()
		}
		zr.Close()
	}
	b.SetBytes(n)
}

// BenchmarkLoadODS loads the 2023 statistics into a register: it inflates
// and scans all 40 MB of content.xml, reads the sheet of LA inspections
// (555 + 12 records from 156 rows), and skips the provider sheets, which
// are nine tenths of the file, by their end tags.
func BenchmarkLoadODS(b *testing.B) {
	path := sharedtest.Path(b, file2023)
	for b.Loop() {
		r, err := authority.LoadODS(path)
		if err != nil {
			b.Fatal(err)
		}
		if r.Len() < 500 {
			b.Fatalf("%d inspections", r.Len())
		}
	}
	b.SetBytes(39836936)
}

// BenchmarkPictureMonthEnds computes the national picture at every month
// end from January 2009 to December 2026 (216 pictures) from the register
// of both files, with the overall counts nationally and by region: one
// op is all 216.
func BenchmarkPictureMonthEnds(b *testing.B) {
	r, _ := officialRegister(b)
	var days []inspection.Date
	for y := 2009; y <= 2026; y++ {
		for m := time.January; m <= time.December; m++ {
			days = append(days, inspection.DateOf(time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)))
		}
	}
	total := 0
	for b.Loop() {
		for _, d := range days {
			p := r.Picture(authority.AsAt(d))
			total += p.Overall().Total()
			for _, reg := range authority.OfstedRegions() {
				n, _ := p.Region(reg)
				total += n
			}
		}
	}
	if total == 0 {
		b.Fatal("no judgements counted")
	}
}

// BenchmarkPictureAreas is BenchmarkPictureMonthEnds with the counts of
// every area, which are counted on demand.
func BenchmarkPictureAreas(b *testing.B) {
	r, _ := officialRegister(b)
	c := authority.Releases()[1].Census
	for b.Loop() {
		p := r.Picture(c)
		for _, a := range p.Areas() {
			_ = p.Area(a)
		}
	}
}
