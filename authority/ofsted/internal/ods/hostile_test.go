package ods

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// archiveStored is archive with content.xml stored, not deflated, so that
// the reader's refills fall where the test puts the bytes.
func archiveStored(t testing.TB, content string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, m := range []struct{ name, body string }{{"mimetype", mimetype}, {"content.xml", content}} {
		w, err := z.CreateHeader(&zip.FileHeader{Name: m.name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, m.body)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestReferencesAcrossRefills reads cells whose references fall across a
// refill of the reader's buffer: many small cells at every offset, and
// long cells, deflated and stored. Every reference is decoded.
func TestReferencesAcrossRefills(t *testing.T) {
	const small = "a &amp; b &lt;c&gt; &#233;&#x263A;"
	const smallWant = "a & b <c> é☺"
	var body strings.Builder
	body.WriteString(`<table:table table:name="S">`)
	for i := range 50000 {
		fmt.Fprintf(&body, `<table:table-row><table:table-cell office:value-type="string"><text:p>%s%s</text:p></table:table-cell></table:table-row>`, strings.Repeat("p", i%13), small)
	}
	long := strings.Repeat("x &amp; y &quot;z&quot; ", 20000) // 500 kB, 40,000 references
	longWant := strings.Repeat(`x & y "z" `, 20000)
	for range 3 {
		fmt.Fprintf(&body, `<table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row>`, long)
	}
	body.WriteString(`</table:table>`)
	content := head + body.String() + tail
	for name, data := range map[string][]byte{"deflated": archive(t, content), "stored": archiveStored(t, content)} {
		got, err := readAll(t, data, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		bad := 0
		for i, row := range got[0].Rows {
			want := longWant
			if i < 50000 {
				want = strings.Repeat("p", i%13) + smallWant
			}
			if row.Cell(1).Text != want {
				if bad++; bad <= 3 {
					t.Errorf("%s: row %d: text %.60q..., want %.60q...", name, row.Number, row.Cell(1).Text, want)
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d cells misread", name, bad, len(got[0].Rows))
		}
	}
}

// TestCutShort reads content.xml cut short after each sheet's end, and
// before its root element ends: an error, not a shorter spreadsheet.
func TestCutShort(t *testing.T) {
	sheets := `<table:table table:name="A"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row></table:table>` +
		`<table:table table:name="B"><table:table-row><table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell></table:table-row></table:table><table:named-expressions/>`
	whole := head + sheets + tail
	if _, err := readAll(t, archive(t, whole), nil); err != nil {
		t.Fatalf("the whole file: %v", err)
	}
	for _, cut := range []string{`</table:table>`, `<table:table table:name="B">`, `<table:named-expressions/>`, `</office:spreadsheet>`, `</office:body>`, `</office:document-content`} {
		i := strings.LastIndex(whole, cut) + len(cut)
		if cut == `</table:table>` {
			i = strings.Index(whole, cut) + len(cut)
		}
		_, err := readAll(t, archive(t, whole[:i]), nil)
		if !errors.Is(err, ErrFormat) || !strings.Contains(fmt.Sprint(err), "cut short") {
			t.Errorf("cut after %s: error %v, want one saying the file is cut short", cut, err)
		}
	}
	// A root element with no content is a whole document.
	empty := strings.Replace(head, `<office:automatic-styles><style:style/></office:automatic-styles><office:body><office:spreadsheet>`, "", 1)
	empty = strings.TrimSuffix(empty, ">") + "/>"
	if got, err := readAll(t, archive(t, empty), nil); err != nil || len(got) != 0 {
		t.Errorf("an empty root element: %d sheets, error %v", len(got), err)
	}
}

// nested returns a sheet of one cell holding depth tables, each in a
// cell of the one around it, then a cell "after".
func nested(depth int) string {
	open := `<table:table table:name="in"><table:table-row><table:table-cell>`
	closing := `</table:table-cell></table:table-row></table:table>`
	return `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>before</text:p>` +
		strings.Repeat(open, depth) + strings.Repeat(closing, depth) +
		`</table:table-cell><table:table-cell office:value-type="string"><text:p>after</text:p></table:table-cell></table:table-row></table:table>`
}

// TestNestedTables reads tables nested in a cell: skipped up to
// MaxDepth deep, refused deeper, in time linear in the input.
func TestNestedTables(t *testing.T) {
	got, err := readAll(t, archive(t, head+nested(MaxDepth)+tail), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || len(got[0].Rows) != 1 || got[0].Rows[0].Cell(2).Text != "after" {
		t.Errorf("sheets %+v, want one row ending with \"after\"", got)
	}
	for _, depth := range []int{MaxDepth + 1, 200_000} {
		start := time.Now()
		_, err := readAll(t, archive(t, head+nested(depth)+tail), nil)
		if !errors.Is(err, ErrLimit) || !strings.Contains(fmt.Sprint(err), fmt.Sprintf("tables nested more than %d deep", MaxDepth)) || !strings.Contains(fmt.Sprint(err), `sheet "S", row 1, column A`) {
			t.Errorf("depth %d: error %v, want the limit on nesting at its place", depth, err)
		}
		t.Logf("depth %d: %v", depth, time.Since(start))
	}
}

// TestMaxText checks the limit on the text produced, counting repeated
// cells and rows.
func TestMaxText(t *testing.T) {
	rowOf := func(text string, cols, rows int) string {
		return fmt.Sprintf(`<table:table-row table:number-rows-repeated="%d"><table:table-cell table:number-columns-repeated="%d" office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row>`, rows, cols, text)
	}
	for _, tt := range []struct {
		name, rows string
		fail       bool
	}{
		{"within", rowOf("0123456789", 10, 10), false},
		{"repeated columns", rowOf("0123456789", 101, 1), true},
		{"repeated rows", rowOf("0123456789", 1, 101), true},
		{"both", rowOf("0123456789", 11, 10), true},
	} {
		_, err := readAll(t, archive(t, head+`<table:table table:name="S">`+tt.rows+`</table:table>`+tail), &Options{MaxText: 1000})
		if tt.fail != (err != nil) || tt.fail && (!errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "more than 1000 bytes of text")) {
			t.Errorf("%s: error %v", tt.name, err)
		}
	}
}

// BenchmarkHostile reads spreadsheets built as an attacker or a broken
// export would build them, each at two sizes ten times apart, side by
// side: the larger should cost about ten times the smaller, no more.
func BenchmarkHostile(b *testing.B) {
	cellRow := func(text string) string {
		return `<table:table-row><table:table-cell office:value-type="string"><text:p>` + text + `</text:p></table:table-cell></table:table-row>`
	}
	shapes := []struct {
		name string
		body func(n int) string // the sheets, of size n
		n    int                // the smaller size
	}{
		// One cell of n references.
		{"long-cell", func(n int) string {
			return `<table:table table:name="S">` + cellRow(strings.Repeat("a &amp; ", n)) + `</table:table>`
		}, 40_000},
		// n rows of a cell with references.
		{"many-cells", func(n int) string {
			return `<table:table table:name="S">` + strings.Repeat(cellRow("Safeguarding &amp; Looked After"), n) + `</table:table>`
		}, 5_000},
		// A cell holding n tables, each MaxDepth deep.
		{"nested-tables", func(n int) string {
			open := `<table:table><table:table-row><table:table-cell>`
			closing := `</table:table-cell></table:table-row></table:table>`
			deep := strings.Repeat(open, MaxDepth) + strings.Repeat(closing, MaxDepth)
			return `<table:table table:name="S"><table:table-row><table:table-cell>` + strings.Repeat(deep, n) + `</table:table-cell></table:table-row></table:table>`
		}, 1_000},
		// A cell whose start tag has an attribute of n quotes.
		{"long-tag", func(n int) string {
			return `<table:table table:name="S"><table:table-row><table:table-cell table:style-name="` + strings.Repeat(`&quot;'`, n) + `"/></table:table-row></table:table>`
		}, 40_000},
		// A row of a cell repeated n times.
		{"repeated-rows", func(n int) string {
			return `<table:table table:name="S"><table:table-row table:number-rows-repeated="` + fmt.Sprint(n) + `"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`
		}, 100_000},
	}
	for _, s := range shapes {
		for _, n := range []int{s.n, 10 * s.n} {
			data := archive(b, head+s.body(n)+tail)
			b.Run(fmt.Sprintf("%s/n=%d", s.name, n), func(b *testing.B) {
				for b.Loop() {
					if err := drain(data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// drain reads every row of a spreadsheet, keeping none.
func drain(data []byte) error {
	r, err := NewReader(bytes.NewReader(data), int64(len(data)), nil)
	if err != nil {
		return err
	}
	defer r.Close()
	for r.NextSheet() {
		for r.NextRow() {
		}
	}
	return r.Err()
}
