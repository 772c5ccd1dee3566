// Forecast answers "when is our next Ofsted inspection?" for every English
// local authority's children's services: the kind of the next graded
// inspection and a window for its first day on site, soonest first, as
// known on a day, with the figures of how such forecasts fared on
// Ofsted's history.
//
// Usage:
//
//	go run ./examples/forecast [-at DATE] [-json | -backtest] [-data FILE.ods]...
//	go run ./examples/forecast -check [-at DATE] [-data FILE.ods]... [REPORT...]
//
// The forecasts read only what was published by the day -at (by default,
// the latest publication in the record), and follow the rules of Ofsted's
// framework and its queue of inspections (see package
// github.com/childrens-services/judgements/authority/forecast).
//
// The record is the one built into package ofsted: Ofsted's official
// statistics to 31 March 2025 and the reports published since, with no
// download. Each -data FILE.ods, one of Ofsted's statistics files (such
// as a newer "Local authority inspection outcomes as at 31 March", from
// https://www.gov.uk/government/collections/childrens-social-care-statistics),
// is loaded into it.
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
//	 "earliest":"2022-11-15","likely":"2023-05-15","latest":"2023-11-15","basis":"judged good ..."}
//
// With -backtest, the backtest on the record: every consecutive pair of
// graded ILACS inspections, the second forecast as known the day after
// the first was published; how often it began inside the window, how
// wide the windows were, how often the kind was right, and how often the
// plain rule (three years, give or take six months) held, by the grade of
// the first inspection and by whether it came before routine inspection
// resumed in September 2021; then what a window fitted in hindsight to
// all the pairs at once would hold (the framework's due day, moved by the
// suspension and by each grade's median lateness), which a forecast that
// knows only the past should beat; ending with one line
//
//	backtest: N pairs; window holds X%; median width M months; kind right K%; plain rule holds Y%
//
// With -check, a check out of sample: the forecasts made from Ofsted's
// official statistics alone (the records with a row of them), as at the
// census day of their latest release (31 March 2025) or -at, set against
// what the record holds that was published after that day, in the
// statistics or in the reports read since them. Given reports (text, as
// pdftotext -layout gives it, or PDF where pdftotext is installed), the
// forecasts of the whole record as at -at are set against those reports
// instead. Either way, for each authority whose next graded inspection
// was published after the day, the forecast and what happened; ending
// with one line
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
// for a usage error (-json goes with neither -check nor -backtest, and
// -check not with -backtest). Notes (where Ofsted's files disagree, cells not
// read, problems in a report) go to standard error and do not change the
// status.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/examples/internal/input"
	"github.com/childrens-services/judgements/inspection"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the program, with its arguments and output; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	fs, data := input.Flags("forecast", "[-at DATE] [-json | -backtest] [-data FILE.ods]...\n       forecast -check [-at DATE] [-data FILE.ods]... [REPORT...]", stderr)
	at := fs.String("at", "", "the day the forecasts are as at, YYYY-MM-DD (default: the latest publication in the record)")
	asJSON := fs.Bool("json", false, "one JSON object a line per authority")
	backtest := fs.Bool("backtest", false, "the backtest on the record's history")
	check := fs.Bool("check", false, "a check out of sample: the forecasts from Ofsted's official statistics set against what was published since, or the forecasts set against the reports named as arguments")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch {
	case !*check && fs.NArg() > 0:
		fmt.Fprintf(stderr, "forecast: unexpected argument %q (reports go with -check; data files with -data)\n", fs.Arg(0))
		return 2
	case *check && *backtest:
		fmt.Fprintln(stderr, "forecast: -check and -backtest are separate runs")
		return 2
	case *asJSON && (*check || *backtest):
		fmt.Fprintln(stderr, "forecast: -json writes the forecasts, not a check or the backtest")
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

	r, err := record(*data, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "forecast:", err)
		return 1
	}
	switch {
	case *check && fs.NArg() == 0:
		checkRecord(stdout, r, day)
		return 0
	case *check:
		if day.IsZero() {
			day = latest(r)
		}
		return checkReports(stdout, stderr, r, day, fs.Args())
	case day.IsZero():
		day = latest(r)
	}

	switch {
	case *backtest:
		printBacktest(stdout, r)
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

// record returns the record of inspections the forecasts read: the one
// built into package ofsted, with Ofsted's files at paths loaded into it,
// writing its notes to stderr.
func record(paths []string, stderr io.Writer) (*authority.Register, error) {
	r, err := input.Record("forecast", paths, stderr)
	if err != nil {
		return nil, err
	}
	for _, c := range r.Conflicts() {
		fmt.Fprintln(stderr, "forecast: conflict:", c)
	}
	return r, nil
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
