package authority

import (
	"errors"
	"math"
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
	Nearest []Authority     // for ErrUnknown, the authorities with the nearest names, nearest first; none for empty or overlong input
	Err     error           // ErrUnknown or ErrNotExisting
}

// Error returns a message that quotes the input and says why, such as
// `authority: "Portsmuth": no such authority (nearest: Portsmouth,
// Bournemouth, Dorset)` or `authority: "Cumberland" on 2020-01-01: authority
// did not exist on that day (Cumberland existed from 2023-04-01)`.
func (e *LookupError) Error() string {
	s := "authority: " + quoteShort(e.Input)
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

// quoteShort quotes s, or, if it is longer than any name could be, its
// first 64 bytes and its length: `"Portsmouth Portsmouth ..."... (4000000 bytes)`.
func quoteShort(s string) string {
	const most = 64
	if len(s) <= most {
		return strconv.Quote(s)
	}
	cut := most
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "... (" + strconv.Itoa(len(s)) + " bytes)"
}

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
//     & Fulham", "Royal Borough of Greenwich", "Hull City Council"), and
//     short forms in use ("Hull", "BCP").
//
// Where a name has belonged to two authorities (Dorset, the county council
// to March 2019 and the unitary council since), Lookup returns the one
// that exists today; use [LookupAt] for a day in the past, or a form only
// one of them uses ("Dorset County Council"). Text that names no authority
// gives a *[LookupError] wrapping [ErrUnknown] that lists the nearest
// names, if the text is no longer than a name with its council's words
// might be (some hundred bytes).
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

// candidates returns the authorities s may name, or a *LookupError that
// lists the nearest names.
func candidates(s string) ([]Authority, error) { return find(s, true) }

// find returns the authorities s may name, or a *LookupError, listing
// the nearest names if suggest is true.
func find(s string, suggest bool) ([]Authority, error) {
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
	e := &LookupError{Input: s, Err: ErrUnknown}
	if suggest {
		e.Nearest = nearest(k, 3)
	}
	return nil, e
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
		" county council", " city council", " district council", " council", " corporation",
		" metropolitan borough", " metropolitan district", " borough", " county", " city",
		" city of", " county of",
	}
	namePrefixes = []string{
		"london borough of ", "royal borough of ", "metropolitan borough of ", "borough of ",
		"city and county of ", "city of ", "county of ", "county ", "the ",
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

// A nameKey is a name form of an authority, as nearest compares it with
// text that names none.
type nameKey struct {
	a      Authority
	key    string // normalised
	canon  string // normalised, without affixes (canonicalName)
	spaced string // " " + key + " ", to find it whole in other text
}

// nameKeys are every authority's name forms, in the order of sorted;
// maxSuggest is the longest text nearest compares with them.
var (
	nameKeys   []nameKey
	maxSuggest int
)

func init() {
	longest := 0
	for _, a := range sorted {
		for _, n := range a.names() {
			k := normalizeName(n)
			nameKeys = append(nameKeys, nameKey{a, k, canonicalName(k), " " + k + " "})
			longest = max(longest, len(k))
		}
	}
	// Three times the longest name (34 bytes, normalised) holds any
	// misspelling of a name with its council's affixes and more
	// ("Royal Borough of Kingston upon Thames Children's Services").
	maxSuggest = 3 * longest
}

// nearest returns up to n authorities whose names are nearest to the
// normalised text k by edit distance, nearest first, ties in the order of
// sorted, one authority of each name. Empty text has no suggestions, and
// nor has text longer than maxSuggest, which is absurd as a name.
//
// The search is exact but pruned: once n authorities are found, a name
// is measured only as far as it could still beat the n-th, which the
// difference in lengths alone often rules out.
func nearest(k string, n int) []Authority {
	if k == "" || len(k) > maxSuggest || n <= 0 {
		return nil
	}
	type scored struct {
		a Authority
		d int
	}
	top := make([]scored, 0, n+1) // nearest first, one of each name
	c := canonicalName(k)
	spaced := " " + k + " "
	var rows editRows
	for i := 0; i < len(nameKeys); {
		a := nameKeys[i].a
		// Only a distance below limit can enter top.
		limit := math.MaxInt
		if len(top) == n {
			limit = top[n-1].d
		}
		best := limit
		for ; i < len(nameKeys) && nameKeys[i].a == a; i++ {
			nk := &nameKeys[i]
			if best > 1 && len(k) >= 3 && (strings.Contains(nk.spaced, spaced) || strings.Contains(spaced, nk.spaced)) {
				best = 1 // one name holds the other whole: "London", "City of London"
			}
			best = min(best, rows.distance(k, nk.key, best), rows.distance(c, nk.canon, best))
		}
		if best >= limit {
			continue
		}
		// Keep the nearer of two authorities of one name (Dorset).
		if j := slices.IndexFunc(top, func(s scored) bool { return s.a.Name() == a.Name() }); j >= 0 {
			if top[j].d <= best {
				continue
			}
			top = slices.Delete(top, j, j+1)
		}
		at := len(top)
		for at > 0 && top[at-1].d > best {
			at--
		}
		top = slices.Insert(top, at, scored{a, best})
		top = top[:min(len(top), n)]
	}
	out := make([]Authority, len(top))
	for i, s := range top {
		out[i] = s.a
	}
	return out
}

// editRows holds the two rows of the table editRows.distance fills, kept
// between calls.
type editRows struct{ prev, cur []int }

// distance returns the Levenshtein distance between a and b, in bytes, if
// it is below limit, and otherwise limit or more: it stops as soon as
// the distance cannot be below limit.
func (e *editRows) distance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	if cap(e.prev) < len(b)+1 {
		e.prev, e.cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	prev, cur := e.prev[:len(b)+1], e.cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low >= limit {
			return limit // every path through this row already costs limit
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
