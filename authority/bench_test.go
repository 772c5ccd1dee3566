package authority_test

import (
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/inspection"
)

// BenchmarkPictureMonthEnds computes the national picture at every month
// end from January 2009 to December 2026 (216 pictures) from the register
// of Ofsted's two files, with the overall counts nationally and by
// region: one op is all 216.
func BenchmarkPictureMonthEnds(b *testing.B) {
	r := officialRegister(b)
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
			total += p.Area(inspection.OverallEffectiveness).Total()
			for _, reg := range authority.OfstedRegions() {
				total += p.In(reg).Len()
			}
		}
	}
	if total == 0 {
		b.Fatal("no judgements counted")
	}
}

// BenchmarkPictureAreas counts every area of the picture of Ofsted's
// release of 2025.
func BenchmarkPictureAreas(b *testing.B) {
	r := officialRegister(b)
	c := authority.Releases()[1].Census
	for b.Loop() {
		p := r.Picture(c)
		for _, a := range p.Areas() {
			_ = p.Area(a)
		}
	}
}
