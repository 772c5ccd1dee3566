package authority

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/childrens-services/judgements/inspection"
)

// Indexes of the table, built once.
var (
	sorted  []Authority              // every authority, in Compare order
	byGSS   = map[string]Authority{} // every GSS code, current and earlier
	byDfE   = map[string]Authority{}
	byURN   = map[string]Authority{}
	byName  = map[string][]Authority{} // normalised names
	byCanon = map[string][]Authority{} // normalised names without affixes
)

func init() {
	for i := range table {
		a := Authority(i + 1)
		sorted = append(sorted, a)
		e := a.entry()
		byGSS[e.gss] = a
		for _, c := range e.codes {
			byGSS[c.GSS] = a
		}
		byDfE[e.dfe] = a
		if e.urn != "" {
			byURN[e.urn] = a
		}
		for _, n := range a.names() {
			k := normalizeName(n)
			if !slices.Contains(byName[k], a) {
				byName[k] = append(byName[k], a)
			}
			c := canonicalName(k)
			if !slices.Contains(byCanon[c], a) {
				byCanon[c] = append(byCanon[c], a)
			}
		}
	}
	slices.SortFunc(sorted, Authority.compare)
}

// names returns every name form the table gives a.
func (a Authority) names() []string {
	e := a.entry()
	out := []string{e.name}
	if e.ons != "" {
		out = append(out, e.ons)
	}
	return append(out, e.aka...)
}

// findCode returns the authority with GSS code (current or earlier),
// DfE number or URN code, and whether there is one. Case and white space
// around the code do not matter.
func findCode(table map[string]Authority, code string) (Authority, bool) {
	a, ok := table[strings.ToUpper(strings.TrimSpace(code))]
	return a, ok
}

// Errors of [Lookup] and [LookupAt], for errors.Is.
var (
	// ErrUnknown is wrapped by the *LookupError for text that names no
	// authority.
	ErrUnknown = errors.New("no such authority")
	// ErrNotExisting is wrapped by the *LookupError of LookupAt for an
	// authority that did not exist on the day given.
	ErrNotExisting = errors.New("authority did not exist on that day")
)

// A LookupError records a failed [Lookup] or [LookupAt].
type LookupError struct {
	Input   string          // the text looked up
	At      inspection.Date // the day given to LookupAt; zero for Lookup
	Found   Authority       // for ErrNotExisting, the authority named
	Nearest []Authority     // for ErrUnknown, the authorities with the nearest names, nearest first
	Err     error           // ErrUnknown or ErrNotExisting
}

// Error returns a message that quotes the input and says why, such as
// `authority: "Portsmuth": no such authority (nearest: Portsmouth,
// Bournemouth, Dorset)` or `authority: "Cumberland" on 2020-01-01: authority
// did not exist on that day (Cumberland existed from 2023-04-01)`.
func (e *LookupError) Error() string {
	s := "authority: " + strconv.Quote(e.Input)
	if !e.At.IsZero() {
		s += " on " + e.At.String()
	}
	s += ": " + e.Err.Error()
	if len(e.Nearest) > 0 {
		names := make([]string, len(e.Nearest))
		for i, a := range e.Nearest {
			names[i] = a.Name()
		}
		s += " (nearest: " + strings.Join(names, ", ") + ")"
	}
	if e.Found.IsValid() {
		s += " (" + e.Found.Name() + " existed " + lifespan(e.Found) + ")"
	}
	return s
}

// Unwrap returns ErrUnknown or ErrNotExisting.
func (e *LookupError) Unwrap() error { return e.Err }

func lifespan(a Authority) string {
	to, ended := a.To()
	switch from := a.From(); {
	case from.IsZero() && ended:
		return "until " + to.String()
	case ended:
		return "from " + from.String() + " to " + to.String()
	case !from.IsZero():
		return "from " + from.String()
	}
	return "throughout"
}

// Lookup returns the authority s names. It accepts
//
//   - a GSS code, current or earlier: "E06000044", "E08000016";
//   - a DfE number: "851";
//   - an Ofsted URN: "80539";
//   - a name in any common form, ignoring case, punctuation and "&" for
//     "and": Ofsted's ("Kingston upon Hull", "Bristol", "St Helens"), the
//     ONS's ("Kingston upon Hull, City of", "Bristol, City of",
//     "Herefordshire, County of", "St. Helens", "County Durham"), a
//     council's ("Portsmouth City Council", "London Borough of Hammersmith
//     & Fulham", "Royal Borough of Greenwich", "Hull City Council",
//     "Council of the Isles of Scilly"), that of the body running its
//     children's services where a report's title names it ("Bradford
//     Children and Families Trust", "Medway Children's Services"), and
//     short forms in use ("Hull", "BCP", "East Riding").
//
// Where a name has belonged to two authorities (Dorset, the county council
// to March 2019 and the unitary council since), Lookup returns the one
// that exists today; use [LookupAt] for a day in the past, or a form only
// one of them uses ("Dorset County Council"). Text that names no authority
// gives a *[LookupError] wrapping [ErrUnknown] that lists the nearest
// names.
func Lookup(s string) (Authority, error) {
	cands, err := candidates(s)
	if err != nil {
		return 0, err
	}
	best := cands[0]
	for _, a := range cands[1:] {
		if later(a, best) {
			best = a
		}
	}
	return best, nil
}

