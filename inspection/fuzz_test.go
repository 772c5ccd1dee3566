package inspection_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/childrens-services/judgements/inspection"
)

// equateEmpty takes a nil and an empty slice or map to be the same: JSON
// leaves both out.
var equateEmpty = cmpopts.EquateEmpty()

// hostileJSON are the inputs found to decode into an Inspection that could
// not be encoded, or that decoding should refuse.
var hostileJSON = []struct {
	json string
	ok   bool // whether it decodes
}{
	{`{"checks":[{}]}`, true}, // checks are derived, and ignored by decoding
	{`{"checks":[{"rule":"x","severity":"nonsense"}]}`, true},
	{`{"findings":[{}]}`, true},
	{`{"recommendations":[{}]}`, true},
	{`{"sections":[{"grade":"adequate"}]}`, true},
	{`{"judgements":{"overall-effectiveness":""}}`, true},
	{`{"sources":[{"row":-1}]}`, true},
	{`{"start":"-100-01-01"}`, false},
	{`{"start":"0000-01-01"}`, false},
	{`{"start":"2023-02-29"}`, false},
	{`{"findings":[{"kind":"weakness"}]}`, false},
	{`{"recommendations":[{"reference":"outcome 9"}]}`, false},
	{`{"judgements":{"overall-effectiveness":"excellent"}}`, false},
	{`{"judgements":{"wellbeing":"good"}}`, false},
	{`{"framework":"sif-2099"}`, false},
}

// TestJSONHostile checks that what decodes encodes, and comes back the
// same, and that what cannot be encoded does not decode.
func TestJSONHostile(t *testing.T) {
	for _, tt := range hostileJSON {
		var in inspection.Inspection
		err := json.Unmarshal([]byte(tt.json), &in)
		if (err == nil) != tt.ok {
			t.Errorf("%s: error %v, want decoding %v", tt.json, err, map[bool]string{true: "to succeed", false: "to fail"}[tt.ok])
			continue
		}
		if err == nil {
			jsonRoundTrip(t, []byte(tt.json))
		}
	}
	if _, err := inspection.ParseDate("-100-01-01"); !errors.Is(err, inspection.ErrDate) {
		t.Errorf(`ParseDate("-100-01-01"): error %v, want ErrDate`, err)
	}
}

// jsonRoundTrip checks that data, if it decodes, encodes, and that what
// it encodes to decodes to the same Inspection and encodes the same.
func jsonRoundTrip(t *testing.T, data []byte) {
	t.Helper()
	var in inspection.Inspection
	if json.Unmarshal(data, &in) != nil {
		return
	}
	enc, err := json.Marshal(in)
	if err != nil {
		t.Fatalf("%s decodes to %+v, which does not encode: %v", data, in, err)
	}
	var back inspection.Inspection
	if err := json.Unmarshal(enc, &back); err != nil {
		t.Fatalf("%s decodes and encodes to %s, which does not decode: %v", data, enc, err)
	}
	if diff := cmp.Diff(in, back, equateEmpty); diff != "" {
		t.Fatalf("%s: a round trip through %s changes it (-before +after):\n%s", data, enc, diff)
	}
	again, err := json.Marshal(back)
	if err != nil || !bytes.Equal(again, enc) {
		t.Fatalf("%s encodes to %s, then to %s (%v)", data, enc, again, err)
	}
}

