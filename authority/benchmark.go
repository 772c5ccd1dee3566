package authority

import (
	"fmt"
	"slices"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A Benchmark sets an authority's latest judgements beside those of its
// statistical neighbours, its region and England, under one census: each
// neighbour's latest graded inspection, and, in overall effectiveness
// and each area, the counts of the others' grades and where the
// authority's grade stands among them. Get one from [Register.Benchmark].
type Benchmark struct {
	Authority  Authority           // the authority benchmarked
	Census     Census              // the rule that chose the inspections
	Model      int                 // the year of the DfE's statistical neighbour model the neighbours are from: 2025 or 2021 (see [Authority.Neighbours])
	Standing   Standing            // the authority's latest graded inspection counted
	Neighbours []NeighbourStanding // its statistical neighbours, nearest first, with theirs
	Areas      []AreaBenchmark     // the lines of areas judged in the national picture, in the order of [Picture.Areas]
}

// A NeighbourStanding is a statistical neighbour in a [Benchmark], with
// its latest graded inspection that the census counts.
type NeighbourStanding struct {
	Neighbour
	Standing Standing // not Inspected if the census counts none, or if the neighbour did not exist on the census day
}

// An AreaBenchmark is where an authority's grade in one line of areas
// (overall effectiveness, or an area followed through its renamings: see
// [inspection.Area.Line]) stands among its statistical neighbours, the
// other authorities of its region and those of England.
type AreaBenchmark struct {
	Line       inspection.Area // the line of areas
	Grade      grade.Grade     // the authority's grade, adequate counted as requires improvement; zero if its latest inspection makes no judgement in the line, or there is none
	Neighbours Rank            // among its statistical neighbours
	Region     Rank            // among the other authorities of its ONS region ([Authority.Region])
	England    Rank            // among the other authorities of England
}

// A Rank is where one grade stands among the grades of a group of other
// authorities in one line of areas: the group's counts, and how many of
// them were judged better, the same, and worse. Only authorities with a
// graded inspection counted are in the group: one whose latest
// inspection makes no judgement in the line counts as not judged
// (grade.Distribution.NotJudged); one not yet inspected, or that did not
// exist on the census day, is in no count. When the grade ranked is the
// zero Grade, only Grades is set.
type Rank struct {
	Grades grade.Distribution // the group's grades, adequate counted as requires improvement
	Better int                // judged better
	Same   int                // judged the same
	Worse  int                // judged worse
}

// String describes the rank, such as "2 better, 3 the same, 5 worse;
// good or better 8 of 10 (80%)", with "; 2 not judged" after it when
// some of the group were not judged in the line. A rank of no grade
// leaves out the first part, and a group with no grades is "none
// judged".
func (r Rank) String() string {
	s := "none judged"
	if n := r.Grades.Total(); n > 0 {
		s = fmt.Sprintf("good or better %d of %d (%.0f%%)", r.Grades.GoodOrBetter(), n, 100*r.Grades.GoodOrBetterShare())
	}
	if r.Better+r.Same+r.Worse > 0 {
		s = fmt.Sprintf("%d better, %d the same, %d worse; ", r.Better, r.Same, r.Worse) + s
	}
	if r.Grades.NotJudged > 0 && r.Grades.Total() > 0 {
		s += fmt.Sprintf("; %d not judged", r.Grades.NotJudged)
	}
	return s
}

// Benchmark sets authority a's latest judgements under census c beside
// those of its statistical neighbours (in the DfE's model in force on
// c.At: see [Authority.Neighbours]), of the other authorities of its ONS
// region, and of the other authorities of England. It reports false if a
// did not exist on c.At.
//
// The lines of areas benchmarked are those of the national picture
// ([Picture.Areas]): overall effectiveness while any authority's latest
// inspection judges it, and each area. An authority whose latest
// inspection makes no overall effectiveness judgement (ILACS from April
// 2026) has the zero Grade there, and is ranked in each area.
func (r *Register) Benchmark(a Authority, c Census) (Benchmark, bool) {
	p := r.Picture(c)
	k := slices.Index(p.members, a)
	if k < 0 {
		return Benchmark{}, false
	}
	b := Benchmark{Authority: a, Census: c, Standing: p.standing(k)}
	var neighbours []*inspection.Inspection // the latest inspections of those in the picture
	if m, ok := neighboursOn(a, c.At); ok {
		b.Model = m.year
		for _, n := range m.lists[a] {
			ns := NeighbourStanding{Neighbour: n, Standing: Standing{Authority: n.Authority}}
			if j := slices.Index(p.members, n.Authority); j >= 0 {
				ns.Standing = p.standing(j)
				neighbours = append(neighbours, p.latest[j])
			}
			b.Neighbours = append(b.Neighbours, ns)
		}
	}
	var region, england []*inspection.Inspection
	for j, o := range p.members {
		if j == k {
			continue
		}
		england = append(england, p.latest[j])
		if o.Region() == a.Region() {
			region = append(region, p.latest[j])
		}
	}
	own := p.latest[k]
	for _, line := range p.Areas() {
		var g grade.Grade
		if own != nil {
			_, g, _ = gradeIn(own, line)
		}
		g = g.Canonical()
		b.Areas = append(b.Areas, AreaBenchmark{
			Line:       line,
			Grade:      g,
			Neighbours: rank(g, line, neighbours),
			Region:     rank(g, line, region),
			England:    rank(g, line, england),
		})
	}
	return b, true
}

// rank returns where grade g stands among the judgements in a line of
// areas of the inspections of a group; nil is an authority not inspected.
func rank(g grade.Grade, line inspection.Area, group []*inspection.Inspection) Rank {
	var r Rank
	for _, in := range group {
		if in == nil {
			continue
		}
		_, h, ok := gradeIn(in, line)
		if !ok {
			r.Grades.NotJudged++
			continue
		}
		r.Grades.Add(h.Canonical())
		if !g.IsValid() {
			continue
		}
		switch c := h.Compare(g); {
		case c < 0:
			r.Better++
		case c > 0:
			r.Worse++
		default:
			r.Same++
		}
	}
	return r
}
