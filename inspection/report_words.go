package inspection

import (
	"strings"

	"github.com/childrens-services/judgements/grade"
)

// This file holds the words of judgement tables and headings: which words
// can belong to a row label or a heading, which belong to a grade, how the
// words of a label name an Area, and how a run of grade words reads as
// grades. The table reader (report_table.go) and the heading reader
// (report_sections.go) share it.

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

// A vocabEntry is a word of the vocabulary of judgement tables and
// headings.
type vocabEntry struct {
	word string   // in lower case
	kind wordKind // what part it can play
	key  uint32   // the keyword it is, for telling areas apart (see keywords), or 0
}

// vocabulary holds the lower-case words of judgement tables and headings,
// by length and first letter. Label words are the words of every
// judgement's wording in the framework table, in the SIF, ILACS and 2013
// looked after children reports; connectors are the words SIF and 2018
// ILACS reports use to make a heading a sentence ("The graded judgement
// for adoption performance is that it is good").
//
// It is indexed by hand rather than a map: lookup runs on every word of
// every line that might be a heading or a table row, and most words are
// rejected by their length and first letter alone.
var vocabulary = func() (t [maxWord + 1][26][]vocabEntry) {
	add := func(kind wordKind, words string) {
		for _, w := range strings.Fields(words) {
			t[len(w)][w[0]-'a'] = append(t[len(w)][w[0]-'a'], vocabEntry{word: w, kind: kind, key: keywordBits[w]})
		}
	}
	add(wLabel, `the impact of leaders on social work practice with children and
		families experiences experience progress who need help protection in care leavers
		overall effectiveness looked after achieving permanence adoption performance leadership
		management governance capacity improve outcomes for young people quality provision
		local safeguarding board lscb judgement judgment judgements`)
	add(wConnector, `is are that it they graded about services`)
	add(wGrade, `outstanding good requires require inadequate adequate`)
	add(wImprove, "improvement")
	add(wTo, "to")
	add(wBe, "be")
	add(wNot, "not")
	add(wJudged, "judged")
	add(wGradeWord, "grade")
	return t
}()

// maxWord is the longest word the vocabulary holds, with room to spare.
const maxWord = 16

// trimWord removes the punctuation around a word as printed: brackets,
// quotes, commas, full stops, colons, semicolons and question marks.
func trimWord(w string) string {
	if len(w) > 0 && isAlnum(w[0]) && isAlnum(w[len(w)-1]) {
		return w // most words
	}
	for len(w) > 0 {
		switch w[0] {
		case '(', '[', '"', '\'':
			w = w[1:]
			continue
		}
		if strings.HasPrefix(w, "‘") || strings.HasPrefix(w, "“") {
			w = w[len("‘"):]
			continue
		}
		break
	}
	for len(w) > 0 {
		switch w[len(w)-1] {
		case ')', ']', '"', '\'', ',', '.', ':', ';', '?', '!':
			w = w[:len(w)-1]
			continue
		}
		if strings.HasSuffix(w, "’") || strings.HasSuffix(w, "”") {
			w = w[:len(w)-len("’")]
			continue
		}
		break
	}
	return w
}

func isAlnum(c byte) bool { return isLetter(c) || isDigit(c) }

// kindOf returns the kind of the printed word w.
func kindOf(w string) wordKind {
	k, _ := lookup(w)
	return k
}

// lookup returns the kind of the printed word w, and the keyword it is.
// It does not allocate.
func lookup(w string) (wordKind, uint32) {
	if isRowNumber(w) {
		return wRowNumber, 0
	}
	return lookupTrimmed(trimWord(w))
}

