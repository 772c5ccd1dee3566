package inspection

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/childrens-services/judgements/grade"
)

// ParseReport reads the text of an Ofsted report on a local authority's
// children's services and returns the inspection it records, with every
// problem it met.
//
// The text may come from pdftotext -layout, from plain pdftotext, or be
// copied out of a PDF viewer (the judgement table then separated by tabs).
// ParseReport reads the reports of ILACS (2018-2022, 2023 on, and from April
// 2026 without overall effectiveness), of the single inspection framework
// (inspections and re-inspections, 2014-2018, with the review of the Local
// Safeguarding Children Board, and the stand-alone LSCB review), of the
// 2013 inspections of looked after children services, and the letters of
// the 2009-2012 unannounced inspections of contact, referral and
// assessment. See the package documentation, "Reading reports", for what
// it reads from each and how it decides the framework and kind.
//
// The returned Inspection is never nil: it holds what was read even when
// there are problems, and its Checks are [CheckConsistency]'s findings.
// The error is nil or an [ErrorList] of [*Error], sorted by position. Each
// problem wraps a sentinel for errors.Is and carries the line and column
// of the text it is about, or the zero Position when it is about the whole
// report:
//
//   - [ErrPDF]: the input is a PDF file, not text (nothing else is read);
//   - [ErrNotReport]: nothing in the text is part of an Ofsted report;
//   - [ErrNoFramework]: neither the title, the judgements nor the dates
//     say which framework the report is under;
//   - [ErrNoDates]: the inspection dates are missing or cannot be read;
//   - [ErrUnreadableCell]: a row of the judgement table whose label or
//     grade cannot be read;
//   - [ErrDuplicate]: an area graded twice in the table;
//   - [ErrHeadingGrade]: a section heading (or the SIF headline, or a
//     repeated LSCB judgement) whose grade disagrees with the judgement
//     table; the table's grade is kept;
//   - [ErrReference]: a national framework reference that names no
//     outcome, enabler or principle;
//   - and every problem [Validate] finds in what was read, such as
//     [ErrMissingJudgement] for a table row missing for an area the
//     framework requires, placed at the table (or the report's title,
//     dates or headline) it concerns.
//
// ParseReport never fills a missing judgement from elsewhere in the text:
// a disagreement or a gap is reported, not resolved.
func ParseReport(text string) (*Inspection, error) {
	in := new(Inspection)
	if isPDF(text) {
		return in, ErrorList{{
			Pos: Position{Line: 1, Column: 1},
			Err: ErrPDF,
			Msg: "extract the text first, for example with: pdftotext -layout report.pdf report.txt",
		}}
	}
	if len(text) > maxReport {
		return in, ErrorList{{Err: ErrNotReport, Msg: "the text is too long to be a report"}}
	}
	p := reportParser{text: text, in: in}
	sc, _ := scratchPool.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	p.scratch = *sc
	p.parse()
	if cap(p.lines) <= maxPooledLines {
		*sc = p.scratch
		sc.reset()
		scratchPool.Put(sc)
	}
	slices.SortStableFunc(p.errs, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Column, b.Pos.Column))
	})
	return in, p.errs.Err()
}

// maxReport is the longest text ParseReport reads, far beyond any
// report (the longest in the corpus is under 200 kB): line positions are
// kept as 32-bit offsets.
const maxReport = 1<<31 - 1

// scratch is the working memory of one ParseReport call that nothing of
// its result refers to: the line index and the buffers of words. It is
// kept in scratchPool for the next call.
type scratch struct {
	lines   []rline
	wbuf    []word     // the words of one line
	lbuf    []word     // the label words of one line
	gbuf    []word     // the grade words of one line
	hgrd    []word     // the grade words of a heading
	cbuf    []cell     // the cells of a heading or table
	trows   []tableRow // the rows of a table
	tlab    []word     // the label words of a table
	tgrd    []word     // the grade words of a table
	spans   []span     // where each paragraph's text lies in paraBuf
	breaks  []int      // the lines that start a page, but the first
	edges   []pageEdge // the lines around each page break
	numbers []int      // the lines that are a number alone
}

// reset empties s, and clears the words, which point into the last text,
// so that the pool does not keep it alive.
func (s *scratch) reset() {
	for _, b := range []*[]word{&s.wbuf, &s.lbuf, &s.gbuf, &s.hgrd, &s.tlab, &s.tgrd} {
		clear((*b)[:cap(*b)])
		*b = (*b)[:0]
	}
	s.lines, s.cbuf, s.trows, s.spans, s.breaks, s.edges, s.numbers = s.lines[:0], s.cbuf[:0], s.trows[:0], s.spans[:0], s.breaks[:0], s.edges[:0], s.numbers[:0]
}

var scratchPool sync.Pool

// maxPooledLines is the most lines whose scratch is kept in scratchPool:
// a report of 100 000 lines would be unusual.
const maxPooledLines = 100_000

