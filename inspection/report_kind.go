package inspection

import "strings"

// This file decides a read report's framework and kind, from what its
// title says, the judgements it gives and its dates.

// shortSpan is the most days an ILACS short inspection spans on site: it
// is one week (Monday to Friday, a span of four days), and a standard
// inspection two (a span of eleven). In Ofsted's ILACS inspection history
// (official statistics, 2025) every short inspection of the report corpus
// spans four days and every standard one eleven or more.
const shortSpan = 6

// decideFramework sets the framework and kind of the inspection read:
//
//   - the letter of an unannounced inspection: [UCRA2009],
//     [UnannouncedVisit];
//   - a report titled "Inspection of looked after children services", or
//     whose judgements are that inspection's: [TLAC2013],
//     [FullInspection];
//   - the review of a Local Safeguarding Children Board alone: [SIF2013],
//     [LSCBReview];
//   - a SIF report, by its title or its judgements (looked after children,
//     adoption performance, leadership, management and governance):
//     [SIF2013], [Reinspection] when the title says "Re-inspection" or the
//     executive summary "This was a re-inspection", [FullInspection]
//     otherwise;
//   - an ILACS report with the judgement on children in care and care
//     leavers: [ILACS2018]; with children in care and care leavers judged
//     apart: [ILACS2023] or [ILACS2026], whichever was in force when the
//     inspection started, or, without dates, [ILACS2026] when there is no
//     overall effectiveness; with neither, or with no judgements, the ILACS
//     framework in force when it started. Its kind is [Short] when its days
//     on site span a week at most, [Standard] when longer.
//
// Otherwise the framework stays zero.
func (p *reportParser) decideFramework() {
	in := p.in
	has := func(a Area) bool { _, ok := in.Judgements[a]; return ok }
	switch {
	case p.doc == docLetter:
		in.Framework, in.Kind = UCRA2009, UnannouncedVisit
		return
	case p.doc == docTLAC, has(OutcomesForLookedAfterChildren), has(QualityOfProvision), has(LeadershipAndManagement):
		in.Framework, in.Kind = TLAC2013, FullInspection
		return
	case p.doc == docLSCBReview:
		in.Framework, in.Kind = SIF2013, LSCBReview
		return
	case p.doc == docSIF, p.doc == docSIFRe, has(LookedAfterChildren), has(AdoptionPerformance), has(LeadershipManagementGovernance):
		in.Framework, in.Kind = SIF2013, FullInspection
		if p.doc == docSIFRe || p.saysReinspection() {
			in.Kind = Reinspection
		}
		return
	case len(in.Judgements) == 1 && has(LSCB):
		in.Framework, in.Kind = SIF2013, LSCBReview
		return
	}
	ilacs := func(f Framework) bool { return f == ILACS2018 || f == ILACS2023 || f == ILACS2026 }
	byDate, _ := FrameworkAt(in.Start, Standard)
	switch {
	case has(ChildrenInCareAndCareLeavers):
		in.Framework = ILACS2018
	case has(ChildrenInCare), has(CareLeavers):
		switch {
		case byDate == ILACS2023 || byDate == ILACS2026:
			in.Framework = byDate
		case has(OverallEffectiveness):
			in.Framework = ILACS2023
		default:
			in.Framework = ILACS2026
		}
	case (p.doc == docILACS || has(ImpactOfLeaders) || has(HelpAndProtection)) && ilacs(byDate):
		in.Framework = byDate
	default:
		return
	}
	if in.Start.IsValid() && in.End.IsValid() {
		in.Kind = Standard
		if in.End.DaysSince(in.Start) <= shortSpan {
			in.Kind = Short
		}
	}
}

// saysReinspection reports whether the first pages of the report say it is
// a re-inspection ("This was a re-inspection of children's services in
// Wandsworth", "This is a re-inspection of ..."), as some SIF
// re-inspection reports do in their executive summary under the title of
// a first inspection.
func (p *reportParser) saysReinspection() bool {
	end := len(p.text)
	if n := p.frontEnd + 150; n < len(p.lines) {
		end = int(p.lines[n].start)
	}
	head := p.text[:end]
	// Look for the hyphen, rare in prose, then the words around it.
	for {
		i := strings.Index(head, "-inspection of")
		if i < 0 {
			return false
		}
		if strings.HasSuffix(head[:i], "s a re") || strings.HasSuffix(head[:i], "s a Re") {
			return true
		}
		head = head[i+1:]
	}
}
