package authority_test

import (
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
)

func day(y int, m time.Month, d int) inspection.Date {
	return inspection.Date{Year: y, Month: m, Day: d}
}

// portsmouth returns Portsmouth's inspections from 2009 to 2026 as Ofsted
// published them: the reports, and Ofsted's official statistics (which
// give the 2011 SLAC inspection a publication date only, and its
// "adequate" as "Requires improvement to be good").
func portsmouth() []inspection.Inspection {
	who := inspection.LocalAuthority{Name: "Portsmouth"}
	type j = map[inspection.Area]grade.Grade
	const (
		o, g, ri, a = grade.Outstanding, grade.Good, grade.RequiresImprovement, grade.Adequate
	)
	return []inspection.Inspection{
		{Authority: who, Framework: inspection.UCRA2009, Kind: inspection.UnannouncedVisit,
			Start: day(2009, time.November, 10), End: day(2009, time.November, 11), Published: day(2009, time.December, 9)},
		{Authority: who, Framework: inspection.SLAC2009, Kind: inspection.FullInspection,
			Published:  day(2011, time.June, 27),
			Judgements: j{inspection.Safeguarding: a, inspection.LookedAfterChildren: g}},
		{Authority: who, Framework: inspection.SIF2013, Kind: inspection.FullInspection,
			Start: day(2014, time.June, 25), End: day(2014, time.July, 16), Published: day(2014, time.September, 1),
			Judgements: j{inspection.OverallEffectiveness: ri, inspection.HelpAndProtection: ri,
				inspection.LookedAfterChildren: g, inspection.AdoptionPerformance: g, inspection.CareLeavers: ri,
				inspection.LeadershipManagementGovernance: g, inspection.LSCB: g}},
		{Authority: who, Framework: inspection.ILACS2018, Kind: inspection.Standard,
			Start: day(2018, time.September, 3), End: day(2018, time.September, 14), Published: day(2018, time.October, 15),
			Judgements: j{inspection.ImpactOfLeaders: g, inspection.HelpAndProtection: g,
				inspection.ChildrenInCareAndCareLeavers: g, inspection.OverallEffectiveness: g}},
		{Authority: who, Framework: inspection.ILACS2023, Kind: inspection.Short,
			Start: day(2023, time.May, 15), End: day(2023, time.May, 19), Published: day(2023, time.July, 3),
			Judgements: j{inspection.ImpactOfLeaders: g, inspection.HelpAndProtection: o,
				inspection.ChildrenInCare: g, inspection.CareLeavers: ri, inspection.OverallEffectiveness: g}},
		{Authority: who, Framework: inspection.ILACS2026, Kind: inspection.Short,
			Start: day(2026, time.July, 6), End: day(2026, time.July, 10), Published: day(2026, time.August, 18),
			Judgements: j{inspection.ImpactOfLeaders: o, inspection.HelpAndProtection: o,
				inspection.ChildrenInCare: o, inspection.CareLeavers: o}},
	}
}

// register returns a register of the inspections given.
func register(ins ...[]inspection.Inspection) *authority.Register {
	r := new(authority.Register)
	for _, list := range ins {
		for _, in := range list {
			if err := r.Add(in); err != nil {
				panic(err)
			}
		}
	}
	return r
}

