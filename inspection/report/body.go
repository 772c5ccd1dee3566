package report

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/childrens-services/judgements/inspection"
)

// This file is the fourth stage: the body of a report, after its front
// matter, read line by line. Most lines are the text of a paragraph; the
// others are the graded headings that open sections (headings.go), the
// headings and items of lists of recommendations (recommendations.go) and
// of a letter's findings (findings.go), and the headings that organise a
// report without grading anything.

// body is what the body of a report gives.
type body struct {
	sections        []inspection.Section
	recommendations []inspection.Recommendation
	findings        []inspection.Finding
	headings        []gradedHeading     // every graded heading, to check against the judgements
	grades          []claim             // grades the body gives: the LSCB's heading, the "Record of main findings"
	tablePos        inspection.Position // where the "Record of main findings" table starts, if there is one
	leadInspector   string              // the first lead inspector named in the body
	found           bool                // whether anything of a report was found
	problems        inspection.ErrorList
}

// A listKind is the kind of list the body is in.
type listKind uint8

const (
	listNone     listKind = iota
	listRecs              // "What needs to improve?" and the SIF's recommendations
	listFindings          // the lists of a letter, and its prose between them
)

// bodyReader is the state of the body stage while it runs.
type bodyReader struct {
	lines      []line
	doc        *docType
	copied     bool                     // the text was copied out of a PDF viewer: runs of spaces in paragraphs are one space
	firstBreak int                      // index of the first line of the second page
	judged     map[inspection.Area]bool // the areas graded so far
	notJudged  map[inspection.Area]bool // the areas the front matter says were not judged
	starts     map[int]paragraphStart   // the lines that start numbered paragraphs (see numberedStarts)
	out        body

	lastHeading  string // the last heading that grades nothing: the heading of numbered paragraphs outside graded sections
	boardSection int    // index in out.sections of the board's graded section, or -1
	board        bool   // the report's part on the Local Safeguarding Children Board ("Section 2: ...") is being read
	summary      bool   // a summary of findings is being read: its graded headings open no section

	section   int             // index of the open section in out.sections, or -1
	open      bool            // a paragraph is open (kept in a section or not)
	kept      bool            // the open paragraph is kept: it is in a section
	number    int             // the open paragraph's number, or 0
	para      strings.Builder // the open paragraph's text, if kept
	inList    bool            // the open numbered paragraph has a bulleted list in it
	bullet    bool            // the open paragraph started with a bullet
	lastProse [2]int          // the section and index of the last unnumbered paragraph of prose kept, to which the next is added
	proseText strings.Builder // its text
	hanging   int             // the indent of the open paragraph's or item's text after its number or bullet, or -1
	hasText   bool            // the open paragraph or item has text

	list        listKind
	itemOpen    bool                   // a recommendation or finding is open
	item        strings.Builder        // its text
	itemNum     int                    // its number, or 0
	items       int                    // how many items the list has had
	itemPos     inspection.Position    // where it starts
	marker      string                 // the bullet that starts an item of the list
	recArea     inspection.Area        // the judgement the recommendations are listed under
	recBase     inspection.Area        // the judgement the whole list is about (the LSCB's), or 0
	recPriority bool                   // whether they are under "Priority and immediate action"
	finding     inspection.FindingKind // the kind of the letter's list, or 0 in prose
	prose       strings.Builder        // the letter's prose since the last blank line

	at        int    // the index of the line being read
	blank     bool   // a blank line came since the last line of text
	page      bool   // a page break came since the last line of text
	lastEnd   byte   // the last byte of the last line of text
	lastText  string // the last line of text
	lastWidth int    // the width of the last line of text, in characters, if it ended a sentence; otherwise 0
	width     int    // the width of the report's lines of prose (see proseWidth)
	flat      bool   // the lines have no margins (plain pdftotext): a blank line does not end a numbered paragraph
}

