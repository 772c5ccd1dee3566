package report

import (
	"slices"
	"strings"

	"github.com/childrens-services/judgements/inspection"
)

// This file decides, before the body stage reads a line, which lines of
// the body start a numbered paragraph. The paragraphs of SIF and ILACS
// reports are numbered 1, 2, 3 ... through the whole report, recommendations
// and the review of the board included, so a line that starts with a
// number starts a paragraph only when that number is the next of the
// sequence. A line that starts with a number because a sentence wrapped
// ("... beyond the age of" / "18. It ...", "... from 66 to" / "44. It
// remains ...") is text, not a paragraph.

// maxNumberGap is how many paragraph numbers the sequence may skip. No
// report we know skips one; a misprint that does is read, and reported.
const maxNumberGap = 3

// A numberCandidate is a line that may start a numbered paragraph.
type numberCandidate struct {
	line   int  // index of the line
	n      int  // the number
	at     int  // offset in the line's text of the text after the number
	dotted bool // "12." rather than "12" before a gap (a misprint) or alone on its line (plain pdftotext)
	wraps  bool // the line above is text that runs on: the number may be a wrapped sentence's
}

// A paragraphStart is a line chosen to start a numbered paragraph.
type paragraphStart struct {
	n  int // the number
	at int // offset in the line's text of the text after the number
}

// numberedStarts returns the lines of lines[start:] that start numbered
// paragraphs, by index, and the problems of the sequence: a number it
// skips, or one printed twice (both are paragraphs). Of the lines that start with the next number of the sequence
// before the first that starts with the one after it, the first whose
// line above does not run on is chosen, a number with a full stop before
// one without. The sequence starts again at 1 where a second document is
// bound in after the first (a review of the board after the report on
// the authority), at a line "1." that follows a finished sentence and is
// followed by "2.".
func numberedStarts(lines []line, start int) (map[int]paragraphStart, inspection.ErrorList) {
	cands := numberCandidates(lines, start)
	starts := map[int]paragraphStart{}
	var problems inspection.ErrorList
	// The candidates of each number, in the order of the text.
	byNum := map[int][]int{}
	for k, c := range cands {
		byNum[c.n] = append(byNum[c.n], k)
	}
	// firstAt returns the first candidate of number n at index k or
	// after, or -1.
	firstAt := func(n, k int) int {
		list := byNum[n]
		if j, _ := slices.BinarySearch(list, k); j < len(list) {
			return list[j]
		}
		return -1
	}
	next, cursor := 1, 0
	for cursor < len(cands) {
		k := firstAt(next, cursor)
		if k < 0 {
			// A skipped number, or a second document starting at 1.
			n, j := skipTo(cands, firstAt, next, cursor)
			if j < 0 {
				break
			}
			if n != 1 {
				c := cands[j]
				problems.Add(lines[c.line].start(), "sections", ErrMissingPart, "paragraph %d follows paragraph %d: the paragraphs between are missing", n, next-1)
			}
			next, k = n, j
		}
		// The window: the candidates of next before the first candidate
		// of next+1 after k that does not wrap.
		end := len(cands)
		for j := firstAt(next+1, k+1); j >= 0; j = firstAt(next+1, j+1) {
			if !cands[j].wraps {
				end = j
				break
			}
		}
		best := k
		list := byNum[next]
		from, _ := slices.BinarySearch(list, k)
		for _, j := range list[from:] {
			if j >= end {
				break
			}
			if rank(cands[j]) < rank(cands[best]) {
				best = j
			}
		}
		c := cands[best]
		starts[c.line] = paragraphStart{n: c.n, at: c.at}
		// A number printed twice: a second line that starts with it, with
		// a full stop, after a line that does not run on. (A third is
		// text.)
		for _, j := range list[from:] {
			if j >= end {
				break
			}
			if d := cands[j]; j > best && d.dotted && !d.wraps {
				starts[d.line] = paragraphStart{n: d.n, at: d.at}
				problems.Add(lines[d.line].start(), "sections", ErrDuplicate, "paragraph number %d is printed twice", d.n)
				best = j
				break
			}
		}
		next++
		cursor = best + 1
	}
	return starts, problems
}

// rank orders the candidates of one number, best first: a number with a
// full stop whose line above does not run on, then one whose line above
// does, then a number without a full stop.
func rank(c numberCandidate) int {
	switch {
	case c.dotted && !c.wraps:
		return 0
	case c.dotted:
		return 1
	case !c.wraps:
		return 2
	}
	return 3
}

// skipTo finds where the sequence goes on when no line starts with
// number next at candidate cursor or after: at the next number or one of
// the few after it (a misprint), or at 1 (a second document). It returns
// the number and its candidate, or -1.
func skipTo(cands []numberCandidate, firstAt func(n, k int) int, next, cursor int) (int, int) {
	for n := next + 1; n <= next+maxNumberGap; n++ {
		if k := firstAt(n, cursor); k >= 0 && cands[k].dotted && !cands[k].wraps {
			return n, k
		}
	}
	for k := firstAt(1, cursor); k >= 0; k = firstAt(1, k+1) {
		if c := cands[k]; c.dotted && !c.wraps && k+1 < len(cands) && cands[k+1].n == 2 {
			return 1, k
		}
	}
	return 0, -1
}

// numberCandidates returns the lines of lines[start:] that may start a
// numbered paragraph: those whose text starts "12." (see numberedStart),
// and, as misprints and plain pdftotext print them, "12" followed by a
// gap of two spaces or more and a capital letter, or alone on a line
// with text after it.
func numberCandidates(lines []line, start int) []numberCandidate {
	var cands []numberCandidate
	for i := start; i < len(lines); i++ {
		l := lines[i]
		if l.furniture || l.blank() || !isDigit(l.text[0]) {
			continue
		}
		c := numberCandidate{line: i, wraps: runsOn(lines, i)}
		if n, at, ok := numberedStart(l.text); ok {
			c.n, c.at, c.dotted = n, at, true
		} else if n, at, ok := undottedStart(lines, i); ok {
			c.n, c.at = n, at
		} else {
			continue
		}
		cands = append(cands, c)
	}
	return cands
}

// undottedStart returns the number that starts line i without a full
// stop: "34     Most children ..." (a misprint, pdftotext -layout), or "34"
// alone on its line with a sentence below it (plain pdftotext).
func undottedStart(lines []line, i int) (n, at int, ok bool) {
	t := lines[i].text
	k := 0
	for k < len(t) && k < 4 && isDigit(t[k]) {
		n = n*10 + int(t[k]-'0')
		k++
	}
	if k == 0 || k > 3 || n == 0 {
		return 0, 0, false
	}
	if k == len(t) {
		next := nextText(lines, i+1, i+4)
		return n, k, next >= 0 && !lines[next].newPage && isUpper(lines[next].text[0])
	}
	rest := t[k:]
	gap := len(rest) - len(strings.TrimLeft(rest, " \t"))
	if gap < 2 || gap == len(rest) || !isUpper(rest[gap]) {
		return 0, 0, false
	}
	return n, k + gap, true
}

// runsOn reports whether the line above line i is a line of prose that
// runs on to it: not blank, not furniture, on the same page, as long as
// a line of prose (not a heading), and ending in a small letter, a digit,
// a comma or a hyphen.
func runsOn(lines []line, i int) bool {
	if i == 0 || lines[i].newPage {
		return false
	}
	p := lines[i-1]
	return !p.furniture && !p.blank() && len(p.body) >= minProseLine && runsOnText(p.text)
}

// minProseLine is the least width, in bytes, of a line of prose that
// wrapped: headings are shorter.
const minProseLine = 50
