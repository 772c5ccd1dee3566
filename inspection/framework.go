package inspection

import (
	"slices"
	"time"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/internal/enum"
)

// A Framework is one of the arrangements under which Ofsted has inspected
// English local authority children's services since 2009. Each has an
// identifier ("sif-2013"), a period in force, the kinds of inspection it
// uses, and the judgement areas it grades, in official order and wording.
//
// The zero Framework is not a framework.
type Framework uint8

// The frameworks, oldest first. Periods are by the day an inspection
// started, as Ofsted applies them.
const (
	UCRA2009  Framework = 1 + iota // annual unannounced inspection of contact, referral and assessment, 2009-2012
	SLAC2009                       // inspection of safeguarding and looked after children services, April 2009 - 2012
	CPI2012                        // inspection of local authority arrangements for the protection of children, June 2012 - 2013
	TLAC2013                       // inspection of looked after children services, 2013
	SIF2013                        // the single inspection framework, November 2013 - 2017, re-inspections to 2018
	ILACS2018                      // inspection of local authority children's services, 29 January 2018 - 31 December 2022
	ILACS2023                      // ILACS with care leavers judged apart, 1 January 2023 - March 2026
	ILACS2026                      // ILACS without overall effectiveness, April 2026 on

	numFrameworks = iota + 1
)

// An AreaSpec is a judgement area as a framework defines it.
type AreaSpec struct {
	Area        Area   // the area
	Wording     string // the framework's official wording of the judgement
	Parent      Area   // for a sub-judgement, the judgement it belongs to; otherwise zero
	Overall     bool   // whether it is an overall effectiveness judgement
	Contributes bool   // whether the framework counts it towards overall effectiveness
	Required    bool   // whether every graded inspection of the framework's main kind carries it
}

type frameworkInfo struct {
	id     string
	name   string
	from   Date // first day an inspection could start under it
	to     Date // last day; zero while in force
	legacy bool // the 2009-2013 scale, with adequate
	kinds  []Kind
	areas  []AreaSpec
	source string
}

func day(y int, m time.Month, d int) Date { return Date{y, m, d} }

