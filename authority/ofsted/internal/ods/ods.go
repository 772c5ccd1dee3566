package ods

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Defaults for the zero [Options].
const (
	DefaultMaxContent = 512 << 20 // content.xml inflated: the 2023 statistics are 40 MB
	DefaultMaxToken   = 4 << 20   // one tag or one run of text
	DefaultMaxColumns = 16384     // the column limit of LibreOffice and Excel
	DefaultMaxCells   = 1 << 24   // cells produced, counting repeats
	DefaultMaxText    = 1 << 30   // bytes of text produced, counting repeats
)

// MaxDepth is how deep tables may nest in a cell. OpenDocument
// spreadsheets put no tables in cells (a text document's tables may nest);
// the reader skips those it meets, and refuses a file that nests them
// deeper than this.
const MaxDepth = 16

// Options bound the work a file may ask for. A zero field takes its default.
type Options struct {
	MaxContent int64 // most bytes content.xml may inflate to
	MaxToken   int   // most bytes of one tag, or of one cell's text
	MaxColumns int   // highest column that may hold content
	MaxCells   int64 // most non-empty cells the reader produces in all, counting repeats
	MaxText    int64 // most bytes of text, links and values the reader produces in all, counting repeats
}

func (o *Options) withDefaults() Options {
	var v Options
	if o != nil {
		v = *o
	}
	if v.MaxContent <= 0 {
		v.MaxContent = DefaultMaxContent
	}
	if v.MaxToken <= 0 {
		v.MaxToken = DefaultMaxToken
	}
	if v.MaxColumns <= 0 {
		v.MaxColumns = DefaultMaxColumns
	}
	if v.MaxCells <= 0 {
		v.MaxCells = DefaultMaxCells
	}
	if v.MaxText <= 0 {
		v.MaxText = DefaultMaxText
	}
	return v
}

// Kinds of failure, for errors.Is. Each [*Error] wraps one of these or an
// I/O error.
var (
	// ErrFormat marks a file that is not a well-formed OpenDocument
	// spreadsheet: not a zip archive, no content.xml, a wrong mimetype,
	// malformed XML, or a document type declaration.
	ErrFormat = errors.New("not a well-formed OpenDocument spreadsheet")
	// ErrLimit marks a file that asks for more than [Options] allows.
	ErrLimit = errors.New("file exceeds a size limit")
)

// A Pos is a place in a spreadsheet: a sheet, a row and a column, each
// known or not, and the byte offset in content.xml.
type Pos struct {
	Sheet  string // sheet name; "" before the first sheet
	Row    int    // row number, from 1; 0 outside a row
	Col    int    // column number, from 1 (column A); 0 outside a cell
	Offset int64  // byte offset in the inflated content.xml
}

// String returns the place in words, for example
// `sheet "Notes", row 3, column B`, leaving out what is not known. With no
// sheet it gives the offset: "content.xml offset 1234".
func (p Pos) String() string {
	if p.Sheet == "" && p.Row == 0 {
		return "content.xml offset " + strconv.FormatInt(p.Offset, 10)
	}
	s := "sheet " + strconv.Quote(p.Sheet)
	if p.Row > 0 {
		s += ", row " + strconv.Itoa(p.Row)
	}
	if p.Col > 0 {
		s += ", column " + ColumnName(p.Col)
	}
	return s
}

// ColumnName returns the letters a spreadsheet program shows for column
// col, counted from 1: "A", ..., "Z", "AA", .... It returns "" for col < 1.
func ColumnName(col int) string {
	var b [8]byte
	i := len(b)
	for col > 0 && i > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	return string(b[i:])
}

// An Error is a failure to read a spreadsheet, with its place.
type Error struct {
	Pos Pos    // where
	Err error  // ErrFormat, ErrLimit, or an I/O error
	Msg string // what, in words
}

