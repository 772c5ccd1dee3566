package ofsted

import (
	"fmt"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted/internal/ods"
	"github.com/childrens-services/judgements/inspection"
)

// A cover is what a file's cover sheet says of its release, as Ofsted
// writes it: the title in the first row, then rows of a label and a value
// ("Published on:", "25 September 2025"; "Period covered:", "Inspections
// as at 31 March 2025, with a report published by 30 June 2025"). The
// 2023 file's cover has a period for each part of the release, the
// first for "local authority children's services inspections".
type cover struct {
	sheet     string
	title     string // the first row's text
	policy    string // "Policy area:", which names the 2023 release
	published string
	period    string // the period covered by the tables of inspections of local authorities
	periodRow int
}

// readRow reads a row of a sheet that may be a cover, before any table.
func (c *cover) readRow(row *ods.Row) {
	var texts []string
	for _, cell := range row.Cells {
		if t := strings.Join(strings.Fields(cell.Text), " "); t != "" {
			texts = append(texts, t)
		}
	}
	if len(texts) == 0 {
		return
	}
	if c.title == "" {
		c.title = texts[0]
	}
	if len(texts) < 2 {
		return
	}
	label, value := strings.ToLower(texts[0]), texts[1]
	switch {
	case label == "published on:":
		c.published = value
	case label == "policy area:":
		c.policy = value
	case strings.HasPrefix(label, "period covered") && c.period == "" &&
		(label == "period covered:" || strings.Contains(label, "local authorit")):
		c.period, c.periodRow = value, row.Number
	}
}

// release returns the release the cover names, and false if it names no
// period covered. The period must give the census day ("as at 31 March
// 2025") and may give the publication cut-off ("published by 30 June
// 2025"); a release the package knows (authority.Releases) is returned as
// the package knows it, with its exceptions.
func (c *cover) release(file string) (authority.Release, *Note, bool) {
	if c.period == "" {
		return authority.Release{}, nil, false
	}
	fail := func(format string, args ...any) (authority.Release, *Note, bool) {
		return authority.Release{}, &Note{Sheet: c.sheet, Row: c.periodRow, Text: fmt.Sprintf(format, args...)}, false
	}
	at, found, err := dateAfter(c.period, "as at ")
	if !found || err != nil {
		return fail("the period covered, %q, gives no census day (\"as at\" a date) that can be read: the release's census is not known", c.period)
	}
	by, _, err := dateAfter(c.period, "published by ")
	if err != nil {
		return fail("the period covered, %q, gives a publication cut-off that cannot be read (%v): the release's census is not known", c.period, err)
	}
	rel := authority.Release{
		Title:  c.title,
		Census: authority.Census{At: at, PublishedBy: by},
		Source: file + ", sheet " + c.sheet + ` ("Period covered")`,
	}
	if strings.Contains(strings.ToLower(c.title), "cover sheet") || rel.Title == "" {
		rel.Title = c.policy
	}
	if d, err := inspection.ParseDate(c.published); err == nil {
		rel.Published = d
	}
	for _, k := range authority.Releases() {
		if k.Census.At == at && k.Census.PublishedBy == by && (rel.Published.IsZero() || k.Published == rel.Published) {
			return k, nil, true
		}
	}
	return rel, nil, true
}

// dateAfter reads the date that follows marker in s, up to a comma or
// the end, ignoring case, and reports whether s holds marker.
func dateAfter(s, marker string) (d inspection.Date, found bool, err error) {
	i := strings.Index(strings.ToLower(s), marker)
	if i < 0 {
		return inspection.Date{}, false, nil
	}
	rest := s[i+len(marker):]
	if j := strings.IndexAny(rest, ",;("); j >= 0 {
		rest = rest[:j]
	}
	d, err = inspection.ParseDate(strings.TrimSpace(rest))
	return d, true, err
}

// An undated is a record that the file's release counts in its "as at"
// table but that a register cannot: it gives no days on site, and was
// published after the census day (Birmingham's and Haringey's
// inspections of February 2023, published in April, in the 2023 file).
type undated struct {
	rec  int // its index in the records read
	note int // the index of the note that says so in File.Notes
}

// noteUndated notes the records the file's release counts that a
// register, dating them by their publication, cannot: those without days
// on site published after the census day and by its cut-off, other than
// the exceptions the release names.
func (l *reader) noteUndated() {
	c := l.file.Release.Census
	if c.At.IsZero() {
		return
	}
	by := c.PublishedBy
	if by.IsZero() {
		by = c.At
	}
	for i := range l.records {
		in := &l.records[i]
		if !in.Start.IsZero() || !in.End.IsZero() || len(in.Judgements) == 0 || !in.Published.After(c.At) || in.Published.After(by) || late(c, in) {
			continue
		}
		src := in.Sources[0]
		l.file.Notes = append(l.file.Notes, Note{Sheet: src.Sheet, Row: src.Row, Text: fmt.Sprintf(
			"%s's inspection published %s gives no first day on site: the release's table as at %s counts it if it started by then, "+
				"but a register dates it by its publication and does not; a file that gives its days on site, such as a later release, dates it",
			in.Authority.Name, in.Published, c.At)})
		l.undated = append(l.undated, undated{rec: i, note: len(l.file.Notes) - 1})
	}
}

// late reports whether census c names in's report among those counted
// though published late.
func late(c authority.Census, in *inspection.Inspection) bool {
	for _, x := range c.Late {
		if x.Authority.GSS() == in.Authority.GSS && x.Published == in.Published {
			return true
		}
	}
	return false
}