// frameworks is the table of frameworks. Each entry cites its source; the
// notes in ../shared/domain/ofsted-frameworks.md (sections 1 and 6) give the
// evidence in full.
var frameworks = [...]frameworkInfo{
	UCRA2009: {
		id:   "ucra-2009",
		name: "Annual unannounced inspection of contact, referral and assessment arrangements",
		// Ofsted written evidence JRR 04: "short, discrete, two-day
		// inspections"; the SLAC framework (May 2009) "should be read
		// alongside" it. The visits gave no grades; letters list strengths,
		// areas for development and areas for priority action (Portsmouth,
		// 9 December 2009). They ended when CPI began in June 2012.
		from:   day(2009, time.April, 1),
		to:     day(2012, time.May, 31),
		kinds:  []Kind{UnannouncedVisit},
		source: "Ofsted, 2010 inspector handbook for unannounced contact, referral and assessment inspections; Ofsted written evidence JRR 04",
	},
	SLAC2009: {
		id:   "slac-2009",
		name: "Inspection of safeguarding and looked after children services",
		// "The new inspections of safeguarding and looked after children
		// services take effect from 1 April 2009" (framework, May 2009,
		// revised October 2010, ref 090027). Ofsted's data keep two overall
		// judgements per authority; reports were published 7 August 2009 to
		// 24 August 2012.
		from:   day(2009, time.April, 1),
		to:     day(2012, time.May, 31),
		legacy: true,
		kinds:  []Kind{FullInspection, Reinspection},
		areas: []AreaSpec{
			{Area: Safeguarding, Wording: "Overall effectiveness of safeguarding services", Overall: true, Required: true},
			{Area: LookedAfterChildren, Wording: "Overall effectiveness of services for looked after children", Overall: true, Required: true},
			{Area: CapacityToImprove, Wording: "Capacity to improve"},
		},
		source: "Ofsted, Inspections of safeguarding and looked after children services: framework, ref 090027 (May 2009, revised October 2010); Children's social care data in England 2023, sheet LA_inspections_2009-2023",
	},
	CPI2012: {
		id:   "cpi-2012",
		name: "Inspection of local authority arrangements for the protection of children",
		// Official statistics for inspections 1 June to 31 December 2012
		// (published 24 January 2013); reports published 13 July 2012 to
		// 16 August 2013. The SIF replaced it from November 2013.
		from:   day(2012, time.June, 1),
		to:     day(2013, time.October, 31),
		legacy: true,
		kinds:  []Kind{FullInspection, Reinspection},
		areas: []AreaSpec{
			{Area: OverallEffectiveness, Wording: "Overall effectiveness", Overall: true, Required: true},
			{Area: EffectivenessOfHelp, Wording: "The effectiveness of help", Contributes: true},
			{Area: QualityOfPractice, Wording: "The quality of practice", Contributes: true},
			{Area: LeadershipAndGovernance, Wording: "Leadership and governance", Contributes: true},
		},
		source: "Ofsted, Inspections of local authority arrangements for the protection of children, official statistics, 24 January 2013; Cheshire East Council minutes, March 2013",
	},
	TLAC2013: {
		id:   "tlac-2013",
		name: "Inspection of looked after children services",
		// Five authorities, reports published 2 to 23 August 2013 (Ofsted
		// data, "TLAC"); inspections from 24 June 2013 (Sandwell). Each
		// section heading carries "Grade N (label)" on the adequate scale.
		from:   day(2013, time.June, 1),
		to:     day(2013, time.October, 31),
		legacy: true,
		kinds:  []Kind{FullInspection},
		areas: []AreaSpec{
			{Area: OverallEffectiveness, Wording: "Overall effectiveness of services for looked after children and young people", Overall: true, Required: true},
			{Area: CapacityToImprove, Wording: "Capacity to improve"},
			{Area: OutcomesForLookedAfterChildren, Wording: "Outcomes for looked after children and young people", Contributes: true},
			{Area: QualityOfProvision, Wording: "Quality of provision", Contributes: true},
			{Area: LeadershipAndManagement, Wording: "Leadership and management", Contributes: true},
		},
		source: "Ofsted reports of inspections of looked after children services, 2013 (Norfolk, Kent, Medway, Sandwell); Children's social care data in England 2023, sheet LA_inspections_2009-2023",
	},
	SIF2013: {
		id:   "sif-2013",
		name: "Single inspection framework: inspection of services for children in need of help and protection, children looked after and care leavers",
		// "Coming into effect from November 2013" (Ofsted press release);
		// first reports 11 February 2014, last first inspections published
		// 8 December 2017, re-inspections to 24 August 2018. The report
		// table lists "the judgements on areas of the service that
		// contribute to overall effectiveness": 1, 2, 2.1, 2.2 and 3; the
		// LSCB review is judged apart.
		from:  day(2013, time.November, 1),
		to:    day(2018, time.June, 30),
		kinds: []Kind{FullInspection, Reinspection, LSCBReview, MonitoringVisit, JTAI},
		areas: []AreaSpec{
			{Area: OverallEffectiveness, Wording: "Overall effectiveness", Overall: true, Required: true},
			{Area: HelpAndProtection, Wording: "The experiences and progress of children who need help and protection", Contributes: true, Required: true},
			{Area: LookedAfterChildren, Wording: "The experiences and progress of children looked after and achieving permanence", Contributes: true, Required: true},
			{Area: AdoptionPerformance, Wording: "Adoption performance", Parent: LookedAfterChildren, Contributes: true},
			{Area: CareLeavers, Wording: "The experiences and progress of care leavers", Parent: LookedAfterChildren, Contributes: true},
			{Area: LeadershipManagementGovernance, Wording: "Leadership, management and governance", Contributes: true, Required: true},
			{Area: LSCB, Wording: "The effectiveness of the Local Safeguarding Children Board"},
		},
		source: "Ofsted, Framework and evaluation schedule for the inspections of services for children in need of help and protection, children looked after and care leavers, ref 130216 (November 2013; December 2014; February 2017)",
	},
	ILACS2018: {
		id:   "ilacs-2018",
		name: "Inspection of local authority children's services (ILACS)",
		// "We first published this framework in November 2017 ... and
		// implemented it from January 2018"; first inspection 29 January
		// 2018 (Rochdale). The combined judgement on children in care and
		// care leavers applied to inspections that started before 1 January
		// 2023.
		from:  day(2018, time.January, 29),
		to:    day(2022, time.December, 31),
		kinds: []Kind{Standard, Short, FocusedVisit, MonitoringVisit, JTAI},
		areas: []AreaSpec{
			{Area: ImpactOfLeaders, Wording: "The impact of leaders on social work practice with children and families", Contributes: true, Required: true},
			{Area: HelpAndProtection, Wording: "The experiences and progress of children who need help and protection", Contributes: true, Required: true},
			{Area: ChildrenInCareAndCareLeavers, Wording: "The experiences and progress of children in care and care leavers", Contributes: true, Required: true},
			{Area: OverallEffectiveness, Wording: "Overall effectiveness", Overall: true, Required: true},
		},
		source: "Ofsted, Inspecting local authority children's services (ILACS) framework, November 2017, updated September and December 2018",
	},
	ILACS2023: {
		id:   "ilacs-2023",
		name: "Inspection of local authority children's services (ILACS), with a separate care leavers judgement",
		// "From 1 January 2023, a new ILACS sub-judgement on the
		// experiences and progress of care leavers was introduced. The
		// previous sub-judgement ... was amended to refer just to children
		// in care" (Ofsted official statistics, Notes, 2024 and 2025).
		from:  day(2023, time.January, 1),
		to:    day(2026, time.March, 31),
		kinds: []Kind{Standard, Short, FocusedVisit, MonitoringVisit, JTAI},
		areas: []AreaSpec{
			{Area: ImpactOfLeaders, Wording: "The impact of leaders on social work practice with children and families", Contributes: true, Required: true},
			{Area: HelpAndProtection, Wording: "The experiences and progress of children who need help and protection", Contributes: true, Required: true},
			{Area: ChildrenInCare, Wording: "The experiences and progress of children in care", Contributes: true, Required: true},
			{Area: CareLeavers, Wording: "The experiences and progress of care leavers", Contributes: true, Required: true},
			{Area: OverallEffectiveness, Wording: "Overall effectiveness", Overall: true, Required: true},
		},
		source: "Ofsted, ILACS framework, January 2023, April 2024 and December 2024 versions; Local authority inspection outcomes, official statistics 2024 and 2025, Notes",
	},
	ILACS2026: {
		id:   "ilacs-2026",
		name: "Inspection of local authority children's services (ILACS), without overall effectiveness",
		// "From April 2026, the inspectorate will remove the overall
		// effectiveness judgement in ILACS" (Ofsted news release, 27
		// November 2025). Reports of inspections that started from 27 April
		// 2026 have four judgements; the last with overall effectiveness
		// started 16 March 2026.
		from:  day(2026, time.April, 1),
		kinds: []Kind{Standard, Short, FocusedVisit, MonitoringVisit, JTAI},
		areas: []AreaSpec{
			{Area: ImpactOfLeaders, Wording: "The impact of leaders on practice with children and families", Required: true},
			{Area: HelpAndProtection, Wording: "The experiences and progress of children who need help and protection", Required: true},
			{Area: ChildrenInCare, Wording: "The experiences and progress of children in care", Required: true},
			{Area: CareLeavers, Wording: "The experiences and progress of care leavers", Required: true},
		},
		source: "Ofsted news release, 27 November 2025, \"Ofsted confirms removal of headline judgement for inspections of local authorities' children's services\"; ILACS framework, April 2026",
	},
}

