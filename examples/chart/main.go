// Chart draws Ofsted's judgements as an SVG picture: an authority's
// trajectory (its grades over time, a line per judgement area, the
// frameworks shaded and named behind), or the national distribution of
// overall effectiveness over time.
//
// Usage:
//
//	go run ./examples/chart [-o FILE.svg] [-data FILE.ods]... [AUTHORITY | national]
//
// With no AUTHORITY it draws Portsmouth. It needs no download: it draws
// from the record built into package authority/ofsted (Ofsted's official
// statistics to 31 March 2025, then the reports published since), and
// knows every authority, and "national": the shares of authorities judged
// outstanding, good, requires improvement and inadequate at every month
// end. -data loads Ofsted's published statistics into the record (see
// examples/national for where to get them), such as a release newer than
// the record's. The picture goes to FILE.svg (default: the authority's
// name, such as portsmouth.svg); open it in a web browser.
//
// For example:
//
//	go run ./examples/chart Hull
//	go run ./examples/chart -o national.svg national
//
// A file that cannot be read, an authority not known, or a picture that
// cannot be written stops the program with status 1, and arguments it
// does not take with status 2; disagreements between the records of the
// inspections drawn are noted on standard error.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/examples/internal/input"
	"github.com/childrens-services/judgements/inspection"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "chart:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// errUsage is wrapped by the error of arguments the program does not
// take; its exit status is 2.
var errUsage = errors.New("usage")

// run is the program, with its arguments and output.
func run(args []string, stdout, stderr io.Writer) error {
	fs, data := input.Flags("chart", "[-o FILE.svg] [-data FILE.ods]... [AUTHORITY | national]", stderr)
	out := fs.String("o", "", "write the SVG to `FILE` (default: NAME.svg)")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return fmt.Errorf("%w: give one authority, or national", errUsage)
	}
	name := "Portsmouth"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
	}

	var a authority.Authority
	national := strings.EqualFold(name, "national")
	if !national {
		var err error
		if a, err = authority.Lookup(name); err != nil {
			return err
		}
	}
	r, err := input.Record("chart", *data, stderr)
	if err != nil {
		return err
	}
	for _, c := range r.Conflicts() {
		if national || c.Authority == a {
			fmt.Fprintln(stderr, "chart: conflict:", c)
		}
	}
	var draw func(io.Writer) error
	var slug string
	if national {
		c, err := nationalChart(r)
		if err != nil {
			return err
		}
		draw, slug = c.writeSVG, "national"
	} else {
		h := r.History(a)
		if h.Len() == 0 {
			return fmt.Errorf("no inspections of %s in the record", a)
		}
		c := trajectoryChart(h)
		draw, slug = c.writeSVG, strings.ToLower(strings.NewReplacer(" ", "-", ",", "").Replace(a.Name()))
	}
	path := *out
	if path == "" {
		path = slug + ".svg"
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := draw(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "wrote", path)
	return nil
}

// lineColors colour the lines of areas; other lines take grey.
var lineColors = map[inspection.Area]string{
	inspection.OverallEffectiveness: "#111111",
	inspection.ImpactOfLeaders:      "#7b3294",
	inspection.HelpAndProtection:    "#0571b0",
	inspection.ChildrenInCare:       "#1a9641",
	inspection.CareLeavers:          "#e66101",
}

// frameworkBands returns the periods of the frameworks that graded
// authorities, end to end: the 2009-2012 unannounced visits ran beside
// SLAC and the 2013 looked after children inspections beside CPI, so they
// share a band.
func frameworkBands() []band {
	type period struct {
		f     inspection.Framework
		label string
	}
	ps := []period{
		{inspection.SLAC2009, "SLAC"},
		{inspection.CPI2012, "CPI, LAC"},
		{inspection.SIF2013, "SIF"},
		{inspection.ILACS2018, "ILACS"},
		{inspection.ILACS2023, "ILACS 2023"},
		{inspection.ILACS2026, "ILACS 2026"},
	}
	var out []band
	for i, p := range ps {
		from, _ := p.f.Period()
		b := band{from: from, label: p.label}
		if i+1 < len(ps) {
			next, _ := ps[i+1].f.Period()
			b.to = next.AddDays(-1)
		}
		out = append(out, b)
	}
	return out
}

