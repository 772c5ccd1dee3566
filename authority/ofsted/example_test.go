package ofsted_test

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"path/filepath"
	"slices"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// Load Ofsted's two published spreadsheets and print the national
// picture of Ofsted's table "Inspections as at 31 March 2025", with where
// the files disagree.
func ExampleLoad() {
	r, files, err := ofsted.Load(
		downloaded("LA_Inspection_Outcomes_as_at_31_March_2025.ods"),
		downloaded("Childrens_social_care_in_England_2023_underlying_data.ods"),
	)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range files {
		fmt.Println(len(f.Tables), "tables,", len(f.Problems), "problems,", len(f.Notes), "notes")
	}
	for _, c := range r.Conflicts() {
		fmt.Println(c.Authority, c.Date, c.Field+":", c.Kept, "kept,", c.Other, "in the other file")
	}
	rel := authority.Releases()[1]
	p := r.Picture(rel.Census)
	fmt.Println(rel.Title, "-", p.Len(), "authorities")
	for _, a := range p.Areas() {
		d := p.Area(a)
		fmt.Printf("%-22s %3d %3d %3d %3d  good or better %.0f%%\n", a.Label(), d.Outstanding, d.Good, d.RequiresImprovement, d.Inadequate, 100*d.GoodOrBetterShare())
	}
	// Output:
	// 3 tables, 0 problems, 10 notes
	// 3 tables, 0 problems, 0 notes
	// Merton 2022-02-28 kind: short kept, standard in the other file
	// Nottingham 2022-07-11 published: 2022-09-05 kept, 2022-11-05 in the other file
	// Local authority inspection outcomes as at 31 March 2025 - 153 authorities
	// Overall effectiveness   36  67  31  19  good or better 67%
	// Impact of leaders       45  60  33  15  good or better 69%
	// Help and protection     22  71  45  15  good or better 61%
	// Children in care        37  75  30  11  good or better 73%
	// Care leavers            27  43  26   7  good or better 68%
}

// Read a file without filing it: its records, and its report, whose
// problems name the cells that could not be read.
func ExampleRead() {
	records, f, err := ofsted.Read(bytes.NewReader(sample), int64(len(sample)), "sample.ods")
	if err != nil {
		log.Fatal(err)
	}
	for _, in := range records {
		g, _ := in.Overall()
		fmt.Println(in.Authority.Name, in.Authority.GSS, in.Framework, in.Kind, in.Start, g, in.Sources[0].Sheet, in.Sources[0].Row)
	}
	fmt.Println(f)
	for _, p := range f.Problems {
		fmt.Println(p)
		fmt.Println(errors.Is(p, grade.ErrUnknown))
	}
	// Output:
	// Portsmouth E06000044 ilacs-2023 short 2023-05-15 good History 2
	// sample.ods: 1 table, 1 record; every sheet read; 1 problem; no notes
	// ofsted: sample.ods: sheet "History", row 3, column E ("Overall effectiveness"): grade.Parse("Excelent"): not a recognised spelling
	// true
}

// downloaded returns the path of one of Ofsted's files, as downloaded
// from GOV.UK.
func downloaded(name string) string {
	dir, _ := sharedtest.Find()
	return filepath.Join(dir, "data/ofsted", name)
}

// sample is a small spreadsheet laid out as Ofsted's ILACS history is.
var sample = func() []byte {
	var b bytes.Buffer
	writeODS(&b, sheet("History",
		row("Local authority name", "Inspection date", "Publication date", "Inspection type", "Overall effectiveness"),
		row("Portsmouth", "d:2023-05-15", "d:2023-07-03", "ILACS Short Inspection", "Good"),
		row("Southampton", "d:2023-06-12", "d:2023-08-04", "ILACS Standard Inspection", "Excelent"),
	))
	return b.Bytes()
}()

// The built-in record gives Ofsted's published national figures with no
// file to download, says what it covers, and where each judgement came
// from.
func ExampleRecord() {
	r := ofsted.Record()
	for _, rel := range authority.Releases() {
		p := r.Picture(rel.Census)
		d := p.Area(inspection.OverallEffectiveness)
		fmt.Printf("%s: %d outstanding, %d good, %d requires improvement, %d inadequate of %d authorities\n",
			rel.Census.At, d.Outstanding, d.Good, d.RequiresImprovement, d.Inadequate, p.Len())
	}
	fmt.Println(r.Coverage())

	h := r.History(authority.MustLookup("Portsmouth"))
	for in := range h.Graded() {
		if in.Start.Year != 2023 {
			continue
		}
		g, _ := in.Overall()
		fmt.Println(in.Start, in.Framework, "overall effectiveness", g, "from:")
		for _, s := range in.Sources {
			if slices.Contains(s.Areas, inspection.OverallEffectiveness) {
				fmt.Printf("  %s, sheet %s, row %d\n", s.File, s.Sheet, s.Row)
			}
		}
	}
	// Output:
	// 2023-03-31: 25 outstanding, 65 good, 48 requires improvement, 14 inadequate of 152 authorities
	// 2025-03-31: 36 outstanding, 67 good, 31 requires improvement, 19 inadequate of 153 authorities
	// Ofsted's official statistics as at 2025-03-31, with reports published by 2025-06-30 ("Local authority inspection outcomes as at 31 March 2025"), then 42 reports read since, the latest published 2026-08-18
	// 2023-05-15 ilacs-2023 overall effectiveness good from:
	//   LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet Inspections_as_at_31_March, row 101
	//   LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet ILACS_inspection_history, row 184
}
