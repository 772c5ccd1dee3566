package ofsted

import (
	"errors"
	"strconv"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted/internal/ods"
)

// Errors of reading a file, for errors.Is. An [*Error] wraps one of these,
// or an error of the grade, inspection or authority packages naming what
// could not be read.
var (
	// ErrFormat marks a file that is not a well-formed OpenDocument
	// spreadsheet, such as one cut short.
	ErrFormat = ods.ErrFormat
	// ErrLimit marks a file that asks for more work than the reader
	// allows: more than 512 MiB of content, a cell or tag of more than
	// 64 KiB, more than 16,384 columns, tables nested in a cell more than
	// 16 deep, more than 1,048,576 cells or 16 MiB of text read (counting
	// repeated cells and rows), or more than 100 problems. Ofsted's files
	// come nowhere near these.
	ErrLimit = ods.ErrLimit
	// ErrNoTable marks a file with no table of inspections. The error
	// says why each sheet was passed over.
	ErrNoTable = errors.New("no table of inspections")
	// ErrTable marks a table whose columns or rows do not fit together:
	// two columns with one meaning, a grade with no date, a judgement the
	// inspection's framework does not make.
	ErrTable = errors.New("table not understood")
)

// An Error is a problem in a file, with its place: a file that cannot be
// read, or, among the [File.Problems], a cell or row that cannot.
type Error struct {
	File   string // the file's name
	Sheet  string // the sheet, if known
	Row    int    // the row, from 1, if known
	Col    int    // the column, from 1 (column A), if known
	Header string // the column's header, if known
	Err    error  // what is wrong
}

// Error returns a message that names the file, sheet, row and column,
// such as `ofsted: outcomes.ods: sheet "ILACS_inspection_history", row 7,
// column I ("Overall effectiveness"): grade.Parse("Excelent"): not a
// recognised spelling`.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("ofsted: ")
	b.WriteString(or(e.File, "a file"))
	if e.Sheet != "" || e.Row > 0 {
		b.WriteString(": ")
		b.WriteString(place(e.Sheet, e.Row, e.Col, e.Header))
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("unknown error")
	}
	return b.String()
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// Unwrap returns what is wrong.
func (e *Error) Unwrap() error { return e.Err }

// place returns a place in a file in words: `sheet "S", row 7, column I
// ("Overall effectiveness")`, leaving out what is not known.
func place(sheet string, row, col int, header string) string {
	s := "the file"
	switch {
	case sheet != "":
		s = "sheet " + strconv.Quote(sheet)
	case row > 0:
		s = "an unnamed sheet"
	}
	if row > 0 {
		s += ", row " + strconv.Itoa(row)
	}
	if col > 0 {
		s += ", column " + ods.ColumnName(col)
		if header != "" {
			s += " (" + strconv.Quote(header) + ")"
		}
	}
	return s
}

// A File is what reading one of Ofsted's files found, besides its
// records: the release its cover sheet names, the tables read, the sheets
// and tables not read and why, the cells and rows that could not be read,
// and what the file says that a register cannot use or says otherwise.
type File struct {
	Name     string            // the file's name, as given to Read, or its path, as given to Load
	Release  authority.Release // the release its cover sheet names, with the census rule of its "as at" table ("Period covered"); the zero Release if none
	Tables   []Table           // the tables of inspections read, in the order met
	Skipped  []Note            // the sheets and tables not read, each with the reason
	Problems []*Error          // the cells and rows that could not be read: no record was made of the inspections they give
	Notes    []Note            // statements of the file that a register cannot use or that the register of authorities contradicts: an inspection its release counts that gives no day to date it by, a web link to another authority's page
}

// String summarises the file in a line, such as
// `LA_Inspection_Outcomes_as_at_31_March_2025.ods: 3 tables, 536
// records; 2 sheets or tables not read; no problems; 1 note`.
func (f File) String() string {
	records := 0
	for _, t := range f.Tables {
		records += t.Records
	}
	skipped := count(len(f.Skipped), "sheet or table", "sheets or tables") + " not read"
	if len(f.Skipped) == 0 {
		skipped = "every sheet read"
	}
	return or(f.Name, "a file") + ": " + count(len(f.Tables), "table", "tables") + ", " + count(records, "record", "records") + "; " +
		skipped + "; " + count(len(f.Problems), "problem", "problems") + "; " + count(len(f.Notes), "note", "notes")
}

func count(n int, one, several string) string {
	switch n {
	case 0:
		return "no " + several
	case 1:
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + several
}

// A Table is one table of inspections read from a sheet.
type Table struct {
	Sheet     string   // the sheet
	HeaderRow int      // the row of its header, from 1
	Wide      bool     // whether it has one authority a row, its inspections in groups of columns, rather than one inspection a row
	Rows      int      // data rows read
	Records   int      // records of inspections made from them
	Unused    []string // the headers of the columns not read: web links, authority types
}

// A Note is a statement about a place in a file: why a sheet or table
// was not read, or what a row says that a register cannot use or that the
// register of authorities says otherwise.
type Note struct {
	Sheet string // the sheet
	Row   int    // the row, from 1; 0 for the whole sheet
	Col   int    // the column, from 1 (column A); 0 for the whole row
	Text  string // what is noted
}

// String returns the note with its place, such as `sheet "History", row
// 3, column E: Portsmouth is in South East, not South West`.
func (n Note) String() string { return place(n.Sheet, n.Row, n.Col, "") + ": " + n.Text }
