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
// ([Area.Successor], [Area.Line]): the SIF's looked after children
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
// paragraphs ([Section]), and consistency findings ([Check]). Its JSON form
// is stable and documented on the type.
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
// statistics, not stated by Ofsted; see [Rule].
//
// # Reading reports
//
// [ParseReport] reads the text of a published report and returns the
// [Inspection] it records. The text may come from pdftotext -layout, from
// plain pdftotext, or be copied out of a PDF viewer; a PDF file itself is
// refused with [ErrPDF] (extract its text first, for example with
// pdftotext -layout report.pdf report.txt). It reads the reports of every
// framework since 2009 that published them:
//
//	ILACS 2018-2022       Inspection of children's social care services (combined children in care and care leavers)
//	ILACS 2023 on         Inspection of <authority> local authority children's services
//	ILACS from April 2026 the same, without overall effectiveness
//	SIF 2014-2018         Inspection (or Re-inspection) of services for children in need of help and protection, ...
//	LSCB review           Review of the effectiveness of the Local Safeguarding Children Board
//	2013                  Inspection of looked after children services
//	2009-2012             letters of the annual unannounced inspection of contact, referral and assessment
//
// From the front page it reads the authority as the title names it, the
// inspection dates, the publication date where printed, the lead
// inspector, the headline (the SIF's "Children's services in ... require
// improvement to be good", or the first sentence of an ILACS summary), and
// the judgement table. The table is read word by word as two streams,
// row labels and grade cells, whose vocabularies do not overlap; so a
// grade on the same line as its label, on a line of its own, wrapped
// ("Requires improvement to" / "be good"), or printed around its label
// (the SIF's "requires" above the row and "improvement" below) all read
// the same, rows may come in any order, and a label names its area by its
// telling words ("care leavers", "help and protection"), which also reads
// the 2026 wording "The impact of leaders on practice" and the misprint
// "children care leavers". The SIF's overall effectiveness is its
// headline's grade, and its LSCB judgement the sentence that states it;
// the 2013 inspections' judgements are their "Record of main findings".
//
// From the body it reads "What needs to improve?" (the SIF's "What does
// the local authority need to improve?" and "Recommendations", with
// "Priority and immediate action" and the numbered points) as
// [Recommendation] values, with the national framework reference that
// ends a point ("(Outcome 2, national framework)", also wrapped over lines,
// in words, or naming an enabler by its title) taken out of the text into
// [Recommendation.Reference]; the graded section headings, in all their
// forms ("...: good", "... is good", the SIF's grade at the margin, "Grade
// 3 (Adequate)"), as [Section] values with the numbered paragraphs under
// them; and a letter's lists as [Finding] values. Running headers and
// footers, page numbers and footnotes between the paragraphs are
// recognised at the page breaks and left out. Paragraphs outside the
// graded sections (the SIF's summary of key findings, say) are not kept.
//
// The framework follows from the title and the judgements: a combined
// children in care and care leavers judgement is ILACS 2018; separate
// ones are ILACS 2023 or ILACS 2026 by the date the inspection started. An
// ILACS inspection on site for a week at most is [Short], a longer one
// [Standard]; a SIF report is a [Reinspection] when its title or summary
// says so.
//
// Nothing is silently resolved. Every problem is returned in an
// [ErrorList] with the line and column it concerns: a section heading
// whose grade disagrees with the table ([ErrHeadingGrade]; the table's
// grade is kept), a cell or row that cannot be read ([ErrUnreadableCell]),
// a row given twice ([ErrDuplicate]), dates that cannot be read
// ([ErrNoDates]), a reference to no element of the national framework
// ([ErrReference]). [Validate]'s problems with what was read are returned
// too, placed where the field was read: a table row missing for an area
// the framework requires is [ErrMissingJudgement] at the table. The
// consistency of the judgements is not an error: [CheckConsistency]'s
// findings are in [Inspection.Checks].
//
// # Sources
//
// The framework table cites, for each framework, the Ofsted documents and
// official statistics it rests on ([Framework.Source]).
package inspection
