package authority

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/childrens-services/judgements/authority/internal/ods"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// Errors of reading a spreadsheet, for errors.Is. Each *[FileError]
// wraps one of these, or an error of the grade, inspection or authority
// packages naming what could not be read.
var (
	// ErrFormat marks a file that is not a well-formed OpenDocument
	// spreadsheet.
	ErrFormat = ods.ErrFormat
	// ErrLimit marks a file that asks for more work than the reader
	// allows: more than 512 MiB of content, a cell of more than 4 MiB,
	// more than 16,384 columns, more than 1,048,576 cells read (counting
	// repeated cells and rows), or more than 1,000 inspections of one
	// authority.
	ErrLimit = ods.ErrLimit
	// ErrTable marks a table whose columns or rows do not fit together: two
	// columns with one meaning, a grade with no date, a judgement the
	// inspection's framework does not make.
	ErrTable = errors.New("table not understood")
)

// A FileError is a problem in a spreadsheet, with its place.
type FileError struct {
	File   string // the file's name
	Sheet  string // the sheet, if known
	Row    int    // the row number, from 1, if known
	Col    int    // the column number, from 1 (column A), if known
	Column string // the column's header, if known
	Err    error  // what is wrong
}

// Error returns a message that names the file, sheet, row and column,
// such as `authority: outcomes.ods: sheet "ILACS_inspection_history", row
// 7, column I ("Overall effectiveness"): grade.Parse("Excelent"): not a
// recognised spelling`.
func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString("authority: ")
	b.WriteString(e.File)
	if e.Sheet != "" {
		b.WriteString(": sheet " + strconv.Quote(e.Sheet))
	}
	if e.Row > 0 {
		b.WriteString(", row " + strconv.Itoa(e.Row))
	}
	if e.Col > 0 {
		b.WriteString(", column " + ods.ColumnName(e.Col))
		if e.Column != "" {
			b.WriteString(" (" + strconv.Quote(e.Column) + ")")
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns what is wrong.
func (e *FileError) Unwrap() error { return e.Err }

// A Source records what was read from one file: the tables loaded, the
// sheets passed over and why, and what the file says that the package's
// register of authorities says otherwise.
type Source struct {
	File    string   // the file's name
	Tables  []Table  // the tables loaded, in the order read
	Skipped []string // the sheets and tables not loaded, each with the reason
	Notes   []string // statements of the file that differ from the register of authorities, each with its place
}

// A Table is one table of inspections read from a sheet.
type Table struct {
	Sheet     string   // the sheet
	HeaderRow int      // the row of its header
	Wide      bool     // whether it has one authority a row, its inspections in groups of columns, rather than one inspection a row
	Rows      int      // data rows read
	Records   int      // inspection records made from them, before merging records of one inspection
	Unused    []string // headers of the columns not loaded: web links, visit themes, authority types
}

// Sources returns the files the register was loaded from, in order.
func (r *Register) Sources() []Source { return r.sources }

// Limits of reading one file. Ofsted's files hold some 15,000 cells in
// the tables loaded, and a few hundred problems would mean a file of
// another kind.
const (
	maxErrors = 100     // problems reported before reading stops
	maxCells  = 1 << 20 // cells read, counting repeats
)

// LoadODS reads Ofsted's published spreadsheets into a new register. See
// [Register.ReadODS]. The register holds what could be read even when the
// error is not nil.
//
// Where files disagree about an inspection, the register keeps the record
// of the newer release and reports the other as a *[Conflict]. LoadODS
// reads the newest release first, whatever the order of paths: a file is
// dated by the latest report publication it holds (so files are read
// twice when there are several). Ofsted's 2023 history calls Merton's
// short inspection of 2022 a standard one, and misdates Nottingham's 2022
// report; its 2025 release has both right, and is kept.
func LoadODS(paths ...string) (*Register, error) {
	var errs ErrorList
	if len(paths) > 1 {
		paths = newestFirst(paths)
	}
	r := new(Register)
	for _, p := range paths {
		if err := r.loadFile(p); err != nil {
			errs = appendErr(errs, err)
		}
	}
	return r, errs.Err()
}

// loadFile reads the spreadsheet at path into r.
func (r *Register) loadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	return r.ReadODS(f, fi.Size(), path)
}

// newestFirst orders paths by the latest report publication each file
// holds, newest first; files that cannot be read keep their place at the
// end, where reading them again reports why.
func newestFirst(paths []string) []string {
	type dated struct {
		path   string
		latest inspection.Date
	}
	ds := make([]dated, len(paths))
	for i, p := range paths {
		ds[i].path = p
		var one Register
		_ = one.loadFile(p) // problems are reported by the real read
		for in := range one.Inspections() {
			if in.Published.After(ds[i].latest) {
				ds[i].latest = in.Published
			}
		}
	}
	slices.SortStableFunc(ds, func(a, b dated) int { return b.latest.Compare(a.latest) })
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.path
	}
	return out
}

