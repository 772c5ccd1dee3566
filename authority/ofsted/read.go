package ofsted

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted/internal/ods"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// Limits of reading one file. Ofsted's files hold some 15,000 cells in
// the tables read, none longer than 700 bytes, some 250 kB of text in the
// rows read (5 MB in every row of every sheet), and a hundred problems
// would mean a file of another kind. The limits on cells and text count
// repeated cells and rows, so that all the work done on a file's rows is
// bounded, however they repeat.
const (
	maxProblems = 100      // problems before reading stops, with an error
	maxCells    = 1 << 20  // cells read, counting repeats
	maxCell     = 64 << 10 // bytes of one cell's text, or of one tag
	maxText     = 16 << 20 // bytes of text read, counting repeats
	maxPreamble = 12       // rows of titles and notes before a table's header, before a sheet is taken to hold none
)

// Read reads one of Ofsted's published spreadsheets, of size bytes from
// ra, and returns its records of inspections, in the order of the file,
// and its report. name names the file in the report and in each record's
// [inspection.Source].
//
// It reads every sheet, and each table of inspections it finds, by the
// meaning of its column headers rather than their exact wording, which
// changes between releases: a table with one inspection a row (the ILACS
// history, the in-year and "as at 31 March" tables of "Local authority
// inspection outcomes"), or one authority a row with a group of columns
// for each inspection (sheet LA_inspections_2009-2023 of "Children's
// social care data in England 2023": SLAC and its re-inspections, CPI and
// CPRI, TLAC, the first SIF with the LSCB review, the SIF re-inspection,
// the first and second ILACS). A judgement's column is mapped to its area
// by its header's wording, under the inspection's framework
// ([inspection.Framework.AreaNamed]). A table without publication dates,
// by which the records of one inspection in different tables and files
// are matched, is read for its focused and monitoring visits only, which
// are matched by their days on site: in the 2023 file,
// LA_level_in_year_2022-23 gives the visits of 2022-23 and repeats graded
// inspections that LA_inspections_2009-2023 gives with their publication
// dates. The rows passed over, and the tables without publication dates
// or inspection types (LA_level_at_31_Mar_2023), are listed in the
// report's Skipped.
//
// Cells are read as Ofsted writes them: dates as dd/mm/yyyy or as date
// cells, grades in words, "-" for a judgement not made, blank for no
// judgement, "Not yet inspected" in a date column for an authority with
// no inspection, a focused or monitoring visit's theme in "Visit Theme".
// Grades of the frameworks before the SIF, which Ofsted's data gives on
// the later scale, are read back as [grade.Adequate] (Ofsted's
// harmonisation; "Guidance", 2023). An ILACS inspection that started
// before 1 January 2023 has its "children in care" column read as the
// combined judgement on children in care and care leavers, as Ofsted's
// notes say. Each record names its authority as package authority does,
// and the place it was read from.
//
// The file's cover sheet names its release and the census rule of its
// "as at" table ("Period covered: Inspections as at 31 March 2025, with a
// report published by 30 June 2025"), given in the report's Release; a
// release the package knows ([authority.Releases]) is given as it knows
// it, with its exceptions. An inspection that the release's table counts
// but that a register cannot date (no days on site, published after the
// census day: the 2023 file's Birmingham, Brent and Haringey, inspected in
// February 2023 and published in April) is noted, not dropped in silence.
//
// A row that cannot be read is reported among the report's Problems, and
// the rest of the file read. The error is not nil only for a file that
// cannot be read to its end (a *[Error] wrapping [ErrFormat], [ErrLimit]
// or an I/O error) or that holds no table of inspections ([ErrNoTable]);
// the records and report then hold what was read before. The file is
// streamed and its size bounded (see [ErrLimit]).
func Read(ra io.ReaderAt, size int64, name string) ([]inspection.Inspection, File, error) {
	l, err := read(ra, size, name, name)
	return l.records, l.file, err
}

