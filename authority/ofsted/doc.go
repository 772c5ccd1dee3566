// Package ofsted gives Ofsted's record of its inspections of English
// local authorities' children's services, built in, and reads Ofsted's
// official statistics: the OpenDocument spreadsheets Ofsted publishes on
// GOV.UK
// (https://www.gov.uk/government/collections/childrens-social-care-statistics),
// such as "Local authority inspection outcomes as at 31 March 2025" and
// the underlying data of "Children's social care data in England 2023".
//
// # The built-in record
//
// [Record] gives Ofsted's record of its inspections with no file to read:
// every inspection and visit of the official statistics to 31 March 2025,
// then the inspections of the reports Ofsted published since, built into
// the package as package time/tzdata builds in the time zone database.
// Each record says where it came from: the file, sheet and row of
// Ofsted's statistics, or the report, and the judgements each gave
// ([inspection.Source]).
//
//	r := ofsted.Record()
//	fmt.Println(r.Coverage()) // the 2025 release's census, then the reports read since
//	p := r.Picture(authority.Releases()[1].Census)
//	fmt.Println(p.Area(inspection.OverallEffectiveness)) // outstanding 36, good 67, requires-improvement 31, inadequate 19
//
// A report read since, or a newer release, is added to it as to any
// register: its records are merged with the record's inspections
// ([authority.Register.Add]), their disagreements kept as conflicts.
//
// Contains public sector information licensed under the Open Government
// Licence v3.0
// (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).
//
// # Loading
//
// [Load] reads files into a new [authority.Register], with a report of
// each file:
//
//	r, files, err := ofsted.Load(
//		"LA_Inspection_Outcomes_as_at_31_March_2025.ods",
//		"Childrens_social_care_in_England_2023_underlying_data.ods",
//	)
//	if err != nil {
//		log.Fatal(err) // a file that cannot be read, or holds no table of inspections
//	}
//	for _, f := range files {
//		fmt.Println(f) // tables, records, problems, notes
//	}
//	for _, c := range r.Conflicts() {
//		fmt.Println(c) // where the files disagree: the newer release is kept
//	}
//
// The files' records are filed newest release first, so that where
// releases disagree about an inspection the register keeps the newer
// release's value; the disagreement is kept by the register as an
// [authority.Conflict], not returned as an error.
//
// # Reading
//
// [Read] reads one file and returns its records, as
// [inspection.Inspection] values, without filing them: each record names
// its authority as package authority does, and the file, sheet, row and
// judgements it was read from ([inspection.Source]). Tables are found by
// the meaning of their column headers, not their exact wording, so that a
// later release laid out like the 2025 one reads too; a judgement's
// column is mapped to its area by its wording
// ([inspection.Framework.AreaNamed]).
//
// # Reports and errors
//
// A [File] reports what reading a file found besides its records: the
// release its cover sheet names; the [Table] values read; the sheets and
// tables not read, and why; the cells and rows that could not be read
// (each an [*Error] naming sheet, row and column), whose inspections are
// missing from the records; and the file's statements that a register
// cannot use or that the register of authorities contradicts, such as an
// inspection its release counts but gives no day on site for, or a web
// link to another authority's page ([Note]).
//
// An error is returned only for a file that cannot be read to its end
// (wrapping [ErrFormat], [ErrLimit] or an I/O error) or that holds no
// table of inspections ([ErrNoTable]): never a partial success passed off
// as a whole one. The reader streams the file and bounds the time and
// memory it takes ([ErrLimit]).
package ofsted
