package inspection

import (
	"slices"
	"strings"
)

// This file reads judgement tables: the table on the front page of SIF and
// ILACS reports, and the "Record of main findings" of the 2013 looked
// after children inspections.
//
// A table is read as two streams, in the order of the text: the words of
// the row labels, and the words of the grade cells. The two vocabularies
// do not overlap (see report_words.go), so the streams can be told apart
// word by word, whatever the layout: a cell on the same line as its label
// (pdftotext -layout, or a tab in copied text), on a line of its own
// (plain pdftotext), wrapped over two lines ("Requires improvement to" /
// "be good"), or split around its label (the SIF's "requires" above the
// row label and "improvement" below). A row starts at a label line that
// begins with a capital letter or a row number ("2.1"); a label line that
// begins in lower case continues the row above. The cells, read longest
// spelling first, are then given to the rows in order. The table ends at
// the first line with a word that belongs to neither stream.

// A tableRow is one row label of a judgement table: its words are
// reportParser.tlab[from:to].
type tableRow struct {
	from, to    int
	first, last int // indexes of its first and last lines
}

// Kinds of word that stop lineWords: a line with one is neither a table
// row nor a heading, and its other words need not be read.
const (
	stopTable   = 1<<wOther | 1<<wConnector // in a judgement table
	stopHeading = 1<<wOther | 1<<wRowNumber // in a heading
	stopMark    = 1 << 15                   // a lone bracket or dash (a word that is no word)
)

