package grade_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestCorpusTableGrades collects every grade cell of the judgement tables
// in the report corpus (../shared/corpus/layout, the pdftotext -layout text
// of each report) and checks that Parse reads each one, cells wrapped over
// lines included. It also reads the "Grade N (label)" headings of the 2013
// looked after children reports and checks that number and label agree.
//
// A cell is the text of the table's grade column: pdftotext -layout prints
// it right of the row label, often split over lines ("Requires
// improvement to" / "be good", or "requires" above the label and
// "improvement" below). Fragments are joined with a line break until the
// cell reads as a whole grade and the next fragment would not extend it.
func TestCorpusTableGrades(t *testing.T) {
	dir := sharedtest.Path(t, "corpus/layout")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files in %s: %v", dir, err)
	}
	spellings := map[string]int{}
	cells, tables := 0, 0
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(file)
		text := string(b)
		frags := tableFragments(text)
		if len(frags) > 0 {
			tables++
		}
		for _, c := range groupCells(frags) {
			cells++
			spellings[c.text]++
			if _, err := grade.Parse(c.text); err != nil {
				t.Errorf("%s:%d: table cell %q: %v", name, c.line, c.text, err)
			}
		}
		for _, m := range numberedGrade.FindAllStringSubmatchIndex(text, -1) {
			num, label := text[m[2]:m[3]], text[m[4]:m[5]]
			line := 1 + strings.Count(text[:m[0]], "\n")
			g1, err1 := grade.Parse(num)
			g2, err2 := grade.Parse(label)
			if err1 != nil || err2 != nil || g1.Compare(g2) != 0 {
				t.Errorf("%s:%d: Grade %s (%s) = %v, %v; %v, %v", name, line, num, label, g1, err1, g2, err2)
			}
			cells++
			spellings["Grade "+num+" ("+label+")"]++
		}
	}
	// The corpus has 396 reports; all but the five 2013 looked after
	// children reports and the LSCB-only review have a table of four to six
	// graded rows.
	if tables < 380 || cells < 1700 {
		t.Errorf("found %d tables and %d cells; the extraction has stopped finding the corpus's tables", tables, cells)
	}
	keys := make([]string, 0, len(spellings))
	for k := range spellings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%5d %q", spellings[k], k)
	}
}

// numberedGrade matches the headings of the 2013 looked after children
// reports: "Grade 3 (Adequate)".
var numberedGrade = regexp.MustCompile(`Grade ([1-4]) \(([A-Za-z ]+)\)`)

// gradeWords matches a fragment made only of the words grades are spelt
// with; other right-column text (page numbers, prose) is not a cell.
var gradeWords = regexp.MustCompile(`(?i)^(outstanding|good|requires?|improvement|to|be|inadequate|adequate|not|judged)( (outstanding|good|requires?|improvement|to|be|inadequate|adequate|not|judged))*$`)

// tableStart matches the first line of a judgement table: the ILACS header
// row, or the first SIF row.
var tableStart = regexp.MustCompile(`(?i)^\s*(judgements?\s{2,}grades?\s*$|1\.\s+children who need help)`)

// rightColumn finds text far right of a row label, after a wide gap, or
// alone on a line indented into the grade column.
var rightColumn = regexp.MustCompile(`^(?:.*\S)?\s{3,}(\S.*?)\s*$`)

type fragment struct {
	line int
	text string
}

// tableFragments returns the grade-column fragments of the first page's
// judgement table. The table starts at its header row or first SIF row; a
// SIF cell may begin on the line above its row ("Requires" above,
// "Improvement" below), so the two lines before the first row count too.
func tableFragments(text string) []fragment {
	page, _, _ := strings.Cut(text, "\f")
	lines := strings.Split(page, "\n")
	start := -1
	for i, line := range lines {
		if tableStart.MatchString(line) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	if !strings.Contains(strings.ToLower(lines[start]), "grade") {
		start = max(0, start-2)
	} else {
		start++ // the header row itself holds no grade
	}
	var frags []fragment
	for i := start; i < len(lines); i++ {
		line := lines[i]
		m := rightColumn.FindStringSubmatchIndex(line)
		if m == nil || m[2] < 40 {
			continue
		}
		if cell := line[m[2]:m[3]]; gradeWords.MatchString(cell) {
			frags = append(frags, fragment{i + 1, cell})
		}
	}
	return frags
}

type cell struct {
	line int
	text string
}

// groupCells joins fragments into cells: a fragment extends the cell
// before it if that cell is not yet a grade, or if the joined text still
// is one ("Requires improvement" + "to be good"); fragments more than three
// lines apart are never joined.
func groupCells(frags []fragment) []cell {
	var cells []cell
	last := -10
	for _, f := range frags {
		if n := len(cells); n > 0 && f.line-last <= 3 {
			cur := &cells[n-1]
			joined := cur.text + "\n" + f.text
			_, errCur := grade.Parse(cur.text)
			_, errJoined := grade.Parse(joined)
			if errCur != nil || errJoined == nil {
				cur.text = joined
				last = f.line
				continue
			}
		}
		cells = append(cells, cell(f))
		last = f.line
	}
	return cells
}
