package main

import (
	"fmt"
	"html"
	"io"
	"slices"
	"strings"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A point is one graded judgement on a trajectory line.
type point struct {
	date  inspection.Date
	grade grade.Grade
	area  inspection.Area // the area as judged (its line may be newer)
}

// A series is one line of the chart: an area's lineage.
type series struct {
	label  string
	color  string
	points []point
	gaps   []bool // gaps[i]: the line was not judged between points[i] and points[i+1]
}

// A band shades the period of a framework.
type band struct {
	from, to inspection.Date
	label    string
}

// An event is an ungraded inspection marked on the time axis.
type event struct {
	date  inspection.Date
	label string
}

// A lineChart draws grades over time: a row per grade, outstanding at the
// top, a line per area, frameworks shaded behind.
type lineChart struct {
	title, subtitle string
	from, to        inspection.Date
	bands           []band
	series          []series
	events          []event
	notes           []string
}

const (
	width      = 960
	plotLeft   = 200
	plotRight  = 930
	plotTop    = 90
	rowHeight  = 62
	plotBottom = plotTop + 4*rowHeight
	legendTop  = plotBottom + 70
	legendRowH = 20
	markerR    = 6
	fontFamily = "Helvetica, Arial, sans-serif"
	bandShadeA = "#eef2f7"
	bandShadeB = "#f8f9fb"
	axisColor  = "#555"
	gridColor  = "#d5d9e0"
	eventColor = "#8a5a00"
	noteColor  = "#444"
	titleColor = "#111"
)

// rowLabel names a grade row: Ofsted's label, shortened for requires
// improvement, whose row also holds the adequate of 2009-2013.
func rowLabel(g grade.Grade) string {
	if g == grade.RequiresImprovement {
		return "Requires improvement"
	}
	return g.Label()
}

// rows are the grade rows from the top.
var rows = []grade.Grade{grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate}

func (c *lineChart) x(d inspection.Date) float64 {
	span := float64(c.to.DaysSince(c.from))
	if span <= 0 {
		return plotLeft
	}
	return plotLeft + (plotRight-plotLeft)*float64(d.DaysSince(c.from))/span
}

func y(g grade.Grade) float64 {
	return plotTop + rowHeight*(float64(g.Rank())-0.5)
}

func esc(s string) string { return html.EscapeString(s) }

// writeHead writes the start of an SVG document of the given height: the
// root element, a white ground, and the title and subtitle.
func writeHead(b *strings.Builder, height int, title, subtitle string) {
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="%s" font-size="13">`+"\n",
		width, height, width, height, fontFamily)
	fmt.Fprintf(b, `<title>%s</title>`+"\n", esc(title))
	fmt.Fprintf(b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)
	fmt.Fprintf(b, `<text x="20" y="32" font-size="20" font-weight="bold" fill="%s">%s</text>`+"\n", titleColor, esc(title))
	if subtitle != "" {
		fmt.Fprintf(b, `<text x="20" y="54" fill="%s">%s</text>`+"\n", noteColor, esc(subtitle))
	}
}

// writeYears marks the first of January of each year from from to to
// along the bottom of the plot, x placing a day.
func writeYears(b *strings.Builder, from, to inspection.Date, x func(inspection.Date) float64) {
	for yr := from.Year; yr <= to.Year; yr++ {
		d := inspection.Date{Year: yr, Month: 1, Day: 1}
		if d.Before(from) {
			continue
		}
		xx := x(d)
		fmt.Fprintf(b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>`+"\n", xx, plotBottom, xx, plotBottom+5, axisColor)
		fmt.Fprintf(b, `<text x="%.1f" y="%d" font-size="11" text-anchor="middle" fill="%s">%d</text>`+"\n", xx, plotBottom+18, axisColor, yr)
	}
}

