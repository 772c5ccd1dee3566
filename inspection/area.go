package inspection

import (
	"strings"

	"github.com/childrens-services/judgements/internal/enum"
)

// An Area is a judgement area: what a graded judgement is about, such as
// overall effectiveness or the experiences and progress of care leavers.
// Areas are shared between frameworks where the judgement is the same
// (help and protection under the SIF and ILACS); each [Framework] says
// which areas it judges, in what order and in what official wording (see
// [Framework.Areas]).
//
// An Area's text form is its key, such as "overall-effectiveness"; keys
// name areas in JSON. The zero Area is not an area.
type Area uint8

// The judgement areas, by the framework that introduced them.
const (
	// OverallEffectiveness is the overall judgement of CPI, the 2013
	// looked after children inspections, the SIF, and ILACS until March
	// 2026.
	OverallEffectiveness Area = 1 + iota

	// SLAC, 2009-2012.
	Safeguarding      // safeguarding services: overall effectiveness
	CapacityToImprove // capacity to improve (SLAC; 2013 LAC inspections)

	// The 2013 looked after children inspections (TLAC).
	OutcomesForLookedAfterChildren // outcomes for looked after children and young people
	QualityOfProvision             // quality of provision
	LeadershipAndManagement        // leadership and management

	// CPI, 2012-2013.
	EffectivenessOfHelp     // effectiveness of help
	QualityOfPractice       // quality of practice
	LeadershipAndGovernance // leadership and governance

	// SIF, 2013-2018.
	HelpAndProtection              // key judgement 1; also ILACS
	LookedAfterChildren            // key judgement 2 (also SLAC's looked after children services)
	AdoptionPerformance            // sub-judgement 2.1
	CareLeavers                    // sub-judgement 2.2; an ILACS judgement again from January 2023
	LeadershipManagementGovernance // key judgement 3
	LSCB                           // the review of the Local Safeguarding Children Board

	// ILACS, 2018 on.
	ImpactOfLeaders              // the impact of leaders on social work practice with children and families
	ChildrenInCareAndCareLeavers // January 2018 - December 2022
	ChildrenInCare               // from January 2023

	numAreas = iota + 1
)

type areaInfo struct {
	key   string
	label string
	next  Area     // the area that took over this one's judgement, if any
	words []string // the telling words of its wordings (see AreaNamed), each set an alternative
}

// areas holds each Area's key, short label, successor, and the words that
// tell its judgement apart in any wording.
//
// The successors are the lineage of judgements across framework changes:
// the SIF's leadership judgement became ILACS's impact of leaders; the
// SIF's looked after children judgement became ILACS's children in care
// and care leavers (2018), which became children in care (January 2023,
// when care leavers were judged apart again: Ofsted official statistics
// 2024 and 2025, Notes). The SIF's care leavers sub-judgement and the
// ILACS 2023 care leavers judgement are the same Area.
//
// The telling words are what every wording of the judgement has, in
// report tables and headings ([Framework.Areas] has the official
// wordings) and in the column headers of Ofsted's statistics: "overall
// effectiveness" or "OE", "help and protection", "looked after",
// "care leavers" (with "care" once; twice is the 2018-2022 judgement on
// children in care and care leavers). areaOrder says which area is tried
// first.
var areas = [...]areaInfo{
	OverallEffectiveness:           {"overall-effectiveness", "Overall effectiveness", 0, []string{"overall effectiveness", "oe"}},
	Safeguarding:                   {"safeguarding", "Safeguarding", 0, []string{"safeguarding"}},
	CapacityToImprove:              {"capacity-to-improve", "Capacity to improve", 0, []string{"capacity improve"}},
	OutcomesForLookedAfterChildren: {"outcomes-for-looked-after-children", "Outcomes for looked after children", 0, []string{"outcomes looked after"}},
	QualityOfProvision:             {"quality-of-provision", "Quality of provision", 0, []string{"quality provision"}},
	LeadershipAndManagement:        {"leadership-and-management", "Leadership and management", 0, []string{"leadership management"}},
	EffectivenessOfHelp:            {"effectiveness-of-help", "Effectiveness of help", 0, []string{"effectiveness help"}},
	QualityOfPractice:              {"quality-of-practice", "Quality of practice", 0, []string{"quality practice"}},
	LeadershipAndGovernance:        {"leadership-and-governance", "Leadership and governance", 0, []string{"leadership governance"}},
	HelpAndProtection:              {"help-and-protection", "Help and protection", 0, []string{"help protection"}},
	LookedAfterChildren:            {"looked-after-children", "Looked after children", ChildrenInCareAndCareLeavers, []string{"looked after"}},
	AdoptionPerformance:            {"adoption-performance", "Adoption performance", 0, []string{"adoption"}},
	CareLeavers:                    {"care-leavers", "Care leavers", 0, []string{"care leavers"}},
	LeadershipManagementGovernance: {"leadership-management-governance", "Leadership, management and governance", ImpactOfLeaders, []string{"leadership management governance"}},
	LSCB:                           {"lscb", "Local Safeguarding Children Board", 0, []string{"lscb", "safeguarding board", "local safeguarding children"}},
	ImpactOfLeaders:                {"impact-of-leaders", "Impact of leaders", 0, []string{"leaders"}},
	ChildrenInCareAndCareLeavers:   {"children-in-care-and-care-leavers", "Children in care and care leavers", ChildrenInCare, []string{"care care leavers"}},
	ChildrenInCare:                 {"children-in-care", "Children in care", 0, []string{"children care"}},
}

