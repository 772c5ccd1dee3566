// Package recordfile writes and reads the file that package ofsted embeds
// as its built-in record: Ofsted's releases, and the records of
// inspections read from Ofsted's files and from reports, each as it was
// read (one source each), in the order they are filed in a register.
//
// # Format
//
// The file is UTF-8 text, one item a line, fields separated by tabs. In a
// field, a backslash, tab, line feed or carriage return is written \\, \t,
// \n or \r. The first line is the format's name and version:
//
//	judgements-record 1
//
// Lines that begin with # are comments. The others begin with a tag:
//
//	release  TITLE  PUBLISHED  AT  PUBLISHED-BY  SOURCE
//	late     GSS  PUBLISHED  REASON
//	source   FILE  SHEET
//	areas    FRAMEWORK  AREA...
//	i        GSS  FRAMEWORK  KIND  START  END  PUBLISHED  SOURCE  ROW  GRADES  THEME  LEAD-INSPECTOR  LINK
//
// A release line gives one of Ofsted's releases and its census rule
// (authority.Release); each late line after it, a report its census
// counts though published late (authority.Late). A source line declares
// the next source, numbered from 0: a file (and, for a spreadsheet, its
// sheet) that records were read from. An areas line lists, for a
// framework, the judgement areas by key, in the order the grades of its
// inspections are written; it comes before the first inspection of the
// framework. An i line is an inspection (inspection.Inspection): the
// authority by its GSS code, the framework and kind by key, dates as
// YYYY-MM-DD, the number of its source and its row (0 for a report), and
// its judgements as one letter for each area of its framework's areas
// line:
//
//	O outstanding   G good   R requires improvement   A adequate   I inadequate
//	- a judgement not made ("not judged")   . no judgement of that area
//
// Empty fields are empty; trailing empty fields of an i line may be left
// out. An inspection's source lists the areas it judges
// (inspection.Source.Areas), which the file does not repeat.
package recordfile

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// Header is the first line of a file, without its line feed.
const Header = "judgements-record 1"

// A Record is the content of a file.
type Record struct {
	Comments    []string                // lines written as comments after the header; Decode does not keep them
	Releases    []authority.Release     // Ofsted's releases whose records the file holds
	Inspections []inspection.Inspection // each with one source, in the order to file them
}

// letters are the grades' letters, by grade.
var letters = map[grade.Grade]byte{
	0: '-', grade.Outstanding: 'O', grade.Good: 'G', grade.RequiresImprovement: 'R', grade.Adequate: 'A', grade.Inadequate: 'I',
}

// grades are the grades of the letters.
var grades = func() map[byte]grade.Grade {
	m := map[byte]grade.Grade{}
	for g, l := range letters {
		m[l] = g
	}
	return m
}()

