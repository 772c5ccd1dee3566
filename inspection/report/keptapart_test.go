package report_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// keptApart are 30 reports of the corpus, apart from those of
// structure.csv and chosen at random in the same strata (12 SIF, 14 ILACS
// before 2025, 4 from 2025), whose bodies were read by hand to check the
// rules of the reader on reports they were not made from: how many
// recommendations they make (the authority's and the board's), how many
// with a national framework reference, their last paragraph number, and
// the first and last paragraph of each graded section, in order.
var keptApart = []struct {
	file                  string
	recs, boardRecs, refs int
	last                  int
	sections              string
}{
	{"cheshire-east_2015-09-15_80447.txt", 17, 8, 0, 177, "18-47 48-86 87-105 106-125 126-150 159-177"},
	{"east-sussex_2014-03-21_80467.txt", 9, 2, 0, 127, "28-51 52-70 71-85 86-96 97-111 114-127"},
	{"havering_2016-12-09_80500.txt", 13, 4, 0, 152, "14-46 47-77 78-92 93-107 108-128 133-152"},
	{"hounslow_2014-03-21_80503.txt", 26, 7, 0, 162, "60-83 84-104 105-118 119-129 130-144 152-162"},
	{"isle-of-wight_2014-11-19_80419.txt", 21, 12, 0, 164, "34-53 54-80 81-97 98-111 112-130 143-164"},
	{"peterborough_2015-09-18_80537.txt", 19, 6, 0, 173, "20-50 51-87 88-104 105-124 125-144 151-173"},
	{"southampton_2014-09-15_80558.txt", 35, 7, 0, 184, "68-91 92-118 119-132 133-141 142-155 168-184"},
	{"stockport_2017-08-25_80562.txt", 8, 6, 0, 107, "9-30 31-52 53-63 64-73 74-88 89-107"},
	{"suffolk_2016-02-11_80565.txt", 10, 3, 0, 133, "11-38 39-63 64-78 79-95 96-112 116-133"},
	{"swindon_2014-05-23_80568.txt", 16, 3, 0, 155, "43-69 70-90 91-106 107-117 118-139 143-155"},
	{"telford-wrekin_2016-08-26_80570.txt", 11, 5, 0, 118, "12-31 32-53 54-67 68-81 82-98 104-118"},
	{"wandsworth_2018-07-20_80518.txt", 9, 0, 0, 86, "10-31 32-47 48-58 59-72 73-86"},
	{"barnsley_2018-11-19_80426.txt", 4, 0, 0, 47, "1-15 16-34 35-47"},
	{"bracknell-forest_2022-07-29_80436.txt", 2, 0, 0, 41, "1-13 14-30 31-41"},
	{"coventry_2022-08-12_80456.txt", 4, 0, 0, 49, "1-17 18-39 40-49"},
	{"haringey_2018-12-14_80498.txt", 9, 0, 0, 53, "1-21 22-38 39-53"},
	{"kingston-upon-hull_2019-05-17_80477.txt", 10, 0, 0, 49, "1-19 20-36 37-49"},
	{"kingston-upon-hull_2023-01-13_80477.txt", 4, 0, 0, 48, "1-16 17-36 37-48"},
	{"leicester_2021-11-12_80482.txt", 5, 0, 0, 46, "1-16 17-32 33-46"},
	{"london-corporation_2024-11-05_80450.txt", 2, 0, 0, 62, "1-17 18-34 35-42 43-62"},
	{"north-northamptonshire_2022-11-25_2637539.txt", 4, 0, 0, 43, "1-11 12-33 34-43"},
	{"swindon_2019-08-12_80568.txt", 4, 0, 0, 39, "1-14 15-28 29-39"},
	{"tameside_2024-02-13_80569.txt", 13, 0, 0, 57, "1-14 15-32 33-46 47-57"},
	{"windsor-maidenhead_2024-11-19_80546.txt", 2, 0, 0, 51, "1-18 19-33 34-43 44-51"},
	{"wirral_2024-02-02_80581.txt", 7, 0, 0, 61, "1-15 16-33 34-47 48-61"},
	{"worcestershire_2023-07-14_80584.txt", 4, 0, 0, 62, "1-16 17-37 38-48 49-62"},
	{"bedford_2025-08-27_80428.txt", 7, 0, 7, 57, "1-21 22-34 35-47 48-57"},
	{"bracknell-forest_2026-01-28_80436.txt", 1, 0, 1, 52, "1-17 18-31 32-42 43-52"},
	{"buckinghamshire_2025-05-14_80442.txt", 7, 0, 7, 53, "1-17 18-30 31-42 43-53"},
	{"coventry_2026-05-18_80456.txt", 2, 0, 2, 64, "1-23 24-39 40-53 54-64"},
}

// TestParseKeptApart checks the bodies of the reports kept apart, in both
// forms of their text.
func TestParseKeptApart(t *testing.T) {
	for _, tt := range keptApart {
		for _, form := range []string{"layout", "raw"} {
			name := form + "/" + tt.file
			in, _ := parseSafely(t, name, string(sharedtest.ReadFile(t, "corpus/"+form+"/"+tt.file)))
			var recs, boardRecs, refs int
			for _, r := range in.Recommendations {
				if r.Area == inspection.LSCB {
					boardRecs++
				} else {
					recs++
				}
				if r.Reference.IsValid() {
					refs++
				}
			}
			if recs != tt.recs || boardRecs != tt.boardRecs || refs != tt.refs {
				t.Errorf("%s: %d and %d recommendations (the authority's and the board's), %d with references; want %d, %d, %d", name, recs, boardRecs, refs, tt.recs, tt.boardRecs, tt.refs)
			}
			var sections []string
			for _, s := range in.Sections {
				if ns := numbers(s.Paragraphs); s.Area != 0 && len(ns) > 0 {
					sections = append(sections, fmt.Sprintf("%d-%d", ns[0], ns[len(ns)-1]))
				}
			}
			if got := strings.Join(sections, " "); got != tt.sections {
				t.Errorf("%s: graded sections of paragraphs %s, want %s", name, got, tt.sections)
			}
			if got := slices.Max(append(paragraphNumbers(in), 0)); got != tt.last {
				t.Errorf("%s: last paragraph %d, want %d", name, got, tt.last)
			}
		}
	}
}
