package report_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestParsePatterns checks, in real reports of the corpus and in both
// forms of their text, each of the ways report bodies are printed that
// Parse once misread: the parts of the SIF on the board, numbers that
// begin lines because a sentence wrapped, paragraphs over page breaks,
// headings and grades printed apart, the lists under a numbered point,
// numbered paragraphs outside the graded sections, references, dates,
// kinds, lead inspectors and authorities.
func TestParsePatterns(t *testing.T) {
	tests := []struct {
		file, pattern string
		check         func(in *inspection.Inspection) error
	}{
		// The SIF's parts on the board.
		{"coventry_2014-03-21_80456.txt", `"Key strengths and weaknesses of the LSCB" ends the board's recommendations; its points are the board's findings`,
			all(recNumbers(inspection.LSCB, 120, 125), sectionRange(inspection.LSCB, grade.Inadequate, 126, 138))},
		{"bristol_2014-12-05_80441.txt", `the numbered paragraphs after "Inspection judgement about the LSCB" are the board's findings`,
			all(sectionRange(inspection.LSCB, grade.RequiresImprovement, 139, 158), recNumbers(inspection.LSCB, 126, 138))},
		{"buckinghamshire_2014-08-08_80442.txt", `the board's heading with its grade in the sentence below ("... are inadequate.")`,
			all(sectionRange(inspection.LSCB, grade.Inadequate, 157, 176), sectionHeading(inspection.LSCB, "The effectiveness of the Local Safeguarding Children Board (LSCB)"),
				recNumbers(inspection.LSCB, 147, 156), recNumbers(0, 12, 44))},
		{"bristol_2014-12-05_80441.txt", `the graded headings of the summary of findings ("Leadership, management and governance require improvement") open no section`,
			all(sectionRange(inspection.LeadershipManagementGovernance, grade.RequiresImprovement, 108, 125), ungraded("The local authority’s strengths", 20, 30))},

		// Lines that start with a number because a sentence wrapped.
		{"lancashire_2015-11-27_80480.txt", `"... once they reach" / "16. Many ...": paragraph 16 once`, all(paragraphOnce(16), sectionRange(inspection.HelpAndProtection, grade.Inadequate, 18, 50))},
		{"westminster_2016-03-29_80519.txt", "a wrapped 11 is no paragraph", paragraphOnce(11)},
		{"islington_2017-07-14_80505.txt", `"... beyond the age of" / "18. At the time ..."`, paragraphHas(71, "beyond the age of 18. At the time of the inspection")},
		{"doncaster_2015-11-27_80462.txt", `"... from 66 to" / "44. It remains ..."`,
			all(paragraphHas(68, "from 66 to 44. It remains unclear"), paragraphHas(93, "2013–14. The trust recognises"), paragraphOnce(44))},
		{"worcestershire_2019-07-29_80584.txt", `"... the age of" / "17." ends a recommendation, not a page`, recEnds(7, "when they reach the age of 17.")},

		// Paragraphs over page breaks, and headings.
		{"west-sussex_2023-05-11_80578.txt", "paragraph 17 goes on over the page break", all(paragraphHas(17, "inform them of their rights and entitlements"), noUnnumbered)},
		{"nottinghamshire_2019-12-19_80534.txt", "paragraph 25 goes on over the page break", all(paragraphHas(25, "speaking to children to obtain their views"), noUnnumbered)},
		{"telford-wrekin_2024-07-12_80570.txt", "a page ends in the middle of paragraph 57", all(paragraphHas(57, "Advisory and Support Service (Cafcass) is a strength"), noUnnumbered)},
		{"barnsley_2014-08-08_80426.txt", `a part title and a "Key Judgement / Judgement Grade" box over the heading, the grade beside the wording's first line`,
			all(sectionHeading(inspection.LookedAfterChildren, "The experiences and progress of children looked after and achieving permanence Requires improvement"),
				sectionRange(inspection.HelpAndProtection, grade.RequiresImprovement, 52, 79), lastUnnumbered(inspection.HelpAndProtection, false))},
		{"manchester_2014-09-03_80521.txt", `a "Key judgement   Judgement grade" box after a paragraph is no paragraph`, noParagraphHas("Key judgement")},
		{"london-corporation_2016-09-20_80450.txt", "adoption performance, not judged, has a section without a grade", sectionHeading(inspection.AdoptionPerformance, "The graded judgement for adoption performance")},

		// Lists under a numbered point.
		{"leicester_2015-03-20_80482.txt", "the bullets under a numbered SIF recommendation are the point's", recHas(1, "comprehensive and reliable performance data")},
		{"blackpool_2014-09-08_80431.txt", "(i), (ii), (iii) under a numbered recommendation are the point's", all(recHas(147, "(iii) they are known to the Youth Offending Team."), recNumbers(inspection.LSCB, 144, 151))},
		{"devon_2020-03-17_80461.txt", "an ILACS point's sub-bullets stay inside it", all(recCount(8), recHas(0, "sufficiency of accommodation"))},

		// Numbered paragraphs outside the graded sections.
		{"herefordshire_2014-06-30_80474.txt", `the summary of key findings, the strengths and "There are no areas ... priority" are paragraphs in sections that grade nothing`,
			all(ungraded("This local authority requires improvement and is not yet good because", 1, 8), ungraded("The local authority has the following strengths", 9, 15),
				ungraded("Priority and immediate action", 16, 16), ungraded("Priority and immediate action", 148, 148))},
		{"calderdale_2015-03-20_80444.txt", `"Progress since the last inspection"`, ungraded("Progress since the last inspection", 30, 36)},

		// References.
		{"walsall_2025-07-08_80574.txt", "references in square brackets", refs("outcome 3", "outcome 4")},
		{"middlesbrough_2026-07-28_80523.txt", "an enabler named by its title", hasRef("enabler 2")},

		// Plain pdftotext's page furniture.
		{"coventry_2022-08-12_80456.txt", "a running footer joined to the page's last line of text", all(paragraphHas(33, "have well"), noParagraphHas("Inspection of Coventry"))},
		{"brent_2026-06-17_80489.txt", "a footnote printed before its number", noParagraphHas("cross-referenced")},
		{"lancashire_2015-11-27_80480.txt", `a page number between a paragraph's number and its text ("51." / "20" / "The number ...")`, paragraphHas(51, "The number of children looked after in Lancashire")},

		// Dates, kinds, lead inspectors, authorities.
		{"devon_2025-05-13_80461.txt", "on site in two periods", dates(inspection.Standard, 2024, 9, 30, 2025, 1, 16)},
		{"darlington_2018-05-21_80458.txt", "a re-inspection says it follows an inadequate judgement", kind(inspection.Reinspection)},
		{"leicester_2017-09-04_80482.txt", "a re-inspection says it follows an inadequate judgement", kind(inspection.Reinspection)},
		{"slough_2016-02-17_80553.txt", "a re-inspection says it follows an inadequate judgement", kind(inspection.Reinspection)},
		{"birmingham_2014-05-23_80429.txt", `"Marie McGuinness Senior HMI"`, lead("Marie McGuinness")},
		{"cambridgeshire_2014-08-08_80445.txt", `"Helen Cawston HMI."`, lead("Helen Cawston")},
		{"hammersmith-and-fulham_2016-03-29_80497.txt", `"Lead inspector on site: Pietro Battista"`, lead("Pietro Battista")},
		{"stoke-on-trent_2022-11-25_80564.txt", "two lead inspectors", lead("Rebecca Quested and Matthew Reed")},
		{"calderdale_2015-03-20_80444.txt", `"Calderdale Metropolitan Council"`, gss("E08000033")},
		{"east-riding-of-yorkshire_2023-03-24_80466.txt", `"East Riding"`, gss("E06000011")},
		{"isles-of-scilly_2019-12-19_80455.txt", `"Council of the Isles of Scilly"`, gss("E06000053")},
		{"bradford_2026-05-21_80449.txt", `"Bradford Children and Families Trust"`, gss("E08000032")},
	}
	for _, tt := range tests {
		for _, form := range []string{"layout", "raw"} {
			in, _ := parseSafely(t, form+"/"+tt.file, string(sharedtest.ReadFile(t, "corpus/"+form+"/"+tt.file)))
			if err := tt.check(in); err != nil {
				t.Errorf("%s/%s (%s): %v", form, tt.file, tt.pattern, err)
			}
		}
	}
}

