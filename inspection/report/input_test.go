package report_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/inspection/report"
	"github.com/childrens-services/judgements/internal/sharedtest"
)

// The tests in this file read real reports of the corpus as they may come
// to a user broken: saved as UTF-16, with bytes that are not text in them,
// or cut short.

// utf16Text returns s encoded as UTF-16, big-endian or not, with a byte
// order mark or not.
func utf16Text(s string, bigEndian, bom bool) string {
	var b []byte
	if bom {
		s = "\ufeff" + s
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return string(b)
}

func TestParseUTF16(t *testing.T) {
	for _, name := range []string{"portsmouth_2014-09-01_80539.txt", "west-sussex_2023-05-11_80578.txt"} {
		text := string(sharedtest.ReadFile(t, "corpus/layout/"+name))
		want, wantErr := report.Parse(text)
		if wantErr != nil {
			t.Fatalf("%s: %v", name, wantErr)
		}
		for _, bigEndian := range []bool{false, true} {
			for _, bom := range []bool{false, true} {
				got, err := report.Parse(utf16Text(text, bigEndian, bom))
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s as UTF-16 (big-endian %v, mark %v) (-UTF-8 +UTF-16):\n%s", name, bigEndian, bom, diff)
				}
				list, _ := errors.AsType[inspection.ErrorList](err)
				if len(list) != 1 || list[0].Err != report.ErrEncoding || list[0].Pos.IsValid() || !strings.Contains(list[0].Msg, "UTF-16") {
					t.Errorf("%s as UTF-16 (big-endian %v, mark %v): problems %v, want one saying it is UTF-16", name, bigEndian, bom, err)
				}
			}
		}
	}
}

func TestParseBadBytes(t *testing.T) {
	name := "west-sussex_2023-05-11_80578.txt"
	text := string(sharedtest.ReadFile(t, "corpus/layout/"+name))
	// A NUL in the title, a byte that is not UTF-8 in a paragraph.
	text = strings.Replace(text, "West Sussex", "West\x00Sussex", 1)
	text = strings.Replace(text, "When children present as homeless", "When children\xff present as homeless", 1)
	in, err := report.Parse(text)
	list, _ := errors.AsType[inspection.ErrorList](err)
	if len(list) != 1 || list[0].Err != report.ErrEncoding || list[0].Pos != (inspection.Position{Line: 1, Column: 19}) {
		t.Fatalf("problems %v, want one of the encoding at 1:19", err)
	}
	if in.Authority.Name != "West\uFFFDSussex" {
		t.Errorf("authority %q, want the NUL read as U+FFFD", in.Authority.Name)
	}
	// What was read encodes as JSON and decodes as itself.
	b, jerr := json.Marshal(in)
	if jerr != nil {
		t.Fatal(jerr)
	}
	var back inspection.Inspection
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, &back); diff != "" {
		t.Errorf("JSON round trip (-read +decoded):\n%s", diff)
	}
}

// TestParseCutShort reads the first half of reports of each framework:
// each part their framework requires that the half lacks is a problem at
// the end of the text.
func TestParseCutShort(t *testing.T) {
	for _, tt := range []struct {
		name    string
		missing int // the sections the second half holds
	}{
		{"portsmouth_2014-09-01_80539.txt", 3},
		{"west-sussex_2023-05-11_80578.txt", 2},
		{"liverpool_2026-07-07_80485.txt", 2},
		{"bolton_2018-06-12_80432.txt", 1},
	} {
		for _, form := range []string{"layout", "raw"} {
			text := string(sharedtest.ReadFile(t, "corpus/"+form+"/"+tt.name))
			lines := strings.SplitAfter(text, "\n")
			half := strings.Join(lines[:len(lines)/2], "")
			_, err := report.Parse(half)
			list, _ := errors.AsType[inspection.ErrorList](err)
			n := 0
			for _, e := range list {
				if errors.Is(e, report.ErrMissingPart) {
					n++
					if e.Pos.Line != len(lines)/2 {
						t.Errorf("%s/%s: %v, want it at the last line, %d", form, tt.name, e, len(lines)/2)
					}
				}
			}
			if n != tt.missing {
				t.Errorf("%s/%s cut in half: %d parts missing, want %d; problems: %v", form, tt.name, n, tt.missing, list)
			}
		}
	}
}
