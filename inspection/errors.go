package inspection

import (
	"errors"
	"fmt"
	"strconv"
)

// A Position is a place in report text: a line and a column, both from 1.
// The column counts bytes. The zero Position is not valid and means "no
// place", as for a problem with an Inspection that was not read from text.
type Position struct {
	Line   int // line number, from 1
	Column int // column number, from 1 (bytes)
}

// IsValid reports whether p is a place (its line is at least 1).
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns "line:column", "line" when the column is not known, or
// "-" for an invalid Position.
func (p Position) String() string {
	switch {
	case !p.IsValid():
		return "-"
	case p.Column > 0:
		return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
	}
	return strconv.Itoa(p.Line)
}

// ErrUnknown is wrapped by the *[TextError] of text that names no value of
// the type being read: no framework, area, kind, finding kind, severity or
// national framework part.
var ErrUnknown = errors.New("unknown value")

// A TextError records a failure to read the text form of one of this
// package's values.
type TextError struct {
	Type  string // what was being read: "area", "framework", "kind", ...
	Input string // the text
	Err   error  // the reason: [ErrUnknown], [ErrReference] or [ErrDate]
}

// Error returns a message such as
// `inspection: parsing area "leaders": unknown value`.
func (e *TextError) Error() string {
	return "inspection: parsing " + e.Type + " " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the reason.
func (e *TextError) Unwrap() error { return e.Err }

// unknown returns the function that makes the error of text naming no
// value of a type.
func unknown(typ string) func(string) error {
	return func(s string) error { return &TextError{Type: typ, Input: s, Err: ErrUnknown} }
}

// Kinds of problem with an Inspection, for errors.Is. Each [Error] that
// [Validate] returns wraps one. (Package report has the kinds of problem
// that only reading report text finds.)
var (
	ErrMissingJudgement    = errors.New("missing judgement")
	ErrUnexpectedJudgement = errors.New("judgement not made under this framework")
	ErrOffScale            = errors.New("grade not on the framework's scale")
	ErrKind                = errors.New("kind not used by this framework")
	ErrDateOrder           = errors.New("dates out of order")
	ErrOutsidePeriod       = errors.New("date outside the framework's period")
	ErrInvalid             = errors.New("invalid value")
)

// An Error is one problem with an inspection or its report text: what it
// is (Err, for errors.Is), where it is (Pos in the text, Field in the
// Inspection), and a message.
type Error struct {
	Pos   Position // where in the report text, if read from text
	Field string   // the Inspection field, as its JSON path: "judgements.care-leavers", "start"
	Err   error    // the kind of problem: ErrMissingJudgement, ...
	Msg   string   // what is wrong, in words
}

// Error returns "pos: field: msg", leaving out what is not known, for
// example "12:1: judgements.care-leavers: missing judgement: the framework
// requires a grade for care leavers".
func (e *Error) Error() string {
	var s string
	if e.Pos.IsValid() {
		s = e.Pos.String() + ": "
	}
	if e.Field != "" {
		s += e.Field + ": "
	}
	if e.Err != nil {
		s += e.Err.Error()
		if e.Msg != "" {
			s += ": "
		}
	}
	return s + e.Msg
}

// Unwrap returns the kind of problem.
func (e *Error) Unwrap() error { return e.Err }

// An ErrorList is a list of problems, in the order found. The zero value
// is an empty list ready to use.
type ErrorList []*Error

// Add appends a problem to the list.
func (l *ErrorList) Add(pos Position, field string, kind error, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Field: field, Err: kind, Msg: fmt.Sprintf(format, args...)})
}

// Error returns the first problem's message, with a count of the rest:
// "12:1: ... (and 2 more problems)".
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no problems"
	case 1:
		return l[0].Error()
	case 2:
		return l[0].Error() + " (and 1 more problem)"
	}
	return fmt.Sprintf("%s (and %d more problems)", l[0], len(l)-1)
}

// Unwrap returns the problems, so that errors.Is(list, ErrMissingJudgement)
// reports whether any of them is a missing judgement.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Err returns the list as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
