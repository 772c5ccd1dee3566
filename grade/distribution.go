package grade

import (
	"iter"
	"strconv"
	"strings"
)

// A Distribution counts judgements by grade: how many authorities are
// outstanding, good, and so on. The zero Distribution is empty and ready to
// use. A Distribution is a plain comparable value.
//
// Shares are fractions of the graded judgements ([Distribution.Total]);
// judgements not made are counted apart, in NotJudged, and are in no share.
type Distribution struct {
	Outstanding         int // judgements of outstanding
	Good                int // judgements of good
	RequiresImprovement int // judgements of requires improvement to be good
	Adequate            int // judgements of adequate (2009-2013 scale)
	Inadequate          int // judgements of inadequate
	NotJudged           int // zero or invalid grades added
}

// Tally returns the Distribution of the grades gs yields.
func Tally(gs iter.Seq[Grade]) Distribution {
	var d Distribution
	for g := range gs {
		d.Add(g)
	}
	return d
}

// Add counts one judgement of g. A Grade that is not valid (including the
// zero Grade) counts as not judged.
func (d *Distribution) Add(g Grade) {
	if p := d.slot(g); p != nil {
		*p++
		return
	}
	d.NotJudged++
}

func (d *Distribution) slot(g Grade) *int {
	switch g {
	case Outstanding:
		return &d.Outstanding
	case Good:
		return &d.Good
	case RequiresImprovement:
		return &d.RequiresImprovement
	case Adequate:
		return &d.Adequate
	case Inadequate:
		return &d.Inadequate
	}
	return nil
}

// Count returns the number of judgements of exactly g ([Adequate] and
// [RequiresImprovement] are counted apart; see [Distribution.Canonical]).
// Count of the zero Grade is d.NotJudged.
func (d Distribution) Count(g Grade) int {
	if p := d.slot(g); p != nil {
		return *p
	}
	if g == 0 {
		return d.NotJudged
	}
	return 0
}

// Total returns the number of graded judgements, leaving out NotJudged.
func (d Distribution) Total() int {
	return d.Outstanding + d.Good + d.RequiresImprovement + d.Adequate + d.Inadequate
}

// Share returns the fraction of graded judgements that are g, from 0 to 1,
// or 0 if d has none.
func (d Distribution) Share(g Grade) float64 {
	return fraction(d.Count(g), d.Total())
}

// GoodOrBetter returns the number of judgements that are good or
// outstanding.
func (d Distribution) GoodOrBetter() int { return d.Outstanding + d.Good }

// GoodOrBetterShare returns the fraction of graded judgements that are good
// or outstanding, the figure Ofsted leads its statistics with ("60% of LAs
// were judged to be good or outstanding"), or 0 if d has none.
func (d Distribution) GoodOrBetterShare() float64 {
	return fraction(d.GoodOrBetter(), d.Total())
}

func fraction(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}

// Canonical returns d with its adequate judgements counted as requires
// improvement, as Ofsted's official statistics count them (see
// [Grade.Canonical]).
func (d Distribution) Canonical() Distribution {
	d.RequiresImprovement += d.Adequate
	d.Adequate = 0
	return d
}

// Merge returns the sum of d and e.
func (d Distribution) Merge(e Distribution) Distribution {
	d.Outstanding += e.Outstanding
	d.Good += e.Good
	d.RequiresImprovement += e.RequiresImprovement
	d.Adequate += e.Adequate
	d.Inadequate += e.Inadequate
	d.NotJudged += e.NotJudged
	return d
}

// order is the order in which All and String list grades: best first, with
// adequate beside requires improvement.
var order = [...]Grade{Outstanding, Good, RequiresImprovement, Adequate, Inadequate}

// All returns the grades and their counts, best first, leaving out grades
// with no judgements. Not-judged counts are not included.
func (d Distribution) All() iter.Seq2[Grade, int] {
	return func(yield func(Grade, int) bool) {
		for _, g := range order {
			if n := d.Count(g); n > 0 && !yield(g, n) {
				return
			}
		}
	}
}

// String returns the counts best first, for example
// "outstanding 36, good 67, requires-improvement 31, inadequate 19",
// leaving out grades with no judgements and ending with the not-judged
// count when it is not zero. An empty Distribution prints as "none".
func (d Distribution) String() string {
	var b strings.Builder
	for g, n := range d.All() {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(g.String())
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(n))
	}
	if d.NotJudged > 0 {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString("not judged ")
		b.WriteString(strconv.Itoa(d.NotJudged))
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}
