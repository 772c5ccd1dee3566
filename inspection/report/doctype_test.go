package report

import "testing"

func TestTypeOfTitle(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  *docType
	}{
		{"Norfolk County Council Inspection of looked after children services", tlacType},
		{"Re-inspection of services for children in need of help and protection, children looked after and care leavers", sifReinspectionType},
		{"Reinspection of services for children in need of help and protection", sifReinspectionType},
		{"Inspection of services for children in need of help and protection, children looked after and care leavers and Review of the effectiveness of the Local Safeguarding Children Board", sifType}, // a SIF inspection that reviews the board too
		{"Surrey Safeguarding Children Board Review of the effectiveness of the Local Safeguarding Children Board", lscbReviewType},
		{"Inspection of Portsmouth City Council local authority children's services", ilacsType},
		{"Barnsley Inspection of children's social care services", ilacsType},
		{"Annual report of the director of children's services", ilacsType}, // only the title's words decide
		{"Nowhere Borough Council annual report", unknownType},
	} {
		if got := typeOfTitle(lowerASCII(tt.title)); got != tt.want {
			t.Errorf("typeOfTitle(%q) = %s, want %s", tt.title, got.name, tt.want.name)
		}
	}
}

func TestAuthorityName(t *testing.T) {
	for _, tt := range []struct {
		title string
		doc   *docType
		want  string
	}{
		{"Inspection of Portsmouth City Council local authority children's services", ilacsType, "Portsmouth City Council"},
		{"Inspection of the London Borough of Ealing children's services", ilacsType, "London Borough of Ealing"},
		{"London Borough of Barking and Dagenham Inspection of services for children in need of help and protection", sifType, "London Borough of Barking and Dagenham"},
		{"Inspection of looked after children services Norfolk County Council", tlacType, "Norfolk County Council"},
		{"Surrey Safeguarding Children Board Review of the effectiveness of the Local Safeguarding Children Board", lscbReviewType, "Surrey"},
		{"Annual unannounced inspection of contact, referral and assessment arrangements within Portsmouth Council children's services", letterType, "Portsmouth Council"},
	} {
		if got := tt.doc.authority(tt.title); got != tt.want {
			t.Errorf("%s: authority(%q) = %q, want %q", tt.doc.name, tt.title, got, tt.want)
		}
	}
}
