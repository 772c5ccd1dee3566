package ofsted

import (
	_ "embed" // the built-in record
	"reflect"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted/internal/recordfile"
	"github.com/childrens-services/judgements/inspection"
)

//go:generate go run ./internal/generate -o record.txt

// recordText is the built-in record, written by internal/generate in the
// format of internal/recordfile.
//
//go:embed record.txt
var recordText []byte

// Record returns a new register holding Ofsted's record of its
// inspections, built into the package as package time/tzdata builds in
// the time zone database: no file is read. The caller may add to it, as
// to any register; [RecordWith] loads Ofsted's files into it.
//
// The record holds every inspection and visit of Ofsted's official
// statistics ("Local authority inspection outcomes as at 31 March 2025",
// with the ILACS history since 2018 and the visits of 2024-25, and the
// history of 2009-2023 of "Children's social care data in England
// 2023"), then every inspection read from the reports Ofsted published
// since, to the latest the package was built with. Each record lists its
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
	r, _, _ := RecordWith()
	return r
}

// RecordWith returns the built-in record (see [Record]) with Ofsted's
// files at paths loaded into it, as [Load] loads them: newest release
// first, whether built in or given, so that where they disagree the
// newer release's value is kept, then the reports built in. A user who
// downloads a release newer than the package's, laid out like 2025's, so
// has it merged with the record, and the register covers it
// ([authority.Register.Coverage]). A record of a file that is the same as
// one built in (the same file name, sheet and row, and the same values)
// is not added again: giving the files the record was built from changes
// nothing.
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
	type place struct {
		file, sheet string
		row         int
	}
	builtIn := map[place]*inspection.Inspection{}
	var batches []batch
	byFile := map[string]int{}
	var reports []inspection.Inspection
	for i := range rec.Inspections {
		in := &rec.Inspections[i]
		src := in.Sources[0]
		if src.Row == 0 {
			reports = append(reports, *in)
			continue
		}
		builtIn[place{src.File, src.Sheet, src.Row}] = in
		k, ok := byFile[src.File]
		if !ok {
			k = len(batches)
			byFile[src.File] = k
			batches = append(batches, batch{file: -1})
		}
		batches[k].records = append(batches[k].records, *in)
	}
	for k := range batches {
		batches[k] = newBatch(batches[k].records, -1)
	}
	for i, l := range read {
		var records []inspection.Inspection
		for _, in := range l.records {
			src := in.Sources[0]
			same := in
			same.Authority = inspection.LocalAuthority{GSS: in.Authority.GSS} // as the record names it
			if b, ok := builtIn[place{src.File, src.Sheet, src.Row}]; ok && reflect.DeepEqual(*b, same) {
				continue
			}
			records = append(records, in)
		}
		batches = append(batches, newBatch(records, i))
	}
	batches = append(batches, batch{records: reports, file: -1})
	r := fileBatches(batches, files)
	for _, rel := range rec.Releases {
		r.AddRelease(rel)
	}
	for i, l := range read {
		files[i].Notes = dated(r, l, files[i].Notes)
	}
	return r, files, nil
}
