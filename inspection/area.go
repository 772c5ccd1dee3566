package inspection

import (
	"errors"
	"strconv"
	"strings"
)

// An Area is a judgement area: what a graded judgement is about, such as
// overall effectiveness or the experiences and progress of care leavers.
// Areas are shared between frameworks where the judgement is the same
// (help and protection under the SIF and ILACS); each [Framework] says
// which areas it judges, in what order and in what official wording (see
// [Framework.Areas]).
//
// An Area's text form is its key, such as "overall-effectiveness"; keys
// name areas in JSON and in the corpus truth. The zero Area is not an area.
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
	next  Area // the area that took over this one's judgement, if any
}

// areas holds each Area's key, short label, and successor. The successors
// are the lineage of judgements across framework changes: the SIF's
// leadership judgement became ILACS's impact of leaders; the SIF's
// looked after children judgement became ILACS's children in care and
// care leavers (2018), which became children in care (January 2023, when
// care leavers were judged apart again: Ofsted official statistics 2024
// and 2025, Notes). The SIF's care leavers sub-judgement and the ILACS
// 2023 care leavers judgement are the same Area.
var areas = [...]areaInfo{
	OverallEffectiveness:           {"overall-effectiveness", "Overall effectiveness", 0},
	Safeguarding:                   {"safeguarding", "Safeguarding", 0},
	CapacityToImprove:              {"capacity-to-improve", "Capacity to improve", 0},
	OutcomesForLookedAfterChildren: {"outcomes-for-looked-after-children", "Outcomes for looked after children", 0},
	QualityOfProvision:             {"quality-of-provision", "Quality of provision", 0},
	LeadershipAndManagement:        {"leadership-and-management", "Leadership and management", 0},
	EffectivenessOfHelp:            {"effectiveness-of-help", "Effectiveness of help", 0},
	QualityOfPractice:              {"quality-of-practice", "Quality of practice", 0},
	LeadershipAndGovernance:        {"leadership-and-governance", "Leadership and governance", 0},
	HelpAndProtection:              {"help-and-protection", "Help and protection", 0},
	LookedAfterChildren:            {"looked-after-children", "Looked after children", ChildrenInCareAndCareLeavers},
	AdoptionPerformance:            {"adoption-performance", "Adoption performance", 0},
	CareLeavers:                    {"care-leavers", "Care leavers", 0},
	LeadershipManagementGovernance: {"leadership-management-governance", "Leadership, management and governance", ImpactOfLeaders},
	LSCB:                           {"lscb", "Local Safeguarding Children Board", 0},
	ImpactOfLeaders:                {"impact-of-leaders", "Impact of leaders", 0},
	ChildrenInCareAndCareLeavers:   {"children-in-care-and-care-leavers", "Children in care and care leavers", ChildrenInCare},
	ChildrenInCare:                 {"children-in-care", "Children in care", 0},
}

// IsValid reports whether a is one of the Area constants.
func (a Area) IsValid() bool { return 0 < a && a < numAreas }

// IsZero reports whether a is the zero Area.
func (a Area) IsZero() bool { return a == 0 }

// String returns a's key, such as "help-and-protection", or "%!Area(N)"
// for a value that is not an area.
func (a Area) String() string {
	if a.IsValid() {
		return areas[a].key
	}
	return "%!Area(" + strconv.Itoa(int(a)) + ")"
}

// Label returns a short label for a, the same under every framework:
// "Overall effectiveness", "Help and protection", "Children in care". For
// the official wording of a framework's judgement, see [AreaSpec].
func (a Area) Label() string {
	if a.IsValid() {
		return areas[a].label
	}
	return a.String()
}

// Successor returns the area that took over a's judgement when the
// framework changed, and whether there is one: [LeadershipManagementGovernance]
// → [ImpactOfLeaders], [LookedAfterChildren] → [ChildrenInCareAndCareLeavers]
// → [ChildrenInCare].
func (a Area) Successor() (Area, bool) {
	if a.IsValid() && areas[a].next != 0 {
		return areas[a].next, true
	}
	return 0, false
}

// Line returns the newest area of a's lineage: the area a trajectory
// follows a through framework changes. Line of [LeadershipManagementGovernance]
// is [ImpactOfLeaders]; of [LookedAfterChildren] and
// [ChildrenInCareAndCareLeavers], [ChildrenInCare]; of an area with no
// successor, the area itself.
func (a Area) Line() Area {
	for {
		next, ok := a.Successor()
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
		if next, ok := b.Successor(); ok && next == a {
			return b, true
		}
	}
	return 0, false
}

// Areas returns every Area, in the order of the constants.
func Areas() []Area {
	out := make([]Area, 0, numAreas-1)
	for a := Area(1); a < numAreas; a++ {
		out = append(out, a)
	}
	return out
}

// ErrUnknownArea is wrapped by the error ParseArea returns for text that
// names no area.
var ErrUnknownArea = errors.New("unknown judgement area")

// ParseArea returns the Area whose key is s, ignoring case and surrounding
// white space.
func ParseArea(s string) (Area, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for a := Area(1); a < numAreas; a++ {
		if areas[a].key == k {
			return a, nil
		}
	}
	return 0, &TextError{Type: "area", Input: s, Err: ErrUnknownArea}
}

// MarshalText implements [encoding.TextMarshaler]: the key, or an error
// for an invalid Area. The zero Area encodes as the empty text.
func (a Area) MarshalText() ([]byte, error) {
	switch {
	case a == 0:
		return []byte{}, nil
	case a.IsValid():
		return []byte(areas[a].key), nil
	}
	return nil, errors.New("inspection: cannot marshal invalid " + a.String())
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts a key,
// as ParseArea does, and sets the zero Area for empty text.
func (a *Area) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = 0
		return nil
	}
	v, err := ParseArea(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// A TextError records a failure to read the text form of one of this
// package's values: an area, framework, kind, finding kind or reference.
type TextError struct {
	Type  string // what was being read: "area", "framework", "kind", ...
	Input string // the text
	Err   error  // the reason, a sentinel such as ErrUnknownArea
}

// Error returns a message such as
// `inspection: parsing area "leaders": unknown judgement area`.
func (e *TextError) Error() string {
	return "inspection: parsing " + e.Type + " " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the reason.
func (e *TextError) Unwrap() error { return e.Err }
