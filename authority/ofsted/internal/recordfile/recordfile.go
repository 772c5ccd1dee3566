// Package recordfile writes and reads the file that package ofsted embeds
// as its built-in record: Ofsted's releases, and the records of
// inspections made from Ofsted's files and from reports, in the order
// they are filed in a register.
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
//	i        GSS  FRAMEWORK  KIND  START  END  PUBLISHED  SOURCES  GRADES  THEME  LEAD-INSPECTOR  LINK
//
// A release line gives one of Ofsted's releases and its census rule
// (authority.Release); each late line after it, a report its census
// counts though published late (authority.Late). A source line declares
// the next source, numbered from 0: a file (and, for a spreadsheet, its
// sheet) that records were read from. An areas line lists, for a
// framework, the judgement areas by key, in the order the grades of its
// inspections are written; it comes before the first inspection of the
// framework.
//
// An i line is an inspection (inspection.Inspection): the authority by
// its GSS code, the framework and kind by key, dates as YYYY-MM-DD, where
// it came from, and its judgements as one letter for each area of its
// framework's areas line:
//
//	O outstanding   G good   R requires improvement   A adequate   I inadequate
//	- a judgement not made ("not judged")   . no judgement of that area
//
// Where it came from is a list of sources (inspection.Source), separated
// by spaces, each N:ROW, the number of a source line and the row (0 for a
// report), for a source that gave every judgement of the inspection, or
// N:ROW:MASK for one that gave some, MASK having a + for each area of the
// framework's areas line it gave and a . for the others. Empty fields are
// empty; trailing empty fields of an i line may be left out.
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
	Inspections []inspection.Inspection // in the order to file them, each with its sources
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
// an inspection without a GSS code or a source, with a source that gives
// an area it does not judge, or with a judgement not on the scale.
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
		if len(in.Sources) == 0 {
			return fail("no source")
		}
		list := areas[in.Framework]
		var srcs []string
		for _, src := range in.Sources {
			if src.File == "" || src.Row < 0 {
				return fail("a source %+v without a file or with a row before the first", src)
			}
			k := fileSheet{src.File, src.Sheet}
			n, ok := sources[k]
			if !ok {
				n = len(sources)
				sources[k] = n
				line("source", src.File, src.Sheet)
			}
			spec := strconv.Itoa(n) + ":" + strconv.Itoa(src.Row)
			if !slices.Equal(src.Areas, slices.Sorted(maps.Keys(in.Judgements))) {
				mask := []byte(strings.Repeat(".", len(list)))
				for _, a := range src.Areas {
					i := slices.Index(list, a)
					if _, judged := in.Judgements[a]; i < 0 || !judged || mask[i] == '+' {
						return fail("its source %s gives %s, which it does not judge, or twice", src.File, a)
					}
					mask[i] = '+'
				}
				if !slices.IsSorted(src.Areas) {
					return fail("its source %s gives areas %v out of order", src.File, src.Areas)
				}
				spec += ":" + string(mask)
			}
			srcs = append(srcs, spec)
		}
		var gs []byte
		if len(in.Judgements) > 0 {
			gs = make([]byte, len(list))
		}
		for i, a := range list[:len(gs)] {
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
			strings.Join(srcs, " "), string(gs), in.Theme, in.LeadInspector, in.Link)
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
func Decode(data string) (*Record, error) {
	rec := &Record{Inspections: make([]inspection.Inspection, 0, strings.Count(data, "\ni\t"))}
	releases, err := Each(data, func(in inspection.Inspection) { rec.Inspections = append(rec.Inspections, in) })
	if err != nil {
		return nil, err
	}
	rec.Releases = releases
	return rec, nil
}