// Error returns "ods: place: msg: reason".
func (e *Error) Error() string {
	s := "ods: " + e.Pos.String() + ": " + e.Msg
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the kind of failure.
func (e *Error) Unwrap() error { return e.Err }

// A Cell is one cell of a row.
type Cell struct {
	Text  string // the text shown: paragraphs joined by "\n", text:s, text:tab and text:line-break expanded
	Link  string // the first hyperlink: a text:a target, or the target of a HYPERLINK formula
	Type  string // office:value-type: "string", "float", "date", ...; "" for an empty cell
	Value string // office:value, office:date-value, office:time-value or office:boolean-value, as written
}

// IsZero reports whether the cell holds nothing.
func (c Cell) IsZero() bool { return c == Cell{} }

// A Row is one row of a sheet with content.
type Row struct {
	Sheet    string // the sheet's name
	Number   int    // the row number a spreadsheet program shows, from 1
	Cells    []Cell // the cells, column A first; empty cells at the end are left out
	Repeated bool   // whether the row repeats the one before (table:number-rows-repeated)
}

// Cell returns the cell in column col (from 1), or the zero Cell past the
// end of the row.
func (r *Row) Cell(col int) Cell {
	if col < 1 || col > len(r.Cells) {
		return Cell{}
	}
	return r.Cells[col-1]
}

// The namespaces of OpenDocument 1.x (part 3, §2.2).
const (
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsXlink  = "http://www.w3.org/1999/xlink"
)

// names holds the qualified names the scanner matches, made with the
// prefixes the document's root element declares.
type names struct {
	table, row, cell, covered  string
	p, h, s, tab, lineBreak, a string
	annotation                 string
	tableName, rowsRepeated    string
	colsRepeated, valueType    string
	value, dateValue           string
	timeValue, booleanValue    string
	formula, textC, href       string
	tableEnd                   []byte // "</table:table>"
	tableOpen                  []byte // "<table:table"
	annotationEnd              []byte
	rootEnd                    []byte // "</office:document-content", as the root start tag names it

	// The element and attribute names the reader uses, so that a name
	// read is looked up, not allocated.
	elements, attributes map[string]string
}

func makeNames(prefix map[string]string) names {
	q := func(ns, local string) string { // an element name
		if p := prefix[ns]; p != "" {
			return p + ":" + local
		}
		return local
	}
	qa := func(ns, local string) string { // an attribute name
		if p := prefix[ns]; p != "" {
			return p + ":" + local
		}
		return "\x00" + local // an attribute in a default namespace cannot be written
	}
	n := names{
		table: q(nsTable, "table"), row: q(nsTable, "table-row"), cell: q(nsTable, "table-cell"),
		covered: q(nsTable, "covered-table-cell"),
		p:       q(nsText, "p"), h: q(nsText, "h"), s: q(nsText, "s"), tab: q(nsText, "tab"),
		lineBreak: q(nsText, "line-break"), a: q(nsText, "a"),
		annotation: q(nsOffice, "annotation"),
		tableName:  qa(nsTable, "name"), rowsRepeated: qa(nsTable, "number-rows-repeated"),
		colsRepeated: qa(nsTable, "number-columns-repeated"), valueType: qa(nsOffice, "value-type"),
		value: qa(nsOffice, "value"), dateValue: qa(nsOffice, "date-value"),
		timeValue: qa(nsOffice, "time-value"), booleanValue: qa(nsOffice, "boolean-value"),
		formula: qa(nsTable, "formula"), textC: qa(nsText, "c"), href: qa(nsXlink, "href"),
	}
	n.tableEnd = []byte("</" + n.table + ">")
	n.tableOpen = []byte("<" + n.table)
	n.annotationEnd = []byte("</" + n.annotation + ">")
	n.elements = map[string]string{}
	for _, e := range []string{n.table, n.row, n.cell, n.covered, n.p, n.h, n.s, n.tab, n.lineBreak, n.a, n.annotation} {
		n.elements[e] = e
	}
	n.attributes = map[string]string{}
	for _, a := range []string{n.tableName, n.rowsRepeated, n.colsRepeated, n.valueType, n.value, n.dateValue,
		n.timeValue, n.booleanValue, n.formula, n.textC, n.href} {
		n.attributes[a] = a
	}
	return n
}

// A Reader reads the sheets of one spreadsheet in document order. Use it
// as
//
//	for r.NextSheet() {
//		for r.NextRow() {
//			row := r.Row()
//			...
//		}
//	}
//	if err := r.Err(); err != nil { ... }
//
// and Close it. Leaving a sheet's row loop early is allowed: the next call
// of NextSheet skips the rest of the sheet.
type Reader struct {
	opt    Options
	closer []io.Closer
	src    io.Reader
	names  names

	buf      []byte
	pos, end int   // unread bytes are buf[pos:end]
	base     int64 // offset in content.xml of buf[0]
	eof      bool
	err      error

	sheet   string
	inSheet bool // inside a table element whose end has not been read
	rowNum  int  // number of the last row read in the sheet
	repeat  int  // further copies of the current row still to yield
	row     Row
	cells   int64 // cells produced so far
	bytes   int64 // bytes of text, links and values produced so far
	rowSize int64 // bytes of text, links and values in r.row
	done    bool  // the root element's end has been read
	text    []byte
	attrs   []attr
	col     int // column of the cell being read, for errors

	lastName string // name of the end tag nextTag found, or "" for an element the reader does not use
	tagStop  int    // index in buf just past that end tag
}

type attr struct{ name, value string }

// Open opens the spreadsheet file name. Close the Reader to close the
// file.
func Open(name string, opt *Options) (*Reader, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	r, err := NewReader(f, fi.Size(), opt)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.closer = append(r.closer, f)
	return r, nil
}

// mimetype is the media type an OpenDocument spreadsheet's mimetype member
// holds (OpenDocument v1.3 part 2, §3.3).
const mimetype = "application/vnd.oasis.opendocument.spreadsheet"

// NewReader returns a Reader of the spreadsheet held in the size bytes of
// ra. It checks the archive and the root element of content.xml before
// returning.
func NewReader(ra io.ReaderAt, size int64, opt *Options) (*Reader, error) {
	o := opt.withDefaults()
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, &Error{Err: ErrFormat, Msg: "reading the zip archive (" + err.Error() + ")"}
	}
	var content *zip.File
	for _, f := range zr.File {
		switch f.Name {
		case "mimetype":
			if f.UncompressedSize64 > 256 {
				return nil, &Error{Err: ErrFormat, Msg: "mimetype member too long"}
			}
			rc, err := f.Open()
			if err != nil {
				return nil, &Error{Err: ErrFormat, Msg: "opening mimetype (" + err.Error() + ")"}
			}
			b, err := io.ReadAll(io.LimitReader(rc, 257))
			rc.Close()
			if err != nil {
				return nil, &Error{Err: ErrFormat, Msg: "reading mimetype (" + err.Error() + ")"}
			}
			if got := strings.TrimSpace(string(b)); got != mimetype {
				return nil, &Error{Err: ErrFormat, Msg: fmt.Sprintf("mimetype is %q, not %q", got, mimetype)}
			}
		case "content.xml":
			content = f
		}
	}
	if content == nil {
		return nil, &Error{Err: ErrFormat, Msg: "no content.xml in the archive"}
	}
	if content.UncompressedSize64 > uint64(o.MaxContent) {
		return nil, &Error{Err: ErrLimit, Msg: fmt.Sprintf("content.xml declares %d bytes, more than the limit of %d", content.UncompressedSize64, o.MaxContent)}
	}
	rc, err := content.Open()
	if err != nil {
		return nil, &Error{Err: ErrFormat, Msg: "opening content.xml (" + err.Error() + ")"}
	}
	r := &Reader{
		opt:    o,
		closer: []io.Closer{rc},
		src:    &limitedReader{r: rc, n: o.MaxContent},
		buf:    make([]byte, 0, 128<<10),
	}
	r.buf = r.buf[:cap(r.buf)]
	if err := r.readRoot(); err != nil {
		r.Close()
		return nil, err
	}
	return r, nil
}