// Encode returns the file of rec. It fails for a record it cannot write:
// an inspection without a GSS code or a source, with more than one
// source, whose source's areas are not its judgements, or with a
// judgement not on the scale.
func Encode(rec *Record) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(Header + "\n")
	for _, c := range rec.Comments {
		if c == "" {
			b.WriteString("#\n")
			continue
		}
		for line := range strings.Lines(c) {
			b.WriteString(strings.TrimRight("# "+strings.TrimRight(line, "\r\n"), " ") + "\n")
		}
	}
	line := func(fields ...string) {
		for len(fields) > 1 && fields[len(fields)-1] == "" {
			fields = fields[:len(fields)-1]
		}
		for i, f := range fields {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(escape(f))
		}
		b.WriteByte('\n')
	}
	for _, rel := range rec.Releases {
		c := rel.Census
		line("release", rel.Title, date(rel.Published), date(c.At), date(c.PublishedBy), rel.Source)
		for _, l := range c.Late {
			line("late", l.Authority.GSS(), date(l.Published), l.Reason)
		}
	}
	type fileSheet struct{ file, sheet string }
	sources := map[fileSheet]int{}
	areas := map[inspection.Framework][]inspection.Area{}
	for _, in := range rec.Inspections {
		if len(in.Judgements) > 0 && !in.Framework.IsValid() {
			return nil, fmt.Errorf("recordfile: %s's inspection of %s: judgements without a framework", in.Authority.Name, in.Date())
		}
		for a := range in.Judgements {
			if !slices.Contains(areas[in.Framework], a) {
				areas[in.Framework] = append(areas[in.Framework], a)
			}
		}
	}
	for _, f := range slices.Sorted(maps.Keys(areas)) {
		slices.Sort(areas[f])
		keys := []string{"areas", f.String()}
		for _, a := range areas[f] {
			keys = append(keys, a.String())
		}
		line(keys...)
	}
	for _, in := range rec.Inspections {
		fail := func(format string, args ...any) ([]byte, error) {
			return nil, fmt.Errorf("recordfile: %s's inspection of %s: %s", in.Authority.Name, in.Date(), fmt.Sprintf(format, args...))
		}
		if in.Authority.GSS == "" {
			return fail("no GSS code")
		}
		if len(in.Sources) != 1 {
			return fail("%d sources, want 1", len(in.Sources))
		}
		src := in.Sources[0]
		if want := slices.Sorted(maps.Keys(in.Judgements)); !slices.Equal(src.Areas, want) {
			return fail("its source gives areas %v, its judgements %v", src.Areas, want)
		}
		k := fileSheet{src.File, src.Sheet}
		n, ok := sources[k]
		if !ok {
			n = len(sources)
			sources[k] = n
			line("source", src.File, src.Sheet)
		}
		var gs []byte
		if len(in.Judgements) > 0 {
			gs = make([]byte, len(areas[in.Framework]))
		}
		for i, a := range areas[in.Framework][:len(gs)] {
			g, judged := in.Judgements[a]
			switch l, ok := letters[g]; {
			case !judged:
				gs[i] = '.'
			case !ok:
				return fail("grade %d of %s is not on the scale", g, a)
			default:
				gs[i] = l
			}
		}
		fw, kind := "", ""
		if in.Framework != 0 {
			fw = in.Framework.String()
		}
		if in.Kind != 0 {
			kind = in.Kind.String()
		}
		line("i", in.Authority.GSS, fw, kind, date(in.Start), date(in.End), date(in.Published),
			strconv.Itoa(n), strconv.Itoa(src.Row), string(gs), in.Theme, in.LeadInspector, in.Link)
	}
	return b.Bytes(), nil
}

func date(d inspection.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

var escaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

func escape(s string) string { return escaper.Replace(s) }

// unescape undoes escape, and fails for a backslash before anything else.
func unescape(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		if i++; i == len(s) {
			return "", errors.New(`a \ at the end of a field`)
		}
		switch s[i] {
		case '\\':
			b.WriteByte('\\')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			return "", fmt.Errorf(`an unknown escape \%c`, s[i])
		}
	}
	return b.String(), nil
}

// An Error is a line of a file that cannot be read.
type Error struct {
	Line int   // the line, from 1
	Err  error // what is wrong
}

func (e *Error) Error() string {
	return "recordfile: line " + strconv.Itoa(e.Line) + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Decode reads a file. Its error is an *Error naming the first line that
// cannot be read; nothing is returned with it.
func Decode(data []byte) (*Record, error) {
	rest, ok := bytes.CutPrefix(data, []byte(Header+"\n"))
	if !ok {
		return nil, &Error{Line: 1, Err: fmt.Errorf("not %q", Header)}
	}
	d := decoder{areas: map[inspection.Framework][]inspection.Area{}}
	d.rec = &Record{Inspections: make([]inspection.Inspection, 0, bytes.Count(rest, []byte("\ni\t"))+1)}
	n := 1
	for len(rest) > 0 {
		n++
		line, after, found := bytes.Cut(rest, []byte("\n"))
		if !found {
			return nil, &Error{Line: n, Err: errors.New("no line feed at the end of the file")}
		}
		rest = after
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if err := d.line(string(line)); err != nil {
			return nil, &Error{Line: n, Err: err}
		}
	}
	return d.rec, nil
}

// A decoder holds what the lines read so far declare.
type decoder struct {
	rec     *Record
	sources []inspection.Source
	areas   map[inspection.Framework][]inspection.Area
	fields  []string // the fields of the line being read
}

// split returns the fields of line s, in a slice the decoder reuses.
func (d *decoder) split(s string) []string {
	d.fields = d.fields[:0]
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			return append(d.fields, s)
		}
		d.fields = append(d.fields, s[:i])
		s = s[i+1:]
	}
}