// isPDF reports whether text is the bytes of a PDF file, which start with
// "%PDF-" (ISO 32000-1, 7.5.2), perhaps after a byte order mark or white
// space.
func isPDF(text string) bool {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.TrimLeft(text, " \t\r\n")
	return strings.HasPrefix(text, "%PDF")
}

// A docKind is what a report's title says it is.
type docKind uint8

const (
	docUnknown    docKind = iota
	docILACS              // "Inspection of ... local authority children's services", "Inspection of children's social care services"
	docSIF                // "Inspection of services for children in need of help and protection, ..."
	docSIFRe              // "Re-inspection of services for children in need ..."
	docLSCBReview         // "Review of the effectiveness of the Local Safeguarding Children Board" alone
	docTLAC               // "Inspection of looked after children services"
	docLetter             // "Annual unannounced inspection of contact, referral and assessment arrangements ..."
)

// A rline is one line of the report text: where it is, so that the index
// of a whole report holds no pointers.
type rline struct {
	start, end int32  // the line's bytes in the text, less its line ending and trailing white space
	lead       uint16 // the spaces and tabs after its form feeds, before its text (saturating)
	ff         uint8  // the form feeds (and byte order mark) it starts with
	flags      uint8
}

const (
	lineNewPage   uint8 = 1 << iota // the line starts a page: a form feed came before it
	lineFurniture                   // a running header or footer, page number, or footnote
	lineNumber                      // the line is a number of one to three digits alone
)

// reportParser holds the state of one ParseReport call.
type reportParser struct {
	text string
	in   *Inspection
	errs ErrorList
	scratch

	tabbed   bool // whether the text has tabs (copied out of a PDF viewer)
	numberAt int  // markFootnotes' place in numbers

	doc      docKind
	frontEnd int // index of the first line of the body

	// Where things were read, for the positions of problems.
	titlePos     Position
	datesPos     Position
	publishedPos Position
	headlinePos  Position
	tablePos     Position
	areaPos      [numAreas]Position // where each judgement was read
	found        bool               // whether anything of a report was found

	headings []headingRef // graded headings, to check against the judgements

	paraBuf strings.Builder // the text of every paragraph, end to end
	pars    []Paragraph     // every paragraph of every section, in order
	secFrom []int           // the index in pars of each section's first paragraph
}

// A span is where a paragraph's text lies in reportParser.paraBuf.
type span struct{ start, end int }

// A headingRef records a graded heading for the cross-check with the
// judgement table.
type headingRef struct {
	area  Area
	grade grade.Grade
	pos   Position
	text  string
}

// pos returns the position of byte off of line i.
func (p *reportParser) pos(i, off int) Position {
	return Position{Line: i + 1, Column: int(p.lines[i].ff) + off + 1}
}

// add records a problem.
func (p *reportParser) add(pos Position, field string, kind error, format string, args ...any) {
	p.errs.Add(pos, field, kind, format, args...)
}

func (p *reportParser) parse() {
	p.index()
	p.markFurniture()
	p.readFront()
	p.readBody()
	p.finish()
}

// index splits the text into lines. A form feed (pdftotext's page break)
// at the start of a line marks the line as the first of a page.
func (p *reportParser) index() {
	text := p.text
	if want := len(text)/40 + 64; cap(p.lines) < want { // reports' lines average 60 bytes
		p.lines = make([]rline, 0, want)
	}
	// Text copied out of a PDF viewer separates the judgement table's
	// cells with tabs, on the first page.
	// Text copied out of a PDF viewer has its judgement table's cells
	// separated by tabs, on the first page.
	p.tabbed = strings.IndexByte(text[:min(len(text), 16<<10)], '\t') >= 0
	for start := 0; start < len(text); {
		end := len(text)
		next := end
		if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
			end = start + k
			next = end + 1
		}
		// Trailing white space; pdftotext -layout leaves none, plain
		// pdftotext a space on some lines.
		for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\r') {
			end--
		}
		l := rline{start: int32(start), end: int32(end)}
		if start == 0 && strings.HasPrefix(text, "\ufeff") {
			l.ff = uint8(len("\ufeff"))
		}
		k := start + int(l.ff)
		for k < end && text[k] == '\f' && l.ff < 255 {
			l.ff++
			k++
			l.flags |= lineNewPage
		}
		lead := k
		k = skipSpaces(text, k, end)
		l.lead = uint16(min(k-lead, 1<<16-1))
		if n := end - k; 0 < n && n <= 3 && isBareNumber(text[k:end]) {
			l.flags |= lineNumber
			p.numbers = append(p.numbers, len(p.lines))
		}
		if l.flags&lineNewPage != 0 && len(p.lines) > 0 {
			p.breaks = append(p.breaks, len(p.lines))
		}
		p.lines = append(p.lines, l)
		start = next
	}
}

