package ofsted

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/childrens-services/judgements/authority/ofsted/internal/ods"
	"github.com/childrens-services/judgements/inspection"
)

// A field is what a column holds.
type field uint8

const (
	fUnused    field = iota
	fLink            // the authority's page on Ofsted's site
	fGSS             // the authority's GSS code
	fName            // the authority's name
	fStatus          // "Current" or "No longer exists"
	fRegion          // the authority's region
	fStart           // the first day on site
	fPublished       // the publication date
	fKind            // the inspection type
	fTheme           // a visit's theme
	fGrade           // a judgement: see column.area
)

// A group is the inspection that a column of a wide table (one authority
// a row) belongs to: its framework and kind, when the headers say them.
// Ofsted's sheet LA_inspections_2009-2023 names each group in its
// headers: "SLAC", "SLAC re-inspection of Safeguarding", "CPI", "CPRI",
// "TLAC", "First SIF", "SIF Re-inspection", "First ILACS framework",
// "Second ILACS framework". An ILACS group's framework follows from its
// dates, and its kind from its inspection type column.
type group struct {
	name      string               // a name for the group, the same for all its columns
	framework inspection.Framework // zero for ILACS, and for a table of one inspection a row
	kind      inspection.Kind      // zero where a column gives it
}

// groups are the groups of LA_inspections_2009-2023, each with the words
// that mark its headers, tried in order. The SLAC re-inspections of
// safeguarding and of looked after children services have a column of
// publication dates each: they are two groups.
var groups = []struct {
	marks []string // any of these in a normalised header
	group group
}{
	{[]string{"slac re-inspection of services"}, group{"slac-re-looked-after", inspection.SLAC2009, inspection.Reinspection}},
	{[]string{"slac re-inspection"}, group{"slac-re-safeguarding", inspection.SLAC2009, inspection.Reinspection}},
	{[]string{"slac", "safeguarding and looked after children"}, group{"slac", inspection.SLAC2009, inspection.FullInspection}},
	{[]string{"cpri", "child protection re-inspection"}, group{"cpri", inspection.CPI2012, inspection.Reinspection}},
	{[]string{"cpi", "child protection inspection"}, group{"cpi", inspection.CPI2012, inspection.FullInspection}},
	{[]string{"tlac", "targeted looked after children"}, group{"tlac", inspection.TLAC2013, inspection.FullInspection}},
	{[]string{"sif re-inspection"}, group{"sif-re", inspection.SIF2013, inspection.Reinspection}},
	{[]string{"first sif", "lscb"}, group{"sif", inspection.SIF2013, inspection.FullInspection}},
}

// groupOf returns the group of a wide table's column from its
// normalised header, and false for a column of the authority's.
func groupOf(h string) (group, bool) {
	for _, g := range groups {
		for _, m := range g.marks {
			if strings.Contains(h, m) {
				return g.group, true
			}
		}
	}
	if strings.Contains(h, "ilacs") {
		for i, o := range []string{"first", "second", "third", "fourth", "fifth"} {
			if strings.Contains(h, o+" ilacs") {
				return group{name: "ilacs-" + strconv.Itoa(i+1)}, true
			}
		}
		return group{name: "ilacs-1"}, true
	}
	return group{}, false
}

// normHeader returns a header in lower case, with "&" as "and", commas
// dropped, and white space (line breaks within a cell included) as single
// spaces.
func normHeader(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "&", " and "))
	s = strings.ReplaceAll(s, ",", " ")
	s = strings.ReplaceAll(s, "re inspection", "re-inspection")
	return strings.Join(strings.Fields(s), " ")
}

// classify returns what a column holds, from its normalised header. A
// judgement's column is any whose header words a judgement area
// ([inspection.AreaNamed]); which area it is in an inspection depends on
// the inspection's framework.
func classify(h string) field {
	switch {
	case strings.Contains(h, "web link") || h == "link":
		return fLink
	case strings.Contains(h, "area code") || h == "gss code" || h == "ons code":
		return fGSS
	case strings.Contains(h, "authority name") || h == "la name":
		return fName
	case strings.Contains(h, "status"):
		return fStatus
	case strings.Contains(h, "region"):
		return fRegion
	case strings.Contains(h, "publication date"):
		return fPublished
	case strings.Contains(h, "date"):
		return fStart
	case strings.Contains(h, "type") && (strings.Contains(h, "inspection") || strings.Contains(h, "visit")):
		return fKind
	case strings.Contains(h, "theme"):
		return fTheme
	case strings.Contains(h, "authority type"):
		return fUnused
	}
	if _, ok := inspection.AreaNamed(h); ok {
		return fGrade
	}
	return fUnused
}

// A column is a column of a table.
type column struct {
	col    int    // from 1
	header string // as written, on one line
	field  field
	group  group           // for a wide table, the inspection the column belongs to
	area   inspection.Area // for a judgement, the area its header words in any framework (see inspection.AreaNamed)
}

