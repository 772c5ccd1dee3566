package inspection

import (
	"strings"

	"github.com/childrens-services/judgements/grade"
)

// This file reads the front page of a report: its title and the authority
// it names, the inspection dates, the publication date, the lead
// inspector, the headline, and the judgement table.

// maxFront is how many lines the front page may have when the text has no
// page breaks (text copied out of a PDF viewer).
const maxFront = 200

// hasPrefixFold reports whether s begins with prefix, ignoring the case of
// ASCII letters.
func hasPrefixFold(s, prefix string) bool {
	// Most calls fail on the first byte: it is looked at inline.
	return len(s) >= len(prefix) && (prefix == "" || lower[s[0]] == lower[prefix[0]]) && equalFoldASCII(s[:len(prefix)], prefix)
}

// equalFoldASCII reports whether s and t are equal but for the case of
// ASCII letters. For the t of this package (ASCII, or with runes such as
// ’ that have no other case), it is strings.EqualFold(s, t): the runes
// that fold to an ASCII letter ("K", the Kelvin sign; "ſ") take more bytes
// than the letter, so s of the same length cannot hold them.
func equalFoldASCII(s, t string) bool {
	for i := 0; i < len(s) && i < len(t); i++ {
		if lower[s[i]] != lower[t[i]] {
			return false
		}
	}
	return len(s) == len(t)
}

