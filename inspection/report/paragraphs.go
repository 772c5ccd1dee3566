package report

import (
	"strings"
	"unicode/utf8"
)

// This file reads, for the body stage, where a paragraph (or an item of a
// list) ends and how its lines join: a line continues the open paragraph
// unless a blank line, a page break or the end of a short line says it
// does not; a hyphen or dash at the end of a line may join the next with
// no space; the items of a list inside a numbered paragraph are its
// text; and what goes past the longest a paragraph can be is not read.

// continues reports whether a line of text at indent off continues the
// open paragraph or item: it has no text yet (its number stood alone), or
// nothing but a page break came between, or no blank line did, or the line
// starts in lower case, or (pdftotext -layout) it is indented under the
// text of a numbered paragraph.
//
// A line that follows a line that ended a sentence short of the margin,
// where the first word of the line would have fitted, starts a paragraph
// of its own, even with no blank line between: plain pdftotext leaves
// out the blank lines between the paragraphs of some reports.
func (r *bodyReader) continues(off int, t string) bool {
	switch {
	case !r.hasText || isLower(t[0]) || r.hanging > 0 && off >= r.hanging:
		return true
	case r.number > 0:
		return r.flat || r.page || !r.blank
	case r.lastWidth > 0 && r.lastWidth+1+utf8.RuneCountInString(firstWord(t)) <= r.width-fitMargin:
		return false
	}
	return r.page || !r.blank
}

// isFlat reports whether the lines of lines[start:] are flat, as plain
// pdftotext prints them: nine in ten at the margin or more.
func isFlat(lines []line, start int) bool {
	n, flat := 0, 0
	for _, l := range lines[start:] {
		if l.furniture || l.blank() {
			continue
		}
		n++
		if l.indent == 0 {
			flat++
		}
	}
	return 10*flat >= 9*n
}

// fitMargin is how many characters a word must have had to spare on a
// line, of the width of a report's prose, to have fitted on it: the
// letters of prose differ in width.
const fitMargin = 10

// firstWord returns the first word of t.
func firstWord(t string) string {
	if i := strings.IndexAny(t, " \t"); i >= 0 {
		return t[:i]
	}
	return t
}

// proseWidth returns the width, in characters, of the lines of prose of
// lines[start:]: the width that nine in ten of the lines that break a
// sentence (those that end in a small letter or a comma) do not exceed,
// margin included.
func proseWidth(lines []line, start int) int {
	var counts [256]int
	n := 0
	for _, l := range lines[start:] {
		if l.furniture || l.blank() {
			continue
		}
		if c := l.text[len(l.text)-1]; isLower(c) || c == ',' {
			counts[min(utf8.RuneCountInString(l.body), len(counts)-1)]++
			n++
		}
	}
	for w, seen := 0, 0; w < len(counts); w++ {
		if seen += counts[w]; 10*seen >= 9*n && n > 0 {
			return w
		}
	}
	return 0
}

// appendPara adds the text t of a line to the open paragraph, which is
// kept.
func (r *bodyReader) appendPara(t string) {
	r.appendText(&r.para, t, r.copied)
}

// appendText adds the text t of a line to b, the text of the open
// paragraph or item: after a space, or, when the last line ended in a
// hyphen between letters ("decision-" / "making"), straight after it.
// When collapse is true, each run of spaces and tabs in t becomes one
// space; otherwise spaces inside a line are kept as printed (prose has
// single spaces; a run of spaces is a gap between columns).
//
// A paragraph or item longer than maxText is cut there: the rest of it is
// a problem, once, at the line that goes past.
func (r *bodyReader) appendText(b *strings.Builder, t string, collapse bool) {
	if b.Len()+len(t) >= maxText {
		if b.Len() < maxText {
			l := r.lines[r.at]
			r.out.problems.Add(l.start(), "sections", ErrLimit, "a paragraph goes on past %d bytes, longer than any report's: the rest of it is not read", maxText)
			b.WriteString(" …") // an ellipsis
			r.hasText = true
		}
		return
	}
	if r.hasText && !joinsUp(r.lastText, t) {
		b.WriteByte(' ')
	}
	if collapse {
		t = collapseSpaces(t)
	}
	b.WriteString(t)
	r.hasText = true
}

// joinsUp reports whether the line next joins the line last with no
// space between: when last ends in a hyphen or a dash that joins words
// or numbers broken over the lines ("decision-" / "making", "post-" /
// "16", "2013–" / "14", "18-" / "year-olds"), but not one that stands
// for a word to come ("16-" / "and 17-year-olds").
func joinsUp(last, next string) bool {
	r, n := utf8.DecodeLastRuneInString(last)
	if r != '-' && r != '–' || n == len(last) || next == "" {
		return false
	}
	p := last[len(last)-n-1]
	switch f := next[0]; {
	case isLetter(p) && isLetter(f), (isLetter(p) || isDigit(p)) && isDigit(f):
		return true
	case isDigit(p) && isLetter(f):
		w := firstWord(next)
		return w != "and" && w != "or" && w != "to"
	}
	return false
}

// maxText is the longest paragraph or item, in bytes, that is read: the
// longest of the reports is a few thousand.
const maxText = 64 << 10

// isEnumerated reports whether t starts with the number of an item of a
// list inside a paragraph, in brackets: "(ii)", "(b)".
func isEnumerated(t string) bool {
	if len(t) < 3 || t[0] != '(' {
		return false
	}
	k := strings.IndexByte(t, ')')
	if k < 2 || k > 5 || k+1 < len(t) && t[k+1] != ' ' && t[k+1] != '\t' {
		return false
	}
	inner := t[1:k]
	return strings.Trim(inner, "ivx") == "" || k == 2 && isLower(inner[0])
}

// bulletAt returns the bullet that starts t (see bulletAt), unless it is
// a dash that continues the sentence of the line before, which ran on:
// plain pdftotext may start a line with the dash of "... forums" / "–
// including the ...".
func (r *bodyReader) bulletAt(t string) string {
	m := bulletAt(t)
	if strings.ContainsAny(m, "-–—−") && !r.blank && !r.page && (isLower(r.lastEnd) || r.lastEnd == ',') {
		return ""
	}
	return m
}
