package grade

import (
	"errors"
	"strconv"

	"github.com/childrens-services/judgements/internal/enum"
)

// gradeText holds the grades' tokens (String's output for valid grades,
// and the encoding used by MarshalText and JSON) and labels: the wording of
// Ofsted's judgement tables in ILACS reports and of Ofsted's official
// statistics ("Local authority inspection outcomes", all releases), "Not
// judged" as the City of London's 2016 SIF report prints it ("2.1 Adoption
// performance Not judged"), and "Adequate" as the 2013 looked after
// children reports do ("Grade 3 (Adequate)").
var gradeText = enum.New[Grade]("grade", "Grade", "not judged",
	[]string{"", "outstanding", "good", "requires-improvement", "inadequate", "adequate"},
	[]string{"Not judged", "Outstanding", "Good", "Requires improvement to be good", "Inadequate", "Adequate"},
	func(s string) error { return &ParseError{Func: "Parse", Input: s, Err: ErrUnknown} })

// phrases are the lower-case short forms of headings and prose: "The
// overall judgement is requires improvement" (SIF, 2014), "The
// experiences and progress of care leavers: requires improvement to be
// good" is the ILACS heading form, which [Grade.Label] gives in lower case.
var phrases = [...]string{
	0:                   "not judged",
	Outstanding:         "outstanding",
	Good:                "good",
	RequiresImprovement: "requires improvement",
	Inadequate:          "inadequate",
	Adequate:            "adequate",
}

// String returns g's token: "outstanding", "good",
// "requires-improvement", "inadequate" or "adequate". The zero Grade
// prints as "not judged", and any other invalid value as "%!Grade(N)".
// [Parse] accepts every string String returns.
func (g Grade) String() string { return gradeText.String(g) }

// Label returns the wording of Ofsted's judgement tables and official
// statistics: "Outstanding", "Good", "Requires improvement to be good",
// "Inadequate", and "Adequate" for the legacy grade. The zero Grade's label
// is "Not judged". An invalid value's label is its String.
func (g Grade) Label() string { return gradeText.Label(g) }

// Phrase returns the short lower-case form that SIF headings and report
// prose use: "outstanding", "good", "requires improvement", "inadequate",
// "adequate", and "not judged" for the zero Grade. An invalid value's
// phrase is its String.
func (g Grade) Phrase() string {
	if int(g) < len(phrases) {
		return phrases[g]
	}
	return g.String()
}

// ErrEmpty is wrapped by the *ParseError of a blank input.
var ErrEmpty = errors.New("empty text")

// ErrUnknown is wrapped by the *ParseError of an input that is not one of
// the accepted spellings.
var ErrUnknown = errors.New("not a recognised spelling")

// A ParseError records a failed [Parse] or [ParseRating].
type ParseError struct {
	Func  string // the failing function: "Parse" or "ParseRating"
	Input string // the text given to it
	Err   error  // the reason: [ErrEmpty] or [ErrUnknown]
}

// Error returns a message that names the function and quotes the input,
// for example `grade.Parse("excellent"): not a recognised spelling`.
func (e *ParseError) Error() string {
	return "grade." + e.Func + "(" + strconv.Quote(e.Input) + "): " + e.Err.Error()
}

// Unwrap returns the reason, so that errors.Is(err, ErrUnknown) works.
func (e *ParseError) Unwrap() error { return e.Err }

// maxNormal is the longest normalised spelling Parse or ParseRating
// accepts, with room to spare; longer input is unknown.
const maxNormal = 40

// isBlank reports whether s is empty or all white space (ASCII white space
// and U+00A0 no-break space).
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i++
		default:
			return false
		}
	}
	return true
}

// trimEnds removes white space and punctuation from both ends of s: ASCII
// quotes, brackets and sentence punctuation, and the curly quotes of
// report prose (‘good’, “inadequate”).
func trimEnds(s string) string {
	for len(s) > 0 {
		if n := punctAt(s, 0); n > 0 {
			s = s[n:]
			continue
		}
		break
	}
	for len(s) > 0 {
		if n := punctBefore(s); n > 0 {
			s = s[:len(s)-n]
			continue
		}
		break
	}
	return s
}

// punctAt returns the length of the white space or punctuation that starts
// s[i:], or 0.
func punctAt(s string, i int) int {
	switch c := s[i]; c {
	case ' ', '\t', '\n', '\r', '\f', '\v',
		'.', ',', ';', ':', '!', '?', '\'', '"', '(', ')', '[', ']', '*':
		return 1
	case 0xC2: // U+00A0 no-break space
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	case 0xE2: // U+2018, U+2019, U+201C, U+201D
		if i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x98, 0x99, 0x9C, 0x9D:
				return 3
			}
		}
	}
	return 0
}