// read is Read, with the name a record's sources give the file; it
// returns the reader, with what it read.
func read(ra io.ReaderAt, size int64, name, source string) (*reader, error) {
	l := &reader{file: File{Name: name}, source: source}
	rd, err := ods.NewReader(ra, size, &ods.Options{MaxCells: maxCells, MaxToken: maxCell, MaxText: maxText})
	if err != nil {
		return l, odsError(name, err)
	}
	defer rd.Close()
	for len(l.file.Problems) <= maxProblems && rd.NextSheet() {
		l.readSheet(rd)
	}
	if rel, note, ok := l.cover.release(source); ok {
		l.file.Release = rel
		l.noteUndated()
	} else if note != nil {
		l.file.Notes = append(l.file.Notes, *note)
	}
	switch {
	case rd.Err() != nil:
		err = odsError(name, rd.Err())
	case len(l.file.Problems) > maxProblems:
		err = &Error{File: name, Err: fmt.Errorf("%w: more than %d problems: stopped reading", ErrLimit, maxProblems)}
	case len(l.file.Tables) == 0:
		err = &Error{File: name, Err: noTable(l.file.Skipped)}
	}
	return l, err
}

// noTable returns the error of a file with no table of inspections,
// saying why each sheet was passed over.
func noTable(skipped []Note) error {
	if len(skipped) == 0 {
		return fmt.Errorf("%w: the file has no sheets", ErrNoTable)
	}
	const most = 10 // sheets named in the message
	var b strings.Builder
	for i, n := range skipped[:min(len(skipped), most)] {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(n.String())
	}
	if len(skipped) > most {
		fmt.Fprintf(&b, "; and %d more", len(skipped)-most)
	}
	return fmt.Errorf("%w: %s", ErrNoTable, b.String())
}

func odsError(file string, err error) error {
	e := &Error{File: file, Err: err}
	if oe, ok := errors.AsType[*ods.Error](err); ok {
		e.Sheet, e.Row, e.Col = oe.Pos.Sheet, oe.Pos.Row, oe.Pos.Col
	}
	return e
}

// A reader reads one file.
type reader struct {
	file    File
	source  string // the file's name in records' sources
	records []inspection.Inspection
	cover   cover     // the file's cover sheet, once read
	undated []undated // the records the release counts that a register cannot date
}

// problem reports a problem with a cell of table t, or with its row if
// col is 0.
func (l *reader) problem(t *layout, row *ods.Row, col int, err error) {
	l.file.Problems = append(l.file.Problems, &Error{File: l.file.Name, Sheet: row.Sheet, Row: row.Number, Col: col, Header: t.header(col), Err: err})
}

func (l *reader) readSheet(rd *ods.Reader) {
	sheet := rd.Sheet()
	var t *layout
	preamble := 0
	found := false
	cv := cover{sheet: sheet}
	isCover := strings.EqualFold(strings.TrimSpace(sheet), "cover")
	finish := func() {
		if t != nil {
			l.file.Tables = append(l.file.Tables, t.table)
			if t.passed > 0 {
				l.file.Skipped = append(l.file.Skipped, Note{Sheet: sheet, Row: t.table.HeaderRow, Text: fmt.Sprintf(
					"%s of inspections other than visits not read: the table gives no publication dates, by which they would be matched with other tables' records of them",
					count(t.passed, "row", "rows"))})
			}
		}
		t = nil
	}
	for rd.NextRow() && len(l.file.Problems) <= maxProblems {
		row := rd.Row()
		// A row naming an authority in a table is data; any other may be
		// a header. (A header's name column holds a header with "name".)
		if t == nil || !t.names(row) || containsFold(row.Cell(t.nameCol).Text, "name") {
			h, err := readHeader(row)
			switch {
			case err != nil:
				finish()
				l.file.Problems = append(l.file.Problems, &Error{File: l.file.Name, Sheet: row.Sheet, Row: row.Number, Err: err})
				l.file.Skipped = append(l.file.Skipped, Note{Sheet: sheet, Row: row.Number, Text: "a table whose header cannot be read; the rest of the sheet was not read"})
				return // NextSheet skips the rest unread
			case h != nil && !h.has(fPublished) && !h.has(fKind):
				// Ofsted's tables without publication dates or
				// inspection types (the 2023 file's
				// LA_level_at_31_Mar_2023) are whole sheets.
				finish()
				l.file.Skipped = append(l.file.Skipped, Note{Sheet: sheet, Row: row.Number, Text: "a table without publication dates, by which its inspections would be matched; the rest of the sheet was not read"})
				return
			case h != nil:
				finish()
				t, found = h, true
				t.visitsOnly = !h.has(fPublished)
				continue
			}
		}
		if t == nil {
			if !found {
				cv.readRow(row)
			}
			if preamble++; preamble > maxPreamble && !found && !isCover {
				break
			}
			continue
		}
		if !t.names(row) {
			if col, ok := t.holdsData(row); ok {
				l.problem(t, row, col, fmt.Errorf("%w: a row with judgements or dates but no authority", ErrTable))
				continue
			}
			finish() // the table has ended: a title or a note follows
			continue
		}
		t.table.Rows++
		switch {
		case row.Repeated: // a repeated row's inspections are those just read
		case t.visitsOnly && !t.readsRow(row):
			t.passed++
		default:
			l.readRow(t, row)
		}
	}
	finish()
	switch {
	case found:
	case cv.period != "" && l.cover.period == "":
		l.cover = cv // the release's cover, read
	default:
		l.file.Skipped = append(l.file.Skipped, Note{Sheet: sheet, Text: "no table of inspections"})
	}
}

