// Package judgements is the overview of a library that models Ofsted's
// inspection judgements of English local authority children's services
// (children's social care), from the unannounced visits of 2009 to the
// inspections of today. It is for council performance teams, researchers,
// data journalists and dashboard builders who follow how the 153
// authorities are judged over time.
//
// This package holds documentation only; the work is done by four
// packages, each importing only those listed before it.
//
// # The packages
//
// [github.com/childrens-services/judgements/grade] is the scale:
// outstanding, good, requires improvement to be good, inadequate, and the
// "adequate" of 2009-2013, with every spelling reports and data files
// use, ordering, a text and JSON codec, and counts of grades. It also
// holds the separate, reversed scale of the 2009-2011 annual assessment.
//
// [github.com/childrens-services/judgements/inspection] is what an
// inspection is: the frameworks Ofsted has used since 2009 (SLAC, CPI,
// the 2013 looked after children inspections, the single inspection
// framework, and ILACS in its 2018, 2023 and 2026 forms), their judgement
// areas in official wording and how areas carried over between them, the
// kinds of inspection, the Inspection record with its documented JSON,
// validation, and the overall-effectiveness consistency checks.
//
// [github.com/childrens-services/judgements/inspection/report] reads the
// text of an Ofsted report (from pdftotext, or copied out of a PDF
// viewer) into an Inspection, with every problem it meets placed at its
// line and column.
//
// [github.com/childrens-services/judgements/authority] is who was
// inspected: the authorities with their codes, regions, reorganisations
// and statistical neighbours, each one's history of inspections and
// visits and its trajectory across frameworks, the national picture at
// any date, and where an authority stands among its neighbours, its
// region and England;
// [github.com/childrens-services/judgements/authority/ofsted] is Ofsted's
// record, built in, and reads the statistics files Ofsted publishes; and
// [github.com/childrens-services/judgements/authority/forecast] says when
// each authority's next inspection is due.
//
// # A worked example
//
// Read a report's text (from pdftotext -layout report.pdf), check its
// judgements, and compare it with the authority's previous inspection:
//
//	in, err := report.Parse(text) // err: positioned problems, if any
//	for area, g := range in.Ordered() {
//		fmt.Println(area.Label(), g.Label()) // Impact of leaders Good, ...
//	}
//	problems := inspection.Validate(in)       // against the framework: none
//	checks := inspection.CheckConsistency(in) // against Ofsted's results: none
//	fits := inspection.ConsistentOverall(in.Framework, in.Judgements)
//	// fits is [good requires-improvement]: under ILACS, overall
//	// effectiveness has always equalled either the impact of leaders or
//	// the worst practice judgement.
//
//	var r authority.Register
//	r.Add(previous) // the 2018 inspection, from Ofsted's statistics
//	r.Add(*in)
//	h := r.History(authority.MustLookup("Portsmouth"))
//	fmt.Println(h.SideBySide(first, second))
//	// overall effectiveness, impact of leaders and children in care
//	// stayed good; help and protection improved from good to
//	// outstanding; care leavers not judged in the earlier inspection,
//	// now requires improvement
//
// The package example runs this in full, and the programs in the
// module's examples folder do more: examples/portsmouth replays one
// authority's record from 2009 to 2026, examples/readreport turns reports
// into JSON; and, from the record built into package authority/ofsted,
// examples/history prints an authority's record with reports merged in,
// examples/profile an authority's page (history, neighbours, standing,
// next inspection), examples/national the national picture on any day,
// examples/forecast every authority's next inspection, and examples/chart
// draws trajectories as SVG.
//
// # Where the data comes from
//
// Judgements come from two kinds of official source, both Crown copyright
// under the Open Government Licence v3.0: Ofsted's inspection reports
// (https://reports.ofsted.gov.uk), whose text the report package reads,
// and Ofsted's official statistics on GOV.UK ("Local authority inspection
// outcomes as at 31 March" and "Children's social care data in England"),
// whose ODS files package authority/ofsted loads. The library ships no copy
// of either: package authority/ofsted builds in a record made from them
// (each inspection's authority, framework, kind, dates, judgements and
// where each came from, but no report text), and its tables of frameworks
// and areas cite the documents they come from. The Department for
// Education's statistical neighbour models are built in the same way.
// Contains public sector information licensed under the Open Government
// Licence v3.0. The consistency rules are inferred from the official
// results, not stated by Ofsted, and say so.
package judgements
