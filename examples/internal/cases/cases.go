// Package cases holds the real inspections the examples replay, written as
// Go values so that the examples need no download: Portsmouth from 2009 to
// 2026, Southampton 2012-2014 and Brighton and Hove 2015.
//
// # Sources
//
// Grades, dates and inspectors are as Ofsted published them: in the
// inspection reports (reports.ofsted.gov.uk) and in Ofsted's official
// statistics ("Children's social care data in England 2023", sheet
// LA_inspections_2009-2023, for SLAC and SIF results; "Local authority
// inspection outcomes as at 31 March 2025", sheet ILACS_inspection_history,
// for ILACS). The findings and recommendations are this package's short
// paraphrases of the reports' points, not Ofsted's words; read the reports
// for those. Ofsted material is Crown copyright, Open Government Licence
// v3.0.
package cases

import (
	"time"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

func day(y int, m time.Month, d int) inspection.Date {
	return inspection.Date{Year: y, Month: m, Day: d}
}

const (
	o  = grade.Outstanding
	g  = grade.Good
	ri = grade.RequiresImprovement
	a  = grade.Adequate
	i  = grade.Inadequate
)

// Portsmouth returns Portsmouth's inspections, oldest first.
func Portsmouth() []inspection.Inspection {
	who := inspection.LocalAuthority{Name: "Portsmouth", GSS: "E06000044", DfE: "851", URN: "80539"}
	return []inspection.Inspection{
		{
			// Letter of 9 December 2009 on the visit of 10 and 11 November
			// 2009: "one area for priority action and some areas for
			// development".
			Authority: who,
			Framework: inspection.UCRA2009,
			Kind:      inspection.UnannouncedVisit,
			Start:     day(2009, time.November, 10),
			End:       day(2009, time.November, 11),
			Published: day(2009, time.December, 9),
			Findings: []inspection.Finding{
				{Kind: inspection.Satisfactory, Text: "Referrals are received and prioritised robustly and quickly."},
				{Kind: inspection.Satisfactory, Text: "Thresholds for referral and assessment are clear and agreed with partners."},
				{Kind: inspection.Satisfactory, Text: "Child protection enquiries are timely and made by qualified workers."},
				{Kind: inspection.Satisfactory, Text: "Children's views are recorded and they are told the outcome of assessments."},
				{Kind: inspection.Satisfactory, Text: "Managers audit and monitor workloads and the flow of cases."},
				{Kind: inspection.Satisfactory, Text: "Senior managers oversee and challenge decisions about children coming into care."},
				{Kind: inspection.Strength, Text: "The out-of-hours service is efficient and works closely with the assessment teams."},
				{Kind: inspection.Strength, Text: "Partner agencies work well together and refer promptly."},
				{Kind: inspection.Strength, Text: "Case records are up to date and of good quality."},
				{Kind: inspection.Strength, Text: "A graduate trainee scheme and induction help keep social workers."},
				{Kind: inspection.Strength, Text: "Morale is high in the assessment, child protection and court teams."},
				{Kind: inspection.Strength, Text: "The initial assessment and duty team is fully staffed with manageable workloads."},
				{Kind: inspection.Strength, Text: "Staff have regular recorded supervision and training."},
				{Kind: inspection.AreaForDevelopment, Text: "Vacant posts leave many child protection and court cases unallocated."},
				{Kind: inspection.AreaForDevelopment, Text: "Initial assessments for children in need are too slow."},
				{Kind: inspection.AreaForDevelopment, Text: "Decisions made outside supervision are not recorded on case files."},
				{Kind: inspection.AreaForDevelopment, Text: "Feedback from families has too little influence on services."},
				{Kind: inspection.AreaForPriorityAction, Text: "Some referred cases were closed without the children being seen."},
			},
		},
		{
			// Official statistics, SLAC published 27 June 2011; the
			// statistics print adequate as "Requires improvement to be good".
			Authority: who,
			Framework: inspection.SLAC2009,
			Kind:      inspection.FullInspection,
			Published: day(2011, time.June, 27),
			Judgements: map[inspection.Area]grade.Grade{
				inspection.Safeguarding:        a,
				inspection.LookedAfterChildren: g,
			},
		},
		{
			Authority:     who,
			Framework:     inspection.SIF2013,
			Kind:          inspection.FullInspection,
			Start:         day(2014, time.June, 25),
			End:           day(2014, time.July, 16),
			Published:     day(2014, time.September, 1),
			LeadInspector: "Nigel Parkes",
			Judgements: map[inspection.Area]grade.Grade{
				inspection.OverallEffectiveness:           ri,
				inspection.HelpAndProtection:              ri,
				inspection.LookedAfterChildren:            g,
				inspection.AdoptionPerformance:            g,
				inspection.CareLeavers:                    ri,
				inspection.LeadershipManagementGovernance: g,
				inspection.LSCB:                           g,
			},
		},
		{
			Authority:     who,
			Framework:     inspection.ILACS2018,
			Kind:          inspection.Standard,
			Start:         day(2018, time.September, 3),
			End:           day(2018, time.September, 14),
			Published:     day(2018, time.October, 15),
			LeadInspector: "Linda Steele",
			Judgements: map[inspection.Area]grade.Grade{
				inspection.ImpactOfLeaders:              g,
				inspection.HelpAndProtection:            g,
				inspection.ChildrenInCareAndCareLeavers: g,
				inspection.OverallEffectiveness:         g,
			},
		},
		{
			Authority:     who,
			Framework:     inspection.ILACS2023,
			Kind:          inspection.Short,
			Start:         day(2023, time.May, 15),
			End:           day(2023, time.May, 19),
			Published:     day(2023, time.July, 3),
			LeadInspector: "Christine Kennet",
			Judgements: map[inspection.Area]grade.Grade{
				inspection.ImpactOfLeaders:      g,
				inspection.HelpAndProtection:    o,
				inspection.ChildrenInCare:       g,
				inspection.CareLeavers:          ri,
				inspection.OverallEffectiveness: g,
			},
			// The report's three points of "What needs to improve?",
			// paraphrased.
			Recommendations: []inspection.Recommendation{
				{Text: "Better services for care-experienced young people: their health histories, education, employment and training, and housing choices."},
				{Text: "Record why parental consent is dispensed with."},
				{Text: "Foster carers to record children's experiences and significant events, for reference and for the children later in life."},
			},
		},
		{
			Authority:     who,
			Framework:     inspection.ILACS2026,
			Kind:          inspection.Short,
			Start:         day(2026, time.July, 6),
			End:           day(2026, time.July, 10),
			Published:     day(2026, time.August, 18),
			LeadInspector: "Steve Bailey",
			Judgements: map[inspection.Area]grade.Grade{
				inspection.ImpactOfLeaders:   o,
				inspection.HelpAndProtection: o,
				inspection.ChildrenInCare:    o,
				inspection.CareLeavers:       o,
			},
			// The report's one point, paraphrased, with the national
			// framework reference it prints: "(outcome 1, national
			// framework)".
			Recommendations: []inspection.Recommendation{{
				Text:      "Recognise and respond consistently to the underlying causes of neglect where parents' risk factors are less evident.",
				Reference: inspection.Reference{Part: inspection.Outcome, Number: 1},
			}},
		},
	}
}

// Southampton returns Southampton's 2012 SLAC inspection and its 2014 SIF
// inspection, whose care leavers sub-judgement was inadequate.
func Southampton() []inspection.Inspection {
	who := inspection.LocalAuthority{Name: "Southampton", GSS: "E06000045", DfE: "852", URN: "80558"}
	return []inspection.Inspection{
		{
			// Official statistics, SLAC published 13 June 2012: both
			// judgements adequate.
			Authority: who,
			Framework: inspection.SLAC2009,
			Kind:      inspection.FullInspection,
			Published: day(2012, time.June, 13),
			Judgements: map[inspection.Area]grade.Grade{
				inspection.Safeguarding:        a,
				inspection.LookedAfterChildren: a,
			},
		},
		{
			Authority:     who,
			Framework:     inspection.SIF2013,
			Kind:          inspection.FullInspection,
			Start:         day(2014, time.July, 8),
			End:           day(2014, time.July, 30),
			Published:     day(2014, time.September, 15),
			LeadInspector: "Nicholas McMullen",
			Judgements: map[inspection.Area]grade.Grade{
				inspection.OverallEffectiveness:           ri,
				inspection.HelpAndProtection:              ri,
				inspection.LookedAfterChildren:            ri,
				inspection.AdoptionPerformance:            ri,
				inspection.CareLeavers:                    i,
				inspection.LeadershipManagementGovernance: ri,
				inspection.LSCB:                           ri,
			},
		},
	}
}

// BrightonAndHove returns Brighton and Hove's 2015 SIF inspection, with its
// LSCB review published the same day.
func BrightonAndHove() []inspection.Inspection {
	who := inspection.LocalAuthority{Name: "Brighton and Hove", GSS: "E06000043", DfE: "846", URN: "80438"}
	return []inspection.Inspection{{
		Authority:     who,
		Framework:     inspection.SIF2013,
		Kind:          inspection.FullInspection,
		Start:         day(2015, time.April, 14),
		End:           day(2015, time.May, 8),
		Published:     day(2015, time.June, 22),
		LeadInspector: "Lynn Radley",
		Judgements: map[inspection.Area]grade.Grade{
			inspection.OverallEffectiveness:           ri,
			inspection.HelpAndProtection:              ri,
			inspection.LookedAfterChildren:            g,
			inspection.AdoptionPerformance:            g,
			inspection.CareLeavers:                    g,
			inspection.LeadershipManagementGovernance: g,
			inspection.LSCB:                           g,
		},
	}}
}
