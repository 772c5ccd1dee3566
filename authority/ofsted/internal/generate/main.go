// Command generate writes the record that package ofsted builds in
// (record.txt): every inspection and visit in Ofsted's official
// statistics, and every inspection of the reports published since the
// latest release, read with package report. It is run by go generate in
// package ofsted, and by CI, which fails if its output differs from the
// file committed:
//
//	go generate ./authority/ofsted
//	go run ./authority/ofsted/internal/generate -shared DIR -o authority/ofsted/record.txt
//
// # Input
//
// The shared data folder (-shared; default $JUDGEMENTS_SHARED, or
// ../shared beside the module's root) holds Ofsted's spreadsheets in
// data/ofsted/*.ods and the text of Ofsted's reports, extracted with
// pdftotext -layout, in corpus/layout/AUTHORITY_PUBLISHED_URN.txt, where
// PUBLISHED is the report's publication date on Ofsted's site and URN the
// authority's Ofsted number.
//
// # What it writes
//
// The spreadsheets' records, as read (ofsted.Read), newest release first,
// as ofsted.Load files them; then the records of the reports of
// inspections the latest release does not count (started after its census
// day, or published after its cut-off), by file name. They are written
// merged, one record an inspection with all its sources, so that the
// package files each once; but the records whose merging is a
// disagreement (a Conflict) are written after, as read, so that filing
// them again notes the disagreement again. A report is dated
// by the publication in its file name where it prints none (ILACS reports
// print none), and must name the authority of the URN in its file name. A
// report whose reading met problems is included only if its judgements
// are complete and valid (inspection.Validate); what is left out, and
// why, is written to standard error and into the file as comments. Only
// structured fields are kept: no headline, paragraphs or recommendations.
//
// The output is the same, byte for byte, on every run over the same input:
// files and reports are taken in sorted order, and nothing depends on the
// clock or the order of a map. Before writing, the record is checked:
// encoded, decoded and filed in its order it must give the register, and
// the conflicts, that ofsted.Load gives for the spreadsheets, with the
// reports added.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/authority/ofsted/internal/recordfile"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
}

func run(args []string, log io.Writer) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	fs.SetOutput(log)
	shared := fs.String("shared", "", "the shared data `folder` (default: $JUDGEMENTS_SHARED, or ../shared beside the module's root)")
	out := fs.String("o", "record.txt", "write the record to `FILE`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	dir, err := sharedDir(*shared)
	if err != nil {
		return err
	}
	rec, err := build(dir, log)
	if err != nil {
		return err
	}
	data, err := recordfile.Encode(rec)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, data, 0o666); err != nil {
		return err
	}
	fmt.Fprintf(log, "generate: wrote %s: %d bytes, %d records\n", *out, len(data), len(rec.Inspections))
	return nil
}

// sharedDir returns the shared data folder: flag, else $JUDGEMENTS_SHARED
// (relative to the module's root), else ../shared beside the root.
func sharedDir(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	root := wd
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			return "", errors.New("no go.mod above the working folder: give the shared data with -shared")
		}
		root = parent
	}
	if env := os.Getenv("JUDGEMENTS_SHARED"); env != "" {
		if !filepath.IsAbs(env) {
			env = filepath.Join(root, env)
		}
		return env, nil
	}
	return filepath.Join(root, "..", "shared"), nil
}

// build reads the shared data into the record to write.
func build(dir string, log io.Writer) (*recordfile.Record, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "data", "ofsted", "*.ods"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no spreadsheets in %s", filepath.Join(dir, "data", "ofsted"))
	}
	slices.Sort(paths)
	official, releases, err := readOfficial(paths, log)
	if err != nil {
		return nil, err
	}
	if len(releases) == 0 {
		return nil, errors.New("no spreadsheet names its release on a cover sheet")
	}
	latest := releases[0]
	for _, rel := range releases[1:] {
		if rel.Census.At.After(latest.Census.At) {
			latest = rel
		}
	}
	reports, notes, err := readReports(filepath.Join(dir, "corpus", "layout"), latest.Census, log)
	if err != nil {
		return nil, err
	}
	comments := []string{
		"Ofsted's record of its inspections of English local authorities' children's services,",
		"built into package github.com/childrens-services/judgements/authority/ofsted.",
		"Contains public sector information licensed under the Open Government Licence v3.0.",
		"Generated by go generate (authority/ofsted/internal/generate); do not edit.",
		"",
		fmt.Sprintf("%d records from Ofsted's official statistics:", len(official)),
	}
	for _, p := range paths {
		comments = append(comments, "  "+filepath.Base(p))
	}
	comments = append(comments, fmt.Sprintf("%d records from the reports of the inspections that %q does not count (%s),",
		len(reports), latest.Title, latest.Census))
	if len(notes) == 0 {
		comments = append(comments, "  none left out, none read with problems.")
	} else {
		comments = append(comments, "  with these left out or read with problems:")
		comments = append(comments, notes...)
	}
	full, err := fullRegister(append(official, reports...), paths)
	if err != nil {
		return nil, err
	}
	records, held, err := merged(append(official, reports...), full)
	if err != nil {
		return nil, err
	}
	comments = append(comments, "",
		fmt.Sprintf("They are merged into %d records of inspections, one an inspection (with their sources), then", len(records)-held),
		fmt.Sprintf("the %d records whose merging is a disagreement, as read, for the register to merge and note again.", held))
	var between []string
	for _, c := range full.Conflicts() {
		if slices.ContainsFunc(slices.Concat(c.KeptFrom, c.OtherFrom), func(s inspection.Source) bool { return s.Row == 0 }) {
			between = append(between, "  "+c.String())
		}
	}
	comments = append(comments, fmt.Sprintf("%d conflicts between the reports and Ofsted's statistics.", len(between)))
	comments = append(comments, between...)
	fmt.Fprintln(log, "generate:", strings.TrimSpace(comments[len(comments)-len(between)-1]))
	for _, c := range between {
		fmt.Fprintln(log, "generate:"+c)
	}
	rec := &recordfile.Record{Comments: comments, Releases: releases, Inspections: records}
	if err := check(rec, full); err != nil {
		return nil, err
	}
	return rec, nil
}

