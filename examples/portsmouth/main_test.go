package main

import (
	"strings"
	"testing"
)

// TestRun checks what the program tells a reader: the facts the seed
// documents state, as the record bears them out or not.
func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"2009-11-10  ucra-2009   unannounced-visit  no grades: 1 area for priority action, 4 areas for development",
		"2014-06-25  sif-2013    inspection         RI       G        RI       G        RI",
		"2023-05-15  ilacs-2023  short              G        G        O        G        RI",
		"Overall effectiveness: requires improvement 2014 → good 2018 → good 2023; not judged since 2026 (ilacs-2026 has no such judgement)",
		`"from requires improvement to good in all four areas": 2 of 4 areas went from requires improvement to good.`,
		`"no services have deteriorated": no area declined: true.`,
		"2023-05-15 ilacs-2023 overall good fits the other judgements",
		"2026-07-06 ilacs-2026 no overall effectiveness judgement (removed from April 2026)",
		"(outcome 1, national framework)",
		"2023-07-03 report (superseded):",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q\n%s", want, out)
		}
	}
	if n := strings.Count(out, "\n    - "); n != 4 {
		t.Errorf("%d recommendations printed, want 4 (one from 2026, three from 2023)", n)
	}
	if strings.Contains(out, "violation") {
		t.Errorf("a consistency violation in Portsmouth's record:\n%s", out)
	}
}