type inspectionCheck = func(in *inspection.Inspection) error

func all(checks ...inspectionCheck) inspectionCheck {
	return func(in *inspection.Inspection) error {
		for _, c := range checks {
			if err := c(in); err != nil {
				return err
			}
		}
		return nil
	}
}

// numbers returns the numbers of ps.
func numbers(ps []inspection.Paragraph) []int {
	var ns []int
	for _, p := range ps {
		if p.Number > 0 {
			ns = append(ns, p.Number)
		}
	}
	return ns
}

// span returns from, from+1, ..., to.
func span(from, to int) []int {
	var ns []int
	for n := from; n <= to; n++ {
		ns = append(ns, n)
	}
	return ns
}

func section(in *inspection.Inspection, a inspection.Area) (inspection.Section, error) {
	for _, s := range in.Sections {
		if s.Area == a {
			return s, nil
		}
	}
	return inspection.Section{}, fmt.Errorf("no section on %v", a)
}

// sectionRange checks that the section on a has grade g and holds the
// numbered paragraphs from to to.
func sectionRange(a inspection.Area, g grade.Grade, from, to int) inspectionCheck {
	return func(in *inspection.Inspection) error {
		s, err := section(in, a)
		if err != nil {
			return err
		}
		if s.Grade != g || !slices.Equal(numbers(s.Paragraphs), span(from, to)) {
			return fmt.Errorf("section on %v: %v, paragraphs %v; want %v, %d to %d", a, s.Grade, numbers(s.Paragraphs), g, from, to)
		}
		return nil
	}
}

