package authority

import (
	"cmp"
	"errors"
	"iter"
	"strconv"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/enum"
)

// An Authority is an English local authority responsible for children's
// social care: one of the 152 of April 2009 or the 153 of today, or one
// abolished or created by a reorganisation since (see [Reorganisations]).
// The package knows each one: its names, codes, region and dates (see
// [All] and [Lookup]).
//
// An Authority is a small comparable value that can be a map key. Its text
// form is its GSS code. The zero Authority is not an authority.
type Authority uint16

// An entry is one row of the table of authorities.
type entry struct {
	name   string          // Ofsted's name, "and" for "&"
	ons    string          // ONS's name, if not the same
	gss    string          // the GSS code in use today (or when abolished)
	dfe    string          // DfE's three-digit number
	urn    string          // Ofsted's unique reference number, if known
	region Region          // the ONS region
	from   inspection.Date // first day, for an authority created since April 2009
	to     inspection.Date // last day, for an authority abolished since
	codes  []Code          // earlier GSS codes
	aka    []string        // other names in use, not reached by normalisation
	next   []string        // successors' GSS codes, for an abolished authority
}

// A Code is a GSS code an authority has had, and when.
type Code struct {
	GSS  string          // the code, such as "E08000016"
	From inspection.Date // first day in use; zero if in use before April 2009
	To   inspection.Date // last day in use; zero if still in use
	Note string          // why it changed
}

// A Reorganisation is a structural change that abolished children's
// services authorities and created others in their place.
type Reorganisation struct {
	Date  inspection.Date // the day the new authorities took over, always a 1 April
	From  []Authority     // the authorities abolished the day before
	To    []Authority     // the authorities created
	Order string          // the statutory instrument that made the change
}

const numAuthorities = len(table)

// entry returns a's row of the table, or an empty row for an invalid
// Authority, whose fields are all zero.
func (a Authority) entry() *entry {
	if !a.IsValid() {
		return &entry{}
	}
	return &table[a-1]
}

// IsValid reports whether a is one of the authorities the package knows.
func (a Authority) IsValid() bool { return 0 < a && int(a) <= numAuthorities }

// Name returns the authority's name as Ofsted's official statistics write
// it, with "and" for "&": "Bournemouth, Christchurch and Poole",
// "Kingston upon Hull", "Bristol". It returns "" for an invalid Authority.
func (a Authority) Name() string { return a.entry().name }

// GSS returns the authority's GSS code: the code in use today, or, for an
// abolished authority, the code it had when it was abolished. Earlier
// codes are in [Authority.Codes]. Since April 2025 the ONS codes for
// Barnsley and Sheffield (E08000038, E08000039) differ from those DfE and
// Ofsted's statistics still use (E08000016, E08000019); GSS returns the
// ONS code and [Lookup] accepts both.
func (a Authority) GSS() string { return a.entry().gss }

// DfE returns the Department for Education's three-digit number for the
// authority, such as "851" for Portsmouth.
func (a Authority) DfE() string { return a.entry().dfe }

// URN returns Ofsted's unique reference number for the authority, such as
// "80539" for Portsmouth, or "" where Ofsted's published data gives none.
func (a Authority) URN() string { return a.entry().urn }

// Region returns the ONS region of the authority.
func (a Authority) Region() Region { return a.entry().region }

// From returns the first day the authority existed if it was created after
// 1 April 2009, and the zero Date if it already existed then.
func (a Authority) From() inspection.Date { return a.entry().from }

// To returns the last day the authority existed, and false if it still
// exists.
func (a Authority) To() (inspection.Date, bool) {
	to := a.entry().to
	return to, !to.IsZero()
}

// ExistsOn reports whether the authority existed on day d.
func (a Authority) ExistsOn(d inspection.Date) bool {
	if !a.IsValid() || d.Before(a.entry().from) {
		return false
	}
	to, ended := a.To()
	return !ended || !d.After(to)
}

// Codes returns every GSS code the authority has had since April 2009,
// oldest first, the last being [Authority.GSS].
func (a Authority) Codes() []Code {
	if !a.IsValid() {
		return nil
	}
	e := a.entry()
	out := make([]Code, 0, len(e.codes)+1)
	from := e.from
	for _, c := range e.codes {
		c.From = from
		out = append(out, c)
		from = c.To.AddDays(1)
	}
	return append(out, Code{GSS: e.gss, From: from, To: e.to})
}

// Successors returns the authorities that took over from an abolished
// authority, and nil for one that still exists. Dorset County Council's
// successors are Dorset Council and Bournemouth, Christchurch and Poole,
// which took Christchurch from the county.
func (a Authority) Successors() []Authority {
	var out []Authority
	for _, g := range a.entry().next {
		out = append(out, byGSS[g])
	}
	return out
}

// Predecessors returns the authorities a took over from, and nil for an
// authority that existed in April 2009.
func (a Authority) Predecessors() []Authority {
	var out []Authority
	for b := range All() {
		for _, s := range b.Successors() {
			if s == a {
				out = append(out, b)
			}
		}
	}
	return out
}

// String returns the authority's name; "no authority" for the zero
// Authority; or "%!Authority(N)" for a value that is neither.
func (a Authority) String() string {
	switch {
	case a.IsValid():
		return a.entry().name
	case a == 0:
		return "no authority"
	}
	return "%!Authority(" + strconv.Itoa(int(a)) + ")"
}

// compare orders authorities by name, then by GSS code (so the Dorset
// county council of 2009-2019, E10000009, comes after the Dorset Council
// of 2019, E06000059): negative if a comes first.
func (a Authority) compare(b Authority) int {
	return cmp.Or(cmp.Compare(a.Name(), b.Name()), cmp.Compare(a.GSS(), b.GSS()))
}

// AppendText implements [encoding.TextAppender]: the GSS code, and
// nothing for the zero Authority. It fails for an invalid value.
func (a Authority) AppendText(b []byte) ([]byte, error) {
	switch {
	case a == 0:
		return b, nil
	case a.IsValid():
		return append(b, a.GSS()...), nil
	}
	return b, errors.New("authority: cannot encode invalid " + a.String())
}

// MarshalText implements [encoding.TextMarshaler] with
// [Authority.AppendText].
func (a Authority) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [Lookup] accepts, and sets the zero Authority for empty text.
func (a *Authority) UnmarshalText(text []byte) error { return enum.UnmarshalText(text, a, Lookup) }

// All returns every authority the package knows, current and abolished,
// by name, then by GSS code (so the Dorset county council of 2009-2019,
// E10000009, comes after the Dorset Council of 2019, E06000059). 152 of
// them existed from April 2009 to March 2023, and 153 since (see
// [Authority.ExistsOn]).
func All() iter.Seq[Authority] {
	return func(yield func(Authority) bool) {
		for _, a := range sorted {
			if !yield(a) {
				return
			}
		}
	}
}

// Reorganisations returns the structural changes since April 2009 that
// abolished and created children's services authorities, oldest first:
// Bournemouth, Poole and Dorset into Bournemouth, Christchurch and Poole
// and Dorset (1 April 2019); Northamptonshire into North and West
// Northamptonshire (1 April 2021); Cumbria into Cumberland and
// Westmorland and Furness (1 April 2023).
func Reorganisations() []Reorganisation {
	var out []Reorganisation
	for _, r := range reorganisations {
		v := Reorganisation{Date: r.date, Order: r.order}
		for _, g := range r.from {
			v.From = append(v.From, byGSS[g])
		}
		for _, g := range r.to {
			v.To = append(v.To, byGSS[g])
		}
		out = append(out, v)
	}
	return out
}
