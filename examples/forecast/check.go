package main

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/examples/internal/reportfile"
	"github.com/childrens-services/judgements/inspection"
)

// checkRecord is the check out of sample on the record r: it sets the
// forecasts made from Ofsted's official statistics alone (the records
// with a row of them), as at day (by default, the census day of their
// latest release), against the graded inspections r holds that were
// published after it, from the statistics' later rows or from the
// reports read since; and writes each trial and the score.
func checkRecord(w io.Writer, r *authority.Register, day inspection.Date) {
	var official authority.Register
	for in := range r.Inspections() {
		if slices.ContainsFunc(in.Sources, func(s inspection.Source) bool { return s.Sheet != "" }) {
			// A record of a register files again: Add cannot fail here.
			_ = official.Add(in)
		}
	}
	if day.IsZero() {
		day = r.Coverage().Release.Census.At
	}
	if day.IsZero() {
		day = latest(&official)
	}
	fmt.Fprintf(w, "Forecasts as at %s from Ofsted's official statistics alone, set against what was published since\n", day)
	fmt.Fprintf(w, "(in the statistics, or in the %d reports read since them): each authority's next graded inspection\n", r.Coverage().Reports)
	fmt.Fprintf(w, "whose report was not published by %s.\n\n", day)
	writeTrials(w, forecast.Compare(forecast.All(&official, day), r))
}

// checkReports sets the forecasts of r as at day against the inspections
// the reports at paths record, writes each trial and the score, and
// returns the exit status: 1 if a report could not be read.
func checkReports(w, stderr io.Writer, r *authority.Register, day inspection.Date, paths []string) int {
	happened, ok := readReports(stderr, paths)
	given := fmt.Sprintf("%d reports", len(paths))
	if len(paths) == 1 {
		given = "1 report"
	}
	fmt.Fprintf(w, "Forecasts as at %s set against %s given: each authority's next graded inspection\n", day, given)
	fmt.Fprintf(w, "among them whose report was not published by %s.\n\n", day)
	writeTrials(w, forecast.Compare(forecast.All(r, day), happened))
	if !ok {
		return 1
	}
	return 0
}

// writeTrials writes each trial of a check out of sample, and the score.
func writeTrials(w io.Writer, trials []forecast.Trial) {
	fmt.Fprintf(w, "%-36s  %-10s  %-24s  %-8s  %-10s  %-8s  %s\n", "authority", "likely", "window", "kind", "began", "kind", "window")
	for _, t := range trials {
		f := t.Forecast
		verdict := "outside"
		if t.Held() {
			verdict = "inside"
		}
		if !t.KindRight() {
			verdict += ", other kind"
		}
		fmt.Fprintf(w, "%-36s  %-10s  %s to %s  %-8s  %-10s  %-8s  %s\n", f.Authority, f.Likely, f.Earliest, f.Latest, f.Kind, t.Next.Date(), t.Next.Kind, verdict)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "out of sample:", forecast.Tally(trials))
}

// inName finds a publication date and an Ofsted URN in a report's file
// name, such as portsmouth_2023-07-07_80539.txt.
var inName = regexp.MustCompile(`(\d{4}-\d{2}-\d{2})(?:_(\d{5,7}))?\.[a-z]+$`)

// readReports reads the reports at paths (text, or PDF where pdftotext
// is installed) into a register, writing their problems to stderr, and
// reports whether every one could be read.
func readReports(stderr io.Writer, paths []string) (*authority.Register, bool) {
	var r authority.Register
	ok := true
	for _, path := range paths {
		in, problems, read := reportfile.Read(path, nil)
		if !read {
			for _, p := range problems {
				fmt.Fprintln(stderr, "forecast:", p)
			}
			ok = false
			continue
		}
		for _, p := range problems {
			fmt.Fprintln(stderr, "forecast: note:", p)
		}
		m := inName.FindStringSubmatch(filepath.Base(path))
		if in.Published.IsZero() && m != nil {
			if d, err := inspection.ParseDate(m[1]); err == nil {
				in.Published = d
			}
		}
		if err := r.Add(*in); err != nil {
			// A report may name the trust that runs the services, such as
			// "Bradford Children and Families Trust": a URN in the file
			// name says whose they are.
			a, lookErr := authority.Lookup(urn(m))
			if lookErr != nil {
				fmt.Fprintf(stderr, "forecast: note: %s: not filed: %v\n", path, err)
				continue
			}
			fmt.Fprintf(stderr, "forecast: note: %s: the report names %q; filed under %s by the URN in its name\n", path, in.Authority.Name, a)
			in.Authority = inspection.LocalAuthority{Name: a.Name(), URN: a.URN()}
			if err := r.Add(*in); err != nil {
				fmt.Fprintf(stderr, "forecast: note: %s: not filed: %v\n", path, err)
			}
		}
	}
	return &r, ok
}

// urn returns the URN a match of inName found, or "" (which names no
// authority).
func urn(m []string) string {
	if m == nil {
		return ""
	}
	return m[2]
}
