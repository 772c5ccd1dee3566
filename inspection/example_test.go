package inspection_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// portsmouth2023 is Ofsted's 2023 inspection of Portsmouth (seed report:
// "Inspection dates: 15 to 19 May 2023").
func portsmouth2023() inspection.Inspection {
	return inspection.Inspection{
		Authority: inspection.LocalAuthority{Name: "Portsmouth", GSS: "E06000044", URN: "80539"},
		Framework: inspection.ILACS2023,
		Kind:      inspection.Short,
		Start:     inspection.Date{Year: 2023, Month: 5, Day: 15},
		End:       inspection.Date{Year: 2023, Month: 5, Day: 19},
		Judgements: map[inspection.Area]grade.Grade{
			inspection.ImpactOfLeaders:      grade.Good,
			inspection.HelpAndProtection:    grade.Outstanding,
			inspection.ChildrenInCare:       grade.Good,
			inspection.CareLeavers:          grade.RequiresImprovement,
			inspection.OverallEffectiveness: grade.Good,
		},
	}
}

func ExampleFrameworkAt() {
	for _, c := range []struct {
		date string
		kind inspection.Kind
	}{
		{"2009-11-10", inspection.UnannouncedVisit},
		{"2012-03-01", inspection.FullInspection},
		{"2014-07-01", inspection.FullInspection},
		{"2018-10-08", inspection.Standard},
		{"2023-05-15", inspection.Short},
		{"2026-05-11", inspection.Standard},
	} {
		d, _ := inspection.ParseDate(c.date)
		f, ok := inspection.FrameworkAt(d, c.kind)
		fmt.Printf("%s %-17v %-10v %v\n", d, c.kind, f, ok)
	}
	// Output:
	// 2009-11-10 unannounced-visit ucra-2009  true
	// 2012-03-01 inspection        slac-2009  true
	// 2014-07-01 inspection        sif-2013   true
	// 2018-10-08 standard          ilacs-2018 true
	// 2023-05-15 short             ilacs-2023 true
	// 2026-05-11 standard          ilacs-2026 true
}

func ExampleFramework_Areas() {
	for _, f := range []inspection.Framework{inspection.ILACS2023, inspection.ILACS2026} {
		from, to := f.Period()
		fmt.Printf("%s, from %s (ended: %v %s)\n", f, from, !to.IsZero(), to)
		for _, s := range f.Areas() {
			fmt.Printf("  %-22s %s\n", s.Area, s.Wording)
		}
	}
	// Output:
	// ilacs-2023, from 2023-01-01 (ended: true 2026-03-31)
	//   impact-of-leaders      The impact of leaders on social work practice with children and families
	//   help-and-protection    The experiences and progress of children who need help and protection
	//   children-in-care       The experiences and progress of children in care
	//   care-leavers           The experiences and progress of care leavers
	//   overall-effectiveness  Overall effectiveness
	// ilacs-2026, from 2026-04-01 (ended: false )
	//   impact-of-leaders      The impact of leaders on practice with children and families
	//   help-and-protection    The experiences and progress of children who need help and protection
	//   children-in-care       The experiences and progress of children in care
	//   care-leavers           The experiences and progress of care leavers
}

func ExampleArea_Lineage() {
	for _, a := range []inspection.Area{inspection.ChildrenInCare, inspection.ImpactOfLeaders, inspection.CareLeavers} {
		fmt.Println(a.Lineage())
	}
	fmt.Println(inspection.LookedAfterChildren.Line())
	// Output:
	// [looked-after-children children-in-care-and-care-leavers children-in-care]
	// [leadership-management-governance impact-of-leaders]
	// [care-leavers]
	// children-in-care
}

func ExampleParseDateRange() {
	for _, s := range []string{
		"15 to 19 May 2023",
		"9–24 November 2017",
		"13 November 2017 to 24 November 2017",
		"29 April – 22 May 2014",
		"10 and 11 November 2009",
		"19 to 15 May 2023",
	} {
		start, end, err := inspection.ParseDateRange(s)
		fmt.Printf("%-38q %s %s %d days on site %v\n", s, start, end, end.DaysSince(start)+1, err)
	}
	// Output:
	// "15 to 19 May 2023"                    2023-05-15 2023-05-19 5 days on site <nil>
	// "9–24 November 2017"                   2017-11-09 2017-11-24 16 days on site <nil>
	// "13 November 2017 to 24 November 2017" 2017-11-13 2017-11-24 12 days on site <nil>
	// "29 April – 22 May 2014"               2014-04-29 2014-05-22 24 days on site <nil>
	// "10 and 11 November 2009"              2009-11-10 2009-11-11 2 days on site <nil>
	// "19 to 15 May 2023"                      1 days on site inspection: parsing date "19 to 15 May 2023": start after end
}

func ExampleValidate() {
	in := portsmouth2023()
	fmt.Println("as published:", len(inspection.Validate(&in)), "problems")

	// A doctored copy: adequate (not on the ILACS scale), care leavers
	// missing, and dates the wrong way round.
	in.Judgements[inspection.ImpactOfLeaders] = grade.Adequate
	delete(in.Judgements, inspection.CareLeavers)
	in.Published = inspection.Date{Year: 2023, Month: 5, Day: 1}
	errs := inspection.Validate(&in)
	for _, e := range errs {
		fmt.Println(e)
	}
	fmt.Println(errors.Is(errs, inspection.ErrMissingJudgement))
	// Output:
	// as published: 0 problems
	// published: dates out of order: published 2023-05-01, before the inspection ended 2023-05-19
	// judgements.impact-of-leaders: grade not on the framework's scale: adequate is not on the ilacs-2023 scale ([outstanding good requires-improvement inadequate])
	// judgements.care-leavers: missing judgement: ilacs-2023 requires a grade for Care leavers
	// true
}

