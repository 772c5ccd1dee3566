package inspection

import (
	"cmp"
	"math/bits"
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
// kept as 32-bit offsets (unsigned, which need no sign extension).
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
	breaks  []int      // the lines that start a page, but the first
	edges   []pageEdge // the lines around each page break
	numbers []int      // the lines that are a number alone

	item     []byte       // the text of the open recommendation or finding
	head     []byte       // the text of a graded heading
	headings []headingRef // graded headings, to check against the judgements
	secFrom  []int        // the index in pars of each section's first paragraph
}

// reset empties s, and clears the words and headings, which point into
// the last text and result, so that the pool does not keep them alive.
func (s *scratch) reset() {
	for _, b := range []*[]word{&s.wbuf, &s.lbuf, &s.gbuf, &s.hgrd, &s.tlab, &s.tgrd} {
		clear((*b)[:cap(*b)])
		*b = (*b)[:0]
	}
	clear(s.headings)
	s.lines, s.cbuf, s.trows, s.breaks, s.edges, s.numbers = s.lines[:0], s.cbuf[:0], s.trows[:0], s.breaks[:0], s.edges[:0], s.numbers[:0]
	s.item, s.head, s.headings, s.secFrom = s.item[:0], s.head[:0], s.headings[:0], s.secFrom[:0]
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
	start uint32 // the line's first byte in the text
	from  uint32 // the first byte of its text: after its form feeds and margin
	end   uint32 // the end of its text: before its line ending and trailing white space
	ff    uint8  // the form feeds (and byte order mark) it starts with
	flags uint8
}

const (
	lineNewPage   uint8 = 1 << iota // the line starts a page: a form feed came before it
	lineFurniture                   // a running header or footer, page number, or footnote
	lineNumber                      // the line is a number of one to three digits alone
	lineWide                        // its margin is maxMargin bytes or more (see trimmed)
)

// maxMargin is the widest margin that trimmed takes from the line index;
// a line with a wider one (which no report has) is trimmed again as
// trimLine does.
const maxMargin = 1<<16 - 1

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

	paraBuf strings.Builder // the text of every paragraph, end to end (see openPara)
	pars    []Paragraph     // every paragraph of every section, in order
	strs    strings.Builder // the text of headings, recommendations and findings
}

// keep returns b as a string, stored with the other short texts of the
// result in strs: a few allocations for all of them. When strs is full,
// it starts afresh rather than grow, since the strings already kept need
// not move.
func (p *reportParser) keep(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if p.strs.Cap()-p.strs.Len() < len(b) {
		p.strs = strings.Builder{}
		p.strs.Grow(max(len(b), 4<<10))
	}
	from := p.strs.Len()
	p.strs.Write(b)
	return p.strs.String()[from:]
}

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
//
// It is the one pass that looks for the ends of lines, and the cost of
// ParseReport is mostly a cost per line: the loop is kept short, with what
// is rare (form feeds, margins, numbers alone) out of its way.
func (p *reportParser) index() {
	text := p.text
	lines := p.lines[:0]
	if want := len(text)/40 + 64; cap(lines) < want { // reports' lines average 60 bytes
		lines = make([]rline, 0, want)
	}
	p.numbers, p.breaks = p.numbers[:0], p.breaks[:0]
	// Text copied out of a PDF viewer has its judgement table's cells
	// separated by tabs, on the first page.
	p.tabbed = strings.IndexByte(text[:min(len(text), 16<<10)], '\t') >= 0
	for start := 0; start < len(text); {
		end := len(text)
		next := end
		if text[start] == '\n' {
			end, next = start, start+1 // a blank line: a quarter of all lines
		} else if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
			end = start + k
			next = end + 1
		}
		// Trailing white space; pdftotext -layout leaves none, plain
		// pdftotext a space on some lines.
		for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\r') {
			end--
		}
		from, ff, flags := start, uint8(0), uint8(0)
		if start < end {
			// Form feeds, spaces and tabs come before ' ', and the byte
			// order mark starts the text.
			if c := text[start]; c <= ' ' || start == 0 {
				from, ff, flags = lineHead(text, start, end)
			}
		}
		if n := end - from; uint(n-1) < 3 && isBareNumber(text[from:end]) {
			flags |= lineNumber
			p.numbers = append(p.numbers, len(lines))
		}
		if flags&lineNewPage != 0 && len(lines) > 0 {
			p.breaks = append(p.breaks, len(lines))
		}
		// The line is stored in place: building it on the stack and
		// copying it stalls the processor (the copy's wide loads cannot be
		// forwarded from the narrow stores just before).
		lines = append(lines, rline{})
		l := &lines[len(lines)-1]
		l.start, l.from, l.end, l.ff, l.flags = uint32(start), uint32(from), uint32(end), ff, flags
		start = next
	}
	p.lines = lines
}

// lineHead returns where the text of the line text[start:end] starts,
// after a byte order mark (at the start of the text), form feeds and a
// margin, how many bytes of byte order mark and form feeds come before
// it, and the line's flags for them.
func lineHead(text string, start, end int) (from int, ff, flags uint8) {
	k := start
	if start == 0 && strings.HasPrefix(text, "\ufeff") {
		ff = uint8(len("\ufeff"))
		k += len("\ufeff")
	}
	for k < end && text[k] == '\f' && ff < 255 {
		ff++
		k++
		flags |= lineNewPage
	}
	from = skipSpaces(text, k, end)
	if from-k >= maxMargin {
		flags |= lineWide
	}
	return from, ff, flags
}

// skipSpaces returns the index of the first byte of text[k:end] that is
// not a space or a tab, or end. Margins are runs of spaces: it reads them
// eight bytes at a time, looking past end (but not past the text) if need
// be.
func skipSpaces(text string, k, end int) int {
	const spaces = 0x2020202020202020
	for k < end {
		if k+8 > len(text) {
			if c := text[k]; c != ' ' && c != '\t' {
				return k
			}
			k++
			continue
		}
		b := text[k : k+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if x == spaces {
			k += 8
			continue
		}
		// The first byte that is not a space is the lowest nonzero byte
		// of x ^ spaces.
		k += bits.TrailingZeros64(x^spaces) / 8
		if k >= end || text[k] != '\t' {
			break
		}
		k++
	}
	return min(k, end)
}

// trimmed returns the offset of the first byte of line i that is not a
// space or tab, and the line's text from there.
func (p *reportParser) trimmed(i int) (int, string) {
	l := &p.lines[i]
	if l.flags&lineWide != 0 {
		return trimLine(p.line(i))
	}
	return int(l.from-l.start) - int(l.ff), p.text[l.from:l.end]
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
	return l.from >= l.end
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

// setParagraphs gives each section its paragraphs. The paragraphs of a
// section are together in pars, since only the last section read is ever
// open.
func (p *reportParser) setParagraphs() {
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
