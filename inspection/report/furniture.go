package report

import (
	"slices"
	"strconv"
	"strings"
)

// This file is the second stage: the page furniture that pdftotext leaves
// between the paragraphs of a report, which the later stages pass over.
// Pages are separated by form feeds; text copied out of a PDF viewer has
// none, and then nothing is furniture.

// footnoteWindow is how many lines of text at the foot of a page, above
// its footer, may be footnotes.
const footnoteWindow = 10

// markFurniture marks the lines of page furniture among lines, and
// returns them:
//
//   - the last three lines of text of each page and the first two of the
//     next, when their text, less a page number at either end, recurs in
//     the same place at two of the four nearest page breaks (at one, in a
//     report of fewer than five pages), as running footers and headers do
//     ("Inspection of Barnet local authority children's services", "10 to
//     14 June 2024      2");
//   - a line that is only a page number at a page break;
//   - the footnotes at the foot of a page: from a line that is only a
//     footnote number ("1") to the footer, when no numbered paragraph
//     comes between.
//
// The first lines of the first page (the title) are never furniture.
func markFurniture(lines []line) []line {
	var breaks []int
	for i := 1; i < len(lines); i++ {
		if lines[i].newPage {
			breaks = append(breaks, i)
		}
	}
	edges := make([]pageEdge, len(breaks))
	for k, b := range breaks {
		edges[k] = readEdge(lines, b)
	}
	// Compare each break's keys with those in the same place at the next
	// two breaks, noting on both keys of each pair that matches where the
	// other is.
	for k := range edges {
		for d := 1; d <= 2 && k+d < len(edges); d++ {
			matchKeys(edges[k].foot, edges[k+d].foot, d)
			matchKeys(edges[k].head, edges[k+d].head, d)
		}
	}
	least := 2
	if len(breaks) < 4 {
		least = 1
	}
	for _, e := range edges {
		for _, k := range slices.Concat(e.foot, e.head) {
			if k.recurs(least) {
				lines[k.line].furniture = true
			}
		}
	}
	for k, e := range edges {
		for _, key := range e.foot {
			if !lines[key.line].furniture {
				cutFooter(&lines[key.line], edges[max(0, k-2):min(len(edges), k+3)], least)
			}
		}
	}
	markPageNumbers(lines)
	for _, b := range breaks {
		markFootnotes(lines, b, lines[b-1].page)
	}
	return lines
}

// cutFooter removes from the end of l a running footer that plain
// pdftotext joined to the last line of text of the page ("... have
// well" + "Inspection of Coventry local authority children's services"),
// if l ends with the footer of one of the page breaks near.
func cutFooter(l *line, near []pageEdge, least int) {
	for _, e := range near {
		for _, k := range e.foot {
			if k.key == "" || !k.recurs(least) || len(l.text) <= len(k.key) || !strings.HasSuffix(l.text, k.key) {
				continue
			}
			cut := len(l.text) - len(k.key)
			l.text = strings.TrimRight(l.text[:cut], " \t")
			l.body = l.body[:l.indent+len(l.text)]
			return
		}
	}
}

// markPageNumbers marks the lines that are only the number of their page
// (the count of page breaks before them, plus one) and stand inside a
// paragraph: plain pdftotext may print a page number in the middle of its
// page, between a paragraph's number and its text ("136." / "40" / "An
// appropriate range ...") or between two lines of a sentence. A number
// elsewhere may be a footnote's (see markFootnotes).
func markPageNumbers(lines []line) {
	for i := range lines {
		if t := lines[i].text; !isBareNumber(t) || t != strconv.Itoa(lines[i].page) {
			continue
		}
		above, below := prevText(lines, i), nextText(lines, i+1, i+4)
		if above < 0 || below < 0 || lines[below].newPage {
			continue
		}
		a, b := lines[above].text, lines[below].text
		if n, at, ok := numberedStart(a); ok && n > 0 && at == len(a) || runsOnText(a) && isLower(b[0]) {
			lines[i].furniture = true
		}
	}
}

// prevText returns the index of the last line before i, within four
// lines, that is neither blank nor furniture, or -1.
func prevText(lines []line, i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if !lines[j].furniture && !lines[j].blank() {
			return j
		}
	}
	return -1
}

// runsOnText reports whether a line of text t runs on to the next: it
// ends in a small letter, a digit, a comma or a hyphen.
func runsOnText(t string) bool {
	c := t[len(t)-1]
	return isLower(c) || isDigit(c) || c == ',' || c == '-'
}

// A pageEdge is the lines around a page break, with their keys: up to
// three at the foot of the page before, and two at the head of the page
// after.
type pageEdge struct {
	foot, head []*edgeKey
}

// An edgeKey is a line at a page break and its furniture key.
type edgeKey struct {
	line int     // index of the line
	key  string  // its text less a page number at either end; "" for a number alone
	near [4]bool // whether the breaks two before, one before, one after and two after have the same key in the same place
}

// recurs reports whether a key is furniture: a page number, or in the
// same place at least least times at the four nearest page breaks, as
// running footers and headers are.
func (k *edgeKey) recurs(least int) bool {
	n := 0
	for _, near := range k.near {
		if near {
			n++
		}
	}
	return k.key == "" || n >= least
}

