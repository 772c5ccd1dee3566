package report

import "errors"

// Kinds of problem that only reading report text finds, for errors.Is.
// Each [*inspection.Error] that [Parse] returns wraps one of them, or one
// of package inspection's: [inspection.ErrReference] for a national
// framework reference that names nothing, [inspection.ErrInvalid] for a
// publication date that cannot be read, and the problems
// [inspection.Validate] finds.
var (
	// ErrPDF is a PDF file given as text: extract its text first, for
	// example with pdftotext -layout report.pdf report.txt.
	ErrPDF = errors.New("input is a PDF, not text")

	// ErrNotReport is text with nothing of an Ofsted report on children's
	// services in it: no title, inspection dates, judgement table or
	// graded heading.
	ErrNotReport = errors.New("not an Ofsted report")

	// ErrNoFramework is a report whose title, judgements and dates do not
	// say which inspection framework it is under.
	ErrNoFramework = errors.New("framework not recognised")

	// ErrNoDates is a report whose inspection dates are missing or cannot
	// be read.
	ErrNoDates = errors.New("inspection dates not found")

	// ErrHeadingGrade is a section heading, or a headline, whose grade
	// disagrees with the judgement table. The table's grade is kept.
	ErrHeadingGrade = errors.New("heading grade disagrees with the judgement table")

	// ErrDuplicate is a judgement table with two rows for one area (the
	// first row's grade is kept), or a paragraph number printed twice
	// (both paragraphs are kept).
	ErrDuplicate = errors.New("given twice")

	// ErrUnreadableCell is a row of a judgement table whose label names no
	// area, or that has no grade, more than one, or one that cannot be
	// read.
	ErrUnreadableCell = errors.New("judgement cell not read")

	// ErrEncoding is text that is not UTF-8: a report saved as UTF-16,
	// which is decoded, or bytes that are not UTF-8 or are control
	// characters, such as NUL, which are read as U+FFFD.
	ErrEncoding = errors.New("text not in UTF-8")

	// ErrLimit is text beyond a limit that no report reaches: a line
	// longer than 64 KiB, a judgement table of more than 12 rows, a
	// paragraph longer than 64 KiB. The problem names the limit; what
	// is beyond it is not read.
	ErrLimit = errors.New("beyond the limits of a report")

	// ErrMissingPart is a report without a part its framework requires
	// (a judgement table, a graded section, what needs to improve), or
	// whose numbered paragraphs skip a number: a report cut short, or
	// text lost.
	ErrMissingPart = errors.New("part of the report missing")
)