func ExampleLookup() {
	for _, s := range []string{
		"Hammersmith & Fulham",
		"Kingston upon Hull, City of",
		"Hull",
		"Bristol, City of",
		"Herefordshire, County of",
		"St. Helens",
		"Portsmouth City Council",
		"London Borough of Hammersmith and Fulham",
		"E08000016", // Barnsley's GSS code before April 2025, as DfE and Ofsted still use it
		"851",       // a DfE number
		"80539",     // an Ofsted URN
	} {
		a, err := authority.Lookup(s)
		fmt.Printf("%-42q %-23s %s %s %-5s %s\n", s, a, a.GSS(), a.DfE(), a.URN(), err)
	}
	// Output:
	// "Hammersmith & Fulham"                     Hammersmith and Fulham  E09000013 205 80497 %!s(<nil>)
	// "Kingston upon Hull, City of"              Kingston upon Hull      E06000010 810 80477 %!s(<nil>)
	// "Hull"                                     Kingston upon Hull      E06000010 810 80477 %!s(<nil>)
	// "Bristol, City of"                         Bristol                 E06000023 801 80441 %!s(<nil>)
	// "Herefordshire, County of"                 Herefordshire           E06000019 884 80474 %!s(<nil>)
	// "St. Helens"                               St Helens               E08000013 342 80560 %!s(<nil>)
	// "Portsmouth City Council"                  Portsmouth              E06000044 851 80539 %!s(<nil>)
	// "London Borough of Hammersmith and Fulham" Hammersmith and Fulham  E09000013 205 80497 %!s(<nil>)
	// "E08000016"                                Barnsley                E08000038 370 80426 %!s(<nil>)
	// "851"                                      Portsmouth              E06000044 851 80539 %!s(<nil>)
	// "80539"                                    Portsmouth              E06000044 851 80539 %!s(<nil>)
}

func ExampleLookup_errors() {
	_, err := authority.Lookup("Portsmuth")
	fmt.Println(err)
	fmt.Println(errors.Is(err, authority.ErrUnknown))

	_, err = authority.LookupAt("Cumberland", day(2020, time.January, 1))
	fmt.Println(err)
	fmt.Println(errors.Is(err, authority.ErrNotExisting))
	// Output:
	// authority: "Portsmuth": no such authority (nearest: Portsmouth, Bournemouth, Dorset)
	// true
	// authority: "Cumberland" on 2020-01-01: authority did not exist on that day (Cumberland existed from 2023-04-01)
	// true
}

func ExampleLookupAt() {
	for _, d := range []inspection.Date{day(2016, time.May, 23), day(2021, time.November, 19)} {
		a, _ := authority.LookupAt("Dorset", d)
		to, ended := a.To()
		fmt.Println(d, a, a.GSS(), a.DfE(), ended, to)
	}
	// Output:
	// 2016-05-23 Dorset E10000009 835 true 2019-03-31
	// 2021-11-19 Dorset E06000059 838 false
}

func ExampleAuthority_Codes() {
	or := func(d inspection.Date, s string) string {
		if d.IsZero() {
			return s
		}
		return d.String()
	}
	for _, name := range []string{"Barnsley", "North Yorkshire", "Portsmouth"} {
		a := authority.MustLookup(name)
		for _, c := range a.Codes() {
			fmt.Printf("%-15s %s from %-10s to %s\n", a, c.GSS, or(c.From, "2009"), or(c.To, "today"))
		}
	}
	// Output:
	// Barnsley        E08000016 from 2009       to 2025-03-31
	// Barnsley        E08000038 from 2025-04-01 to today
	// North Yorkshire E10000023 from 2009       to 2023-03-31
	// North Yorkshire E06000065 from 2023-04-01 to today
	// Portsmouth      E06000044 from 2009       to today
}

func ExampleReorganisations() {
	for _, r := range authority.Reorganisations() {
		fmt.Println(r.Date, r.From, "→", r.To)
	}
	dorset, _ := authority.LookupAt("Dorset", day(2018, time.January, 1))
	fmt.Println(dorset.Successors())
	fmt.Println(authority.MustLookup("Cumberland").Predecessors())
	// Output:
	// 2019-04-01 [Bournemouth Poole Dorset] → [Bournemouth, Christchurch and Poole Dorset]
	// 2021-04-01 [Northamptonshire] → [North Northamptonshire West Northamptonshire]
	// 2023-04-01 [Cumbria] → [Cumberland Westmorland and Furness]
	// [Bournemouth, Christchurch and Poole Dorset]
	// [Cumbria]
}