// punctBefore returns the length of the white space or punctuation that
// ends s, or 0.
func punctBefore(s string) int {
	for _, n := range [...]int{1, 2, 3} {
		if len(s) >= n && punctAt(s, len(s)-n) == n {
			return n
		}
	}
	return 0
}

// normalize writes s to buf in lower case, with every run of white space
// (ASCII white space and U+00A0 no-break space) made one space and with
// the white space and punctuation at both ends removed (see trimEnds). It
// returns the normalised bytes, and false if they do not fit in buf or s
// holds another byte outside printable ASCII, so that it cannot be an
// accepted spelling.
func normalize(buf *[maxNormal]byte, s string) ([]byte, bool) {
	s = trimEnds(s)
	n := 0
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			space = true
			continue
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i++
			space = true
			continue
		case c < 0x20 || c >= 0x7F:
			return nil, false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			if n == len(buf) {
				return nil, false
			}
			buf[n] = ' '
			n++
			space = false
		}
		if n == len(buf) {
			return nil, false
		}
		buf[n] = c
		n++
	}
	return buf[:n], true
}

// spellings maps every normalised spelling Parse accepts to its Grade.
// Index expressions with a []byte converted to string do not allocate.
var spellings = map[string]Grade{
	"outstanding": Outstanding,
	"1":           Outstanding,

	"good": Good,
	"2":    Good,

	"requires improvement to be good": RequiresImprovement, // ILACS tables; official statistics
	"require improvement to be good":  RequiresImprovement, // SIF headlines from 2015: "services ... require improvement to be good"
	"requires improvement":            RequiresImprovement, // SIF tables and headings
	"require improvement":             RequiresImprovement, // 10 SIF table cells
	"requires-improvement":            RequiresImprovement, // this package's token
	"3":                               RequiresImprovement,

	"inadequate": Inadequate,
	"4":          Inadequate,

	"adequate": Adequate, // SLAC, CPI and the 2013 LAC inspections

	"not judged": 0, // "2.1 Adoption performance Not judged" (City of London, 2016)
}

// Parse returns the Grade that s spells. It accepts the spellings of
// Ofsted's reports and data files, in any mix of upper and lower case, with
// any run of white space (spaces, tabs, line breaks, no-break spaces) where
// one space is written, and with white space, quotes, brackets or
// punctuation such as "." or ":" around it:
//
//	outstanding                                  Outstanding
//	good                                         Good
//	requires improvement to be good              RequiresImprovement
//	require improvement to be good               RequiresImprovement
//	requires improvement                         RequiresImprovement
//	require improvement                          RequiresImprovement
//	requires-improvement                         RequiresImprovement
//	inadequate                                   Inadequate
//	adequate                                     Adequate
//	1, 2, 3, 4                                   Outstanding ... Inadequate
//	not judged                                   the zero Grade, with no error
//
// The numbers are Ofsted's current numbering (1 = outstanding); "3" is
// therefore [RequiresImprovement], never [Adequate]. So "Requires
// improvement to\n be good", "GOOD." and "Requires Improvement" all parse.
// Any other text returns the zero Grade and a *[ParseError] that wraps
// [ErrEmpty] if s is blank and [ErrUnknown] otherwise.
//
// Parse does not allocate unless it returns an error.
func Parse(s string) (Grade, error) { return parse("Parse", spellings, s) }

// parse returns the value of the spelling s in table, for the function
// called fn: s normalised (see normalize), or a *ParseError.
func parse[T ~uint8](fn string, table map[string]T, s string) (T, error) {
	if isBlank(s) {
		return 0, &ParseError{Func: fn, Input: s, Err: ErrEmpty}
	}
	var buf [maxNormal]byte
	if b, ok := normalize(&buf, s); ok {
		if v, found := table[string(b)]; found {
			return v, nil
		}
	}
	return 0, &ParseError{Func: fn, Input: s, Err: ErrUnknown}
}

// MustParse is like [Parse] but panics if s is not a grade. It is intended
// for tests and package-level variables with hard-coded strings.
func MustParse(s string) Grade {
	g, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return g
}

// AppendText implements [encoding.TextAppender]. It appends g's token (see
// [Grade.String]); the zero Grade appends nothing. It returns an error for
// an invalid non-zero value.
func (g Grade) AppendText(b []byte) ([]byte, error) { return gradeText.AppendText(b, g) }

// MarshalText implements [encoding.TextMarshaler]. The encoding is the
// token [Grade.String] returns, with one exception: the zero Grade encodes
// as the empty text. So a Grade works as a JSON value and as a JSON object
// key, and a struct field tagged `json:",omitzero"` is left out when not
// judged.
func (g Grade) MarshalText() ([]byte, error) { return g.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text sets *g to
// the zero Grade; otherwise it accepts the tokens MarshalText writes and
// every other spelling [Parse] accepts, ignoring case.
func (g *Grade) UnmarshalText(text []byte) error { return enum.UnmarshalText(text, g, Parse) }