// readEdge returns the last three lines of text before the page break at
// line b, and the first two after it.
func readEdge(lines []line, b int) pageEdge {
	var e pageEdge
	for i := b - 1; i >= 0 && len(e.foot) < 3; i-- {
		if !lines[i].blank() {
			e.foot = append(e.foot, &edgeKey{line: i, key: furnitureKey(lines[i].body)})
		}
		if lines[i].newPage {
			break
		}
	}
	for i := b; i < len(lines) && len(e.head) < 2; i++ {
		if i > b && lines[i].newPage {
			break
		}
		if !lines[i].blank() {
			e.head = append(e.head, &edgeKey{line: i, key: furnitureKey(lines[i].body)})
		}
	}
	return e
}

// matchKeys compares the keys at one page break with those in the same
// place at the break d after it (1 or 2), and notes each match on both.
func matchKeys(keys, later []*edgeKey, d int) {
	for _, a := range keys {
		if a.key == "" {
			continue // a page number: furniture anyway
		}
		for _, b := range later {
			if b.key == a.key {
				a.near[1+d] = true // after: 2 and 3
				b.near[2-d] = true // before: 1 and 0
			}
		}
	}
}

// furnitureKey returns the key of the line s: its text less white space
// and a page number at its start or end ("2    Inspection of ...: Hull",
// "10 to 14 June 2024      2"), or "" for a line that is only a number.
func furnitureKey(s string) string {
	_, s = trimLine(s)
	// A page number at the end, after a gap of two or more spaces.
	if n := len(s); n > 0 && isDigit(s[n-1]) {
		i := n
		for i > 0 && isDigit(s[i-1]) {
			i--
		}
		switch {
		case i == 0:
			return ""
		case i >= 2 && s[i-1] == ' ' && s[i-2] == ' ':
			s = trimRightSpaces(s[:i])
		}
	}
	// A page number at the start, before a gap.
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i > 0 && i+1 < len(s) && s[i] == ' ' && s[i+1] == ' ' {
		s = trimLeftSpaces(s[i:])
	}
	return s
}

func trimLeftSpaces(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

func trimRightSpaces(s string) string {
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

// markFootnotes marks the footnotes at the foot of page number page,
// which ends before line b: looking up from the footer, the highest line that is only
// a footnote number, with footnote text (no numbered paragraph or table
// row) below it, starts them. A line of grade words alone among them is
// not a footnote but a cell of a judgement table that plain pdftotext
// printed after the table's footnote number ("3. Leadership, management
// and governance" / "1" / "Requires improvement" / footnote text).
func markFootnotes(lines []line, b, page int) {
	from := -1
	seen := 0
	for i := b - 1; i >= 0 && seen < footnoteWindow; i-- {
		l := lines[i]
		// A number alone above the last line of the page, other than the
		// page's own, may be a footnote's, though marked as a page
		// number.
		if l.blank() || l.furniture && (seen == 0 || !isBareNumber(l.text) || l.text == strconv.Itoa(page)) {
			if l.newPage {
				break
			}
			if l.furniture && isBareNumber(l.text) {
				seen++
			}
			continue
		}
		seen++
		if isBareNumber(l.text) {
			if i+1 < b && textFollows(lines[i+1:b]) {
				from = i
			}
		} else if _, _, ok := numberedStart(l.text); ok {
			break
		}
		if l.newPage {
			break
		}
	}
	if from < 0 {
		markTrailingFootnote(lines, b)
		return
	}
	// Footnotes are numbered one after another ("1", text, "2", text);
	// numbers that are not are a list's, such as the page numbers of
	// the contents, which plain pdftotext prints apart from their lines.
	prev := 0
	for i := from; i < b; i++ {
		if t := lines[i].text; !lines[i].furniture && isBareNumber(t) {
			n, _ := strconv.Atoi(t)
			if prev > 0 && n != prev+1 {
				return
			}
			prev = n
		}
	}
	for i := from; i < b; i++ {
		if !gradesOnly(lines[i].body) {
			lines[i].furniture = true
		}
	}
}

// markTrailingFootnote marks a footnote at the foot of the page that ends
// before line b, whose number plain pdftotext prints after its text: a
// block of at most footnoteLines lines of text, then a line that is only
// the footnote's number, then nothing but furniture, where the block
// follows a blank line after text that runs on to the next page ("...
// For a very small number of children, insufficient" / "" / "The areas
// for improvement have been cross-referenced ..." / "1").
func markTrailingFootnote(lines []line, b int) {
	num := b - 1
	for num > 0 && (lines[num].blank() || lines[num].furniture) && !lines[num].newPage {
		num--
	}
	if num < 1 || !isBareNumber(lines[num].text) || len(lines[num].text) > 2 {
		return
	}
	top := num - 1
	for top > 0 && num-top < footnoteLines && !lines[top-1].blank() && !lines[top-1].furniture {
		top--
	}
	if top >= num || lines[top].blank() || lines[top].furniture || top == 0 || !lines[top-1].blank() {
		return
	}
	above := prevText(lines, top)
	if above < 0 || !runsOnText(lines[above].text) {
		return
	}
	for i := top; i <= num; i++ {
		lines[i].furniture = true
	}
}

// footnoteLines is the most lines a footnote may take.
const footnoteLines = 6

// textFollows reports whether the first line of lines that is neither
// blank nor furniture is text: not a number alone.
func textFollows(lines []line) bool {
	if i := nextText(lines, 0, len(lines)); i >= 0 {
		return !isBareNumber(lines[i].text)
	}
	return false
}