func ExampleAuthority_Region() {
	for _, name := range []string{"Hartlepool", "Leeds", "Portsmouth"} {
		a := authority.MustLookup(name)
		fmt.Printf("%-10s %-24s %s\n", a, a.Region().Label(), a.Region().Ofsted().Label())
	}
	// Output:
	// Hartlepool North East               North East, Yorkshire and the Humber
	// Leeds      Yorkshire and The Humber North East, Yorkshire and the Humber
	// Portsmouth South East               South East
}

func ExampleHistory() {
	r := register(portsmouth())
	h := r.History(authority.MustLookup("Portsmouth"))
	for in := range h.All() {
		oe, ok := in.Overall()
		fmt.Printf("%s %-10s %-17s graded: %-5v overall: %v\n", in.Published, in.Framework, in.Kind, len(in.Judgements) > 0, map[bool]string{true: oe.String(), false: "none"}[ok])
	}
	latest, _ := h.Latest(authority.AsAt(day(2025, time.March, 31)))
	fmt.Println("latest graded as at 2025-03-31:", latest.Framework, latest.Published)
	// Output:
	// 2009-12-09 ucra-2009  unannounced-visit graded: false overall: none
	// 2011-06-27 slac-2009  inspection        graded: true  overall: none
	// 2014-09-01 sif-2013   inspection        graded: true  overall: requires-improvement
	// 2018-10-15 ilacs-2018 standard          graded: true  overall: good
	// 2023-07-03 ilacs-2023 short             graded: true  overall: good
	// 2026-08-18 ilacs-2026 short             graded: true  overall: none
	// latest graded as at 2025-03-31: ilacs-2023 2023-07-03
}

func ExampleHistory_Trajectory() {
	r := register(portsmouth())
	h := r.History(authority.MustLookup("Portsmouth"))
	t := h.Trajectory(inspection.OverallEffectiveness)
	for _, p := range t.Points {
		fmt.Println(p.Inspection.Date(), p.Inspection.Framework, p.Grade)
	}
	for _, s := range t.Steps() {
		fmt.Println(s)
	}
	for _, in := range t.Unjudged {
		fmt.Println(in.Date(), in.Framework, "no overall effectiveness judgement")
	}
	fmt.Println(t.Summary())

	// Help and protection, and children in care followed through its
	// lineage: looked after children (SLAC, SIF), children in care and
	// care leavers (ILACS 2018), children in care (ILACS 2023 on).
	for _, line := range []inspection.Area{inspection.HelpAndProtection, inspection.ChildrenInCare} {
		t := h.Trajectory(line)
		fmt.Print(line, ":")
		for _, p := range t.Points {
			fmt.Print(" ", p.Area, "=", p.Grade)
		}
		fmt.Println()
	}
	// Output:
	// 2014-06-25 sif-2013 requires-improvement
	// 2018-09-03 ilacs-2018 good
	// 2023-05-15 ilacs-2023 good
	// requires improvement → good (improved by 1 grade after 1531 days)
	// good → good (unchanged after 1715 days)
	// 2026-07-06 ilacs-2026 no overall effectiveness judgement
	// overall effectiveness good (2023-05-15); first good or better 2018-09-03; good or better since 2018-09-03; not judged since 2026-07-06: ilacs-2026 has no overall effectiveness judgement
	// help-and-protection: help-and-protection=requires-improvement help-and-protection=good help-and-protection=outstanding help-and-protection=outstanding
	// children-in-care: looked-after-children=good looked-after-children=good children-in-care-and-care-leavers=good children-in-care=good children-in-care=outstanding
}

