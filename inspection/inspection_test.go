package inspection_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

// full returns an Inspection with every field set.
func full() inspection.Inspection {
	in := sif2014()
	in.Authority = inspection.LocalAuthority{Name: "Southampton", GSS: "E06000045", DfE: "852", URN: "80558"}
	in.Link = "https://reports.ofsted.gov.uk/provider/44/80558"
	in.LeadInspector = "A Inspector HMI"
	in.Judgements[inspection.AdoptionPerformance] = 0 // printed as "not judged"
	in.Headline = "The overall judgement is that children's services require improvement"
	in.Findings = []inspection.Finding{{Kind: inspection.AreaForPriorityAction, Text: "Cases closed without the children being seen."}}
	in.Recommendations = []inspection.Recommendation{
		{Text: "Improve information on children who go missing.", Priority: true, Number: 20},
		{Text: "Improve planning.", Reference: inspection.Reference{Part: inspection.Enabler, Number: 2}},
		{Text: "Monitor the board's impact.", Area: inspection.LSCB},
	}
	in.Sections = []inspection.Section{{
		Area: inspection.HelpAndProtection, Heading: "The experiences and progress of children who need help and protection", Grade: grade.RequiresImprovement,
		Paragraphs: []inspection.Paragraph{{Number: 21, Text: "Thresholds are understood."}, {Text: "Unnumbered."}},
	}}
	in.Sources = []inspection.Source{{File: "report.txt", Areas: []inspection.Area{inspection.AdoptionPerformance}}}
	return in
}

func TestJSONRoundTrip(t *testing.T) {
	for _, in := range []inspection.Inspection{full(), portsmouth2023(), {}} {
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var out inspection.Inspection
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		if diff := cmp.Diff(in, out); diff != "" {
			t.Errorf("round trip mismatch (-want +got):\n%s\n%s", diff, b)
		}
	}
}

func TestJSONKeys(t *testing.T) {
	in := full()
	in.Judgements[inspection.OverallEffectiveness] = grade.Good // better than leadership: a consistency violation, so that "checks" is written
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := []string{"authority", "checks", "end", "findings", "framework", "headline", "judgements", "kind", "leadInspector", "link", "published", "recommendations", "sections", "sources", "start"}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("JSON keys mismatch (-want +got):\n%s", diff)
	}
	for _, frag := range []string{
		`"framework":"sif-2013"`, `"kind":"inspection"`, `"start":"2014-07-01"`, `"published":"2014-09-15"`,
		`"adoption-performance":""`, `"care-leavers":"inadequate"`, `"reference":"enabler 2"`, `"priority":true`,
		`"area":"lscb"`, `"kind":"area-for-priority-action"`, `"severity":"violation"`,
	} {
		if !strings.Contains(string(b), frag) {
			t.Errorf("JSON lacks %s:\n%s", frag, b)
		}
	}
}

func TestJSONErrors(t *testing.T) {
	for _, bad := range []string{
		`{"framework":"sif-2014"}`,
		`{"kind":"inspectorate"}`,
		`{"start":"2014-02-30"}`,
		`{"judgements":{"leaders":"good"}}`,
		`{"judgements":{"lscb":"excellent"}}`,
		`{"recommendations":[{"text":"x","reference":"outcome 9"}]}`,
		`{"findings":[{"kind":"praise","text":"x"}]}`,
	} {
		var in inspection.Inspection
		if err := json.Unmarshal([]byte(bad), &in); err == nil {
			t.Errorf("Unmarshal(%s) succeeded, want error", bad)
		}
	}
}

func TestInspectionMethods(t *testing.T) {
	in := full()
	if g, ok := in.Overall(); !ok || g != grade.RequiresImprovement {
		t.Errorf("Overall() = %v, %v", g, ok)
	}
	if in.Judgements[inspection.CareLeavers] != grade.Inadequate || in.Judgements[inspection.ImpactOfLeaders] != 0 {
		t.Error("Grade")
	}
	var order []inspection.Area
	for a := range in.Ordered() {
		order = append(order, a)
	}
	want := []inspection.Area{
		inspection.OverallEffectiveness, inspection.HelpAndProtection, inspection.LookedAfterChildren,
		inspection.AdoptionPerformance, inspection.CareLeavers, inspection.LeadershipManagementGovernance, inspection.LSCB,
	}
	if diff := cmp.Diff(want, order); diff != "" {
		t.Errorf("Ordered() mismatch (-want +got):\n%s", diff)
	}
	var empty inspection.Inspection
	if _, ok := empty.Overall(); ok {
		t.Error("Overall of an inspection without one")
	}
}

func TestCompare(t *testing.T) {
	a := inspection.Inspection{Start: d(2014, 7, 1)}
	b := inspection.Inspection{Published: d(2014, 9, 15)} // no dates on site: dated by publication
	c := inspection.Inspection{End: d(2018, 10, 19)}
	list := []*inspection.Inspection{&c, &b, &a}
	slices.SortFunc(list, inspection.Compare)
	if list[0] != &a || list[1] != &b || list[2] != &c {
		t.Errorf("sorted %v", list)
	}
}
