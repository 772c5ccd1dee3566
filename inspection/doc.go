// Package inspection models what an Ofsted inspection of a local
// authority's children's services is and what it found, under every
// framework Ofsted has used since 2009, and checks its judgements.
//
// # Frameworks and judgement areas
//
// A [Framework] is one of the inspection arrangements, from the unannounced
// visits of 2009 ([UCRA2009]) to ILACS without overall effectiveness
// ([ILACS2026]). Each has a period in force ([Framework.From],
// [Framework.To]), the kinds of inspection it uses ([Kind]), its grade
// scale ([Framework.Grades]: adequate before November 2013, requires
// improvement from then), and the judgement areas it grades in official
// order and wording ([Framework.Areas], [AreaSpec]). [FrameworkAt] finds
// the framework for an inspection by its start date and kind.
//
// An [Area] names what a judgement is about. Areas are shared where the
// judgement is the same across frameworks (help and protection under the
// SIF and ILACS), and linked where one took over from another
// ([Area.Line], [Area.Lineage]): the SIF's looked after children
// judgement became ILACS's children in care and care leavers, which became
// children in care in January 2023. Trajectories follow an area's line.
//
// # Inspections
//
// An [Inspection] is plain data: the authority, framework, kind, dates
// ([Date], a calendar day), judgements (a map from [Area] to
// [grade.Grade]), headline, findings of ungraded letters ([Finding]),
// recommendations with their national framework references
// ([Recommendation], [Reference]), report sections with their numbered
// paragraphs ([Section]), and where the record came from ([Source]). Its
// JSON form is stable and documented on the type; it adds the consistency
// findings of the judgements ([Check]).
//
// [ParseDateRange] reads the inspection dates reports print, such as "15
// to 19 May 2023" or "29 April – 22 May 2014".
//
// # Validation
//
// [Validate] checks an inspection against its framework: every area
// belongs to it, every required area is judged, no forbidden judgement
// (overall effectiveness from April 2026) is present, grades are on the
// framework's scale, and dates are in order and in the framework's period.
// It returns every problem as an [ErrorList] of [*Error], each naming its
// field and wrapping a sentinel such as [ErrMissingJudgement] for
// errors.Is.
//
// # Overall effectiveness consistency
//
// Ofsted's own wording on how the overall judgement follows from the
// others was not available, but every official result obeys a few
// regularities: under ILACS, an inadequate practice judgement always made
// overall effectiveness inadequate, and overall effectiveness always
// equalled either the impact of leaders or the worst practice judgement.
// [CheckConsistency] reports an inspection that breaks one as a
// [Violation], and rare but allowed combinations as [Unusual], each with
// the evidence; [ConsistentOverall] says which overall grades would fit
// the other judgements. These rules are inferred from Ofsted's official
// statistics, not stated by Ofsted; [Check] lists them.
//
// # Reading reports
//
// Package [github.com/childrens-services/judgements/inspection/report]
// reads the text of a published report into an Inspection, with every
// problem it meets as an [ErrorList] of [*Error] placed at a [Position] in
// the text.
//
// # Sources
//
// The framework table cites, for each framework, the Ofsted documents and
// official statistics it rests on ([Framework.Source]).
package inspection
