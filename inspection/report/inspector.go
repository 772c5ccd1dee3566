package report

import "strings"

// This file reads the line that names the lead inspector, which reports
// print on the front page (ILACS, SIF) or at the end of the body (the
// 2013 looked after children inspections, some SIF reports).

// isInspectorLine reports whether t is the label of the lead inspector's
// name.
func isInspectorLine(t string) bool {
	return hasAnyPrefixFold(t, []string{"lead inspector", "reporting inspector"})
}

// inspectorTitles are the titles printed after an inspector's name.
var inspectorTitles = []string{" (HMI)", " HMI", " Her Majesty's Inspector", " His Majesty's Inspector", " Her Majesty’s Inspector", " His Majesty’s Inspector"}

// readLeadInspector returns the name on the lead inspector's line i, whose
// text isInspectorLine: "Lead inspector: Christine Kennet, His Majesty's
// Inspector", "Lead inspector: Neil Penswick HMI", "Reporting inspector
// Gary Lamb HMI". Plain pdftotext may print the name a line or two below
// the label.
func readLeadInspector(lines []line, i int) string {
	t := lines[i].text
	n := len("lead inspector")
	if hasPrefixFold(t, "reporting inspector") {
		n = len("reporting inspector")
	}
	v, _ := valueAfter(t, n)
	if v == "" {
		if j := nextText(lines, i+1, i+4); j >= 0 {
			if u := lines[j].text; len(u) < 60 && !strings.Contains(u, ":") {
				v = u
			}
		}
	}
	if k := strings.IndexByte(v, ','); k >= 0 {
		v = v[:k]
	}
	v = collapseSpaces(v)
	for _, title := range inspectorTitles {
		v = strings.TrimSuffix(v, title)
	}
	return strings.TrimSpace(v)
}

// valueAfter returns the text after a label such as "Inspection dates:" or
// "Reporting inspector", n bytes long, and its offset in t: after the
// colon if there is one just after the label or inside it, else after the
// label.
func valueAfter(t string, n int) (string, int) {
	if i := strings.IndexByte(t, ':'); i >= 0 && i <= n+1 {
		n = i + 1
	}
	n = max(0, min(n, len(t)))
	off, v := trimLine(t[n:])
	return v, n + off
}