// The seeds of this project say that Portsmouth's children's services
// "saw its 2014 rating go from requires improvement to good in all four
// areas inspected" (2018), and, of 2023, that no area declined. Ofsted's
// data bear out the second, but not the first: in 2014 only overall
// effectiveness and help and protection required improvement; the
// leadership and looked after children judgements were already good.
func ExampleHistory_SideBySide() {
	r := register(portsmouth())
	h := r.History(authority.MustLookup("Portsmouth"))
	var sif, ilacs18, ilacs23 inspection.Inspection
	for in := range h.Graded() {
		switch in.Framework {
		case inspection.SIF2013:
			sif = in
		case inspection.ILACS2018:
			ilacs18 = in
		case inspection.ILACS2023:
			ilacs23 = in
		}
	}
	c := h.SideBySide(sif, ilacs18)
	fmt.Println("2014 → 2018:", c)
	fmt.Printf("went from requires improvement to good: %d of %d areas\n", len(c.Went(grade.RequiresImprovement, grade.Good)), len(c.Areas))

	c = h.SideBySide(ilacs18, ilacs23)
	fmt.Println("2018 → 2023:", c)
	fmt.Println("no area declined:", c.NoneDeclined())
	// Output:
	// 2014 → 2018: overall effectiveness and help and protection improved from requires improvement to good; impact of leaders and children in care stayed good; care leavers, adoption performance and local safeguarding children board not judged in the later inspection (ilacs-2018 makes no such judgement)
	// went from requires improvement to good: 2 of 4 areas
	// 2018 → 2023: overall effectiveness, impact of leaders and children in care stayed good; help and protection improved from good to outstanding; care leavers not judged in the earlier inspection, now requires improvement
	// no area declined: true
}

func ExampleRegister_Add() {
	r := register(portsmouth())
	// A second record of the 2018 inspection, as another file gives it:
	// the same days on site, a different overall grade, and a lead
	// inspector the register did not have.
	err := r.Add(inspection.Inspection{
		Authority:     inspection.LocalAuthority{Name: "Portsmouth City Council"},
		Framework:     inspection.ILACS2018,
		Start:         day(2018, time.September, 3),
		Published:     day(2018, time.October, 15),
		LeadInspector: "A. Inspector",
		Judgements:    map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: grade.RequiresImprovement},
		Sources:       []inspection.Source{{File: "another.ods", Sheet: "History", Row: 12}},
	})
	fmt.Println("error:", err, "- inspections:", r.Len())
	for _, c := range r.Conflicts() {
		fmt.Println(c)
	}
	in, _ := r.History(authority.MustLookup("Portsmouth")).Latest(authority.AsAt(day(2019, time.January, 1)))
	g, _ := in.Overall()
	fmt.Println("kept:", g, "- filled in:", in.LeadInspector)
	// Output:
	// error: <nil> - inspections: 6
	// Portsmouth, 2018-09-03: judgements.overall-effectiveness is "good" (kept), "requires-improvement" in another record (kept from a record of unknown source; other from another.ods)
	// kept: good - filled in: A. Inspector
}

func ExampleRegister_Picture() {
	// Three authorities' latest inspections at 31 March 2015.
	r := register(portsmouth(), []inspection.Inspection{{
		Authority: inspection.LocalAuthority{Name: "Southampton"}, Framework: inspection.SIF2013, Kind: inspection.FullInspection,
		Start: day(2014, time.July, 8), Published: day(2014, time.September, 15),
		Judgements: map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: grade.RequiresImprovement},
	}, {
		Authority: inspection.LocalAuthority{Name: "Brighton & Hove"}, Framework: inspection.SIF2013, Kind: inspection.FullInspection,
		Start: day(2015, time.April, 14), Published: day(2015, time.June, 22),
		Judgements: map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: grade.RequiresImprovement},
	}})
	p := r.Picture(authority.AsAt(day(2015, time.March, 31)))
	fmt.Println(p.Census, "-", p.Len(), "authorities")
	fmt.Println("overall effectiveness:", p.Area(inspection.OverallEffectiveness))
	se := p.In(authority.SouthEast)
	d := se.Area(inspection.OverallEffectiveness)
	fmt.Println("South East:", se.Len(), "authorities,", d.Total(), "judged:", d)
	fmt.Println("not yet inspected:", len(p.NotInspected()))
	// Output:
	// as at 2015-03-31 - 152 authorities
	// overall effectiveness: requires-improvement 2
	// South East: 19 authorities, 2 judged: requires-improvement 2
	// not yet inspected: 150
}

