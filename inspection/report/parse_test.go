package report_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
)

// The fixtures in testdata are short reports written for these
// tests, about authorities that do not exist, in the forms Parse
// reads: pdftotext -layout (with page furniture and a footnote), plain
// pdftotext (grades apart from their labels, numbers on lines of their
// own), and text copied out of a PDF viewer (a tab-separated table).

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// parse is report.Parse for the reports these tests write, which are
// about authorities that do not exist: it leaves out the problem that
// says so, which TestParseAuthority tests.
func parse(text string) (*inspection.Inspection, error) {
	return parseWithout(text, authority.ErrUnknown)
}

// parseFront is parse for the front pages of reports, without their
// bodies: it leaves out the problems of the parts missing, which
// TestParseCutShort tests.
func parseFront(text string) (*inspection.Inspection, error) {
	return parseWithout(text, authority.ErrUnknown, report.ErrMissingPart)
}

// parseWithout is report.Parse without the problems of the kinds given.
func parseWithout(text string, kinds ...error) (*inspection.Inspection, error) {
	in, err := report.Parse(text)
	list, _ := errors.AsType[inspection.ErrorList](err)
	list = slices.DeleteFunc(list, func(e *inspection.Error) bool {
		return slices.ContainsFunc(kinds, func(k error) bool { return errors.Is(e, k) })
	})
	return in, list.Err()
}

func date(y, m, d int) inspection.Date { return inspection.Date{Year: y, Month: time.Month(m), Day: d} }

func para(n int, text string) inspection.Paragraph {
	return inspection.Paragraph{Number: n, Text: text}
}

const (
	aHP    = inspection.HelpAndProtection
	aCIC   = inspection.ChildrenInCare
	aCL    = inspection.CareLeavers
	aCICCL = inspection.ChildrenInCareAndCareLeavers
	aLead  = inspection.ImpactOfLeaders
	aOE    = inspection.OverallEffectiveness
	aLAC   = inspection.LookedAfterChildren
	aAdop  = inspection.AdoptionPerformance
	aLMG   = inspection.LeadershipManagementGovernance
	aLSCB  = inspection.LSCB

	gOut  = grade.Outstanding
	gGood = grade.Good
	gRI   = grade.RequiresImprovement
	gInad = grade.Inadequate
	gAdeq = grade.Adequate
)

