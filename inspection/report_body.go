package inspection

import (
	"strings"
)

// This file walks the body of a report line by line, after the front page:
// the main pass over the text. Most lines are the text of a paragraph, and
// cost a few byte comparisons and a copy; only lines that begin with a
// number, a bullet or a capital letter are looked at further, for the
// headings, lists and paragraph numbers of report_sections.go,
// report_improve.go and report_letter.go.

// A listKind is the kind of list the body is in.
type listKind uint8

const (
	listNone     listKind = iota
	listRecs              // "What needs to improve?" and the SIF's recommendations
	listFindings          // the lists of a 2009 unannounced inspection letter
)

// bodyState is where the body pass is.
type bodyState struct {
	section int // index of the open section in Inspection.Sections, or -1
	para    int // index of the open paragraph in p.pars, or -1
	paraAt  int // where its text starts in p.paraBuf
	hanging int // the indent of the open paragraph's text after its number, or -1

	list        listKind
	itemOpen    bool            // a recommendation or finding is open
	itemNum     int             // its number, or 0
	itemLine    int             // its line, for problems
	itemCol     int             // its column
	marker      string          // the bullet that starts an item of the list
	recArea     Area            // the judgement the recommendations are listed under
	recBase     Area            // the judgement the whole list is about (the LSCB's), or 0
	recPriority bool            // whether they are under "Priority and immediate action"
	finding     FindingKind     // the kind of the letter's list, or 0 in prose
	prose       strings.Builder // the letter's prose since the last blank line

	blank    bool // a blank line came since the last line of text
	page     bool // a page break came since the last line of text
	lastEnd  byte // the last byte of the last line of text
	lastPrev byte // the byte before it
	open     bool // a paragraph is open (kept in a section or not)
	number   int  // the open paragraph's number, or 0
	inList   bool // the open numbered paragraph has a bulleted list in it
	hasText  bool // the open paragraph or item has text
	firstBrk int  // index of the first page break
}

// readBody reads the body of the report, from the end of the front page.
func (p *reportParser) readBody() {
	st := bodyState{section: -1, para: -1, hanging: -1, firstBrk: len(p.lines)}
	if len(p.breaks) > 0 {
		st.firstBrk = p.breaks[0]
	}
	if p.doc == docLetter {
		st.list = listFindings
	}
	text, lines := p.text, p.lines
	for i := p.frontEnd; i < len(lines); i++ {
		l := &lines[i]
		off, t := 0, ""
		if l.flags == 0 {
			t = text[l.from:l.end]
		} else {
			if l.flags&lineNewPage != 0 {
				st.page = true
			}
			if l.flags&lineFurniture != 0 {
				continue
			}
			off, t = p.trimmed(i)
		}
		if t == "" {
			st.blank = true
			continue
		}
		if st.open && st.hasText && !st.blank && st.list == listNone && isLower(t[0]) {
			i = p.runOn(&st, i, t)
			continue
		}
		if l.flags == 0 {
			off = int(l.from-l.start) - int(l.ff)
		}
		i = p.bodyLine(&st, i, off, t)
		st.blank, st.page = false, false
		st.lastEnd = t[len(t)-1]
		if len(t) > 1 {
			st.lastPrev = t[len(t)-2]
		}
	}
	p.closePara(&st)
	p.closeItem(&st)
}

// runOn reads line i, text t, which runs on the open paragraph in lower
// case, and the lines after it that do too, with no blank line, page
// break or furniture between: most lines of a report, and nothing but
// text. It returns the index of the last.
func (p *reportParser) runOn(st *bodyState, i int, t string) int {
	text, lines := p.text, p.lines
	keep := st.para >= 0 // whether the paragraph is kept
	if keep {
		p.appendPara(st, t)
	}
	last, prev := t[len(t)-1], st.lastPrev // as st.lastEnd and st.lastPrev
	if len(t) > 1 {
		prev = t[len(t)-2]
	}
	for ; i+1 < len(lines); i++ {
		l := &lines[i+1]
		if l.flags != 0 || l.from >= l.end || !isLower(text[l.from]) {
			break
		}
		from, end := int(l.from), int(l.end)
		if keep {
			// As appendPara does, but with the last space of the line's
			// margin, if it has one, as the space between the lines.
			at := from
			switch {
			case last == '-' && isLetter(prev):
			case at > int(l.start) && text[at-1] == ' ' && !p.tabbed:
				at--
			default:
				p.paraBuf.WriteByte(' ')
			}
			if p.tabbed {
				writeCollapsed(&p.paraBuf, text[at:end])
			} else {
				p.paraBuf.WriteString(text[at:end])
			}
		}
		last = text[end-1]
		if end-from > 1 {
			prev = text[end-2]
		}
	}
	st.lastEnd, st.lastPrev = last, prev
	st.blank, st.page = false, false
	return i
}

// bodyLine reads line i, whose text t starts at byte off, and returns the
// index of the last line it used.
func (p *reportParser) bodyLine(st *bodyState, i, off int, t string) int {
	c := t[0]
	switch {
	case isDigit(c):
		if n, at, ok := numberedStart(t); ok {
			p.numbered(st, i, off, n, at, t[at:])
			return i
		}
		if isBareNumber(t) {
			return i // a page number that was not at a page break
		}
	case isUpper(c):
		if last, ok := p.structural(st, i, off, t); ok {
			return last
		}
		if isHeadingStart(t) {
			if h, last, ok := p.gradedHeading(i); ok && p.heading(st, i, h) {
				return last
			}
		}
	case c == 0xC2 && strings.HasPrefix(t, "© Crown copyright"):
		p.endAll(st)
		return i
	}
	if st.list != listNone {
		if p.listLine(st, i, off, t) {
			return i
		}
	}
	p.textLine(st, i, off, t)
	return i
}

