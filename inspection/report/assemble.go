package report

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// This file is the last stage: the Inspection from what the front matter
// and the body read. It records the grades, decides the framework and
// kind, checks the graded headings against the judgements, and places
// the problems [inspection.Validate] finds where their fields were read.

// A claim is a grade the text gives an area, and where.
type claim struct {
	area  inspection.Area
	grade grade.Grade
	pos   inspection.Position
	by    claimSource
}

// A claimSource says where in a report a grade is given, which decides
// what a second grade for the same area means.
type claimSource uint8

const (
	byTable        claimSource = iota // a row of a judgement table: a second row is a duplicate
	byHeadline                        // the headline, which must agree with the table
	byBoardHeading                    // the first heading on the LSCB, whose judgement has no row in the table: used only when nothing else grades the board
)

// isJudged returns a function that reports whether in has a judgement
// for an area.
func isJudged(in *inspection.Inspection) func(inspection.Area) bool {
	return func(a inspection.Area) bool {
		_, ok := in.Judgements[a]
		return ok
	}
}

// maxShortDays is the most days an ILACS short inspection is on site: it
// is one week (Monday to Friday, five days, or seven calendar days when a
// week on site is split in two), and a standard inspection two (twelve
// days, Monday to the Friday after). In Ofsted's ILACS inspection history
// (official statistics, 2025) every short inspection spans four days and
// every standard one eleven or more.
const maxShortDays = 7

// assemble returns the Inspection that lines record, from their front
// matter f and body b, and its problems, in the order found.
func assemble(lines []line, f front, b body) (*inspection.Inspection, inspection.ErrorList) {
	in := &inspection.Inspection{
		Authority:       inspection.LocalAuthority{Name: f.authority},
		Start:           f.start,
		End:             f.end,
		Published:       f.published,
		LeadInspector:   cmp.Or(f.leadInspector, b.leadInspector),
		Headline:        f.headline,
		Findings:        b.findings,
		Recommendations: b.recommendations,
		Sections:        b.sections,
	}
	errs := slices.Concat(f.problems, b.problems)
	areaPos := map[inspection.Area]inspection.Position{} // where each judgement was read
	for _, c := range slices.Concat(f.grades, b.grades) {
		old, ok := in.Judgements[c.area]
		field := "judgements." + c.area.String()
		switch {
		case !ok:
			if in.Judgements == nil {
				in.Judgements = map[inspection.Area]grade.Grade{}
			}
			in.Judgements[c.area] = c.grade
			areaPos[c.area] = c.pos
		case c.by == byTable:
			errs.Add(c.pos, field, ErrDuplicate, "%s is graded again (%s), after %s at %s", c.area.Label(), c.grade.Phrase(), old.Phrase(), areaPos[c.area])
		case c.by == byHeadline && old.Compare(c.grade) != 0:
			errs.Add(c.pos, field, ErrHeadingGrade, "the headline says %s is %s, but it was read as %s at %s", c.area.Label(), c.grade.Phrase(), old.Phrase(), areaPos[c.area])
		}
	}
	if !f.found && !b.found {
		in.Authority = inspection.LocalAuthority{}
		return in, inspection.ErrorList{{Err: ErrNotReport, Msg: "found no title, inspection dates, judgement table or graded heading of an Ofsted report on children's services"}}
	}
	errs = append(errs, resolveAuthority(in, f.titlePos)...)
	in.Framework, in.Kind = decideFramework(f.doc, in, f.onSite, saysReinspection(lines, f.bodyStart))
	for _, h := range b.headings {
		g, ok := in.Judgements[h.area]
		if ok && h.pos != areaPos[h.area] && g.Compare(h.grade) != 0 {
			errs.Add(h.pos, "judgements."+h.area.String(), ErrHeadingGrade, "heading %q grades %s %s, but the judgement table says %s (at %s)", h.text, h.area.Label(), h.grade.Phrase(), g.Phrase(), areaPos[h.area])
		}
	}
	if in.Framework == 0 {
		errs.Add(f.titlePos, "framework", ErrNoFramework, "neither the title, the judgements nor the dates say which inspection framework this report is under")
		return in, errs
	}
	tablePos := cmp.Or(b.tablePos, f.tablePos) // the last table read
	for _, e := range inspection.Validate(in) {
		switch field := e.Field; {
		case field == "start", field == "end":
			e.Pos = f.datesPos
		case field == "published":
			e.Pos = f.publishedPos
		case field == "framework", field == "kind":
			e.Pos = cmp.Or(f.titlePos, tablePos)
		case strings.HasPrefix(field, "judgements."):
			a, _ := inspection.ParseArea(strings.TrimPrefix(field, "judgements."))
			e.Pos = cmp.Or(areaPos[a], tablePos, f.headlinePos, f.titlePos)
		}
		errs = append(errs, e)
	}
	return in, append(errs, missingParts(in, lines)...)
}

