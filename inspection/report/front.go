package report

import (
	"fmt"
	"strings"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// This file is the third stage: the front matter of a report, on its
// first page. It reads the title, and from it the type of document and
// the authority, the inspection dates, the publication date, the lead
// inspector, the headline and the judgement table, and says where the
// body starts.

// maxFront is how many lines the front page may have when the text has no
// page breaks (text copied out of a PDF viewer).
const maxFront = 200

// front is what the front matter gives.
type front struct {
	doc           *docType
	found         bool // whether anything of a report was found
	authority     string
	titlePos      inspection.Position
	start, end    inspection.Date
	onSite        int // the number of days on site, or 0
	datesPos      inspection.Position
	published     inspection.Date
	publishedPos  inspection.Position
	leadInspector string
	headline      string
	headlinePos   inspection.Position
	tablePos      inspection.Position // where the judgement table starts, if there is one
	grades        []claim             // the grades of the headline and the judgement table, in the order of the text
	bodyStart     int                 // index of the first line of the body
	problems      inspection.ErrorList
}

// readFront reads the front matter of lines, whose page furniture is
// marked. It ends at the judgement table, or, when the first page has
// none, after the last thing it read; the body starts there.
func readFront(lines []line) front {
	limit := firstPageEnd(lines, maxFront)
	dates := -1
	for i := range limit {
		if hasPrefixFold(lines[i].text, "inspection date") {
			dates = i
			break
		}
	}
	if dates < 0 {
		if f, ok := readTitleInText(lines, limit); ok {
			return f
		}
	}
	titleEnd := dates
	if titleEnd < 0 {
		titleEnd = leadingBlock(lines, limit)
	}
	f := readTitle(lines, titleEnd)
	f.bodyStart = titleEnd
	if dates >= 0 {
		f.readDates(lines, dates)
		f.bodyStart = dates + 1
	}
	for i := f.bodyStart; i < limit; i++ {
		l := lines[i]
		if l.furniture || l.blank() {
			continue
		}
		t := l.text
		switch {
		case hasPrefixFold(t, "report published"), hasPrefixFold(t, "published:"):
			f.readPublished(lines, i)
		case isInspectorLine(t):
			if f.leadInspector == "" {
				f.leadInspector = readLeadInspector(lines, i)
			}
		case hasPrefixFold(t, "age group"), hasPrefixFold(t, "inspection date"):
		case f.doc.headline == headlineFirst && f.headline == "":
			i = f.readHeadline(lines, i, limit) // "The Local Safeguarding Children Board requires improvement"
		case isTableStart(lines, i):
			table := readTable(lines, i, f.bodyStart)
			f.found = true
			f.tablePos = table.pos
			f.grades = append(f.grades, table.grades...)
			f.problems = append(f.problems, table.problems...)
			f.bodyStart = table.end
			if f.doc.headline == headlineSummary && f.headline == "" {
				f.readSummaryHeadline(lines, f.bodyStart)
			}
			return f
		case f.doc.headline == headlineSentence && f.headline == "":
			i = f.readHeadline(lines, i, limit)
		default:
			continue
		}
		f.bodyStart = i + 1
	}
	return f
}

// leadingBlock returns the end of the title when there is no dates line:
// the first blank line after some text, within six lines of text.
func leadingBlock(lines []line, limit int) int {
	n := 0
	for i := range limit {
		if lines[i].blank() {
			if n > 0 {
				return i
			}
			continue
		}
		if n++; n > 6 {
			return i
		}
	}
	return limit
}

// readTitle reads the title in the lines before line end: what type of
// document it is, and the authority.
func readTitle(lines []line, end int) front {
	f := front{doc: unknownType}
	text, first := joinLines(lines, 0, min(end, 12))
	if first < 0 {
		return f
	}
	f.titlePos = lines[first].start()
	f.doc = typeOfTitle(lowerASCII(text))
	f.found = f.doc != unknownType
	f.authority = f.doc.authority(text)
	return f
}

// readTitleInText reads the front of a document whose title is a
// sentence of the first page, in its first limit lines, and reports
// whether the text is one: a letter, with its date above the title, and
// the days of the visit in a sentence below it.
func readTitleInText(lines []line, limit int) (front, bool) {
	for _, doc := range docTypes {
		if !doc.titleInText {
			continue
		}
		for i := range limit {
			lt := lowerASCII(lines[i].text)
			for _, phrase := range doc.titles {
				if strings.Contains(lt, phrase) {
					return readLetterFront(lines, doc, i), true
				}
			}
		}
	}
	return front{}, false
}

// readLetterFront reads the front of a letter whose title starts at line
// title.
func readLetterFront(lines []line, doc *docType, title int) front {
	f := front{doc: doc, found: true, titlePos: lines[title].start()}
	end := title + 1
	for end < len(lines) && end < title+3 && !lines[end].blank() {
		end++
	}
	text, _ := joinLines(lines, title, end)
	f.authority = doc.authority(text)
	for _, l := range lines[:title] {
		if l.text == "" || !isDigit(l.text[0]) {
			continue
		}
		if d, err := inspection.ParseDate(l.text); err == nil {
			f.published, f.publishedPos = d, l.start()
		}
	}
	f.bodyStart = end
	f.readVisitDates(lines, end, min(len(lines), end+30))
	return f
}

// readVisitDates reads the days of the visit from the sentence "... which
// was conducted on 10 and 11 November 2009." in lines [from, to).
func (f *front) readVisitDates(lines []line, from, to int) {
	phrase := f.doc.datesAfter
	for i := from; i < to; i++ {
		l := lines[i]
		k := strings.Index(lowerASCII(l.text), phrase)
		if k < 0 {
			continue
		}
		rest := l.text[k+len(phrase):]
		if j := strings.IndexByte(rest, '.'); j >= 0 {
			rest = rest[:j]
		} else if i+1 < to {
			// The sentence goes on to the next line.
			rest += " " + lines[i+1].text
			if j := strings.IndexByte(rest, '.'); j >= 0 {
				rest = rest[:j]
			}
		}
		f.datesPos = l.pos(l.indent + k + len(phrase))
		start, end, err := inspection.ParseDateRange(replaceDashes(rest))
		if err != nil {
			f.problems.Add(f.datesPos, "start", ErrNoDates, "cannot read the days of the visit %q: %v", rest, err)
			return
		}
		f.start, f.end = start, end
		return
	}
	f.problems.Add(f.titlePos, "start", ErrNoDates, "the %s does not say when the visit was conducted", f.doc.name)
}

// readDates reads the inspection dates on line i ("Inspection dates: 15 to
// 19 May 2023"), or on one of the next three lines when nothing follows
// the label, and on the line after when they go on to it ("30 September
// to 4 October and 14" / "to 18 October 2024").
func (f *front) readDates(lines []line, i int) {
	l := lines[i]
	v, at := valueAfter(l.text, len("inspection date"))
	f.datesPos = l.pos(l.indent + at)
	j := i
	if v == "" {
		for j = i + 1; j < len(lines) && j <= i+3; j++ {
			if u := lines[j]; !u.blank() {
				v, f.datesPos = u.text, u.start()
				break
			}
		}
	}
	if j+1 < len(lines) && datesGoOn(v, lines[j+1].text) {
		v += " " + lines[j+1].text
	}
	f.found = true
	start, end, days, err := readDateRanges(replaceDashes(collapseSpaces(v)))
	if err != nil {
		f.problems.Add(f.datesPos, "start", ErrNoDates, "cannot read the inspection dates %q: %v", v, err)
		return
	}
	f.start, f.end, f.onSite = start, end, days
}

// datesGoOn reports whether inspection dates v go on to the next line,
// whose text is next: v ends in a word that needs more ("and", "to", a
// dash), or has no year while next starts with "and", "to", a dash or a
// day.
func datesGoOn(v, next string) bool {
	if next == "" || len(next) > 60 {
		return false
	}
	ws := fields(v)
	if len(ws) == 0 {
		return false
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "and", "to", "–", "-", "—":
		return true
	}
	if _, _, err := inspection.ParseDateRange(v); err == nil {
		return hasPrefixFold(next, "and ")
	}
	return isDigit(next[0]) || hasPrefixFold(next, "and ") || hasPrefixFold(next, "to ") || strings.HasPrefix(next, "–")
}

// readDateRanges reads inspection dates as [inspection.ParseDateRange]
// does, and also an inspection on site in two periods joined by "and",
// in the forms reports print them: "30 September to 11 October 2024 and
// 13 to 16 January 2025", the first period without its year ("30
// September to 4 October and 14 to 18 October 2024") or its month and
// year ("2 to 6 and 16 to 20 October 2023"), which it takes from the
// second. It returns the first day of the first period, the last day of
// the last, and the number of days on site, both periods' days counted.
func readDateRanges(v string) (start, end inspection.Date, days int, err error) {
	start, end, err = inspection.ParseDateRange(v)
	if err == nil {
		return start, end, end.DaysSince(start) + 1, nil
	}
	i := strings.LastIndex(strings.ToLower(v), " and ")
	if i < 0 {
		return inspection.Date{}, inspection.Date{}, 0, err
	}
	s2, e2, err2 := inspection.ParseDateRange(v[i+len(" and "):])
	if err2 != nil {
		return inspection.Date{}, inspection.Date{}, 0, err
	}
	first := strings.TrimSpace(v[:i])
	s1, e1, err1 := inspection.ParseDateRange(first)
	if err1 != nil {
		// The first period takes what it leaves out from the second:
		// its month and year, or its year (the year before, if that
		// would put it after the second).
		for _, tail := range []string{fmt.Sprintf(" %s %d", s2.Month, s2.Year), fmt.Sprintf(" %d", s2.Year), fmt.Sprintf(" %d", s2.Year-1)} {
			if s1, e1, err1 = inspection.ParseDateRange(first + tail); err1 == nil && !s2.Before(e1) {
				break
			}
		}
	}
	if err1 != nil || s2.Before(e1) {
		return inspection.Date{}, inspection.Date{}, 0, err
	}
	return s1, e2, e1.DaysSince(s1) + 1 + e2.DaysSince(s2) + 1, nil
}

// rangeDashes are the dashes reports put between two dates that
// ParseDateRange does not know: box drawing (U+2500), horizontal bar
// (U+2015) and non-breaking hyphen (U+2011).
var rangeDashes = strings.NewReplacer("─", "–", "―", "–", "‑", "-")

func replaceDashes(v string) string { return rangeDashes.Replace(v) }

// readPublished reads "Report published: 7 July 2014" or "Published: 16
// August 2013" on line i. The first date read is kept.
func (f *front) readPublished(lines []line, i int) {
	l := lines[i]
	n := len("published")
	if hasPrefixFold(l.text, "report published") {
		n = len("report published")
	}
	v, at := valueAfter(l.text, n)
	pos := l.pos(l.indent + at)
	if v == "" {
		// Plain pdftotext may print the value some lines below its label,
		// after the values of the labels beside it ("Age group:" /
		// "Published:" / "All" / "23 August 2013").
		for j := i + 1; j < len(lines) && j <= i+5; j++ {
			if _, err := inspection.ParseDate(lines[j].text); err == nil {
				v, pos = lines[j].text, lines[j].start()
				break
			}
		}
	}
	d, err := inspection.ParseDate(v)
	if err != nil {
		f.problems.Add(pos, "published", inspection.ErrInvalid, "cannot read the publication date %q: %v", v, err)
		return
	}
	if f.published.IsZero() {
		f.published, f.publishedPos = d, pos
	}
}

// readHeadline reads a headline that starts at line i and may wrap over
// three lines ("The overall judgement is that children's services require"
// / "improvement"; "Children's services in Bedford Borough require
// improvement to" / "be good"), and the grade it ends with: the overall
// effectiveness, or the LSCB's when it is about the board. It returns the
// index of its last line.
func (f *front) readHeadline(lines []line, i, limit int) int {
	pos := lines[i].start()
	text, last := lines[i].text, i
	g, n, ok := trailingGrade(text)
	for k := 0; k < 3 && !strings.HasSuffix(text, "."); k++ {
		next := nextText(lines, last+1, limit)
		if next < 0 || isTableStart(lines, next) {
			break
		}
		u := lines[next].text
		joined := text + " " + u
		g2, n2, ok2 := trailingGrade(joined)
		if ok && !(ok2 && n2 >= n+len(fields(u))) {
			break // the grade is complete, and the next line is another sentence
		}
		text, last = joined, next
		g, n, ok = g2, n2, ok2
		if ok && strings.HasSuffix(text, ".") {
			break
		}
	}
	f.headline, f.headlinePos = collapseSpaces(text), pos
	f.found = true
	if ok {
		a := inspection.OverallEffectiveness
		if areaOfPhrase(text) == inspection.LSCB {
			a = inspection.LSCB
		}
		f.grades = append(f.grades, claim{area: a, grade: g, pos: pos, by: byHeadline})
	}
	return last
}

// trailingGrade returns the grade a sentence ends with, and how many words
// spell it: "... require improvement to be good" (5), "... requires
// improvement" (2), "... are good" (1; a one-word grade must follow "is",
// "are" or "be"). A footnote number after the last word is ignored.
func trailingGrade(s string) (grade.Grade, int, bool) {
	ws := fields(s)
	at := func(k int) string { // the kth word from the end, punctuation trimmed
		if k >= len(ws) || k >= 6 {
			return ""
		}
		w := ws[len(ws)-1-k]
		if k == 0 {
			w = strings.TrimRight(w, "0123456789") // a footnote number
		}
		return trimWord(w)
	}
	is := strings.EqualFold
	isRequire := func(w string) bool { return is(w, "requires") || is(w, "require") }
	switch {
	case is(at(0), "good") && is(at(1), "be") && is(at(2), "to") && is(at(3), "improvement") && isRequire(at(4)):
		return grade.RequiresImprovement, 5, true
	case is(at(0), "improvement") && isRequire(at(1)):
		return grade.RequiresImprovement, 2, true
	}
	if is(at(1), "is") || is(at(1), "are") || is(at(1), "be") {
		switch w := at(0); {
		case is(w, "outstanding"):
			return grade.Outstanding, 1, true
		case is(w, "good"):
			return grade.Good, 1, true
		case is(w, "inadequate"):
			return grade.Inadequate, 1, true
		case is(w, "adequate"):
			return grade.Adequate, 1, true
		}
	}
	return 0, 0, false
}

// readSummaryHeadline takes the first sentence of the summary that
// follows an ILACS judgement table, starting at line i, as the headline.
func (f *front) readSummaryHeadline(lines []line, i int) {
	first := nextText(lines, i, i+12)
	if first < 0 {
		return
	}
	t := lines[first].text
	if !isUpper(t[0]) || hasPrefixFold(t, "What ") {
		return
	}
	if _, _, ok := readGradedHeading(lines, first); ok {
		return
	}
	var parts []string
	for j := first; j < len(lines) && j < first+8; j++ {
		if lines[j].furniture {
			continue
		}
		if lines[j].blank() {
			break
		}
		parts = append(parts, lines[j].text)
		s := strings.Join(parts, " ")
		if end := sentenceEnd(s); end > 0 {
			f.headline, f.headlinePos = collapseSpaces(s[:end]), lines[first].start()
			return
		}
	}
	if len(parts) > 0 {
		f.headline, f.headlinePos = collapseSpaces(strings.Join(parts, " ")), lines[first].start()
	}
}

// sentenceEnd returns the length of the first sentence of s: up to a full
// stop followed by a space and a capital letter, or ending s; or 0.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		if i+1 == len(s) || i+2 < len(s) && s[i+1] == ' ' && isUpper(s[i+2]) {
			return i + 1
		}
	}
	return 0
}
