package inspection

import (
	"strings"

	"github.com/childrens-services/judgements/grade"
)

// This file reads the graded headings of a report's body and the
// paragraphs under them.
//
// A graded heading names a judgement area and a grade, in any of the
// forms reports print: "The experiences and progress of children in care:
// good" (ILACS); "The experiences and progress of children who need help
// and protection is good" (ILACS 2018); "Leadership, management and
// governance    Requires improvement", with the grade at the right
// margin, above or below the wording, or in the middle of it (SIF);
// "The graded judgement for adoption performance is that it is good";
// "The Local Safeguarding Children Board is good"; and "Quality of
// provision" / "Grade 3 (Adequate)" (2013 looked after children
// inspections). A heading is a block of at most six lines made only of
// the words of judgement wordings, grades and the few words that make
// them a sentence; it names exactly one area and one grade, and the line
// after it does not continue a sentence.

// isHeadingStart reports whether t begins as a graded heading can: with
// the wording of a judgement.
func isHeadingStart(t string) bool {
	switch t[0] {
	case 'T':
		if !hasPrefixFold(t, "The ") {
			return false
		}
		r := t[len("The "):]
		if r == "" {
			return false
		}
		switch r[0] | 0x20 {
		case 'e':
			return hasPrefixFold(r, "experience") || hasPrefixFold(r, "effectiveness of the")
		case 'i':
			return hasPrefixFold(r, "impact of leaders")
		case 'g':
			return hasPrefixFold(r, "graded judgement") || hasPrefixFold(r, "graded judgment")
		case 'j':
			return hasPrefixFold(r, "judgement for") || hasPrefixFold(r, "judgment for")
		case 'l':
			return hasPrefixFold(r, "local safeguarding children") || hasPrefixFold(r, "LSCB")
		}
	case 'E':
		return hasPrefixFold(t, "Experience")
	case 'I':
		return hasPrefixFold(t, "Impact of leaders")
	case 'L':
		return hasPrefixFold(t, "Leadership")
	case 'O':
		return hasPrefixFold(t, "Overall effectiveness") || hasPrefixFold(t, "Outcomes for")
	case 'C':
		return hasPrefixFold(t, "Capacity to improve")
	case 'Q':
		return hasPrefixFold(t, "Quality of provision")
	case 'A':
		return hasPrefixFold(t, "Adoption")
	}
	return false
}

// headingLine sorts the words of a line of a heading as tableLine does,
// also allowing the words that make a heading a sentence. It returns ok
// false if the line has any other word.
func headingLine(ws []word, last wordKind, labels, grades []word) ([]word, []word, bool) {
	for j, w := range ws {
		prev, next := wOther, wOther
		if j > 0 && !w.chunk {
			prev = ws[j-1].kind
		}
		if j+1 < len(ws) && !ws[j+1].chunk {
			next = ws[j+1].kind
		}
		if isGradePart(w.kind, prev, w.chunk, last, next) && (w.kind != wGradeWord || next == wDigit) {
			grades = append(grades, w)
			last = w.kind
			continue
		}
		switch w.kind {
		case wLabel, wConnector, wTo:
			labels = append(labels, w)
		default:
			return labels, grades, false
		}
	}
	return labels, grades, true
}

// A gradedHead is a graded heading read from the text.
type gradedHead struct {
	area      Area
	grade     grade.Grade
	text      string // as printed, on one line
	line, col int    // where it starts
}

// maxHeadingLines is the most lines a heading may take.
const maxHeadingLines = 6

