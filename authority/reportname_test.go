package authority_test

import (
	"testing"

	"github.com/childrens-services/judgements/authority"
)

// TestLookupReportNames looks up the names Ofsted's reports print on
// their front pages where they are not the authority's usual name.
func TestLookupReportNames(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // GSS code of the authority
	}{
		{"Bradford Children and Families Trust", "E08000032"},    // 2026
		{"Calderdale Metropolitan Council", "E08000033"},         // 2015
		{"Cheshire East Unitary Authority", "E06000049"},         // 2015
		{"Council of the Isles of Scilly", "E06000053"},          // 2019
		{"East Riding", "E06000011"},                             // 2023
		{"Medway Children's Services", "E06000035"},              // 2019
		{"Wakefield District Metropolitan Council", "E08000036"}, // 2018
	} {
		a, err := authority.Lookup(tt.in)
		if err != nil || a.GSS() != tt.want {
			t.Errorf("Lookup(%q) = %v (%s), %v; want %s", tt.in, a, a.GSS(), err, tt.want)
		}
	}
}