// fixtures are the fixtures and what Parse must read from each:
// all of it, paragraphs included.
var fixtures = []struct {
	file string
	want inspection.Inspection
}{{
	file: "ilacs2023-layout.txt",
	want: inspection.Inspection{
		Authority:     inspection.LocalAuthority{Name: "Sandford Borough Council"},
		Framework:     inspection.ILACS2023,
		Kind:          inspection.Standard, // 6 to 17 March: two weeks on site
		Start:         date(2023, 3, 6),
		End:           date(2023, 3, 17),
		LeadInspector: "Alex Example",
		Judgements:    map[inspection.Area]grade.Grade{aLead: gGood, aHP: gRI, aCIC: gGood, aCL: gOut, aOE: gRI},
		Headline:      "Leaders in Sandford know where practice is strong.",
		Recommendations: []inspection.Recommendation{
			{Text: "The timeliness of first assessments for children new to the service.", Reference: inspection.Reference{Part: inspection.Outcome, Number: 1}},
			{Text: "How managers record their oversight of plans for children.", Reference: inspection.Reference{Part: inspection.Enabler, Number: 2}},
		},
		Sections: []inspection.Section{
			{Area: aHP, Heading: "The experiences and progress of children who need help and protection: requires improvement to be good", Grade: gRI, Paragraphs: []inspection.Paragraph{
				para(1, "Families who ask for help wait too long for a first visit. Once allocated, workers get to know families well."),
				para(2, "Plans are written with families. Some plans do not say who will do what, or by when."),
				// The footnote and the running footer between pages are gone.
				para(3, "Children at risk of harm outside the home are seen quickly, and their plans are reviewed with the police."),
			}},
			{Area: aCIC, Heading: "The experiences and progress of children in care: good", Grade: gGood, Paragraphs: []inspection.Paragraph{
				para(4, "Children come into care when they need to. Their carers are well supported."),
			}},
			{Area: aCL, Heading: "The experiences and progress of care leavers: outstanding", Grade: gOut, Paragraphs: []inspection.Paragraph{
				para(5, "Young people leaving care keep the same adviser for as long as they want one."),
			}},
			{Area: aLead, Heading: "The impact of leaders on social work practice with children and families: good", Grade: gGood, Paragraphs: []inspection.Paragraph{
				para(6, "Leaders have steadied the workforce. Caseloads are manageable."),
			}},
		},
	},
}, {
	file: "sif2016-raw.txt",
	want: inspection.Inspection{
		Authority:     inspection.LocalAuthority{Name: "Westmere County Council"},
		Framework:     inspection.SIF2013,
		Kind:          inspection.FullInspection,
		Start:         date(2016, 1, 11),
		End:           date(2016, 2, 4),
		Published:     date(2016, 3, 21),
		LeadInspector: "Sam Sample",
		// "2.1 Adoption performance / Not judged": a judgement recorded
		// as the zero Grade. The overall effectiveness is the headline's,
		// the LSCB's its section heading's.
		Judgements: map[inspection.Area]grade.Grade{aOE: gRI, aHP: gRI, aLAC: gGood, aAdop: 0, aCL: gRI, aLMG: gRI, aLSCB: gGood},
		Headline:   "Children’s services in Westmere require improvement to be good",
		Recommendations: []inspection.Recommendation{
			{Text: "Make sure that every child at risk is seen within a day of the referral.", Priority: true, Number: 1},
			{Text: "Improve the recording of management decisions in children’s files.", Number: 2},
			{Text: "Ensure that care leavers know what help they are entitled to.", Number: 3},
			{Text: "The board should check that training reaches every school.", Area: aLSCB, Number: 9},
		},
		Sections: []inspection.Section{
			{Area: aHP, Heading: "The experiences and progress of children who need help and protection Requires improvement", Grade: gRI, Paragraphs: []inspection.Paragraph{
				para(4, "Referrals are dealt with promptly. Some assessments are too brief."),
				para(5, "Plans for children who go missing are reviewed often."),
			}},
			{Area: aLAC, Heading: "The experiences and progress of children looked after and achieving permanence Good", Grade: gGood, Paragraphs: []inspection.Paragraph{
				para(6, "Children come into care at the right time."),
			}},
			{Area: aCL, Heading: "The graded judgement about the experiences and progress of care leavers is that it requires improvement", Grade: gRI, Paragraphs: []inspection.Paragraph{
				para(7, "Too few care leavers are in education or work."),
			}},
			{Area: aLMG, Heading: "Leadership, management and governance Requires improvement", Grade: gRI, Paragraphs: []inspection.Paragraph{
				para(8, "Leaders know their weaknesses and have begun to act on them."),
			}},
			{Area: aLSCB, Heading: "The Local Safeguarding Children Board is good", Grade: gGood, Paragraphs: []inspection.Paragraph{
				para(0, "The board is well led."),
				para(10, "Partners attend the board regularly and hold each other to account."),
			}},
		},
	},
}, {
	file: "ilacs2018-copied.txt",
	want: inspection.Inspection{
		Authority:     inspection.LocalAuthority{Name: "Lowbridge City Council"},
		Framework:     inspection.ILACS2018,
		Kind:          inspection.Short, // one week on site
		Start:         date(2018, 5, 14),
		End:           date(2018, 5, 18),
		LeadInspector: "Robin Placeholder",
		Judgements:    map[inspection.Area]grade.Grade{aHP: gGood, aCICCL: gRI, aLead: gGood, aOE: gRI},
		Headline:      "Children in Lowbridge are kept safe, and most get the help they need quickly.",
		Recommendations: []inspection.Recommendation{
			{Text: "The quality of plans for children in care."},
			{Text: "How quickly children who return home are given a plan."},
		},
		Sections: []inspection.Section{
			{Area: aHP, Heading: "The experiences and progress of children who need help and protection are good", Grade: gGood, Paragraphs: []inspection.Paragraph{
				para(1, "The front door works well. Decisions are made quickly and recorded clearly."),
				para(2, "Children are seen alone, and what they say shapes their plans."),
			}},
			{Area: aCICCL, Heading: "The experiences and progress of children in care and care leavers requires improvement to be good", Grade: gRI, Paragraphs: []inspection.Paragraph{
				para(3, "Too many children move home more than once a year."),
			}},
			{Area: aLead, Heading: "The impact of leaders on social work practice with children and families is good", Grade: gGood, Paragraphs: []inspection.Paragraph{
				para(4, "Leaders know their services well."),
			}},
		},
	},
}, {
	file: "tlac2013-layout.txt",
	want: inspection.Inspection{
		Authority:     inspection.LocalAuthority{Name: "Fernhill County Council"},
		Framework:     inspection.TLAC2013,
		Kind:          inspection.FullInspection,
		Start:         date(2013, 6, 3),
		End:           date(2013, 6, 7),
		Published:     date(2013, 7, 19),
		LeadInspector: "Jo Example",
		Judgements: map[inspection.Area]grade.Grade{
			aOE: gAdeq, inspection.CapacityToImprove: gGood, inspection.OutcomesForLookedAfterChildren: gAdeq,
			inspection.QualityOfProvision: gAdeq, inspection.LeadershipAndManagement: gGood,
		},
		// The points of the list are the paragraph's: it is one
		// recommendation.
		Recommendations: []inspection.Recommendation{
			{Text: "In order to improve services, the local authority should take the following action. Within three months: • ensure that every child has a personal education plan.", Number: 3},
		},
		Sections: []inspection.Section{
			{Area: aOE, Heading: "Overall effectiveness of services for looked after children and young people Grade 3 (Adequate)", Grade: gAdeq, Paragraphs: []inspection.Paragraph{
				para(1, "Services for looked after children are adequate and improving."),
			}},
			{Area: inspection.CapacityToImprove, Heading: "Capacity to improve Grade 2 (good)", Grade: gGood, Paragraphs: []inspection.Paragraph{
				para(2, "Leaders have a clear and realistic plan."),
			}},
			{Area: inspection.OutcomesForLookedAfterChildren, Heading: "Outcomes for looked after children and young people Grade 3 (Adequate)", Grade: gAdeq, Paragraphs: []inspection.Paragraph{
				para(4, "Most children are healthy and attend school regularly."),
			}},
			{Area: inspection.QualityOfProvision, Heading: "Quality of provision Grade 3 (Adequate)", Grade: gAdeq, Paragraphs: []inspection.Paragraph{
				para(5, "Care plans are up to date."),
			}},
			{Area: inspection.LeadershipAndManagement, Heading: "Leadership and management Grade 2 (Good)", Grade: gGood, Paragraphs: []inspection.Paragraph{
				para(6, "Managers check the quality of practice every month."),
			}},
		},
	},
}, {
	file: "letter2010.txt",
	want: inspection.Inspection{
		Authority: inspection.LocalAuthority{Name: "Kinross Park Council"},
		Framework: inspection.UCRA2009,
		Kind:      inspection.UnannouncedVisit,
		Start:     date(2010, 2, 2),
		End:       date(2010, 2, 3),
		Published: date(2010, 3, 3), // the letter's date
		Findings: []inspection.Finding{
			{Kind: inspection.Satisfactory, Text: "Referrals from schools are screened on the day they arrive."},
			{Kind: inspection.Satisfactory, Text: "Managers sign off every decision to close a case, and record why they did so."},
			{Kind: inspection.Strength, Text: "Staff turnover is low."},
			{Kind: inspection.AreaForDevelopment, Text: "Some initial assessments take longer than the seven days allowed."},
			// Its bullet lost: the line is indented.
			{Kind: inspection.AreaForPriorityAction, Text: "A small number of referrals were closed without the child being seen."},
		},
	},
}, {
	file: "ilacs2026-layout.txt",
	want: inspection.Inspection{
		Authority:     inspection.LocalAuthority{Name: "Eastholm"},
		Framework:     inspection.ILACS2026,
		Kind:          inspection.Short,
		Start:         date(2026, 5, 11),
		End:           date(2026, 5, 15),
		LeadInspector: "Chris Surname",
		// Rows out of the usual order, lower-case grades, "on practice"
		// without "social work", and the misprint "children care
		// leavers" for care leavers.
		Judgements: map[inspection.Area]grade.Grade{aHP: gGood, aLead: gOut, aCIC: gGood, aCL: gRI},
		Headline:   "Children and families in Eastholm get help that makes a difference.",
		Recommendations: []inspection.Recommendation{
			{Text: "The range of homes for care leavers.", Reference: inspection.Reference{Part: inspection.Principle, Number: 1}},
		},
		Sections: []inspection.Section{
			{Area: aHP, Heading: "The experiences and progress of children who need help and protection: good", Grade: gGood, Paragraphs: []inspection.Paragraph{para(1, "Help starts early and is well coordinated.")}},
			{Area: aCIC, Heading: "The experiences and progress of children in care: good", Grade: gGood, Paragraphs: []inspection.Paragraph{para(2, "Children live close to home.")}},
			{Area: aCL, Heading: "The experiences and progress of care leavers: requires improvement to be good", Grade: gRI, Paragraphs: []inspection.Paragraph{para(3, "Some care leavers live in unsuitable homes for too long.")}},
			{Area: aLead, Heading: "The impact of leaders on social work practice with children and families: outstanding", Grade: gOut, Paragraphs: []inspection.Paragraph{para(4, "Leaders are ambitious and effective.")}},
		},
	},
}}

