package inspection

import (
	"errors"
	"strconv"
	"strings"

	"github.com/childrens-services/judgements/internal/enum"
)

// A FindingKind says what a point of an ungraded letter is.
type FindingKind uint8

// The kinds of finding of the 2009-2012 unannounced inspections of contact,
// referral and assessment (Portsmouth, 9 December 2009: "The inspection
// identified one area for priority action and some areas for
// development"), in the order the letters print them.
const (
	// Satisfactory is a point where services were "satisfactorily
	// carrying out their responsibilities in accordance with national
	// guidance", the letters' first list.
	Satisfactory          FindingKind = 1 + iota
	Strength                          // "Strengths"
	AreaForDevelopment                // "Areas for development"
	AreaForPriorityAction             // "Area(s) for priority action", the gravest finding
)

// findingKindText holds the finding kinds' keys and labels.
var findingKindText = enum.New[FindingKind]("inspection", "FindingKind", "no finding kind",
	[]string{"", "satisfactory", "strength", "area-for-development", "area-for-priority-action"},
	[]string{"No finding kind", "Satisfactory practice", "Strength", "Area for development", "Area for priority action"},
	unknown("finding kind"))

// IsValid reports whether k is one of the FindingKind constants.
func (k FindingKind) IsValid() bool { return findingKindText.IsValid(k) }

// String returns k's key: "satisfactory", "strength",
// "area-for-development" or "area-for-priority-action"; "no finding kind"
// for the zero FindingKind.
func (k FindingKind) String() string { return findingKindText.String(k) }

// Label returns k in words, such as "Area for priority action".
func (k FindingKind) Label() string { return findingKindText.Label(k) }

// ParseFindingKind returns the FindingKind whose key is s, ignoring case
// and surrounding white space.
func ParseFindingKind(s string) (FindingKind, error) { return findingKindText.Parse(s) }

// AppendText implements [encoding.TextAppender]: the key, and nothing for
// the zero FindingKind. It fails for an invalid value.
func (k FindingKind) AppendText(b []byte) ([]byte, error) { return findingKindText.AppendText(b, k) }

// MarshalText implements [encoding.TextMarshaler] with
// [FindingKind.AppendText].
func (k FindingKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting what
// [ParseFindingKind] accepts; empty text sets the zero FindingKind.
func (k *FindingKind) UnmarshalText(text []byte) error {
	return findingKindText.UnmarshalText(text, k)
}

// A Reference points into the Department for Education's statutory
// guidance "Children's social care: national framework" (December 2023),
// which ILACS reports cite after each point of "What needs to improve?"
// from 2025: "(Outcome 2, national framework)". The zero Reference means
// none was printed.
type Reference struct {
	Part   Part // outcome, enabler or principle
	Number int  // its number in the national framework, from 1
}

// A Part is a kind of national framework element.
type Part uint8

// The parts of the national framework a reference can cite.
const (
	Outcome   Part = 1 + iota // the four outcomes
	Enabler                   // the three enablers
	Principle                 // the six principles
)

// partText holds the parts' keys and labels.
var partText = enum.New[Part]("inspection", "Part", "no part",
	[]string{"", "outcome", "enabler", "principle"},
	[]string{"No part", "Outcome", "Enabler", "Principle"},
	unknown("national framework part"))

// partSizes are how many of each part the national framework has.
var partSizes = [...]int{Outcome: 4, Enabler: 3, Principle: 6}

// String returns "outcome", "enabler" or "principle"; "no part" for the
// zero Part.
func (p Part) String() string { return partText.String(p) }

// Len returns how many elements of part p the national framework has: 4
// outcomes, 3 enablers, 6 principles.
func (p Part) Len() int {
	if partText.IsValid(p) {
		return partSizes[p]
	}
	return 0
}

// AppendText implements [encoding.TextAppender]: "outcome", "enabler" or
// "principle", and nothing for the zero Part.
func (p Part) AppendText(b []byte) ([]byte, error) { return partText.AppendText(b, p) }

// MarshalText implements [encoding.TextMarshaler] with [Part.AppendText].
func (p Part) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting
// "outcome", "enabler" or "principle" in any case, and empty text for the
// zero Part.
func (p *Part) UnmarshalText(text []byte) error { return partText.UnmarshalText(text, p) }

// outcomeTitles are the four outcomes of the national framework
// (Department for Education, Children's social care: national framework,
// December 2023; as consulted on, February 2023).
var outcomeTitles = [...]string{
	1: "Children, young people and families stay together and get the help they need",
	2: "Children and young people are supported by their family network",
	3: "Children and young people are safe in and outside of their homes",
	4: "Children in care and care leavers have stable, loving homes",
}

// IsValid reports whether r names an element the national framework has:
// outcomes 1-4, enablers 1-3, principles 1-6.
func (r Reference) IsValid() bool {
	return 1 <= r.Number && r.Number <= r.Part.Len()
}

// String returns r as "outcome 2", or "" for the zero Reference.
func (r Reference) String() string {
	if r == (Reference{}) {
		return ""
	}
	return r.Part.String() + " " + strconv.Itoa(r.Number)
}

// Title returns the national framework's wording of an outcome, such as
// "Children in care and care leavers have stable, loving homes" for
// outcome 4, and "" for other references.
func (r Reference) Title() string {
	if r.Part == Outcome && r.IsValid() {
		return outcomeTitles[r.Number]
	}
	return ""
}

// ErrReference is wrapped by the error ParseReference returns.
var ErrReference = errors.New("not a national framework reference")

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// ParseReference reads a reference as reports print it, with or without
// brackets: "(Outcome 2, national framework)", "outcome three: national
// framework", "Enabler 2", "principle 3", and "outcome 2" as
// [Reference.String] writes it. Case is ignored, the number may be a word
// from one to six, and any text after the number ("enabler 2, leaders drive
// conditions for effective practice") is ignored.
func ParseReference(s string) (Reference, error) {
	t := strings.ToLower(strings.Join(strings.Fields(s), " "))
	t = strings.TrimPrefix(t, "(")
	t = strings.TrimSuffix(t, ")")
	var r Reference
	for p := Outcome; p <= Principle; p++ {
		if rest, ok := strings.CutPrefix(t, p.String()+" "); ok {
			r.Part = p
			t = rest
			break
		}
	}
	if r.Part == 0 {
		return Reference{}, &TextError{Type: "reference", Input: s, Err: ErrReference}
	}
	word := t
	if i := strings.IndexAny(t, " ,:;."); i >= 0 {
		word = t[:i]
	}
	if n, err := strconv.Atoi(word); err == nil {
		r.Number = n
	} else {
		r.Number = numberWords[word]
	}
	if !r.IsValid() {
		return Reference{}, &TextError{Type: "reference", Input: s, Err: ErrReference}
	}
	return r, nil
}

// MarshalText implements [encoding.TextMarshaler]: "outcome 2", or empty
// text for the zero Reference.
func (r Reference) MarshalText() ([]byte, error) {
	if r != (Reference{}) && !r.IsValid() {
		return nil, errors.New("inspection: cannot marshal invalid reference " + r.String())
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], accepting what
// ParseReference accepts and empty text for the zero Reference.
func (r *Reference) UnmarshalText(text []byte) error {
	return enum.UnmarshalText(text, r, ParseReference)
}
