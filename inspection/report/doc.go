// Package report reads the text of Ofsted's published reports on local
// authority children's services, as package go/parser reads Go source:
// [Parse] turns the text of one report into an [inspection.Inspection],
// and returns every problem it met, each with its place in the text.
//
//	text, err := os.ReadFile("report.txt") // pdftotext -layout report.pdf report.txt
//	...
//	in, err := report.Parse(string(text))
//	// in: the authority, framework, kind, dates, judgements, headline,
//	// recommendations, sections and findings; err: nil, or the problems
//
// # What it reads
//
// Parse reads the reports of every framework since 2009 that published
// them, and tells them apart by their titles:
//
//	ILACS 2018-2022        Inspection of children's social care services (children in care and care leavers judged together)
//	ILACS 2023 to 2026     Inspection of <authority> local authority children's services
//	ILACS from April 2026  the same, without overall effectiveness
//	SIF 2014-2018          Inspection of services for children in need of help and protection, ...
//	SIF re-inspection      Re-inspection of services for children in need of help and protection, ...
//	LSCB review            Review of the effectiveness of the Local Safeguarding Children Board
//	2013                   Inspection of looked after children services
//	2009-2012              letters of the annual unannounced inspection of contact, referral and assessment
//
// From the front page it reads the authority as the title names it, the
// inspection dates (also an inspection on site in two periods), the
// publication date where printed, the lead inspector (or two, joined by
// "and"), the headline and the judgement table. From the body it reads
// the graded section headings with the paragraphs under them
// ([inspection.Section]), what needs to improve
// ([inspection.Recommendation], with its national framework reference),
// and a letter's lists ([inspection.Finding]).
//
// The authority is looked up in the register of package
// [github.com/childrens-services/judgements/authority] as it stood on the
// first day of the inspection: the name stays as the title prints it
// ("Calderdale Metropolitan Council", "Bradford Children and Families
// Trust"), and the GSS code, DfE number and Ofsted URN are the register's.
//
// # Paragraphs
//
// The paragraphs of SIF and ILACS reports are numbered 1, 2, 3 ...
// through the whole report, recommendations and the review of the board
// included; the 2013 inspections number theirs too. A line that starts
// with a number starts a paragraph only when the number is the next of
// that sequence: "... beyond the age of" / "18. At the time ..." is one
// paragraph. Every numbered paragraph appears once: as a recommendation,
// in the graded section whose heading is the nearest above it, or, when
// it is in none (the SIF's summary of key findings, its list of the
// authority's strengths, "Progress since the last inspection"), in a
// section that grades nothing (its Area and Grade zero), under the heading
// printed above it. Under the SIF, the board's findings ("Key strengths
// and weaknesses of the LSCB", "Inspection judgement about the LSCB") are
// its section's paragraphs, wherever they come after its heading.
//
// Unnumbered paragraphs of prose that follow one another in a section
// (the summary at the head of a SIF section) are kept as one paragraph,
// with a blank line ("\n\n") where a paragraph ends: plain pdftotext
// does not always show where it does. A paragraph that starts with a
// bullet (the findings of early SIF reports, which number nothing) is one
// of its own.
//
// # The forms of each document type
//
// ILACS reports print the judgement table on the front page, each grade
// beside its wording ("The experiences and progress of children in care",
// "Good"), and take the first sentence of the summary after it as the
// headline. Their sections are headed "The experiences and progress of
// children in care: good" (from 2023) or "... are good" (2018-2022), and
// "What needs to improve?" lists their recommendations as bullets, each
// ending from 2025 with a national framework reference ("(Outcome 2,
// national framework)", also in words, wrapped over lines, or naming an
// enabler by its title). Rows may come in any order, and a label names its
// area by its telling words (see [inspection.AreaNamed]), which also reads
// the 2026 wording "The impact of leaders on practice" and the misprint
// "children care leavers".
//
// SIF reports state the overall judgement in the headline ("Children's
// services in Bedford Borough require improvement to be good") above a
// numbered table of the other judgements ("2.1 Adoption performance"),
// whose grades may be printed around their labels ("requires" above the
// row, "improvement" below), and the LSCB's judgement in a sentence under
// it. Their sections put the grade at the margin, above or below the
// wording, or make a sentence of it ("The graded judgement about the
// experiences and progress of care leavers is that it requires
// improvement"); "What does the local authority need to improve?" numbers
// its points, under "Priority and immediate action" and "Areas for
// improvement", and the LSCB's follow under their own heading. A SIF
// report is a re-inspection when its title or its executive summary says
// so ("This was a re-inspection of children's services in ..."), or when
// it says that the previous inspection, in the years of the SIF, judged
// the authority inadequate ("... improved the services that were judged to
// be inadequate at the previous inspection in 2015").
//
// A review of a Local Safeguarding Children Board alone states its one
// judgement in the headline ("The Local Safeguarding Children Board
// requires improvement"); every recommendation is about the board.
//
// The 2013 inspections of looked after children services grade each
// section "Grade 3 (Adequate)" under its heading, and give their
// judgements in the table "Record of main findings" near the end.
//
// The letters of the 2009-2012 unannounced inspections grade nothing: the
// letter's date is its publication, the days of the visit are in a
// sentence ("... conducted on 10 and 11 November 2009"), and the findings
// are lists under "Strengths", "Areas for development" and "Area for
// priority action", or after a sentence that introduces them ("...
// satisfactorily carrying out their responsibilities ..., in
// particular:").
//
// The framework follows from the title and the judgements: a combined
// children in care and care leavers judgement is ILACS 2018; separate ones
// are ILACS 2023 or ILACS 2026 by the date the inspection started. An
// ILACS inspection on site for a week at most is [inspection.Short], a
// longer one [inspection.Standard]: the days on site are counted, so that
// a week split in two ("2 to 4 October and 14 to 17 October 2024") is a
// short inspection.
//
// # Text modes
//
// The text may come from pdftotext -layout (the table's grades beside
// their labels, paragraphs indented under their numbers), from plain
// pdftotext (grades on lines of their own, apart from their labels; page
// and paragraph numbers alone on a line), or be copied out of a PDF
// viewer (the judgement table separated by tabs, no page breaks). All
// three read the same. The running headers and footers, page numbers and
// footnotes that pdftotext leaves between paragraphs are recognised at
// the form feeds that separate its pages, and left out, also where plain
// pdftotext prints them inside a paragraph. A PDF file itself is refused
// with [ErrPDF]: extract its text first, for example with
//
//	pdftotext -layout report.pdf report.txt
//
// Text saved as UTF-16, with a byte order mark or without, is decoded.
// Bytes that are not UTF-8, and control characters such as NUL, are read
// as U+FFFD, the replacement character. Both are problems
// ([ErrEncoding]).
//
// # Limits
//
// Parse reads any text in time and memory in proportion to its length.
// What no report holds is not read, and said so ([ErrLimit]): a line
// longer than 64 KiB, a judgement table of more than 12 rows, or a label
// of more than 40 words, a paragraph longer than 64 KiB (cut there, and
// ended with "…").
//
// # Problems and positions
//
// Nothing is silently resolved. The error Parse returns is nil or an
// [inspection.ErrorList] of [*inspection.Error], sorted by position. Each
// has the line and column (in bytes, from 1) of the text it is about, or
// the zero [inspection.Position] when it is about the whole report, and
// wraps a sentinel for errors.Is: a section heading whose grade disagrees
// with the table ([ErrHeadingGrade]; the table's grade is kept), a cell or
// row that cannot be read ([ErrUnreadableCell]), a row or a paragraph
// number given twice ([ErrDuplicate]), dates that cannot be read
// ([ErrNoDates]), a reference to no element of the national framework
// ([inspection.ErrReference]), an authority the register does not know
// ([authority.ErrUnknown], [authority.ErrNotExisting]), a part the
// framework requires that the text lacks, as in a report cut short
// ([ErrMissingPart], at the end of the text), text not in UTF-8
// ([ErrEncoding]) and text beyond a limit ([ErrLimit]). The problems
// [inspection.Validate] finds with what was read are returned too, placed
// where the field was read: a table row missing for an area the framework
// requires is [inspection.ErrMissingJudgement] at the table. Whether the
// judgements are consistent with one another is not a problem of the
// text: [inspection.CheckConsistency] says. Positions are in the text as
// Parse reads it: decoded from UTF-16, and with U+FFFD for each byte that
// is not UTF-8.
//
// # How it reads
//
// Parse is a pipeline of stages, each taking the values the stage before
// it returned: the text is decoded; it is split into lines; the page
// furniture among them is marked; the front matter gives the document's type, title,
// dates, lead inspector, headline and judgement table, and where the body
// starts; the body gives sections, paragraphs, recommendations, findings
// and graded headings; and the last stage assembles the Inspection,
// decides its framework and kind, checks the headings against the table
// and places the problems. What sets each type of document apart (its
// title, where its headline is, the headings of its lists, the framework
// it implies) is a table that the stages consult.
package report