// ReadODS reads one of Ofsted's published spreadsheets, of size bytes
// from ra, into r; name names the file in errors and in [Register.Sources].
//
// It reads every sheet, and loads each table of inspections it finds, by
// the meaning of its column headers rather than their exact wording
// (which changes between releases): a table with one inspection a row
// (the ILACS history, the in-year and "as at 31 March" tables of
// "Local authority inspection outcomes"), or one authority a row with a
// group of columns for each inspection (sheet LA_inspections_2009-2023 of
// "Children's social care data in England 2023": SLAC and its
// re-inspections, CPI and CPRI, TLAC, the first SIF with the LSCB review,
// the SIF re-inspection, the first and second ILACS). A table is loaded
// only if it gives publication dates, by which records of one inspection
// in different tables and files are matched; the others (in the 2023
// file, LA_level_at_31_Mar_2023 and LA_level_in_year_2022-23, which
// repeat what LA_inspections_2009-2023 holds) are listed in the source's
// Skipped.
//
// Cells are read as Ofsted writes them: dates as dd/mm/yyyy or as date
// cells, grades in words, "-" for a judgement not made, blank for no
// judgement, "Not yet inspected" in a date column for an authority with
// no inspection. Grades of the frameworks before the SIF, which Ofsted's
// data gives on the later scale, are read back as [grade.Adequate]
// (Ofsted's harmonisation; "Guidance", 2023). An ILACS inspection that
// started before 1 January 2023 has its "children in care" column read as
// the combined judgement on children in care and care leavers, as
// Ofsted's notes say.
//
// Rows that cannot be read are reported, and the rest loaded: the error
// is an [ErrorList] of *[FileError], each naming the sheet, row and column,
// and of the *[Conflict] values of records that disagree. The file is
// streamed and its size bounded (see [ErrLimit]).
func (r *Register) ReadODS(ra io.ReaderAt, size int64, name string) error {
	rd, err := ods.NewReader(ra, size, &ods.Options{MaxCells: maxCells})
	if err != nil {
		return ErrorList{odsError(name, err)}
	}
	defer rd.Close()
	l := &loader{reg: r, src: Source{File: name}, file: name}
	for len(l.errs) < maxErrors && rd.NextSheet() {
		l.readSheet(rd)
	}
	if err := rd.Err(); err != nil {
		l.errs = append(l.errs, odsError(name, err))
	}
	if len(l.errs) >= maxErrors {
		l.errs = append(l.errs, &FileError{File: name, Err: fmt.Errorf("%w: stopped after %d problems", ErrTable, maxErrors)})
	}
	r.sources = append(r.sources, l.src)
	r.compact()
	return l.errs.Err()
}

func odsError(file string, err error) error {
	fe := &FileError{File: file, Err: err}
	if e, ok := errors.AsType[*ods.Error](err); ok {
		fe.Sheet, fe.Row, fe.Col = e.Pos.Sheet, e.Pos.Row, e.Pos.Col
	}
	return fe
}

// A loader reads one file.
type loader struct {
	reg     *Register
	src     Source
	errs    ErrorList
	file    string
	regions map[string]regionResult // ParseRegion's results, by text
}

type regionResult struct {
	r   Region
	err error
}

// region returns ParseRegion(s), remembering it.
func (l *loader) region(s string) (Region, error) {
	if v, ok := l.regions[s]; ok {
		return v.r, v.err
	}
	r, err := ParseRegion(s)
	if l.regions == nil {
		l.regions = map[string]regionResult{}
	}
	l.regions[s] = regionResult{r, err}
	return r, err
}

// maxPreamble is how many rows of titles and notes may come before a
// table's header before the sheet is taken to hold no table.
const maxPreamble = 12