// numberedStart returns the number that starts t ("12.", followed by a
// space, a tab or nothing), and the offset of the text after it.
func numberedStart(t string) (n, at int, ok bool) {
	i := 0
	for i < len(t) && i < 4 && isDigit(t[i]) {
		n = n*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || i > 3 || i >= len(t) || t[i] != '.' {
		return 0, 0, false
	}
	i++
	if i < len(t) && t[i] != ' ' && t[i] != '\t' {
		return 0, 0, false
	}
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return n, i, n > 0
}

// endAll closes the open paragraph, item, list and section: the report's
// judgement sections are over.
func (p *reportParser) endAll(st *bodyState) {
	p.closePara(st)
	p.closeItem(st)
	st.list = listNone
	st.section = -1
}

// structural reads line i if it is one of the headings that organise a
// report without grading anything: the headings of recommendations, the
// headings that end the judgement sections ("Information about this
// inspection", "What the inspection judgements mean", the back page),
// the lead inspector, the record of main findings, and the headings of a
// letter's lists. It reports whether it did, and the last line it used.
func (p *reportParser) structural(st *bodyState, i, off int, t string) (int, bool) {
	switch t[0] {
	case 'W':
		switch {
		case hasPrefixFold(t, "What needs to improve"), hasPrefixFold(t, "What does the local authority need to improve"):
			p.startRecs(st, 0, false)
			return i, true
		case hasPrefixFold(t, "What does the LSCB need to improve"), hasPrefixFold(t, "What does the Local Safeguarding Children Board need to improve"):
			p.startRecs(st, LSCB, false)
			return i, true
		case hasPrefixFold(t, "What the inspection judgements mean"), hasPrefixFold(t, "What the inspection judgments mean"),
			hasPrefixFold(t, "What the local authority inspection judgements mean"):
			p.endAll(st)
			return i, true
		}
	case 'R':
		switch {
		case isLine(t, "Recommendations"):
			p.startRecs(st, p.sectionArea(st, LSCB), false)
			return i, true
		case isLine(t, "Record of main findings"):
			p.endAll(st)
			for j := i + 1; j < len(p.lines) && j <= i+8; j++ {
				if p.lines[j].flags&lineFurniture == 0 && !p.blank(j) && p.isTableStart(j) {
					return p.readTable(j, i+1) - 1, true
				}
			}
			return i, true
		case hasPrefixFold(t, "Reporting inspector"):
			p.readLeadInspector(i, t)
			return i, true
		}
	case 'L':
		if hasPrefixFold(t, "Lead inspector") {
			p.readLeadInspector(i, t)
			return i, true
		}
	case 'A':
		switch {
		case isLine(t, "Areas for improvement"):
			if st.list != listRecs {
				p.startRecs(st, p.sectionArea(st, LSCB), false)
			} else {
				p.closeItem(st)
				st.recPriority = false
			}
			return i, true
		case p.doc == docLetter && isLine(t, "Areas for development"):
			p.startFindings(st, AreaForDevelopment)
			return i, true
		case p.doc == docLetter && (isLine(t, "Area for priority action") || isLine(t, "Areas for priority action")):
			p.startFindings(st, AreaForPriorityAction)
			return i, true
		}
	case 'P':
		if isLine(t, "Priority and immediate action") || isLine(t, "Priority actions") || isLine(t, "Priority action") {
			if st.list != listRecs {
				p.startRecs(st, p.sectionArea(st, LSCB), true)
			} else {
				p.closeItem(st)
			}
			st.recPriority = true
			return i, true
		}
	case 'S':
		switch {
		case p.doc == docLetter && isLine(t, "Strengths"):
			p.startFindings(st, Strength)
			return i, true
		case hasPrefixFold(t, "Summary for children and young people"), hasPrefixFold(t, "Summary of key findings"),
			isLine(t, "Summary of findings"), hasPrefixFold(t, "Section 1:"), hasPrefixFold(t, "Section 2:"):
			p.endAll(st)
			return i, true
		}
	case 'I':
		if hasPrefixFold(t, "Information about this ") || hasPrefixFold(t, "Information about the local authority inspection") {
			p.endAll(st)
			return i, true
		}
	case 'C':
		if isLine(t, "Contents") {
			p.endAll(st)
			return i, true
		}
	case 'T':
		if hasPrefixFold(t, "The Office for Standards in Education") {
			p.endAll(st)
			return i, true
		}
	case 'Y':
		if p.doc == docLetter && hasPrefixFold(t, "Yours sincerely") {
			p.endAll(st)
			return len(p.lines) - 1, true
		}
	}
	return i, false
}

// isLine reports whether t is the heading h, ignoring case, perhaps
// followed by a colon, a question mark or a footnote number.
func isLine(t, h string) bool {
	if !hasPrefixFold(t, h) {
		return false
	}
	for _, c := range []byte(t[len(h):]) {
		if c != ':' && c != '?' && c != ' ' && !isDigit(c) {
			return false
		}
	}
	return true
}

// sectionArea returns a if the open section is about a, and the zero Area
// otherwise; for the review of a Local Safeguarding Children Board alone,
// every recommendation is about the board.
func (p *reportParser) sectionArea(st *bodyState, a Area) Area {
	if p.doc == docLSCBReview {
		return LSCB
	}
	if st.section >= 0 && p.in.Sections[st.section].Area == a {
		return a
	}
	return 0
}
