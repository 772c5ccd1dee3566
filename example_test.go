package judgements_test

import (
	"fmt"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
)

// portsmouth is a short report as pdftotext -layout prints it, with the
// judgements of Portsmouth's 2023 inspection; the wording of the rest is
// ours.
const portsmouth = `Inspection of Portsmouth City Council local authority children's services

Inspection dates: 15 to 19 May 2023

Lead inspector: Christine Kennet, His Majesty's Inspector

 Judgement                                                     Grade

 The impact of leaders on social work practice with children   Good
 and families

 The experiences and progress of children who need help and    Outstanding
 protection

 The experiences and progress of children in care              Good

 The experiences and progress of care leavers                  Requires improvement
                                                               to be good

 Overall effectiveness                                         Good

Most children receive a good service; for some it is outstanding.

What needs to improve?

- Services for care-experienced young people.

The experiences and progress of children who need help and protection:
outstanding

1.    Families get the right help at the right time.

The experiences and progress of children in care: good

2.    Children live in stable homes.

The experiences and progress of care leavers: requires improvement to be
good

3.    Some care leavers wait too long for suitable homes.

The impact of leaders on social work practice with children and
families: good

4.    Leaders know their services well.
`

// Read a report, check it, and follow the authority's judgements from its
// previous inspection.
func Example() {
	in, err := report.Parse(portsmouth)
	if err != nil {
		fmt.Println(err) // positioned problems, if any
	}
	fmt.Println(in.Authority.Name, in.Framework, in.Kind, in.Start, in.End)
	for area, g := range in.Ordered() {
		fmt.Printf("  %-22s %s\n", area.Label(), g.Label())
	}
	fmt.Println("problems:", len(inspection.Validate(in)), " consistency findings:", len(inspection.CheckConsistency(in)))
	fmt.Println("overall grades that fit:", inspection.ConsistentOverall(in.Framework, in.Judgements))

	// The 2018 inspection, from Ofsted's statistics, and the new one.
	var r authority.Register
	prev := inspection.Inspection{
		Authority: inspection.LocalAuthority{Name: "Portsmouth"},
		Framework: inspection.ILACS2018, Kind: inspection.Standard,
		Start: inspection.Date{Year: 2018, Month: 9, Day: 3}, End: inspection.Date{Year: 2018, Month: 9, Day: 14}, Published: inspection.Date{Year: 2018, Month: 10, Day: 15},
		Judgements: map[inspection.Area]grade.Grade{
			inspection.ImpactOfLeaders: grade.Good, inspection.HelpAndProtection: grade.Good,
			inspection.ChildrenInCareAndCareLeavers: grade.Good, inspection.OverallEffectiveness: grade.Good,
		},
	}
	for _, x := range []inspection.Inspection{prev, *in} {
		if err := r.Add(x); err != nil {
			fmt.Println(err)
		}
	}
	h := r.History(authority.MustLookup(in.Authority.Name))
	var ins []inspection.Inspection
	for x := range h.All() {
		ins = append(ins, x)
	}
	c := h.SideBySide(ins[0], ins[1])
	fmt.Println(c)
	fmt.Println("none declined:", c.NoneDeclined())
	// Output:
	// Portsmouth City Council ilacs-2023 short 2023-05-15 2023-05-19
	//   Impact of leaders      Good
	//   Help and protection    Outstanding
	//   Children in care       Good
	//   Care leavers           Requires improvement to be good
	//   Overall effectiveness  Good
	// problems: 0  consistency findings: 0
	// overall grades that fit: [good requires-improvement]
	// overall effectiveness, impact of leaders and children in care stayed good; help and protection improved from good to outstanding; care leavers not judged in the earlier inspection, now requires improvement
	// none declined: true
}