// readBody reads the body of a report of type doc: lines from line start
// on, whose page furniture is marked. judged are the grades its front
// matter gives; copied is whether the text was copied out of a PDF
// viewer.
func readBody(lines []line, doc *docType, start int, judged []claim, copied bool) body {
	r := &bodyReader{
		lines:        lines,
		doc:          doc,
		copied:       copied,
		firstBreak:   firstBreak(lines),
		judged:       map[inspection.Area]bool{},
		notJudged:    map[inspection.Area]bool{},
		section:      -1,
		boardSection: -1,
		hanging:      -1,
		lastProse:    [2]int{-1, -1},
	}
	for _, c := range judged {
		r.judged[c.area] = true
		if c.grade == 0 {
			r.notJudged[c.area] = true
		}
	}
	r.width = proseWidth(lines, start)
	r.flat = isFlat(lines, start)
	var problems inspection.ErrorList
	r.starts, problems = numberedStarts(lines, start)
	r.out.problems = append(r.out.problems, problems...)
	if doc.introduces {
		r.list = listFindings
	}
	for i := start; i < len(lines); i++ {
		l := lines[i]
		if l.newPage {
			r.page = true
		}
		if l.furniture {
			continue
		}
		t := l.text
		if t == "" {
			r.blank = true
			continue
		}
		r.at = i
		if r.open && r.hasText && !r.blank && r.list == listNone && isLower(t[0]) {
			// A line that runs on the open paragraph in lower case: most
			// lines of a report.
			if r.kept {
				r.appendPara(t)
			}
		} else {
			i = r.readLine(i, l.indent, t)
		}
		r.blank, r.page = false, false
		r.lastEnd = t[len(t)-1]
		r.lastText = t
		r.lastWidth = 0
		if strings.ContainsRune(".?!", rune(r.lastEnd)) {
			r.lastWidth = utf8.RuneCountInString(l.body)
		}
	}
	r.closePara()
	r.closeItem()
	return r.out
}

// readLine reads line i, whose text t starts at byte off, and returns the
// index of the last line it used.
func (r *bodyReader) readLine(i, off int, t string) int {
	switch c := t[0]; {
	case isDigit(c):
		if ps, ok := r.starts[i]; ok {
			r.numbered(i, off, ps.n, ps.at, t[ps.at:])
			return i
		}
		if isBareNumber(t) {
			return i // a page number that was not at a page break
		}
		// A line that starts with a number because a sentence wrapped:
		// text.
	case isUpper(c):
		if (r.open && r.number > 0 || r.itemOpen && r.itemNum > 0) && !r.hasText {
			break // the text of a number that stood alone ("8." / "The judgement for ...")
		}
		if last, ok := r.structural(i, t); ok {
			return last
		}
		if ws, _ := lineWords(r.lines, i); isBoxHeader(ws) {
			return i // "Key judgement   Judgement grade": the header of the box of a SIF heading
		}
		if r.board && hasPrefixFold(t, "The effectiveness of") {
			if h, last, ok := readBoardHeading(r.lines, i); ok && r.heading(i, h) {
				return last
			}
		}
		if isHeadingStart(t) {
			if h, last, ok := readGradedHeading(r.lines, i); ok && r.heading(i, h) {
				return last
			}
			if a := areaNamed(t); a != 0 && r.notJudged[a] && isSubheading(r.lines, i) {
				// "The graded judgement for adoption performance", with no
				// grade, of a judgement the table says was not made: a
				// section, without a grade.
				h := gradedHeading{area: a, text: collapseSpaces(t), pos: r.lines[i].start(), line: i}
				if r.heading(i, h) {
					return i
				}
			}
		}
	case strings.HasPrefix(t, "© Crown copyright"):
		r.endAll("")
		return i
	}
	if r.list == listFindings {
		r.letterLine(i, off, t)
		return i
	}
	if r.list == listRecs && r.recLine(i, off, t) {
		return i
	}
	return r.textLine(i, off, t)
}

// endHeadings are the headings after which a report's judgement sections
// are over: the summaries, the information about the inspection, the
// explanation of the judgements, the contents and the back page.
var (
	endHeadings = []string{
		"What the inspection judgements mean", "What the inspection judgments mean", "What the local authority inspection judgements mean",
		"Summary for children and young people", "Summary of key findings", "Section 1:", "Section 2:",
		"Information about this ", "Information about the local authority inspection", "The Office for Standards in Education",
	}
	endLines = []string{"Summary of findings", "Contents"}
)

// recsUnder reads the heading t of a SIF list of recommendations,
// "Priority and immediate action" (priority) or "Areas for improvement":
// it starts a list of recommendations, or, inside one, a group of it.
func (r *bodyReader) recsUnder(t string, priority bool) {
	if r.list != listRecs {
		r.startRecs(t, r.boardArea(), priority)
	} else {
		r.closeItem()
		r.noteHeading(t)
	}
	r.recPriority = priority
}