// limitedReader reads at most n bytes and then fails with ErrLimit, so
// that a member whose declared size lies cannot inflate without bound.
type limitedReader struct {
	r io.Reader
	n int64
}

var errTooBig = errors.New("content.xml inflates past the limit")

// Read reads from the member, failing with errTooBig past the limit.
func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		// Allow EOF to be seen at exactly the limit.
		var one [1]byte
		if k, err := l.r.Read(one[:]); k == 0 && err != nil {
			return 0, err
		}
		return 0, errTooBig
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	k, err := l.r.Read(p)
	l.n -= int64(k)
	return k, err
}

// Close releases the file.
func (r *Reader) Close() error {
	var first error
	for _, c := range r.closer {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	r.closer = nil
	return first
}

// Err returns the first error met, or nil.
func (r *Reader) Err() error { return r.err }

// Sheet returns the name of the current sheet.
func (r *Reader) Sheet() string { return r.sheet }

// Row returns the row NextRow read. Its Cells are reused by the next call
// of NextRow; the strings in them are not.
func (r *Reader) Row() *Row { return &r.row }

// fail records the first error, with the current place, and returns false.
func (r *Reader) fail(kind error, format string, args ...any) bool {
	if r.err == nil {
		p := Pos{Sheet: r.sheet, Offset: r.base + int64(r.pos)}
		if r.inSheet && r.col > 0 {
			p.Row, p.Col = r.rowNum+1, r.col
		} else if r.inSheet && r.rowNum > 0 {
			p.Row = r.rowNum
		}
		r.err = &Error{Pos: p, Err: kind, Msg: fmt.Sprintf(format, args...)}
	}
	return false
}

// cutShort fails for content.xml ending in an element (where says
// which), unless an error was met before.
func (r *Reader) cutShort(where string) bool {
	return r.err == nil && r.fail(ErrFormat, "content.xml is cut short: it ends %s", where)
}

// more reads more of content.xml into the buffer, moving the unread bytes
// to its start and growing it (up to MaxToken beyond a read's worth) when
// it is full. It reports false at the end of input or on error.
func (r *Reader) more() bool {
	if r.err != nil || r.eof {
		return false
	}
	if r.pos > 0 {
		n := copy(r.buf, r.buf[r.pos:r.end])
		r.base += int64(r.pos)
		r.pos, r.end = 0, n
	}
	if r.end == len(r.buf) {
		if len(r.buf) >= r.opt.MaxToken+(256<<10) {
			return r.fail(ErrLimit, "a tag or text longer than %d bytes", r.opt.MaxToken)
		}
		nb := make([]byte, min(2*len(r.buf), r.opt.MaxToken+(256<<10)))
		copy(nb, r.buf[:r.end])
		r.buf = nb
	}
	for {
		n, err := r.src.Read(r.buf[r.end:])
		r.end += n
		switch {
		case errors.Is(err, errTooBig):
			return r.fail(ErrLimit, "content.xml inflates to more than %d bytes", r.opt.MaxContent)
		case err == io.EOF:
			r.eof = true
			return n > 0
		case err != nil:
			return r.fail(err, "reading content.xml")
		case n > 0:
			return true
		}
	}
}

// readRoot reads the prolog and the root start tag with encoding/xml, to
// learn the prefixes bound to the OpenDocument namespaces.
func (r *Reader) readRoot() error {
	for !r.eof && r.end < 64<<10 {
		if !r.more() && r.err != nil {
			return r.err
		}
	}
	// The decoder refuses any encoding but UTF-8, having no CharsetReader.
	d := xml.NewDecoder(bytes.NewReader(r.buf[:r.end]))
	for {
		tok, err := d.RawToken()
		if err != nil {
			return &Error{Err: ErrFormat, Msg: "reading the root element of content.xml (" + err.Error() + ")"}
		}
		switch t := tok.(type) {
		case xml.Directive:
			return &Error{Err: ErrFormat, Msg: "document type declarations are not allowed"}
		case xml.StartElement:
			prefix := map[string]string{}
			def := ""
			for _, a := range t.Attr {
				switch {
				case a.Name.Space == "xmlns":
					if p, seen := prefix[a.Value]; !seen || p == "" {
						prefix[a.Value] = a.Name.Local
					}
				case a.Name.Space == "" && a.Name.Local == "xmlns":
					def = a.Value
				}
			}
			if _, seen := prefix[def]; def != "" && !seen {
				prefix[def] = "" // a prefix, if also bound, is preferred
			}
			rootNS := ""
			if t.Name.Space == "" {
				rootNS = def
			} else {
				for uri, p := range prefix {
					if p == t.Name.Space {
						rootNS = uri
					}
				}
			}
			if rootNS != nsOffice || t.Name.Local != "document-content" {
				return &Error{Err: ErrFormat, Msg: fmt.Sprintf("root element is %s:%s, not office:document-content", t.Name.Space, t.Name.Local)}
			}
			for _, ns := range []string{nsTable, nsText} {
				if _, ok := prefix[ns]; !ok {
					return &Error{Err: ErrFormat, Msg: "the root element does not declare the namespace " + ns}
				}
			}
			r.names = makeNames(prefix)
			r.pos = int(d.InputOffset())
			qname := t.Name.Local
			if t.Name.Space != "" {
				qname = t.Name.Space + ":" + qname
			}
			r.names.rootEnd = []byte("</" + qname)
			// A root element with no content ("<office:document-content/>")
			// is a whole document.
			r.done = bytes.HasSuffix(r.buf[:r.pos], []byte("/>"))
			return nil
		}
	}
}

// NextSheet moves to the next sheet, skipping what is left of the current
// one, and reports whether there is one. It returns false at the end of
// the root element, and fails if content.xml ends before it: a file cut
// short between two sheets is an error, not a shorter spreadsheet.
func (r *Reader) NextSheet() bool {
	if r.err != nil {
		return false
	}
	if r.inSheet && !r.skipSheet() {
		return false
	}
	r.sheet, r.rowNum, r.repeat, r.col = "", 0, 0, 0
	r.row = Row{Cells: r.row.Cells[:0]}
	for !r.done {
		win := r.buf[r.pos:r.end]
		i := bytes.Index(win, r.names.tableOpen)
		before := win
		if i >= 0 {
			before = win[:i]
		}
		if j := indexOpen(before, r.names.rootEnd); j >= 0 {
			r.pos += j
			r.done = true
			// Read to the end, so that the archive checks what was
			// inflated against its checksum.
			for r.more() {
				r.pos = r.end
			}
			return false
		}
		if i < 0 {
			// Keep what may be the start of either tag, and the byte
			// after the root's end tag's name.
			keep := max(len(r.names.tableOpen)-1, len(r.names.rootEnd))
			if r.end-r.pos > keep {
				r.pos = r.end - keep
			}
			if !r.more() {
				return r.cutShort("before its root element ends")
			}
			continue
		}
		r.pos += i
		// Make sure the byte after the name is there, then check it ends
		// the name.
		for r.end-r.pos <= len(r.names.tableOpen) {
			if !r.more() {
				return r.cutShort("in an element")
			}
		}
		if c := r.buf[r.pos+len(r.names.tableOpen)]; !isSpace(c) && c != '>' && c != '/' {
			r.pos += len(r.names.tableOpen)
			continue
		}
		name, empty, ok := r.startTag()
		if !ok {
			return false
		}
		if name != r.names.table {
			continue
		}
		r.sheet = r.attr(r.names.tableName)
		r.inSheet = !empty
		r.row.Sheet = r.sheet
		return true
	}
	return false
}

// skipSheet moves past the end of the current sheet without parsing it.
//
// It looks for the sheet's end tag by its last two bytes, "e>", which are
// rare in content.xml (503 times in the 40 MB of the 2023 statistics,
// against more than a million tags): bytes.Index then runs at memory
// speed instead of stopping at every tag. A table nested in a cell of a
// skipped sheet (OpenDocument allows none in spreadsheets, but a file may
// hold one) ends the skip early; the rest of the sheet then lies between
// sheets, where nothing is read, so the next sheet is still found.
func (r *Reader) skipSheet() bool {
	end := r.names.tableEnd
	anchor := end[len(end)-2:]
	for {
		win := r.buf[r.pos:r.end]
		off := 0
		for {
			i := bytes.Index(win[off:], anchor)
			if i < 0 {
				break
			}
			k := off + i + 2 // just past the anchor
			if k >= len(end) && bytes.Equal(win[k-len(end):k], end) {
				r.pos += k
				r.inSheet = false
				return true
			}
			off = k
		}
		keep := len(end) - 1
		if r.end-r.pos > keep {
			r.pos = r.end - keep
		}
		if !r.more() {
			return r.cutShort("in a sheet")
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// NextRow reads the next row of the current sheet that has content, and
// reports whether there is one. It returns false at the end of the sheet.
func (r *Reader) NextRow() bool {
	if r.err != nil || !r.inSheet {
		return false
	}
	if r.repeat > 0 {
		r.repeat--
		r.rowNum++
		r.row.Number = r.rowNum
		r.row.Repeated = true
		return r.count()
	}
	r.row.Repeated = false
	for {
		ok, isEnd := r.nextTag()
		if !ok {
			return false
		}
		if isEnd {
			if r.tagName() == r.names.table {
				r.pos = r.tagStop
				r.inSheet = false
				return false
			}
			r.pos = r.tagStop
			continue
		}
		name, empty, ok := r.startTag()
		if !ok {
			return false
		}
		if name != r.names.row {
			if name == r.names.table && !empty {
				// A table inside the sheet outside any cell is not
				// OpenDocument; refuse rather than guess.
				return r.fail(ErrFormat, "a table inside a table outside a cell")
			}
			continue
		}
		n, ok := r.repeatAttr(r.names.rowsRepeated, 1<<31-1)
		if !ok {
			return false
		}
		if !empty && !r.readRow() {
			return false
		}
		if empty || len(r.row.Cells) == 0 {
			if r.rowNum > 1<<31-1-n {
				return r.fail(ErrLimit, "more rows than a sheet can hold")
			}
			r.rowNum += n
			continue
		}
		r.rowNum++
		r.row.Number = r.rowNum
		r.repeat = n - 1
		return r.count()
	}
}

// count adds the cells of the row read, and their bytes, to the running
// totals, failing past MaxCells or MaxText.
func (r *Reader) count() bool {
	r.cells += int64(len(r.row.Cells))
	r.bytes += r.rowSize
	switch {
	case r.cells > r.opt.MaxCells:
		return r.fail(ErrLimit, "more than %d cells", r.opt.MaxCells)
	case r.bytes > r.opt.MaxText:
		return r.fail(ErrLimit, "more than %d bytes of text, counting repeated cells and rows", r.opt.MaxText)
	}
	return true
}

// readRow reads the cells of a row whose start tag has been read, up to
// and including its end tag.
func (r *Reader) readRow() bool {
	r.row.Cells = r.row.Cells[:0]
	r.rowSize = 0
	col := 0        // columns placed so far
	var empties int // empty columns not yet placed
	defer func() { r.col = 0 }()
	for {
		ok, isEnd := r.nextTag()
		if !ok {
			return r.cutShort("in a row")
		}
		if isEnd {
			name := r.tagName()
			r.pos = r.tagStop
			if name == r.names.row {
				return true
			}
			if name == r.names.table {
				return r.fail(ErrFormat, "sheet ends inside a row")
			}
			continue
		}
		r.col = col + empties + 1
		name, empty, ok := r.startTag()
		if !ok {
			return false
		}
		if name != r.names.cell && name != r.names.covered {
			if name == r.names.table && !empty {
				return r.fail(ErrFormat, "a table inside a row outside a cell")
			}
			continue
		}
		n, ok := r.repeatAttr(r.names.colsRepeated, 1<<31-1)
		if !ok {
			return false
		}
		c := Cell{
			Type:  r.attr(r.names.valueType),
			Value: r.valueAttr(),
		}
		if f := r.attr(r.names.formula); f != "" {
			c.Link = hyperlinkTarget(f)
		}
		if !empty {
			if !r.readCell(&c, name) {
				return false
			}
		}
		if c.Text == "" && c.Link == "" && c.Value == "" {
			c.Type = "" // an empty string cell is empty
			empties += n
			if empties > 1<<31-1 {
				empties = 1 << 30
			}
			continue
		}
		if col+empties+n > r.opt.MaxColumns {
			return r.fail(ErrLimit, "content beyond column %d", r.opt.MaxColumns)
		}
		r.row.Cells = slices.Grow(r.row.Cells, empties+n)
		for range empties {
			r.row.Cells = append(r.row.Cells, Cell{})
		}
		col += empties
		empties = 0
		for range n {
			r.row.Cells = append(r.row.Cells, c)
		}
		r.rowSize += int64(n) * int64(len(c.Text)+len(c.Link)+len(c.Value))
		col += n
	}
}

// valueAttr returns the typed value of the cell start tag just read.
func (r *Reader) valueAttr() string {
	for _, name := range [...]string{r.names.dateValue, r.names.value, r.names.timeValue, r.names.booleanValue} {
		if v := r.attr(name); v != "" {
			return v
		}
	}
	return ""
}

// repeatAttr returns the repeat count named by attribute name of the start
// tag just read: 1 if absent, failing if it is not a number from 1 to max.
func (r *Reader) repeatAttr(name string, max int) (int, bool) {
	v := r.attr(name)
	if v == "" {
		return 1, true
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, r.fail(ErrFormat, "%s=%q is not a repeat count", name, v)
	}
	return n, true
}

// readCell reads the content of a cell whose start tag has been read, up to
// and including its end tag, into c.
func (r *Reader) readCell(c *Cell, cellName string) bool {
	r.text = r.text[:0]
	paras := 0
	depth := 0        // paragraphs open (text:p, text:h)
	lastSpace := true // collapse white space at a paragraph's start
	for {
		// Character data up to the next tag, read in pieces as the
		// buffer is refilled.
		for {
			win := r.buf[r.pos:r.end]
			i := bytes.IndexByte(win, '<')
			chars := win
			if i >= 0 {
				chars = win[:i]
			} else if k := bytes.LastIndexByte(win, '&'); k >= 0 && len(win)-k <= maxRef && bytes.IndexByte(win[k:], ';') < 0 {
				chars = win[:k] // a reference cut by the buffer's end is read whole after the refill
			}
			if depth > 0 && len(chars) > 0 {
				if bytes.IndexByte(chars, '&') >= 0 {
					dec, ok := r.decode(chars)
					if !ok {
						return false
					}
					r.text, lastSpace = appendText(r.text, dec, lastSpace)
				} else {
					r.text, lastSpace = appendText(r.text, chars, lastSpace)
				}
			}
			r.pos += len(chars)
			if i >= 0 {
				break
			}
			if len(r.text) > r.opt.MaxToken {
				return r.fail(ErrLimit, "cell text longer than %d bytes", r.opt.MaxToken)
			}
			if !r.more() {
				return r.cutShort("in a cell")
			}
		}
		if len(r.text) > r.opt.MaxToken {
			return r.fail(ErrLimit, "cell text longer than %d bytes", r.opt.MaxToken)
		}
		// CDATA is character data.
		if r.hasPrefix("<![CDATA[") {
			j, ok := r.find([]byte("]]>"), 9)
			if !ok {
				return false
			}
			if depth > 0 {
				r.text, lastSpace = appendText(r.text, r.buf[r.pos+9:r.pos+j], lastSpace)
			}
			r.pos += j + 3
			continue
		}
		ok, isEnd := r.nextTag()
		if !ok {
			return r.cutShort("in a cell")
		}
		if isEnd {
			name := r.tagName()
			r.pos = r.tagStop
			switch name {
			case cellName:
				c.Text = string(r.text)
				return true
			case r.names.p, r.names.h:
				if depth > 0 {
					depth--
				}
			case r.names.row, r.names.table:
				return r.fail(ErrFormat, "%s ends inside a cell", name)
			}
			continue
		}
		name, empty, ok := r.startTag()
		if !ok {
			return false
		}
		switch name {
		case r.names.p, r.names.h:
			if !empty {
				if paras > 0 {
					r.text = append(r.text, '\n')
				}
				paras++
				depth++
				lastSpace = true
			} else if paras > 0 {
				r.text = append(r.text, '\n')
				paras++
			} else {
				paras++
			}
		case r.names.s:
			if depth > 0 {
				n := 1
				if v := r.attr(r.names.textC); v != "" {
					k, err := strconv.Atoi(v)
					if err != nil || k < 0 || k > r.opt.MaxToken-len(r.text) {
						return r.fail(ErrFormat, "text:c=%q is not a count of spaces", v)
					}
					n = k
				}
				for range n {
					r.text = append(r.text, ' ')
				}
				lastSpace = true
			}
		case r.names.tab:
			if depth > 0 {
				r.text = append(r.text, '\t')
				lastSpace = true
			}
		case r.names.lineBreak:
			if depth > 0 {
				r.text = append(r.text, '\n')
				lastSpace = true
			}
		case r.names.a:
			if c.Link == "" {
				c.Link = r.attr(r.names.href)
			}
		case r.names.annotation:
			if !empty && !r.skipElement(r.names.annotationEnd, nil) {
				return false
			}
		case r.names.table:
			if !empty && !r.skipElement(r.names.tableEnd, r.names.tableOpen) {
				return false
			}
		}
	}
}

// skipElement moves past the end tag end of an element whose start tag has
// been read, counting nested elements of the same name (open) if open is
// not nil, to at most MaxDepth deep.
//
// Each search of the buffer starts where the last match of its tag was,
// so that the bytes are scanned once however the tags nest.
func (r *Reader) skipElement(end, open []byte) bool {
	depth := 1
	const unknown = -2               // not searched for since the last match or refill
	nextEnd, nextOpen := unknown, -1 // offsets from r.pos; -1 for none in the buffer
	if open != nil {
		nextOpen = unknown
	}
	for {
		win := r.buf[r.pos:r.end]
		if nextEnd == unknown {
			nextEnd = bytes.Index(win, end)
		}
		if nextOpen == unknown {
			nextOpen = indexOpen(win, open)
		}
		var adv int
		switch {
		case nextOpen >= 0 && (nextEnd < 0 || nextOpen < nextEnd):
			if depth++; depth > MaxDepth {
				return r.fail(ErrLimit, "tables nested more than %d deep", MaxDepth)
			}
			adv = nextOpen + len(open)
			nextOpen = unknown
		case nextEnd >= 0:
			if depth--; depth == 0 {
				r.pos += nextEnd + len(end)
				return true
			}
			adv = nextEnd + len(end)
			nextEnd = unknown
		default:
			// Keep what may be the start of either tag, with the byte
			// after an open tag's name.
			keep := max(len(end), len(open)+1) - 1
			if r.end-r.pos > keep {
				r.pos = r.end - keep
			}
			if !r.more() {
				return r.cutShort("in an element")
			}
			nextEnd = unknown
			if open != nil {
				nextOpen = unknown
			}
			continue
		}
		r.pos += adv
		if nextEnd >= 0 {
			nextEnd -= adv
		}
		if nextOpen >= 0 {
			nextOpen -= adv
		}
	}
}

// appendText appends character data to b, collapsing white space as
// OpenDocument paragraphs do (v1.3 part 3, §6.1.2): each run of space,
// tab, carriage return and line feed counts as one space, and none is kept
// after a space or at a paragraph's start.
func appendText(b, s []byte, lastSpace bool) ([]byte, bool) {
	for _, c := range s {
		if isSpace(c) {
			if !lastSpace {
				b = append(b, ' ')
				lastSpace = true
			}
			continue
		}
		b = append(b, c)
		lastSpace = false
	}
	return b, lastSpace
}

// hasPrefix reports whether the unread input starts with s, reading more
// if need be.
func (r *Reader) hasPrefix(s string) bool {
	for r.end-r.pos < len(s) {
		if !bytes.HasPrefix([]byte(s), r.buf[r.pos:r.end]) || !r.more() {
			return false
		}
	}
	return string(r.buf[r.pos:r.pos+len(s)]) == s
}

// find returns the index, relative to r.pos, of pat at or after offset
// from in the unread input, reading more as needed.
func (r *Reader) find(pat []byte, from int) (int, bool) {
	for {
		if r.end-r.pos >= from {
			if i := bytes.Index(r.buf[r.pos+from:r.end], pat); i >= 0 {
				return from + i, true
			}
			// Search only the new bytes after a refill, and the end of
			// these that may start pat.
			from = max(from, r.end-r.pos-len(pat)+1)
		}
		if !r.more() {
			return 0, r.cutShort(fmt.Sprintf("looking for %q", pat))
		}
	}
}

// tagName returns the name of the end tag nextTag found.
func (r *Reader) tagName() string { return r.lastName }

// nextTag moves to the next tag ('<' of an element; comments and
// processing instructions are skipped) and reports whether it found one
// and whether it is an end tag. For an end tag it sets lastName and
// tagStop; the caller moves r.pos to tagStop. For a start tag it leaves
// r.pos at '<' for startTag.
func (r *Reader) nextTag() (ok, isEnd bool) {
	for {
		i := bytes.IndexByte(r.buf[r.pos:r.end], '<')
		if i < 0 {
			r.pos = r.end
			if !r.more() {
				return false, false
			}
			continue
		}
		r.pos += i
		for r.end-r.pos < 2 {
			if !r.more() {
				return r.cutShort("in an element"), false
			}
		}
		switch r.buf[r.pos+1] {
		case '/':
			j, ok := r.find([]byte{'>'}, 2)
			if !ok {
				return false, false
			}
			r.lastName = r.names.elements[string(bytes.TrimRight(r.buf[r.pos+2:r.pos+j], " \t\r\n"))]
			r.tagStop = r.pos + j + 1
			return true, true
		case '?':
			j, ok := r.find([]byte("?>"), 2)
			if !ok {
				return false, false
			}
			r.pos += j + 2
		case '!':
			switch {
			case r.hasPrefix("<!--"):
				j, ok := r.find([]byte("-->"), 4)
				if !ok {
					return false, false
				}
				r.pos += j + 3
			case r.hasPrefix("<![CDATA["):
				j, ok := r.find([]byte("]]>"), 9)
				if !ok {
					return false, false
				}
				r.pos += j + 3
			default:
				return r.fail(ErrFormat, "document type declarations are not allowed"), false
			}
		default:
			return true, false
		}
	}
}

// startTag reads the start tag at r.pos: its name and attributes (kept for
// attr), and whether it is empty (ends "/>"). It leaves r.pos after the
// tag.
func (r *Reader) startTag() (name string, empty, ok bool) {
	// Find the '>' that ends the tag, outside quoted values. The fast way
	// takes the first '>', which ends the tag if an even number of double
	// quotes and no single quote come before it; otherwise the tag is
	// walked byte by byte.
	var i int
	from := 1 // where the search for '>' resumes, from r.pos, after a refill
	for {
		if j := bytes.IndexByte(r.buf[r.pos+from:r.end], '>'); j >= 0 {
			seg := r.buf[r.pos+1 : r.end]
			j += from - 1
			if bytes.IndexByte(seg[:j], '\'') < 0 && bytes.Count(seg[:j], []byte{'"'})%2 == 0 {
				if bytes.IndexByte(seg[:j], '<') >= 0 {
					return "", false, r.fail(ErrFormat, "'<' in a tag")
				}
				i = r.pos + 1 + j
				break
			}
			var ok bool
			if i, ok = r.walkTag(); !ok {
				return "", false, false
			}
			break
		}
		if r.end-r.pos > r.opt.MaxToken {
			return "", false, r.fail(ErrLimit, "a tag longer than %d bytes", r.opt.MaxToken)
		}
		from = r.end - r.pos
		if !r.more() {
			return "", false, r.cutShort("in a tag")
		}
	}
	tag := r.buf[r.pos+1 : i]
	r.pos = i + 1
	if len(tag) > 0 && tag[len(tag)-1] == '/' {
		empty = true
		tag = tag[:len(tag)-1]
	}
	k := 0
	for k < len(tag) && !isSpace(tag[k]) {
		k++
	}
	if k == 0 {
		return "", false, r.fail(ErrFormat, "a tag with no name")
	}
	name = r.names.elements[string(tag[:k])] // "" for an element the reader does not use
	r.attrs = r.attrs[:0]
	rest := tag[k:]
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n")
		if len(rest) == 0 {
			break
		}
		eq := bytes.IndexByte(rest, '=')
		if eq <= 0 {
			return "", false, r.fail(ErrFormat, "malformed attribute in <%s>", tag[:k])
		}
		an := bytes.TrimRight(rest[:eq], " \t\r\n")
		rest = bytes.TrimLeft(rest[eq+1:], " \t\r\n")
		if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
			return "", false, r.fail(ErrFormat, "unquoted attribute %s in <%s>", an, tag[:k])
		}
		q := rest[0]
		end := bytes.IndexByte(rest[1:], q)
		if end < 0 {
			return "", false, r.fail(ErrFormat, "unterminated attribute %s in <%s>", an, tag[:k])
		}
		raw := rest[1 : 1+end]
		rest = rest[2+end:]
		if wanted, ok := r.names.attributes[string(an)]; ok {
			v, ok := r.decode(raw)
			if !ok {
				return "", false, false
			}
			for j, c := range v {
				if c == '\t' || c == '\n' || c == '\r' {
					v[j] = ' ' // attribute-value normalisation, XML 1.0 §3.3.3
				}
			}
			r.attrs = append(r.attrs, attr{wanted, string(v)})
		}
	}
	return name, empty, true
}

// walkTag returns the index in buf of the '>' that ends the tag at r.pos,
// following quoted attribute values, reading more as needed.
func (r *Reader) walkTag() (int, bool) {
	var quote byte
	i := r.pos + 1
	for {
		if i >= r.end {
			off := i - r.pos
			if r.end-r.pos > r.opt.MaxToken {
				return 0, r.fail(ErrLimit, "a tag longer than %d bytes", r.opt.MaxToken)
			}
			if !r.more() {
				return 0, r.cutShort("in a tag")
			}
			i = r.pos + off
			continue
		}
		c := r.buf[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '<' {
				return 0, r.fail(ErrFormat, "'<' in an attribute value")
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i, true
		case c == '<':
			return 0, r.fail(ErrFormat, "'<' in a tag")
		}
		i++
	}
}

// attr returns the value of attribute name of the last start tag, or "".
func (r *Reader) attr(name string) string {
	for _, a := range r.attrs {
		if a.name == name {
			return a.value
		}
	}
	return ""
}

// maxRef is the most bytes a reference takes before its ';': "&#x10FFFF"
// is 9.
const maxRef = 12

// decode returns s with its character and entity references replaced. It
// returns a fresh slice.
func (r *Reader) decode(s []byte) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for len(s) > 0 {
		i := bytes.IndexByte(s, '&')
		if i < 0 {
			out = append(out, s...)
			break
		}
		out = append(out, s[:i]...)
		s = s[i:]
		j := bytes.IndexByte(s, ';')
		if j < 0 || j > maxRef {
			return nil, r.fail(ErrFormat, "unterminated reference %q", truncate(s, maxRef))
		}
		ref := s[1:j]
		s = s[j+1:]
		switch string(ref) {
		case "amp":
			out = append(out, '&')
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "quot":
			out = append(out, '"')
		case "apos":
			out = append(out, '\'')
		default:
			if len(ref) < 2 || ref[0] != '#' {
				return nil, r.fail(ErrFormat, "undefined entity &%s;", ref)
			}
			var n uint64
			var err error
			if ref[1] == 'x' {
				n, err = strconv.ParseUint(string(ref[2:]), 16, 32)
			} else {
				n, err = strconv.ParseUint(string(ref[1:]), 10, 32)
			}
			if err != nil || n == 0 || n > utf8.MaxRune || !utf8.ValidRune(rune(n)) {
				return nil, r.fail(ErrFormat, "bad character reference &%s;", ref)
			}
			out = utf8.AppendRune(out, rune(n))
		}
	}
	return out, true
}

func truncate(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// hyperlinkTarget returns the target of the first HYPERLINK call in an
// OpenFormula expression whose first argument is a string literal, such as
// of:=HYPERLINK("https://reports.ofsted.gov.uk/provider/44/80486";"Ofsted
// Local Authority Webpage"), or "".
func hyperlinkTarget(formula string) string {
	i := strings.Index(strings.ToUpper(formula), "HYPERLINK(")
	if i < 0 {
		return ""
	}
	s := strings.TrimLeft(formula[i+len("HYPERLINK("):], " ")
	if s == "" || s[0] != '"' {
		return ""
	}
	var b strings.Builder
	for j := 1; j < len(s); j++ {
		if s[j] == '"' {
			if j+1 < len(s) && s[j+1] == '"' { // "" is a quote inside a literal
				b.WriteByte('"')
				j++
				continue
			}
			return b.String()
		}
		b.WriteByte(s[j])
	}
	return ""
}

// indexOpen returns the index of the first start tag of a table (open
// followed by white space, '>' or '/') in b, or -1. A match at the very end
// of b, whose next byte is not yet known, is not counted.
func indexOpen(b, open []byte) int {
	off := 0
	for {
		i := bytes.Index(b[off:], open)
		if i < 0 {
			return -1
		}
		k := off + i + len(open)
		if k >= len(b) {
			return -1
		}
		if c := b[k]; isSpace(c) || c == '>' || c == '/' {
			return off + i
		}
		off = k
	}
}
