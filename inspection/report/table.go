package report

import (
	"slices"
	"strings"

	"github.com/childrens-services/judgements/inspection"
)

// This file reads judgement tables: the table on the front page of SIF and
// ILACS reports (read by the front matter stage), and the "Record of main
// findings" of the 2013 looked after children inspections (read by the
// body stage).
//
// A table is read as two streams, in the order of the text: the words of
// the row labels, and the words of the grade cells. The two vocabularies
// do not overlap (see words.go), so the streams can be told apart word by
// word, whatever the layout: a cell on the same line as its label
// (pdftotext -layout, or a tab in copied text), on a line of its own
// (plain pdftotext), wrapped over two lines ("Requires improvement to" /
// "be good"), or split around its label (the SIF's "requires" above the
// row label and "improvement" below). A row starts at a label line that
// begins with a capital letter or a row number ("2.1"); a label line that
// begins in lower case continues the row above. The cells, read longest
// spelling first, are then given to the rows in order. The table ends at
// the first line with a word that belongs to neither stream.

// A judgementTable is what a judgement table gives.
type judgementTable struct {
	pos      inspection.Position // where it starts
	grades   []claim             // the grade of each row, in order
	problems inspection.ErrorList
	end      int // index of the first line after it
}

// A tableRow is one row label of a judgement table.
type tableRow struct {
	words       []word
	first, last int // indexes of its first and last lines
}

// tableLineWords returns the label words and grade words of line i, and
// whether the line can be part of a judgement table. last is the kind of
// the last grade word read before it.
func tableLineWords(lines []line, i int, last wordKind) (labels, grades []word, ok bool) {
	ws, _ := lineWords(lines, i)
	return sortWords(ws, last, tableForm)
}

// isHeader reports whether label words are only the table's header,
// "Judgement" (the "Grade" beside it is left out by sortWords).
func isHeader(labels []word) bool {
	for _, w := range labels {
		switch strings.ToLower(w.text) {
		case "judgement", "judgements", "judgment", "judgments":
		default:
			return false
		}
	}
	return true
}

// startsRow reports whether a label line's first word starts a new row: a
// row number or a capital letter.
func startsRow(w word) bool {
	return w.kind == wRowNumber || isUpper(w.text[0])
}

// isTableStart reports whether line i begins a judgement table: a header
// ("Judgement", "Grade") or a row label that begins with a capital letter
// or a row number and names an area, with nothing on the line outside a
// table's words.
func isTableStart(lines []line, i int) bool {
	ws, mark := lineWords(lines, i)
	if mark {
		return false
	}
	labels, _, ok := sortWords(ws, wOther, tableForm)
	if !ok || len(labels) == 0 {
		return false
	}
	return isHeader(labels) || startsRow(labels[0]) && areaNamed(wordsText(labels)) != 0
}

// readTable reads the judgement table whose first row or header is at
// line i. Lines of grade words alone just before i, and not before line
// floor, belong to the table (the SIF's "requires" above the first row
// label).
func readTable(lines []line, i, floor int) judgementTable {
	start := i
	for j, n := i-1, 0; j >= floor && n < 2; j-- {
		if lines[j].furniture || lines[j].blank() {
			continue
		}
		labels, grades, ok := tableLineWords(lines, j, wOther)
		if !ok || len(labels) > 0 || len(grades) == 0 {
			break
		}
		start = j
		n++
	}
	var rows []tableRow
	var grades []word
	var problems inspection.ErrorList
	last := wOther
	end := len(lines)
	over := -1 // the line that starts the first row beyond maxTableRows, or of a label beyond maxLineWords
	for j := start; j < len(lines); j++ {
		if lines[j].furniture || lines[j].blank() {
			continue
		}
		labels, gs, ok := tableLineWords(lines, j, last)
		if !ok {
			end = j
			break
		}
		if over >= 0 {
			continue // beyond the limit: only the table's end is looked for
		}
		if len(gs) > 0 {
			grades = append(grades, gs...)
			last = gs[len(gs)-1].kind
		}
		switch {
		case len(labels) == 0, isHeader(labels):
		case len(rows) == 0 || startsRow(labels[0]) && !onlyNumbers(rows[len(rows)-1].words):
			if len(rows) == maxTableRows {
				over = j
				grades = grades[:len(grades)-len(gs)]
				problems.Add(lines[j].start(), "judgements", ErrLimit, "the judgement table has more than %d rows, more than any framework judges: the rows from here on are not read", maxTableRows)
				continue
			}
			rows = append(rows, tableRow{words: labels, first: j, last: j})
		default: // the row's label goes on
			r := &rows[len(rows)-1]
			if len(r.words)+len(labels) > maxLineWords {
				over = j
				problems.Add(lines[j].start(), "judgements", ErrLimit, "a row label of the judgement table goes on for more than %d words, longer than any judgement's: the table is not read from here on", maxLineWords)
				continue
			}
			r.words = append(r.words, labels...)
			r.last = j
		}
	}
	rows = slices.DeleteFunc(rows, func(r tableRow) bool { return onlyNumbers(r.words) })
	cells := readCells(grades)
	if n := len(rows); n > len(cells) && end < len(lines) && rows[n-1].last == end-1 {
		// The last "row" runs on into the line that ended the table: it
		// is the start of a sentence ("The judgement for the effectiveness
		// of the Local Safeguarding Children" / "Board (LSCB) is requires
		// improvement."), and the body reads it.
		end = rows[n-1].first
		rows = rows[:n-1]
	}
	t := judgementTable{pos: lines[start].start(), end: end, problems: problems}
	t.give(lines, rows, cells, grades)
	return t
}