func sectionHeading(a inspection.Area, heading string) inspectionCheck {
	return func(in *inspection.Inspection) error {
		s, err := section(in, a)
		if err != nil {
			return err
		}
		if s.Heading != heading {
			return fmt.Errorf("section on %v headed %q, want %q", a, s.Heading, heading)
		}
		return nil
	}
}

// lastUnnumbered checks whether the last paragraph of the section on a
// is unnumbered.
func lastUnnumbered(a inspection.Area, want bool) inspectionCheck {
	return func(in *inspection.Inspection) error {
		s, err := section(in, a)
		if err != nil {
			return err
		}
		if got := len(s.Paragraphs) > 0 && s.Paragraphs[len(s.Paragraphs)-1].Number == 0; got != want {
			return fmt.Errorf("section on %v ends with an unnumbered paragraph: %v, want %v", a, got, want)
		}
		return nil
	}
}

// ungraded checks that a section that grades nothing, headed heading,
// holds the numbered paragraphs from to to.
func ungraded(heading string, from, to int) inspectionCheck {
	return func(in *inspection.Inspection) error {
		var found [][]int
		for _, s := range in.Sections {
			if s.Area == 0 && s.Heading == heading {
				if slices.Equal(numbers(s.Paragraphs), span(from, to)) {
					return nil
				}
				found = append(found, numbers(s.Paragraphs))
			}
		}
		return fmt.Errorf("no section %q of paragraphs %d to %d (found %v)", heading, from, to, found)
	}
}

func paragraph(in *inspection.Inspection, n int) []string {
	var texts []string
	for _, s := range in.Sections {
		for _, p := range s.Paragraphs {
			if p.Number == n {
				texts = append(texts, p.Text)
			}
		}
	}
	for _, r := range in.Recommendations {
		if r.Number == n {
			texts = append(texts, r.Text)
		}
	}
	return texts
}

// flat returns s without white space and hyphens, as both forms of text
// print it.
func flat(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '-' {
			return -1
		}
		return r
	}, s)
}

func paragraphOnce(n int) inspectionCheck {
	return func(in *inspection.Inspection) error {
		if got := len(paragraph(in, n)); got != 1 {
			return fmt.Errorf("%d paragraphs numbered %d, want 1", got, n)
		}
		return nil
	}
}

func paragraphHas(n int, s string) inspectionCheck {
	return func(in *inspection.Inspection) error {
		texts := paragraph(in, n)
		if len(texts) != 1 || !strings.Contains(flat(texts[0]), flat(s)) {
			return fmt.Errorf("paragraph %d is %q, want one with %q", n, texts, s)
		}
		return nil
	}
}

func noParagraphHas(s string) inspectionCheck {
	return func(in *inspection.Inspection) error {
		for _, sec := range in.Sections {
			for _, p := range sec.Paragraphs {
				if strings.Contains(p.Text, s) {
					return fmt.Errorf("paragraph %d of %q has %q: %.80q", p.Number, sec.Heading, s, p.Text)
				}
			}
		}
		return nil
	}
}

// noUnnumbered checks that every paragraph of the graded sections is
// numbered, as in ILACS reports.
func noUnnumbered(in *inspection.Inspection) error {
	for _, s := range in.Sections {
		for _, p := range s.Paragraphs {
			if p.Number == 0 {
				return fmt.Errorf("section %q has an unnumbered paragraph %.80q", s.Heading, p.Text)
			}
		}
	}
	return nil
}

// recNumbers checks that the recommendations about area a are numbered
// from to to.
func recNumbers(a inspection.Area, from, to int) inspectionCheck {
	return func(in *inspection.Inspection) error {
		var got []int
		for _, r := range in.Recommendations {
			if r.Area == a || a == 0 && r.Area != inspection.LSCB {
				got = append(got, r.Number)
			}
		}
		if !slices.Equal(got, span(from, to)) {
			return fmt.Errorf("recommendations about %v numbered %v, want %d to %d", a, got, from, to)
		}
		return nil
	}
}

func recCount(n int) inspectionCheck {
	return func(in *inspection.Inspection) error {
		if len(in.Recommendations) != n {
			return fmt.Errorf("%d recommendations, want %d", len(in.Recommendations), n)
		}
		return nil
	}
}

