package inspection

import (
	"strings"
)

// This file reads the letters of the 2009-2012 unannounced inspections of
// contact, referral and assessment: the title sentence, the letter's date
// (its publication), the days of the visit ("conducted on 10 and 11
// November 2009"), and the lists of findings, which the letters introduce
// with a sentence ending in a colon ("... satisfactorily carrying out
// their responsibilities ..., in particular:") or head "Strengths", "Areas
// for development" and "Area for priority action".

// letterTitle is the phrase that marks a letter of an unannounced
// inspection ("Annual unannounced inspection of contact, referral and
// assessment arrangements within Portsmouth Council children's services").
const letterTitle = "unannounced inspection of contact, referral and assessment"

// readLetterFront reads the front of a letter in the first limit lines,
// and reports whether the text is one.
func (p *reportParser) readLetterFront(limit int) bool {
	title := -1
	for i := 0; i < limit; i++ {
		_, t := p.trimmed(i)
		if len(t) >= len(letterTitle) && strings.Contains(asciiLower(t), letterTitle) {
			title = i
			break
		}
	}
	if title < 0 {
		return false
	}
	p.doc = docLetter
	p.found = true
	off, _ := p.trimmed(title)
	p.titlePos = p.pos(title, off)
	end := title + 1
	for end < len(p.lines) && end < title+3 && !p.blank(end) {
		end++
	}
	text, _ := p.joinLines(title, end)
	p.in.Authority.Name = letterAuthority(text)
	for i := 0; i < title; i++ {
		o, t := p.trimmed(i)
		if t == "" || !isDigit(t[0]) {
			continue
		}
		if d, err := ParseDate(t); err == nil {
			p.in.Published, p.publishedPos = d, p.pos(i, o)
		}
	}
	p.frontEnd = end
	p.letterDates(end, min(len(p.lines), end+30))
	return true
}

// letterAuthority returns the authority a letter's title names, between
// "within" and "children's services".
func letterAuthority(title string) string {
	lt := asciiLower(title)
	i := strings.Index(lt, " within ")
	if i < 0 {
		return ""
	}
	rest, lrest := title[i+len(" within "):], lt[i+len(" within "):]
	for _, end := range []string{" children's services", " children's social care", " local authority children's"} {
		if j := strings.Index(lrest, end); j > 0 {
			return strings.TrimSpace(rest[:j])
		}
	}
	return strings.TrimSpace(rest)
}

// letterDates reads the days of the visit from the sentence "... which was
// conducted on 10 and 11 November 2009." in lines [from, to).
func (p *reportParser) letterDates(from, to int) {
	const phrase = "conducted on "
	for i := from; i < to; i++ {
		off, t := p.trimmed(i)
		k := strings.Index(asciiLower(t), phrase)
		if k < 0 {
			continue
		}
		rest := t[k+len(phrase):]
		if j := strings.IndexByte(rest, '.'); j >= 0 {
			rest = rest[:j]
		} else if i+1 < to {
			// The sentence goes on to the next line.
			_, u := p.trimmed(i + 1)
			rest += " " + u
			if j := strings.IndexByte(rest, '.'); j >= 0 {
				rest = rest[:j]
			}
		}
		p.datesPos = p.pos(i, off+k+len(phrase))
		start, end, err := ParseDateRange(replaceDashes(rest))
		if err != nil {
			p.add(p.datesPos, "start", ErrNoDates, "cannot read the days of the visit %q: %v", rest, err)
			return
		}
		p.in.Start, p.in.End = start, end
		return
	}
	p.add(p.titlePos, "start", ErrNoDates, "the letter does not say when the visit was conducted")
}

// startFindings starts a list of findings of kind k.
func (p *reportParser) startFindings(st *bodyState, k FindingKind) {
	p.closeItem(st)
	st.list = listFindings
	st.finding = k
	st.marker = ""
	st.prose.Reset()
}

// letterLine reads a line of a letter. A list item starts with a bullet,
// or, where the bullet was lost, is indented; a line that follows an item
// continues it, unless it is indented and starts a sentence; a line at the
// margin after a blank line is prose again, and ends the list. A prose
// sentence that ends with a colon introduces the list after it, of the
// kind its words name.
func (p *reportParser) letterLine(st *bodyState, i, off int, t string) bool {
	if st.finding == 0 {
		p.letterProse(st, t)
		return true
	}
	m := bulletAt(t)
	switch {
	case m != "":
		at, text := trimLine(t[len(m):])
		p.openItem(st, i, off, 0, text)
		st.hanging = off + len(m) + at
	case st.itemOpen && !st.blank && !(off > 0 && isUpper(t[0])):
		p.appendItem(st, t)
	case st.itemOpen && (st.page || isLower(t[0])):
		p.appendItem(st, t)
	case off > 0:
		p.openItem(st, i, off, 0, t)
	default:
		p.closeItem(st)
		st.finding = 0
		st.prose.Reset()
		p.letterProse(st, t)
	}
	return true
}

// letterProse reads a line of a letter's prose, watching for a sentence
// that introduces a list.
func (p *reportParser) letterProse(st *bodyState, t string) {
	if st.blank {
		st.prose.Reset()
	}
	if st.prose.Len() > 0 {
		st.prose.WriteByte(' ')
	}
	st.prose.WriteString(t)
	if !strings.HasSuffix(t, ":") {
		return
	}
	if k := introKind(st.prose.String()); k != 0 {
		p.startFindings(st, k)
	}
}

// introKind returns the kind of finding a sentence introduces: one that
// speaks of services "satisfactorily" carrying out their
// responsibilities, or that names exactly one of strengths, areas for
// development and areas for priority action.
func introKind(s string) FindingKind {
	l := asciiLower(s)
	if strings.Contains(l, "satisfactor") {
		return Satisfactory
	}
	var k FindingKind
	n := 0
	for _, c := range []struct {
		word string
		kind FindingKind
	}{{"strength", Strength}, {"for development", AreaForDevelopment}, {"priority action", AreaForPriorityAction}} {
		if strings.Contains(l, c.word) {
			k = c.kind
			n++
		}
	}
	if n == 1 {
		return k
	}
	return 0
}
