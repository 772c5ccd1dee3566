package report_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestParseStructure compares the bodies Parse reads with
// corpus/structure.csv: the recommendations, numbered paragraphs and
// graded sections of 30 reports, read by hand (see corpus/structure.md).
// It counts as corpus/score_structure.py does, in both forms of the text,
// and fails on any difference:
//
//   - the number of recommendations, the board's and the authority's;
//   - each recommendation's first eight and last six words and its
//     national framework reference;
//   - the numbers of the paragraphs (recommendations and sections
//     together, each once), and of the paragraphs in graded sections, in
//     order;
//   - each paragraph's first six words;
//   - each graded section's first and last paragraph and its grade.
//
// Numbered paragraphs outside the graded sections are in sections that
// grade nothing, which the hand-read file does not list. Words are
// compared without regard to case, curly quotes and, in plain pdftotext
// text, which drops the hyphens that end lines ("risk-" / "reduction" is
// "riskreduction"), hyphens.
func TestParseStructure(t *testing.T) {
	rows := readCSV(t, "corpus/structure.csv")
	byFile := map[string][]map[string]string{}
	var files []string
	for _, row := range rows {
		if byFile[row["file"]] == nil {
			files = append(files, row["file"])
		}
		byFile[row["file"]] = append(byFile[row["file"]], row)
	}
	if len(files) != 30 {
		t.Errorf("structure.csv has %d reports, want 30", len(files))
	}
	for _, form := range []string{"layout", "raw"} {
		var total structureScore
		for _, file := range files {
			text := string(sharedtest.ReadFile(t, filepath.ToSlash(filepath.Join("corpus", form, file))))
			in, _ := parseSafely(t, form+"/"+file, text)
			s := scoreStructure(byFile[file], in, form == "raw")
			for _, miss := range s.misses {
				t.Errorf("%s/%s: %s", form, file, miss)
			}
			total.add(s)
		}
		t.Logf("%s: %s", form, total)
	}
}

// A structureScore counts what a reading of report bodies got right, of
// how many, as score_structure.py does.
type structureScore struct {
	reports, recCounts, recs, recFirst, recLast, refs, refsRight   int
	paraSeqs, bodySeqs, paras, paraFirst, sections, bounds, grades int
	misses                                                         []string
}

func (s *structureScore) add(o structureScore) {
	s.reports += o.reports
	s.recCounts += o.recCounts
	s.recs += o.recs
	s.recFirst += o.recFirst
	s.recLast += o.recLast
	s.refs += o.refs
	s.refsRight += o.refsRight
	s.paraSeqs += o.paraSeqs
	s.bodySeqs += o.bodySeqs
	s.paras += o.paras
	s.paraFirst += o.paraFirst
	s.sections += o.sections
	s.bounds += o.bounds
	s.grades += o.grades
}

func (s structureScore) String() string {
	return fmt.Sprintf("recommendation counts %d/%d, first words %d/%d, last words %d/%d, references %d/%d, paragraph sequences %d/%d, body sequences %d/%d, paragraph first words %d/%d, section bounds %d/%d, section grades %d/%d",
		s.recCounts, s.reports, s.recFirst, s.recs, s.recLast, s.recs, s.refsRight, s.refs, s.paraSeqs, s.reports, s.bodySeqs, s.reports,
		s.paraFirst, s.paras, s.bounds, s.sections, s.grades, s.sections)
}

func (s *structureScore) miss(format string, args ...any) {
	s.misses = append(s.misses, fmt.Sprintf(format, args...))
}

