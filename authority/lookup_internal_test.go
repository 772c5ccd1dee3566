package authority

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestNearestTypos checks the pruned search for suggestions against an
// exhaustive one, on misspellings of every name form: a letter dropped,
// doubled and replaced, and two neighbours swapped, at its start and in
// its middle.
func TestNearestTypos(t *testing.T) {
	var inputs []string
	for _, nk := range nameKeys {
		k := nk.key
		for _, i := range []int{0, len(k) / 2} {
			inputs = append(inputs, k[:i]+k[i+1:], k[:i+1]+k[i:], k[:i]+"x"+k[i+1:])
			if i+1 < len(k) {
				inputs = append(inputs, k[:i]+k[i+1:i+2]+k[i:i+1]+k[i+2:])
			}
		}
		inputs = append(inputs, k+" council", "the "+k+" childrens services")
	}
	inputs = append(inputs, "x", "ab", "london", "hammersmith", "portsmuth", strings.Repeat("z", maxSuggest))
	for _, in := range inputs {
		got, want := nearest(in, 3), nearestExhaustive(in, 3)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("nearest(%q) (-exhaustive +pruned):\n%s", in, diff)
		}
	}
	if got := nearest("", 3); got != nil {
		t.Errorf("nearest(\"\") = %v, want no suggestions", got)
	}
}

// TestNearestAbsurd checks that text far longer than any name gets no
// suggestion, at once.
func TestNearestAbsurd(t *testing.T) {
	for _, n := range []int{maxSuggest + 1, 4 << 20} {
		in := strings.Repeat("portsmouth ", n/11+1)[:n]
		start := time.Now()
		_, err := Lookup(in)
		le, ok := err.(*LookupError)
		want := fmt.Sprintf(`authority: "portsmouth portsmouth portsmouth portsmouth portsmouth portsmout"... (%d bytes): no such authority`, len(in))
		if !ok || le.Nearest != nil || le.Input != in || le.Error() != want {
			t.Errorf("Lookup of %d bytes: %.200v, want ErrUnknown without suggestions, saying %q", len(in), err, want)
		}
		t.Logf("%d bytes: %v", len(in), time.Since(start))
	}
	if !slices.Contains(nearest(strings.Repeat("a", maxSuggest-10)+"portsmouth", 3), MustLookup("Portsmouth")) {
		t.Errorf("the longest text with suggestions: Portsmouth is not among them")
	}
}

// nearest returns up to n authorities whose names are nearest to the
// normalised text k by edit distance, nearest first, ties by name.
func nearestExhaustive(k string, n int) []Authority {
	type scored struct {
		a Authority
		d int
	}
	var all []scored
	c := canonicalName(k)
	for _, a := range sorted {
		best := -1
		for _, name := range a.names() {
			nk := normalizeName(name)
			ds := []int{editDistanceFull(k, nk), editDistanceFull(c, canonicalName(nk))}
			if len(k) >= 3 && (strings.Contains(" "+nk+" ", " "+k+" ") || strings.Contains(" "+k+" ", " "+nk+" ")) {
				ds = append(ds, 1) // one name holds the other whole: "London", "City of London"
			}
			for _, d := range ds {
				if best < 0 || d < best {
					best = d
				}
			}
		}
		all = append(all, scored{a, best})
	}
	slices.SortStableFunc(all, func(x, y scored) int { return x.d - y.d })
	var out []Authority
	for _, s := range all {
		if len(out) == n {
			break
		}
		if !slices.ContainsFunc(out, func(b Authority) bool { return b.Name() == s.a.Name() }) {
			out = append(out, s.a)
		}
	}
	return out
}

// editDistance returns the Levenshtein distance between a and b, in
// bytes.
func editDistanceFull(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// FuzzLookup looks up any text: a name found is an authority its code
// finds again; text that names none gets the suggestions an exhaustive
// search gives, or none for absurd text.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{
		"Portsmuth", "E06000044", " e08000016 ", "851", "80539", "London Borough of Hammersmith & Fulham",
		"Kingston upon Hull, City of", "saint helens", "Dorset County Council", "",
		strings.Repeat("city of ", 12) + "london", strings.Repeat("Portsmouth ", 20),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Lookup(s)
		if err == nil {
			if b, err := Lookup(a.GSS()); !a.IsValid() || err != nil || b != a {
				t.Fatalf("Lookup(%q) = %v; its code %q finds %v, %v", s, a, a.GSS(), b, err)
			}
			return
		}
		le, ok := err.(*LookupError)
		if !ok || !errors.Is(err, ErrUnknown) || le.Input != s {
			t.Fatalf("Lookup(%q): error %T %v, want a *LookupError wrapping ErrUnknown", s, err, err)
		}
		k := normalizeName(strings.TrimSpace(s))
		var want []Authority // none for empty or absurd text
		if k != "" && len(k) <= maxSuggest {
			want = nearestExhaustive(k, 3)
		}
		if diff := cmp.Diff(want, le.Nearest, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Lookup(%q) nearest (-exhaustive +got):\n%s", s, diff)
		}
	})
}

// BenchmarkLookupUnknown looks up text that names no authority, at two
// sizes ten times apart for each shape: a misspelt name and text within
// the length given suggestions, and absurd text, which is given none.
func BenchmarkLookupUnknown(b *testing.B) {
	for _, c := range []struct{ name, in string }{
		{"typo/9B", "Portsmuth"},
		{"typo/90B", strings.Repeat("Portsmuth ", 9)},
		{"absurd/400kB", strings.Repeat("Portsmuth ", 40_000)},
		{"absurd/4MB", strings.Repeat("Portsmuth ", 400_000)},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Lookup(c.in); err == nil {
					b.Fatal("found")
				}
			}
		})
	}
}