// frameworkText holds the frameworks' identifiers and names.
var frameworkText = enum.Of[Framework]("inspection", "Framework", "no framework", "No framework", frameworks[:],
	func(i frameworkInfo) (string, string) { return i.id, i.name }, unknown("framework"))

// Frameworks returns every framework, oldest first.
func Frameworks() []Framework { return frameworkText.Values() }

// IsValid reports whether f is one of the Framework constants.
func (f Framework) IsValid() bool { return frameworkText.IsValid(f) }

// String returns f's identifier: "ucra-2009", "slac-2009", "cpi-2012",
// "tlac-2013", "sif-2013", "ilacs-2018", "ilacs-2023" or "ilacs-2026";
// "no framework" for the zero Framework; or "%!Framework(N)" if f is
// neither.
func (f Framework) String() string { return frameworkText.String(f) }

// Name returns f's name in words, such as "Inspection of local authority
// children's services (ILACS)".
func (f Framework) Name() string { return frameworkText.Label(f) }

// Source returns the official documents that define f.
func (f Framework) Source() string {
	if f.IsValid() {
		return frameworks[f].source
	}
	return ""
}

// Period returns the first and the last day an inspection under f could
// start; the last is the zero Date while f is in force.
func (f Framework) Period() (from, to Date) {
	if f.IsValid() {
		return frameworks[f].from, frameworks[f].to
	}
	return Date{}, Date{}
}

