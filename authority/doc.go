// Package authority knows the English local authorities whose children's
// services Ofsted inspects, and holds their inspections: each authority's
// history, its trajectory across inspection frameworks, and the national
// picture on any day.
//
// # Authorities
//
// An [Authority] is one of the 152 children's services authorities of
// April 2009, the 153 of today, or one created or abolished in between.
// The package carries the register of them, as a table of facts citing
// their sources (the ONS's GSS codes, the Department for Education's
// three-digit numbers, Ofsted's URNs and names): see [Authority.Name],
// [Authority.GSS], [Authority.DfE], [Authority.URN], [Authority.Region]
// (one of the ONS's nine [Region] values; [Region.Ofsted] gives Ofsted's
// region of eight) and [Authority.Codes] for codes that changed (North
// Yorkshire and Somerset in April 2023; Barnsley and Sheffield, whose ONS
// codes since April 2025 are not those DfE and Ofsted use).
//
// [Reorganisations], [Authority.Successors] and [Authority.Predecessors]
// record the structural changes: Bournemouth, Poole and Dorset into
// Bournemouth, Christchurch and Poole and Dorset (April 2019),
// Northamptonshire into North and West Northamptonshire (April 2021),
// Cumbria into Cumberland and Westmorland and Furness (April 2023).
//
// [Lookup] finds an authority by code or by any common form of its name:
//
//	authority.Lookup("Hammersmith & Fulham")
//	authority.Lookup("Kingston upon Hull, City of") // or "Kingston Upon Hull", or "Hull"
//	authority.Lookup("London Borough of Hammersmith and Fulham")
//	authority.Lookup("E06000044")                    // GSS code; "851" (DfE), "80539" (URN)
//
// and fails with a *[LookupError] that names the nearest matches.
// [LookupAt] resolves a name that has meant two authorities ("Dorset") as
// on a given day.
//
// # Registers and histories
//
// A [Register] holds inspection records ([inspection.Inspection]) filed
// by authority, one record per inspection: records of one inspection from
// several sources (their days on site overlap, or, where one gives only a
// publication date, that date agrees or follows the days on site) are
// merged, and where they disagree the register keeps its own value and
// the disagreement as a [Conflict] ([Register.Conflicts]), never
// resolving it silently. [Register.Add] fails only for a record it cannot
// file. Package
// [github.com/childrens-services/judgements/authority/ofsted] loads
// Ofsted's published files into a register.
//
// [Register.History] gives an authority's [History], oldest first
// ([History.All], [History.Backward], [History.Graded]), and
// [History.Latest] the latest graded inspection on a day. A history holds
// the visits between inspections too, in date order with them: focused
// visits to authorities not judged inadequate, monitoring visits to those
// that are, each with its theme ("Front door", "Care leavers"), and
// [History.CheckVisits] flags a visit that breaks that regularity.
// Trajectories, pictures and cohorts count graded inspections only.
// Whatever the register hands out is a copy: no caller can change the
// register through it.
//
// # The date of an inspection
//
// An inspection is dated, ordered and measured by
// [inspection.Inspection.Date]: its first day on site, or, where a record
// gives none (Ofsted's history of 2009-2023 gives only publication dates),
// its publication. Trajectories' steps, intervals, cohorts and national
// pictures all go by it.
//
// # Trajectories
//
// [History.Trajectory] follows one line of judgements over time across
// frameworks: overall effectiveness, or an area through its lineage (the
// SIF's leadership, management and governance is followed by ILACS's
// impact of leaders; looked after children by children in care and care
// leavers, then children in care). Each [Step] says whether the grade
// improved, declined or stayed, by how many grades, and after how many
// days; adequate ranks with requires improvement. [Trajectory.FirstAtLeast]
// and [Trajectory.AtLeastSince] answer "first time good" and "good or
// better since"; [History.SideBySide] sets two inspections side by side
// ("no area declined"). ILACS inspections from April 2026 make no overall
// effectiveness judgement: a trajectory lists them as
// [Trajectory.Unjudged] and never invents a grade.
//
// [Register.Intervals] measures the time between consecutive graded
// inspections, and [Intervals.Stats] summarises it (mean, median,
// quantiles) nationally or grouped by the previous grade
// ([Intervals.ByPrevious]).
//
// # The national picture
//
// [Register.Picture] gives, for a [Census], each authority's latest graded
// inspection and the counts of grades ([grade.Distribution]) in overall
// effectiveness and each area ([Picture.Area]), nationally or by region
// ([Picture.In]), with the authorities not yet inspected. A census is
// Ofsted's rule for its "as at 31 March" tables: inspections started on
// or before the day and published by a cut-off. [Releases] gives the rules
// of Ofsted's releases, with which a register loaded from Ofsted's files
// reproduces the published counts; [AsAt] gives what was known on a day.
//
// A register knows what it covers ([Register.Coverage]): the census of the
// latest of Ofsted's releases whose records it holds, then the reports
// read since, how many and the latest published. A picture whose census
// reaches past the release counts, for the time after it, only the
// inspections of those reports, and says so ([Picture.Caveat]).
//
// [Register.Cohort] orders the authorities judged under a framework, and
// [Cohort.Graded] those judged one grade, for statements such as "the
// 17th of 33 authorities judged requires improvement under the SIF".
// [Register.Change] says who improved, declined or stayed between two
// censuses.
//
// # Statistical neighbours
//
// No analyst reads a judgement alone: [Authority.Neighbours] gives an
// authority's ten statistical neighbours, nearest first, each with its
// closeness [Band], in the Department for Education's model in force on a
// day (the Children's Services Statistical Neighbour Benchmarking Tool:
// the model of April 2021, then the 2025 model from May 2025; the 2021
// model is the earliest the package has, and serves earlier days too).
// Authorities abolished before 2025 keep their 2021 lists. The models are
// built into the package, generated from the DfE's published files (Open
// Government Licence v3.0).
//
// [Register.Benchmark] sets an authority's latest judgements under a
// census beside its neighbours', and says where it stands among its
// neighbours, its region and England in overall effectiveness and each
// area: the counts of the others' grades, the share good or better, and
// how many were judged better, the same and worse ([Rank]).
//
// # JSON
//
// A Register encodes as a JSON array of inspections in the form
// [inspection.Inspection] documents, each with the sources it was made
// from ([Register.MarshalJSON]), and decodes from one
// ([Register.UnmarshalJSON]). A round trip gives back the same
// inspections.
package authority