func (l *loader) readSheet(rd *ods.Reader) {
	sheet := rd.Sheet()
	var t *layout
	preamble := 0
	found := false
	finish := func() {
		if t != nil && !t.skip {
			l.src.Tables = append(l.src.Tables, t.table)
		}
		t = nil
	}
	for rd.NextRow() && len(l.errs) < maxErrors {
		row := rd.Row()
		// A row naming an authority in a table is data; any other may be
		// a header. (A header's name column holds a header with "name".)
		data := t != nil && t.names(row) && !containsFold(row.Cell(t.nameCol).Text, "name")
		if !data && l.header(&t, row, finish, &found) {
			if t == nil {
				return // a table that cannot be loaded: the rest of the sheet is skipped unread
			}
			continue
		}
		if t == nil {
			if preamble++; preamble > maxPreamble && !found {
				l.src.Skipped = append(l.src.Skipped, fmt.Sprintf("sheet %q: no table of inspections", sheet))
				return // NextSheet skips the rest unread
			}
			continue
		}
		if !t.names(row) {
			if col, ok := t.holdsData(row); ok {
				l.errs = append(l.errs, l.cellError(t, row, col, fmt.Errorf("%w: a row with judgements or dates but no authority", ErrTable)))
				continue
			}
			finish() // the table has ended: a title or a note follows
			continue
		}
		if t.skip {
			continue
		}
		t.table.Rows++
		if !row.Repeated { // a repeated row's inspections are those just read
			l.readRow(t, row)
		}
	}
	finish()
	if !found {
		l.src.Skipped = append(l.src.Skipped, fmt.Sprintf("sheet %q: no table of inspections", sheet))
	}
}

// header reads row as a table's header, if it is one: it finishes the
// table before, and sets *t to the new table's layout, or to nil for a
// table that cannot be loaded (the rest of the sheet is then skipped). It
// reports whether row was a header.
func (l *loader) header(t **layout, row *ods.Row, finish func(), found *bool) bool {
	h, err := readHeader(row)
	if h == nil && err == nil {
		return false
	}
	finish()
	*found = true
	switch {
	case err != nil:
		l.errs = append(l.errs, &FileError{File: l.file, Sheet: row.Sheet, Row: row.Number, Err: err})
		*t = &layout{skip: true}
	case !h.hasPublished():
		// Ofsted's tables without publication dates (the 2023 file's
		// LA_level sheets) are whole sheets.
		l.src.Skipped = append(l.src.Skipped, fmt.Sprintf("sheet %q, table at row %d: no publication dates, by which its inspections would be matched; the rest of the sheet was not read", row.Sheet, row.Number))
		*t = nil
	default:
		*t = h
	}
	return true
}

// A field is what a column holds.
type field uint8

const (
	fUnused field = iota
	fLink
	fGSS
	fName
	fStatus
	fRegion
	fStart
	fPublished
	fKind
	fGrade
)

// A judgement is what a grade column judges, before the inspection's
// framework says which [inspection.Area] that is.
type judgement uint8

const (
	jOverall          judgement = 1 + iota
	jSafeguarding               // SLAC: safeguarding services
	jLookedAfter                // SLAC: looked after children services
	jLeaders                    // ILACS: impact of leaders
	jHelp                       // SIF and ILACS: help and protection
	jAchievingPerm              // SIF: children looked after and achieving permanence
	jAdoption                   // SIF: adoption performance
	jCareLeavers                // SIF sub-judgement; ILACS from 2023
	jInCare                     // ILACS "children in care" (before 2023, the combined judgement)
	jInCareAndLeavers           // ILACS 2018-2022, named as such
	jLeadership                 // SIF: leadership, management and governance
	jLSCB                       // SIF: the LSCB review

	numJudgements
)

// A column is a column of a table.
type column struct {
	col       int    // from 1
	header    string // as written
	group     string // for a wide table, the inspection the column belongs to: "sif", "ilacs-2", ...; "" for the authority's columns
	field     field
	judgement judgement
}

// A layout is a table's header, read.
type layout struct {
	table   Table
	cols    []column
	skip    bool // a table not loaded
	nameCol int
	gssCol  int
}

func (t *layout) hasPublished() bool {
	for _, c := range t.cols {
		if c.field == fPublished {
			return true
		}
	}
	return false
}

// names reports whether a row names an authority.
func (t *layout) names(row *ods.Row) bool {
	return strings.TrimSpace(row.Cell(t.nameCol).Text) != "" || strings.TrimSpace(row.Cell(t.gssCol).Text) != ""
}

