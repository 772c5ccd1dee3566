package report

import (
	"strings"
	"unicode/utf8"

	"github.com/childrens-services/judgements/inspection"
)

// This file reads, for the body stage, what a report says needs to
// improve: the bullets of ILACS's "What needs to improve?", with their
// national framework references, and the numbered points of the SIF's
// "What does the local authority need to improve?" (or
// "Recommendations"), under "Priority and immediate action" or "Areas for
// improvement", and the LSCB's. The items of a letter's lists of findings
// (findings.go) are opened, continued and closed here too.

// startRecs starts a list of recommendations about area (zero for the
// authority's) at the heading t, under "Priority and immediate action" if
// priority.
func (r *bodyReader) startRecs(t string, area inspection.Area, priority bool) {
	r.closePara()
	r.closeItem()
	r.noteHeading(t)
	r.summary = false
	r.list = listRecs
	r.items = 0
	r.recArea, r.recBase = area, area
	r.recPriority = priority
	r.marker = ""
	r.out.found = true
}

// sectionArea returns the area every recommendation of the document is
// about, if there is one (the review of a board), or else a if the open
// section is about a, and the zero Area otherwise.
func (r *bodyReader) sectionArea(a inspection.Area) inspection.Area {
	switch {
	case r.doc.recsAbout != 0:
		return r.doc.recsAbout
	case r.section >= 0 && r.out.sections[r.section].Area == a:
		return a
	}
	return 0
}

// recLine reads line i, text t, while a list of recommendations is open.
// It reports whether the line was part of the list; if not, the list is
// over and the line is read as text.
func (r *bodyReader) recLine(i, off int, t string) bool {
	if m := r.bulletAt(t); m != "" {
		if r.marker == "" {
			r.marker = m
		}
		switch {
		case r.itemOpen && r.itemNum > 0:
			r.appendItem(t) // a bullet of a numbered point
		case m == r.marker || !r.itemOpen:
			r.openBulleted(i, off, m, t)
		default:
			r.appendItem(t) // a sub-bullet of the open item
		}
		return true
	}
	sub := (!r.itemOpen || r.hasText && r.afterBreak()) && isUpper(t[0]) && isSubheading(r.lines, i)
	// A heading that ends the list may end in a colon ("The local
	// authority has the following strengths:").
	ends := (sub || (!r.itemOpen || r.afterBreak()) && strings.HasSuffix(t, ":")) && endsRecs(t)
	switch {
	case !sub && !ends && r.itemOpen && (r.continues(off, t) || r.itemNum > 0 && isEnumerated(t)):
		r.appendItem(t)
	case !r.itemOpen && isNoAction(t):
		// "There are no priority actions."
	case !r.itemOpen && r.items == 0 && !sub && !ends:
		// An introduction to the list ("The following recommendations
		// are those that inspectors considered to be the priorities
		// ...").
	case sub && !ends:
		// A group of recommendations: by topic ("Quality of practice"), or
		// by judgement ("Leadership, management and governance").
		r.closeItem()
		r.noteHeading(t)
		r.recArea = r.recBase
		if a := areaOfPhrase(t); a != 0 && r.recBase == 0 && r.judged[a] {
			r.recArea = a
		}
	case ends:
		r.closeItem()
		r.list = listNone
		r.noteHeading(t)
	default:
		r.closeItem()
		r.list = listNone
		return false
	}
	return true
}

// recsEnd are the headings that end a list of recommendations in SIF
// reports, as opposed to the topics that group them.
var recsEnd = []string{
	"Summary", "Inspection findings", "Inspection judgement", "The local authority's strengths", "The local authority’s strengths",
	"The LSCB's strengths", "The LSCB’s strengths", "Strengths", "The inspection team", "Children living in", "Child protection in this area",
	"Children looked after in this area", "Other Ofsted inspections", "Other information", "Executive summary", "Progress since",
	"Information about", "Lead inspector", "The local authority has the following strengths", "Key strengths and weaknesses",
	"Inspection judgement about", "Inspection judgment about",
}

// endsRecs reports whether the heading t ends a list of recommendations.
func endsRecs(t string) bool { return hasAnyPrefixFold(t, recsEnd) }