// lookupTrimmed is lookup for a word whose punctuation is trimmed.
func lookupTrimmed(w string) (wordKind, uint32) {
	n := len(w)
	if n == 0 || n > maxWord {
		return wOther, 0
	}
	c := w[0] | 0x20 // lower case, for a letter
	if c < 'a' || c > 'z' {
		if n == 1 && '1' <= w[0] && w[0] <= '4' {
			return wDigit, 0
		}
		return wOther, 0
	}
	bucket := vocabulary[n][c-'a']
next:
	for k := range bucket {
		// The vocabulary is lower-case letters: a byte of w matches one
		// when, folded to lower case, it is the same.
		e := &bucket[k]
		v := e.word[:n]
		for i := 1; i < n; i++ {
			if w[i]|0x20 != v[i] {
				continue next
			}
		}
		return e.kind, e.key
	}
	return wOther, 0
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

// A word is one word of a line, with where it is.
type word struct {
	text  string   // as printed, punctuation trimmed
	line  int32    // index of its line
	col   int32    // byte offset of the word in the line
	key   uint32   // the keyword it is, if any (see keywords)
	kind  wordKind // what it can be
	chunk bool     // whether it starts a chunk: the line's first word, or after a gap of two spaces or a tab
}

// splitWords calls yield for each word of s (words are separated by spaces
// and tabs), with its byte offset and whether it starts a chunk, until
// yield returns false.
func splitWords(s string, yield func(w string, off int, chunk bool) bool) {
	i := 0
	gap := 2
	for i < len(s) {
		switch s[i] {
		case ' ':
			gap++
			i++
			if i < len(s) && s[i] == ' ' {
				// A run of spaces, such as a gap between the columns of
				// pdftotext -layout: only whether the gap is two or more
				// matters.
				i = skipSpaces(s, i, len(s))
				gap++
			}
			continue
		case '\t':
			gap += 2
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		if !yield(s[i:j], i, gap >= 2) {
			return
		}
		gap = 0
		i = j
	}
}

// isGradePart reports whether a word of kind k, in its place, belongs to a
// grade rather than to a label. "to", "be", "not" and "judged" belong to a
// grade only next to the words they complete: "to" after "improvement"
// (the word before it in its chunk, or the last grade word read when it
// starts a chunk), "be" after "to", "judged" after "not", and "not" before
// "judged". So "Capacity to improve" stays a label.
func isGradePart(k wordKind, prev wordKind, chunk bool, last wordKind, next wordKind) bool {
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

// cellText returns the words of c as printed, for messages.
func cellText(ws []word, c cell) string {
	return labelText(ws[c.from:c.to])
}

// readCells reads the grade words ws as a sequence of cells, longest
// spelling first: "requires improvement to be good" is one cell,
// "requires improvement good" two. A number after "grade" ("Grade 4")
// joins the cell printed before it on the same line ("Inadequate Grade
// 4"), or the label printed after it ("Grade 4 (inadequate)"), or makes a
// cell on its own. Words that make no grade ("requires" with nothing
// after it) give a cell that is not ok. The cells are appended to out.
func readCells(out []cell, ws []word) []cell {
	pending := -1 // index in out of a cell made from "grade N" alone, waiting for its label
	is := strings.EqualFold
	for i := 0; i < len(ws); {
		w := ws[i]
		c := cell{from: i, line: int(w.line), col: int(w.col)}
		n := 1
		// The kind says which words can start a cell (a word that is not
		// a grade, "not" or "grade" never does); the text says which.
		switch {
		case w.kind != wGrade && w.kind != wNot && w.kind != wGradeWord:
		case is(w.text, "outstanding"):
			c.grade, c.ok = grade.Outstanding, true
		case is(w.text, "good"):
			c.grade, c.ok = grade.Good, true
		case is(w.text, "inadequate"):
			c.grade, c.ok = grade.Inadequate, true
		case is(w.text, "adequate"):
			c.grade, c.ok = grade.Adequate, true
		case is(w.text, "requires"), is(w.text, "require"):
			if i+1 < len(ws) && ws[i+1].kind == wImprove {
				c.grade, c.ok = grade.RequiresImprovement, true
				n = 2
				if i+4 < len(ws) && ws[i+2].kind == wTo && ws[i+3].kind == wBe && is(ws[i+4].text, "good") {
					n = 5
				}
			}
		case is(w.text, "not"):
			if i+1 < len(ws) && ws[i+1].kind == wJudged {
				c.ok = true // "not judged": the zero Grade
				n = 2
			}
		case is(w.text, "grade"):
			if i+1 < len(ws) && ws[i+1].kind == wDigit {
				g, _ := grade.Parse(ws[i+1].text)
				n = 2
				if k := len(out) - 1; k >= 0 && out[k].ok && out[k].last == int(w.line) && out[k].to == i && out[k].grade.Compare(g) == 0 {
					out[k].to = i + n // "Inadequate Grade 4"
					i += n
					continue
				}
				c.grade, c.ok = g, true
				pending = len(out)
			}
		}
		c.to = i + n
		c.last = int(ws[i+n-1].line)
		if k := pending; k >= 0 && k < len(out) && c.ok && c.grade.IsValid() && out[k].last == int(w.line) && out[k].to == i && out[k].grade.Compare(c.grade) == 0 {
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

// areaOfWords returns the judgement area that the label words ws name, or
// the zero Area. See keywords.area.
func areaOfWords(ws []word) Area {
	var k keywords
	for _, w := range ws {
		k.add(w.key)
	}
	return k.area()
}

// areaOfPhrase returns the judgement area that the words of s name, or
// the zero Area. See keywords.area.
func areaOfPhrase(s string) Area {
	var k keywords
	splitWords(s, func(w string, _ int, _ bool) bool {
		_, key := lookup(w)
		k.add(key)
		return true
	})
	return k.area()
}

// keywords records which of the words that tell judgement areas apart a
// label or heading has, and how many times it says "care".
type keywords struct {
	has  uint32
	care int
}

// The words that tell judgement areas apart.
const (
	kwOverall = 1 << iota
	kwEffectiveness
	kwCapacity
	kwImprove
	kwOutcomes
	kwLooked
	kwAfter
	kwQuality
	kwProvision
	kwLeadership
	kwManagement
	kwGovernance
	kwLocal
	kwSafeguarding
	kwBoard
	kwLSCB
	kwLeaders
	kwHelp
	kwProtection
	kwAdoption
	kwChildren
	kwLeavers
	kwCare // counted, not just noted
)

var keywordBits = map[string]uint32{
	"overall": kwOverall, "effectiveness": kwEffectiveness, "capacity": kwCapacity, "improve": kwImprove,
	"outcomes": kwOutcomes, "looked": kwLooked, "after": kwAfter, "quality": kwQuality, "provision": kwProvision,
	"leadership": kwLeadership, "management": kwManagement, "governance": kwGovernance, "local": kwLocal,
	"safeguarding": kwSafeguarding, "board": kwBoard, "lscb": kwLSCB, "leaders": kwLeaders, "help": kwHelp,
	"protection": kwProtection, "adoption": kwAdoption, "children": kwChildren, "leavers": kwLeavers,
	"care": kwCare,
}

// add records the keyword key (0 for a word that is none).
func (k *keywords) add(key uint32) {
	if key == kwCare {
		k.care++
		return
	}
	k.has |= key
}

// area returns the judgement area the words name. It goes by which
// telling words are present, not by their order, so that it reads the
// wording of every framework's judgements: ILACS's with and without
// "social work" (2026 tables), the SIF's numbered rows, sentence headings
// and groupings of recommendations, the 2013 looked after children
// inspections' areas, the misprint "children care leavers" of some
// 2025-26 tables (care leavers), and labels whose words pdftotext printed
// out of order. "Care" twice with "leavers" is the combined judgement on
// children in care and care leavers of 2018-2022.
func (k *keywords) area() Area {
	all := func(bits uint32) bool { return k.has&bits == bits }
	switch {
	case all(kwOverall | kwEffectiveness):
		return OverallEffectiveness
	case all(kwCapacity | kwImprove):
		return CapacityToImprove
	case all(kwOutcomes | kwLooked | kwAfter):
		return OutcomesForLookedAfterChildren
	case all(kwQuality | kwProvision):
		return QualityOfProvision
	case all(kwLeadership | kwManagement | kwGovernance):
		return LeadershipManagementGovernance
	case all(kwLeadership | kwManagement):
		return LeadershipAndManagement
	case all(kwLSCB), all(kwSafeguarding | kwBoard), all(kwLocal | kwSafeguarding | kwChildren):
		return LSCB
	case all(kwLeaders):
		return ImpactOfLeaders
	case all(kwHelp | kwProtection):
		return HelpAndProtection
	case all(kwAdoption):
		return AdoptionPerformance
	case all(kwLooked | kwAfter):
		return LookedAfterChildren
	case all(kwLeavers) && k.care >= 2:
		return ChildrenInCareAndCareLeavers
	case all(kwLeavers) && k.care == 1:
		return CareLeavers
	case all(kwChildren) && k.care >= 1:
		return ChildrenInCare
	}
	return 0
}