// holdsData reports whether a row has a date or grade, and where.
func (t *layout) holdsData(row *ods.Row) (int, bool) {
	for _, c := range t.cols {
		if (c.field == fStart || c.field == fPublished || c.field == fGrade) && strings.TrimSpace(row.Cell(c.col).Text) != "" {
			return c.col, true
		}
	}
	return 0, false
}

// normHeader returns a header in lower case, with "&" as "and", commas
// dropped, and white space (line breaks within a cell included) as single
// spaces.
func normHeader(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "&", " and "))
	s = strings.ReplaceAll(s, ",", " ")
	s = strings.ReplaceAll(s, "re inspection", "re-inspection")
	return strings.Join(strings.Fields(s), " ")
}

// groupOf returns the inspection a wide table's column belongs to, from
// its header, or "".
func groupOf(h string) string {
	ordinals := []string{"first", "second", "third", "fourth", "fifth"}
	switch {
	case strings.Contains(h, "slac re-inspection"):
		if strings.Contains(h, "looked after") {
			return "slac-re-looked-after"
		}
		return "slac-re-safeguarding"
	case strings.Contains(h, "slac") || strings.Contains(h, "safeguarding and looked after children"):
		return "slac"
	case strings.Contains(h, "cpri") || strings.Contains(h, "child protection re-inspection"):
		return "cpri"
	case strings.Contains(h, "cpi") || strings.Contains(h, "child protection inspection"):
		return "cpi"
	case strings.Contains(h, "tlac") || strings.Contains(h, "targeted looked after children"):
		return "tlac"
	case strings.Contains(h, "sif re-inspection"):
		return "sif-re"
	case strings.Contains(h, "first sif") || strings.HasPrefix(h, "lscb"):
		return "sif"
	case strings.Contains(h, "ilacs"):
		for i, o := range ordinals {
			if strings.Contains(h, o+" ilacs") {
				return "ilacs-" + strconv.Itoa(i+1)
			}
		}
		return "ilacs-1"
	}
	return ""
}

// classify returns what a column holds, from its normalised header.
func classify(h string) (field, judgement) {
	switch {
	case strings.Contains(h, "web link") || h == "link":
		return fLink, 0
	case strings.Contains(h, "area code") || h == "gss code" || h == "ons code":
		return fGSS, 0
	case strings.Contains(h, "authority name") || h == "la name":
		return fName, 0
	case strings.Contains(h, "status"):
		return fStatus, 0
	case strings.Contains(h, "region"):
		return fRegion, 0
	case strings.Contains(h, "publication date"):
		return fPublished, 0
	case strings.Contains(h, "date"):
		return fStart, 0
	case strings.Contains(h, "type") && (strings.Contains(h, "inspection") || strings.Contains(h, "visit")):
		return fKind, 0
	case strings.Contains(h, "theme") || strings.Contains(h, "authority type"):
		return fUnused, 0
	case strings.Contains(h, "lscb"):
		return fGrade, jLSCB
	case strings.Contains(h, "adoption"):
		return fGrade, jAdoption
	case strings.Contains(h, "leadership management and governance"):
		return fGrade, jLeadership
	case strings.Contains(h, "impact of leaders"):
		return fGrade, jLeaders
	case strings.Contains(h, "help and protection"):
		return fGrade, jHelp
	case strings.Contains(h, "looked after and achieving permanence"):
		return fGrade, jAchievingPerm
	case strings.Contains(h, "children in care and care leavers"):
		return fGrade, jInCareAndLeavers
	case strings.Contains(h, "care leavers"):
		return fGrade, jCareLeavers
	case strings.Contains(h, "children in care"):
		return fGrade, jInCare
	case strings.Contains(h, "slac") && strings.Contains(h, "safeguarding"):
		return fGrade, jSafeguarding
	case strings.Contains(h, "slac") && strings.Contains(h, "looked after"):
		return fGrade, jLookedAfter
	case strings.Contains(h, "overall") || strings.HasSuffix(h, "(oe)") || strings.HasSuffix(h, " oe"):
		return fGrade, jOverall
	}
	return fUnused, 0
}

