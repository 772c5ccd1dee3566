// Package authority knows the English local authorities whose children's
// services Ofsted inspects, and holds their inspections: each authority's
// history, its trajectory across inspection frameworks, and the national
// picture on any day.
//
// # Authorities
//
// An [Authority] is one of the 152 children's services authorities of
// April 2009, the 153 of today, or one created or abolished in between.
// The package carries the register itself, as a table of facts citing
// their sources (the ONS's GSS codes and names, the Department for
// Education's three-digit numbers, Ofsted's URNs and names): see
// [Authority.Name], [Authority.ONSName], [Authority.GSS],
// [Authority.DfE], [Authority.URN], [Authority.Region] (one of the ONS's
// nine [Region] values; [Authority.OfstedRegion] gives Ofsted's eight)
// and [Authority.Codes] for codes that changed (North Yorkshire and
// Somerset in April 2023; Barnsley and Sheffield, whose ONS codes since
// April 2025 are not those DfE and Ofsted use).
//
// [Reorganisations] and [Authority.Successors] record the structural
// changes: Bournemouth, Poole and Dorset into Bournemouth, Christchurch
// and Poole and Dorset (April 2019), Northamptonshire into North and West
// Northamptonshire (April 2021), Cumbria into Cumberland and Westmorland
// and Furness (April 2023).
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
// several files are merged, and a disagreement between them is reported
// as a *[Conflict], never silently resolved. [Register.History] gives an
// authority's [History], oldest first ([History.All],
// [History.Backward], [History.Graded]), and [History.Latest] the latest
// graded inspection on a day.
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
// better since"; [History.Compare] sets two inspections side by side
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
// effectiveness and each area, by region, with the authorities not yet
// inspected. A census is Ofsted's rule for its "as at 31 March" tables:
// inspections started on or before the day and published by a cut-off.
// [Releases] gives the rules of Ofsted's releases, with which a register
// loaded from Ofsted's files reproduces the published counts; [AsAt] gives
// what was known on a day.
//
// [Register.Cohort] orders the authorities judged under a framework with
// a grade by publication, for statements such as "the 17th of 33
// authorities judged requires improvement under the SIF".
// [Register.Change] says who improved, declined or stayed between two
// days.
//
// # Ofsted's published files
//
// [LoadODS] and [Register.ReadODS] read Ofsted's official statistics
// spreadsheets directly ("Local authority inspection outcomes as at 31
// March 2025", and sheet LA_inspections_2009-2023 of "Children's social
// care data in England 2023"), streaming, and refuse files that would
// take unbounded time or memory. Columns are found by meaning, not by
// exact header. Errors name the sheet, row and column (*[FileError]);
// what the files say that the register of authorities says otherwise
// (mistaken web links, say) is kept in [Register.Sources].
//
// # JSON
//
// [Register.WriteJSON] and [ReadJSON] (and [json.Marshaler] and
// [json.Unmarshaler]) write and read a register as a JSON array of
// inspections in the form [inspection.Inspection] documents. A round trip
// gives back an equal register.
package authority
