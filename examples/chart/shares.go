package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// A shareChart draws the national distribution of a judgement over time:
// at each date, the shares of authorities at each grade, stacked with
// outstanding at the top.
type shareChart struct {
	title, subtitle string
	dates           []inspection.Date
	dists           []grade.Distribution // canonical: adequate counted as requires improvement
	bands           []band
	notes           []string
}

// gradeColors colour the grades from outstanding to inadequate.
var gradeColors = map[grade.Grade]string{
	grade.Outstanding:         "#1a7f37",
	grade.Good:                "#7cc07f",
	grade.RequiresImprovement: "#f2c14e",
	grade.Inadequate:          "#d1495b",
}

func (c *shareChart) x(d inspection.Date) float64 {
	first, last := c.dates[0], c.dates[len(c.dates)-1]
	span := float64(last.DaysSince(first))
	if span <= 0 {
		return plotLeft
	}
	return plotLeft + (plotRight-plotLeft)*float64(d.DaysSince(first))/span
}

// yShare maps a share from 0 (bottom) to 1 (top) of the plot.
func yShare(s float64) float64 { return plotBottom - (plotBottom-plotTop)*s }

// writeSVG writes the chart as a standalone SVG document.
func (c *shareChart) writeSVG(w io.Writer) error {
	if len(c.dates) == 0 || len(c.dates) != len(c.dists) {
		return fmt.Errorf("chart: %d dates and %d distributions", len(c.dates), len(c.dists))
	}
	var b strings.Builder
	height := legendTop + legendRowH*(len(rows)+len(c.notes)+1) + 20
	writeHead(&b, height, c.title, c.subtitle)
	first, last := c.dates[0], c.dates[len(c.dates)-1]
	for _, bd := range c.bands {
		from, to := bd.from, bd.to
		if from.Before(first) {
			from = first
		}
		if to.IsZero() || to.After(last) {
			to = last
		}
		if !from.Before(to) {
			continue
		}
		x0, x1 := c.x(from), c.x(to)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>`+"\n", x0, plotTop-22, x0, plotBottom, axisColor)
		fmt.Fprintf(&b, `<text class="framework" x="%.1f" y="%d" font-size="11" text-anchor="middle" fill="%s">%s</text>`+"\n",
			(x0+x1)/2, plotTop-8, axisColor, esc(bd.label))
	}

	// One polygon per grade: the band between the cumulative shares below
	// and including it, stacked from inadequate at the bottom.
	stack := []grade.Grade{grade.Inadequate, grade.RequiresImprovement, grade.Good, grade.Outstanding}
	lower := make([]float64, len(c.dates))
	for _, g := range stack {
		upper := make([]float64, len(c.dates))
		for i, d := range c.dists {
			upper[i] = lower[i] + d.Share(g)
		}
		var pts strings.Builder
		for i, d := range c.dates {
			fmt.Fprintf(&pts, "%.1f,%.1f ", c.x(d), yShare(upper[i]))
		}
		for i := len(c.dates) - 1; i >= 0; i-- {
			fmt.Fprintf(&pts, "%.1f,%.1f ", c.x(c.dates[i]), yShare(lower[i]))
		}
		fmt.Fprintf(&b, `<polygon class="share" data-grade="%s" points="%s" fill="%s" stroke="none"/>`+"\n", g, strings.TrimSpace(pts.String()), gradeColors[g])
		lower = upper
	}

	// Axes: shares at the left, years along the bottom.
	for _, s := range []float64{0, 0.25, 0.5, 0.75, 1} {
		yy := yShare(s)
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="white" stroke-opacity="0.6"/>`+"\n", plotLeft, yy, plotRight, yy)
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end" dominant-baseline="middle" fill="%s">%.0f%%</text>`+"\n", plotLeft-10, yy, axisColor, 100*s)
	}
	writeYears(&b, first, last, c.x)

	yy := legendTop
	for _, g := range rows {
		fmt.Fprintf(&b, `<rect x="20" y="%d" width="24" height="12" fill="%s"/>`+"\n", yy-6, gradeColors[g])
		fmt.Fprintf(&b, `<text x="54" y="%d" dominant-baseline="middle" fill="%s">%s</text>`+"\n", yy, titleColor, esc(g.Label()))
		yy += legendRowH
	}
	return writeEnd(w, &b, yy, c.notes)
}