// FuzzJSON decodes any JSON as an Inspection: what decodes must encode,
// and decode again to the same Inspection.
func FuzzJSON(f *testing.F) {
	for _, tt := range hostileJSON {
		f.Add([]byte(tt.json))
	}
	for _, in := range []inspection.Inspection{full(), portsmouth2023()} {
		b, err := json.Marshal(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(jsonRoundTrip)
}

// FuzzParseDate reads any text as a date: a date read is valid, and its
// text form reads back as the same date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-05-15", "15/05/2023", "15 May 2023", "Monday 15th May 2023", "May 15, 2023", "15 Nov 2017",
		"-100-01-01", "0001-01-01", "9999-12-31", "31 June 2023", "29/02/2024", " 1 / 2 / 2003 ", "15 May", "2023-5-15"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := inspection.ParseDate(s)
		if err != nil {
			if !errors.Is(err, inspection.ErrDate) || d != (inspection.Date{}) {
				t.Fatalf("ParseDate(%q) = %v, %v; want the zero Date and ErrDate", s, d, err)
			}
			return
		}
		text, err := d.MarshalText()
		if !d.IsValid() || err != nil {
			t.Fatalf("ParseDate(%q) = %#v, which does not encode: %v", s, d, err)
		}
		var back inspection.Date
		if err := back.UnmarshalText(text); err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v; its text %q reads as %v, %v", s, d, text, back, err)
		}
	})
}

// FuzzParseKind reads any text as a kind: a kind read has a key that
// reads back as the same kind.
func FuzzParseKind(f *testing.F) {
	for _, s := range []string{"standard", "ILACS Standard Inspection", "ILACS Short Inspection", "ILACS Focused Visit", "LA Monitoring visit",
		"focussed visit", "JTAI", "re-inspection", "lscb-review", "", "ILACS Grand Inspection"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := inspection.ParseKind(s)
		if err != nil {
			if !errors.Is(err, inspection.ErrUnknown) || k != 0 {
				t.Fatalf("ParseKind(%q) = %v, %v; want the zero Kind and ErrUnknown", s, k, err)
			}
			return
		}
		text, err := k.MarshalText()
		if !k.IsValid() || err != nil {
			t.Fatalf("ParseKind(%q) = %v, which does not encode: %v", s, k, err)
		}
		var back inspection.Kind
		if err := back.UnmarshalText(text); err != nil || back != k {
			t.Fatalf("ParseKind(%q) = %v; its text %q reads as %v, %v", s, k, text, back, err)
		}
		if again, err := inspection.ParseKind(k.String()); err != nil || again != k {
			t.Fatalf("ParseKind(%q) = %v; ParseKind of its key gives %v, %v", s, k, again, err)
		}
	})
}

// FuzzParseReference reads any text as a national framework reference: a
// reference read is valid, and its text form reads back as the same.
func FuzzParseReference(f *testing.F) {
	for _, s := range []string{"(Outcome 2, national framework)", "outcome three: national framework", "Enabler 2", "principle 3", "outcome 2",
		"outcome 9", "Principle six, something", "(enabler 02)", "outcome"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := inspection.ParseReference(s)
		if err != nil {
			if !errors.Is(err, inspection.ErrReference) || r != (inspection.Reference{}) {
				t.Fatalf("ParseReference(%q) = %v, %v; want the zero Reference and ErrReference", s, r, err)
			}
			return
		}
		text, err := r.MarshalText()
		if !r.IsValid() || err != nil {
			t.Fatalf("ParseReference(%q) = %#v, which does not encode: %v", s, r, err)
		}
		var back inspection.Reference
		if err := back.UnmarshalText(text); err != nil || back != r {
			t.Fatalf("ParseReference(%q) = %v; its text %q reads as %v, %v", s, r, text, back, err)
		}
	})
}

// BenchmarkDecodeJSON decodes Inspections of n findings, n recommendations
// and n paragraphs, at two sizes ten times apart, side by side.
func BenchmarkDecodeJSON(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		in := full()
		for i := range n {
			in.Findings = append(in.Findings, inspection.Finding{Kind: inspection.Strength, Text: fmt.Sprint("Point ", i, " &amp; <more> \u2019")})
			in.Recommendations = append(in.Recommendations, inspection.Recommendation{Text: strings.Repeat("r", 40), Reference: inspection.Reference{Part: inspection.Outcome, Number: 1 + i%4}})
			in.Sections[0].Paragraphs = append(in.Sections[0].Paragraphs, inspection.Paragraph{Number: i, Text: strings.Repeat("p", 200)})
		}
		data, err := json.Marshal(in)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var out inspection.Inspection
				if err := json.Unmarshal(data, &out); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