// words returns the words of s for comparing: lower case, straight
// quotes, and without hyphens if noHyphens.
func words(s string, noHyphens bool) []string {
	s = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`, "′", "'", "´", "'").Replace(strings.ToLower(s))
	if noHyphens {
		s = strings.ReplaceAll(s, "-", "")
	}
	return strings.Fields(s)
}

func firstWords(s string, n int, noHyphens bool) string {
	ws := words(s, noHyphens)
	return strings.Join(ws[:min(n, len(ws))], " ")
}

func lastWords(s string, n int, noHyphens bool) string {
	ws := words(s, noHyphens)
	return strings.Join(ws[max(0, len(ws)-n):], " ")
}

// graded returns the sections of in that grade something.
func graded(in *inspection.Inspection) []inspection.Section {
	return slices.DeleteFunc(slices.Clone(in.Sections), func(s inspection.Section) bool { return s.Area == 0 })
}

// scoreStructure scores in against the rows of structure.csv for its
// report.
func scoreStructure(rows []map[string]string, in *inspection.Inspection, raw bool) structureScore {
	s := structureScore{reports: 1}
	var recs, paras, secs []map[string]string
	for _, r := range rows {
		switch r["kind"] {
		case "recommendation":
			recs = append(recs, r)
		case "paragraph":
			paras = append(paras, r)
		case "section":
			secs = append(secs, r)
		}
	}
	// Recommendations, by part: the board's and the authority's.
	part := func(r inspection.Recommendation) string {
		if r.Area == inspection.LSCB {
			return "lscb"
		}
		return "main"
	}
	want, got := map[string][]map[string]string{}, map[string][]inspection.Recommendation{}
	for _, r := range recs {
		want[r["part"]] = append(want[r["part"]], r)
	}
	for _, r := range in.Recommendations {
		got[part(r)] = append(got[part(r)], r)
	}
	if len(want["main"]) == len(got["main"]) && len(want["lscb"]) == len(got["lscb"]) && len(got) <= 2 {
		s.recCounts++
	} else {
		s.miss("%d and %d recommendations (the authority's and the board's), want %d and %d", len(got["main"]), len(got["lscb"]), len(want["main"]), len(want["lscb"]))
	}
	for p, list := range want {
		for k, w := range list {
			s.recs++
			var r inspection.Recommendation
			if n, _ := strconv.Atoi(w["number"]); n > 0 {
				if j := slices.IndexFunc(got[p], func(r inspection.Recommendation) bool { return r.Number == n }); j >= 0 {
					r = got[p][j]
				}
			} else if k < len(got[p]) {
				r = got[p][k]
			}
			if a, b := firstWords(r.Text, 8, raw), firstWords(w["first_words"], 8, raw); a == b {
				s.recFirst++
			} else {
				s.miss("recommendation %s#%s starts %q, want %q", p, w["order"], a, b)
			}
			if a, b := lastWords(r.Text, 6, raw), lastWords(w["last_words"], 6, raw); a == b {
				s.recLast++
			} else {
				s.miss("recommendation %s#%s ends %q, want %q", p, w["order"], a, b)
			}
			switch ref := r.Reference.String(); {
			case w["reference"] != "":
				s.refs++
				if ref == w["reference"] {
					s.refsRight++
				} else {
					s.miss("recommendation %s#%s refers to %q, want %q", p, w["order"], ref, w["reference"])
				}
			case ref != "":
				s.miss("recommendation %s#%s refers to %q, want no reference", p, w["order"], ref)
			}
		}
	}
	// Paragraphs.
	numbered := slices.ContainsFunc(paras, func(r map[string]string) bool { return r["number"] != "" })
	text := map[int]string{}
	var seq, body []int
	for _, r := range in.Recommendations {
		if r.Number > 0 {
			seq = append(seq, r.Number)
			if _, ok := text[r.Number]; !ok {
				text[r.Number] = r.Text
			}
		}
	}
	for _, sec := range in.Sections {
		for _, p := range sec.Paragraphs {
			if p.Number == 0 {
				continue
			}
			seq = append(seq, p.Number)
			if sec.Area != 0 {
				body = append(body, p.Number)
			}
			if _, ok := text[p.Number]; !ok {
				text[p.Number] = p.Text
			}
		}
	}
	s.paras = len(paras)
	s.sections = len(secs)
	sections := graded(in)
	match := func(i int, w map[string]string) *inspection.Section {
		if a, ok := inspection.AreaNamed(w["heading"]); ok {
			if j := slices.IndexFunc(sections, func(s inspection.Section) bool { return s.Area == a }); j >= 0 {
				return &sections[j]
			}
			return nil
		}
		if i < len(sections) {
			return &sections[i]
		}
		return nil
	}
	if numbered {
		var wantSeq, wantBody []int
		for _, r := range paras {
			n, _ := strconv.Atoi(r["number"])
			wantSeq = append(wantSeq, n)
		}
		for _, w := range secs {
			a, b, _ := strings.Cut(w["number"], "-")
			from, _ := strconv.Atoi(a)
			to, _ := strconv.Atoi(b)
			for _, n := range wantSeq {
				if from <= n && n <= to {
					wantBody = append(wantBody, n)
				}
			}
		}
		if slices.Equal(slices.Sorted(slices.Values(seq)), slices.Sorted(slices.Values(wantSeq))) {
			s.paraSeqs++
		} else {
			s.miss("paragraph numbers %v, want %v", seq, wantSeq)
		}
		if slices.Equal(body, wantBody) {
			s.bodySeqs++
		} else {
			s.miss("paragraph numbers in graded sections %v, want %v", body, wantBody)
		}
		for _, r := range paras {
			n, _ := strconv.Atoi(r["number"])
			got, ok := text[n]
			if a, b := firstWords(got, 6, raw), firstWords(r["first_words"], 6, raw); ok && a == b {
				s.paraFirst++
			} else {
				s.miss("paragraph %d starts %q, want %q", n, a, b)
			}
		}
	} else {
		// Paragraphs without numbers: each section's, in order.
		ok, at := true, 0
		for i, w := range secs {
			count, _ := strconv.Atoi(strings.TrimPrefix(w["number"], "count="))
			var ps []inspection.Paragraph
			if sec := match(i, w); sec != nil {
				ps = sec.Paragraphs
			}
			if len(ps) != count {
				ok = false
				s.miss("section %s has %d paragraphs, want %d", w["order"], len(ps), count)
			}
			for k := range count {
				var got string
				if k < len(ps) {
					got = ps[k].Text
				}
				if a, b := firstWords(got, 6, raw), firstWords(paras[at+k]["first_words"], 6, raw); a == b {
					s.paraFirst++
				} else {
					s.miss("paragraph #%s starts %q, want %q", paras[at+k]["order"], a, b)
				}
			}
			at += count
		}
		if ok {
			s.paraSeqs++
			s.bodySeqs++
		}
	}
	// Graded sections.
	for i, w := range secs {
		sec := match(i, w)
		if sec == nil {
			s.miss("no section %s (%s)", w["order"], w["heading"])
			continue
		}
		if sec.Grade.String() == w["grade"] {
			s.grades++
		} else {
			s.miss("section %s graded %v, want %s", w["order"], sec.Grade, w["grade"])
		}
		var bounds string
		if numbered {
			var nums []int
			for _, p := range sec.Paragraphs {
				if p.Number > 0 {
					nums = append(nums, p.Number)
				}
			}
			if len(nums) > 0 {
				bounds = fmt.Sprintf("%d-%d", nums[0], nums[len(nums)-1])
			}
		} else {
			bounds = fmt.Sprintf("count=%d", len(sec.Paragraphs))
		}
		if bounds == w["number"] {
			s.bounds++
		} else {
			s.miss("section %s (%v) holds %s, want %s", w["order"], sec.Area, bounds, w["number"])
		}
	}
	return s
}