// areaOrder is the order in which AreaNamed tries the areas: an area
// whose telling words include another's comes first (leadership,
// management and governance before leadership and management), and so do
// the areas whose wordings contain another's telling words (the LSCB's
// "Local Safeguarding Children Board" before safeguarding; safeguarding's
// "overall effectiveness of safeguarding services" before overall
// effectiveness; "care leavers" before "children in care").
var areaOrder = [...]Area{
	LSCB, Safeguarding, OverallEffectiveness, CapacityToImprove, OutcomesForLookedAfterChildren,
	QualityOfProvision, QualityOfPractice, LeadershipManagementGovernance, LeadershipAndManagement,
	LeadershipAndGovernance, ImpactOfLeaders, HelpAndProtection, EffectivenessOfHelp, AdoptionPerformance,
	LookedAfterChildren, ChildrenInCareAndCareLeavers, CareLeavers, ChildrenInCare,
}

// areaText holds the areas' keys and labels.
var areaText = enum.Of[Area]("inspection", "Area", "no area", "No area", areas[:],
	func(i areaInfo) (string, string) { return i.key, i.label }, unknown("area"))

// IsValid reports whether a is one of the Area constants.
func (a Area) IsValid() bool { return areaText.IsValid(a) }

// String returns a's key, such as "help-and-protection"; "no area" for
// the zero Area; or "%!Area(N)" for a value that is neither.
func (a Area) String() string { return areaText.String(a) }

// Label returns a short label for a, the same under every framework:
// "Overall effectiveness", "Help and protection", "Children in care". For
// the official wording of a framework's judgement, see [AreaSpec].
func (a Area) Label() string { return areaText.Label(a) }

// successor returns the area that took over a's judgement when the
// framework changed, and whether there is one.
func (a Area) successor() (Area, bool) {
	if a.IsValid() && areas[a].next != 0 {
		return areas[a].next, true
	}
	return 0, false
}

// Line returns the newest area of a's lineage: the area a trajectory
// follows a through framework changes, each area taking over the one
// before when the framework changed. Line of [LeadershipManagementGovernance]
// is [ImpactOfLeaders]; of [LookedAfterChildren] and
// [ChildrenInCareAndCareLeavers], [ChildrenInCare]; of an area with no
// successor, the area itself.
func (a Area) Line() Area {
	for {
		next, ok := a.successor()
		if !ok {
			return a
		}
		a = next
	}
}

// Lineage returns the areas of a's line oldest first, ending with
// a.Line(): for [ChildrenInCare], [LookedAfterChildren],
// [ChildrenInCareAndCareLeavers], [ChildrenInCare]. (Each area has at most
// one predecessor, so a line is a chain.)
func (a Area) Lineage() []Area {
	line := []Area{a.Line()}
	for {
		pred, ok := line[0].predecessor()
		if !ok {
			return line
		}
		line = append([]Area{pred}, line...)
	}
}

func (a Area) predecessor() (Area, bool) {
	for b := Area(1); b < numAreas; b++ {
		if next, ok := b.successor(); ok && next == a {
			return b, true
		}
	}
	return 0, false
}