// InForce reports whether an inspection starting on d could be under f.
func (f Framework) InForce(d Date) bool {
	from, to := f.Period()
	return f.IsValid() && !d.Before(from) && (to.IsZero() || !d.After(to))
}

// Legacy reports whether f grades on the 2009-2013 scale, with adequate in
// place of requires improvement: SLAC, CPI and the 2013 looked after
// children inspections.
func (f Framework) legacy() bool { return f.IsValid() && frameworks[f].legacy }

// Grades returns the grades of f's scale, best first: with
// [grade.Adequate] for a legacy framework, [grade.RequiresImprovement]
// otherwise, and none for a framework that gives no grades.
func (f Framework) Grades() []grade.Grade {
	switch {
	case !f.graded():
		return nil
	case f.legacy():
		return []grade.Grade{grade.Outstanding, grade.Good, grade.Adequate, grade.Inadequate}
	}
	return []grade.Grade{grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Inadequate}
}

// Allows reports whether g is a grade on f's scale: adequate only before
// the SIF, requires improvement only from it.
func (f Framework) allows(g grade.Grade) bool {
	switch {
	case !f.graded() || !g.IsValid():
		return false
	case f.legacy():
		return g != grade.RequiresImprovement
	}
	return g != grade.Adequate
}

// Graded reports whether f grades anything; the unannounced visits of
// 2009-2012 did not.
func (f Framework) graded() bool { return f.IsValid() && len(frameworks[f].areas) > 0 }

// Kinds returns the kinds of inspection activity f uses.
func (f Framework) Kinds() []Kind {
	if f.IsValid() {
		return slices.Clone(frameworks[f].kinds)
	}
	return nil
}

// Uses reports whether f uses inspections of kind k.
func (f Framework) uses(k Kind) bool { return f.IsValid() && slices.Contains(frameworks[f].kinds, k) }

// Areas returns the judgement areas f grades, in the order of its reports'
// judgement tables, with official wording.
func (f Framework) Areas() []AreaSpec {
	if f.IsValid() {
		return slices.Clone(frameworks[f].areas)
	}
	return nil
}

// Area returns f's definition of a, and whether f judges a at all.
func (f Framework) Area(a Area) (AreaSpec, bool) {
	if f.IsValid() {
		for _, s := range frameworks[f].areas {
			if s.Area == a {
				return s, true
			}
		}
	}
	return AreaSpec{}, false
}