// writeSVG writes the chart as a standalone SVG document.
func (c *lineChart) writeSVG(w io.Writer) error {
	var b strings.Builder
	legendRows := len(c.series) + len(c.notes) + 2
	height := legendTop + legendRowH*legendRows + 20
	writeHead(&b, height, c.title, c.subtitle)

	// Framework bands, named at the top.
	for i, bd := range c.bands {
		from, to := bd.from, bd.to
		if from.Before(c.from) {
			from = c.from
		}
		if to.IsZero() || to.After(c.to) {
			to = c.to
		}
		if !from.Before(to) {
			continue
		}
		x0, x1 := c.x(from), c.x(to)
		shade := bandShadeA
		if i%2 == 1 {
			shade = bandShadeB
		}
		fmt.Fprintf(&b, `<rect class="framework" data-framework="%s" x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/>`+"\n",
			esc(bd.label), x0, plotTop-22, x1-x0, plotBottom-plotTop+22, shade)
		lx, anchor := (x0+x1)/2, "middle"
		if x1-x0 < 7*float64(len(bd.label)) { // too narrow for its name
			lx, anchor = x1, "end"
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="11" text-anchor="%s" fill="%s">%s</text>`+"\n",
			lx, plotTop-8, anchor, axisColor, esc(bd.label))
	}

	// Grade rows.
	for _, g := range rows {
		yy := y(g)
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s" stroke-dasharray="3 3"/>`+"\n", plotLeft, yy, plotRight, yy, gridColor)
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end" dominant-baseline="middle" fill="%s">%s</text>`+"\n", plotLeft-10, yy, axisColor, esc(rowLabel(g)))
	}

	// Years along the bottom.
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s"/>`+"\n", plotLeft, plotBottom, plotRight, plotBottom, axisColor)
	writeYears(&b, c.from, c.to, c.x)

	// Ungraded events, as triangles under the axis.
	for _, ev := range c.events {
		xx := c.x(ev.date)
		fmt.Fprintf(&b, `<path class="event" data-date="%s" d="M%.1f %d l-6 10 h12 z" fill="%s"><title>%s</title></path>`+"\n",
			ev.date, xx, plotBottom+24, eventColor, esc(ev.date.String()+": "+ev.label))
	}

	// Lines and points, the first series drawn last so that it is on top;
	// series at the same grade are set a little apart so none hides
	// another.
	n := len(c.series)
	for k := n - 1; k >= 0; k-- {
		s := c.series[k]
		off := (float64(k) - float64(n-1)/2) * seriesGap
		width := 2.5
		if k == 0 {
			width = 3.5
		}
		for i := 1; i < len(s.points); i++ {
			a, z := s.points[i-1], s.points[i]
			dash := ""
			if i-1 < len(s.gaps) && s.gaps[i-1] {
				dash = ` stroke-dasharray="5 4"`
			}
			fmt.Fprintf(&b, `<line class="segment" data-series="%s" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f"%s/>`+"\n",
				esc(s.label), c.x(a.date), y(a.grade)+off, c.x(z.date), y(z.grade)+off, s.color, width, dash)
		}
		for _, p := range s.points {
			fmt.Fprintf(&b, `<circle class="point" data-series="%s" data-area="%s" data-date="%s" data-grade="%s" cx="%.1f" cy="%.1f" r="%d" fill="%s" stroke="white" stroke-width="1.5"><title>%s</title></circle>`+"\n",
				esc(s.label), p.area, p.date, p.grade, c.x(p.date), y(p.grade)+off, markerR, s.color,
				esc(fmt.Sprintf("%s, %s: %s", s.label, p.date, p.grade.Label())))
		}
	}

	// Legend and notes.
	yy := legendTop
	for _, s := range c.series {
		fmt.Fprintf(&b, `<line x1="20" y1="%d" x2="44" y2="%d" stroke="%s" stroke-width="2.5"/><circle cx="32" cy="%d" r="5" fill="%s"/>`+"\n", yy, yy, s.color, yy, s.color)
		fmt.Fprintf(&b, `<text x="54" y="%d" dominant-baseline="middle" fill="%s">%s</text>`+"\n", yy, titleColor, esc(s.label))
		yy += legendRowH
	}
	if slices.ContainsFunc(c.series, func(s series) bool { return slices.Contains(s.gaps, true) }) {
		fmt.Fprintf(&b, `<line x1="20" y1="%d" x2="44" y2="%d" stroke="%s" stroke-width="2.5" stroke-dasharray="5 4"/>`+"\n", yy, yy, axisColor)
		fmt.Fprintf(&b, `<text x="54" y="%d" dominant-baseline="middle" fill="%s">not judged on its own in between</text>`+"\n", yy, titleColor)
		yy += legendRowH
	}
	if len(c.events) > 0 {
		fmt.Fprintf(&b, `<path d="M32 %d l-6 10 h12 z" fill="%s"/>`+"\n", yy-5, eventColor)
		fmt.Fprintf(&b, `<text x="54" y="%d" dominant-baseline="middle" fill="%s">ungraded visit</text>`+"\n", yy, titleColor)
		yy += legendRowH
	}
	return writeEnd(w, &b, yy, c.notes)
}

// writeEnd writes the notes under a picture's legend, from y down, ends
// the picture, and writes all of it to w.
func writeEnd(w io.Writer, b *strings.Builder, y int, notes []string) error {
	for _, n := range notes {
		fmt.Fprintf(b, `<text class="note" x="20" y="%d" dominant-baseline="middle" fill="%s">%s</text>`+"\n", y, noteColor, esc(n))
		y += legendRowH
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// seriesGap is the distance in pixels between series drawn at the same
// grade, so that none hides another.
const seriesGap = 4.5