// bulletAt returns the bullet that starts t, or "": a square, round or
// private-use glyph (the Symbol font's bullets, as pdftotext gives them),
// the replacement character of a glyph that could not be read, or a
// hyphen, dash or asterisk followed by a space.
func bulletAt(t string) string {
	switch t[0] {
	case '-', '*':
		if len(t) == 1 || t[1] == ' ' || t[1] == '\t' {
			return t[:1]
		}
		return ""
	}
	r, n := utf8.DecodeRuneInString(t)
	switch {
	case strings.ContainsRune("◼■▪•●◦○➢□", r):
	case strings.ContainsRune("–−—", r):
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

// openBulleted opens an item that starts with the bullet m on line i,
// text t, at indent off.
func (r *bodyReader) openBulleted(i, off int, m, t string) {
	at, text := trimLine(t[len(m):])
	r.openItem(i, off, 0, text)
	r.hanging = off + len(m) + at
}

// openItem opens a list item numbered n (0 for a bullet) at byte off of
// line i, whose text starts with text.
func (r *bodyReader) openItem(i, off, n int, text string) {
	r.closeItem()
	r.itemOpen = true
	r.items++
	r.itemNum = n
	r.itemPos = r.lines[i].pos(off)
	r.item.Reset()
	r.hasText = false
	r.hanging = -1
	if text != "" {
		r.appendItem(text)
	}
}

// appendItem adds the text of a line to the open item, with each run of
// spaces made one.
func (r *bodyReader) appendItem(t string) {
	r.appendText(&r.item, t, true)
}

// closeItem ends the open item, if there is one, recording it as a
// recommendation or a finding.
func (r *bodyReader) closeItem() {
	if !r.itemOpen {
		return
	}
	r.itemOpen = false
	text := strings.TrimSpace(r.item.String())
	switch {
	case text == "":
	case r.list == listFindings:
		if r.finding != 0 {
			r.out.findings = append(r.out.findings, inspection.Finding{Kind: r.finding, Text: text})
		}
	case isNoAction(text):
		if r.itemNum > 0 {
			// A numbered paragraph, in no section.
			r.addUngraded(inspection.Paragraph{Number: r.itemNum, Text: text})
		}
	default:
		text, ref := r.splitReference(text)
		r.out.recommendations = append(r.out.recommendations, inspection.Recommendation{
			Text:      text,
			Reference: ref,
			Priority:  r.recPriority,
			Area:      r.recArea,
			Number:    r.itemNum,
		})
	}
}

// isNoAction reports whether a numbered point says there is nothing to
// list: "The inspection did not find any areas for priority and immediate
// action."
func isNoAction(text string) bool { return hasAnyPrefixFold(text, noActions) }

// noActions are the ways a report says there is nothing to list.
var noActions = []string{"The inspection did not find any", "There are no priority", "There are no areas for priority", "There are no areas of priority", "No areas for priority"}

// splitReference removes the national framework reference that ends the
// open item's text ("... home and care. (outcome three, national
// framework)") and returns the text without it, and the reference. A
// bracket at the end that reads as an attempt at a reference ("(Outcome 7,
// national framework)") but names no element of the national framework is
// a problem, and stays in the text.
func (r *bodyReader) splitReference(text string) (string, inspection.Reference) {
	t := strings.TrimRight(text, " .;")
	if !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "]") {
		return text, inspection.Reference{}
	}
	j := strings.LastIndexAny(t, "([")
	if j < 0 {
		return text, inspection.Reference{}
	}
	tag := t[j:]
	ref, err := readReference(tag)
	if err != nil {
		l := strings.ToLower(strings.TrimLeft(tag, "([ "))
		if strings.Contains(l, "national framework") || strings.HasPrefix(l, "outcome") || strings.HasPrefix(l, "enabler") || strings.HasPrefix(l, "principle") {
			r.out.problems.Add(r.itemPos, "recommendations", inspection.ErrReference, "cannot read the national framework reference %q", collapseSpaces(tag))
		}
		return text, inspection.Reference{}
	}
	return strings.TrimSpace(t[:j]), ref
}

// enablerTitles are the three enablers of the national framework
// (Department for Education, Children's social care: national framework,
// December 2023), by number. The outcomes' are [inspection.Reference.Title].
var enablerTitles = [...]string{
	1: "multi-agency working is prioritised and effective",
	2: "leaders drive conditions for effective practice",
	3: "the workforce is equipped and effective",
}

// readReference reads a national framework reference as reports print it,
// in round or square brackets. Besides what [inspection.ParseReference]
// accepts, it reads the words "national framework" before the element
// ("(National Framework outcome four)", "(National Framework, Outcome
// 1)"), and an outcome or enabler named by its title rather than its
// number, with or without the word for its part ("(enabler: leaders drive
// conditions for effective practice, national framework)", "(Leaders
// drive conditions for effective practice)").
func readReference(tag string) (inspection.Reference, error) {
	t := strings.ToLower(collapseSpaces(strings.Trim(tag, "()[] ")))
	ref, err := inspection.ParseReference(t)
	if err == nil {
		return ref, nil
	}
	if rest, ok := strings.CutPrefix(t, "national framework"); ok {
		if ref, err2 := inspection.ParseReference(strings.TrimLeft(rest, ",:; ")); err2 == nil {
			return ref, nil
		}
	}
	rest := strings.TrimSuffix(t, "national framework")
	rest = strings.TrimRight(rest, ",:; ")
	for _, part := range []inspection.Part{inspection.Outcome, inspection.Enabler} {
		title := strings.TrimLeft(strings.TrimPrefix(rest, part.String()), ":- ")
		for n := 1; n <= part.Len(); n++ {
			ref := inspection.Reference{Part: part, Number: n}
			want := ref.Title()
			if part == inspection.Enabler {
				want = enablerTitles[n]
			}
			if title != "" && strings.EqualFold(want, title) {
				return ref, nil
			}
		}
	}
	return inspection.Reference{}, err
}