// missingParts returns, for a graded inspection of the SIF, ILACS or the
// 2013 looked after children inspections, a problem for each part its
// report must have that the text lacks, placed at the end of the text: a
// report cut short. The parts are what needs to improve and
// a section for each judgement made but the overall one of the SIF and
// ILACS, which their headline or table states: the board's in a SIF
// report that reviewed it, but not that of a review of the board alone,
// whose headline is its heading.
func missingParts(in *inspection.Inspection, lines []line) inspection.ErrorList {
	if !in.Kind.Graded() || in.Kind == inspection.LSCBReview || len(lines) == 0 {
		return nil
	}
	tlac := in.Framework == inspection.TLAC2013
	switch in.Framework {
	case inspection.SIF2013, inspection.ILACS2018, inspection.ILACS2023, inspection.ILACS2026, inspection.TLAC2013:
	default:
		return nil
	}
	last := lines[len(lines)-1]
	end := last.pos(len(last.body))
	var problems inspection.ErrorList
	if len(in.Recommendations) == 0 {
		problems.Add(end, "recommendations", ErrMissingPart, "the text ends without saying what needs to improve: it may be cut short")
	}
	for a, g := range in.Ordered() {
		if g == 0 || a == inspection.OverallEffectiveness && !tlac {
			continue
		}
		if !slices.ContainsFunc(in.Sections, func(s inspection.Section) bool { return s.Area == a }) {
			problems.Add(end, "sections", ErrMissingPart, "the text ends without the section on %s, which it judges %s: it may be cut short", strings.ToLower(a.Label()), g.Phrase())
		}
	}
	return problems
}

// decideFramework returns the framework and kind of the inspection in,
// read from a document of type doc, which says it is a re-inspection if
// reinspection is true:
//
//   - the type's framework and kind, for a type with one framework, when
//     the title says it is of the type or a judgement marks it (the 2013
//     inspections' outcomes for looked after children; the SIF's looked
//     after children), in the order of docTypes: the letter of an
//     unannounced inspection, [inspection.UCRA2009] and
//     [inspection.UnannouncedVisit]; TLAC; the review of an LSCB alone;
//     the SIF, [inspection.Reinspection] when the title or the text says
//     so (see saysReinspection);
//   - the review of an LSCB, when the LSCB is the only judgement;
//   - for ILACS (see ilacsFramework), by the judgements and dates.
//
// Otherwise the framework is zero.
func decideFramework(doc *docType, in *inspection.Inspection, onSite int, reinspection bool) (inspection.Framework, inspection.Kind) {
	judged := isJudged(in)
	for _, t := range docTypes {
		if len(t.frameworks) != 1 {
			continue // ILACS, decided below
		}
		if doc == t || slices.ContainsFunc(t.marks, judged) {
			if t.saysReinspect && reinspection {
				return t.frameworks[0], inspection.Reinspection
			}
			return t.frameworks[0], t.kind
		}
	}
	for _, t := range docTypes {
		if t.soleMark != 0 && len(in.Judgements) == 1 && judged(t.soleMark) {
			return t.frameworks[0], t.kind
		}
	}
	return ilacsFramework(doc, in, onSite)
}

// ilacsFramework returns the ILACS framework and kind of in: with the
// judgement on children in care and care leavers, [inspection.ILACS2018];
// with children in care and care leavers judged apart,
// [inspection.ILACS2023] or [inspection.ILACS2026], whichever was in force
// when the inspection started, or, without dates, ILACS2026 when there is
// no overall effectiveness; with neither, if the title or the judgements
// are ILACS's, the ILACS framework in force when it started. Its kind is
// [inspection.Short] when it was on site for a week at most (onSite days,
// or the days from its start to its end when onSite is 0; see
// maxShortDays), [inspection.Standard] when longer. It returns zero if in
// is not an ILACS inspection.
func ilacsFramework(doc *docType, in *inspection.Inspection, onSite int) (inspection.Framework, inspection.Kind) {
	judged := isJudged(in)
	byDate, _ := inspection.FrameworkAt(in.Start, inspection.Standard)
	var f inspection.Framework
	switch {
	case judged(inspection.ChildrenInCareAndCareLeavers):
		f = inspection.ILACS2018
	case judged(inspection.ChildrenInCare), judged(inspection.CareLeavers):
		switch {
		case byDate == inspection.ILACS2023 || byDate == inspection.ILACS2026:
			f = byDate
		case judged(inspection.OverallEffectiveness):
			f = inspection.ILACS2023
		default:
			f = inspection.ILACS2026
		}
	case (doc == ilacsType || slices.ContainsFunc(ilacsType.marks, judged)) && slices.Contains(ilacsType.frameworks, byDate):
		f = byDate
	default:
		return 0, 0
	}
	if !in.Start.IsValid() || !in.End.IsValid() {
		return f, 0
	}
	if onSite == 0 {
		onSite = in.End.DaysSince(in.Start) + 1
	}
	if onSite <= maxShortDays {
		return f, inspection.Short
	}
	return f, inspection.Standard
}

