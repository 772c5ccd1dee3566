package ofsted

import (
	"errors"
	"fmt"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted/internal/ods"
	"github.com/childrens-services/judgements/inspection"
)

// A rowAuthority is what a row says of its authority, with the columns.
type rowAuthority struct {
	name, gss, link, status, region                string
	nameCol, gssCol, linkCol, statusCol, regionCol int
}

// resolve returns the authority the row names, as on day d (the first
// date the row gives), or the column at fault and why: a name or code
// the package does not know, or a code and name of different authorities.
func (w *rowAuthority) resolve(d inspection.Date) (authority.Authority, int, error) {
	if w.gss == "" {
		a, err := authority.LookupAt(w.name, d)
		if errors.Is(err, authority.ErrNotExisting) {
			return a, 0, nil // reported with the inspection's dates
		}
		return a, w.nameCol, err
	}
	a, err := authority.Lookup(w.gss)
	if err != nil {
		return 0, w.gssCol, err
	}
	if w.name != "" {
		b, err := authority.Lookup(w.name)
		if err != nil {
			return 0, w.gssCol, fmt.Errorf("code %s is %s, but the name does not name it: %w", w.gss, a.Name(), err)
		}
		if b.Name() != a.Name() { // "Dorset" names either Dorset
			return 0, w.gssCol, fmt.Errorf("code %s is %s, not %q", w.gss, a.Name(), w.name)
		}
	}
	return a, 0, nil
}

// note records what a row says of its authority that the register of
// authorities says otherwise: its region, whether it still exists, and
// the authority its web link leads to.
func (l *reader) note(row *ods.Row, a authority.Authority, w *rowAuthority) {
	add := func(col int, format string, args ...any) {
		l.file.Notes = append(l.file.Notes, Note{Sheet: row.Sheet, Row: row.Number, Col: col, Text: fmt.Sprintf(format, args...)})
	}
	if w.region != "" {
		r, err := authority.ParseRegion(w.region)
		want := a.Region().Ofsted()
		if r != r.Ofsted() {
			want = a.Region() // an ONS region that Ofsted joins with another
		}
		switch {
		case err != nil:
			add(w.regionCol, "region %q is not one the package knows", w.region)
		case r != want:
			add(w.regionCol, "%s is in %s, not %s", a.Name(), want.Label(), w.region)
		}
	}
	if w.status != "" {
		current := strings.EqualFold(w.status, "current")
		gone := strings.EqualFold(w.status, "no longer exists")
		_, ended := a.To()
		if !current && !gone || current == ended {
			add(w.statusCol, "%s has status %q; the register has it existing %s", a.Name(), w.status, lifespan(a))
		}
	}
	const provider = "/provider/44/"
	i := strings.Index(w.link, provider)
	if i < 0 {
		return // no link, or an older address by name, such as /local-authorities/barnet
	}
	code := w.link[i+len(provider):]
	if j := strings.IndexAny(code, "/?#"); j >= 0 {
		code = code[:j]
	}
	if code == a.URN() || code == a.DfE() {
		return
	}
	what := "no authority the register knows"
	if other, err := authority.Lookup(code); err == nil {
		what = other.Name() + "'s page"
	}
	add(w.linkCol, "the web link of %s (%s) leads to %s", a.Name(), w.link, what)
}

// lifespan says when an authority existed: "throughout", "from
// 2023-04-01", "until 2019-03-31".
func lifespan(a authority.Authority) string {
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
