package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/inspection"
)

// printTable writes every authority's forecast as at day, soonest first,
// one a row.
func printTable(w io.Writer, r *authority.Register, day inspection.Date) {
	fs := forecast.All(r, day)
	fmt.Fprintf(w, "Next graded inspections as at %s, from the reports published by then, soonest first\n\n", day)
	fmt.Fprintf(w, "%-10s  %-24s  %-8s  %-36s  %s\n", "likely", "window", "kind", "authority", "last graded inspection")
	overdue := 0
	for _, f := range fs {
		fmt.Fprintf(w, "%-10s  %s to %s  %-8s  %-36s  ", f.Likely, f.Earliest, f.Latest, f.Kind, f.Authority)
		if f.Overdue {
			fmt.Fprintf(w, "%-33s  overdue\n", last(f))
			overdue++
		} else {
			fmt.Fprintln(w, last(f))
		}
	}
	fmt.Fprintf(w, "\n%d authorities, %d overdue: past the framework's window (the third anniversary, or the re-inspection\n", len(fs), overdue)
	fmt.Fprintln(w, "after inadequate, give or take six months, moved by the suspension of 2020-21) with no inspection known.")
	fmt.Fprintln(w, "The window is six months either side of the week Ofsted's queue reaches the authority; -json gives the reasons.")
}

// last describes f's last graded inspection: "2018-09-03 good".
func last(f forecast.Forecast) string {
	if f.Last.Date().IsZero() {
		return "none known"
	}
	if g, ok := f.Last.Overall(); ok {
		return fmt.Sprintf("%s %s", f.Last.Date(), g.Canonical().Phrase())
	}
	return fmt.Sprintf("%s (no overall judgement)", f.Last.Date())
}

// jsonLine is the form of a forecast in -json output, its keys in order.
type jsonLine struct {
	Authority struct {
		Name string `json:"name"`
		GSS  string `json:"gss"`
	} `json:"authority"`
	Kind     inspection.Kind `json:"kind"`
	Earliest inspection.Date `json:"earliest"`
	Likely   inspection.Date `json:"likely"`
	Latest   inspection.Date `json:"latest"`
	Basis    string          `json:"basis"`
}

// printJSON writes every authority's forecast as at day, soonest first,
// one JSON object a line.
func printJSON(w io.Writer, r *authority.Register, day inspection.Date) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range forecast.All(r, day) {
		var l jsonLine
		l.Authority.Name, l.Authority.GSS = f.Authority.Name(), f.Authority.GSS()
		l.Kind, l.Earliest, l.Likely, l.Latest, l.Basis = f.Kind, f.Earliest, f.Likely, f.Latest, f.Basis
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return nil
}