// structural reads line i, text t, if it is one of the headings that
// organise a report without grading anything: the headings of lists of
// recommendations or findings, the headings that end the judgement
// sections, the lead inspector's line and the "Record of main findings".
// It reports whether it did, and the last line it used.
func (r *bodyReader) structural(i int, t string) (int, bool) {
	switch {
	case hasPrefixFold(t, "What needs to improve"), hasPrefixFold(t, "What does the local authority need to improve"):
		r.startRecs(t, 0, false)
	case hasPrefixFold(t, "What does the LSCB need to improve"), hasPrefixFold(t, "What does the Local Safeguarding Children Board need to improve"):
		r.startRecs(t, inspection.LSCB, false)
	case isLine(t, "Recommendations"):
		r.startRecs(t, r.boardArea(), false)
	case isLine(t, "Areas for improvement"):
		r.recsUnder(t, false)
	case isLine(t, "Priority and immediate action"), isLine(t, "Priority actions"), isLine(t, "Priority action"):
		r.recsUnder(t, true)
	case isLine(t, "Record of main findings"):
		r.endAll(t)
		for j := i + 1; j < len(r.lines) && j <= i+8; j++ {
			if !r.lines[j].furniture && !r.lines[j].blank() && isTableStart(r.lines, j) {
				return r.table(j, i+1) - 1, true
			}
		}
	case isInspectorLine(t):
		if r.out.leadInspector == "" {
			r.out.leadInspector = readLeadInspector(r.lines, i)
		}
	case r.doc.closing != "" && hasPrefixFold(t, r.doc.closing):
		r.endAll(t)
		return len(r.lines) - 1, true
	default:
		if k, ok := r.findingsHeading(t); ok {
			r.startFindings(k)
			return i, true
		}
		if !hasAnyPrefixFold(t, endHeadings) && !slices.ContainsFunc(endLines, func(h string) bool { return isLine(t, h) }) {
			return i, false
		}
		r.endAll(t)
		// The SIF's second part is the review of the board: "Section 2:
		// The effectiveness of the Local Safeguarding Children Board".
		r.board = hasPrefixFold(t, "Section 2:")
		// A summary of findings may head its points with graded
		// judgements ("Leadership, management and governance require
		// improvement"), which open no section.
		r.summary = isLine(t, "Summary of findings") || isLine(t, "Summary of key findings")
	}
	return i, true
}

// boardArea returns the area of a list of recommendations that starts
// here: the board's, in the part of a SIF report on the board or in its
// section, or in a review of the board alone; otherwise the zero Area,
// the authority's.
func (r *bodyReader) boardArea() inspection.Area {
	if a := r.sectionArea(inspection.LSCB); a != 0 {
		return a
	}
	if r.board {
		return inspection.LSCB
	}
	return 0
}

// noteHeading records t as the last heading that grades nothing. It ends
// a section of numbered paragraphs under the heading before (a section
// that no grade heads), and heads the next one.
//
// A heading about the board ("Inspection judgement about the LSCB",
// "Inspection findings – the Local Safeguarding Children Board", "Key
// strengths and weaknesses of the LSCB") takes the reading back to the
// board's graded section, if there is one: its findings are the numbered
// paragraphs under such a heading, after its summary and its
// recommendations.
func (r *bodyReader) noteHeading(t string) {
	if r.section >= 0 && r.out.sections[r.section].Area == 0 {
		r.closePara()
		r.section = -1
	}
	r.lastHeading = collapseSpaces(t)
	if lt := strings.ToLower(t); !strings.Contains(lt, "lscb") && !strings.Contains(lt, "safeguarding") || areaOfPhrase(t) != inspection.LSCB {
		return
	}
	if r.boardSection >= 0 {
		r.closePara()
		r.section = r.boardSection
	}
}

// table reads the judgement table whose first row or header is at line
// i, with lines of grades alone from floor on, and returns the index of
// the first line after it.
func (r *bodyReader) table(i, floor int) int {
	t := readTable(r.lines, i, floor)
	r.out.found = true
	r.out.tablePos = t.pos
	r.out.grades = append(r.out.grades, t.grades...)
	r.out.problems = append(r.out.problems, t.problems...)
	for _, c := range t.grades {
		r.judged[c.area] = true
	}
	return t.end
}

// endAll closes the open paragraph, item, list and section: the report's
// judgement sections are over, at the heading t.
func (r *bodyReader) endAll(heading string) {
	r.closePara()
	r.closeItem()
	r.list = listNone
	r.section = -1
	r.board = false
	r.summary = false
	r.lastHeading = collapseSpaces(heading)
}

