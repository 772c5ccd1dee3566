// Forecast answers "when is our next Ofsted inspection?" for every English
// local authority's children's services: the kind of the next graded
// inspection and a window for its first day on site, soonest first, as
// known on a day, with the figures of how such forecasts fared on
// Ofsted's history.
//
// Usage:
//
//	go run ./examples/forecast [-at DATE] [-json] [-backtest] [-data FILE.ods]...
//	go run ./examples/forecast -at DATE -check REPORT...
//
// The forecasts read only what was published by the day -at (by default,
// the latest publication in the record), and follow the rules of Ofsted's
// framework and its queue of inspections (see package
// github.com/childrens-services/judgements/authority/forecast).
//
// The record is Ofsted's official statistics: "Local authority inspection
// outcomes as at 31 March 2025" and "Children's social care data in
// England 2023" (its underlying data), downloaded from GOV.UK
// (https://www.gov.uk/government/collections/childrens-social-care-statistics)
// and given with -data, once for each file. Without -data the program
// reads them from the project's shared data folder (data/ofsted in the
// folder JUDGEMENTS_SHARED names, or ../shared).
//
// # Output
//
// A table, one authority a row, soonest first: the likely week, the
// window (six months either side), the kind, the authority, its last
// graded inspection, and "overdue" where the framework's window has
// closed with no inspection known.
//
// With -json, one JSON object a line per authority, soonest first:
//
//	{"authority":{"name":"Portsmouth","gss":"E06000044"},"kind":"short",
//	 "earliest":"2022-10-17","likely":"2023-04-17","latest":"2023-10-17","basis":"judged good ..."}
//
// With -backtest, the backtest on the record: every consecutive pair of
// graded ILACS inspections, the second forecast as known the day after
// the first was published; how often it began inside the window, how
// wide the windows were, how often the kind was right, and how often the
// plain rule (three years, give or take six months) held, by the grade of
// the first inspection and by whether it came before routine inspection
// resumed in September 2021; ending with one line
//
//	backtest: N pairs; window holds X%; median width M months; kind right K%; plain rule holds Y%
//
// With -check, the forecasts as at -at set against the reports named
// (text, as pdftotext -layout gives it): for each authority whose next
// graded inspection a report records, and which was not published by
// -at, the forecast and what happened; ending with one line
//
//	out of sample: N pairs; window holds X%; ...
//
// A report that prints no publication date is dated by a date in its
// file name (YYYY-MM-DD), and one that names the trust running the
// services rather than the authority is filed by an Ofsted URN ending the
// file name (portsmouth_2023-07-07_80539.txt), if there is one.
//
// # Exit status
//
// 0 on success; 1 if a file cannot be read (a data file that is not one
// of Ofsted's spreadsheets, a report that is not a report), naming it; 2
// for a usage error. Notes (where Ofsted's files disagree, cells not
// read, problems in a report) go to standard error and do not change the
// status.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/inspection"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the program, with its arguments and output; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("forecast", flag.ContinueOnError)
	fs.SetOutput(stderr)
	at := fs.String("at", "", "the day the forecasts are as at, YYYY-MM-DD (default: the latest publication in the record)")
	asJSON := fs.Bool("json", false, "one JSON object a line per authority")
	backtest := fs.Bool("backtest", false, "the backtest on the record's history")
	check := fs.Bool("check", false, "set the forecasts against the reports named as arguments")
	var data []string
	fs.Func("data", "one of Ofsted's spreadsheets (`FILE.ods`); repeat for each (default: the shared data folder)", func(s string) error {
		data = append(data, s)
		return nil
	})
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: forecast [-at DATE] [-json] [-backtest] [-data FILE.ods]...\n       forecast -at DATE -check REPORT...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch {
	case *check && fs.NArg() == 0:
		fmt.Fprintln(stderr, "forecast: -check needs the reports to check against")
		return 2
	case !*check && fs.NArg() > 0:
		fmt.Fprintf(stderr, "forecast: unexpected argument %q (reports go with -check; data files with -data)\n", fs.Arg(0))
		return 2
	case *check && *backtest:
		fmt.Fprintln(stderr, "forecast: -check and -backtest are separate runs")
		return 2
	}
	var day inspection.Date
	if *at != "" {
		d, err := inspection.ParseDate(*at)
		if err != nil {
			fmt.Fprintln(stderr, "forecast: -at:", err)
			return 2
		}
		day = d
	}

	r, err := record(data, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "forecast:", err)
		return 1
	}
	if day.IsZero() {
		day = latest(r)
	}

	switch {
	case *backtest:
		printBacktest(stdout, r)
	case *check:
		return checkReports(stdout, stderr, r, day, fs.Args())
	case *asJSON:
		if err := printJSON(stdout, r, day); err != nil {
			fmt.Fprintln(stderr, "forecast:", err)
			return 1
		}
	default:
		printTable(stdout, r, day)
	}
	return 0
}

// record returns the record of inspections the forecasts read, writing
// its notes to stderr. Until the library carries Ofsted's record built
// in, it loads Ofsted's published spreadsheets, those at paths or by
// default those in the shared data folder; with the built-in record, this
// is the one function to change.
func record(paths []string, stderr io.Writer) (*authority.Register, error) {
	if len(paths) == 0 {
		var err error
		if paths, err = sharedData(); err != nil {
			return nil, err
		}
	}
	r, files, err := ofsted.Load(paths...)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		for _, p := range f.Problems {
			fmt.Fprintln(stderr, "forecast: not read:", p)
		}
		for _, n := range f.Notes {
			fmt.Fprintf(stderr, "forecast: note: %s: %s\n", f.Name, n)
		}
	}
	for _, c := range r.Conflicts() {
		fmt.Fprintln(stderr, "forecast: conflict:", c)
	}
	return r, nil
}

// sharedData returns Ofsted's spreadsheets in the shared data folder.
func sharedData() ([]string, error) {
	dir := os.Getenv("JUDGEMENTS_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "shared")
	}
	dir = filepath.Join(dir, "data", "ofsted")
	paths, err := filepath.Glob(filepath.Join(dir, "*.ods"))
	if err == nil && len(paths) == 0 {
		err = errors.New("no spreadsheets there")
	}
	if err != nil {
		return nil, fmt.Errorf("reading Ofsted's files from %s: %v; give them with -data FILE.ods", dir, err)
	}
	return paths, nil
}

// latest returns the latest publication date in r.
func latest(r *authority.Register) inspection.Date {
	var d inspection.Date
	for in := range r.Inspections() {
		if in.Published.After(d) {
			d = in.Published
		}
	}
	return d
}