// fieldCounts are the least and most fields of each tag's lines, tag
// included.
var fieldCounts = map[string][2]int{
	"release": {2, 6}, "late": {2, 4}, "source": {2, 3}, "areas": {2, 1 << 10}, "i": {2, 13},
}

func (d *decoder) line(s string) error {
	fields := d.split(s)
	counts, ok := fieldCounts[fields[0]]
	if !ok {
		return fmt.Errorf("unknown tag %q", fields[0])
	}
	if len(fields) < counts[0] || len(fields) > counts[1] {
		return fmt.Errorf("%s: %d fields, want %d to %d", fields[0], len(fields), counts[0], counts[1])
	}
	for len(fields) < counts[1] && fields[0] != "areas" {
		fields = append(fields, "")
	}
	for i, f := range fields {
		var err error
		if fields[i], err = unescape(f); err != nil {
			return fmt.Errorf("%s: field %d: %w", fields[0], i+1, err)
		}
	}
	switch fields[0] {
	case "release":
		return d.release(fields[1:])
	case "late":
		return d.late(fields[1:])
	case "source":
		if fields[1] == "" {
			return errors.New("source: no file")
		}
		d.sources = append(d.sources, inspection.Source{File: fields[1], Sheet: fields[2]})
		return nil
	case "areas":
		return d.areaList(fields[1:])
	}
	return d.inspection(fields[1:])
}

func (d *decoder) release(f []string) error {
	var rel authority.Release
	rel.Title, rel.Source = f[0], f[4]
	for i, p := range []*inspection.Date{&rel.Published, &rel.Census.At, &rel.Census.PublishedBy} {
		if err := parseDate(f[1+i], p); err != nil {
			return fmt.Errorf("release: %w", err)
		}
	}
	if rel.Census.At.IsZero() {
		return errors.New("release: no census day")
	}
	d.rec.Releases = append(d.rec.Releases, rel)
	return nil
}

func (d *decoder) late(f []string) error {
	if len(d.rec.Releases) == 0 {
		return errors.New("late: no release before it")
	}
	a, err := code(f[0])
	if err != nil {
		return fmt.Errorf("late: %w", err)
	}
	l := authority.Late{Authority: a, Reason: f[2]}
	if err := parseDate(f[1], &l.Published); err != nil {
		return fmt.Errorf("late: %w", err)
	}
	c := &d.rec.Releases[len(d.rec.Releases)-1].Census
	c.Late = append(c.Late, l)
	return nil
}

func (d *decoder) areaList(f []string) error {
	fw, err := key(frameworks, f[0], "framework")
	if err != nil {
		return fmt.Errorf("areas: %w", err)
	}
	if _, dup := d.areas[fw]; dup {
		return fmt.Errorf("areas: %s given twice", fw)
	}
	var list []inspection.Area
	for _, k := range f[1:] {
		a, err := key(areasByKeys, k, "area")
		if err != nil {
			return fmt.Errorf("areas: %w", err)
		}
		if slices.Contains(list, a) {
			return fmt.Errorf("areas: %s twice", a)
		}
		list = append(list, a)
	}
	d.areas[fw] = list
	return nil
}

