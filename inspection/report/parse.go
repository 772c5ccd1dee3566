package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/childrens-services/judgements/inspection"
)

// Parse reads the text of an Ofsted report on a local authority's
// children's services and returns the inspection it records, with every
// problem it met.
//
// The text may come from pdftotext -layout, from plain pdftotext, or be
// copied out of a PDF viewer. The package documentation says which
// reports Parse reads and what it reads from each.
//
// The returned Inspection is never nil: it holds what was read even when
// there are problems. Its Sources are left empty, for the caller, who
// knows which file the text came from, to fill in. The error is nil or an
// [inspection.ErrorList] of [*inspection.Error], sorted by position. Each
// problem wraps a sentinel for errors.Is and carries the line and column
// of the text it is about, or the zero Position when it is about the whole
// report:
//
//   - [ErrPDF]: the input is a PDF file, not text (nothing else is read);
//   - [ErrNotReport]: nothing in the text is part of an Ofsted report;
//   - [ErrNoFramework]: neither the title, the judgements nor the dates
//     say which framework the report is under;
//   - [ErrNoDates]: the inspection dates are missing or cannot be read;
//   - [ErrUnreadableCell]: a row of the judgement table whose label or
//     grade cannot be read;
//   - [ErrDuplicate]: an area graded twice in the table, or a paragraph
//     number printed twice;
//   - [ErrHeadingGrade]: a section heading (or the SIF headline) whose
//     grade disagrees with the judgement table; the table's grade is
//     kept;
//   - [inspection.ErrReference]: a national framework reference that
//     names no outcome, enabler or principle;
//   - [inspection.ErrInvalid]: a publication date that cannot be read;
//   - [authority.ErrUnknown], [authority.ErrNotExisting]: an authority
//     that the register of package authority does not know, or that did
//     not exist on the first day of the inspection (its codes are then
//     left empty);
//   - [ErrMissingPart]: a part the framework requires that the text
//     lacks, at the end of the text, or paragraph numbers that skip;
//   - [ErrEncoding]: text saved as UTF-16, which is decoded, or bytes that
//     are not text, which are read as U+FFFD;
//   - [ErrLimit]: text beyond a limit no report reaches, which is not
//     read;
//   - and every problem [inspection.Validate] finds in what was read, such
//     as [inspection.ErrMissingJudgement] for a table row missing for an
//     area the framework requires, placed at the table (or the report's
//     title, dates or headline) it concerns.
//
// Parse never fills a missing judgement from elsewhere in the text: a
// disagreement or a gap is reported, not resolved. The consistency of the
// judgements with one another is not a problem of the text:
// [inspection.CheckConsistency] reports it.
func Parse(text string) (*inspection.Inspection, error) {
	if isPDF(text) {
		return new(inspection.Inspection), inspection.ErrorList{{
			Pos: inspection.Position{Line: 1, Column: 1},
			Err: ErrPDF,
			Msg: "extract the text first, for example with: pdftotext -layout report.pdf report.txt",
		}}
	}
	text, encoding := decodeText(text)
	lines, long := splitLines(text)
	lines = markFurniture(lines)
	f := readFront(lines)
	b := readBody(lines, f.doc, f.bodyStart, f.grades, copiedText(text))
	in, errs := assemble(lines, f, b)
	errs = slices.Concat(encoding, long, errs)
	slices.SortStableFunc(errs, func(a, b *inspection.Error) int {
		return cmp.Or(cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Column, b.Pos.Column))
	})
	return in, errs.Err()
}

// isPDF reports whether text is the bytes of a PDF file, which start with
// "%PDF-" (ISO 32000-1, 7.5.2), perhaps after a byte order mark or white
// space.
func isPDF(text string) bool {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.TrimLeft(text, " \t\r\n")
	return strings.HasPrefix(text, "%PDF")
}
