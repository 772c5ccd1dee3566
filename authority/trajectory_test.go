package authority_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/google/go-cmp/cmp"
)

// stepView is a Step without its pointers, for comparing.
type stepView struct {
	From, To  string // area=grade
	Direction authority.Direction
	Grades    int
	Days      int
}

func viewSteps(ss []authority.Step) []stepView {
	var out []stepView
	for _, s := range ss {
		out = append(out, stepView{
			From: s.From.Area.String() + "=" + s.From.Grade.String(), To: s.To.Area.String() + "=" + s.To.Grade.String(),
			Direction: s.Direction, Grades: s.Grades, Days: s.Days,
		})
	}
	return out
}

func TestTrajectories(t *testing.T) {
	h := register(portsmouth()).History(authority.MustLookup("Portsmouth"))
	tests := []struct {
		line     inspection.Area
		want     []stepView
		unjudged int
	}{
		{inspection.OverallEffectiveness, []stepView{
			{"overall-effectiveness=requires-improvement", "overall-effectiveness=good", authority.Improved, 1, 1531},
			{"overall-effectiveness=good", "overall-effectiveness=good", authority.Unchanged, 0, 1715},
		}, 1},
		{inspection.ImpactOfLeaders, []stepView{
			{"leadership-management-governance=good", "impact-of-leaders=good", authority.Unchanged, 0, 1531},
			{"impact-of-leaders=good", "impact-of-leaders=good", authority.Unchanged, 0, 1715},
			{"impact-of-leaders=good", "impact-of-leaders=outstanding", authority.Improved, 1, 1148},
		}, 0},
		{inspection.ChildrenInCareAndCareLeavers, []stepView{ // the line is children in care's
			{"looked-after-children=good", "looked-after-children=good", authority.Unchanged, 0, 1094}, // from the SLAC publication (no days on site known) to the SIF's first day on site
			{"looked-after-children=good", "children-in-care-and-care-leavers=good", authority.Unchanged, 0, 1531},
			{"children-in-care-and-care-leavers=good", "children-in-care=good", authority.Unchanged, 0, 1715},
			{"children-in-care=good", "children-in-care=outstanding", authority.Improved, 1, 1148},
		}, 0},
		{inspection.CareLeavers, []stepView{ // the SIF's sub-judgement, then ILACS's from 2023
			{"care-leavers=requires-improvement", "care-leavers=requires-improvement", authority.Unchanged, 0, 3246},
			{"care-leavers=requires-improvement", "care-leavers=outstanding", authority.Improved, 2, 1148},
		}, 0},
		{inspection.Safeguarding, nil, 4}, // SLAC only; the SIF and ILACS inspections since make no such judgement
	}
	for _, tt := range tests {
		tr := h.Trajectory(tt.line)
		if tr.Line != tt.line.Line() || tr.Authority != h.Authority {
			t.Errorf("%v: line %v, authority %v", tt.line, tr.Line, tr.Authority)
		}
		if diff := cmp.Diff(tt.want, viewSteps(tr.Steps())); diff != "" {
			t.Errorf("%v: steps (-want +got):\n%s", tt.line, diff)
		}
		if len(tr.Unjudged) != tt.unjudged {
			t.Errorf("%v: %d unjudged, want %d", tt.line, len(tr.Unjudged), tt.unjudged)
		}
	}
	var lines []inspection.Area
	for _, tr := range h.Trajectories() {
		lines = append(lines, tr.Line)
	}
	want := []inspection.Area{inspection.OverallEffectiveness, inspection.ImpactOfLeaders, inspection.HelpAndProtection,
		inspection.ChildrenInCare, inspection.CareLeavers, inspection.Safeguarding, inspection.AdoptionPerformance, inspection.LSCB}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("Trajectories lines (-want +got):\n%s", diff)
	}
}

