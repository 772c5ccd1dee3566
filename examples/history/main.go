// History prints one authority's record of Ofsted inspections and visits,
// from the record built into package authority/ofsted (Ofsted's official
// statistics to 31 March 2025, then the reports published since), with
// the reports given read and merged in.
//
// Usage:
//
//	go run ./examples/history [-json] [-data FILE.ods]... AUTHORITY [REPORT.txt|REPORT.pdf ...]
//
// AUTHORITY is a name in any common form, or a code ("Hull", "E06000010",
// "810"). Each REPORT is the text of an Ofsted report (pdftotext -layout,
// plain pdftotext, or copied out of a PDF viewer), or the PDF itself when
// pdftotext is installed. A report is merged with the record's inspection
// when it is the same inspection (the same days on site, or, where the
// record gives only a publication date, one that follows them), and added
// otherwise. -data loads Ofsted's published spreadsheets into the record
// (see examples/national).
//
// The record is printed oldest first: each inspection's date (its first
// day on site, or its publication where that is all that is known), its
// framework and kind, its days on site and publication, its judgements,
// and where it came from: each file's sheet and row, or report, with the
// judgements it gave. Then the disagreements between the records merged,
// each kept as the record had it. With -json it prints one JSON object
// instead, for other programs:
//
//	{"authority": {"name": ..., "gss": ..., "dfe": ..., "urn": ...},
//	 "inspections": [Inspection, ...],
//	 "conflicts": [{"date", "field", "kept", "other", "keptFrom", "otherFrom"}, ...]}
//
// where each Inspection is in the form inspection.Inspection documents,
// with its sources, and "conflicts" is left out when there are none.
//
// The problems met in reading a report go to standard error as
// FILE:LINE:COLUMN: message, and do not stop the program. A report or
// file that cannot be read, an authority not known, or a report of
// another authority stops it with status 1, naming the file; bad flags
// exit with status 2.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/examples/internal/input"
	"github.com/childrens-services/judgements/inspection"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the program, with its arguments and files; it returns the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, data := input.Flags("history", "[-json] [-data FILE.ods]... AUTHORITY [REPORT.txt|REPORT.pdf ...]", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object: the authority, its inspections and the conflicts")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	a, err := authority.Lookup(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "history:", err)
		return 1
	}
	r, err := input.RecordWithReports("history", *data, a, fs.Args()[1:], stdin, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "history:", err)
		return 1
	}
	h := r.History(a)
	var conflicts []authority.Conflict
	for _, c := range r.Conflicts() {
		if c.Authority == a {
			conflicts = append(conflicts, c)
		}
	}
	if *asJSON {
		err = writeJSON(stdout, a, h, conflicts)
	} else {
		err = writeText(stdout, r.Coverage(), h, conflicts)
	}
	if err != nil {
		fmt.Fprintln(stderr, "history:", err)
		return 1
	}
	return 0
}

// writeText prints the history as text.
func writeText(w io.Writer, cov authority.Coverage, h authority.History, conflicts []authority.Conflict) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d inspections and visits, oldest first\n", h.Authority.Name(), h.Len())
	fmt.Fprintf(&b, "From %s.\n", cov)
	for in := range h.All() {
		b.WriteString("\n" + in.Date().String() + "  " + in.Framework.String() + " " + in.Kind.String())
		if in.Theme != "" {
			b.WriteString(" (" + in.Theme + ")")
		}
		b.WriteString("\n")
		var when []string
		if !in.Start.IsZero() {
			onSite := in.Start.String()
			if !in.End.IsZero() && in.End != in.Start {
				onSite += " to " + in.End.String()
			}
			when = append(when, "on site "+onSite)
		}
		if !in.Published.IsZero() {
			when = append(when, "published "+in.Published.String())
		}
		if in.LeadInspector != "" {
			when = append(when, "lead inspector "+in.LeadInspector)
		}
		if len(when) > 0 {
			b.WriteString("    " + strings.Join(when, "; ") + "\n")
		}
		for area, g := range in.Ordered() {
			fmt.Fprintf(&b, "    %-38s %s\n", area.Label(), g.Label())
		}
		for _, s := range in.Sources {
			b.WriteString("    from " + source(s))
			if len(s.Areas) > 0 {
				keys := make([]string, len(s.Areas))
				for i, a := range s.Areas {
					keys[i] = a.String()
				}
				b.WriteString(": " + strings.Join(keys, ", "))
			}
			b.WriteString("\n")
		}
	}
	if len(conflicts) > 0 {
		b.WriteString("\nDisagreements between the records merged, each kept as the record had it:\n")
		for _, c := range conflicts {
			b.WriteString("    " + c.String() + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// source names where a record came from: a file's sheet and row, or a
// report.
func source(s inspection.Source) string {
	if s.Row == 0 {
		return s.File
	}
	return fmt.Sprintf("%s, sheet %q, row %d", s.File, s.Sheet, s.Row)
}

// A conflict is an authority.Conflict in the JSON the program writes.
type conflict struct {
	Date      inspection.Date     `json:"date"`
	Field     string              `json:"field"`
	Kept      string              `json:"kept"`
	Other     string              `json:"other"`
	KeptFrom  []inspection.Source `json:"keptFrom,omitempty"`
	OtherFrom []inspection.Source `json:"otherFrom,omitempty"`
}

// writeJSON prints the history as one JSON object.
func writeJSON(w io.Writer, a authority.Authority, h authority.History, conflicts []authority.Conflict) error {
	out := struct {
		Authority   inspection.LocalAuthority `json:"authority"`
		Inspections []inspection.Inspection   `json:"inspections"`
		Conflicts   []conflict                `json:"conflicts,omitempty"`
	}{
		Authority:   inspection.LocalAuthority{Name: a.Name(), GSS: a.GSS(), DfE: a.DfE(), URN: a.URN()},
		Inspections: slices.Collect(h.All()),
	}
	if out.Inspections == nil {
		out.Inspections = []inspection.Inspection{}
	}
	for _, c := range conflicts {
		out.Conflicts = append(out.Conflicts, conflict{c.Date, c.Field, c.Kept, c.Other, c.KeptFrom, c.OtherFrom})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
