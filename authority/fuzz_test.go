package authority_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/inspection"
)

// hostileRegisters are registers in JSON found to decode into a register
// that could not be encoded, or built to be hard to file.
var hostileRegisters = []string{
	`[{"authority":{"name":"Portsmouth"},"start":"2020-01-01","checks":[{}],"findings":[{}]}]`,
	`[{"authority":{"name":"Portsmouth"},"published":"2019-01-01","framework":"ilacs-2018","kind":"standard","judgements":{"overall-effectiveness":"good"}},` +
		`{"authority":{"name":"Portsmouth"},"published":"2019-03-01","framework":"ilacs-2018","kind":"standard","judgements":{"overall-effectiveness":"good"}}]`,
	`[{"authority":{"name":"Portsmouth","gss":"E06000044"},"start":"2020-01-01","end":"2020-01-05","kind":"standard"},` +
		`{"authority":{"name":"Portsmouth City Council"},"start":"2020-01-03","kind":"short","sources":[{"file":"b"}]}]`,
	`[{"authority":{"name":"Portsmuth"},"start":"2020-01-01"},{"authority":{"name":""},"start":"2020-01-01"},{}]`,
	`[{"authority":{"name":"Cumberland"},"start":"2020-01-01"}]`,
	`{"not":"an array"}`,
	`[1, {"authority":{"name":"Leeds"},"start":"2020-01-01"}]`,
}

// registerRoundTrip decodes data as a register: whatever it holds, even
// after an error, must encode, and decode again, without error, to the
// same inspections, encoding the same.
func registerRoundTrip(t *testing.T, data []byte) {
	t.Helper()
	var r authority.Register
	_ = json.Unmarshal(data, &r) // errors are allowed; what is kept must write back
	enc, err := json.Marshal(&r)
	if err != nil {
		t.Fatalf("%s decodes to a register that does not encode: %v", data, err)
	}
	var back authority.Register
	if err := json.Unmarshal(enc, &back); err != nil {
		t.Fatalf("%s decodes and encodes to %s, which does not decode: %v", data, enc, err)
	}
	var before, after []inspection.Inspection
	for in := range r.Inspections() {
		before = append(before, in)
	}
	for in := range back.Inspections() {
		after = append(after, in)
	}
	if diff := cmp.Diff(before, after, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("%s: a round trip through %s changes it (-before +after):\n%s", data, enc, diff)
	}
	if again, err := json.Marshal(&back); err != nil || !bytes.Equal(again, enc) {
		t.Fatalf("%s encodes to %s, then to %s (%v)", data, enc, again, err)
	}
}

// TestRegisterJSONHostile checks the registers of hostileRegisters.
func TestRegisterJSONHostile(t *testing.T) {
	for _, s := range hostileRegisters {
		registerRoundTrip(t, []byte(s))
	}
}

// FuzzRegisterJSON decodes any JSON as a register (see
// registerRoundTrip).
func FuzzRegisterJSON(f *testing.F) {
	for _, s := range hostileRegisters {
		f.Add([]byte(s))
	}
	f.Fuzz(registerRoundTrip)
}

// BenchmarkRegisterJSON decodes registers of n inspections, at two sizes
// ten times apart, side by side: inspections of every authority; records
// of one authority, most of them past the most a register holds of one
// (1,000); and
// records naming no authority, each looked up and given suggestions.
func BenchmarkRegisterJSON(b *testing.B) {
	all := slices.Collect(authority.All())
	shapes := []struct {
		name   string
		record func(i int) string
		n      int
	}{
		{"every-authority", func(i int) string {
			a := all[i%len(all)]
			return fmt.Sprintf(`{"authority":{"gss":%q},"published":"%04d-01-01","framework":"ilacs-2018","kind":"standard","judgements":{"overall-effectiveness":"good"}}`, a.GSS(), 2100+i/len(all))
		}, 150},
		{"one-authority", func(i int) string {
			return fmt.Sprintf(`{"authority":{"name":"Portsmouth"},"start":"%s"}`, inspection.Date{Year: 2000, Month: 1, Day: 1}.AddDays(i))
		}, 2_000},
		{"unknown-names", func(i int) string {
			return fmt.Sprintf(`{"authority":{"name":"Portsmuth %d"},"start":"2020-01-01"}`, i)
		}, 1_000},
	}
	for _, s := range shapes {
		for _, n := range []int{s.n, 10 * s.n} {
			recs := make([]string, n)
			for i := range recs {
				recs[i] = s.record(i)
			}
			data := []byte("[" + strings.Join(recs, ",\n") + "]")
			b.Run(fmt.Sprintf("%s/n=%d", s.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					var r authority.Register
					json.Unmarshal(data, &r)
				}
			})
		}
	}
}

// TestRegisterJSONSuggestions checks that decoding a register lists the
// nearest names for the first ten authorities not known, and not for
// the rest, which are still each named by their index.
func TestRegisterJSONSuggestions(t *testing.T) {
	recs := make([]string, 12)
	for i := range recs {
		recs[i] = `{"authority":{"name":"Portsmuth"},"start":"2020-01-01"}`
	}
	var r authority.Register
	err := json.Unmarshal([]byte("["+strings.Join(recs, ",")+"]"), &r)
	lines := strings.Split(fmt.Sprint(err), "\n")
	if len(lines) != 12 {
		t.Fatalf("error %v, want one line for each of 12 records", err)
	}
	for i, l := range lines {
		if want := fmt.Sprintf("inspection %d: ", i); !strings.Contains(l, want) || strings.Contains(l, "nearest: Portsmouth") != (i < 10) {
			t.Errorf("line %d: %q, want it to name %q and suggest Portsmouth only in the first ten", i, l, want)
		}
	}
}