// heading records the graded heading h found at line i, and reports
// whether it is one (see inParent). A heading opens a section, except on
// the front page of a report whose type restates its judgements there
// (the SIF prints the LSCB's judgement under the table). The LSCB's
// judgement has no row in the table: its first heading gives it, unless
// the front matter did (the headline of a review of the board). Every
// heading is checked against the judgements when the whole report has
// been read.
func (r *bodyReader) heading(i int, h gradedHeading) bool {
	if !r.inParent(h.area) {
		return false
	}
	r.out.found = true
	if h.area == inspection.LSCB {
		r.out.grades = append(r.out.grades, claim{area: h.area, grade: h.grade, pos: h.pos, by: byBoardHeading})
		r.judged[h.area] = true
	}
	r.out.headings = append(r.out.headings, h)
	if i < r.firstBreak && r.doc.frontHeadings || r.summary {
		return true
	}
	r.closePara()
	r.closeItem()
	r.list = listNone
	r.out.sections = append(r.out.sections, inspection.Section{Area: h.area, Heading: h.text, Grade: h.grade})
	r.section = len(r.out.sections) - 1
	if h.area == inspection.LSCB {
		r.boardSection = r.section
	}
	return true
}

// inParent reports whether a heading about area a is in its place. Under
// the SIF (a judgement on looked after children), adoption performance and
// care leavers are sub-judgements of looked after children: their
// headings come inside its section, and a line such as "Adoption
// performance: requires improvement" elsewhere (a list of the last
// inspection's judgements) is not one.
func (r *bodyReader) inParent(a inspection.Area) bool {
	if a != inspection.AdoptionPerformance && a != inspection.CareLeavers || !r.judged[inspection.LookedAfterChildren] {
		return true
	}
	if r.section < 0 {
		return false
	}
	switch r.out.sections[r.section].Area {
	case inspection.LookedAfterChildren, inspection.AdoptionPerformance, inspection.CareLeavers:
		return true
	}
	return false
}

// numbered reads a line that starts with a paragraph number ("12."): a
// numbered point of a list of recommendations, or a numbered paragraph.
func (r *bodyReader) numbered(i, off, n, at int, rest string) {
	if r.list == listRecs {
		r.openItem(i, off, n, rest)
	} else {
		r.openPara(n, rest)
	}
	if rest != "" {
		r.hanging = off + at
	}
}

// openPara opens a paragraph numbered n (0 for none) whose first text is
// rest. A numbered paragraph outside a section opens a section under the
// last heading, which grades nothing; an unnumbered one there is read but
// not kept.
func (r *bodyReader) openPara(n int, rest string) {
	r.closePara()
	r.closeItem()
	r.hanging = -1
	r.hasText = false
	r.open = true
	r.number = n
	r.inList = false
	if r.section < 0 && n > 0 {
		r.out.sections = append(r.out.sections, inspection.Section{Heading: r.lastHeading})
		r.section = len(r.out.sections) - 1
	}
	if r.section < 0 {
		r.hasText = rest != ""
		return
	}
	r.kept = true
	r.para.Reset()
	if rest != "" {
		r.appendPara(rest)
	}
}

// closePara ends the open paragraph, adding it to its section if it is
// kept.
//
// Unnumbered paragraphs of prose that follow one another in a section
// (the summary at the head of a SIF section) are kept as one, separated
// by blank lines: plain pdftotext may print no blank line between them,
// and where it does not, a line that fills the width of the page may end
// a paragraph or not, so that only their text is sure.
func (r *bodyReader) closePara() {
	if r.kept {
		s := &r.out.sections[r.section]
		text := r.para.String()
		prose := r.number == 0 && !r.bullet
		n := len(s.Paragraphs)
		switch {
		case prose && r.lastProse == [2]int{r.section, n - 1} && r.proseText.Len()+len(text) < maxText:
			r.proseText.WriteString("\n\n")
			r.proseText.WriteString(text)
			s.Paragraphs[n-1].Text = r.proseText.String()
		case prose:
			r.proseText.Reset()
			r.proseText.WriteString(text)
			s.Paragraphs = append(s.Paragraphs, inspection.Paragraph{Text: text})
			r.lastProse = [2]int{r.section, n}
		default:
			s.Paragraphs = append(s.Paragraphs, inspection.Paragraph{Number: r.number, Text: text})
		}
	}
	r.kept = false
	r.open = false
	r.bullet = false
}

// addUngraded adds the numbered paragraph p, which a list of
// recommendations holds but which is none ("There are no areas for
// priority action"), to a section under the last heading, which grades
// nothing.
func (r *bodyReader) addUngraded(p inspection.Paragraph) {
	r.out.sections = append(r.out.sections, inspection.Section{Heading: r.lastHeading, Paragraphs: []inspection.Paragraph{p}})
}