// maybeHeader reports whether a row could be a header: whether a cell
// mentions a name or a code. It spares data rows the work of readHeader.
func maybeHeader(row *ods.Row) bool {
	for _, c := range row.Cells {
		if containsFold(c.Text, "name") || containsFold(c.Text, "code") {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word w in
// any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 != w[0] {
			continue
		}
		j := 1
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// readHeader returns the layout of a table whose header is row, or nil if
// row is not a header. A header names the authority (by name or area
// code) and has dates, or groups of columns for inspections.
func readHeader(row *ods.Row) (*layout, error) {
	if !maybeHeader(row) {
		return nil, nil
	}
	t := &layout{table: Table{Sheet: row.Sheet, HeaderRow: row.Number}}
	dated := false
	for i, c := range row.Cells {
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		h := normHeader(c.Text)
		col := column{col: i + 1, header: strings.Join(strings.Fields(c.Text), " "), group: groupOf(h)}
		col.field, col.judgement = classify(h)
		switch col.field {
		case fName:
			t.nameCol = col.col
		case fGSS:
			t.gssCol = col.col
		case fStart, fPublished:
			dated = true
		}
		t.cols = append(t.cols, col)
	}
	if t.nameCol == 0 && t.gssCol == 0 || !dated {
		return nil, nil
	}
	seen := map[string]bool{}
	for _, c := range t.cols {
		if c.group != "" {
			t.table.Wide = true
		}
		if c.field == fUnused {
			t.table.Unused = append(t.table.Unused, c.header)
			continue
		}
		k := c.group + "/" + strconv.Itoa(int(c.field)) + "/" + strconv.Itoa(int(c.judgement))
		if seen[k] {
			return nil, fmt.Errorf("%w: column %s (%q) means what an earlier column means", ErrTable, ods.ColumnName(c.col), c.header)
		}
		seen[k] = true
	}
	return t, nil
}

// cellError returns a FileError for a cell of a table.
func (l *loader) cellError(t *layout, row *ods.Row, col int, err error) *FileError {
	fe := &FileError{File: l.file, Sheet: row.Sheet, Row: row.Number, Col: col, Err: err}
	for _, c := range t.cols {
		if c.col == col {
			fe.Column = c.header
		}
	}
	return fe
}

// A record is an inspection being read from a row, with the columns its
// parts came from, for errors.
type record struct {
	group     string
	in        inspection.Inspection
	grades    [numJudgements]grade.Grade
	gradeCols [numJudgements]int // the column of each judgement given, or 0
	nGrades   int
	dateCol   int
	kindCol   int
	notYet    bool
}

// readRow reads the inspections of one data row into the register.
func (l *loader) readRow(t *layout, row *ods.Row) {
	nameText := strings.TrimSpace(row.Cell(t.nameCol).Text)
	gssText := strings.TrimSpace(row.Cell(t.gssCol).Text)
	var recs []*record // one for each group of columns with content
	var linkText, statusText, regionText string
	var linkCol, statusCol, regionCol int
	ok := true
	for _, c := range t.cols {
		cell := row.Cell(c.col)
		text := strings.TrimSpace(cell.Text)
		switch c.field {
		case fLink:
			linkText, linkCol = cell.Link, c.col
			continue
		case fStatus:
			statusText, statusCol = text, c.col
			continue
		case fRegion:
			regionText, regionCol = text, c.col
			continue
		case fName, fGSS, fUnused:
			continue
		}
		if text == "" {
			continue
		}
		var rec *record
		for _, x := range recs {
			if x.group == c.group {
				rec = x
			}
		}
		if rec == nil {
			rec = &record{group: c.group}
			recs = append(recs, rec)
		}
		switch c.field {
		case fStart, fPublished:
			if strings.EqualFold(text, "Not yet inspected") {
				rec.notYet = true
				continue
			}
			d, err := cellDate(cell)
			if err != nil {
				l.errs = append(l.errs, l.cellError(t, row, c.col, err))
				ok = false
				continue
			}
			if c.field == fStart {
				rec.in.Start = d
			} else {
				rec.in.Published = d
			}
			if rec.dateCol == 0 {
				rec.dateCol = c.col
			}
		case fKind:
			k, err := inspection.ParseKind(text)
			if err != nil {
				l.errs = append(l.errs, l.cellError(t, row, c.col, err))
				ok = false
				continue
			}
			rec.in.Kind, rec.kindCol = k, c.col
		case fGrade:
			var g grade.Grade
			if text != "-" {
				var err error
				if g, err = grade.Parse(text); err != nil {
					l.errs = append(l.errs, l.cellError(t, row, c.col, err))
					ok = false
					continue
				}
			}
			rec.grades[c.judgement] = g
			rec.gradeCols[c.judgement] = c.col
			rec.nGrades++
		}
	}
	if !ok {
		return
	}
	// The authority, as on the first date the row gives.
	var first inspection.Date
	for _, rec := range recs {
		if d := rec.in.Date(); !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	a, err := resolve(inspection.LocalAuthority{Name: nameText, GSS: gssText}, first)
	if err != nil {
		col := t.nameCol
		if gssText != "" && t.gssCol != 0 {
			col = t.gssCol
		}
		l.errs = append(l.errs, l.cellError(t, row, col, err))
		return
	}
	l.note(row, a, linkText, linkCol, statusText, statusCol, regionText, regionCol)
	var built []*record
	for _, rec := range recs {
		if rec.in.Published.IsZero() && rec.in.Start.IsZero() {
			if rec.notYet && rec.nGrades == 0 && rec.in.Kind == 0 {
				continue // an authority not yet inspected
			}
			col := rec.kindCol
			for _, c := range rec.gradeCols {
				if c != 0 && (col == 0 || c < col) {
					col = c
				}
			}
			l.errs = append(l.errs, l.cellError(t, row, col, fmt.Errorf("%w: an inspection with no date", ErrTable)))
			continue
		}
		if err := l.build(rec, a); err != nil {
			l.errs = append(l.errs, l.cellError(t, row, err.col, err.err))
			continue
		}
		built = append(built, rec)
	}
	for _, rec := range joinSameDay(built) {
		t.table.Records++
		if err := l.reg.add(a, rec.in); err != nil {
			col := rec.dateCol
			if el, ok := err.(ErrorList); ok {
				for _, e := range el {
					if c, ok := e.(*Conflict); ok && l.reported(c) {
						continue // another record of the file said the same
					}
					l.errs = append(l.errs, l.cellError(t, row, col, e))
				}
				continue
			}
			l.errs = append(l.errs, l.cellError(t, row, col, err))
		}
	}
}

// reported reports whether the file has reported conflict c already.
func (l *loader) reported(c *Conflict) bool {
	for _, e := range l.errs {
		if fe, ok := e.(*FileError); ok {
			if d, ok := fe.Err.(*Conflict); ok && *d == *c {
				return true
			}
		}
	}
	return false
}

// joinSameDay joins records of one row published the same day under the
// same framework and kind: Ofsted's 2023 history gives the SLAC
// re-inspections of safeguarding and of looked after children services
// apart, but Cornwall's and Warrington's were one inspection, published
// on 25 February 2011.
func joinSameDay(recs []*record) []*record {
	var out []*record
	for _, r := range recs {
		joined := false
		for _, o := range out {
			if o.in.Framework == r.in.Framework && o.in.Kind == r.in.Kind && key(&o.in) == key(&r.in) {
				if o.in.Judgements == nil {
					o.in.Judgements = map[inspection.Area]grade.Grade{}
				}
				maps.Copy(o.in.Judgements, r.in.Judgements)
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, r)
		}
	}
	return out
}

// A cellErr is an error with the column it concerns.
type cellErr struct {
	col int
	err error
}

// build sets the framework, kind and judgements of a record.
func (l *loader) build(rec *record, a Authority) *cellErr {
	in := &rec.in
	in.Authority = a.Record()
	var kind inspection.Kind
	switch rec.group {
	case "slac", "cpi", "tlac", "sif":
		kind = inspection.FullInspection
	case "slac-re-safeguarding", "slac-re-looked-after", "cpri", "sif-re":
		kind = inspection.Reinspection
	}
	if kind != 0 {
		if in.Kind != 0 && in.Kind != kind {
			return &cellErr{rec.kindCol, fmt.Errorf("%w: a %s in the columns of a %s", ErrTable, in.Kind.Label(), kind.Label())}
		}
		in.Kind = kind
	}
	switch rec.group {
	case "slac", "slac-re-safeguarding", "slac-re-looked-after":
		in.Framework = inspection.SLAC2009
	case "cpi", "cpri":
		in.Framework = inspection.CPI2012
	case "tlac":
		in.Framework = inspection.TLAC2013
	case "sif", "sif-re":
		in.Framework = inspection.SIF2013
	default: // ILACS groups, and tables of one inspection a row
		f, err := frameworkOf(in.Start, in.Kind, rec.grades[jCareLeavers] != 0)
		if err != nil {
			return &cellErr{rec.dateCol, err}
		}
		in.Framework = f
	}
	for j := jOverall; j < numJudgements; j++ {
		if rec.gradeCols[j] == 0 {
			continue
		}
		g := rec.grades[j]
		area, err := areaOf(in.Framework, rec.group, j)
		if err != nil {
			return &cellErr{rec.gradeCols[j], err}
		}
		if g == grade.RequiresImprovement && slices.Contains(in.Framework.Grades(), grade.Adequate) {
			g = grade.Adequate // Ofsted's data gives the adequate of 2009-2013 on the later scale
		}
		if _, dup := in.Judgements[area]; dup {
			return &cellErr{rec.gradeCols[j], fmt.Errorf("%w: two columns judge %s", ErrTable, area)}
		}
		if in.Judgements == nil {
			in.Judgements = map[inspection.Area]grade.Grade{}
		}
		in.Judgements[area] = g
	}
	return nil
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

// areaOf returns the area a column judges in an inspection under f.
func areaOf(f inspection.Framework, group string, j judgement) (inspection.Area, error) {
	var a inspection.Area
	switch j {
	case jOverall:
		switch group {
		case "slac-re-safeguarding":
			a = inspection.Safeguarding
		case "slac-re-looked-after":
			a = inspection.LookedAfterChildren
		default:
			a = inspection.OverallEffectiveness
		}
	case jSafeguarding:
		a = inspection.Safeguarding
	case jLookedAfter, jAchievingPerm:
		a = inspection.LookedAfterChildren
	case jLeaders:
		a = inspection.ImpactOfLeaders
	case jHelp:
		a = inspection.HelpAndProtection
	case jAdoption:
		a = inspection.AdoptionPerformance
	case jCareLeavers:
		a = inspection.CareLeavers
	case jLeadership:
		a = inspection.LeadershipManagementGovernance
	case jLSCB:
		a = inspection.LSCB
	case jInCare, jInCareAndLeavers:
		a = inspection.ChildrenInCare
		if f == inspection.ILACS2018 {
			a = inspection.ChildrenInCareAndCareLeavers
		}
	}
	if _, ok := f.Area(a); !ok {
		return 0, fmt.Errorf("%w: %s does not judge %s", ErrTable, f, strings.ToLower(a.Label()))
	}
	return a, nil
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

// note records what a row says of its authority that the register says
// otherwise: its region, whether it still exists, and the authority its
// web link points to.
func (l *loader) note(row *ods.Row, a Authority, link string, linkCol int, status string, statusCol int, region string, regionCol int) {
	at := func(col int) string {
		return fmt.Sprintf("sheet %q, row %d, column %s", row.Sheet, row.Number, ods.ColumnName(col))
	}
	if region != "" {
		r, err := l.region(region)
		want := a.OfstedRegion()
		if !r.IsOfsted() {
			want = a.Region() // an ONS region Ofsted does not use
		}
		switch {
		case err != nil:
			l.src.Notes = append(l.src.Notes, fmt.Sprintf("%s: region %q is not one the package knows", at(regionCol), region))
		case r != want:
			l.src.Notes = append(l.src.Notes, fmt.Sprintf("%s: %s is in %s, not %s", at(regionCol), a.Name(), want.Label(), region))
		}
	}
	if status != "" {
		current := strings.EqualFold(status, "current")
		gone := strings.EqualFold(status, "no longer exists")
		if !current && !gone || current != a.Current() {
			l.src.Notes = append(l.src.Notes, fmt.Sprintf("%s: %s has status %q; the register has it existing %s", at(statusCol), a.Name(), status, lifespan(a)))
		}
	}
	if link == "" {
		return
	}
	const provider = "/provider/44/"
	i := strings.Index(link, provider)
	if i < 0 {
		return // an older address by name, such as /local-authorities/barnet
	}
	code := link[i+len(provider):]
	if j := strings.IndexAny(code, "/?#"); j >= 0 {
		code = code[:j]
	}
	if code == a.URN() || code == a.DfE() {
		return
	}
	other, _ := ByURN(code)
	if len(code) == 3 {
		other, _ = ByDfE(code)
	}
	what := "no authority the register knows"
	if other.IsValid() {
		what = other.Name() + "'s page"
	}
	l.src.Notes = append(l.src.Notes, fmt.Sprintf("%s: the web link of %s (%s) leads to %s", at(linkCol), a.Name(), link, what))
}
