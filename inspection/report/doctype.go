package report

import (
	"strings"

	"github.com/childrens-services/judgements/inspection"
)

// This file is the table of document types: what sets the reading of
// each kind of report apart. The stages consult it rather than test for a
// type. The titles, headlines, list headings and the framework each type
// implies are those of Ofsted's published reports (reports.ofsted.gov.uk):
// ILACS reports of 2018-2026, SIF reports and re-inspection reports of
// 2014-2018, reviews of Local Safeguarding Children Boards of 2014-2016,
// reports of the 2013 inspections of looked after children services, and
// the letters of the 2009-2012 unannounced inspections.

// A docType is a kind of document, and what sets its reading apart.
type docType struct {
	name string // what it is called, for messages

	// Its front matter.
	titles      []string               // phrases of its title (lower case), any one of which marks the type
	titleInText bool                   // the title is a sentence of the first page, which has no "Inspection dates" line (a letter)
	authority   func(string) string    // the authority named by the title, given as one line
	datesAfter  string                 // for a title in the text: the phrase the days of the visit follow ("conducted on 10 and 11 November 2009")
	headline    headlineRule           // where the headline is
	frameworks  []inspection.Framework // the frameworks its reports are under; the judgements and dates choose when there are several

	// What the type implies.
	kind          inspection.Kind   // the kind of inspection, or zero when the days on site decide (ILACS)
	marks         []inspection.Area // judgements that make a report of this type whatever its title says
	soleMark      inspection.Area   // a judgement that makes a report of this type when it is the only one
	saysReinspect bool              // the report is a re-inspection when its text says so ("This was a re-inspection of ...", or that the previous inspection judged the authority inadequate)

	// Its body.
	frontHeadings bool              // graded headings on the first page restate its judgements and open no section
	recsAbout     inspection.Area   // the area every recommendation is about, or zero
	findings      []findingsHeading // headings that open a list of findings
	introduces    bool              // a sentence of prose ending in a colon introduces a list of findings
	closing       string            // the line that ends the body, or ""
}

// A headlineRule says where a report's headline is.
type headlineRule uint8

const (
	noHeadline       headlineRule = iota // none
	headlineFirst                        // the first line of the front page, which may look like a row of a table, and states a grade (LSCB review)
	headlineSentence                     // the first line of the front page before the judgement table, which states the overall grade (SIF)
	headlineSummary                      // the first sentence of the summary after the judgement table (ILACS)
)

var (
	ilacsType = &docType{
		name:       "ILACS report",
		titles:     []string{"children's services", "children's social care services"}, // "Inspection of Portsmouth City Council local authority children's services"
		authority:  func(t string) string { return nameInTitle(t, "", nil) },
		headline:   headlineSummary,
		frameworks: []inspection.Framework{inspection.ILACS2018, inspection.ILACS2023, inspection.ILACS2026},
		marks:      []inspection.Area{inspection.ImpactOfLeaders, inspection.HelpAndProtection},
	}
	sifType = &docType{
		name:          "SIF report",
		titles:        []string{"inspection of services for children in need"}, // "... of help and protection, children looked after and care leavers"
		authority:     func(t string) string { return nameInTitle(t, "", nil) },
		headline:      headlineSentence, // "Children's services in Bedford Borough require improvement to be good"
		frameworks:    []inspection.Framework{inspection.SIF2013},
		kind:          inspection.FullInspection,
		marks:         []inspection.Area{inspection.LookedAfterChildren, inspection.AdoptionPerformance, inspection.LeadershipManagementGovernance},
		saysReinspect: true,
		frontHeadings: true,
	}
	sifReinspectionType = &docType{
		name:          "SIF re-inspection report",
		titles:        []string{"re-inspection of services", "reinspection of services"},
		authority:     func(t string) string { return nameInTitle(t, "", nil) },
		headline:      headlineSentence,
		frameworks:    []inspection.Framework{inspection.SIF2013},
		kind:          inspection.Reinspection,
		frontHeadings: true,
	}
	lscbReviewType = &docType{
		name:   "review of a Local Safeguarding Children Board",
		titles: []string{"effectiveness of the local safeguarding children board"},
		authority: func(t string) string {
			return nameInTitle(t, "", []string{" local safeguarding children board", " safeguarding children board"})
		},
		headline:      headlineFirst, // "The Local Safeguarding Children Board requires improvement"
		frameworks:    []inspection.Framework{inspection.SIF2013},
		kind:          inspection.LSCBReview,
		soleMark:      inspection.LSCB,
		frontHeadings: true,
		recsAbout:     inspection.LSCB,
	}
	tlacType = &docType{
		name:       "inspection of looked after children services",
		titles:     []string{"inspection of looked after children services"}, // followed by the authority: "Norfolk County Council"
		authority:  func(t string) string { return nameInTitle(t, "inspection of looked after children services", nil) },
		frameworks: []inspection.Framework{inspection.TLAC2013},
		kind:       inspection.FullInspection,
		marks:      []inspection.Area{inspection.OutcomesForLookedAfterChildren, inspection.QualityOfProvision, inspection.LeadershipAndManagement},
	}
	letterType = &docType{
		name:        "letter of an unannounced inspection",
		titles:      []string{"unannounced inspection of contact, referral and assessment"}, // "Annual unannounced inspection of contact, referral and assessment arrangements within Portsmouth Council children's services"
		titleInText: true,
		authority:   nameWithin,
		datesAfter:  "conducted on ",
		frameworks:  []inspection.Framework{inspection.UCRA2009},
		kind:        inspection.UnannouncedVisit,
		findings: []findingsHeading{
			{"Strengths", inspection.Strength},
			{"Areas for development", inspection.AreaForDevelopment},
			{"Area for priority action", inspection.AreaForPriorityAction},
			{"Areas for priority action", inspection.AreaForPriorityAction},
		},
		introduces: true,
		closing:    "Yours sincerely",
	}
	// unknownType is a report whose title says nothing of its type: its
	// judgements and dates may still.
	unknownType = &docType{
		name:      "report",
		authority: func(t string) string { return nameInTitle(t, "", nil) },
		headline:  headlineSummary,
	}
)

