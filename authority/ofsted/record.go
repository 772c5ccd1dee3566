package ofsted

import (
	_ "embed" // the built-in record

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted/internal/recordfile"
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
// to any register: reports read since, or a newer release loaded with
// [Load] and filed record by record.
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
	rec, err := recordfile.Decode(recordText)
	if err != nil {
		panic("ofsted: the built-in record cannot be read: " + err.Error())
	}
	r := new(authority.Register)
	for _, in := range rec.Inspections {
		if err := r.Add(in); err != nil {
			panic("ofsted: the built-in record holds a record a register refuses: " + err.Error())
		}
	}
	for _, rel := range rec.Releases {
		r.AddRelease(rel)
	}
	return r
}