func ExampleCheckConsistency() {
	in := portsmouth2023()
	fmt.Println("Portsmouth 2023:", len(inspection.CheckConsistency(&in)), "findings")

	in.Judgements[inspection.OverallEffectiveness] = grade.Outstanding // doctored
	for _, c := range inspection.CheckConsistency(&in) {
		fmt.Printf("%s %s: %s\n  evidence: %s\n", c.Severity, c.Rule, c.Message, c.Evidence)
	}
	// Output:
	// Portsmouth 2023: 0 findings
	// violation ilacs-leaders-or-worst-practice: overall effectiveness is outstanding, neither the impact of leaders (good) nor the worst practice judgement (requires improvement)
	//   evidence: held in 271 of 271 ILACS inspections, 2018-2025
	// violation ilacs-above-worst-practice: overall effectiveness is outstanding, more than one grade better than the worst practice judgement (requires improvement)
	//   evidence: held in 271 of 271 ILACS inspections, 2018-2025
}

func ExampleConsistentOverall() {
	// Southampton, SIF 2014: the three key judgements requires improvement;
	// care leavers, a sub-judgement, inadequate.
	southampton := map[inspection.Area]grade.Grade{
		inspection.HelpAndProtection:              grade.RequiresImprovement,
		inspection.LookedAfterChildren:            grade.RequiresImprovement,
		inspection.AdoptionPerformance:            grade.RequiresImprovement,
		inspection.CareLeavers:                    grade.Inadequate,
		inspection.LeadershipManagementGovernance: grade.RequiresImprovement,
	}
	fmt.Println("SIF:", inspection.ConsistentOverall(inspection.SIF2013, southampton))

	// ILACS 2023, leaders good, practice good, good, requires improvement.
	ilacs := map[inspection.Area]grade.Grade{
		inspection.ImpactOfLeaders:   grade.Good,
		inspection.HelpAndProtection: grade.Good,
		inspection.ChildrenInCare:    grade.Good,
		inspection.CareLeavers:       grade.RequiresImprovement,
	}
	fmt.Println("ILACS 2023:", inspection.ConsistentOverall(inspection.ILACS2023, ilacs))
	fmt.Println("ILACS 2026:", inspection.ConsistentOverall(inspection.ILACS2026, ilacs))
	// Output:
	// SIF: [requires-improvement]
	// ILACS 2023: [good requires-improvement]
	// ILACS 2026: []
}

func ExampleInspection_json() {
	in := portsmouth2023()
	in.Recommendations = []inspection.Recommendation{{
		Text:      "The recording of the rationale for decision-making when dispensing with parental consent.",
		Reference: inspection.Reference{Part: inspection.Outcome, Number: 3},
	}}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(in); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "authority": {
	//     "name": "Portsmouth",
	//     "gss": "E06000044",
	//     "urn": "80539"
	//   },
	//   "framework": "ilacs-2023",
	//   "kind": "short",
	//   "start": "2023-05-15",
	//   "end": "2023-05-19",
	//   "judgements": {
	//     "care-leavers": "requires-improvement",
	//     "children-in-care": "good",
	//     "help-and-protection": "outstanding",
	//     "impact-of-leaders": "good",
	//     "overall-effectiveness": "good"
	//   },
	//   "recommendations": [
	//     {
	//       "text": "The recording of the rationale for decision-making when dispensing with parental consent.",
	//       "reference": "outcome 3"
	//     }
	//   ]
	// }
}

func ExampleParseKind() {
	// Ofsted's official statistics name the kinds of ILACS activity so.
	for _, s := range []string{"ILACS Short Inspection", "ILACS Standard Inspection", "ILACS Focused Visit", "LA Monitoring visit"} {
		k, err := inspection.ParseKind(s)
		fmt.Printf("%-26q %-17v graded: %-5v %v\n", s, k, k.Graded(), err)
	}
	// Output:
	// "ILACS Short Inspection"   short             graded: true  <nil>
	// "ILACS Standard Inspection" standard          graded: true  <nil>
	// "ILACS Focused Visit"      focused-visit     graded: false <nil>
	// "LA Monitoring visit"      monitoring-visit  graded: false <nil>
}

func ExampleParseDate() {
	published, _ := inspection.ParseDate("03/07/2023") // dd/mm/yyyy, as in Ofsted's statistics
	started, _ := inspection.ParseDate("15 May 2023")  // as reports print it
	fmt.Println(started, published, published.DaysSince(started), "days from start to publication")
	fmt.Println(started.Before(published), started.Compare(published))
	_, err := inspection.ParseDate("31 June 2023")
	fmt.Println(err)
	// Output:
	// 2023-05-15 2023-07-03 49 days from start to publication
	// true -1
	// inspection: parsing date "31 June 2023": day out of range
}

func ExampleParseReference() {
	for _, s := range []string{"(Outcome 4, national framework)", "(enabler two, national framework)", "(Principle 1)"} {
		r, err := inspection.ParseReference(s)
		fmt.Printf("%-34q %-12v %q %v\n", s, r, r.Title(), err)
	}
	// Output:
	// "(Outcome 4, national framework)"  outcome 4    "Children in care and care leavers have stable, loving homes" <nil>
	// "(enabler two, national framework)" enabler 2    "" <nil>
	// "(Principle 1)"                    principle 1  "" <nil>
}