// A partial is an inspection being read from a row: a wide table's row
// gives several, one for each group of columns with content.
type partial struct {
	group   group
	in      inspection.Inspection
	grades  []gradeCell // the judgements given, in column order
	dateCol int         // the first column of a date, for problems
	kindCol int
	notYet  bool // "Not yet inspected"
}

// A gradeCell is a judgement read from a cell.
type gradeCell struct {
	col   column
	grade grade.Grade // zero for "-", a judgement not made
}

// readRow reads the inspections of one data row.
func (l *reader) readRow(t *layout, row *ods.Row) {
	var parts []*partial
	var who rowAuthority
	ok := true
	for _, c := range t.cols {
		cell := row.Cell(c.col)
		text := strings.TrimSpace(cell.Text)
		switch c.field {
		case fLink:
			who[c.field] = authorityCell{cell.Link, c.col}
			continue
		case fStatus, fRegion, fName, fGSS:
			who[c.field] = authorityCell{text, c.col}
			continue
		case fUnused:
			continue
		}
		if text == "" {
			continue
		}
		i := slices.IndexFunc(parts, func(p *partial) bool { return p.group == c.group })
		if i < 0 {
			parts = append(parts, &partial{group: c.group})
			i = len(parts) - 1
		}
		p := parts[i]
		switch c.field {
		case fStart, fPublished:
			if strings.EqualFold(text, "Not yet inspected") {
				p.notYet = true
				continue
			}
			d, err := cellDate(cell)
			if err != nil {
				l.problem(t, row, c.col, err)
				ok = false
				continue
			}
			if c.field == fStart {
				p.in.Start = d
			} else {
				p.in.Published = d
			}
			if p.dateCol == 0 {
				p.dateCol = c.col
			}
		case fKind:
			k, err := inspection.ParseKind(text)
			if err != nil {
				l.problem(t, row, c.col, err)
				ok = false
				continue
			}
			p.in.Kind, p.kindCol = k, c.col
		case fTheme:
			p.in.Theme = text
		case fGrade:
			var g grade.Grade
			if text != "-" {
				var err error
				if g, err = grade.Parse(text); err != nil {
					l.problem(t, row, c.col, err)
					ok = false
					continue
				}
			}
			p.grades = append(p.grades, gradeCell{c, g})
		}
	}
	if !ok {
		return
	}
	// The authority, as on the first date the row gives.
	var first inspection.Date
	for _, p := range parts {
		if d := p.in.Date(); !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	a, col, err := who.resolve(first)
	if err != nil {
		l.problem(t, row, col, err)
		return
	}
	l.note(row, a, who)
	for _, p := range parts {
		if p.in.Date().IsZero() {
			if p.notYet && len(p.grades) == 0 && p.in.Kind == 0 {
				continue // an authority not yet inspected
			}
			col := p.kindCol
			if len(p.grades) > 0 && (col == 0 || p.grades[0].col.col < col) {
				col = p.grades[0].col.col
			}
			l.problem(t, row, col, fmt.Errorf("%w: an inspection with no date", ErrTable))
			continue
		}
		if col, err := p.build(t, a); err != nil {
			l.problem(t, row, col, err)
			continue
		}
		if err := existed(a, &p.in); err != nil {
			l.problem(t, row, p.dateCol, err)
			continue
		}
		src := inspection.Source{File: l.source, Sheet: row.Sheet, Row: row.Number}
		for area := range p.in.Judgements {
			src.Areas = append(src.Areas, area)
		}
		slices.Sort(src.Areas)
		p.in.Sources = []inspection.Source{src}
		l.records = append(l.records, p.in)
		t.table.Records++
	}
}

// build sets the framework, kind, authority and judgements of a record
// of table t, or returns the column that stops it and why.
func (p *partial) build(t *layout, a authority.Authority) (int, error) {
	in := &p.in
	in.Authority = inspection.LocalAuthority{Name: a.Name(), GSS: a.GSS(), DfE: a.DfE(), URN: a.URN()}
	if k := p.group.kind; k != 0 {
		if in.Kind != 0 && in.Kind != k {
			return p.kindCol, fmt.Errorf("%w: a %s in the columns of a %s", ErrTable, strings.ToLower(in.Kind.Label()), strings.ToLower(k.Label()))
		}
		in.Kind = k
	}
	in.Framework = p.group.framework
	if in.Framework == 0 { // ILACS groups, and tables of one inspection a row
		f, err := frameworkOf(in.Start, in.Kind, slices.ContainsFunc(p.grades, func(g gradeCell) bool {
			return g.col.area == inspection.CareLeavers && g.grade != 0
		}))
		if err != nil {
			return p.dateCol, err
		}
		in.Framework = f
	}
	for _, gc := range p.grades {
		area, ok := t.areaOf(gc.col, in.Framework)
		if !ok {
			return gc.col.col, fmt.Errorf("%w: %s does not judge %s", ErrTable, in.Framework, strings.ToLower(gc.col.area.Label()))
		}
		if _, dup := in.Judgements[area]; dup {
			return gc.col.col, fmt.Errorf("%w: two columns judge %s", ErrTable, area)
		}
		g := gc.grade
		if g == grade.RequiresImprovement && slices.Contains(in.Framework.Grades(), grade.Adequate) {
			g = grade.Adequate // Ofsted's data gives the adequate of 2009-2013 on the later scale
		}
		if in.Judgements == nil {
			in.Judgements = map[inspection.Area]grade.Grade{}
		}
		in.Judgements[area] = g
	}
	return 0, nil
}

// frameworkOf returns the framework of an inspection in a table of one
// inspection a row, or in an ILACS group of columns: by the day it
// started if known (a record of unknown kind is taken to be a graded
// ILACS inspection), and otherwise by whether it judged care leavers apart
// (ILACS from January 2023) or not.
func frameworkOf(start inspection.Date, k inspection.Kind, careLeavers bool) (inspection.Framework, error) {
	if start.IsZero() {
		if careLeavers {
			return inspection.ILACS2023, nil
		}
		return inspection.ILACS2018, nil
	}
	if k == 0 {
		k = inspection.Standard
	}
	f, ok := inspection.FrameworkAt(start, k)
	if !ok {
		return 0, fmt.Errorf("%w: no framework used a %s starting %s", ErrTable, strings.ToLower(k.Label()), start)
	}
	return f, nil
}

// existed reports an inspection dated when its authority did not exist:
// one with days on site must fall within the authority's life; one with
// only a publication date must be published after the authority began.
func existed(a authority.Authority, in *inspection.Inspection) error {
	d := in.Date()
	onSite := !in.Start.IsZero() || !in.End.IsZero()
	if onSite && !a.ExistsOn(d) || !onSite && d.Before(a.From()) {
		return &authority.LookupError{Input: a.Name(), At: d, Found: a, Err: authority.ErrNotExisting}
	}
	return nil
}

// cellDate reads a date cell: its date value, or its text.
func cellDate(c ods.Cell) (inspection.Date, error) {
	if c.Type == "date" && len(c.Value) >= 10 {
		if d, err := inspection.ParseDate(c.Value[:10]); err == nil {
			return d, nil
		}
	}
	return inspection.ParseDate(c.Text)
}