// gradedHeading reads the graded heading that starts at line i, if there
// is one, and returns it with the index of its last line.
func (p *reportParser) gradedHeading(i int) (gradedHead, int, bool) {
	var kw keywords // the label words' keywords
	labels := 0     // how many label words
	var col int32   // the column of the first label word
	grades := p.hgrd[:0]
	var blockLines [maxHeadingLines]int
	block := blockLines[:0] // the lines of the heading
	gradeOnly := 0          // lines in block that hold only grade words, as a bit set
	last := wOther
	end := min(len(p.lines), i+3*maxHeadingLines)
	for j := i; j < end && len(block) < maxHeadingLines; j++ {
		if p.lines[j].flags&lineFurniture != 0 {
			continue
		}
		if p.blank(j) {
			if len(grades) > 0 || len(block) == 0 || !p.gradeLineAfterBlank(j) {
				break
			}
			continue
		}
		ws, ok := p.lineWords(j, stopHeading)
		if !ok {
			// Not a line of a heading, unless it is the header of a SIF
			// judgement box ("Key Judgement").
			if len(ws) == 0 || ws[0].text[0]|0x20 != 'k' {
				break
			}
			if ws, _ = p.lineWords(j, 0); !isBoxHeader(ws) {
				break
			}
			continue
		}
		if isBoxHeader(ws) {
			continue
		}
		ls, gs, ok := headingLine(ws, last, p.lbuf[:0], p.gbuf[:0])
		p.lbuf, p.gbuf = ls, gs
		if !ok || len(ls)+len(gs) == 0 {
			break
		}
		if len(block) > 0 && len(ls) > 0 && isUpper(ls[0].text[0]) {
			if len(grades) > 0 {
				break // the next heading
			}
			kw, labels, block, gradeOnly = keywords{}, 0, block[:0], 0 // a title line above the heading
		}
		if len(ls) == 0 {
			gradeOnly |= 1 << len(block)
		} else if labels == 0 {
			col = ls[0].col
		}
		for _, w := range ls {
			kw.add(w.key)
		}
		labels += len(ls)
		grades = append(grades, gs...)
		if len(gs) > 0 {
			last = gs[len(gs)-1].kind
		}
		block = append(block, j)
	}
	p.hgrd = grades[:0]
	if len(block) == 0 || labels == 0 || labels > 30 {
		return gradedHead{}, 0, false
	}
	a := kw.area()
	cells := readCells(p.cbuf[:0], grades)
	p.cbuf = cells[:0]
	if a == 0 || len(cells) != 1 || !cells[0].ok || !cells[0].grade.IsValid() {
		return gradedHead{}, 0, false
	}
	lastLine := block[len(block)-1]
	if next := p.nextText(lastLine+1, min(len(p.lines), lastLine+4)); next >= 0 {
		if _, t := p.trimmed(next); isLower(t[0]) {
			return gradedHead{}, 0, false // the "heading" is the start of a sentence
		}
	}
	// The heading as printed, with a grade printed above or inside the
	// wording moved after it.
	b := p.head[:0]
	for pass := 0; pass < 2; pass++ {
		for k, l := range block {
			moved := gradeOnly&(1<<k) != 0 && k < len(block)-1
			if moved != (pass == 1) {
				continue
			}
			_, t := p.trimmed(l)
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = appendCollapsed(b, t)
		}
	}
	p.head = b
	return gradedHead{
		area:  a,
		grade: cells[0].grade,
		text:  p.keep(b),
		line:  block[0],
		col:   int(col),
	}, lastLine, true
}

// gradeLineAfterBlank reports whether the text after the blank line j is
// a line of grade words alone (a SIF heading with its grade a line
// below).
func (p *reportParser) gradeLineAfterBlank(j int) bool {
	for n := 0; n < 3; n++ {
		next := p.nextText(j, min(len(p.lines), j+8))
		if next < 0 {
			return false
		}
		ws, _ := p.lineWords(next, 0)
		if isBoxHeader(ws) {
			j = next + 1
			continue
		}
		ls, gs, ok := headingLine(ws, wOther, p.lbuf[:0], p.gbuf[:0])
		p.lbuf, p.gbuf = ls, gs
		return ok && len(ls) == 0 && len(gs) > 0
	}
	return false
}

// isBoxHeader reports whether words are the header of the box some SIF
// reports print under a section heading ("Key Judgement", "Judgement
// Grade").
func isBoxHeader(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		t := w.text
		switch t[0] | 0x20 {
		case 'k', 'j', 'g', 's':
		default:
			return false
		}
		switch {
		case strings.EqualFold(t, "key"), strings.EqualFold(t, "judgement"), strings.EqualFold(t, "judgment"),
			strings.EqualFold(t, "grade"), strings.EqualFold(t, "sub-judgement"), strings.EqualFold(t, "sub-judgment"):
		default:
			return false
		}
	}
	return true
}