// saysReinspection reports whether a report says it is a re-inspection:
// its first pages, to 150 lines after the line body, in so many words
// ("This was a re-inspection of children's services in Wandsworth",
// "This is a re-inspection of ..."), as some SIF re-inspection reports
// do in their executive summary under the title of a first inspection;
// or any paragraph of it, that the previous inspection, under the SIF,
// judged the authority inadequate (see followsInadequate), as the others
// do.
func saysReinspection(lines []line, body int) bool {
	for _, l := range lines[:min(len(lines), body+150)] {
		if strings.Contains(l.body, "s a re-inspection of") || strings.Contains(l.body, "s a Re-inspection of") {
			return true
		}
	}
	var block []string
	inadequate := false // whether a line of the block says "inadequate"
	for i, l := range lines {
		if !l.blank() && !l.furniture && len(block) < maxBlock {
			block = append(block, l.text)
			inadequate = inadequate || strings.Contains(l.text, "nadequate")
			if i+1 < len(lines) {
				continue
			}
		}
		if inadequate && followsInadequate(strings.ToLower(strings.Join(block, " "))) {
			return true
		}
		block, inadequate = block[:0], false
	}
	return false
}

// maxBlock is the most lines of a paragraph that saysReinspection reads
// as one.
const maxBlock = 12

// followsInadequate reports whether the paragraph p (in lower case) says
// that the previous or last inspection, which it dates in the time of the
// SIF (from November 2013), judged the authority inadequate, in the
// sentence that dates it or the next: "services that were judged to be
// inadequate at the previous inspection in 2015", "since the last
// inspection in 2015, which judged them overall to be inadequate", "The
// previous inspection of the local authority's safeguarding arrangements
// was in November 2013. The local authority was judged to be inadequate."
func followsInadequate(p string) bool {
	if !strings.Contains(p, "inadequate") {
		return false
	}
	sentences := strings.Split(p, ". ")
	for k, s := range sentences {
		i := max(strings.Index(s, "previous inspection"), strings.Index(s, "last inspection"))
		if i < 0 || !sifYear(s[i:]) {
			continue
		}
		if strings.Contains(s, "inadequate") || k+1 < len(sentences) && strings.Contains(sentences[k+1], "inadequate") {
			return true
		}
	}
	return false
}

// sifYear reports whether s dates something in the time of the SIF: "in
// 2015", "in November 2013", within its first 12 words.
func sifYear(s string) bool {
	ws := strings.Fields(s)
	for k, w := range ws[:min(len(ws), 12)] {
		y, err := strconv.Atoi(strings.TrimRight(w, ".,;:)"))
		if err != nil || k == 0 {
			continue
		}
		prev := ws[k-1]
		if y >= 2014 && y < 2100 && (prev == "in" || prev == "of") || y == 2013 && (prev == "november" || prev == "december") {
			return true
		}
	}
	return false
}

// resolveAuthority gives in the codes of the authority its report names,
// as package authority knows it on the day of the inspection; the name
// stays as printed. A name that names no authority, or one that did not
// exist on the day, is a problem at pos.
func resolveAuthority(in *inspection.Inspection, pos inspection.Position) inspection.ErrorList {
	name := in.Authority.Name
	if name == "" {
		return inspection.ErrorList{{Pos: pos, Field: "authority", Err: authority.ErrUnknown, Msg: "the title names no authority"}}
	}
	a, err := authority.LookupAt(name, in.Date())
	if err != nil {
		e := &inspection.Error{Pos: pos, Field: "authority", Err: authority.ErrUnknown}
		le, _ := errors.AsType[*authority.LookupError](err)
		switch {
		case le != nil && errors.Is(err, authority.ErrNotExisting):
			e.Err = authority.ErrNotExisting
			e.Msg = fmt.Sprintf("%q is %s, which did not exist on %s", name, le.Found.Name(), le.At)
			if from := le.Found.From(); !from.IsZero() {
				e.Msg += ": it was created on " + from.String()
			} else if to, ok := le.Found.To(); ok {
				e.Msg += ": it was abolished after " + to.String()
			}
		case le != nil && len(le.Nearest) > 0:
			names := make([]string, len(le.Nearest))
			for k, n := range le.Nearest {
				names[k] = n.Name()
			}
			e.Msg = fmt.Sprintf("%q names no authority; the nearest names are %s", name, strings.Join(names, ", "))
		default:
			e.Msg = fmt.Sprintf("%q names no authority", name)
		}
		return inspection.ErrorList{e}
	}
	in.Authority = inspection.LocalAuthority{Name: name, GSS: a.GSS(), DfE: a.DfE(), URN: a.URN()}
	return nil
}