// lower maps each byte to itself, but ASCII capital letters to small.
var lower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// asciiLower returns s with ASCII letters in lower case; it keeps every
// byte offset of s.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// joinLines returns the trimmed text of the non-blank lines in [from, to)
// joined by single spaces, with curly apostrophes made straight, and the
// index of the first such line (-1 if none).
func (p *reportParser) joinLines(from, to int) (string, int) {
	var b strings.Builder
	if from < to {
		b.Grow(int(p.lines[to-1].end) - int(p.lines[from].start)) // at most the lines' bytes
	}
	first := -1
	for i := from; i < to; i++ {
		if p.lines[i].flags&lineFurniture != 0 {
			continue
		}
		_, t := p.trimmed(i)
		if t == "" {
			continue
		}
		if first < 0 {
			first = i
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	t := b.String()
	if strings.Contains(t, "’") {
		t = strings.ReplaceAll(t, "’", "'")
	}
	return collapseSpaces(t), first
}

// collapseSpaces replaces each run of spaces and tabs in s with one space.
func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// readFront reads the front page. It ends at the judgement table, or, when
// the first page has none, after the last thing it read; the body starts
// there.
func (p *reportParser) readFront() {
	limit := min(len(p.lines), maxFront)
	for i := 1; i < limit; i++ {
		if p.lines[i].flags&lineNewPage != 0 {
			limit = i
			break
		}
	}
	dates := -1
	for i := 0; i < limit; i++ {
		if _, t := p.trimmed(i); hasPrefixFold(t, "inspection date") {
			dates = i
			break
		}
	}
	if dates < 0 && p.readLetterFront(limit) {
		return
	}
	titleEnd := dates
	if titleEnd < 0 {
		titleEnd = p.leadingBlock(limit)
	}
	p.readTitle(titleEnd)
	p.frontEnd = titleEnd
	if dates >= 0 {
		p.readDates(dates)
		p.frontEnd = dates + 1
	}
	for i := p.frontEnd; i < limit; i++ {
		if p.lines[i].flags&lineFurniture != 0 {
			continue
		}
		_, t := p.trimmed(i)
		switch {
		case t == "":
			continue
		case hasPrefixFold(t, "report published"), hasPrefixFold(t, "published:"):
			p.readPublished(i, t)
		case hasPrefixFold(t, "lead inspector"), hasPrefixFold(t, "reporting inspector"):
			p.readLeadInspector(i, t)
		case hasPrefixFold(t, "age group"), hasPrefixFold(t, "inspection date"):
		case p.doc == docLSCBReview && p.in.Headline == "":
			i = p.readHeadline(i, limit) // "The Local Safeguarding Children Board requires improvement"
		case p.isTableStart(i):
			p.frontEnd = p.readTable(i, p.frontEnd)
			p.readSummaryHeadline(p.frontEnd)
			return
		case p.in.Headline == "" && (p.doc == docSIF || p.doc == docSIFRe || p.doc == docLSCBReview):
			i = p.readHeadline(i, limit)
		default:
			continue
		}
		p.frontEnd = i + 1
	}
}

// leadingBlock returns the end of the title when there is no dates line:
// the first blank line after some text, within six lines of text.
func (p *reportParser) leadingBlock(limit int) int {
	n := 0
	for i := 0; i < limit; i++ {
		if p.blank(i) {
			if n > 0 {
				return i
			}
			continue
		}
		if n++; n > 6 {
			return i
		}
	}
	return limit
}

// readTitle reads the title lines before line end: what kind of report it
// is, and the authority.
func (p *reportParser) readTitle(end int) {
	text, first := p.joinLines(0, min(end, 12))
	if first < 0 {
		return
	}
	off, _ := p.trimmed(first)
	p.titlePos = p.pos(first, off)
	lt := asciiLower(text)
	switch {
	case strings.Contains(lt, "inspection of looked after children services"):
		p.doc = docTLAC
	case strings.Contains(lt, "re-inspection of services"), strings.Contains(lt, "reinspection of services"):
		p.doc = docSIFRe
	case strings.Contains(lt, "inspection of services for children in need"):
		p.doc = docSIF
	case strings.Contains(lt, "effectiveness of the local safeguarding children board"):
		p.doc = docLSCBReview
	case strings.Contains(lt, "children's services"), strings.Contains(lt, "children's social care services"):
		p.doc = docILACS
	}
	if p.doc != docUnknown {
		p.found = true
	}
	p.in.Authority.Name = authorityName(text, lt, p.doc)
}

// authorityName returns the authority a title names: the lines before the
// title proper ("London Borough of Barking and Dagenham", "Barnsley"), or
// the name inside it ("Inspection of Portsmouth City Council local
// authority children's services"), or after it ("Inspection of looked
// after children services" / "Norfolk County Council"). For the review of
// a Local Safeguarding Children Board, it is the authority the board's
// name begins with ("Surrey Safeguarding Children Board": "Surrey").
func authorityName(text, lt string, doc docKind) string {
	at := -1
	for _, phrase := range []string{"inspection of ", "re-inspection of ", "reinspection of ", "review of the effectiveness", "annual unannounced inspection"} {
		if i := strings.Index(lt, phrase); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	var name string
	switch {
	case at < 0:
		name = text
	case at > 0:
		name = text[:at]
	case doc == docTLAC:
		const phrase = "inspection of looked after children services"
		if i := strings.Index(lt, phrase); i >= 0 {
			name = text[i+len(phrase):]
		}
	case strings.HasPrefix(lt, "inspection of "):
		name = text[len("inspection of "):]
		for _, suffix := range []string{" local authority children's services", " local authority children's social care services", " children's social care services", " children's services"} {
			if hasSuffixFold(name, suffix) {
				name = name[:len(name)-len(suffix)]
				break
			}
		}
		name = strings.TrimPrefix(name, "the ") // "Inspection of the London Borough of Ealing ..."
	}
	name = strings.TrimSpace(name)
	if doc == docLSCBReview {
		for _, suffix := range []string{" local safeguarding children board", " safeguarding children board"} {
			if hasSuffixFold(name, suffix) && len(name) > len(suffix) {
				name = strings.TrimSpace(name[:len(name)-len(suffix)])
				break
			}
		}
	}
	return name
}

// hasSuffixFold reports whether s ends with suffix, ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// valueAfter returns the text after a label such as "Inspection dates:" or
// "Reporting inspector": after the colon if there is one in the first
// words, else after n bytes.
func valueAfter(t string, n int) (string, int) {
	if i := strings.IndexByte(t, ':'); i >= 0 && i <= n+1 {
		n = i + 1
	}
	n = max(0, min(n, len(t)))
	off, v := trimLine(t[n:])
	return v, n + off
}

// rangeDashes are the dashes reports put between two dates that
// ParseDateRange does not know: box drawing (U+2500), horizontal bar
// (U+2015) and non-breaking hyphen (U+2011).
var rangeDashes = strings.NewReplacer("─", "–", "―", "–", "‑", "-")

// replaceDashes returns v with rangeDashes replaced. Each of them starts
// with the byte 0xE2, which most dates do not have.
func replaceDashes(v string) string {
	if strings.IndexByte(v, 0xE2) < 0 {
		return v
	}
	return rangeDashes.Replace(v)
}

// readDates reads the inspection dates on line i ("Inspection dates: 15 to
// 19 May 2023"), or on the next line when nothing follows the label.
func (p *reportParser) readDates(i int) {
	off, t := p.trimmed(i)
	v, at := valueAfter(t, len("inspection date"))
	line := i
	if v == "" {
		for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
			if o, u := p.trimmed(j); u != "" {
				v, line, off, at = u, j, o, 0
				break
			}
		}
	}
	p.found = true
	p.datesPos = p.pos(line, off+at)
	start, end, err := readDateRanges(replaceDashes(v))
	if err != nil {
		p.add(p.datesPos, "start", ErrNoDates, "cannot read the inspection dates %q: %v", v, err)
		return
	}
	p.in.Start, p.in.End = start, end
}

// readDateRanges reads inspection dates as ParseDateRange does, and also
// an inspection on site in two periods ("30 September to 11 October 2024
// and 13 to 16 January 2025"): the first day of the first to the last day
// of the second.
func readDateRanges(v string) (start, end Date, err error) {
	start, end, err = ParseDateRange(v)
	if err == nil {
		return start, end, nil
	}
	i := strings.LastIndex(v, " and ")
	if i < 0 {
		return Date{}, Date{}, err
	}
	s1, _, err1 := ParseDateRange(v[:i])
	_, e2, err2 := ParseDateRange(v[i+len(" and "):])
	if err1 != nil || err2 != nil || e2.Before(s1) {
		return Date{}, Date{}, err
	}
	return s1, e2, nil
}

// readPublished reads "Report published: 7 July 2014" or "Published: 16
// August 2013".
func (p *reportParser) readPublished(i int, t string) {
	off, _ := p.trimmed(i)
	n := len("published")
	if hasPrefixFold(t, "report published") {
		n = len("report published")
	}
	v, at := valueAfter(t, n)
	pos := p.pos(i, off+at)
	if v == "" {
		// Plain pdftotext may print the value some lines below its label,
		// after the values of the labels beside it ("Age group:" /
		// "Published:" / "All" / "23 August 2013").
		for j := i + 1; j < len(p.lines) && j <= i+5; j++ {
			o, u := p.trimmed(j)
			if _, err := ParseDate(u); err == nil {
				v, pos = u, p.pos(j, o)
				break
			}
		}
	}
	d, err := ParseDate(v)
	if err != nil {
		p.add(pos, "published", ErrInvalid, "cannot read the publication date %q: %v", v, err)
		return
	}
	if p.in.Published.IsZero() {
		p.in.Published, p.publishedPos = d, pos
	}
}

// readLeadInspector reads the lead inspector's name: "Lead inspector:
// Christine Kennet, His Majesty's Inspector", "Lead inspector: Neil
// Penswick HMI", "Reporting inspector Gary Lamb HMI". The first one read
// is kept.
func (p *reportParser) readLeadInspector(i int, t string) {
	if p.in.LeadInspector != "" {
		return
	}
	n := len("lead inspector")
	if hasPrefixFold(t, "reporting inspector") {
		n = len("reporting inspector")
	}
	v, _ := valueAfter(t, n)
	if v == "" {
		// Plain pdftotext prints the name a line or two below the label.
		if j := p.nextText(i+1, min(len(p.lines), i+4)); j >= 0 {
			if _, u := p.trimmed(j); len(u) < 60 && !strings.Contains(u, ":") {
				v = u
			}
		}
	}
	if i := strings.IndexByte(v, ','); i >= 0 {
		v = v[:i]
	}
	v = collapseSpaces(v)
	for _, suffix := range []string{" (HMI)", " HMI", " Her Majesty's Inspector", " His Majesty's Inspector", " Her Majesty’s Inspector", " His Majesty’s Inspector"} {
		v = strings.TrimSuffix(v, suffix)
	}
	p.in.LeadInspector = strings.TrimSpace(v)
}

// readHeadline reads a SIF headline that starts at line i and may wrap
// over three lines ("The overall judgement is that children's services
// require" / "improvement"; "Children's services in Bedford Borough require
// improvement to" / "be good"), and records the grade it ends with: the
// overall effectiveness, or the LSCB's for a review of the board. It
// returns the index of its last line.
func (p *reportParser) readHeadline(i, limit int) int {
	off, t := p.trimmed(i)
	pos := p.pos(i, off)
	text, last := t, i
	g, n, ok := trailingGrade(text)
	for k := 0; k < 3 && !strings.HasSuffix(text, "."); k++ {
		next := p.nextText(last+1, limit)
		if next < 0 || p.isTableStart(next) {
			break
		}
		_, u := p.trimmed(next)
		joined := text + " " + u
		g2, n2, ok2 := trailingGrade(joined)
		if ok && !(ok2 && n2 >= n+wordCount(u)) {
			break // the grade is complete, and the next line is another sentence
		}
		text, last = joined, next
		g, n, ok = g2, n2, ok2
		if ok && strings.HasSuffix(text, ".") {
			break
		}
	}
	p.in.Headline = collapseSpaces(text)
	p.headlinePos = pos
	p.found = true
	if ok {
		a := OverallEffectiveness
		if areaOfPhrase(text) == LSCB {
			a = LSCB
		}
		p.setGrade(a, g, pos, false, "the headline")
	}
	return last
}

// nextText returns the index of the first line in [i, limit) that is
// neither blank nor furniture, or -1.
func (p *reportParser) nextText(i, limit int) int {
	for ; i < limit; i++ {
		if p.lines[i].flags&lineFurniture == 0 && !p.blank(i) {
			return i
		}
	}
	return -1
}

// trailingGrade returns the grade a sentence ends with, and how many words
// spell it: "... require improvement to be good" (5), "... requires
// improvement" (2), "... are good" (1; a one-word grade must follow "is",
// "are" or "be"). A footnote number after the last word is ignored.
func trailingGrade(s string) (grade.Grade, int, bool) {
	// The last six words, last first, lower case, punctuation trimmed.
	var last [6]string
	n := 0
	for end := len(s); n < len(last); {
		for end > 0 && (s[end-1] == ' ' || s[end-1] == '\t') {
			end--
		}
		if end == 0 {
			break
		}
		begin := end
		for begin > 0 && s[begin-1] != ' ' && s[begin-1] != '\t' {
			begin--
		}
		w := s[begin:end]
		if n == 0 {
			w = strings.TrimRight(w, "0123456789") // a footnote number
		}
		last[n] = trimWord(w)
		n++
		end = begin
	}
	at := func(k int) string {
		if k < n {
			return last[k]
		}
		return ""
	}
	is := strings.EqualFold
	isRequire := func(w string) bool { return is(w, "requires") || is(w, "require") }
	switch {
	case is(at(0), "good") && is(at(1), "be") && is(at(2), "to") && is(at(3), "improvement") && isRequire(at(4)):
		return grade.RequiresImprovement, 5, true
	case is(at(0), "improvement") && isRequire(at(1)):
		return grade.RequiresImprovement, 2, true
	}
	if is(at(1), "is") || is(at(1), "are") || is(at(1), "be") {
		switch w := at(0); {
		case is(w, "outstanding"):
			return grade.Outstanding, 1, true
		case is(w, "good"):
			return grade.Good, 1, true
		case is(w, "inadequate"):
			return grade.Inadequate, 1, true
		case is(w, "adequate"):
			return grade.Adequate, 1, true
		}
	}
	return 0, 0, false
}

// readSummaryHeadline takes the first sentence of the summary that
// follows an ILACS judgement table, starting at line i, as the headline.
func (p *reportParser) readSummaryHeadline(i int) {
	if p.in.Headline != "" || (p.doc != docILACS && p.doc != docUnknown) {
		return
	}
	first := p.nextText(i, min(len(p.lines), i+12))
	if first < 0 {
		return
	}
	off, t := p.trimmed(first)
	if !isUpper(t[0]) || hasPrefixFold(t, "What ") {
		return
	}
	if _, _, ok := p.gradedHeading(first); ok {
		return
	}
	var b strings.Builder
	b.Grow(int(p.lines[min(len(p.lines), first+8)-1].end) - int(p.lines[first].start)) // at most the lines' bytes
	for j := first; j < len(p.lines) && j < first+8; j++ {
		if p.lines[j].flags&lineFurniture != 0 {
			continue
		}
		_, u := p.trimmed(j)
		if u == "" {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(u)
		if end := sentenceEnd(b.String()); end > 0 {
			p.in.Headline = collapseSpaces(b.String()[:end])
			p.headlinePos = p.pos(first, off)
			return
		}
	}
	if b.Len() > 0 {
		p.in.Headline = collapseSpaces(b.String())
		p.headlinePos = p.pos(first, off)
	}
}

// sentenceEnd returns the length of the first sentence of s: up to a full
// stop followed by a space and a capital letter, or ending s; or 0.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		if i+1 == len(s) {
			return i + 1
		}
		if i+2 < len(s) && s[i+1] == ' ' && isUpper(s[i+2]) {
			return i + 1
		}
	}
	return 0
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// wordCount returns the number of words of s.
func wordCount(s string) int {
	n := 0
	splitWords(s, func(string, int, bool) bool { n++; return true })
	return n
}
