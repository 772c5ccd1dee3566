package inspection

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// This file reads what a report says needs to improve: the bullets of
// ILACS's "What needs to improve?", with their national framework
// references, and the numbered points of the SIF's "What does the local
// authority need to improve?" (or "Recommendations"), under "Priority and
// immediate action" or "Areas for improvement", and the LSCB's.

// startRecs starts a list of recommendations about area (zero for the
// authority's), under "Priority and immediate action" if priority.
func (p *reportParser) startRecs(st *bodyState, area Area, priority bool) {
	p.closePara(st)
	p.closeItem(st)
	st.list = listRecs
	st.recArea, st.recBase = area, area
	st.recPriority = priority
	st.marker = ""
	p.found = true
}

// bulletAt returns the bullet that starts t, or "": a square, round or
// private-use glyph (the Symbol font's bullets, as pdftotext gives them),
// the replacement character of a glyph that could not be read, or a
// hyphen, dash or asterisk followed by a space.
func bulletAt(t string) string {
	if c := t[0]; '0' <= c && c < utf8.RuneSelf {
		return "" // letters and digits: most lines, looked at inline
	}
	return bulletAtSlow(t)
}

// bulletAtSlow is bulletAt for a line that does not start with an ASCII
// letter or digit.
func bulletAtSlow(t string) string {
	switch c := t[0]; {
	case c < utf8.RuneSelf && c != '-' && c != '*':
		return ""
	case c == 0xE2 || c == 0xEF: // the bullets and dashes below, private use, U+FFFD
	case c >= utf8.RuneSelf:
		return ""
	}
	switch t[0] {
	case '-', '*':
		if len(t) == 1 || t[1] == ' ' || t[1] == '\t' {
			return t[:1]
		}
		return ""
	}
	if t[0] < utf8.RuneSelf {
		return ""
	}
	r, n := utf8.DecodeRuneInString(t)
	switch {
	case r == '◼', r == '■', r == '▪', r == '•', r == '●', r == '◦', r == '○', r == '➢', r == '□':
	case r == '–', r == '−', r == '—':
		if n < len(t) && t[n] != ' ' && t[n] != '\t' {
			return ""
		}
	case 0xF000 <= r && r <= 0xF0FF: // private use: Symbol and Wingdings bullets
	case r == utf8.RuneError && n == 3: // U+FFFD, a glyph pdftotext could not map
	default:
		return ""
	}
	return t[:n]
}

// listLine reads line i, text t, while a list is open. It reports whether
// the line was part of the list; if not, the list is over and the line is
// read as text.
func (p *reportParser) listLine(st *bodyState, i, off int, t string) bool {
	if st.list == listFindings {
		return p.letterLine(st, i, off, t)
	}
	if m := bulletAt(t); m != "" {
		if st.marker == "" {
			st.marker = m
		}
		if m == st.marker || !st.itemOpen {
			rest := t[len(m):]
			at, text := trimLine(rest)
			p.openItem(st, i, off, 0, text)
			st.hanging = off + len(m) + at
			return true
		}
		p.appendItem(st, t) // a sub-bullet of the open item
		return true
	}
	sub := (!st.itemOpen || st.blank || st.page || sentenceEnds(st.lastEnd)) && isUpper(t[0]) && p.isSubheading(i, t)
	if !sub && st.itemOpen && continues(st, off, t) {
		p.appendItem(st, t)
		return true
	}
	if !st.itemOpen && isNoAction(t) {
		return true // "There are no priority actions."
	}
	if sub && !endsRecs(t) {
		// A group of recommendations: by topic ("Quality of practice"), or
		// by judgement ("Leadership, management and governance").
		p.closeItem(st)
		st.recArea = st.recBase
		if a := areaOfPhrase(t); a != 0 && st.recBase == 0 {
			if _, judged := p.in.Judgements[a]; judged {
				st.recArea = a
			}
		}
		return true
	}
	p.closeItem(st)
	st.list = listNone
	return false
}

// recsEnd are the headings that end a list of recommendations in SIF
// reports, as opposed to the topics that group them.
var recsEnd = [...]string{
	"Summary", "Inspection findings", "Inspection judgement", "The local authority's strengths", "The local authority’s strengths",
	"The LSCB's strengths", "The LSCB’s strengths", "Strengths", "The inspection team", "Children living in", "Child protection in this area",
	"Children looked after in this area", "Other Ofsted inspections", "Other information", "Executive summary", "Progress since",
	"Information about", "Lead inspector",
}

// endsRecs reports whether the heading t ends a list of recommendations.
func endsRecs(t string) bool {
	for _, h := range recsEnd {
		if hasPrefixFold(t, h) {
			return true
		}
	}
	return false
}

