package report

import (
	"strings"

	"github.com/childrens-services/judgements/inspection"
)

// This file reads, for the body stage, the findings of a document that
// lists them (the letters of the 2009-2012 unannounced inspections): lists
// under a heading of its type ("Strengths", "Areas for development",
// "Area for priority action"), or introduced by a sentence ending in a
// colon ("... satisfactorily carrying out their responsibilities ..., in
// particular:").

// findingsHeading returns the kind of the findings listed under the
// heading t, if the document's type has such a heading.
func (r *bodyReader) findingsHeading(t string) (inspection.FindingKind, bool) {
	for _, h := range r.doc.findings {
		if isLine(t, h.heading) {
			return h.kind, true
		}
	}
	return 0, false
}

// A findingsHeading is a heading that opens a list of findings.
type findingsHeading struct {
	heading string
	kind    inspection.FindingKind
}

// startFindings starts a list of findings of kind k.
func (r *bodyReader) startFindings(k inspection.FindingKind) {
	r.closeItem()
	r.list = listFindings
	r.finding = k
	r.marker = ""
	r.prose.Reset()
}

// letterLine reads line i, text t at indent off, of a document that lists
// findings. A list item starts with a bullet, or, where the bullet was
// lost, is indented; a line that follows an item continues it, unless it
// is indented and starts a sentence; a line at the margin after a blank
// line is prose again, and ends the list.
func (r *bodyReader) letterLine(i, off int, t string) {
	if r.finding == 0 {
		r.proseLine(t)
		return
	}
	switch m := bulletAt(t); {
	case m != "":
		r.openBulleted(i, off, m, t)
	case r.itemOpen && !r.blank && !(off > 0 && isUpper(t[0])):
		r.appendItem(t)
	case r.itemOpen && (r.page || isLower(t[0])):
		r.appendItem(t)
	case off > 0:
		r.openItem(i, off, 0, t)
	default:
		r.closeItem()
		r.finding = 0
		r.prose.Reset()
		r.proseLine(t)
	}
}

// proseLine reads a line of prose, watching for a sentence that ends in a
// colon and introduces a list.
func (r *bodyReader) proseLine(t string) {
	if r.blank {
		r.prose.Reset()
	}
	if r.prose.Len() > 0 {
		r.prose.WriteByte(' ')
	}
	r.prose.WriteString(t)
	if !strings.HasSuffix(t, ":") {
		return
	}
	if k := introKind(r.prose.String()); k != 0 {
		r.startFindings(k)
	}
}

// introKind returns the kind of finding a sentence introduces: one that
// speaks of services "satisfactorily" carrying out their
// responsibilities, or that names exactly one of strengths, areas for
// development and areas for priority action.
func introKind(s string) inspection.FindingKind {
	l := strings.ToLower(s)
	if strings.Contains(l, "satisfactor") {
		return inspection.Satisfactory
	}
	var k inspection.FindingKind
	n := 0
	for _, c := range []struct {
		words string
		kind  inspection.FindingKind
	}{{"strength", inspection.Strength}, {"for development", inspection.AreaForDevelopment}, {"priority action", inspection.AreaForPriorityAction}} {
		if strings.Contains(l, c.words) {
			k = c.kind
			n++
		}
	}
	if n == 1 {
		return k
	}
	return 0
}