// heading records a graded heading found at line i, and reports whether
// it is one (see inParent). A heading opens a section, except on the
// front page of a SIF report, where the LSCB's judgement is printed under
// the table. The LSCB's judgement has no row in the table: its first
// heading (or the headline of a review of the board alone) gives it.
// Every other heading is checked against the judgement table when the
// whole report has been read.
func (p *reportParser) heading(st *bodyState, i int, h gradedHead) bool {
	if !p.inParent(st, h.area) {
		return false
	}
	pos := p.pos(h.line, h.col)
	p.found = true
	if h.area == LSCB {
		if _, ok := p.in.Judgements[LSCB]; !ok {
			p.setGrade(LSCB, h.grade, pos, false, "")
		}
	}
	p.headings = append(p.headings, headingRef{area: h.area, grade: h.grade, pos: pos, text: h.text})
	if i < st.firstBrk && (p.doc == docSIF || p.doc == docSIFRe || p.doc == docLSCBReview) {
		return true
	}
	p.closePara(st)
	p.closeItem(st)
	st.list = listNone
	if p.in.Sections == nil {
		p.in.Sections = make([]Section, 0, 8) // reports have three to seven
	}
	p.in.Sections = append(p.in.Sections, Section{Area: h.area, Heading: h.text, Grade: h.grade})
	p.secFrom = append(p.secFrom, len(p.pars))
	st.section = len(p.in.Sections) - 1
	return true
}

// inParent reports whether a heading about area a is in its place. Under
// the SIF (a judgement table with looked after children), adoption
// performance and care leavers are sub-judgements of looked after
// children: their headings come inside its section, and a line such as
// "Adoption performance: requires improvement" elsewhere (a list of the
// last inspection's judgements) is not one.
func (p *reportParser) inParent(st *bodyState, a Area) bool {
	if a != AdoptionPerformance && a != CareLeavers {
		return true
	}
	if _, sif := p.in.Judgements[LookedAfterChildren]; !sif {
		return true
	}
	if st.section < 0 {
		return false
	}
	switch p.in.Sections[st.section].Area {
	case LookedAfterChildren, AdoptionPerformance, CareLeavers:
		return true
	}
	return false
}

// numbered reads a line that starts with a paragraph number ("12."): a
// numbered point of a list, or a numbered paragraph.
func (p *reportParser) numbered(st *bodyState, i, off, n, at int, rest string) {
	if st.list == listRecs {
		p.closeItem(st)
		p.openItem(st, i, off, n, rest)
		if rest != "" {
			st.hanging = off + at
		}
		return
	}
	p.openPara(st, i, n, rest)
	if rest != "" {
		st.hanging = off + at
	}
}

// openPara opens a paragraph numbered n (0 for none), at line i, whose
// first text is rest. Outside a section the paragraph is read but not kept.
func (p *reportParser) openPara(st *bodyState, i, n int, rest string) {
	p.closePara(st)
	p.closeItem(st)
	st.hanging = -1
	st.hasText = false
	st.open = true
	st.number = n
	st.inList = false
	if st.section < 0 {
		if rest != "" {
			st.hasText = true
		}
		return
	}
	if p.pars == nil {
		// The first paragraph: the paragraphs are most of the text from
		// here on, less its line ends and margins, and there is one for
		// every 700 bytes or so.
		rest := len(p.text) - int(p.lines[i].start)
		p.pars = make([]Paragraph, 0, rest/512+16)
		p.paraBuf.Grow(rest)
	}
	p.pars = append(p.pars, Paragraph{})
	p.pars[len(p.pars)-1].Number = n
	st.para, st.paraAt = len(p.pars)-1, p.paraBuf.Len()
	if rest != "" {
		p.appendPara(st, rest)
	}
}

// closePara ends the open paragraph. Its text is final, and is taken from
// paraBuf now: the bytes of a strings.Builder, once written, never change,
// even when it grows.
func (p *reportParser) closePara(st *bodyState) {
	if st.para >= 0 {
		p.pars[st.para].Text = p.paraBuf.String()[st.paraAt:]
	}
	st.para = -1
	st.open = false
}

// textLine reads a line of text that is not a heading or a list item: more of
// the open paragraph, or the start of an unnumbered one.
func (p *reportParser) textLine(st *bodyState, i, off int, t string) {
	if m := bulletAt(t); m != "" {
		// A list inside a numbered paragraph ("... the following:" / "◼
		// ..."), or a paragraph of its own (early SIF reports write their
		// findings as bullets).
		if st.open && st.number > 0 && ((st.hanging > 0 && off >= st.hanging) || st.lastEnd == ':' || st.inList) {
			if st.para >= 0 {
				p.appendPara(st, t)
			}
			st.inList = true
			return
		}
		_, t = trimLine(t[len(m):])
		if t == "" {
			return
		}
		p.openPara(st, i, 0, t)
		return
	}
	startsBlock := !st.open || st.blank || st.page || sentenceEnds(st.lastEnd)
	if startsBlock && isUpper(t[0]) && p.isSubheading(i, t) {
		// "Executive summary", "Inspection findings", "The inspection
		// team": a heading inside or after a section, not text.
		p.closePara(st)
		return
	}
	if st.open && continues(st, off, t) {
		if st.para >= 0 {
			p.appendPara(st, t)
		}
		st.hasText = true
		return
	}
	p.openPara(st, i, 0, t)
}