func TestTrajectoryQuestions(t *testing.T) {
	p := func(g grade.Grade, y int) authority.Point {
		return authority.Point{Inspection: inspection.Inspection{Published: day(y, time.June, 1)}, Area: inspection.OverallEffectiveness, Grade: g}
	}
	tests := []struct {
		name      string
		points    []authority.Point
		first     int // year of FirstAtLeast(Good), 0 for none
		since     int // year of AtLeastSince(Good), 0 for none
		adequate  bool
		wantSteps []authority.Direction
	}{
		{"none", nil, 0, 0, false, nil},
		{"always good", []authority.Point{p(grade.Good, 2014), p(grade.Outstanding, 2018)}, 2014, 2014, false, []authority.Direction{authority.Improved}},
		{"good, then lost", []authority.Point{p(grade.Good, 2014), p(grade.Inadequate, 2018)}, 2014, 0, false, []authority.Direction{authority.Declined}},
		{"lost and regained", []authority.Point{p(grade.Good, 2011), p(grade.RequiresImprovement, 2014), p(grade.Good, 2018), p(grade.Outstanding, 2023)}, 2011, 2018, false,
			[]authority.Direction{authority.Declined, authority.Improved, authority.Improved}},
		{"adequate ranks with requires improvement", []authority.Point{p(grade.Adequate, 2012), p(grade.RequiresImprovement, 2015)}, 0, 0, true, []authority.Direction{authority.Unchanged}},
	}
	for _, tt := range tests {
		tr := authority.Trajectory{Line: inspection.OverallEffectiveness, Points: tt.points}
		first, ok1 := tr.FirstAtLeast(grade.Good)
		since, ok2 := tr.AtLeastSince(grade.Good)
		if ok1 != (tt.first != 0) || (ok1 && first.Inspection.Date().Year != tt.first) {
			t.Errorf("%s: FirstAtLeast(good) = %v, %v; want %d", tt.name, first.Inspection.Date(), ok1, tt.first)
		}
		if ok2 != (tt.since != 0) || (ok2 && since.Inspection.Date().Year != tt.since) {
			t.Errorf("%s: AtLeastSince(good) = %v, %v; want %d", tt.name, since.Inspection.Date(), ok2, tt.since)
		}
		var dirs []authority.Direction
		for _, s := range tr.Steps() {
			dirs = append(dirs, s.Direction)
		}
		if diff := cmp.Diff(tt.wantSteps, dirs); diff != "" {
			t.Errorf("%s: directions (-want +got):\n%s", tt.name, diff)
		}
	}
	if s := (authority.Trajectory{Line: inspection.HelpAndProtection}).Summary(); s != "help and protection: never judged" {
		t.Errorf("empty Summary() = %q", s)
	}
}

