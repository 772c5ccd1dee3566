package report_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
)

// portsmouth is the opening of a short ILACS report, as text copied out
// of a PDF viewer gives it: the judgement table separated by tabs. The
// judgements are those of Portsmouth's inspection of May 2023; the
// wording of the rest is ours.
const portsmouth = `Inspection of Portsmouth City Council local authority children's services
Inspection dates: 15 to 19 May 2023

Lead inspector: Christine Kennet, His Majesty's Inspector

Judgement	Grade
The impact of leaders on social work practice with children and families	Good
The experiences and progress of children who need help and protection	Outstanding
The experiences and progress of children in care	Good
The experiences and progress of care leavers	Requires improvement to be good
Overall effectiveness	Good

Children in Portsmouth get help early. Care leavers wait too long for a home.

What needs to improve?
- Help for care leavers to find a home and work. (Outcome 4, national
  framework)

The experiences and progress of children who need help and protection: outstanding

1. Families are helped as soon as they ask.

The experiences and progress of children in care: good

2. Children live with families who know them well.

The experiences and progress of care leavers: requires improvement to be good

3. Too many care leavers wait for a home of their own.

The impact of leaders on social work practice with children and families: good

4. Leaders know their services well.
`

func ExampleParse() {
	in, err := report.Parse(portsmouth)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(in.Authority.Name, in.Authority.GSS, in.Framework, in.Kind, in.Start, in.End)
	for area, g := range in.Ordered() {
		fmt.Printf("  %-21s %s\n", area, g)
	}
	for _, r := range in.Recommendations {
		fmt.Printf("improve: %s [%s]\n", r.Text, r.Reference)
	}
	for _, s := range in.Sections {
		fmt.Printf("section: %s (%s), paragraph %d\n", s.Area, s.Grade, s.Paragraphs[0].Number)
	}
	// Output:
	// Portsmouth City Council E06000044 ilacs-2023 short 2023-05-15 2023-05-19
	//   impact-of-leaders     good
	//   help-and-protection   outstanding
	//   children-in-care      good
	//   care-leavers          requires-improvement
	//   overall-effectiveness good
	// improve: Help for care leavers to find a home and work. [outcome 4]
	// section: help-and-protection (outstanding), paragraph 1
	// section: children-in-care (good), paragraph 2
	// section: care-leavers (requires-improvement), paragraph 3
	// section: impact-of-leaders (good), paragraph 4
}

// A section heading that disagrees with the judgement table is a problem:
// Parse keeps the table's grade and says where the heading is.
func ExampleParse_headingDisagreement() {
	text := strings.Replace(portsmouth, "children in care: good", "children in care: requires improvement to be good", 1)
	in, err := report.Parse(text)
	fmt.Println(errors.Is(err, report.ErrHeadingGrade))
	if list, ok := errors.AsType[inspection.ErrorList](err); ok {
		for _, e := range list {
			fmt.Println(e.Pos, e.Msg)
		}
	}
	fmt.Println("children in care:", in.Judgements[inspection.ChildrenInCare])
	// Output:
	// true
	// 23:1 heading "The experiences and progress of children in care: requires improvement to be good" grades Children in care requires improvement, but the judgement table says good (at 9:1)
	// children in care: good
}

// A PDF file must be turned into text first.
func ExampleParse_pdf() {
	_, err := report.Parse("%PDF-1.7\n...")
	fmt.Println(err)
	// Output:
	// 1:1: input is a PDF, not text: extract the text first, for example with: pdftotext -layout report.pdf report.txt
}

// An authority that the title names but that package authority does not
// know is a problem at the title; the name is kept as printed.
func ExampleParse_unknownAuthority() {
	text := strings.Replace(portsmouth, "Portsmouth City Council", "Anytown Borough Council", 1)
	in, err := report.Parse(text)
	fmt.Println(errors.Is(err, authority.ErrUnknown))
	fmt.Println(err)
	fmt.Printf("%q %q\n", in.Authority.Name, in.Authority.GSS)
	// Output:
	// true
	// 1:1: authority: no such authority: "Anytown Borough Council" names no authority; the nearest names are Bolton, Halton, Luton
	// "Anytown Borough Council" ""
}