// lineWords returns the words of line i, with their kinds. If it meets a
// word whose kind is in the set stop, it returns the words so far,
// including that one, and false; also, if stop has stopMark, at a lone
// bracket or dash, which it otherwise leaves out. The slice is the
// parser's scratch space, good until the next call.
func (p *reportParser) lineWords(i int, stop uint16) ([]word, bool) {
	s := p.line(i)
	ws := p.wbuf[:0]
	gap := 2
	for k := 0; k < len(s); {
		switch s[k] {
		case ' ':
			gap++
			k++
			if k < len(s) && s[k] == ' ' {
				// A run of spaces, such as a gap between the columns of
				// pdftotext -layout: only whether the gap is two or more
				// matters.
				k = skipSpaces(s, k, len(s))
				gap++
			}
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
		t := w
		if !isAlnum(w[0]) || !isAlnum(w[len(w)-1]) {
			t = trimWord(w)
		}
		kind, key := wRowNumber, uint32(0)
		if !isRowNumber(w) {
			kind, key = lookupTrimmed(t)
		}
		if t == "" && stop&stopMark != 0 {
			p.wbuf = ws
			return ws, false
		}
		if t != "" { // not a lone bracket or dash
			// Stored in place, as index stores a line.
			ws = append(ws, word{})
			w := &ws[len(ws)-1]
			w.text, w.kind, w.key, w.line, w.col, w.chunk = t, kind, key, int32(i), int32(k), gap >= 2
			if stop&(1<<kind) != 0 {
				p.wbuf = ws
				return ws, false
			}
		}
		gap = 0
		k = j
	}
	p.wbuf = ws
	return ws, true
}

// tableLine sorts the words of a line of a judgement table into label
// words and grade words. It returns ok false if the line has a word that
// is neither, so it is not part of a table. last is the kind of the last
// grade word read before the line, which decides whether a "to" or "be"
// at the start of a chunk continues a wrapped grade.
func tableLine(ws []word, last wordKind, labels, grades []word) ([]word, []word, bool) {
	for j, w := range ws {
		prev, next := wOther, wOther
		if j > 0 && !w.chunk {
			prev = ws[j-1].kind
		}
		if j+1 < len(ws) && !ws[j+1].chunk {
			next = ws[j+1].kind
		}
		if w.kind == wGradeWord && next != wDigit {
			continue // the "Grade" of the header
		}
		if isGradePart(w.kind, prev, w.chunk, last, next) {
			grades = append(grades, w)
			last = w.kind
			continue
		}
		switch w.kind {
		case wLabel, wRowNumber, wTo:
			labels = append(labels, w)
		default:
			return labels, grades, false
		}
	}
	return labels, grades, true
}

// tableLineWords sorts the words of line i as tableLine does, into the
// parser's scratch space, good until the next call.
func (p *reportParser) tableLineWords(i int, last wordKind) (labels, grades []word, ok bool) {
	ws, ok := p.lineWords(i, stopTable)
	if !ok {
		return nil, nil, false
	}
	labels, grades, ok = tableLine(ws, last, p.lbuf[:0], p.gbuf[:0])
	p.lbuf, p.gbuf = labels, grades
	return labels, grades, ok
}

// isHeader reports whether label words are only the table's header,
// "Judgement" (the "Grade" beside it is dropped by tableLine).
func isHeader(labels []word) bool {
	for _, w := range labels {
		switch t := w.text; {
		case strings.EqualFold(t, "judgement"), strings.EqualFold(t, "judgements"),
			strings.EqualFold(t, "judgment"), strings.EqualFold(t, "judgments"):
		default:
			return false
		}
	}
	return true
}

// startsRow reports whether a label line's first word starts a new row: a
// row number or a capital letter.
func startsRow(w word) bool {
	return w.kind == wRowNumber || ('A' <= w.text[0] && w.text[0] <= 'Z')
}

// isTableStart reports whether line i begins a judgement table: a header
// ("Judgement", "Grade") or a row label that begins with a capital letter
// or a row number, with nothing on the line outside a table's words.
func (p *reportParser) isTableStart(i int) bool {
	ws, ok := p.lineWords(i, stopTable|stopMark)
	if !ok {
		return false
	}
	labels, grades, ok := tableLine(ws, wOther, p.lbuf[:0], p.gbuf[:0])
	p.lbuf, p.gbuf = labels, grades
	if !ok || len(labels) == 0 {
		return false
	}
	if isHeader(labels) {
		return true
	}
	return startsRow(labels[0]) && areaOfWords(labels) != 0
}

// readTable reads the judgement table whose first row or header is at line
// i, records its judgements, and returns the index of the first line after
// it. Lines of grade words alone just before i, and not before line floor,
// belong to the table (the SIF's "requires" above the first row label).
func (p *reportParser) readTable(i, floor int) int {
	start := i
	for j, n := i-1, 0; j >= floor && n < 2; j-- {
		if p.lines[j].flags&lineFurniture != 0 || p.blank(j) {
			continue
		}
		labels, grades, ok := p.tableLineWords(j, wOther)
		if !ok || len(labels) > 0 || len(grades) == 0 {
			break
		}
		start = j
		n++
	}
	off, _ := p.trimmed(start)
	p.tablePos = p.pos(start, off)
	rows, tlab, grades := p.trows[:0], p.tlab[:0], p.tgrd[:0]
	last := wOther
	end := len(p.lines)
	for j := start; j < len(p.lines); j++ {
		if p.lines[j].flags&lineFurniture != 0 || p.blank(j) {
			continue
		}
		labels, gs, ok := p.tableLineWords(j, last)
		if !ok {
			end = j
			break
		}
		if len(gs) > 0 {
			grades = append(grades, gs...)
			last = gs[len(gs)-1].kind
		}
		switch {
		case len(labels) == 0:
		case isHeader(labels):
		case len(rows) == 0 || startsRow(labels[0]) && !onlyNumbers(tlab[rows[len(rows)-1].from:]):
			rows = append(rows, tableRow{from: len(tlab), to: len(tlab) + len(labels), first: j, last: j})
			tlab = append(tlab, labels...)
		default: // the row's label goes on; its words are the last in tlab
			r := &rows[len(rows)-1]
			tlab = append(tlab, labels...)
			r.to, r.last = len(tlab), j
		}
	}
	p.trows, p.tlab, p.tgrd = rows[:0], tlab[:0], grades[:0]
	rows = slices.DeleteFunc(rows, func(r tableRow) bool { return onlyNumbers(tlab[r.from:r.to]) })
	cells := readCells(p.cbuf[:0], grades)
	p.cbuf = cells[:0]
	if n := len(rows); n > len(cells) && end < len(p.lines) && rows[n-1].last == end-1 {
		// The last "row" runs on into the line that ended the table: it
		// is the start of a sentence ("The judgement for the effectiveness
		// of the Local Safeguarding Children" / "Board (LSCB) is requires
		// improvement."), and the body reads it.
		end = rows[n-1].first
		rows = rows[:n-1]
	}
	p.found = true
	p.recordTable(rows, tlab, cells, grades)
	return end
}

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

// recordTable gives the cells to the rows and records the judgements.
// When there are as many cells as rows they are given in order. Otherwise
// each cell goes to the row nearest to it in the text, and a row left with
// no cell, or with more than one, is a problem.
func (p *reportParser) recordTable(rows []tableRow, tlab []word, cells []cell, grades []word) {
	rowOf := func(k int) int { return k } // the row of cell k
	if len(cells) != len(rows) {
		nearest := make([]int, len(cells))
		for k, c := range cells {
			best, dist := -1, 0
			for r, row := range rows {
				d := 0
				switch {
				case c.last < row.first:
					d = row.first - c.last
				case c.line > row.last:
					d = c.line - row.last
				}
				if best < 0 || d < dist {
					best, dist = r, d
				}
			}
			nearest[k] = best
			if best < 0 {
				p.add(p.pos(c.line, c.col), "judgements", ErrUnreadableCell, "grade %q has no row label", cellText(grades, c))
			}
		}
		rowOf = func(k int) int { return nearest[k] }
	}
	for r, row := range rows {
		words := tlab[row.from:row.to]
		pos := p.pos(row.first, int(words[0].col))
		a := areaOfWords(words)
		if a == 0 {
			p.add(pos, "judgements", ErrUnreadableCell, "row %q names no judgement area", labelText(words))
			continue
		}
		var two [2]cell
		mine := two[:0]
		for k := range cells {
			if rowOf(k) == r {
				mine = append(mine, cells[k])
			}
		}
		switch {
		case len(mine) == 0:
			p.add(pos, "judgements."+a.String(), ErrUnreadableCell, "row %q has no grade", labelText(words))
		case len(mine) > 1:
			var texts []string
			for _, c := range mine {
				texts = append(texts, cellText(grades, c))
			}
			p.add(pos, "judgements."+a.String(), ErrUnreadableCell, "row %q has more than one grade: %q", labelText(words), texts)
		case !mine[0].ok:
			p.add(p.pos(mine[0].line, mine[0].col), "judgements."+a.String(), ErrUnreadableCell, "row %q: cannot read grade %q", labelText(words), cellText(grades, mine[0]))
		default:
			p.setGrade(a, mine[0].grade, pos, true, "")
		}
	}
}

// labelText returns label words as one line of text, for messages.
func labelText(ws []word) string {
	var b strings.Builder
	for k, w := range ws {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}
