package report

import (
	"strings"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// This file reads graded headings: the headings of a report's body that
// name a judgement area and a grade. The body stage reads them as the
// headings of sections; the front matter stage makes sure that the
// sentence it takes for a headline is not one.
//
// A graded heading is printed in any of these forms: "The experiences and
// progress of children in care: good" (ILACS); "The experiences and
// progress of children who need help and protection is good" (ILACS
// 2018); "Leadership, management and governance    Requires improvement",
// with the grade at the right margin, above or below the wording, or in
// the middle of it (SIF); "The graded judgement for adoption performance
// is that it is good"; "The Local Safeguarding Children Board is good";
// and "Quality of provision" / "Grade 3 (Adequate)" (2013 looked after
// children inspections). A heading is a block of at most six lines made
// only of the words of judgement wordings, grades and the few words that
// make them a sentence; it names exactly one area and one grade, and the
// line after it does not continue a sentence.

// headingStarts are the ways a graded heading begins: with the wording of
// a judgement, as the forms above print it.
var headingStarts = []string{
	"The experience", "The effectiveness of the", "The impact of leaders", "The graded judgement", "The graded judgment",
	"The judgement for", "The judgment for", "The local safeguarding children", "The LSCB",
	"Experience", "Impact of leaders", "Leadership", "Overall effectiveness", "Outcomes for", "Capacity to improve",
	"Quality of provision", "Adoption",
}

// isHeadingStart reports whether t, which begins with a capital letter,
// begins as a graded heading can.
func isHeadingStart(t string) bool { return hasAnyPrefixFold(t, headingStarts) }

// A gradedHeading is a graded heading read from the text.
type gradedHeading struct {
	area  inspection.Area
	grade grade.Grade
	text  string              // as printed, on one line, with a grade printed above or inside the wording moved after it
	pos   inspection.Position // where it starts
	line  int                 // index of its first line
}

// maxHeadingLines is the most lines a heading may take.
const maxHeadingLines = 6

// readGradedHeading reads the graded heading that starts at line i, if
// there is one, and returns it with the index of its last line.
func readGradedHeading(lines []line, i int) (gradedHeading, int, bool) {
	var labels, grades []word
	var block []int // the lines of the heading
	col := 0        // the column of the first label word
	last := wOther
	end := min(len(lines), i+3*maxHeadingLines)
	for j := i; j < end && len(block) < maxHeadingLines; j++ {
		if lines[j].furniture {
			continue
		}
		if lines[j].blank() {
			// A grade a line below the wording, or the wording again after
			// a title above it (SIF: "Leadership, management and
			// governance" / "Key Judgement   Judgement Grade" /
			// "Leadership, management and governance   Good").
			if len(grades) > 0 || len(block) == 0 || !gradeLineAfterBlank(lines, j) && !labelLineAfterBlank(lines, j) {
				break
			}
			continue
		}
		ws, _ := lineWords(lines, j)
		if isBoxHeader(ws) {
			continue
		}
		ls, gs, ok := sortWords(ws, last, headingForm)
		if !ok || len(ls)+len(gs) == 0 {
			break
		}
		if len(block) > 0 && len(ls) > 0 && isUpper(ls[0].text[0]) {
			if len(grades) > 0 {
				break // the next heading
			}
			labels, block = nil, nil // a title line above the heading
		}
		if len(ls) > 0 && len(labels) == 0 {
			col = ls[0].col
		}
		labels = append(labels, ls...)
		grades = append(grades, gs...)
		if len(gs) > 0 {
			last = gs[len(gs)-1].kind
		}
		block = append(block, j)
	}
	if len(block) == 0 || len(labels) == 0 || len(labels) > 30 {
		return gradedHeading{}, 0, false
	}
	a := areaNamed(wordsText(labels))
	cells := readCells(grades)
	// A grade, or "not judged" (the zero Grade).
	if a == 0 || len(cells) != 1 || !cells[0].ok || cells[0].grade != 0 && !cells[0].grade.IsValid() {
		return gradedHeading{}, 0, false
	}
	lastLine := block[len(block)-1]
	if next := nextText(lines, lastLine+1, lastLine+4); next >= 0 && isLower(lines[next].text[0]) {
		return gradedHeading{}, 0, false // the "heading" is the start of a sentence
	}
	// The heading as printed, with the grade after the wording wherever
	// it was printed: above, below or in the middle of it ("The
	// experiences and progress of children who need help and   Requires
	// improvement" / "protection").
	var text []string
	for _, l := range block {
		if t := withoutWords(lines[l].body, grades, l); t != "" {
			text = append(text, t)
		}
	}
	for _, g := range grades {
		text = append(text, lines[g.line].body[g.col:g.end])
	}
	return gradedHeading{
		area:  a,
		grade: cells[0].grade,
		text:  strings.Join(text, " "),
		pos:   lines[block[0]].pos(col),
		line:  block[0],
	}, lastLine, true
}

// gradeLineAfterBlank reports whether the text after the blank line j is
// a line of grade words alone (a SIF heading with its grade a line
// below).
func gradeLineAfterBlank(lines []line, j int) bool {
	ls, gs, ok := wordsAfterBlank(lines, j)
	return ok && len(ls) == 0 && len(gs) > 0
}

// labelLineAfterBlank reports whether the text after the blank line j is
// a line of label words that starts with a capital letter, perhaps
// followed by grade words: the wording of a judgement, after its title.
func labelLineAfterBlank(lines []line, j int) bool {
	ls, gs, ok := wordsAfterBlank(lines, j)
	return ok && len(ls) > 0 && isUpper(ls[0].text[0]) && (len(gs) == 0 || gs[0].col > ls[0].col)
}

// wordsAfterBlank returns the label and grade words of the first line of
// text after the blank line j, past the header of a box, and whether it
// can be a line of a heading.
func wordsAfterBlank(lines []line, j int) (labels, grades []word, ok bool) {
	for range 3 {
		next := nextText(lines, j, j+8)
		if next < 0 {
			return nil, nil, false
		}
		ws, _ := lineWords(lines, next)
		if isBoxHeader(ws) {
			j = next + 1
			continue
		}
		return sortWords(ws, wOther, headingForm)
	}
	return nil, nil, false
}

// isBoxHeader reports whether words are the header of the box some SIF
// reports print under a section heading ("Key Judgement", "Judgement
// Grade").
func isBoxHeader(ws []word) bool {
	for _, w := range ws {
		switch strings.ToLower(w.text) {
		case "key", "judgement", "judgment", "grade", "sub-judgement", "sub-judgment":
		default:
			return false
		}
	}
	return len(ws) > 0
}

// readBoardHeading reads, at line i of the part of a SIF report on the
// board, a heading that names the board and whose grade a sentence gives:
// the heading's own ("The effectiveness of the Swindon Safeguarding
// Children Board (SSCB) is" / "good."), or the one after it ("The
// effectiveness of the Local Safeguarding Children Board (LSCB)" / "The
// arrangements in place to evaluate ... are" / "inadequate."). It returns
// the heading and the index of the last line it used.
func readBoardHeading(lines []line, i int) (gradedHeading, int, bool) {
	text, last := textBlock(lines, i, true)
	if areaOfPhrase(text) != inspection.LSCB {
		return gradedHeading{}, 0, false
	}
	sentence := text
	if !strings.HasSuffix(text, ".") {
		next := nextText(lines, last+1, last+4)
		if next < 0 {
			return gradedHeading{}, 0, false
		}
		sentence, last = textBlock(lines, next, false)
	}
	g, _, ok := trailingGrade(sentence)
	if !ok || !strings.HasSuffix(sentence, ".") {
		return gradedHeading{}, 0, false
	}
	l := lines[i]
	return gradedHeading{area: inspection.LSCB, grade: g, text: strings.TrimSuffix(text, "."), pos: l.start(), line: i}, last, true
}

// textBlock returns the text of the lines from i to the end of a
// sentence, a blank line or a page break, at most four, joined by spaces,
// and the index of the last. With heading true it also ends before a line
// that starts with a capital letter: a heading's lines after the first
// start in lower case.
func textBlock(lines []line, i int, heading bool) (string, int) {
	parts := []string{lines[i].text}
	last := i
	for j := i + 1; j < len(lines) && j < i+4; j++ {
		l := lines[j]
		if l.furniture || l.blank() || l.newPage || strings.HasSuffix(parts[len(parts)-1], ".") || heading && isUpper(l.text[0]) {
			break
		}
		parts = append(parts, l.text)
		last = j
	}
	return collapseSpaces(strings.Join(parts, " ")), last
}

// withoutWords returns the text of line l, whose body is s, without those
// of words that are on it, with each run of spaces made one.
func withoutWords(s string, words []word, l int) string {
	var b strings.Builder
	at := 0
	for _, w := range words {
		if w.line == l {
			b.WriteString(s[at:w.col])
			b.WriteByte(' ')
			at = w.end
		}
	}
	b.WriteString(s[at:])
	return strings.Join(fields(b.String()), " ")
}
