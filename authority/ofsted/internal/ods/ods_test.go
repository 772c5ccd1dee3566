package ods

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// head and tail wrap sheet XML into a content.xml as LibreOffice writes
// it.
const head = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"><office:automatic-styles><style:style/></office:automatic-styles><office:body><office:spreadsheet>`

const tail = `</office:spreadsheet></office:body></office:document-content>`

// archive returns an .ods archive holding content as content.xml, with the
// mimetype member first and stored, as the format requires.
func archive(t testing.TB, content string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, err := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, mimetype)
	w, err = z.Create("content.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, content)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sheet is what readAll returns for one sheet.
type sheet struct {
	Name string
	Rows []Row
}

func readAll(t testing.TB, data []byte, opt *Options) ([]sheet, error) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(data), int64(len(data)), opt)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var out []sheet
	for r.NextSheet() {
		s := sheet{Name: r.Sheet()}
		for r.NextRow() {
			row := *r.Row()
			row.Cells = append([]Cell(nil), row.Cells...)
			s.Rows = append(s.Rows, row)
		}
		out = append(out, s)
	}
	return out, r.Err()
}

func str(s string) Cell { return Cell{Text: s, Type: "string"} }

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		body string // between head and tail
		want []sheet
	}{{
		name: "plain",
		body: `<table:table table:name="S"><table:table-column/><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell></table:table-row></table:table>`,
		want: []sheet{{"S", []Row{{Sheet: "S", Number: 1, Cells: []Cell{str("a"), str("b")}}}}},
	}, {
		name: "repeated cells: content expanded, trailing empties dropped, inner empties kept",
		body: `<table:table table:name="S"><table:table-row><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>x</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>y</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16379"/></table:table-row></table:table>`,
		want: []sheet{{"S", []Row{{Sheet: "S", Number: 1, Cells: []Cell{str("x"), str("x"), {}, {}, str("y")}}}}},
	}, {
		name: "repeated rows: empty runs counted, content repeated",
		body: `<table:table table:name="S"><table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row><table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>r</text:p></table:table-cell></table:table-row><table:table-row/><table:table-row><table:table-cell office:value-type="string"><text:p>z</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`,
		want: []sheet{{"S", []Row{
			{Sheet: "S", Number: 4, Cells: []Cell{str("r")}},
			{Sheet: "S", Number: 5, Cells: []Cell{str("r")}, Repeated: true},
			{Sheet: "S", Number: 7, Cells: []Cell{str("z")}},
		}}},
	}, {
		name: "text: paragraphs, spaces, tabs, line breaks, spans, white space collapsed",
		body: `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p><text:s/>First SIF Overall Judgement</text:p><text:p>(OE)</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>  two
  words  <text:span text:style-name="T1">spanned</text:span></text:p></table:table-cell></table:table-row></table:table>`,
		want: []sheet{{"S", []Row{{Sheet: "S", Number: 1, Cells: []Cell{
			str(" First SIF Overall Judgement\n(OE)"),
			str("a   b\tc\nd"),
			str("two words spanned"),
		}}}}},
	}, {
		name: "references, CDATA and comments",
		body: `<table:table table:name="A &amp; B"><!-- a comment --><table:table-row><table:table-cell office:value-type="string"><text:p>Safeguarding &amp; Looked After &#8220;quoted&#x201D; &lt;&gt;&quot;&apos;</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p><![CDATA[<raw> & text]]></text:p></table:table-cell></table:table-row></table:table>`,
		want: []sheet{{"A & B", []Row{{Sheet: "A & B", Number: 1, Cells: []Cell{
			str("Safeguarding & Looked After “quoted” <>\"'"),
			str("<raw> & text"),
		}}}}},
	}, {
		name: "hyperlinks: text:a and HYPERLINK formulas",
		body: `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p><text:a xlink:href="https://reports.ofsted.gov.uk/provider/44/940">Ofsted Local Authority Webpage</text:a></text:p></table:table-cell><table:table-cell office:value-type="string" office:string-value="Ofsted Local Authority Webpage" table:formula="of:=IF([.B6]=&quot;&quot;;&quot;&quot;;HYPERLINK(&quot;http://reports.ofsted.gov.uk/local-authorities/barnet&quot;;&quot;Ofsted Local Authority Webpage&quot;))"><text:p>Ofsted Local Authority Webpage</text:p></table:table-cell><table:table-cell table:formula="of:=HYPERLINK(&quot;a&quot;&quot;b&quot;)"><text:p>q</text:p></table:table-cell></table:table-row></table:table>`,
		want: []sheet{{"S", []Row{{Sheet: "S", Number: 1, Cells: []Cell{
			{Text: "Ofsted Local Authority Webpage", Link: "https://reports.ofsted.gov.uk/provider/44/940", Type: "string"},
			{Text: "Ofsted Local Authority Webpage", Link: "http://reports.ofsted.gov.uk/local-authorities/barnet", Type: "string"},
			{Text: "q", Link: `a"b`},
		}}}}},
	}, {
		name: "typed values",
		body: `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="date" office:date-value="2019-02-18T00:00:00"><text:p>18/02/2019</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="2611190"><text:p>2611190</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="3"/></table:table-row></table:table>`,
		want: []sheet{{"S", []Row{{Sheet: "S", Number: 1, Cells: []Cell{
			{Text: "18/02/2019", Type: "date", Value: "2019-02-18T00:00:00"},
			{Text: "2611190", Type: "float", Value: "2611190"},
			{Type: "float", Value: "3"},
		}}}}},
	}, {
		name: "annotations, covered cells, row groups and header rows",
		body: `<table:table table:name="S"><table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>a note</text:p></office:annotation><text:p>h</text:p></table:table-cell><table:covered-table-cell/><table:table-cell office:value-type="string"><text:p>i</text:p></table:table-cell></table:table-row></table:table-header-rows><table:table-row-group><table:table-row><table:table-cell office:value-type="string"><text:p>g</text:p></table:table-cell></table:table-row></table:table-row-group></table:table>`,
		want: []sheet{{"S", []Row{
			{Sheet: "S", Number: 1, Cells: []Cell{str("h"), {}, str("i")}},
			{Sheet: "S", Number: 2, Cells: []Cell{str("g")}},
		}}},
	}, {
		name: "empty sheets and several sheets",
		body: `<table:table table:name="Empty"/><table:table table:name="Blank"><table:table-row table:number-rows-repeated="9"><table:table-cell/></table:table-row></table:table><table:table table:name="Last"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table><table:named-expressions/>`,
		want: []sheet{{"Empty", nil}, {"Blank", nil}, {"Last", []Row{{Sheet: "Last", Number: 1, Cells: []Cell{str("x")}}}}},
	}, {
		name: "a sub-table inside a cell is skipped",
		body: `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p><table:table table:name="inner"><table:table-row><table:table-cell><text:p>no</text:p></table:table-cell></table:table-row></table:table></table:table-cell><table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell></table:table-row></table:table>`,
		want: []sheet{{"S", []Row{{Sheet: "S", Number: 1, Cells: []Cell{str("a"), str("b")}}}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readAll(t, archive(t, head+tt.body+tail), nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sheets mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNamespaces checks that elements are matched by namespace, whatever
// prefix the root element binds to it. The table elements here are in the
// default namespace; the attribute "c" has no prefix, so it is not text:c
// (XML Namespaces 1.0 §6.2: a default namespace does not apply to
// attributes), and the text:s stands for one space.
func TestNamespaces(t *testing.T) {
	content := `<?xml version="1.0"?><o:document-content xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><o:body><o:spreadsheet>` +
		`<table><table-row><table-cell o:value-type="string"><t:p>v<t:s c="2"/>w<t:s t:c="2"/>x</t:p></table-cell></table-row></table>` +
		`</o:spreadsheet></o:body></o:document-content>`
	got, err := readAll(t, archive(t, content), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []sheet{{"", []Row{{Sheet: "", Number: 1, Cells: []Cell{str("v w  x")}}}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sheets mismatch (-want +got):\n%s", diff)
	}
}

// TestSkip leaves sheets early, or unread, across many buffer refills, and
// checks that the sheets after them are read whole.
func TestSkip(t *testing.T) {
	var big strings.Builder
	big.WriteString(`<table:table table:name="Big">`)
	for i := range 20000 {
		big.WriteString(`<table:table-row><table:table-cell office:value-type="string"><text:p>row e&gt; table&gt;</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="`)
		big.WriteString(strings.Repeat("9", i%7+1))
		big.WriteString(`"><text:p>n</text:p></table:table-cell></table:table-row>`)
	}
	big.WriteString(`</table:table>`)
	small := `<table:table table:name="After"><table:table-row><table:table-cell office:value-type="string"><text:p>kept</text:p></table:table-cell></table:table-row></table:table>`
	data := archive(t, head+big.String()+big.String()+small+tail)
	for _, rowsRead := range []int{0, 1, 500, 20000} {
		r, err := NewReader(bytes.NewReader(data), int64(len(data)), nil)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		var last []Cell
		for r.NextSheet() {
			names = append(names, r.Sheet())
			for i := 0; i < rowsRead && r.NextRow(); i++ {
				last = r.Row().Cells
			}
		}
		if err := r.Err(); err != nil {
			t.Fatalf("reading %d rows a sheet: %v", rowsRead, err)
		}
		r.Close()
		if diff := cmp.Diff([]string{"Big", "Big", "After"}, names); diff != "" {
			t.Errorf("reading %d rows a sheet: sheets (-want +got):\n%s", rowsRead, diff)
		}
		if rowsRead > 0 && (len(last) != 1 || last[0].Text != "kept") {
			t.Errorf("reading %d rows a sheet: last row %q, want the row of sheet After", rowsRead, last)
		}
	}
}

func TestErrors(t *testing.T) {
	sheetWith := func(row string) string {
		return head + `<table:table table:name="Data"><table:table-row><table:table-cell office:value-type="string"><text:p>ok</text:p></table:table-cell></table:table-row>` + row + `</table:table>` + tail
	}
	tests := []struct {
		name string
		data []byte
		opt  *Options
		kind error
		msg  string // a part of the message
	}{
		{"not a zip", []byte("PK? not really"), nil, ErrFormat, "zip archive"},
		{"no content.xml", func() []byte {
			var b bytes.Buffer
			z := zip.NewWriter(&b)
			w, _ := z.Create("mimetype")
			io.WriteString(w, mimetype)
			z.Close()
			return b.Bytes()
		}(), nil, ErrFormat, "no content.xml"},
		{"text document", func() []byte {
			var b bytes.Buffer
			z := zip.NewWriter(&b)
			w, _ := z.Create("mimetype")
			io.WriteString(w, "application/vnd.oasis.opendocument.text")
			w, _ = z.Create("content.xml")
			io.WriteString(w, head+tail)
			z.Close()
			return b.Bytes()
		}(), nil, ErrFormat, `mimetype is "application/vnd.oasis.opendocument.text"`},
		{"document type declaration", archive(t, `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content/>`), nil, ErrFormat, "document type declarations"},
		{"wrong root", archive(t, `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>`), nil, ErrFormat, "root element"},
		{"not UTF-8", archive(t, `<?xml version="1.0" encoding="ISO-8859-1"?>`+head[strings.Index(head, "<office"):]+tail), nil, ErrFormat, `encoding "ISO-8859-1"`},
		{"undefined entity", archive(t, sheetWith(`<table:table-row><table:table-cell><text:p>&nbsp;</text:p></table:table-cell></table:table-row>`)), nil, ErrFormat, `sheet "Data", row 2, column A: undefined entity &nbsp;`},
		{"bad repeat", archive(t, sheetWith(`<table:table-row><table:table-cell/><table:table-cell table:number-columns-repeated="-4"/></table:table-row>`)), nil, ErrFormat, `sheet "Data", row 2, column B`},
		{"unterminated", archive(t, head+`<table:table table:name="Data"><table:table-row><table:table-cell><text:p>cut`), nil, ErrFormat, "cut short: it ends in a cell"},
		{"sheet with no end", archive(t, head+`<table:table table:name="Data"><table:table-row>`), nil, ErrFormat, ""},
		{"too many columns", archive(t, sheetWith(`<table:table-row><table:table-cell table:number-columns-repeated="20000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>`)), nil, ErrLimit, "beyond column 16384"},
		{"too many cells", archive(t, sheetWith(`<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>`)), &Options{MaxCells: 1 << 20}, ErrLimit, "more than 1048576 cells"},
		{"content too large", archive(t, sheetWith("")), &Options{MaxContent: 100}, ErrLimit, "declares"},
		{"text too long", archive(t, sheetWith(`<table:table-row><table:table-cell><text:p>`+strings.Repeat("long ", 1000)+`</text:p></table:table-cell></table:table-row>`)), &Options{MaxToken: 1000}, ErrLimit, "longer than 1000 bytes"},
		{"tag too long", archive(t, sheetWith(`<table:table-row><table:table-cell table:style-name="`+strings.Repeat("s", 600<<10)+`"/></table:table-row>`)), &Options{MaxToken: 1000}, ErrLimit, "longer than 1000 bytes"},
		{"a '<' in a value", archive(t, sheetWith(`<table:table-row><table:table-cell table:style-name="a<b"/></table:table-row>`)), nil, ErrFormat, "'<' in a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readAll(t, tt.data, tt.opt)
			if err == nil {
				t.Fatalf("no error, want %v", tt.kind)
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %v, want one wrapping %v", err, tt.kind)
			}
			if _, ok := errors.AsType[*Error](err); !ok {
				t.Errorf("error %T, want *ods.Error", err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q, want it to contain %q", err, tt.msg)
			}
		})
	}
}

// TestLimitedReader checks the inflation limit that holds when a member's
// declared size is false.
func TestLimitedReader(t *testing.T) {
	for _, tt := range []struct {
		size, limit int64
		wantErr     error
	}{
		{10, 10, nil},
		{10, 11, nil},
		{11, 10, errTooBig},
	} {
		l := &limitedReader{r: strings.NewReader(strings.Repeat("x", int(tt.size))), n: tt.limit}
		n, err := io.Copy(io.Discard, l)
		if !errors.Is(err, tt.wantErr) && !(tt.wantErr == nil && err == nil) {
			t.Errorf("size %d, limit %d: copied %d, error %v, want %v", tt.size, tt.limit, n, err, tt.wantErr)
		}
	}
}

func TestPos(t *testing.T) {
	for _, tt := range []struct {
		pos  Pos
		want string
	}{
		{Pos{Offset: 42}, "content.xml offset 42"},
		{Pos{Sheet: "Notes"}, `sheet "Notes"`},
		{Pos{Sheet: "Notes", Row: 3}, `sheet "Notes", row 3`},
		{Pos{Sheet: "Notes", Row: 3, Col: 28}, `sheet "Notes", row 3, column AB`},
	} {
		if got := tt.pos.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.pos, got, tt.want)
		}
	}
	for col, want := range map[int]string{0: "", 1: "A", 26: "Z", 27: "AA", 52: "AZ", 53: "BA", 702: "ZZ", 703: "AAA", 16384: "XFD"} {
		if got := ColumnName(col); got != want {
			t.Errorf("ColumnName(%d) = %q, want %q", col, got, want)
		}
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte(head + `<table:table table:name="S"><table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3" office:value-type="string"><text:p>a<text:s text:c="2"/>&amp;</text:p></table:table-cell></table:table-row></table:table>` + tail))
	f.Add([]byte(head + `<table:table table:name="S"><table:table-row><table:table-cell table:formula="of:=HYPERLINK(&quot;u&quot;)"><text:p><text:a xlink:href="v">w</text:a></text:p></table:table-cell></table:table-row></table:table>` + tail))
	// The hostile shapes of hostile_test.go, scaled to fuzz quickly.
	f.Add([]byte(head + nested(MaxDepth+1) + tail))
	f.Add([]byte(head + `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>` + strings.Repeat("a &amp; ", 1000) + `</text:p></table:table-cell></table:table-row></table:table>` + tail))
	f.Add([]byte(head + `<table:table table:name="S"><table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="50" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>` + tail))
	f.Add([]byte(head + `<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row></table:table>`))
	opt := &Options{MaxContent: 1 << 20, MaxToken: 1 << 12, MaxColumns: 64, MaxCells: 1 << 12, MaxText: 1 << 16}
	f.Fuzz(func(t *testing.T, content []byte) {
		data := archive(t, string(content))
		_, err := readAll(t, data, opt)
		if err != nil {
			if _, ok := errors.AsType[*Error](err); !ok {
				t.Fatalf("error %T %v, want *ods.Error", err, err)
			}
		}
	})
}