// sentenceEnds reports whether a line ending in c ends a sentence.
func sentenceEnds(c byte) bool {
	switch c {
	case '.', '?', '!', ':':
		return true
	}
	return false
}

// continues reports whether a line of text at indent off continues the
// open paragraph or item: it has no text yet (its number stood alone), or
// nothing but a page break came between, or no blank line did, or the line
// starts in lower case, or (pdftotext -layout) it is indented under the
// text of a numbered paragraph.
func continues(st *bodyState, off int, t string) bool {
	switch {
	case !st.hasText, st.page, !st.blank, isLower(t[0]):
		return true
	}
	return st.hanging > 0 && off >= st.hanging
}

// isSubheading reports whether line i, text t, is a heading inside a
// section or list, such as "Executive summary" or "Adoption": short, not
// ending a sentence, with a blank line, a page break or a numbered
// paragraph after it, or, when shorter still, a new sentence.
func (p *reportParser) isSubheading(i int, t string) bool {
	if len(t) > 90 || !isUpper(t[0]) {
		return false
	}
	switch t[len(t)-1] {
	case '.', ',', ';', ':', '!', ')':
		return false
	}
	if i+1 >= len(p.lines) {
		return true
	}
	next := &p.lines[i+1]
	if next.flags&(lineNewPage|lineFurniture) != 0 {
		return true
	}
	_, u := p.trimmed(i + 1)
	if u == "" {
		return true
	}
	if isDigit(u[0]) {
		if _, _, ok := numberedStart(u); ok {
			return true
		}
	}
	// Plain pdftotext drops the blank line after a heading: a short line
	// followed by the start of a sentence is one too.
	return len(t) < 50 && isUpper(u[0])
}

// appendPara adds the text t of a line to the open paragraph: after a
// space, or, when the last line ended in a hyphen between letters
// ("decision-" / "making"), straight after it. Spaces inside a line are
// kept as printed (prose has single spaces; a run of spaces is a gap
// between columns), except that in text with tabs (copied out of a PDF
// viewer) each run of spaces and tabs becomes one space.
func (p *reportParser) appendPara(st *bodyState, t string) {
	buf := &p.paraBuf
	if st.hasText {
		if !(st.lastEnd == '-' && isLetter(st.lastPrev) && isLetter(t[0])) {
			buf.WriteByte(' ')
		}
	}
	if p.tabbed {
		writeCollapsed(buf, t)
	} else {
		buf.WriteString(t)
	}
	st.hasText = true
}

// writeCollapsed writes t to b with each run of spaces and tabs made one
// space.
func writeCollapsed(b *strings.Builder, t string) {
	if !collapsible(t) {
		b.WriteString(t)
		return
	}
	space := false
	for k := 0; k < len(t); k++ {
		if c := t[k]; c == ' ' || c == '\t' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(t[k])
	}
}

// appendCollapsed appends t to b as writeCollapsed writes it.
func appendCollapsed(b []byte, t string) []byte {
	if !collapsible(t) {
		return append(b, t...)
	}
	space := false
	for k := 0; k < len(t); k++ {
		if c := t[k]; c == ' ' || c == '\t' {
			space = true
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, t[k])
	}
	return b
}

// collapsible reports whether s has a run of spaces and tabs that is not
// a single space.
func collapsible(s string) bool {
	return hasDoubleSpace(s) || strings.IndexByte(s, '\t') >= 0
}

// hasDoubleSpace reports whether s has two spaces in a row. It reads s
// eight bytes at a time (overlapping by one, so that no pair is missed):
// strings.Contains(s, "  ") stops at every space, and the spaces of text
// are many.
func hasDoubleSpace(s string) bool {
	const (
		ones   = 0x0101010101010101
		spaces = 0x20 * ones
		lows   = 0x7f * ones
		highs  = 0x80 * ones
	)
	i := 0
	for ; i+8 <= len(s); i += 7 {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		y := x ^ spaces
		// The high bit of each byte of m is set where y is zero: where x
		// has a space. (Exact: no carry crosses a byte.)
		m := ^(((y & lows) + lows) | y) & highs
		if m&(m>>8) != 0 {
			return true
		}
	}
	for ; i+1 < len(s); i++ {
		if s[i] == ' ' && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return isLower(c) || isUpper(c) }