// in returns the area of a's line (see [Area.Lineage]) that framework f
// judges, and false if f judges none: ChildrenInCare.in(ILACS2018) is
// ChildrenInCareAndCareLeavers, as Ofsted's statistics put the combined
// judgement of 2018-2022 in their column for children in care.
func (a Area) in(f Framework) (Area, bool) {
	for _, b := range a.Line().Lineage() {
		if f.judges(b) {
			return b, true
		}
	}
	return 0, false
}

// Areas returns every Area, in the order of the constants.
func Areas() []Area { return areaText.Values() }

// ParseArea returns the Area whose key is s, ignoring case and surrounding
// white space. Text that is no key gives a *[TextError] wrapping
// [ErrUnknown]; to find the area a judgement's wording names, see
// [AreaNamed].
func ParseArea(s string) (Area, error) { return areaText.Parse(s) }

// AppendText implements [encoding.TextAppender]: the key, and nothing for
// the zero Area. It fails for an invalid value.
func (a Area) AppendText(b []byte) ([]byte, error) { return areaText.AppendText(b, a) }

// MarshalText implements [encoding.TextMarshaler] with [Area.AppendText].
func (a Area) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts a key,
// as ParseArea does, and sets the zero Area for empty text.
func (a *Area) UnmarshalText(text []byte) error { return areaText.UnmarshalText(text, a) }

// AreaNamed returns the judgement area that s words, and false if it
// words none. s may be a judgement's wording in any framework
// ([Framework.Areas] gives the official ones), or as reports' tables and
// headings print it, or as the column headers of Ofsted's statistics
// write it: "The experiences and progress of children who need help and
// protection", "Leadership, management and governance", "Impact of
// leaders", "First SIF CLA Sub: Adoption Performance", "LSCB Overall
// Effectiveness". Case, punctuation and the order of the words do not
// matter, and words that tell no areas apart are ignored, so that the
// 2026 wording "The impact of leaders on practice with children and
// families" and the misprint "children care leavers" of some 2025-26
// report tables (care leavers) read too. "Care" twice with "leavers" is
// the 2018-2022 judgement on children in care and care leavers.
//
// Some wordings name different areas under different frameworks: SLAC's
// "Overall effectiveness of services for looked after children" is its
// looked after children judgement, and the 2013 inspections' "Overall
// effectiveness of services for looked after children and young people"
// their overall effectiveness. AreaNamed gives the second;
// [Framework.AreaNamed] tells them apart.
func AreaNamed(s string) (Area, bool) { return areaNamed(s, 0) }

// AreaNamed returns the area of f's judgements that s words, as
// [AreaNamed] reads it but trying only the areas of f: an area that f
// does not judge reads as the area of its line that f does (see
// [Area.Lineage]), so that "children in care" under [ILACS2018] is the
// judgement on children in care and care leavers. It returns false if s
// words no judgement of f.
func (f Framework) AreaNamed(s string) (Area, bool) {
	if !f.IsValid() {
		return 0, false
	}
	return areaNamed(s, f)
}

// areaNamed is AreaNamed, for the areas of f, or of every framework if f
// is zero.
func areaNamed(s string, f Framework) (Area, bool) {
	var ws wordCounts
	ws.read(s)
	for _, a := range areaOrder {
		if !ws.tells(areas[a].words) {
			continue
		}
		if f == 0 {
			return a, true
		}
		if b, ok := a.in(f); ok {
			return b, true
		}
	}
	return 0, false
}

// wordCounts counts the words of a text that tell areas apart.
type wordCounts map[string]int

// read counts the words of s, in lower case, that are telling words of
// some area.
func (ws *wordCounts) read(s string) {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z')
	}) {
		if tellingWords[w] {
			if *ws == nil {
				*ws = wordCounts{}
			}
			(*ws)[w]++
		}
	}
}

// tells reports whether the words counted hold one of the alternatives,
// each a set of words in which a word written twice must occur twice.
func (ws wordCounts) tells(alternatives []string) bool {
next:
	for _, alt := range alternatives {
		need := map[string]int{}
		for _, w := range strings.Fields(alt) {
			need[w]++
		}
		for w, n := range need {
			if ws[w] < n {
				continue next
			}
		}
		return true
	}
	return false
}

// tellingWords is the set of every area's telling words.
var tellingWords = func() map[string]bool {
	m := map[string]bool{}
	for _, info := range areas {
		for _, alt := range info.words {
			for _, w := range strings.Fields(alt) {
				m[w] = true
			}
		}
	}
	return m
}()