// The SIF reports published in September 2014, up to Southampton's, in
// the order of the inspections' dates (here their publication, all that
// Ofsted's 2023 history gives). In Ofsted's data Southampton is the 18th
// of the 18 authorities judged requires improvement by then (see
// [authority.Cohort]).
func ExampleRegister_Cohort() {
	sif := func(name string, published inspection.Date, oe grade.Grade) inspection.Inspection {
		return inspection.Inspection{Authority: inspection.LocalAuthority{Name: name}, Framework: inspection.SIF2013,
			Kind: inspection.FullInspection, Published: published,
			Judgements: map[inspection.Area]grade.Grade{inspection.OverallEffectiveness: oe}}
	}
	r := register([]inspection.Inspection{
		sif("Manchester", day(2014, time.September, 1), grade.Inadequate),
		sif("Portsmouth", day(2014, time.September, 1), grade.RequiresImprovement),
		sif("Blackpool", day(2014, time.September, 8), grade.RequiresImprovement),
		sif("Southampton", day(2014, time.September, 15), grade.RequiresImprovement),
	})
	all := r.Cohort(inspection.SIF2013)
	for _, m := range all.Members {
		fmt.Println(m.N, m.Authority, m.Inspection.Date(), m.Grade, "- the same day:", m.Tied)
	}
	c := all.Graded(grade.RequiresImprovement)
	m, _ := c.Place(authority.MustLookup("Southampton"))
	fmt.Printf("Southampton: %d of %d judged requires improvement under %s\n", m.N, c.Len(), c.Framework)
	// Output:
	// 1 Manchester 2014-09-01 inadequate - the same day: 2
	// 2 Portsmouth 2014-09-01 requires-improvement - the same day: 2
	// 3 Blackpool 2014-09-08 requires-improvement - the same day: 1
	// 4 Southampton 2014-09-15 requires-improvement - the same day: 1
	// Southampton: 3 of 3 judged requires improvement under sif-2013
}

func ExampleIntervals_Stats() {
	r := register(portsmouth())
	iv := r.Intervals()
	for _, i := range iv {
		fmt.Println(i.From.Date(), "→", i.To.Date(), i.Days, "days, after", i.Previous)
	}
	s, _ := iv.Stats(0.25, 0.75)
	fmt.Printf("n=%d median %.0f days, quartiles %.0f and %.0f\n", s.N, s.Median, s.Quantiles[0], s.Quantiles[1])
	_, err := authority.Intervals{}.Stats()
	fmt.Println(err)
	// Output:
	// 2011-06-27 → 2014-06-25 1094 days, after not judged
	// 2014-06-25 → 2018-09-03 1531 days, after requires-improvement
	// 2018-09-03 → 2023-05-15 1715 days, after good
	// 2023-05-15 → 2026-07-06 1148 days, after good
	// n=4 median 1340 days, quartiles 1134 and 1577
	// authority: no intervals to summarise
}

func ExampleReleases() {
	for _, r := range authority.Releases() {
		fmt.Println(r.Title)
		fmt.Println("  ", r.Census.At, "published by", r.Census.PublishedBy)
		for _, l := range r.Census.Late {
			fmt.Println("   and", l.Authority, l.Published)
		}
	}
	// Output:
	// Children's social care data in England 2023
	//    2023-03-31 published by 2023-04-30
	//    and South Tyneside 2023-05-10
	// Local authority inspection outcomes as at 31 March 2025
	//    2025-03-31 published by 2025-06-30
}

// existingOn returns the authorities that existed on day d, in the order
// of authority.All.
func existingOn(d inspection.Date) iter.Seq[authority.Authority] {
	return func(yield func(authority.Authority) bool) {
		for a := range authority.All() {
			if a.ExistsOn(d) && !yield(a) {
				return
			}
		}
	}
}