// openItem opens a list item numbered n (0 for a bullet) whose text
// starts with text.
func (p *reportParser) openItem(st *bodyState, i, off, n int, text string) {
	p.closeItem(st)
	st.itemOpen = true
	st.itemNum = n
	st.itemLine, st.itemCol = i, off
	p.item = p.item[:0]
	st.hasText = false
	st.hanging = -1
	if text != "" {
		p.appendItem(st, text)
	}
}

// appendItem adds the text of a line to the open item.
func (p *reportParser) appendItem(st *bodyState, t string) {
	if st.hasText && !(st.lastEnd == '-' && isLetter(st.lastPrev) && isLetter(t[0])) {
		p.item = append(p.item, ' ')
	}
	p.item = appendCollapsed(p.item, t)
	st.hasText = true
}

// closeItem ends the open item, recording it as a recommendation or a
// finding.
func (p *reportParser) closeItem(st *bodyState) {
	if st.itemOpen {
		p.recordItem(st) // looked at inline: most calls have no item open
	}
}

// recordItem is closeItem for an open item.
func (p *reportParser) recordItem(st *bodyState) {
	st.itemOpen = false
	text := p.keep(bytes.TrimSpace(p.item))
	pos := p.pos(st.itemLine, st.itemCol)
	if text == "" {
		return
	}
	if st.list == listFindings {
		if st.finding != 0 {
			p.in.Findings = append(p.in.Findings, Finding{Kind: st.finding, Text: text})
		}
		return
	}
	if isNoAction(text) {
		return
	}
	text, ref := p.splitReference(text, pos)
	if p.in.Recommendations == nil {
		p.in.Recommendations = make([]Recommendation, 0, 8)
	}
	p.in.Recommendations = append(p.in.Recommendations, Recommendation{
		Text:      text,
		Reference: ref,
		Priority:  st.recPriority,
		Area:      st.recArea,
		Number:    st.itemNum,
	})
}

// isNoAction reports whether a numbered point says there is nothing to
// list: "The inspection did not find any areas for priority and immediate
// action."
func isNoAction(text string) bool {
	return hasPrefixFold(text, "The inspection did not find any") || hasPrefixFold(text, "There are no priority") ||
		hasPrefixFold(text, "There are no areas for priority") || hasPrefixFold(text, "No areas for priority")
}

// splitReference removes the national framework reference that ends a
// point ("... home and care. (outcome three, national framework)") and
// returns the text without it, and the reference. A bracket at the end
// that reads as an attempt at a reference ("(Outcome 7, national
// framework)") but names no element of the national framework is a
// problem, and stays in the text.
func (p *reportParser) splitReference(text string, pos Position) (string, Reference) {
	t := strings.TrimRight(text, " .;")
	if !strings.HasSuffix(t, ")") {
		return text, Reference{}
	}
	j := strings.LastIndexByte(t, '(')
	if j < 0 {
		return text, Reference{}
	}
	tag := t[j:]
	r, err := readReference(tag)
	if err != nil {
		l := asciiLower(tag)
		if strings.Contains(l, "national framework") || hasPrefixFold(tag, "(outcome") || hasPrefixFold(tag, "(enabler") || hasPrefixFold(tag, "(principle") {
			p.add(pos, "recommendations", ErrReference, "cannot read the national framework reference %q", collapseSpaces(tag))
		}
		return text, Reference{}
	}
	return strings.TrimSpace(t[:j]), r
}

// enablerTitles are the three enablers of the national framework
// (Department for Education, Children's social care: national framework,
// December 2023), by number.
var enablerTitles = [...]string{
	1: "multi-agency working is prioritised and effective",
	2: "leaders drive conditions for effective practice",
	3: "the workforce is equipped and effective",
}

// readReference reads a national framework reference as reports print it.
// Besides what ParseReference accepts, it reads the words "national
// framework" before the element ("(National Framework outcome four)"),
// and an outcome or enabler named by its title rather than its number
// ("(enabler: leaders drive conditions for effective practice, national
// framework)").
func readReference(tag string) (Reference, error) {
	r, err := ParseReference(tag)
	if err == nil {
		return r, nil
	}
	t := asciiLower(collapseSpaces(strings.Trim(tag, "() ")))
	if rest, ok := strings.CutPrefix(t, "national framework "); ok {
		if r, err2 := ParseReference(rest); err2 == nil {
			return r, nil
		}
	}
	for _, part := range []Part{Outcome, Enabler} {
		rest, ok := strings.CutPrefix(t, part.String())
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, ":- ")
		rest = strings.TrimSuffix(rest, "national framework")
		rest = strings.TrimRight(rest, ",:; ")
		titles := outcomeTitles[:]
		if part == Enabler {
			titles = enablerTitles[:]
		}
		for n := 1; n < len(titles); n++ {
			if rest != "" && strings.EqualFold(titles[n], rest) {
				return Reference{Part: part, Number: n}, nil
			}
		}
	}
	return Reference{}, err
}
