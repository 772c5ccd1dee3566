package recordfile

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/inspection"
	"github.com/google/go-cmp/cmp"
)

func day(y int, m time.Month, d int) inspection.Date {
	return inspection.Date{Year: y, Month: m, Day: d}
}

// sample is a record of each kind of line, with values to escape.
func sample() *Record {
	sif := map[inspection.Area]grade.Grade{
		inspection.OverallEffectiveness: grade.RequiresImprovement, inspection.HelpAndProtection: grade.RequiresImprovement,
		inspection.LookedAfterChildren: grade.Good, inspection.AdoptionPerformance: 0, inspection.LSCB: grade.Inadequate,
	}
	return &Record{
		Comments: []string{"Generated.\nSecond line."},
		Releases: append(authority.Releases(), authority.Release{
			Title: "A release\twith a tab", Census: authority.Census{At: day(2026, time.March, 31)}, Source: `back\slash`,
		}),
		Inspections: []inspection.Inspection{{
			Authority: inspection.LocalAuthority{GSS: "E06000044"}, Framework: inspection.SIF2013, Kind: inspection.FullInspection,
			Published: day(2014, time.June, 25), Judgements: sif,
			Sources: []inspection.Source{{File: "2023.ods", Sheet: "LA", Row: 120,
				Areas: []inspection.Area{inspection.OverallEffectiveness, inspection.HelpAndProtection, inspection.LookedAfterChildren, inspection.AdoptionPerformance, inspection.LSCB}},
				{File: "portsmouth_2014.txt", Areas: []inspection.Area{inspection.OverallEffectiveness, inspection.LSCB}}, // some of the judgements
				{File: "2022.ods", Sheet: "LA", Row: 3}, // none of them
			},
		}, {
			Authority: inspection.LocalAuthority{GSS: "E06000044"}, Framework: inspection.SLAC2009, Kind: inspection.FullInspection,
			Published: day(2011, time.June, 27), Judgements: map[inspection.Area]grade.Grade{inspection.Safeguarding: grade.Adequate},
			Sources: []inspection.Source{{File: "2023.ods", Sheet: "LA", Row: 120, Areas: []inspection.Area{inspection.Safeguarding}}},
		}, {
			Authority: inspection.LocalAuthority{GSS: "E08000016"}, Framework: inspection.ILACS2023, Kind: inspection.FocusedVisit,
			Start: day(2024, time.May, 13), Published: day(2024, time.June, 20), Theme: "Front door\nand more",
			Sources: []inspection.Source{{File: "2025.ods", Sheet: "In-year", Row: 7}},
		}, {
			Authority: inspection.LocalAuthority{GSS: "E06000044"}, Framework: inspection.ILACS2026, Kind: inspection.Short,
			Start: day(2026, time.July, 6), End: day(2026, time.July, 10), Published: day(2026, time.August, 18),
			LeadInspector: "A. Inspector", Link: "https://example.org/r.pdf",
			Judgements: map[inspection.Area]grade.Grade{inspection.ImpactOfLeaders: grade.Outstanding},
			Sources:    []inspection.Source{{File: "portsmouth.txt", Areas: []inspection.Area{inspection.ImpactOfLeaders}}},
		}},
	}
}

func TestRoundTrip(t *testing.T) {
	want := sample()
	data, err := Encode(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(string(data))
	if err != nil {
		t.Fatalf("Decode: %v\n%s", err, data)
	}
	want.Comments = nil
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s\n%s", diff, data)
	}
	again, err := Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	if i := strings.Index(string(data), "\nrelease"); i < 0 || string(again) != Header+string(data[i:]) {
		t.Errorf("encoding the decoded record gives other lines:\n%s\nwant\n%s", again, data)
	}
	if !strings.Contains(string(data), "\n# Generated.\n# Second line.\n") || !strings.Contains(string(data), "A release\\twith a tab") {
		t.Errorf("comments or escapes not written:\n%s", data)
	}
}