// readOfficial reads Ofsted's spreadsheets, and returns their records in
// the order ofsted.Load files them (newest release first: the file whose
// latest publication is latest), and their releases, in that order.
func readOfficial(paths []string, log io.Writer) ([]inspection.Inspection, []authority.Release, error) {
	type read struct {
		records []inspection.Inspection
		file    ofsted.File
		latest  inspection.Date
	}
	var files []read
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, nil, err
		}
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, nil, err
		}
		records, file, err := ofsted.Read(f, fi.Size(), filepath.Base(p))
		f.Close()
		if err != nil {
			return nil, nil, err
		}
		if len(file.Problems) > 0 {
			return nil, nil, fmt.Errorf("%s: %d rows not read, the first: %v", file.Name, len(file.Problems), file.Problems[0])
		}
		fmt.Fprintln(log, "generate:", file)
		r := read{records: records, file: file}
		for _, in := range records {
			if in.Published.After(r.latest) {
				r.latest = in.Published
			}
		}
		files = append(files, r)
	}
	slices.SortStableFunc(files, func(a, b read) int { return b.latest.Compare(a.latest) })
	var out []inspection.Inspection
	var releases []authority.Release
	for _, f := range files {
		out = append(out, f.records...)
		if !f.file.Release.Census.At.IsZero() {
			releases = append(releases, f.file.Release)
		}
	}
	return out, releases, nil
}

// readReports reads the reports in dir of inspections census does not
// count, and returns their records, by file name, with a line for each
// report left out and for each report whose reading met problems.
func readReports(dir string, census authority.Census, log io.Writer) ([]inspection.Inspection, []string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, nil, fmt.Errorf("no reports in %s", dir)
	}
	slices.Sort(paths)
	by := census.PublishedBy
	if by.IsZero() {
		by = census.At
	}
	var out []inspection.Inspection
	var notes []string
	note := func(format string, args ...any) {
		s := "  " + fmt.Sprintf(format, args...)
		notes = append(notes, s)
		fmt.Fprintln(log, "generate:"+s)
	}
	for _, p := range paths {
		name := filepath.Base(p)
		published, urn, err := parseName(name)
		if err != nil {
			return nil, nil, err
		}
		text, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		in, perr := report.Parse(string(text))
		if in == nil {
			note("left out %s: %v", name, perr)
			continue
		}
		day := in.Start
		if day.IsZero() {
			day = published
		}
		if !day.After(census.At) && !published.After(by) {
			continue // the release counts it
		}
		if perr != nil {
			if problems := inspection.Validate(in); len(problems) > 0 || len(in.Judgements) == 0 {
				note("left out %s: its judgements are not complete and valid: %v", name, oneLine(perr))
				continue
			}
			note("read %s with problems, its judgements complete and valid: %v", name, oneLine(perr))
		}
		a, err := authority.LookupAt(in.Authority.Name, in.Date())
		if err != nil {
			note("left out %s: %v", name, err)
			continue
		}
		if a.URN() != urn {
			note("left out %s: it names %s, whose URN is %s, not %s", name, a, a.URN(), urn)
			continue
		}
		if in.Published.IsZero() {
			in.Published = published
		} else if in.Published != published {
			note("%s prints publication %s; its name says %s: the report's is kept", name, in.Published, published)
		}
		out = append(out, inspection.Inspection{
			Authority:     inspection.LocalAuthority{Name: a.Name(), GSS: a.GSS(), DfE: a.DfE(), URN: a.URN()},
			Framework:     in.Framework,
			Kind:          in.Kind,
			Theme:         in.Theme,
			Start:         in.Start,
			End:           in.End,
			Published:     in.Published,
			Link:          in.Link,
			LeadInspector: in.LeadInspector,
			Judgements:    in.Judgements,
			Sources:       []inspection.Source{{File: name, Areas: slices.Sorted(maps.Keys(in.Judgements))}},
		})
	}
	return out, notes, nil
}

