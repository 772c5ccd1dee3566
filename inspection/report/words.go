package report

import (
	"strings"
	"unicode"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// This file holds the words of judgement tables and graded headings:
// which words can belong to a row label or a heading, which belong to a
// grade, how a line's words sort into the two, how a run of grade words
// reads as grades, and which area label words name. The table reader
// (table.go) and the heading reader (headings.go) share it.

// A wordKind says what part a word can play in a judgement table or a
// graded heading.
type wordKind uint8

const (
	wOther     wordKind = iota // any other word: the line is prose
	wLabel                     // a word of a judgement's wording: "experiences", "leaders"
	wConnector                 // a word of a sentence heading: "is", "are", "graded"
	wGrade                     // a word that is a grade on its own or starts one: "good", "requires"
	wImprove                   // "improvement", the second word of "requires improvement"
	wTo                        // "to", of "requires improvement to be good" (or of "capacity to improve")
	wBe                        // "be", of "to be good"
	wNot                       // "not", of "not judged"
	wJudged                    // "judged"
	wGradeWord                 // "grade", of "Grade 3 (Adequate)"
	wDigit                     // a one-digit number, 1 to 4, after "grade"
	wRowNumber                 // a row number of the SIF table: "1.", "2.1"
)

// vocabulary gives the kind of each lower-case word of judgement tables
// and headings. Label words are the words of the official wording of
// every judgement of the frameworks whose reports Parse reads (see
// [inspection.AreaSpec]), with the few variants reports print; connectors
// are the words a heading may have but a table row may not, such as those
// SIF and 2018 ILACS reports use to make a heading a sentence ("The graded
// judgement for adoption performance is that it is good"); the rest are
// the words of grades.
var vocabulary = func() map[string]wordKind {
	v := map[string]wordKind{}
	add := func(kind wordKind, words ...string) {
		for _, w := range words {
			v[w] = kind
		}
	}
	for _, f := range readFrameworks() {
		for _, s := range f.Areas() {
			add(wLabel, strings.FieldsFunc(strings.ToLower(s.Wording), func(r rune) bool { return !unicode.IsLetter(r) })...)
		}
	}
	// "The experience and progress of ...", the board's abbreviation, and
	// the words of the table's header and of headings that name the
	// judgement ("The judgement for ...").
	add(wLabel, "experience", "lscb", "judgement", "judgment", "judgements")
	// "Services" is a word of the 2013 inspections' wording of overall
	// effectiveness, but in their tables the first word of the heading
	// after the table ("Services for looked after children"): a
	// connector, which a heading may have and a table row may not.
	add(wConnector, "is", "are", "that", "it", "they", "graded", "about", "services")
	add(wGrade, "outstanding", "good", "requires", "require", "inadequate", "adequate")
	add(wImprove, "improvement")
	add(wTo, "to")
	add(wBe, "be")
	add(wNot, "not")
	add(wJudged, "judged")
	add(wGradeWord, "grade")
	return v
}()

// trimWord removes the punctuation around a word as printed: brackets,
// quotes, commas, full stops, colons, semicolons, question and
// exclamation marks.
func trimWord(w string) string {
	for {
		t := strings.TrimLeft(w, "([\"'")
		t = strings.TrimPrefix(t, "‘")
		t = strings.TrimPrefix(t, "“")
		t = strings.TrimRight(t, ")]\"',.:;?!")
		t = strings.TrimSuffix(t, "’")
		t = strings.TrimSuffix(t, "”")
		if t == w {
			return w
		}
		w = t
	}
}

// kindOf returns the kind of the printed word w.
func kindOf(w string) wordKind {
	if isRowNumber(w) {
		return wRowNumber
	}
	return kindOfTrimmed(trimWord(w))
}

// kindOfTrimmed is kindOf for a word whose punctuation is trimmed.
func kindOfTrimmed(w string) wordKind {
	if len(w) == 1 && '1' <= w[0] && w[0] <= '4' {
		return wDigit
	}
	return vocabulary[strings.ToLower(w)]
}

// isRowNumber reports whether w is a row number of a SIF judgement table:
// "1.", "2.", "2.1", "2.2" (the number of a key judgement or
// sub-judgement).
func isRowNumber(w string) bool {
	switch len(w) {
	case 2:
		return '1' <= w[0] && w[0] <= '9' && w[1] == '.'
	case 3, 4:
		return '1' <= w[0] && w[0] <= '9' && w[1] == '.' && isDigit(w[2]) && (len(w) == 3 || w[3] == '.')
	}
	return false
}

// maxLineWords is the most words a line of a judgement table or a graded
// heading has: no wording of a judgement and its grade have more than 30.
const maxLineWords = 40

// A word is one word of a line, with where it is.
type word struct {
	text  string   // as printed, punctuation trimmed
	kind  wordKind // what it can be
	line  int      // index of its line
	col   int      // byte offset of the word in the line's body
	end   int      // byte offset after the word as printed, punctuation included
	chunk bool     // whether it starts a chunk: the line's first word, or after a gap of two spaces or a tab
}

// lineWords returns the words of line i, with their kinds, and whether
// the line has a mark that is no word: a bracket or dash standing alone.
// A line of more than maxLineWords words counts as having one: it is read
// no further.
func lineWords(lines []line, i int) (ws []word, mark bool) {
	s := lines[i].body
	ws = make([]word, 0, 8)
	gap := 2 // the width of the white space before the word, two or more at the start
	for k := 0; k < len(s); {
		if len(ws) > maxLineWords {
			return ws, true // prose, not a row or a heading
		}
		switch s[k] {
		case ' ':
			gap++
			k++
			continue
		case '\t':
			gap += 2
			k++
			continue
		}
		j := k + 1
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		w := s[k:j]
		if t := trimWord(w); t == "" {
			mark = true
		} else {
			kind := wRowNumber
			if !isRowNumber(w) {
				kind = kindOfTrimmed(t)
			}
			ws = append(ws, word{text: t, kind: kind, line: i, col: k, end: j, chunk: gap >= 2})
		}
		gap = 0
		k = j
	}
	return ws, mark
}

// gradesOnly reports whether the line s holds grade words and nothing
// else.
func gradesOnly(s string) bool {
	ws := fields(s)
	for _, w := range ws {
		switch kindOf(w) {
		case wGrade, wImprove, wTo, wBe:
		default:
			return false
		}
	}
	return len(ws) > 0
}

// A lineForm says which words a line of a judgement table or of a graded
// heading may hold besides grade words.
type lineForm struct {
	labels       []wordKind // the kinds of word its labels may have
	headerGrades bool       // whether "Grade" without a number after it is the table's header, and left out
}

var (
	tableForm   = lineForm{labels: []wordKind{wLabel, wRowNumber, wTo}, headerGrades: true}
	headingForm = lineForm{labels: []wordKind{wLabel, wConnector, wTo}}
)

// sortWords sorts the words of a line of a judgement table or graded
// heading into label words and grade words. It returns ok false if the
// line has a word that is neither, so that it is not part of one. last is
// the kind of the last grade word read before the line, which decides
// whether a "to" or "be" at the start of a chunk continues a wrapped
// grade.
func sortWords(ws []word, last wordKind, form lineForm) (labels, grades []word, ok bool) {
	labels = make([]word, 0, len(ws))
	for j, w := range ws {
		prev, next := wOther, wOther
		if j > 0 && !w.chunk {
			prev = ws[j-1].kind
		}
		if j+1 < len(ws) && !ws[j+1].chunk {
			next = ws[j+1].kind
		}
		if w.kind == wGradeWord && next != wDigit && form.headerGrades {
			continue // the "Grade" of the header
		}
		if isGradePart(w.kind, prev, w.chunk, last, next) && (w.kind != wGradeWord || next == wDigit) {
			grades = append(grades, w)
			last = w.kind
			continue
		}
		if !containsKind(form.labels, w.kind) {
			return labels, grades, false
		}
		labels = append(labels, w)
	}
	return labels, grades, true
}

func containsKind(kinds []wordKind, k wordKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// isGradePart reports whether a word of kind k, in its place, belongs to a
// grade rather than to a label. "to", "be", "not" and "judged" belong to a
// grade only next to the words they complete: "to" after "improvement"
// (the word before it in its chunk, or the last grade word read when it
// starts a chunk), "be" after "to", "judged" after "not", and "not" before
// "judged". So "Capacity to improve" stays a label.
func isGradePart(k, prev wordKind, chunk bool, last, next wordKind) bool {
	switch k {
	case wGrade, wImprove, wGradeWord:
		return true
	case wDigit:
		return prev == wGradeWord
	case wTo:
		return prev == wImprove || (chunk && last == wImprove)
	case wBe:
		return prev == wTo || (chunk && last == wTo)
	case wNot:
		return next == wJudged
	case wJudged:
		return prev == wNot
	}
	return false
}

// A cell is a grade read from a run of grade words: ws[from:to] of the
// words readCells was given.
type cell struct {
	grade    grade.Grade // the grade; zero for "not judged"
	ok       bool        // whether the words made a grade
	from, to int         // its words
	line     int         // index of the line of its first word
	col      int         // offset of its first word
	last     int         // index of the line of its last word
}

// readCells reads the grade words ws as a sequence of cells, longest
// spelling first: "requires improvement to be good" is one cell,
// "requires improvement good" two. A number after "grade" ("Grade 4")
// joins the cell printed before it on the same line ("Inadequate Grade
// 4"), or the label printed after it ("Grade 4 (inadequate)"), or makes a
// cell on its own. Words that make no grade ("requires" with nothing
// after it) give a cell that is not ok.
func readCells(ws []word) []cell {
	var out []cell
	pending := -1 // index in out of a cell made from "grade N" alone, waiting for its label
	is := strings.EqualFold
	kindAt := func(i int) wordKind {
		if i < len(ws) {
			return ws[i].kind
		}
		return wOther
	}
	for i := 0; i < len(ws); {
		w := ws[i]
		c := cell{from: i, line: w.line, col: w.col}
		n := 1
		switch {
		case w.kind != wGrade && w.kind != wNot && w.kind != wGradeWord:
			// Not a word that starts a grade.
		case is(w.text, "outstanding"):
			c.grade, c.ok = grade.Outstanding, true
		case is(w.text, "good"):
			c.grade, c.ok = grade.Good, true
		case is(w.text, "inadequate"):
			c.grade, c.ok = grade.Inadequate, true
		case is(w.text, "adequate"):
			c.grade, c.ok = grade.Adequate, true
		case is(w.text, "requires"), is(w.text, "require"):
			if kindAt(i+1) == wImprove {
				c.grade, c.ok = grade.RequiresImprovement, true
				n = 2
				if kindAt(i+2) == wTo && kindAt(i+3) == wBe && i+4 < len(ws) && is(ws[i+4].text, "good") {
					n = 5
				}
			}
		case is(w.text, "not"):
			if kindAt(i+1) == wJudged {
				c.ok = true // "not judged": the zero Grade
				n = 2
			}
		case is(w.text, "grade"):
			if kindAt(i+1) == wDigit {
				g, _ := grade.Parse(ws[i+1].text)
				n = 2
				if k := len(out) - 1; k >= 0 && out[k].ok && out[k].last == w.line && out[k].to == i && out[k].grade.Compare(g) == 0 {
					out[k].to = i + n // "Inadequate Grade 4"
					i += n
					continue
				}
				c.grade, c.ok = g, true
				pending = len(out)
			}
		}
		c.to = i + n
		c.last = ws[i+n-1].line
		if k := pending; k >= 0 && k < len(out) && c.ok && c.grade.IsValid() && out[k].last == w.line && out[k].to == i && out[k].grade.Compare(c.grade) == 0 {
			// "Grade 3 (Adequate)": the label says which grade of the rank.
			out[k].grade = c.grade
			out[k].to = c.to
			pending = -1
			i += n
			continue
		}
		if pending != len(out) {
			pending = -1
		}
		out = append(out, c)
		i += n
	}
	return out
}

// wordsText returns words as one line of text.
func wordsText(ws []word) string {
	texts := make([]string, len(ws))
	for k, w := range ws {
		texts[k] = w.text
	}
	return strings.Join(texts, " ")
}

// areaNamed returns the judgement area that the text s names, or the zero
// Area: the area [inspection.AreaNamed] reads in it, if it is one that the
// frameworks whose reports Parse reads judge.
func areaNamed(s string) inspection.Area {
	a, ok := inspection.AreaNamed(s)
	if !ok || !readAreas[a] {
		return 0
	}
	return a
}

// areaOfPhrase returns the judgement area that the label words of s name,
// or the zero Area: a heading that groups recommendations ("Leadership,
// management and governance"), or a headline about the LSCB. Words that
// are not label words as printed, such as "Post-adoption", are left out.
func areaOfPhrase(s string) inspection.Area {
	var labels []string
	for _, w := range fields(s) {
		if kindOf(w) == wLabel {
			labels = append(labels, w)
		}
	}
	return areaNamed(strings.Join(labels, " "))
}

// readAreas are the areas judged by the frameworks whose reports Parse
// reads.
var readAreas = func() map[inspection.Area]bool {
	m := map[inspection.Area]bool{}
	for _, f := range readFrameworks() {
		for _, s := range f.Areas() {
			m[s.Area] = true
		}
	}
	return m
}()
