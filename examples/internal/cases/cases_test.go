package cases_test

import (
	"slices"
	"testing"

	"github.com/childrens-services/judgements/examples/internal/cases"
	"github.com/childrens-services/judgements/inspection"
)

// TestCasesValid checks that every case is a valid inspection of its
// framework, consistent with Ofsted's regularities, and in date order.
func TestCasesValid(t *testing.T) {
	for name, list := range map[string][]inspection.Inspection{
		"Portsmouth":        cases.Portsmouth(),
		"Southampton":       cases.Southampton(),
		"Brighton and Hove": cases.BrightonAndHove(),
	} {
		ptrs := make([]*inspection.Inspection, len(list))
		for i := range list {
			in := &list[i]
			ptrs[i] = in
			if errs := inspection.Validate(in); len(errs) > 0 {
				t.Errorf("%s %s: %v", name, in.Date(), errs)
			}
			if checks := inspection.CheckConsistency(in); len(checks) > 0 {
				t.Errorf("%s %s: %v", name, in.Date(), checks)
			}
		}
		if !slices.IsSortedFunc(ptrs, inspection.Compare) {
			t.Errorf("%s: inspections not oldest first", name)
		}
	}
}
