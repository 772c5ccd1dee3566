package ofsted

import (
	"errors"
	"fmt"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted/internal/ods"
	"github.com/childrens-services/judgements/inspection"
)

// A rowAuthority is what a row says of its authority: its name, GSS
// code, web link, status and region, by field, with their columns.
type rowAuthority [fGrade]authorityCell

// An authorityCell is a cell of a row's authority, and its column.
type authorityCell struct {
	text string
	col  int
}

// resolve returns the authority the row names, as on day d (the first
// date the row gives), or the column at fault and why: a name or code
// the package does not know, or a code and name of different authorities.
func (w *rowAuthority) resolve(d inspection.Date) (authority.Authority, int, error) {
	name, gss := w[fName], w[fGSS]
	if gss.text == "" {
		a, err := authority.LookupAt(name.text, d)
		if errors.Is(err, authority.ErrNotExisting) {
			return a, 0, nil // reported with the inspection's dates
		}
		return a, name.col, err
	}
	a, err := authority.Lookup(gss.text)
	if err != nil {
		return 0, gss.col, err
	}
	if name.text != "" {
		b, err := authority.Lookup(name.text)
		if err != nil {
			return 0, gss.col, fmt.Errorf("code %s is %s, but the name does not name it: %w", gss.text, a.Name(), err)
		}
		if b.Name() != a.Name() { // "Dorset" names either Dorset
			return 0, gss.col, fmt.Errorf("code %s is %s, not %q", gss.text, a.Name(), name.text)
		}
	}
	return a, 0, nil
}

// note records what a row says of its authority that the register of
// authorities says otherwise: its region, whether it still exists, and
// the authority its web link leads to.
func (l *reader) note(row *ods.Row, a authority.Authority, w rowAuthority) {
	add := func(col int, format string, args ...any) {
		l.file.Notes = append(l.file.Notes, Note{Sheet: row.Sheet, Row: row.Number, Col: col, Text: fmt.Sprintf(format, args...)})
	}
	if region := w[fRegion]; region.text != "" {
		r, err := authority.ParseRegion(region.text)
		want := a.Region().Ofsted()
		if r != r.Ofsted() {
			want = a.Region() // an ONS region that Ofsted joins with another
		}
		switch {
		case err != nil:
			add(region.col, "region %q is not one the package knows", region.text)
		case r != want:
			add(region.col, "%s is in %s, not %s", a.Name(), want.Label(), region.text)
		}
	}
	if status := w[fStatus]; status.text != "" {
		current := strings.EqualFold(status.text, "current")
		gone := strings.EqualFold(status.text, "no longer exists")
		to, ended := a.To()
		switch {
		case gone == ended && (current || gone):
		case ended:
			add(status.col, "%s has status %q; the register has it abolished after %s", a.Name(), status.text, to)
		default:
			add(status.col, "%s has status %q; the register has it still existing", a.Name(), status.text)
		}
	}
	link := w[fLink]
	const provider = "/provider/44/"
	i := strings.Index(link.text, provider)
	if i < 0 {
		return // no link, or an older address by name, such as /local-authorities/barnet
	}
	code := link.text[i+len(provider):]
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
	add(link.col, "the web link of %s (%s) leads to %s", a.Name(), link.text, what)
}
