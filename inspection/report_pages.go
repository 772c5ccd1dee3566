package inspection

// This file finds the page furniture that pdftotext leaves between the
// paragraphs of a report: running headers and footers, page numbers, and
// footnotes. Pages are separated by form feeds; text copied out of a PDF
// viewer has none, and then nothing is marked.

// furnitureWindow is how many non-blank lines at the end of a page, above
// its footer, may hold footnotes.
const furnitureWindow = 10

// markFurniture marks the lines of page furniture:
//
//   - the last three non-blank lines of each page and the first two of the
//     next, when their text (less a page number at either end) recurs in
//     the same place at two of the four nearest page breaks (one, in a
//     report of fewer than five pages), as running footers and headers do ("Inspection of
//     Barnet local authority children's services", "10 to 14 June 2024
//     2");
//   - a line that is only a page number at a page break;
//   - the footnotes at the foot of a page: from a line that is only a
//     footnote number ("1") to the footer, when no numbered paragraph
//     comes between.
//
// The first lines of the first page (the title) are never furniture.
func (p *reportParser) markFurniture() {
	breaks := p.breaks
	if len(breaks) == 0 {
		return
	}
	// The lines around each break, and their keys: up to three at the
	// foot of the page before, and two at the head of the page after.
	edges := p.edges[:0]
	for _, b := range breaks {
		var e pageEdge
		p.aroundBreak(b, func(i int, foot bool) {
			k := p.edgeKey(i)
			if foot {
				e.foot[e.nFoot] = k
				e.nFoot++
			} else {
				e.head[e.nHead] = k
				e.nHead++
			}
		})
		edges = append(edges, e)
	}
	p.edges = edges
	least := 2
	if len(breaks) < 4 {
		least = 1
	}
	// recurs reports whether key is in the same place (foot or head) at
	// two (or one) of the four nearest breaks to break k.
	recurs := func(k int, key edgeKey, foot bool) bool {
		if key.fp == 0 {
			return true // a page number
		}
		n := 0
		for _, d := range [...]int{-1, 1, -2, 2} {
			if k+d < 0 || k+d >= len(edges) {
				continue
			}
			e := &edges[k+d]
			keys := e.head[:e.nHead]
			if foot {
				keys = e.foot[:e.nFoot]
			}
			for _, other := range keys {
				if other.fp == key.fp && p.text[other.from:other.to] == p.text[key.from:key.to] {
					n++
					break
				}
			}
			if n >= least {
				return true
			}
		}
		return false
	}
	for k := range edges {
		e := &edges[k]
		for _, key := range e.foot[:e.nFoot] {
			if recurs(k, key, true) {
				p.lines[key.line].flags |= lineFurniture
			}
		}
		for _, key := range e.head[:e.nHead] {
			if recurs(k, key, false) {
				p.lines[key.line].flags |= lineFurniture
			}
		}
	}
	for _, b := range breaks {
		p.markFootnotes(b)
	}
}

// aroundBreak calls f for the last three non-blank lines before the page
// break at line b (foot true) and the first two non-blank lines after it.
func (p *reportParser) aroundBreak(b int, f func(i int, foot bool)) {
	for i, n := b-1, 0; i >= 0 && n < 3; i-- {
		if !p.blank(i) {
			f(i, true)
			n++
		}
		if p.lines[i].flags&lineNewPage != 0 {
			break
		}
	}
	for i, n := b, 0; i < len(p.lines) && n < 2; i++ {
		if i > b && p.lines[i].flags&lineNewPage != 0 {
			break
		}
		if !p.blank(i) {
			f(i, false)
			n++
		}
	}
}

// A pageEdge is the lines around a page break and their keys.
type pageEdge struct {
	foot, head   [3]edgeKey
	nFoot, nHead int
}

// An edgeKey is a line at a page break and its furniture key, as a place
// in the text and a fingerprint (its length and first bytes, for a quick
// comparison; 0 for a line that is only a number).
type edgeKey struct {
	line     int
	from, to int
	fp       uint64
}

