package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/forecast"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
)

// checkReports sets the forecasts of r as at day against the inspections
// the reports at paths record, writes each trial and the score, and
// returns the exit status: 1 if a report could not be read.
func checkReports(w, stderr io.Writer, r *authority.Register, day inspection.Date, paths []string) int {
	happened, ok := readReports(stderr, paths)
	trials := forecast.Compare(forecast.All(r, day), happened)
	fmt.Fprintf(w, "Forecasts as at %s set against the %d reports given: each authority's next graded inspection\n", day, len(paths))
	fmt.Fprintf(w, "among them whose report was not published by %s.\n\n", day)
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
	if !ok {
		return 1
	}
	return 0
}

// inName finds a publication date and an Ofsted URN in a report's file
// name, such as portsmouth_2023-07-07_80539.txt.
var inName = regexp.MustCompile(`(\d{4}-\d{2}-\d{2})(?:_(\d{5,7}))?\.[a-z]+$`)

// readReports reads the reports at paths into a register, writing their
// problems to stderr, and reports whether every one could be read.
func readReports(stderr io.Writer, paths []string) (*authority.Register, bool) {
	var r authority.Register
	ok := true
	for _, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, "forecast:", err)
			ok = false
			continue
		}
		in, err := report.Parse(string(text))
		if errors.Is(err, report.ErrPDF) || errors.Is(err, report.ErrNotReport) || errors.Is(err, report.ErrNoFramework) || in == nil {
			fmt.Fprintf(stderr, "forecast: %s: not read as a report: %v\n", path, err)
			ok = false
			continue
		}
		if err != nil {
			fmt.Fprintf(stderr, "forecast: note: %s: %v\n", path, err)
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