// Each reads a file as Decode does, but gives each inspection to add as
// it is read, in order, rather than keeping them, and returns the
// releases. When it fails, add has been given the inspections of the
// lines before the one that cannot be read.
func Each(data string, add func(inspection.Inspection)) ([]authority.Release, error) {
	rest, ok := strings.CutPrefix(data, Header+"\n")
	if !ok {
		return nil, &Error{Line: 1, Err: fmt.Errorf("not %q", Header)}
	}
	d := decoder{areas: map[inspection.Framework][]inspection.Area{}, add: add}
	n := 1
	for len(rest) > 0 {
		n++
		line, after, found := strings.Cut(rest, "\n")
		if !found {
			return nil, &Error{Line: n, Err: errors.New("no line feed at the end of the file")}
		}
		rest = after
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if err := d.line(line); err != nil {
			return nil, &Error{Line: n, Err: err}
		}
	}
	return d.releases, nil
}

// A decoder holds what the lines read so far declare.
type decoder struct {
	add      func(inspection.Inspection)
	releases []authority.Release
	sources  []inspection.Source
	areas    map[inspection.Framework][]inspection.Area
	fields   []string // the fields of the line being read
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
	"release": {2, 6}, "late": {2, 4}, "source": {2, 3}, "areas": {2, 1 << 10}, "i": {2, 12},
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
	d.releases = append(d.releases, rel)
	return nil
}

func (d *decoder) late(f []string) error {
	if len(d.releases) == 0 {
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
	c := &d.releases[len(d.releases)-1].Census
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
	in := inspection.Inspection{Authority: inspection.LocalAuthority{GSS: f[0]}, Theme: f[8], LeadInspector: f[9], Link: f[10]}
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
	list := d.areas[in.Framework]
	var judged []inspection.Area // in the order of list, which is Area order
	if gs := f[7]; gs != "" {
		if len(gs) != len(list) {
			return fmt.Errorf("grades %q: %d areas declared for %s", gs, len(list), in.Framework)
		}
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
			judged = append(judged, list[i])
		}
		slices.Sort(judged)
	}
	if f[6] == "" {
		return errors.New("no source")
	}
	in.Sources = make([]inspection.Source, 0, strings.Count(f[6], " ")+1)
	for spec := range strings.SplitSeq(f[6], " ") {
		src, err := d.source(spec, list, judged, in.Judgements)
		if err != nil {
			return err
		}
		in.Sources = append(in.Sources, src)
	}
	if in.Date().IsZero() {
		return fmt.Errorf("%s's inspection has no date", a)
	}
	d.add(in)
	return nil
}

// source reads a source of an inspection, N:ROW or N:ROW:MASK, given the
// areas of its framework's areas line and those it judges.
func (d *decoder) source(spec string, list, judged []inspection.Area, js map[inspection.Area]grade.Grade) (inspection.Source, error) {
	parts := strings.Split(spec, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return inspection.Source{}, fmt.Errorf("source %q is not N:ROW or N:ROW:MASK", spec)
	}
	n, err := strconv.Atoi(parts[0])
	if err != nil || n < 0 || n >= len(d.sources) {
		return inspection.Source{}, fmt.Errorf("source %q: no source %q declared", spec, parts[0])
	}
	src := d.sources[n]
	if src.Row, err = strconv.Atoi(parts[1]); err != nil || src.Row < 0 {
		return inspection.Source{}, fmt.Errorf("source %q: row %q is not a number", spec, parts[1])
	}
	if len(parts) == 2 {
		src.Areas = slices.Clone(judged)
		return src, nil
	}
	mask := parts[2]
	if len(mask) != len(list) {
		return inspection.Source{}, fmt.Errorf("source %q: %d areas declared", spec, len(list))
	}
	for i := range len(mask) {
		switch _, ok := js[list[i]]; {
		case mask[i] == '.':
		case mask[i] != '+':
			return inspection.Source{}, fmt.Errorf("source %q: %q in the mask", spec, mask[i])
		case !ok:
			return inspection.Source{}, fmt.Errorf("source %q: gives %s, which the inspection does not judge", spec, list[i])
		default:
			src.Areas = append(src.Areas, list[i])
		}
	}
	slices.Sort(src.Areas)
	return src, nil
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