// edgeKey returns the key of line i.
func (p *reportParser) edgeKey(i int) edgeKey {
	s := p.line(i)
	from, to := furnitureKey(s)
	if from == to {
		return edgeKey{line: i}
	}
	k := s[from:to]
	fp := uint64(len(k)) << 56
	for j := 0; j < 7 && j < len(k); j++ {
		fp |= uint64(k[j]) << (8 * j)
	}
	base := int(p.lines[i].start) + int(p.lines[i].ff)
	return edgeKey{line: i, from: base + from, to: base + to, fp: fp}
}

// furnitureKey returns where, in the line s, its key lies: its text less
// white space and a page number at its start or end ("2    Inspection of
// ...: Hull", "10 to 14 June 2024      2"). A line that is only a number
// has an empty key.
func furnitureKey(s string) (from, to int) {
	from, to = 0, len(s)
	for from < to && (s[from] == ' ' || s[from] == '\t') {
		from++
	}
	for to > from && (s[to-1] == ' ' || s[to-1] == '\t') {
		to--
	}
	// A page number at the end, after a gap of two or more spaces.
	if to > from && isDigit(s[to-1]) {
		i := to
		for i > from && isDigit(s[i-1]) {
			i--
		}
		switch {
		case i == from:
			return from, from
		case i-from >= 2 && s[i-1] == ' ' && s[i-2] == ' ':
			for to = i; to > from && s[to-1] == ' '; to-- {
			}
		}
	}
	// A page number at the start, before a gap.
	i := from
	for i < to && isDigit(s[i]) {
		i++
	}
	if i > from && i+1 < to && s[i] == ' ' && s[i+1] == ' ' {
		for from = i; from < to && s[from] == ' '; from++ {
		}
	}
	return from, to
}

// isBareNumber reports whether t (a trimmed line) is a number of one to
// three digits with nothing else: a page number or footnote number.
func isBareNumber(t string) bool {
	if len(t) == 0 || len(t) > 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) {
			return false
		}
	}
	return true
}

// markFootnotes marks the footnotes at the foot of the page that ends
// before line b: looking up from the footer, the highest line that is only
// a footnote number, with footnote text (no numbered paragraph or table
// row) below it, starts them.
func (p *reportParser) markFootnotes(b int) {
	// Most pages have no footnote: look only if a number stands alone on
	// a line near the foot, other than the page number (index lists the
	// numbers alone, in order; the breaks come in order too).
	for p.numberAt < len(p.numbers) && p.numbers[p.numberAt] < b {
		p.numberAt++
	}
	near := false
	for k := p.numberAt - 1; k >= 0 && p.numbers[k] >= b-4*furnitureWindow; k-- {
		if p.lines[p.numbers[k]].flags&lineFurniture == 0 {
			near = true
			break
		}
	}
	if !near {
		return
	}
	from := -1
	seen := 0
	for i := b - 1; i >= 0 && seen < furnitureWindow; i-- {
		l := &p.lines[i]
		_, t := p.trimmed(i)
		if t == "" || l.flags&lineFurniture != 0 {
			if l.flags&lineNewPage != 0 {
				break
			}
			continue
		}
		seen++
		if isBareNumber(t) {
			if i+1 < b && p.textFollows(i+1, b) {
				from = i
			}
		} else if _, _, ok := numberedStart(t); ok {
			break
		}
		if l.flags&lineNewPage != 0 {
			break
		}
	}
	if from < 0 {
		return
	}
	for i := from; i < b; i++ {
		if !p.gradesOnly(i) {
			p.lines[i].flags |= lineFurniture
		}
	}
}

// gradesOnly reports whether line i holds grade words and nothing else: a
// cell of a judgement table that plain pdftotext printed after the
// table's footnote number ("3. Leadership, management and governance" /
// "1" / "Requires improvement" / footnote text).
func (p *reportParser) gradesOnly(i int) bool {
	n := 0
	ok := true
	splitWords(p.line(i), func(w string, _ int, _ bool) bool {
		switch kindOf(w) {
		case wGrade, wImprove, wTo, wBe:
			n++
			return true
		}
		ok = false
		return false
	})
	return ok && n > 0
}

// textFollows reports whether the first non-blank line in [i, b) that is
// not furniture is text: neither a number alone nor empty.
func (p *reportParser) textFollows(i, b int) bool {
	for ; i < b; i++ {
		if p.lines[i].flags&lineFurniture != 0 {
			continue
		}
		_, t := p.trimmed(i)
		if t == "" {
			continue
		}
		return !isBareNumber(t)
	}
	return false
}