// maxTableRows is the most rows a judgement table may have: no framework
// judges more than seven areas (the SIF, with the review of the board).
const maxTableRows = 12

// onlyNumbers reports whether label words are row numbers alone: plain
// pdftotext may print a SIF row's number on a line of its own, away from
// its label.
func onlyNumbers(ws []word) bool {
	for _, w := range ws {
		if w.kind != wRowNumber {
			return false
		}
	}
	return true
}

// give gives the cells to the rows and records their grades. When there
// are as many cells as rows they are given in order. Otherwise each cell
// goes to the row nearest to it in the text, and a row left with no cell,
// or with more than one, is a problem.
func (t *judgementTable) give(lines []line, rows []tableRow, cells []cell, grades []word) {
	cellText := func(c cell) string { return wordsText(grades[c.from:c.to]) }
	cellPos := func(c cell) inspection.Position { return lines[c.line].pos(c.col) }
	mine := make([][]cell, len(rows)) // the cells of each row
	// dist is the distance in lines between cell c and row r: 0 if they
	// share a line.
	dist := func(c cell, r tableRow) int {
		switch {
		case c.last < r.first:
			return r.first - c.last
		case c.line > r.last:
			return c.line - r.last
		}
		return 0
	}
	r := 0 // the last row that starts before the cell ends, or the first; rows and cells are in the order of the text
	for k, c := range cells {
		if len(cells) == len(rows) {
			mine[k] = append(mine[k], c)
			continue
		}
		if len(rows) == 0 {
			t.problems.Add(cellPos(c), "judgements", ErrUnreadableCell, "grade %q has no row label", cellText(c))
			continue
		}
		for r+1 < len(rows) && rows[r+1].first <= c.last {
			r++
		}
		best := r
		if r+1 < len(rows) && dist(c, rows[r+1]) < dist(c, rows[r]) {
			best = r + 1
		}
		mine[best] = append(mine[best], c)
	}
	for r, row := range rows {
		label := wordsText(row.words)
		pos := lines[row.first].pos(row.words[0].col)
		a := areaNamed(label)
		if a == 0 {
			t.problems.Add(pos, "judgements", ErrUnreadableCell, "row %q names no judgement area", label)
			continue
		}
		mine := mine[r]
		field := "judgements." + a.String()
		switch {
		case len(mine) == 0:
			t.problems.Add(pos, field, ErrUnreadableCell, "row %q has no grade", label)
		case len(mine) > 1:
			var texts []string
			for _, c := range mine {
				texts = append(texts, cellText(c))
			}
			t.problems.Add(pos, field, ErrUnreadableCell, "row %q has more than one grade: %q", label, texts)
		case !mine[0].ok:
			t.problems.Add(cellPos(mine[0]), field, ErrUnreadableCell, "row %q: cannot read grade %q", label, cellText(mine[0]))
		default:
			t.grades = append(t.grades, claim{area: a, grade: mine[0].grade, pos: pos, by: byTable})
		}
	}
}