// parseName reads a report's file name, AUTHORITY_PUBLISHED_URN.txt.
func parseName(name string) (inspection.Date, string, error) {
	parts := strings.Split(strings.TrimSuffix(name, ".txt"), "_")
	if len(parts) != 3 {
		return inspection.Date{}, "", fmt.Errorf("report %s: want a name AUTHORITY_PUBLISHED_URN.txt", name)
	}
	d, err := inspection.ParseDate(parts[1])
	if err != nil {
		return inspection.Date{}, "", fmt.Errorf("report %s: %w", name, err)
	}
	return d, parts[2], nil
}

func oneLine(err error) string { return strings.ReplaceAll(err.Error(), "\n", "; ") }

// fullRegister files the records read in order, and checks that the
// register is the one ofsted.Load gives for the spreadsheets, with the
// reports added.
func fullRegister(read []inspection.Inspection, paths []string) (*authority.Register, error) {
	got := new(authority.Register)
	for _, in := range read {
		if err := got.Add(in); err != nil {
			return nil, fmt.Errorf("a record the register refuses: %w", err)
		}
	}
	want, _, err := ofsted.Load(paths...)
	if err != nil {
		return nil, err
	}
	for _, in := range read {
		if in.Sources[0].Row == 0 {
			if err := want.Add(in); err != nil {
				return nil, err
			}
		}
	}
	if err := same(got, want); err != nil {
		return nil, fmt.Errorf("the records read, filed in order, are not the register ofsted.Load gives: %w", err)
	}
	return got, nil
}

// merged returns the records to write: the register's records of the
// records read, merged, but for those whose filing made a conflict, which
// follow as read, so that filing them again notes the conflicts again;
// and the number of those held back.
func merged(read []inspection.Inspection, full *authority.Register) ([]inspection.Inspection, int, error) {
	var held []inspection.Inspection
	var base authority.Register
	var probe authority.Register
	for _, in := range read {
		n := len(probe.Conflicts())
		if err := probe.Add(in); err != nil {
			return nil, 0, err
		}
		if len(probe.Conflicts()) > n {
			held = append(held, in)
			continue
		}
		if err := base.Add(in); err != nil {
			return nil, 0, err
		}
	}
	if len(base.Conflicts()) > 0 {
		return nil, 0, fmt.Errorf("records that merge without a conflict one by one conflict together: %v", base.Conflicts()[0])
	}
	records := append(slices.Collect(base.Inspections()), held...)
	var again authority.Register
	for _, in := range records {
		if err := again.Add(in); err != nil {
			return nil, 0, err
		}
	}
	if err := same(&again, full); err != nil {
		return nil, 0, fmt.Errorf("the merged records, filed again, are not the register of the records read: %w", err)
	}
	return records, len(held), nil
}

// check checks that the record encodes and decodes to the register want.
func check(rec *recordfile.Record, want *authority.Register) error {
	data, err := recordfile.Encode(rec)
	if err != nil {
		return err
	}
	back, err := recordfile.Decode(string(data))
	if err != nil {
		return fmt.Errorf("the record does not decode: %w", err)
	}
	var decoded authority.Register
	for _, in := range back.Inspections {
		if err := decoded.Add(in); err != nil {
			return fmt.Errorf("a decoded record the register refuses: %w", err)
		}
	}
	if err := same(&decoded, want); err != nil {
		return fmt.Errorf("the record, encoded and decoded, gives another register: %w", err)
	}
	return nil
}

// same reports how two registers differ: in their inspections, or in
// their conflicts.
func same(a, b *authority.Register) error {
	ja, err := a.MarshalJSON()
	if err != nil {
		return err
	}
	jb, err := b.MarshalJSON()
	if err != nil {
		return err
	}
	if !bytes.Equal(ja, jb) {
		return errors.New("other inspections")
	}
	if !reflect.DeepEqual(a.Conflicts(), b.Conflicts()) {
		return fmt.Errorf("other conflicts: %q and %q", conflicts(a), conflicts(b))
	}
	return nil
}

func conflicts(r *authority.Register) []string {
	var out []string
	for _, c := range r.Conflicts() {
		out = append(out, c.String())
	}
	return out
}