func TestDirectionText(t *testing.T) {
	for _, tt := range []struct {
		d    authority.Direction
		want string
	}{{authority.Declined, "declined"}, {authority.Unchanged, "unchanged"}, {authority.Improved, "improved"}, {5, "%!Direction(5)"}, {-2, "%!Direction(-2)"}} {
		if tt.d.String() != tt.want {
			t.Errorf("Direction(%d).String() = %q, want %q", tt.d, tt.d.String(), tt.want)
		}
		b, err := tt.d.MarshalText()
		if valid := tt.d >= -1 && tt.d <= 1; valid != (err == nil) {
			t.Errorf("Direction(%d).MarshalText() = %q, %v", tt.d, b, err)
			continue
		} else if !valid {
			continue
		}
		var back authority.Direction
		if err := back.UnmarshalText(b); err != nil || back != tt.d {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, tt.d)
		}
	}
	// JSON values and map keys.
	b, err := json.Marshal(map[authority.Direction]int{authority.Improved: 3, authority.Declined: 1})
	if err != nil || string(b) != `{"declined":1,"improved":3}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	var d authority.Direction
	if err := d.UnmarshalText([]byte("sideways")); err == nil || err.Error() != `authority: parsing direction "sideways": unknown direction` {
		t.Errorf("UnmarshalText(sideways) = %v", err)
	}
}

func TestSideBySide(t *testing.T) {
	h := register(portsmouth()).History(authority.MustLookup("Portsmouth"))
	graded := slices.Collect(h.Graded())
	if len(graded) != 5 {
		t.Fatalf("%d graded inspections, want 5", len(graded))
	}
	tests := []struct {
		from, to     int
		areas        int
		newLines     []inspection.Area
		dropped      []inspection.Area
		noneDeclined bool
		riToGood     int
		wantSentence string
	}{
		{1, 2, 4, nil, []inspection.Area{inspection.CareLeavers, inspection.AdoptionPerformance, inspection.LSCB}, true, 2,
			"overall effectiveness and help and protection improved from requires improvement to good; impact of leaders and children in care stayed good; care leavers, adoption performance and local safeguarding children board not judged in the later inspection (ilacs-2018 makes no such judgement)"},
		{2, 3, 4, []inspection.Area{inspection.CareLeavers}, nil, true, 0,
			"overall effectiveness, impact of leaders and children in care stayed good; help and protection improved from good to outstanding; care leavers not judged in the earlier inspection, now requires improvement"},
		{3, 4, 4, nil, []inspection.Area{inspection.OverallEffectiveness}, true, 0,
			"impact of leaders and children in care improved from good to outstanding; help and protection stayed outstanding; care leavers improved from requires improvement to outstanding; overall effectiveness not judged in the later inspection (ilacs-2026 makes no such judgement)"},
		{4, 3, 4, []inspection.Area{inspection.OverallEffectiveness}, nil, false, 0,
			"impact of leaders and children in care declined from outstanding to good; help and protection stayed outstanding; care leavers declined from outstanding to requires improvement; overall effectiveness not judged in the earlier inspection, now good"},
	}
	for _, tt := range tests {
		c := h.SideBySide(graded[tt.from], graded[tt.to])
		lines := func(ps []authority.Point) []inspection.Area {
			var out []inspection.Area
			for _, p := range ps {
				out = append(out, p.Area.Line())
			}
			return out
		}
		if len(c.Areas) != tt.areas || !slices.Equal(lines(c.New), tt.newLines) || !slices.Equal(lines(c.Dropped), tt.dropped) {
			t.Errorf("%d→%d: %d areas, new %v, dropped %v", tt.from, tt.to, len(c.Areas), lines(c.New), lines(c.Dropped))
		}
		if c.NoneDeclined() != tt.noneDeclined || len(c.Went(grade.RequiresImprovement, grade.Good)) != tt.riToGood {
			t.Errorf("%d→%d: NoneDeclined %v, RI→good %d", tt.from, tt.to, c.NoneDeclined(), len(c.Went(grade.RequiresImprovement, grade.Good)))
		}
		if got := c.String(); got != tt.wantSentence {
			t.Errorf("%d→%d: String() =\n%q\nwant\n%q", tt.from, tt.to, got, tt.wantSentence)
		}
	}
}

// TestZeroValues checks that the zero values print sensibly.
func TestZeroValues(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{authority.Step{}.String(), "not judged → not judged (unchanged after 0 days)"},
		{authority.Comparison{}.String(), "no judgements in common"},
		{authority.Trajectory{}.Summary(), "no area: never judged"},
		{authority.Census{}.String(), "no census"},
		{authority.Conflict{}.String(), "no conflict"},
		{authority.Authority(0).String(), "no authority"},
		{authority.Region(0).String(), "no region"},
		{authority.Direction(0).String(), "unchanged"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	var r authority.Register
	if p := r.Picture(authority.Census{}); p.Area(inspection.OverallEffectiveness).Total() != 0 || len(r.Conflicts()) != 0 || r.Len() != 0 {
		t.Error("the zero Register is not empty")
	}
}
