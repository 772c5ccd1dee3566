// Package ods reads the sheets of an OpenDocument spreadsheet (an .ods
// file, ISO/IEC 26300, "Open Document Format for Office Applications
// (OpenDocument) v1.3", part 3 §9) as rows of text cells, streaming.
//
// It is the small reader package ofsted needs for Ofsted's published
// statistics, not a general spreadsheet library: it gives each cell's text,
// hyperlink, value type and value, and nothing of styles, formulas (beyond
// the target of a HYPERLINK formula), merged areas or charts.
//
// # Streaming
//
// The package opens the zip archive with archive/zip, checks the mimetype
// member, and inflates content.xml once, scanning it as it arrives with a
// hand-written byte scanner: nothing is kept but the current row. A
// [Reader] walks sheets in document order ([Reader.NextSheet]) and the
// rows of the current sheet ([Reader.NextRow]); a sheet whose rows are not
// wanted, or not all wanted, is skipped by searching for its end tag,
// without parsing it.
//
// The root element's namespace declarations are read with encoding/xml, so
// that element names are matched by namespace rather than by a fixed
// prefix. Declarations made below the root are not followed.
//
// # Repeats
//
// OpenDocument compresses runs of equal cells and rows with
// table:number-columns-repeated and table:number-rows-repeated. The reader
// expands repeated cells that hold something, drops empty cells at the end
// of a row, and skips runs of empty rows (while counting them, so that
// [Row.Number] is the row number a spreadsheet program shows).
//
// # Hostile files
//
// A file is refused, not obeyed, when it would take unbounded time or
// memory: content.xml may inflate to at most [Options.MaxContent] bytes, a
// single tag or run of text may be at most [Options.MaxToken] bytes, a row
// may hold content in at most [Options.MaxColumns] columns, tables may
// nest in a cell at most [MaxDepth] deep, and the reader produces at most
// [Options.MaxCells] cells and [Options.MaxText] bytes of text in all,
// counting repeats, so that a short file of repeated cells cannot ask
// its user for unbounded work. Document type declarations are refused,
// so entity expansion cannot happen. A content.xml that ends before its
// root element does is cut short, and an error, wherever it ends. Within
// these bounds the reader's time and memory are linear in its input.
// Every error is an [*Error] giving the sheet, row and
// column (or the byte offset in content.xml) and wrapping one of
// [ErrFormat], [ErrLimit] or an I/O error.
package ods