// docTypes are the document types, in the order in which their titles and
// marks decide the framework (see decideFramework): the letter, whose
// title is its own; the types whose judgements are their own (TLAC, then
// the SIF) before ILACS, which shares help and protection with the SIF;
// the review of a board alone before the SIF, whose reports review the
// board too; a SIF re-inspection before a first SIF inspection.
var docTypes = []*docType{letterType, tlacType, lscbReviewType, sifReinspectionType, sifType, ilacsType}

// titleOrder is the order in which the titles of the types whose title
// leads the first page are tried: the narrowest first (a SIF
// re-inspection's title holds "inspection of services", every title but
// the board's holds "children's services").
var titleOrder = []*docType{tlacType, sifReinspectionType, sifType, lscbReviewType, ilacsType}

// readFrameworks returns the frameworks whose reports Parse reads.
func readFrameworks() []inspection.Framework {
	var fs []inspection.Framework
	for _, t := range docTypes {
		fs = append(fs, t.frameworks...)
	}
	return fs
}

// typeOfTitle returns the type of the document whose title (lower case)
// is lt, of the types whose title leads the first page.
func typeOfTitle(lt string) *docType {
	for _, t := range titleOrder {
		for _, phrase := range t.titles {
			if strings.Contains(lt, phrase) {
				return t
			}
		}
	}
	return unknownType
}

// titleWords are the words that begin the title proper, after any lines
// naming the authority.
var titleWords = []string{"inspection of ", "re-inspection of ", "reinspection of ", "review of the effectiveness", "annual unannounced inspection"}

// nameInTitle returns the authority a title names: the words before the
// title proper ("London Borough of Barking and Dagenham", "Barnsley"), or
// the name inside it ("Inspection of Portsmouth City Council local
// authority children's services"), or, for a title that names it after
// the phrase after, after that ("Inspection of looked after children
// services" / "Norfolk County Council"). Each of suffixes ending the name
// is removed from it ("Surrey Safeguarding Children Board": "Surrey").
func nameInTitle(title, after string, suffixes []string) string {
	lt := lowerASCII(title)
	at := -1
	for _, phrase := range titleWords {
		if i := strings.Index(lt, phrase); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	var name string
	switch {
	case at < 0:
		name = title
	case at > 0:
		name = title[:at]
	case after != "":
		if i := strings.Index(lt, after); i >= 0 {
			name = title[i+len(after):]
		}
	case strings.HasPrefix(lt, "inspection of "):
		name = title[len("inspection of "):]
		for _, suffix := range []string{" local authority children's services", " local authority children's social care services", " children's social care services", " children's services"} {
			if hasSuffixFold(name, suffix) {
				name = name[:len(name)-len(suffix)]
				break
			}
		}
		name = strings.TrimPrefix(name, "the ") // "Inspection of the London Borough of Ealing ..."
	}
	name = strings.TrimSpace(name)
	for _, suffix := range suffixes {
		if hasSuffixFold(name, suffix) && len(name) > len(suffix) {
			return strings.TrimSpace(name[:len(name)-len(suffix)])
		}
	}
	return name
}

// nameWithin returns the authority a letter's title names, between
// "within" and "children's services".
func nameWithin(title string) string {
	lt := lowerASCII(title)
	i := strings.Index(lt, " within ")
	if i < 0 {
		return ""
	}
	rest, lrest := title[i+len(" within "):], lt[i+len(" within "):]
	for _, end := range []string{" children's services", " children's social care", " local authority children's"} {
		if j := strings.Index(lrest, end); j > 0 {
			return strings.TrimSpace(rest[:j])
		}
	}
	return strings.TrimSpace(rest)
}