// textLine reads a line of text that is not a heading or a list item:
// more of the open paragraph, or the start of an unnumbered one.
func (r *bodyReader) textLine(i, off int, t string) int {
	if m := r.bulletAt(t); m != "" {
		// A list inside a numbered paragraph ("... the following:" / "◼
		// ..."), or a paragraph of its own (early SIF reports write their
		// findings as bullets).
		if r.open && r.number > 0 && (r.hanging > 0 && off >= r.hanging || r.lastEnd == ':' || r.inList) {
			if r.kept {
				r.appendPara(t)
			}
			r.inList = true
			return i
		}
		if _, t = trimLine(t[len(m):]); t != "" {
			r.openPara(0, t)
			r.bullet = true
		}
		return i
	}
	if r.open && r.number > 0 && isEnumerated(t) {
		// "(ii) their parents have mental health problems": an item of a
		// list inside the numbered paragraph, which plain pdftotext
		// prints apart, after a blank line.
		if r.kept {
			r.appendPara(t)
		}
		return i
	}
	if !r.open || r.hasText && r.afterBreak() {
		if last, ok := subheading(r.lines, i); ok {
			// "Executive summary", "Inspection findings", "The inspection
			// team": a heading inside or after a section, not text.
			r.closePara()
			text, _ := joinLines(r.lines, i, last+1)
			r.noteHeading(text)
			return last
		}
		if strings.HasSuffix(t, ":") && endsRecs(t) {
			// "The local authority has the following strengths:"
			r.closePara()
			r.noteHeading(t)
			return i
		}
	}
	if r.open && r.continues(off, t) {
		if r.kept {
			r.appendPara(t)
		}
		r.hasText = true
		return i
	}
	r.openPara(0, t)
	return i
}

// afterBreak reports whether the next line of text comes after a break:
// a blank line, a page break, or the end of a sentence.
func (r *bodyReader) afterBreak() bool {
	switch r.lastEnd {
	case '.', '?', '!', ':':
		return true
	}
	return r.blank || r.page
}

// pageBetween reports whether a page starts at one of the lines in [from, to].
func pageBetween(lines []line, from, to int) bool {
	for j := from; j <= to && j < len(lines); j++ {
		if lines[j].newPage {
			return true
		}
	}
	return false
}

// numberedNext reports whether the next line of text after line j starts
// a numbered paragraph.
func numberedNext(lines []line, j int) bool {
	if k := nextText(lines, j+1, j+4); k >= 0 {
		_, _, ok := numberedStart(lines[k].text)
		return ok
	}
	return false
}

// isSubheading reports whether line i is a heading inside a section or
// list, such as "Executive summary" or "Adoption" (see subheading).
func isSubheading(lines []line, i int) bool {
	_, ok := subheading(lines, i)
	return ok
}

// subheading reports whether line i starts a heading inside a section or
// list, such as "Executive summary" or "Adoption", and returns the index
// of its last line: short, not ending a sentence, with a blank line, a
// page break or a numbered paragraph after it, or, when shorter still, a
// new sentence or a bullet. A heading may wrap onto a second, short line
// that starts in lower case ("The inspection judgements and what they" /
// "mean").
func subheading(lines []line, i int) (int, bool) {
	t := lines[i].text
	if len(t) > 90 || !isUpper(t[0]) || strings.ContainsRune(".,;:!)", rune(t[len(t)-1])) {
		return 0, false
	}
	ends := func(j int) bool { // whether line j ends a heading
		if j+1 >= len(lines) {
			return true
		}
		next := lines[j+1]
		if next.newPage || next.furniture || next.blank() {
			// Not the last line of its page, which the next page goes
			// on ("... to inform them of" / page break / "their rights
			// and ..."): a heading is printed with what it heads.
			k := nextText(lines, j+1, j+40)
			return k < 0 || !pageBetween(lines, j+1, k)
		}
		_, _, ok := numberedStart(next.text)
		return ok
	}
	switch {
	case ends(i):
		return i, true
	case i+1 < len(lines) && lines[i+1].text != "" && isLower(lines[i+1].text[0]) && len(lines[i+1].text) < 40 &&
		!strings.ContainsRune(".,;:!)", rune(lines[i+1].text[len(lines[i+1].text)-1])) && numberedNext(lines, i+1):
		return i + 1, true
	}
	// Plain pdftotext drops the blank line after a heading: a short line
	// followed by the start of a sentence or a bullet is one too.
	next := lines[i+1].text
	return i, next != "" && len(t) < 50 && (isUpper(next[0]) || bulletAt(next) != "")
}