func TestParseFixtures(t *testing.T) {
	for _, tt := range fixtures {
		t.Run(tt.file, func(t *testing.T) {
			got, err := parse(readFixture(t, tt.file))
			if err != nil {
				t.Errorf("Parse(%s) error: %v", tt.file, err)
			}
			want := tt.want
			if diff := cmp.Diff(&want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

// ilacsFront is the front page of a short ILACS report, into which the
// TestParseProblems puts judgement tables.
func ilacsFront(table string) string {
	return "Inspection of Nowhere local authority children’s services\n" +
		"Inspection dates: 2 to 6 October 2023\n\n" +
		"Lead inspector: Pat Person, His Majesty’s Inspector\n\n" +
		table + "\n" +
		"Children in Nowhere are well served.\n"
}

const ilacsTable = ` Judgement                                  Grade
 The impact of leaders on social work       Good
 practice with children and families
 The experiences and progress of            Good
 children who need help and protection
 The experiences and progress of            Good
 children in care
 The experiences and progress of care       Good
 leavers
 Overall effectiveness                      Good
`

// A problem is what a test expects of one problem: its kind and where
// it is (the zero Position for the whole report).
type problem struct {
	Kind error
	Pos  inspection.Position
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []problem
		check func(t *testing.T, in *inspection.Inspection)
	}{{
		name: "consistent",
		text: ilacsFront(ilacsTable),
		check: func(t *testing.T, in *inspection.Inspection) {
			if in.Framework != inspection.ILACS2023 || in.Kind != inspection.Short || len(in.Judgements) != 5 {
				t.Errorf("read %v %v %v", in.Framework, in.Kind, in.Judgements)
			}
		},
	}, {
		name: "heading disagrees with table",
		text: ilacsFront(ilacsTable) + "\nThe experiences and progress of children in care: inadequate\n\n1. Text.\n",
		want: []problem{{report.ErrHeadingGrade, inspection.Position{Line: 19, Column: 1}}},
		check: func(t *testing.T, in *inspection.Inspection) {
			if g := in.Judgements[aCIC]; g != gGood {
				t.Errorf("children in care = %v, want the table's good", g)
			}
			if len(in.Sections) != 1 || in.Sections[0].Grade != gInad {
				t.Errorf("sections = %+v, want one graded inadequate", in.Sections)
			}
		},
	}, {
		name: "row missing",
		text: ilacsFront(strings.Replace(ilacsTable, " The experiences and progress of care       Good\n leavers\n", "", 1)),
		// Validate's problem, placed at the table.
		want: []problem{{inspection.ErrMissingJudgement, inspection.Position{Line: 6, Column: 2}}},
		check: func(t *testing.T, in *inspection.Inspection) {
			if _, ok := in.Judgements[aCL]; ok {
				t.Errorf("care leavers judged %v, want no judgement", in.Judgements[aCL])
			}
		},
	}, {
		name: "row twice",
		text: ilacsFront(ilacsTable + " Overall effectiveness                      Inadequate\n"),
		want: []problem{{report.ErrDuplicate, inspection.Position{Line: 16, Column: 2}}},
		check: func(t *testing.T, in *inspection.Inspection) {
			if g := in.Judgements[aOE]; g != gGood {
				t.Errorf("overall = %v, want the first row's good", g)
			}
		},
	}, {
		name: "grade cut short",
		text: ilacsFront(strings.Replace(ilacsTable, "Overall effectiveness                      Good", "Overall effectiveness                      Requires", 1)),
		want: []problem{
			{inspection.ErrMissingJudgement, inspection.Position{Line: 6, Column: 2}},
			{report.ErrUnreadableCell, inspection.Position{Line: 15, Column: 45}},
		},
	}, {
		name: "dates not a date",
		text: strings.Replace(ilacsFront(ilacsTable), "2 to 6 October 2023", "soon", 1),
		want: []problem{
			// With no dates, the kind (short or standard) cannot be
			// decided.
			{inspection.ErrInvalid, inspection.Position{Line: 1, Column: 1}},
			{report.ErrNoDates, inspection.Position{Line: 2, Column: 19}},
		},
	}, {
		name: "reference to nothing",
		text: ilacsFront(ilacsTable) + "\nWhat needs to improve?\n◼ Something. (outcome 7, national framework)\n",
		want: []problem{{inspection.ErrReference, inspection.Position{Line: 20, Column: 1}}},
		check: func(t *testing.T, in *inspection.Inspection) {
			want := []inspection.Recommendation{{Text: "Something. (outcome 7, national framework)"}}
			if diff := cmp.Diff(want, in.Recommendations); diff != "" {
				t.Errorf("recommendations (-want +got):\n%s", diff)
			}
		},
	}, {
		name: "references in every printed form",
		text: ilacsFront(ilacsTable) + "\nWhat needs to improve?\n" +
			"◼ One (Outcome 2, national framework)\n" +
			"◼ Two (outcome three: national framework)\n" +
			"◼ Three (National Framework enabler two)\n" +
			"◼ Four (enabler: the workforce is equipped and effective, national framework)\n" +
			"◼ Five (enabler 2, leaders drive conditions for effective practice)\n" +
			"◼ Six (principle\n  4)\n",
		check: func(t *testing.T, in *inspection.Inspection) {
			ref := func(p inspection.Part, n int) inspection.Reference { return inspection.Reference{Part: p, Number: n} }
			want := []inspection.Recommendation{
				{Text: "One", Reference: ref(inspection.Outcome, 2)},
				{Text: "Two", Reference: ref(inspection.Outcome, 3)},
				{Text: "Three", Reference: ref(inspection.Enabler, 2)},
				{Text: "Four", Reference: ref(inspection.Enabler, 3)},
				{Text: "Five", Reference: ref(inspection.Enabler, 2)},
				{Text: "Six", Reference: ref(inspection.Principle, 4)},
			}
			if diff := cmp.Diff(want, in.Recommendations); diff != "" {
				t.Errorf("recommendations (-want +got):\n%s", diff)
			}
		},
	}, {
		name: "overall effectiveness after April 2026",
		text: strings.Replace(ilacsFront(ilacsTable), "2 to 6 October 2023", "11 to 15 May 2026", 1),
		// Dates decide between ILACS 2023 and 2026; the judgement the
		// 2026 framework does not make is reported, not dropped.
		want: []problem{{inspection.ErrUnexpectedJudgement, inspection.Position{Line: 15, Column: 2}}},
		check: func(t *testing.T, in *inspection.Inspection) {
			if in.Framework != inspection.ILACS2026 || in.Judgements[aOE] != gGood {
				t.Errorf("framework %v, overall %v", in.Framework, in.Judgements[aOE])
			}
			if checks := inspection.CheckConsistency(in); len(checks) != 1 || checks[0].Rule != "ilacs-2026-overall" {
				t.Errorf("checks = %+v, want the 2026 rule", checks)
			}
		},
	}, {
		name: "no table",
		text: "Inspection of Nowhere local authority children’s services\nInspection dates: 2 to 6 October 2023\n\nSome text.\n",
		want: []problem{
			{inspection.ErrMissingJudgement, inspection.Position{Line: 1, Column: 1}},
			{inspection.ErrMissingJudgement, inspection.Position{Line: 1, Column: 1}},
			{inspection.ErrMissingJudgement, inspection.Position{Line: 1, Column: 1}},
			{inspection.ErrMissingJudgement, inspection.Position{Line: 1, Column: 1}},
			{inspection.ErrMissingJudgement, inspection.Position{Line: 1, Column: 1}},
		},
	}, {
		name: "no framework",
		text: "Inspection of Nowhere local authority children’s services\n\nSome text.\n",
		want: []problem{{report.ErrNoFramework, inspection.Position{Line: 1, Column: 1}}},
	}, {
		name: "PDF",
		text: "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
		want: []problem{{report.ErrPDF, inspection.Position{Line: 1, Column: 1}}},
	}, {
		name: "empty",
		text: "",
		want: []problem{{report.ErrNotReport, inspection.Position{}}},
	}, {
		name: "prose",
		text: "The experiences of a reader are good.\nNothing here is a report.\n",
		want: []problem{{report.ErrNotReport, inspection.Position{}}},
	}, {
		name: "a long line of prose",
		text: strings.Repeat("Nothing here is a report. ", 2000) + "\n",
		want: []problem{{report.ErrNotReport, inspection.Position{}}},
		check: func(t *testing.T, in *inspection.Inspection) {
			if in.Authority.Name != "" {
				t.Errorf("authority %.40q..., want none: the text is not a report", in.Authority.Name)
			}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := parseFront(tt.text)
			if in == nil {
				t.Fatalf("Parse returned a nil Inspection")
			}
			var got []problem
			if err != nil {
				list, ok := errors.AsType[inspection.ErrorList](err)
				if !ok {
					t.Fatalf("Parse error %T, want an ErrorList", err)
				}
				for _, e := range list {
					got = append(got, problem{e.Err, e.Pos})
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("Parse() problems mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
			for _, p := range tt.want {
				if !errors.Is(err, p.Kind) {
					t.Errorf("errors.Is(err, %v) = false", p.Kind)
				}
			}
			if tt.check != nil {
				tt.check(t, in)
			}
		})
	}
}

// TestParseForms reads one report in the three forms of text it
// comes in, and checks that they read the same.
func TestParseForms(t *testing.T) {
	forms := map[string]string{
		"layout": "Nowhere County Council\nInspection of children's social care services\nInspection dates: 8 January 2019 to 19 January 2019\n\n" +
			"Judgement                                                Grade\n\n" +
			"The impact of leaders on social work practice with\n                                                         Inadequate\nchildren and families\n\n" +
			"The experiences and progress of children who need       Requires improvement to\nhelp and protection                                      be good\n\n" +
			"The experiences and progress of children in care and    Inadequate\ncare leavers\n\n" +
			"Overall effectiveness                                    Inadequate\n\nServices are failing.\n",
		"raw": "Nowhere County Council\nInspection of children's social care services\nInspection dates: 8 January 2019 to 19 January 2019\n" +
			"Judgement\n\nGrade\n\nThe impact of leaders on social work practice with\nchildren and families\n\nInadequate\n\n" +
			"The experiences and progress of children who need\nhelp and protection\n\nRequires improvement to\nbe good\n\n" +
			"The experiences and progress of children in care and\ncare leavers\n\nInadequate\n\nOverall effectiveness\n\nInadequate\n\nServices are failing.\n",
		"copied": "Nowhere County Council\nInspection of children's social care services\nInspection dates: 8 January 2019 to 19 January 2019\n\n" +
			"Judgement\tGrade\nThe impact of leaders on social work practice with children and families\tInadequate\n" +
			"The experiences and progress of children who need help and protection\tRequires improvement to be good\n" +
			"The experiences and progress of children in care and care leavers\tInadequate\nOverall effectiveness\tInadequate\n\nServices are failing.\n",
	}
	want := &inspection.Inspection{
		Authority:  inspection.LocalAuthority{Name: "Nowhere County Council"},
		Framework:  inspection.ILACS2018,
		Kind:       inspection.Standard,
		Start:      date(2019, 1, 8),
		End:        date(2019, 1, 19),
		Judgements: map[inspection.Area]grade.Grade{aLead: gInad, aHP: gRI, aCICCL: gInad, aOE: gInad},
		Headline:   "Services are failing.",
	}
	for name, text := range forms {
		got, err := parseFront(text)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", name, diff)
		}
	}
}

// TestParseSIFFront checks the SIF front page of 2014: the grades
// printed around their row labels ("requires" above, "improvement"
// below), the overall judgement in the headline, and the LSCB's under the
// table.
func TestParseSIFFront(t *testing.T) {
	text := "Borough of Nowhere\nInspection of services for children in need of help and\nprotection, children looked after and care leavers\n" +
		"Inspection date: 14 January 2014 – 5 February 2014\nReport published: 21 March 2014\n\n" +
		"The overall judgement is that children’s services require\nimprovement\n" +
		"There are no widespread or serious failures.\n" +
		"                                                                  requires\n" +
		"1. Children who need help and protection\n" +
		"                                                                  improvement\n\n" +
		"2. Children looked after and achieving permanence                 inadequate\n" +
		"            2.1 Adoption performance                              good\n" +
		"                                                                  requires\n" +
		"            2.2 Experiences and progress of care leavers\n" +
		"                                                                  improvement\n" +
		"3. Leadership, management and governance                          inadequate\n\n" +
		"The effectiveness of the Local Safeguarding Children Board (LSCB) is\nrequires improvement\n" +
		"\f2\nSection 1: the local authority\n"
	got, err := parseFront(text)
	want := map[inspection.Area]grade.Grade{aOE: gRI, aHP: gRI, aLAC: gInad, aAdop: gGood, aCL: gRI, aLMG: gInad, aLSCB: gRI}
	if diff := cmp.Diff(want, got.Judgements); diff != "" {
		t.Errorf("judgements mismatch (-want +got):\n%s", diff)
	}
	// Overall effectiveness requires improvement while looked after
	// children and leadership are inadequate: a consistency violation,
	// found by inspection.CheckConsistency, not a problem of the text.
	if err != nil {
		t.Errorf("error: %v", err)
	}
	if len(inspection.CheckConsistency(got)) == 0 {
		t.Errorf("no consistency checks for an overall grade above two inadequate key judgements")
	}
	if got.Headline != "The overall judgement is that children’s services require improvement" {
		t.Errorf("headline %q", got.Headline)
	}
	if got.Kind != inspection.FullInspection || got.Published != date(2014, 3, 21) {
		t.Errorf("kind %v, published %v", got.Kind, got.Published)
	}
}

// TestParseKind checks the rule for short and standard ILACS
// inspections: a week on site or less is short.
func TestParseKind(t *testing.T) {
	for _, tt := range []struct {
		dates string
		want  inspection.Kind
	}{
		{"15 to 19 May 2023", inspection.Short},                                            // Monday to Friday
		{"15 to 21 May 2023", inspection.Short},                                            // a week
		{"15 to 26 May 2023", inspection.Standard},                                         // two weeks
		{"9 to 20 June 2025", inspection.Standard},                                         //
		{"30 September to 11 October 2024 and 13 to 16 January 2025", inspection.Standard}, // on site twice
		// A week on site split in two: seven days on site, though the
		// first day and the last are fifteen apart.
		{"2 to 4 October and 14 to 17 October 2024", inspection.Short},
		{"2 to 4 and 14 to 17 October 2024", inspection.Short},
		{"2 – 4 October 2024 and 14 – 17 October 2024", inspection.Short},
		// Wrapped over two lines.
		{"2 to 4 October and\n14 to 17 October 2024", inspection.Short},
		{"2 to 4 October and 14\nto 17 October 2024", inspection.Short},
		{"30 September to 4 October and\n14 to 25 October 2024", inspection.Standard},
	} {
		text := strings.Replace(ilacsFront(ilacsTable), "2 to 6 October 2023", tt.dates, 1)
		in, err := parseFront(text)
		if in.Kind != tt.want || in.Start.IsZero() || in.End.IsZero() {
			t.Errorf("dates %q: kind %v (%v to %v), want %v; problems: %v", tt.dates, in.Kind, in.Start, in.End, tt.want, err)
		}
	}
}

// TestParsePositions checks that every problem of a damaged report
// points at a place in its text, or at none.
func TestParsePositions(t *testing.T) {
	text := readFixture(t, "sif2016-raw.txt")
	lines := strings.Split(text, "\n")
	damaged := strings.NewReplacer("Requires improvement", "Requires", "Good", "Fine", "2016", "2O16").Replace(text)
	_, err := parseFront(damaged)
	list, _ := errors.AsType[inspection.ErrorList](err)
	if len(list) == 0 {
		t.Fatalf("no problems with a damaged report")
	}
	for _, e := range list {
		if e.Pos == (inspection.Position{}) {
			continue
		}
		if e.Pos.Line < 1 || e.Pos.Line > len(lines) || e.Pos.Column < 1 || e.Pos.Column > len(lines[e.Pos.Line-1])+1 {
			t.Errorf("problem %v at %v, outside the text", e, e.Pos)
		}
	}
}

// TestParseAuthority checks that the authority a report's title names is
// found in package authority's register, on the day the inspection
// started, and that one it is not is a problem at the title.
func TestParseAuthority(t *testing.T) {
	for _, tt := range []struct {
		name, dates string
		gss         string
		kind        error
	}{
		{"Portsmouth City Council", "2 to 6 October 2023", "E06000044", nil},
		{"the London Borough of Barking and Dagenham", "2 to 6 October 2023", "E09000002", nil},
		{"Calderdale Metropolitan Council", "2 to 6 October 2023", "E08000033", nil},
		{"Bradford Children and Families Trust", "12 to 23 January 2026", "E08000032", nil},
		{"Nowhere", "2 to 6 October 2023", "", authority.ErrUnknown},
		// Cumberland was created in April 2023.
		{"Cumberland", "2 to 6 October 2022", "", authority.ErrNotExisting},
	} {
		text := strings.Replace(strings.Replace(ilacsFront(ilacsTable), "Nowhere", tt.name, 1), "2 to 6 October 2023", tt.dates, 1)
		in, err := report.Parse(text)
		list, _ := errors.AsType[inspection.ErrorList](err)
		var kinds []error
		for _, e := range list {
			if e.Field == "authority" {
				kinds = append(kinds, e.Err)
				if e.Pos != (inspection.Position{Line: 1, Column: 1}) {
					t.Errorf("%s: problem at %v, want 1:1 (the title)", tt.name, e.Pos)
				}
			}
		}
		switch {
		case tt.kind == nil && len(kinds) > 0:
			t.Errorf("%s: problems %v, want none", tt.name, kinds)
		case tt.kind != nil && (len(kinds) != 1 || kinds[0] != tt.kind):
			t.Errorf("%s: problems %v, want %v", tt.name, kinds, tt.kind)
		}
		if in.Authority.Name != strings.TrimPrefix(tt.name, "the ") || in.Authority.GSS != tt.gss {
			t.Errorf("%s: authority %+v, want the name as printed and GSS %q", tt.name, in.Authority, tt.gss)
		}
	}
}