// recHas checks that the recommendation numbered n (the first, for 0)
// has s in it.
func recHas(n int, s string) inspectionCheck {
	return func(in *inspection.Inspection) error {
		for k, r := range in.Recommendations {
			if r.Number == n || n == 0 && k == 0 {
				if !strings.Contains(flat(r.Text), flat(s)) {
					return fmt.Errorf("recommendation %d is %q, want it to have %q", n, r.Text, s)
				}
				return nil
			}
		}
		return fmt.Errorf("no recommendation %d", n)
	}
}

// recEnds checks that the kth recommendation (from 1) ends with s.
func recEnds(k int, s string) inspectionCheck {
	return func(in *inspection.Inspection) error {
		if k > len(in.Recommendations) || !strings.HasSuffix(in.Recommendations[k-1].Text, s) {
			return fmt.Errorf("recommendation %d does not end %q: %d recommendations", k, s, len(in.Recommendations))
		}
		return nil
	}
}

func refs(want ...string) inspectionCheck {
	return func(in *inspection.Inspection) error {
		var got []string
		for _, r := range in.Recommendations {
			got = append(got, r.Reference.String())
		}
		if !slices.Equal(got, want) {
			return fmt.Errorf("references %q, want %q", got, want)
		}
		return nil
	}
}

func hasRef(want string) inspectionCheck {
	return func(in *inspection.Inspection) error {
		for _, r := range in.Recommendations {
			if r.Reference.String() == want {
				return nil
			}
		}
		return fmt.Errorf("no recommendation refers to %s", want)
	}
}

func dates(k inspection.Kind, y1, m1, d1, y2, m2, d2 int) inspectionCheck {
	return func(in *inspection.Inspection) error {
		if in.Kind != k || in.Start != date(y1, m1, d1) || in.End != date(y2, m2, d2) {
			return fmt.Errorf("%v from %v to %v, want %v from %v to %v", in.Kind, in.Start, in.End, k, date(y1, m1, d1), date(y2, m2, d2))
		}
		return nil
	}
}

func kind(k inspection.Kind) inspectionCheck {
	return func(in *inspection.Inspection) error {
		if in.Kind != k {
			return fmt.Errorf("kind %v, want %v", in.Kind, k)
		}
		return nil
	}
}

func lead(name string) inspectionCheck {
	return func(in *inspection.Inspection) error {
		if in.LeadInspector != name {
			return fmt.Errorf("lead inspector %q, want %q", in.LeadInspector, name)
		}
		return nil
	}
}

func gss(code string) inspectionCheck {
	return func(in *inspection.Inspection) error {
		if in.Authority.GSS != code {
			return fmt.Errorf("authority %q is %q, want %q", in.Authority.Name, in.Authority.GSS, code)
		}
		return nil
	}
}

// paragraphNumbers returns the numbers of the numbered paragraphs of in,
// its recommendations' and its sections', in order.
func paragraphNumbers(in *inspection.Inspection) []int {
	var ns []int
	for _, r := range in.Recommendations {
		if r.Number > 0 {
			ns = append(ns, r.Number)
		}
	}
	for _, s := range in.Sections {
		ns = append(ns, numbers(s.Paragraphs)...)
	}
	return ns
}

// numberingExceptions are the reports whose numbered paragraphs are not
// 1, 2, 3 ... each once, and why.
var numberingExceptions = map[string]string{
	"kingston-upon-hull_2015-02-10_80477.txt": "the review of the board, bound in after the report, numbers its paragraphs from 1 again",
	"lambeth_2026-03-10_80506.txt":            "the report numbers two paragraphs 57",
}

// TestParseCorpusNumbering checks that each numbered paragraph of every
// report of the corpus appears once, in a section or as a recommendation,
// and that the numbers run from 1 without a gap, but in the reports of
// numberingExceptions.
func TestParseCorpusNumbering(t *testing.T) {
	for _, row := range readCSV(t, "corpus/truth.csv") {
		file := row["file"]
		for _, form := range []string{"layout", "raw"} {
			in, _ := parseSafely(t, form+"/"+file, string(sharedtest.ReadFile(t, "corpus/"+form+"/"+file)))
			ns := slices.Sorted(slices.Values(paragraphNumbers(in)))
			ok := len(ns) == 0 || slices.Equal(ns, span(1, len(ns)))
			why, excepted := numberingExceptions[file]
			switch {
			case ok && excepted:
				t.Errorf("%s/%s: paragraphs numbered 1 to %d, but numberingExceptions says %q", form, file, len(ns), why)
			case !ok && !excepted:
				t.Errorf("%s/%s: paragraph numbers %v, want 1 to %d each once", form, file, ns, len(ns))
			}
		}
	}
}