func TestEncodeErrors(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(*inspection.Inspection)
		msg    string
	}{
		{"no code", func(in *inspection.Inspection) { in.Authority.GSS = "" }, "no GSS code"},
		{"no source", func(in *inspection.Inspection) { in.Sources = nil }, "no source"},
		{"a source without a file", func(in *inspection.Inspection) { in.Sources[0].File = "" }, "without a file"},
		{"an area not judged", func(in *inspection.Inspection) { in.Sources[1].Areas = []inspection.Area{inspection.CareLeavers} }, "which it does not judge"},
		{"areas out of order", func(in *inspection.Inspection) {
			in.Sources[1].Areas = []inspection.Area{inspection.LSCB, inspection.OverallEffectiveness}
		}, "out of order"},
		{"off the scale", func(in *inspection.Inspection) { in.Judgements[inspection.LSCB] = 9 }, "not on the scale"},
		{"no framework", func(in *inspection.Inspection) { in.Framework = 0 }, "judgements without a framework"},
	} {
		rec := sample()
		tt.change(&rec.Inspections[0])
		if _, err := Encode(rec); err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: Encode error %v, want %q", tt.name, err, tt.msg)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	head := Header + "\n"
	for _, tt := range []struct {
		name, data string
		line       int
		msg        string
	}{
		{"no header", "judgements-record 2\n", 1, "not"},
		{"no final line feed", head + "# x", 2, "no line feed"},
		{"unknown tag", head + "x\ty\n", 2, `unknown tag "x"`},
		{"too many fields", head + "source\ta\tb\tc\n", 2, "4 fields"},
		{"bad escape", head + "source\ta\\q\n", 2, `unknown escape \q`},
		{"escape at the end", head + "source\ta\\\n", 2, `a \ at the end`},
		{"late first", head + "late\tE06000044\t2023-05-10\n", 2, "no release before it"},
		{"release without a day", head + "release\tT\n", 2, "no census day"},
		{"unknown framework", head + "areas\tsif-2099\tlscb\n", 2, "sif-2099"},
		{"areas twice", head + "areas\tsif-2013\tlscb\nareas\tsif-2013\tlscb\n", 3, "given twice"},
		{"undeclared source", head + "i\tE06000044\tsif-2013\tinspection\t\t\t2014-06-25\t0:1\n", 2, "no source \"0\" declared"},
		{"no source", head + "i\tE06000044\tsif-2013\tinspection\t\t\t2014-06-25\n", 2, "no source"},
		{"a source not N:ROW", head + "source\ta\ni\tE06000044\tsif-2013\tinspection\t\t\t2014-06-25\t0\n", 3, "not N:ROW"},
		{"a row not a number", head + "source\ta\ni\tE06000044\tsif-2013\tinspection\t\t\t2014-06-25\t0:x\n", 3, "is not a number"},
		{"a name, not a code", head + "source\ta\ni\tPortsmouth\tsif-2013\tinspection\t\t\t2014-06-25\t0:1\n", 3, "no GSS code"},
		{"no date", head + "source\ta\ni\tE06000044\tsif-2013\tinspection\t\t\t\t0:1\n", 3, "no date"},
		{"bad date", head + "source\ta\ni\tE06000044\tsif-2013\tinspection\t\t\t25/06/2014\t0:1\n", 3, "not YYYY-MM-DD"},
		{"not a day", head + "source\ta\ni\tE06000044\tsif-2013\tinspection\t\t\t2014-02-30\t0:1\n", 3, "not a day"},
		{"grades without areas", head + "source\ta\ni\tE06000044\tsif-2013\tinspection\t\t\t2014-06-25\t0:1\tG\n", 3, "0 areas declared"},
		{"no such grade", head + "source\ta\nareas\tsif-2013\tlscb\ni\tE06000044\tsif-2013\tinspection\t\t\t2014-06-25\t0:1\tX\n", 4, "is no grade"},
		{"a mask of another length", head + "source\ta\nareas\tsif-2013\tlscb\ni\tE06000044\tsif-2013\tinspection\t\t\t2014-06-25\t0:1:++\tG\n", 4, "1 areas declared"},
		{"a mask giving an area not judged", head + "source\ta\nareas\tsif-2013\tlscb\toverall-effectiveness\ni\tE06000044\tsif-2013\tinspection\t\t\t2014-06-25\t0:1:++\tG.\n", 4, "does not judge"},
	} {
		_, err := Decode(tt.data)
		e, ok := errors.AsType[*Error](err)
		if !ok || e.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: Decode error %v, want line %d saying %q", tt.name, err, tt.line, tt.msg)
		}
	}
}

// FuzzDecode checks that Decode never panics, and that what it decodes
// encodes and decodes again to the same record.
func FuzzDecode(f *testing.F) {
	data, err := Encode(sample())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(Header + "\nsource\ta\nareas\tilacs-2023\tcare-leavers\timpact-of-leaders\ni\tE06000044\tilacs-2023\tshort\t2023-05-15\t\t\t0:3 0:4:+.\tGR\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, err := Decode(string(data))
		if err != nil {
			if _, ok := errors.AsType[*Error](err); !ok || rec != nil {
				t.Fatalf("error %T %v with record %v", err, err, rec)
			}
			return
		}
		again, err := Encode(rec)
		if err != nil {
			t.Fatalf("a decoded record does not encode: %v", err)
		}
		rec2, err := Decode(string(again))
		if err != nil {
			t.Fatalf("an encoded record does not decode: %v\n%s", err, again)
		}
		if diff := cmp.Diff(rec, rec2); diff != "" {
			t.Fatalf("decode, encode, decode (-first +second):\n%s", diff)
		}
	})
}

// BenchmarkDecode decodes package ofsted's built-in record, which
// ofsted.Record does once, on its first call.
func BenchmarkDecode(b *testing.B) {
	data, err := os.ReadFile("../../record.txt")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Decode(string(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(data)))
}
