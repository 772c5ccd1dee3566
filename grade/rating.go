package grade

import (
	"github.com/childrens-services/judgements/internal/enum"
)

// A Rating is a result of Ofsted's annual children's services assessment
// of 2009, 2010 and 2011, a scale of its own that runs the other way from
// [Grade]: 4 is the best ("performs excellently") and 1 the worst
// ("performs poorly"). Sources: the Education and Inspections Act 2006
// duty to assess annually, and Ofsted's guidance "Children's services
// assessment for 2011" (April 2011, ref 110008); "performs poorly" is
// Ofsted's own wording (memorandum to the Commons education committee,
// 2010); "performing excellently", "well" and "adequately" are the wording
// of Ofsted's 2009 and 2011 press releases. The numbers follow the annual
// performance assessment it replaced (4 best); no published source prints
// them for the 2009-2011 assessment, so treat them as a convention.
//
// The zero Rating is not a valid rating: no assessment was published (as
// for 5 authorities in 2011).
type Rating uint8

// The ratings, worst first, numbered as the 2009-2011 scale was.
const (
	PerformsPoorly      Rating = 1 + iota // 1: "performs poorly"
	PerformsAdequately                    // 2: "performs adequately"
	PerformsWell                          // 3: "performs well"
	PerformsExcellently                   // 4: "performs excellently"

	numRatings = iota + 1
)

// ratingText holds the ratings' tokens and labels.
var ratingText = enum.New[Rating]("grade", "Rating", "not rated",
	[]string{"", "performs-poorly", "performs-adequately", "performs-well", "performs-excellently"},
	[]string{"Not rated", "Performs poorly", "Performs adequately", "Performs well", "Performs excellently"},
	func(s string) error { return &ParseError{Func: "ParseRating", Input: s, Err: ErrUnknown} })

// IsValid reports whether r is one of the four ratings.
func (r Rating) IsValid() bool { return PerformsPoorly <= r && r < numRatings }

// IsZero reports whether r is the zero Rating.
func (r Rating) IsZero() bool { return r == 0 }

// Score returns the number of r on its own scale: 4 for performs
// excellently down to 1 for performs poorly, and 0 if r is not valid. A
// larger score is better, unlike [Grade.Rank].
func (r Rating) Score() int {
	if r.IsValid() {
		return int(r)
	}
	return 0
}

// Compare compares r and s in the same direction as [Grade.Compare]: it
// returns a negative number if r is better than s, a positive number if r
// is worse, and zero if they are the same. So
// slices.SortFunc(rs, grade.Rating.Compare) sorts the best first. Invalid
// ratings rank after every valid one.
func (r Rating) Compare(s Rating) int { return r.order() - s.order() }

// order is 1 for the best rating to 4 for the worst, and 5 for an invalid
// one.
func (r Rating) order() int {
	if r.IsValid() {
		return 5 - int(r)
	}
	return 5
}

// Better reports whether r is strictly better than s.
func (r Rating) Better(s Rating) bool { return r.Compare(s) < 0 }

// Worse reports whether r is strictly worse than s.
func (r Rating) Worse(s Rating) bool { return r.Compare(s) > 0 }

// String returns r's token: "performs-excellently", "performs-well",
// "performs-adequately" or "performs-poorly"; the zero Rating prints as
// "not rated" and any other invalid value as "%!Rating(N)".
func (r Rating) String() string { return ratingText.String(r) }

// Label returns the wording "Performs excellently", "Performs well",
// "Performs adequately" or "Performs poorly"; "Not rated" for the zero
// Rating; for an invalid Rating its String.
func (r Rating) Label() string { return ratingText.Label(r) }

var ratingSpellings = map[string]Rating{
	"performs poorly":        PerformsPoorly,
	"performing poorly":      PerformsPoorly,
	"poor":                   PerformsPoorly,
	"performs-poorly":        PerformsPoorly,
	"performs adequately":    PerformsAdequately,
	"performing adequately":  PerformsAdequately,
	"performs-adequately":    PerformsAdequately,
	"performs well":          PerformsWell,
	"performing well":        PerformsWell,
	"performs-well":          PerformsWell,
	"performs excellently":   PerformsExcellently,
	"performing excellently": PerformsExcellently,
	"excellent":              PerformsExcellently,
	"performs-excellently":   PerformsExcellently,
	"1":                      PerformsPoorly,
	"2":                      PerformsAdequately,
	"3":                      PerformsWell,
	"4":                      PerformsExcellently,
}

// ParseRating returns the Rating that s spells. Like [Parse] it ignores
// case, runs of white space and surrounding punctuation, and accepts:
//
//	performs excellently, performing excellently, excellent, 4   PerformsExcellently
//	performs well, performing well, 3                            PerformsWell
//	performs adequately, performing adequately, 2                PerformsAdequately
//	performs poorly, performing poorly, poor, 1                  PerformsPoorly
//
// and the tokens [Rating.String] returns. The numbers run the assessment's
// way, 4 best. "Good" and "adequate" are not accepted, because they are
// grades. Any other text returns a *[ParseError] that wraps [ErrEmpty] or
// [ErrUnknown].
func ParseRating(s string) (Rating, error) { return parse("ParseRating", ratingSpellings, s) }

// AppendText implements [encoding.TextAppender]: the token of
// [Rating.String], and nothing for the zero Rating. It fails for an
// invalid value.
func (r Rating) AppendText(b []byte) ([]byte, error) { return ratingText.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler] with [Rating.AppendText].
func (r Rating) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text sets *r
// to the zero Rating; otherwise it accepts what [ParseRating] accepts.
func (r *Rating) UnmarshalText(text []byte) error { return enum.UnmarshalText(text, r, ParseRating) }
