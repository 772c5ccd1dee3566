package ofsted

import (
	_ "embed" // the built-in record

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted/internal/recordfile"
	"github.com/childrens-services/judgements/inspection"
)

//go:generate go run ./internal/generate -o record.txt

// recordText is the built-in record, written by internal/generate in the
// format of internal/recordfile.
//
//go:embed record.txt
var recordText string

// Record returns a new register holding Ofsted's record of its
// inspections, built into the package as package time/tzdata builds in
// the time zone database: no file is read. The caller may add to it, as
// to any register; [RecordWith] loads Ofsted's files into it.
//
// The record holds every inspection and visit of Ofsted's official
// statistics ("Local authority inspection outcomes as at 31 March 2025",
// with the ILACS history since 2018 and the visits of 2024-25, and the
// history of 2009-2023 and the visits of 2022-23 of "Children's social
// care data in England 2023"), then every inspection read from the
// reports Ofsted published since, to the latest the package was built
// with. Each record lists its
// sources ([inspection.Source]): the file, sheet and row of Ofsted's
// statistics, or the report, with the judgements each gave; records of
// one inspection are merged as [Load] merges them, with the same
// conflicts ([authority.Register.Conflicts]). The register knows what it
// covers ([authority.Register.Coverage]): the 2025 release's census, then
// the reports read since, how many, and the latest published.
//
// Only the structured fields of a record are built in: authority,
// framework, kind, theme, dates, lead inspector, judgements and sources;
// no report text.
//
// Contains public sector information licensed under the Open Government
// Licence v3.0.
func Record() *authority.Register {
	// The record is written in the order to file it, and filed as it is
	// read.
	r := new(authority.Register)
	releases, err := recordfile.Each(recordText, func(in inspection.Inspection) {
		if err := r.Add(in); err != nil {
			panic("ofsted: the built-in record holds a record a register refuses: " + err.Error())
		}
	})
	if err != nil {
		panic("ofsted: the built-in record cannot be read: " + err.Error())
	}
	for _, rel := range releases {
		r.AddRelease(rel)
	}
	return r
}

// RecordWith returns the built-in record (see [Record]) with Ofsted's
// files at paths loaded into it, as [Load] loads them: newest release
// first, whether built in or given, so that where they disagree the
// newer release's value is kept. A user who downloads a release newer
// than the package's, laid out like 2025's, so has it merged with the
// record, and the register covers it ([authority.Register.Coverage]). A
// record of a file the record was built from (the same file name, sheet
// and row, and nothing the record says otherwise) is not added again:
// giving the files the record was built from changes nothing.
//
// It returns each file's report, and an error only for a file that
// cannot be read or holds no table of inspections, as Load does.
func RecordWith(paths ...string) (*authority.Register, []File, error) {
	rec, err := recordfile.Decode(recordText)
	if err != nil {
		panic("ofsted: the built-in record cannot be read: " + err.Error())
	}
	files, read, err := readFiles(paths)
	if err != nil {
		return nil, files, err
	}
	builtIn := batch{records: rec.Inspections, file: -1}
	type place struct {
		file, sheet string
		row         int
	}
	holding := map[place]*inspection.Inspection{} // the record's inspection of each row of Ofsted's files
	for i := range rec.Inspections {
		in := &rec.Inspections[i]
		for _, src := range in.Sources {
			if src.Row > 0 && len(paths) > 0 {
				holding[place{src.File, src.Sheet, src.Row}] = in
			}
			if src.Row > 0 && in.Published.After(builtIn.latest) {
				builtIn.latest = in.Published // the latest publication of the releases built in
			}
		}
	}
	batches := []batch{builtIn}
	for i, l := range read {
		var records []inspection.Inspection
		for _, in := range l.records {
			src := in.Sources[0]
			if b, ok := holding[place{src.File, src.Sheet, src.Row}]; ok && holds(b, &in) {
				continue
			}
			records = append(records, in)
		}
		batches = append(batches, newBatch(records, i))
	}
	r := fileBatches(batches, files)
	for _, rel := range rec.Releases {
		r.AddRelease(rel)
	}
	for i, l := range read {
		files[i].Notes = dated(r, l, files[i].Notes)
	}
	return r, files, nil
}

// holds reports whether record b says all that record in says.
func holds(b, in *inspection.Inspection) bool {
	if !gives(b.Framework, in.Framework) || !gives(b.Kind, in.Kind) || !gives(b.Theme, in.Theme) ||
		!gives(b.Start, in.Start) || !gives(b.End, in.End) || !gives(b.Published, in.Published) ||
		!gives(b.Link, in.Link) || !gives(b.LeadInspector, in.LeadInspector) {
		return false
	}
	for a, g := range in.Judgements {
		if h, ok := b.Judgements[a]; !ok || h != g {
			return false
		}
	}
	return true
}

// gives reports whether a record whose value is b gives v: v is b, or
// not given.
func gives[T comparable](b, v T) bool {
	var zero T
	return v == zero || b == v
}
