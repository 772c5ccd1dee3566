package inspection

import "math/bits"

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
	edges := p.edges[:0]
	for _, b := range breaks {
		edges = append(edges, pageEdge{})
		p.readEdge(&edges[len(edges)-1], b)
	}
	p.edges = edges
	// Compare each break's keys with those of the next two breaks, noting
	// on both keys of each pair that matches where the other is.
	for k := range edges {
		for d := 1; d <= 2 && k+d < len(edges); d++ {
			e, f := &edges[k], &edges[k+d]
			matchKeys(p.text, e.foot[:e.nFoot], f.foot[:f.nFoot], d)
			matchKeys(p.text, e.head[:e.nHead], f.head[:f.nHead], d)
		}
	}
	least := 2
	if len(breaks) < 4 {
		least = 1
	}
	for k := range edges {
		e := &edges[k]
		for _, key := range e.foot[:e.nFoot] {
			if key.recurs(least) {
				p.lines[key.line].flags |= lineFurniture
			}
		}
		for _, key := range e.head[:e.nHead] {
			if key.recurs(least) {
				p.lines[key.line].flags |= lineFurniture
			}
		}
	}
	for _, b := range breaks {
		p.markFootnotes(b)
	}
}

// A pageEdge is the lines around a page break, with their keys: up to
// three at the foot of the page before, and two at the head of the page
// after.
type pageEdge struct {
	foot, head   [3]edgeKey
	nFoot, nHead int
}

// An edgeKey is a line at a page break and its furniture key, as a place
// in the text and a fingerprint (its length and first bytes, for a quick
// comparison; 0 for a line that is only a number).
type edgeKey struct {
	line     uint32
	from, to uint32
	fp       uint64
	near     uint8 // the page breaks, of the two before and two after, with the same key in the same place (a bit each)
}

// readEdge sets e to the last three non-blank lines before the page break
// at line b, and the first two non-blank lines after it.
func (p *reportParser) readEdge(e *pageEdge, b int) {
	for i := b - 1; i >= 0 && e.nFoot < 3; i-- {
		if !p.blank(i) {
			p.edgeKey(&e.foot[e.nFoot], i)
			e.nFoot++
		}
		if p.lines[i].flags&lineNewPage != 0 {
			break
		}
	}
	for i := b; i < len(p.lines) && e.nHead < 2; i++ {
		if i > b && p.lines[i].flags&lineNewPage != 0 {
			break
		}
		if !p.blank(i) {
			p.edgeKey(&e.head[e.nHead], i)
			e.nHead++
		}
	}
}

// matchKeys compares the keys at one page break with those in the same
// place at the break d after it (1 or 2), and notes each match on both.
func matchKeys(text string, keys, later []edgeKey, d int) {
	for i := range keys {
		a := &keys[i]
		if a.fp == 0 {
			continue // a page number: furniture anyway
		}
		for j := range later {
			if b := &later[j]; b.fp == a.fp && text[a.from:a.to] == text[b.from:b.to] {
				a.near |= 1 << (1 + d) // after: bits 2 and 3
				b.near |= 1 << (2 - d) // before: bits 0 and 1
			}
		}
	}
}

// recurs reports whether a key is furniture: a page number, or in the
// same place at least least times at the four nearest page breaks, as
// running footers and headers are.
func (k *edgeKey) recurs(least int) bool {
	return k.fp == 0 || bits.OnesCount8(k.near) >= least
}

// edgeKey sets k to the key of line i, which is not blank. (It sets k in
// place, as index stores a line.)
func (p *reportParser) edgeKey(k *edgeKey, i int) {
	l := &p.lines[i]
	k.line = uint32(i)
	from, to := int(l.from), int(l.end)
	if l.flags&lineWide != 0 || isDigit(p.text[from]) || isDigit(p.text[to-1]) {
		// A page number at the start or end, perhaps. (Otherwise the
		// key is the line's text, which index has trimmed.)
		base, s := from, p.text[from:to]
		if l.flags&lineWide != 0 {
			base, s = int(l.start)+int(l.ff), p.line(i)
		}
		f, t := furnitureKey(s)
		if f == t {
			return // a number alone: the zero key
		}
		from, to = base+f, base+t
	}
	// The fingerprint: the key's length, and its first seven bytes.
	fp := uint64(to-from) << 56
	if b := p.text[from:]; len(b) >= 8 && to-from >= 7 {
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		fp |= x &^ (0xff << 56)
	} else {
		for j, c := range []byte(p.text[from:min(to, from+7)]) {
			fp |= uint64(c) << (8 * j)
		}
	}
	k.from, k.to, k.fp = uint32(from), uint32(to), fp
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