// A layout is a table's header, read.
type layout struct {
	table   Table
	cols    []column
	nameCol int
	gssCol  int

	// visitsOnly marks a table without publication dates, read for its
	// focused and monitoring visits only: Ofsted's other tables give its
	// graded inspections with their publication dates, by which records
	// of one inspection are matched, and no other table gives the visits.
	// passed counts the rows of other kinds passed over.
	visitsOnly bool
	passed     int

	// areas holds the area a judgement's column words under a framework
	// ([inspection.Framework.AreaNamed]), read once for the table rather
	// than for every cell.
	areas map[columnIn]inspection.Area
}

// A columnIn is a column under a framework.
type columnIn struct {
	col int
	f   inspection.Framework
}

// areaOf returns the area that judgement column c words under framework
// f, and false if it words none of f's.
func (t *layout) areaOf(c column, f inspection.Framework) (inspection.Area, bool) {
	k := columnIn{c.col, f}
	if a, ok := t.areas[k]; ok {
		return a, a != 0
	}
	if t.areas == nil {
		t.areas = map[columnIn]inspection.Area{}
	}
	a, _ := f.AreaNamed(c.header)
	t.areas[k] = a
	return a, a != 0
}

// readHeader returns the layout of a table whose header is row, or nil if
// row is not a header. A header names the authority (by name or area
// code) and has dates. A header with two columns of one meaning is a
// table that cannot be read.
func readHeader(row *ods.Row) (*layout, error) {
	if !maybeHeader(row) {
		return nil, nil
	}
	t := &layout{table: Table{Sheet: row.Sheet, HeaderRow: row.Number}, cols: make([]column, 0, len(row.Cells))}
	dated := false
	var last column // the column before, read once for the cells a repeated cell gives
	lastText := ""
	for i, c := range row.Cells {
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		col := last
		col.col = i + 1
		if last.col == 0 || c.Text != lastText {
			h := normHeader(c.Text)
			col = column{col: i + 1, header: strings.Join(strings.Fields(c.Text), " "), field: classify(h)}
			col.group, _ = groupOf(h)
			if col.field == fGrade {
				col.area, _ = inspection.AreaNamed(h)
			}
		}
		last, lastText = col, c.Text
		if col.group.name != "" {
			t.table.Wide = true
		}
		switch col.field {
		case fName:
			t.nameCol = col.col
		case fGSS:
			t.gssCol = col.col
		case fStart, fPublished:
			dated = true
		}
		t.cols = append(t.cols, col)
	}
	if t.nameCol == 0 && t.gssCol == 0 || !dated {
		return nil, nil
	}
	seen := map[string]bool{}
	for _, c := range t.cols {
		if c.field == fUnused {
			t.table.Unused = append(t.table.Unused, c.header)
			continue
		}
		k := fmt.Sprint(c.group.name, "/", c.field, "/", c.area)
		if seen[k] {
			return nil, fmt.Errorf("%w: column %s (%q) means what an earlier column means", ErrTable, ods.ColumnName(c.col), c.header)
		}
		seen[k] = true
	}
	return t, nil
}

// maybeHeader reports whether a row could be a header: whether a cell
// mentions a name or a code. It spares data rows the work of readHeader.
func maybeHeader(row *ods.Row) bool {
	for _, c := range row.Cells {
		if containsFold(c.Text, "name") || containsFold(c.Text, "code") {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word w in
// any case.
func containsFold(s, w string) bool {
	return strings.Contains(strings.ToLower(s), w)
}

// has reports whether the table has a column of field f.
func (t *layout) has(f field) bool {
	return slices.ContainsFunc(t.cols, func(c column) bool { return c.field == f })
}

// readsRow reports whether a row of a table read for its visits only is
// read: a focused or monitoring visit, or a row whose inspection type
// cannot be read, which reading reports. Rows of other kinds, or of none,
// are passed over.
func (t *layout) readsRow(row *ods.Row) bool {
	for _, c := range t.cols {
		if c.field != fKind {
			continue
		}
		text := strings.TrimSpace(row.Cell(c.col).Text)
		k, err := inspection.ParseKind(text)
		return k == inspection.FocusedVisit || k == inspection.MonitoringVisit || err != nil && text != ""
	}
	return false
}

// names reports whether a row names an authority.
func (t *layout) names(row *ods.Row) bool {
	return strings.TrimSpace(row.Cell(t.nameCol).Text) != "" || strings.TrimSpace(row.Cell(t.gssCol).Text) != ""
}

// holdsData reports whether a row has a date or grade, and where.
func (t *layout) holdsData(row *ods.Row) (int, bool) {
	for _, c := range t.cols {
		if (c.field == fStart || c.field == fPublished || c.field == fGrade) && strings.TrimSpace(row.Cell(c.col).Text) != "" {
			return c.col, true
		}
	}
	return 0, false
}

// header returns the header of column col, or "".
func (t *layout) header(col int) string {
	for _, c := range t.cols {
		if c.col == col {
			return c.header
		}
	}
	return ""
}