func (d *decoder) inspection(f []string) error {
	a, err := code(f[0])
	if err != nil {
		return err
	}
	in := inspection.Inspection{Authority: inspection.LocalAuthority{GSS: f[0]}, Theme: f[9], LeadInspector: f[10], Link: f[11]}
	if f[1] != "" {
		if in.Framework, err = key(frameworks, f[1], "framework"); err != nil {
			return err
		}
	}
	if f[2] != "" {
		if in.Kind, err = key(kinds, f[2], "kind"); err != nil {
			return err
		}
	}
	for i, p := range []*inspection.Date{&in.Start, &in.End, &in.Published} {
		if err := parseDate(f[3+i], p); err != nil {
			return err
		}
	}
	n, err := strconv.Atoi(f[6])
	if err != nil || n < 0 || n >= len(d.sources) {
		return fmt.Errorf("no source %q declared", f[6])
	}
	src := d.sources[n]
	if src.Row, err = strconv.Atoi(f[7]); err != nil || src.Row < 0 {
		return fmt.Errorf("row %q is not a number", f[7])
	}
	if gs := f[8]; gs != "" {
		list, ok := d.areas[in.Framework]
		if !ok || len(gs) != len(list) {
			return fmt.Errorf("grades %q: %d areas declared for %s", gs, len(list), in.Framework)
		}
		src.Areas = make([]inspection.Area, 0, len(gs))
		for i := range len(gs) {
			g, ok := grades[gs[i]]
			switch {
			case gs[i] == '.':
				continue
			case !ok:
				return fmt.Errorf("grades %q: %q is no grade", gs, gs[i])
			}
			if in.Judgements == nil {
				in.Judgements = make(map[inspection.Area]grade.Grade, len(gs))
			}
			in.Judgements[list[i]] = g
			src.Areas = append(src.Areas, list[i])
		}
		slices.Sort(src.Areas)
		if len(src.Areas) == 0 {
			src.Areas = nil
		}
	}
	if in.Date().IsZero() {
		return fmt.Errorf("%s's inspection has no date", a)
	}
	in.Sources = []inspection.Source{src}
	d.rec.Inspections = append(d.rec.Inspections, in)
	return nil
}

// Tables of the keys the file uses, built once: the decoder reads a
// thousand lines, and the packages' parsers accept more than keys.
var (
	byGSS       = map[string]authority.Authority{} // every GSS code, current and earlier
	frameworks  = map[string]inspection.Framework{}
	kinds       = map[string]inspection.Kind{}
	areasByKeys = map[string]inspection.Area{}
)

func init() {
	for a := range authority.All() {
		for _, c := range a.Codes() {
			byGSS[c.GSS] = a
		}
	}
	for _, f := range inspection.Frameworks() {
		frameworks[f.String()] = f
	}
	for k := inspection.Kind(1); k.IsValid(); k++ {
		kinds[k.String()] = k
	}
	for _, a := range inspection.Areas() {
		areasByKeys[a.String()] = a
	}
}

// code returns the authority of a GSS code.
func code(gss string) (authority.Authority, error) {
	a, ok := byGSS[gss]
	if !ok {
		return 0, fmt.Errorf("%q is no GSS code", gss)
	}
	return a, nil
}

// key returns the value of a key in table, or an error naming what.
func key[T any](table map[string]T, s, what string) (T, error) {
	v, ok := table[s]
	if !ok {
		return v, fmt.Errorf("%q is no %s", s, what)
	}
	return v, nil
}

// parseDate reads a date as YYYY-MM-DD, or the zero Date from "".
func parseDate(s string, d *inspection.Date) error {
	if s == "" {
		*d = inspection.Date{}
		return nil
	}
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' || !digits(s[:4]) || !digits(s[5:7]) || !digits(s[8:]) {
		return fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	day, _ := strconv.Atoi(s[8:])
	*d = inspection.Date{Year: y, Month: time.Month(m), Day: day}
	if !d.IsValid() {
		return fmt.Errorf("date %q is not a day", s)
	}
	return nil
}

func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