// skipSpaces returns the index of the first byte of text[k:end] that is
// not a space or a tab, or end. The margins of pdftotext -layout are long
// runs of spaces: it passes eight at a time.
func skipSpaces(text string, k, end int) int {
	const spaces = 0x2020202020202020
	for k+8 <= end {
		b := text[k : k+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if x != spaces {
			break
		}
		k += 8
	}
	for k < end && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	return k
}

// trimmed returns the offset of the first byte of line i that is not a
// space or tab, and the line's text from there.
func (p *reportParser) trimmed(i int) (int, string) {
	l := &p.lines[i]
	if l.lead == 1<<16-1 {
		return trimLine(p.line(i))
	}
	from := int(l.start) + int(l.ff) + int(l.lead)
	return int(l.lead), p.text[from:l.end]
}

// line returns the text of line i, without its line ending and leading
// form feeds.
func (p *reportParser) line(i int) string {
	l := &p.lines[i]
	return p.text[int(l.start)+int(l.ff) : l.end]
}

// trimLine returns the offset of the first byte of s that is not a space
// or tab, and s without its leading and trailing spaces and tabs.
func trimLine(s string) (int, string) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	j := len(s)
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\r' || s[j-1] == '\f') {
		j--
	}
	return i, s[i:j]
}

// blank reports whether line i holds nothing but white space.
func (p *reportParser) blank(i int) bool {
	l := &p.lines[i]
	return int(l.start)+int(l.ff)+int(l.lead) >= int(l.end)
}

// finish decides the framework and kind, checks what was read against
// itself and against the framework, and fills in the consistency checks.
func (p *reportParser) finish() {
	in := p.in
	if !p.found {
		p.errs = ErrorList{{Err: ErrNotReport, Msg: "found no title, inspection dates, judgement table or graded heading of an Ofsted report on children's services"}}
		return
	}
	p.decideFramework()
	p.crossCheck()
	if in.Framework == 0 {
		p.add(p.titlePos, "framework", ErrNoFramework, "neither the title, the judgements nor the dates say which inspection framework this report is under")
	} else {
		for _, e := range Validate(in) {
			e.Pos = p.fieldPos(e.Field)
			p.errs = append(p.errs, e)
		}
	}
	in.Checks = CheckConsistency(in)
	p.setParagraphs()
}

// fieldPos returns where in the text the Inspection field named by a
// Validate problem was read, or the zero Position.
func (p *reportParser) fieldPos(field string) Position {
	switch field {
	case "start", "end":
		return p.datesPos
	case "published":
		return p.publishedPos
	case "framework", "kind":
		return cmp.Or(p.titlePos, p.tablePos)
	}
	if key, ok := strings.CutPrefix(field, "judgements."); ok {
		if a, err := ParseArea(key); err == nil {
			if pos := p.areaPos[a]; pos.IsValid() {
				return pos
			}
		}
		return cmp.Or(p.tablePos, p.headlinePos, p.titlePos)
	}
	return Position{}
}

// setGrade records the judgement g for a, read at pos, unless a was graded
// already: then a different grade is a problem (ErrDuplicate for two table
// rows, ErrHeadingGrade for a heading restating it), and the first stays.
func (p *reportParser) setGrade(a Area, g grade.Grade, pos Position, fromTable bool, what string) {
	if old, ok := p.in.Judgements[a]; ok {
		switch {
		case fromTable:
			p.add(pos, "judgements."+a.String(), ErrDuplicate, "%s is graded again (%s), after %s at %s", a.Label(), g.Phrase(), old.Phrase(), p.areaPos[a])
		case old.Compare(g) != 0:
			p.add(pos, "judgements."+a.String(), ErrHeadingGrade, "%s says %s is %s, but it was read as %s at %s", what, a.Label(), g.Phrase(), old.Phrase(), p.areaPos[a])
		}
		return
	}
	p.in.SetGrade(a, g)
	p.areaPos[a] = pos
}

// crossCheck reports each graded heading whose grade disagrees with the
// judgement read for its area.
func (p *reportParser) crossCheck() {
	for _, h := range p.headings {
		g, ok := p.in.Judgements[h.area]
		if !ok || h.pos == p.areaPos[h.area] {
			continue
		}
		if g.Compare(h.grade) != 0 {
			p.add(h.pos, "judgements."+h.area.String(), ErrHeadingGrade, "heading %q grades %s %s, but the judgement table says %s (at %s)", h.text, h.area.Label(), h.grade.Phrase(), g.Phrase(), p.areaPos[h.area])
		}
	}
}

// setParagraphs gives each section its paragraphs, and each paragraph its
// text, now that all of it is in paraBuf. The paragraphs of a section are
// together in pars, since only the last section read is ever open.
func (p *reportParser) setParagraphs() {
	all := p.paraBuf.String()
	for k, r := range p.spans {
		p.pars[k].Text = all[r.start:r.end]
	}
	for k := range p.in.Sections {
		from, to := p.secFrom[k], len(p.pars)
		if k+1 < len(p.secFrom) {
			to = p.secFrom[k+1]
		}
		if from < to {
			p.in.Sections[k].Paragraphs = p.pars[from:to:to]
		}
	}
}