// later reports whether a existed later than b: current before abolished,
// then the later abolished.
func later(a, b Authority) bool {
	ta, ea := a.To()
	tb, eb := b.To()
	switch {
	case ea != eb:
		return !ea
	case ea:
		return ta.After(tb)
	}
	return a.From().After(b.From())
}

// LookupAt is like [Lookup] but returns the authority that s named on day
// d: for "Dorset" before April 2019, the county council. If the authority
// s names did not exist on d (Cumberland before April 2023), it returns it
// with a *[LookupError] wrapping [ErrNotExisting].
func LookupAt(s string, d inspection.Date) (Authority, error) {
	cands, err := candidates(s)
	if err != nil {
		err.(*LookupError).At = d
		return 0, err
	}
	for _, a := range cands {
		if a.ExistsOn(d) {
			return a, nil
		}
	}
	a, _ := Lookup(s)
	return a, &LookupError{Input: s, At: d, Found: a, Err: ErrNotExisting}
}

// MustLookup is like [Lookup] but panics if s names no authority. It is
// intended for tests, examples and package variables with hard-coded
// names.
func MustLookup(s string) Authority {
	a, err := Lookup(s)
	if err != nil {
		panic(err)
	}
	return a
}

// candidates returns the authorities s may name, or a *LookupError.
func candidates(s string) ([]Authority, error) {
	t := strings.TrimSpace(s)
	if a, ok := findCode(byGSS, t); ok {
		return []Authority{a}, nil
	}
	if isDigits(t) {
		if a, ok := findCode(byDfE, t); ok && len(t) == 3 {
			return []Authority{a}, nil
		}
		if a, ok := findCode(byURN, t); ok {
			return []Authority{a}, nil
		}
	}
	k := normalizeName(t)
	if as, ok := byName[k]; ok {
		return as, nil
	}
	if as, ok := byCanon[canonicalName(k)]; ok && k != "" {
		return as, nil
	}
	return nil, &LookupError{Input: s, Nearest: nearest(k, 3), Err: ErrUnknown}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// normalizeName returns s in lower case, with "&" as "and", "saint" as
// "st", apostrophes dropped, hyphens and other punctuation as spaces, and
// every run of spaces as one.
func normalizeName(s string) string {
	b := make([]byte, 0, len(s)+8)
	word := 0 // start of the current word in b
	space := true
	endWord := func() {
		if string(b[word:]) == "saint" {
			b = append(b[:word], "st"...)
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’':
			continue
		case r == '&':
			endWord()
			if !space {
				b = append(b, ' ')
			}
			b = append(b, "and"...)
			word, space = len(b)-3, false
			endWord()
			b = append(b, ' ')
			word, space = len(b), true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
			if space {
				word = len(b)
			}
			b = utf8.AppendRune(b, r)
			space = false
		default:
			if !space {
				endWord()
				b = append(b, ' ')
				word, space = len(b), true
			}
		}
	}
	endWord()
	return strings.TrimSpace(string(b))
}

// Affixes that council and ONS names put around a place name, in
// normalised form. Longer ones come first.
var (
	nameSuffixes = []string{
		" metropolitan borough council", " metropolitan district council", " borough council",
		" county council", " city council", " district council", " metropolitan council", " council", " corporation",
		" metropolitan borough", " metropolitan district", " borough", " county", " city", " district",
		" city of", " county of", " unitary authority",
		// The bodies that run some authorities' children's services, as
		// the titles of Ofsted's reports name them.
		" children and families trust", " childrens services trust", " childrens trust", " childrens services",
	}
	namePrefixes = []string{
		"london borough of ", "royal borough of ", "metropolitan borough of ", "borough of ",
		"city and county of ", "city of ", "county of ", "county ", "council of the ", "the ",
	}
)

// canonicalName strips council and ONS affixes from a normalised name:
// "portsmouth city council" and "city of portsmouth" become "portsmouth".
// "city of london" is kept whole, lest it become a region's name.
func canonicalName(k string) string {
	for changed := true; changed; {
		changed = false
		for _, s := range nameSuffixes {
			if t, ok := strings.CutSuffix(k, s); ok && t != "" {
				k, changed = t, true
			}
		}
		for _, p := range namePrefixes {
			if t, ok := strings.CutPrefix(k, p); ok && t != "" && !(p == "city of " && t == "london") {
				k, changed = t, true
			}
		}
	}
	return k
}

// nearest returns up to n authorities whose names are nearest to the
// normalised text k by edit distance, nearest first, ties by name.
func nearest(k string, n int) []Authority {
	type scored struct {
		a Authority
		d int
	}
	var all []scored
	c := canonicalName(k)
	for _, a := range sorted {
		best := -1
		for _, name := range a.names() {
			nk := normalizeName(name)
			ds := []int{editDistance(k, nk), editDistance(c, canonicalName(nk))}
			if len(k) >= 3 && (strings.Contains(" "+nk+" ", " "+k+" ") || strings.Contains(" "+k+" ", " "+nk+" ")) {
				ds = append(ds, 1) // one name holds the other whole: "London", "City of London"
			}
			for _, d := range ds {
				if best < 0 || d < best {
					best = d
				}
			}
		}
		all = append(all, scored{a, best})
	}
	slices.SortStableFunc(all, func(x, y scored) int { return x.d - y.d })
	var out []Authority
	for _, s := range all {
		if len(out) == n {
			break
		}
		if !slices.ContainsFunc(out, func(b Authority) bool { return b.Name() == s.a.Name() }) {
			out = append(out, s.a)
		}
	}
	return out
}

// editDistance returns the Levenshtein distance between a and b, in
// bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
