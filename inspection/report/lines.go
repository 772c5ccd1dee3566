package report

import (
	"strings"

	"github.com/childrens-services/judgements/inspection"
)

// This file is the first stage: the text as lines. A form feed, which
// pdftotext writes between pages, makes the line it starts the first of a
// page. The helpers below read lines for the later stages.

// maxLine is the longest line, in bytes, that is read: a report's lines
// are a few hundred bytes at most, even copied out of a PDF viewer with a
// paragraph on one line. A longer line is not read.
const maxLine = 64 << 10

// A line is one line of report text.
type line struct {
	num       int    // the line number, from 1
	ff        int    // bytes of form feeds (and, on the first line, byte order mark) before body
	body      string // the line after its form feeds, without its line ending and trailing white space
	indent    int    // bytes of margin (spaces and tabs) at the start of body
	text      string // body without its margin
	page      int    // the number of the page the line is on, from 1
	newPage   bool   // a form feed starts the line: it is the first of a page
	furniture bool   // a running header or footer, page number, or footnote (set by markFurniture)
}

// splitLines returns the lines of text, and a problem for each line too
// long to be read (see maxLine), which is read as blank. Trailing white
// space is not part of a line; pdftotext -layout leaves none, plain
// pdftotext a space on some lines. A run of blank lines is one line, the
// first of them, on the page of the last: blank pages are one.
func splitLines(text string) ([]line, inspection.ErrorList) {
	lines := make([]line, 0, countLines(text))
	var problems inspection.ErrorList
	num, page := 0, 1
	for s := range strings.Lines(text) {
		num++
		l := line{num: num}
		if num == 1 && strings.HasPrefix(s, "\ufeff") {
			s = s[len("\ufeff"):]
			l.ff = len("\ufeff")
		}
		for strings.HasPrefix(s, "\f") {
			s = s[1:]
			l.ff++
			l.newPage = true
			page++
		}
		if len(s) > maxLine {
			problems.Add(l.pos(0), "", ErrLimit, "line %d is %d bytes long, longer than any line of a report (%d bytes): it is not read", num, len(s), maxLine)
			s = ""
		}
		s = strings.TrimRight(s, " \t\r\n")
		l.body = s
		l.indent, l.text = trimLine(s)
		l.page = page
		if n := len(lines); n > 0 && l.blank() && lines[n-1].blank() {
			lines[n-1].newPage = lines[n-1].newPage || l.newPage
			lines[n-1].page = page
			continue
		}
		lines = append(lines, l)
	}
	return lines, problems
}

// countLines returns how many lines splitLines returns for text.
func countLines(text string) int {
	n, blank := 0, false
	for s := range strings.Lines(text) {
		b := strings.Trim(s, " \t\r\n\f\ufeff") == ""
		if !b || !blank {
			n++
		}
		blank = b
	}
	return n
}

// copiedText reports whether text was copied out of a PDF viewer, which
// separates the cells of the judgement table, on the first page, by tabs.
// The spaces of such text are not laid out: each run of them is one space.
func copiedText(text string) bool {
	return strings.Contains(text[:min(len(text), 16<<10)], "\t")
}

// pos returns the position of byte off of the line's body.
func (l line) pos(off int) inspection.Position {
	return inspection.Position{Line: l.num, Column: l.ff + off + 1}
}

// start returns the position of the line's text.
func (l line) start() inspection.Position { return l.pos(l.indent) }

// blank reports whether the line holds nothing but white space.
func (l line) blank() bool { return l.text == "" }

// trimLine returns the length of the margin of s (spaces and tabs), and s
// without its leading and trailing spaces and tabs.
func trimLine(s string) (int, string) {
	t := strings.TrimLeft(s, " \t")
	return len(s) - len(t), strings.TrimRight(t, " \t")
}

// firstPageEnd returns the index of the first line after the first page,
// or limit when the page is longer or there are no page breaks (text
// copied out of a PDF viewer).
func firstPageEnd(lines []line, limit int) int {
	for i := 1; i < len(lines) && i < limit; i++ {
		if lines[i].newPage {
			return i
		}
	}
	return min(len(lines), limit)
}

// firstBreak returns the index of the first line of the second page, or
// len(lines).
func firstBreak(lines []line) int {
	for i := 1; i < len(lines); i++ {
		if lines[i].newPage {
			return i
		}
	}
	return len(lines)
}

// nextText returns the index of the first line in [i, limit) that is
// neither blank nor furniture, or -1.
func nextText(lines []line, i, limit int) int {
	for ; i < limit && i < len(lines); i++ {
		if !lines[i].furniture && !lines[i].blank() {
			return i
		}
	}
	return -1
}

// joinLines returns the text of the lines in [from, to) that are neither
// blank nor furniture, joined by single spaces, with curly apostrophes
// made straight, and the index of the first such line (-1 if none).
func joinLines(lines []line, from, to int) (string, int) {
	var parts []string
	first := -1
	for i := from; i < to && i < len(lines); i++ {
		if lines[i].furniture || lines[i].blank() {
			continue
		}
		if first < 0 {
			first = i
		}
		parts = append(parts, lines[i].text)
	}
	t := strings.ReplaceAll(strings.Join(parts, " "), "’", "'")
	return collapseSpaces(t), first
}

// collapseSpaces replaces each run of spaces and tabs in s with one space.
func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\t") {
		return s
	}
	return strings.Join(fields(s), " ")
}

// fields returns the words of s, which are separated by spaces and tabs.
func fields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' })
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasAnyPrefixFold reports whether s begins with one of prefixes,
// ignoring case.
func hasAnyPrefixFold(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// hasSuffixFold reports whether s ends with suffix, ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// lowerASCII returns s with its ASCII capital letters made small, and
// every other byte as it is, so that an index into the result is one into
// s.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if isUpper(c) {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// isLine reports whether t is the heading h, ignoring case, perhaps
// followed by a colon, a question mark or a footnote number.
func isLine(t, h string) bool {
	if !hasPrefixFold(t, h) {
		return false
	}
	return strings.Trim(t[len(h):], ":? 0123456789") == ""
}

// isBareNumber reports whether t (a trimmed line) is a number of one to
// three digits with nothing else: a page number or footnote number.
func isBareNumber(t string) bool {
	return len(t) >= 1 && len(t) <= 3 && strings.Trim(t, "0123456789") == ""
}

// numberedStart returns the number that starts t ("12.", followed by a
// space, a tab or nothing), and the offset of the text after it.
func numberedStart(t string) (n, at int, ok bool) {
	i := 0
	for i < len(t) && i < 4 && isDigit(t[i]) {
		n = n*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || i > 3 || i >= len(t) || t[i] != '.' {
		return 0, 0, false
	}
	i++
	if i < len(t) && t[i] != ' ' && t[i] != '\t' {
		return 0, 0, false
	}
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return n, i, n > 0
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool  { return 'a' <= c && c <= 'z' }
func isLetter(c byte) bool { return isLower(c) || isUpper(c) }