// trajectoryChart draws an authority's trajectories.
func trajectoryChart(h authority.History) *lineChart {
	c := &lineChart{
		title: h.Authority.Name() + ": Ofsted's judgements of children's services",
		bands: frameworkBands(),
	}
	first, last := inspection.Date{}, inspection.Date{}
	widen := func(d inspection.Date) {
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	for in := range h.All() {
		widen(in.Date())
		if !in.Kind.Graded() {
			c.events = append(c.events, event{in.Date(), in.Kind.Label()})
		}
	}
	var graded []inspection.Inspection
	for in := range h.Graded() {
		graded = append(graded, in)
	}
	var also []string
	for _, t := range h.Trajectories() {
		color, main := lineColors[t.Line]
		if !main {
			// Areas of older frameworks only: named in a note, not drawn.
			var gs []string
			for _, p := range t.Points {
				gs = append(gs, fmt.Sprintf("%s %d", p.Grade.Phrase(), p.Inspection.Date().Year))
			}
			also = append(also, strings.ToLower(t.Line.Label())+" "+strings.Join(gs, ", "))
			continue
		}
		s := series{label: t.Line.Label(), color: color}
		for i, p := range t.Points {
			s.points = append(s.points, point{date: p.Inspection.Date(), grade: p.Grade, area: p.Area})
			if i > 0 {
				s.gaps = append(s.gaps, gradedBetween(graded, t.Points[i-1].Inspection, p.Inspection))
			}
		}
		c.series = append(c.series, s)
		if t.Line == inspection.OverallEffectiveness && len(t.Unjudged) > 0 {
			c.notes = append(c.notes, fmt.Sprintf("Overall effectiveness: not judged from %s (%s has none).", t.Unjudged[0].Date(), t.Unjudged[0].Framework))
		}
	}
	if len(also) > 0 {
		c.notes = append(c.notes, "Also judged: "+strings.Join(also, "; ")+".")
	}
	c.from = inspection.Date{Year: first.Year, Month: time.January, Day: 1}
	c.to = inspection.Date{Year: last.Year + 1, Month: time.January, Day: 1}
	c.subtitle = fmt.Sprintf("%d inspections, %d to %d, by the date of each (its first day on site, or its report's publication where that is all that is known)", h.Len(), first.Year, last.Year)
	c.notes = append(c.notes,
		"Areas are followed through framework changes: the SIF's leadership became ILACS's impact of leaders;",
		"looked after children became children in care (with care leavers, 2018-2022). Adequate (to 2013) ranks with requires improvement.")
	return c
}

// gradedBetween reports whether a graded inspection came between from and
// to: the line was then not judged on its own (as care leavers were judged
// with children in care from 2018 to 2022).
func gradedBetween(graded []inspection.Inspection, from, to inspection.Inspection) bool {
	for _, in := range graded {
		if inspection.Compare(&in, &from) > 0 && inspection.Compare(&in, &to) < 0 {
			return true
		}
	}
	return false
}

// nationalChart draws the shares of overall effectiveness grades at every
// month end from the first to the last the data cover.
func nationalChart(r *authority.Register) (*shareChart, error) {
	var first, last inspection.Date
	for in := range r.Inspections() {
		if _, ok := in.Overall(); !ok {
			continue
		}
		if d := in.Date(); first.IsZero() || d.Before(first) {
			first = d
		}
		if d := in.Date(); d.After(last) {
			last = d
		}
	}
	if first.IsZero() {
		return nil, errors.New("the record holds no overall effectiveness judgements")
	}
	c := &shareChart{
		title: "Overall effectiveness of English local authorities' children's services",
		bands: frameworkBands(),
	}
	for d := monthEnd(first); !d.After(monthEnd(last)); d = monthEnd(d.AddDays(1)) {
		dist := r.Picture(authority.AsAt(d)).Area(inspection.OverallEffectiveness)
		if dist.Total() == 0 {
			continue
		}
		c.dates = append(c.dates, d)
		c.dists = append(c.dists, dist)
	}
	if len(c.dates) < 2 {
		return nil, errors.New("the record covers too short a time to draw")
	}
	end := c.dists[len(c.dists)-1]
	few := 0 // month ends with under half the authorities graded
	for _, d := range c.dists {
		if d.Total() < end.Total()/2 {
			few++
		}
	}
	c.subtitle = fmt.Sprintf("Share of authorities by their latest overall effectiveness grade, month ends %s to %s",
		c.dates[0], c.dates[len(c.dates)-1])
	lastMonth := c.dates[len(c.dates)-1]
	c.notes = []string{
		fmt.Sprintf("At %s: %s of %d authorities graded (good or better %.0f%%).", lastMonth, end, end.Total(), 100*end.GoodOrBetterShare()),
		"SLAC (2009-2012) had no single overall judgement; authorities count from their first CPI, LAC, SIF or ILACS grade,",
		fmt.Sprintf("so the first %d month ends rest on fewer than half the authorities (%d at %s).", few, c.dists[0].Total(), c.dates[0]),
		"From April 2026 ILACS gives no overall effectiveness: an authority keeps its last overall grade.",
	}
	// What the record cannot count, in the months after Ofsted's
	// statistics, a line for each clause.
	for clause := range strings.SplitSeq(r.Picture(authority.AsAt(lastMonth)).Caveat(), "; ") {
		if clause != "" {
			c.notes = append(c.notes, strings.ToUpper(clause[:1])+clause[1:]+".")
		}
	}
	return c, nil
}

// monthEnd returns the last day of d's month.
func monthEnd(d inspection.Date) inspection.Date {
	return inspection.DateOf(time.Date(d.Year, d.Month+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1))
}
