package report

import "strings"

// This file reads the line that names the lead inspector, which reports
// print on the front page (ILACS, SIF) or at the end of the body (the
// 2013 looked after children inspections, some SIF reports).

// inspectorLabels are the labels of the lead inspector's name, longest
// first.
var inspectorLabels = []string{"lead inspector on site", "lead inspectors", "lead inspector", "reporting inspector"}

// isInspectorLine reports whether t is the label of the lead inspector's
// name.
func isInspectorLine(t string) bool {
	return hasAnyPrefixFold(t, inspectorLabels)
}

// inspectorTitles are the titles printed after an inspector's name, each
// in a part of its own between commas ("Christine Kennet, His Majesty's
// Inspector") or at the end of the name ("Neil Penswick HMI", "Marie
// McGuinness Senior HMI"), longest first.
var inspectorTitles = []string{
	"His Majesty's Inspector", "Her Majesty's Inspector", "His Majesty’s Inspector", "Her Majesty’s Inspector",
	"Senior HMI", "(HMI)", "HMI",
}

// readLeadInspector returns the names on the lead inspector's line i,
// whose text isInspectorLine, without their titles: "Lead inspector:
// Christine Kennet, His Majesty's Inspector", "Lead inspector: Neil
// Penswick HMI", "Reporting inspector Gary Lamb HMI", "Lead inspector on
// site: Pietro Battista". Plain pdftotext may print the name a line or two
// below the label. Two lead inspectors are joined by "and": "Lead
// inspectors: Rebecca Quested, His Majesty's Inspector, and Matthew
// Reed," / "His Majesty's Inspector" gives "Rebecca Quested and Matthew
// Reed".
func readLeadInspector(lines []line, i int) string {
	t := lines[i].text
	n := 0
	for _, label := range inspectorLabels {
		if hasPrefixFold(t, label) {
			n = len(label)
			break
		}
	}
	v, _ := valueAfter(t, n)
	last := i
	if v == "" {
		if j := nextText(lines, i+1, i+4); j >= 0 {
			if u := lines[j].text; len(u) < 60 && !strings.Contains(u, ":") {
				v, last = u, j
			}
		}
	}
	// A list of names that goes on to the next line.
	if w := strings.TrimSpace(v); strings.HasSuffix(w, ",") || hasSuffixFold(w, " and") {
		if j := nextText(lines, last+1, last+3); j >= 0 && len(lines[j].text) < 60 && !strings.Contains(lines[j].text, ":") {
			v += " " + lines[j].text
		}
	}
	var names []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(collapseSpaces(v), " and ", ","), func(r rune) bool { return r == ',' }) {
		part = strings.TrimSpace(part)
		part = strings.TrimSpace(strings.TrimPrefix(part, "and "))
		part = strings.TrimRight(part, ". ")
		for _, title := range inspectorTitles {
			if part == title {
				part = ""
			}
			part = strings.TrimSpace(strings.TrimSuffix(part, " "+title))
		}
		if part != "" {
			names = append(names, part)
		}
	}
	return strings.Join(names, " and ")
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