// judges reports whether f has a judgement on a.
func (f Framework) judges(a Area) bool {
	_, ok := f.Area(a)
	return ok
}

// Overall returns the area of f's overall effectiveness judgement, and
// false if f has none (the 2009 unannounced visits and ILACS from April
// 2026) or has two (SLAC, whose safeguarding and looked after children
// judgements were each an overall effectiveness).
func (f Framework) Overall() (Area, bool) {
	var found []Area
	for _, s := range f.Areas() {
		if s.Overall {
			found = append(found, s.Area)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return 0, false
}

// AreasFor returns the judgement areas an inspection of kind k under f
// carries, with Required set for those it must carry. It is f's areas for
// the framework's main graded kinds ([FullInspection], [Standard],
// [Short]), with these exceptions:
//
//   - kinds that give no grades carry no areas;
//   - an [LSCBReview] carries only [LSCB], which it requires;
//   - a SIF [Reinspection] does not require the LSCB judgement: most SIF
//     re-inspection reports have no LSCB section, though some reviewed the
//     board too (Slough, February 2016);
//   - a SLAC [Reinspection] re-inspected safeguarding or looked after
//     children services, or both, so neither is required.
//
// AreasFor returns nil if f does not use k.
func (f Framework) AreasFor(k Kind) []AreaSpec {
	if !f.uses(k) || !k.Graded() {
		return nil
	}
	var out []AreaSpec
	for _, s := range frameworks[f].areas {
		if s, ok := f.specFor(k, s); ok {
			out = append(out, s)
		}
	}
	return out
}

// specFor adjusts a framework's area spec s for inspections of kind k, as
// AreasFor describes, and reports whether such an inspection carries it.
// f must use k, and k be graded.
func (f Framework) specFor(k Kind, s AreaSpec) (AreaSpec, bool) {
	switch {
	case k == LSCBReview:
		s.Required = true
		return s, s.Area == LSCB
	case s.Area == LSCB && k == Reinspection:
		s.Required = false
	case f == SLAC2009 && k == Reinspection:
		s.Required = false
	}
	return s, true
}

// ParseFramework returns the Framework whose identifier is s, ignoring
// case and surrounding white space. Text that names no framework gives a
// *[TextError] wrapping [ErrUnknown].
func ParseFramework(s string) (Framework, error) { return frameworkText.Parse(s) }

// frameworksAt returns the frameworks in force for inspections starting on
// d, oldest first. Two pairs overlapped: the unannounced visits and SLAC
// (2009-2012), and CPI and the looked after children inspections (2013);
// and SIF re-inspections ran into the first months of ILACS (2018).
func frameworksAt(d Date) []Framework {
	var out []Framework
	for f := Framework(1); f < numFrameworks; f++ {
		if f.InForce(d) {
			out = append(out, f)
		}
	}
	return out
}

// FrameworkAt returns the framework for an inspection of kind k that
// started on d, and false if there is none. Where more than one framework
// in force used k (CPI and looked after children inspections in 2013;
// monitoring visits in the first half of 2018), it returns the newest.
func FrameworkAt(d Date, k Kind) (Framework, bool) {
	fs := frameworksAt(d)
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].uses(k) {
			return fs[i], true
		}
	}
	return 0, false
}

// AppendText implements [encoding.TextAppender]: the identifier, and
// nothing for the zero Framework. It fails for an invalid value.
func (f Framework) AppendText(b []byte) ([]byte, error) { return frameworkText.AppendText(b, f) }

// MarshalText implements [encoding.TextMarshaler] with [Framework.AppendText].
func (f Framework) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting what
// [ParseFramework] accepts; empty text sets the zero Framework.
func (f *Framework) UnmarshalText(text []byte) error { return frameworkText.UnmarshalText(text, f) }
