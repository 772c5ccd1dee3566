package ofsted_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/childrens-services/judgements/authority/ofsted"
)

// Hostile and broken files: each is read to a clear result or refused
// with a clear error, in time and memory linear in its size.

// dataRow is a row of the history table naming the authority name.
func dataRow(name string) string {
	return row("", "", name, "Current", "South East", "d:2018-09-03", "d:2018-10-15", "ILACS Standard Inspection", "r4:Good")
}

// repeatedRow is dataRow(name) repeated n times
// (table:number-rows-repeated).
func repeatedRow(name string, n int) string {
	return strings.Replace(dataRow(name), "<table:table-row>", fmt.Sprintf(`<table:table-row table:number-rows-repeated="%d">`, n), 1)
}

// wideHeader is a header row whose one cell, text, is repeated over n
// columns, after the columns of a history table.
func wideHeader(text string, n int) string {
	h := strings.TrimSuffix(historyHeader, `<table:table-cell table:number-columns-repeated="16000"/></table:table-row>`)
	return h + fmt.Sprintf(`<table:table-cell table:number-columns-repeated="%d" office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row>`, n, text)
}

// nestedCell is a row whose name cell holds n tables, each depth deep.
func nestedCell(n, depth int) string {
	open := `<table:table><table:table-row><table:table-cell>`
	closing := `</table:table-cell></table:table-row></table:table>`
	deep := strings.Repeat(open, depth) + strings.Repeat(closing, depth)
	return strings.Replace(dataRow("Portsmouth"), "<text:p>Portsmouth</text:p>", "<text:p>Portsmouth</text:p>"+strings.Repeat(deep, n), 1)
}

// history is a file of one history sheet of the rows given.
func history(t testing.TB, rows ...string) []byte {
	return odsFile(t, sheet("History", append([]string{historyHeader}, rows...)...))
}

// A deflater builds a spreadsheet whose content.xml is written in
// pieces, each deflated once however often it is written: pieces
// deflated apart, each flushed to a byte boundary, join into one deflate
// stream (RFC 1951 §3.2.3; pigz does the same), so that files of
// hundreds of megabytes of content build in a moment.
type deflater struct {
	out   bytes.Buffer
	crc   uint32
	size  uint64
	cache map[string][]byte
}

// write writes s n times.
func (d *deflater) write(s string, n int) {
	z, ok := d.cache[s]
	if !ok {
		var b bytes.Buffer
		w, _ := flate.NewWriter(&b, flate.BestSpeed)
		io.WriteString(w, s)
		w.Flush()
		z = b.Bytes()
		if d.cache == nil {
			d.cache = map[string][]byte{}
		}
		d.cache[s] = z
	}
	raw := []byte(s)
	for range n {
		d.out.Write(z)
		d.crc = crc32.Update(d.crc, crc32.IEEETable, raw)
		d.size += uint64(len(s))
	}
}

// file returns the spreadsheet of the content written.
func (d *deflater) file(t testing.TB) []byte {
	t.Helper()
	w, _ := flate.NewWriter(&d.out, flate.BestSpeed)
	w.Close() // the final block
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	m, err := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(m, "application/vnd.oasis.opendocument.spreadsheet")
	c, err := z.CreateRaw(&zip.FileHeader{Name: "content.xml", Method: zip.Deflate, CRC32: d.crc,
		CompressedSize64: uint64(d.out.Len()), UncompressedSize64: d.size})
	if err != nil {
		t.Fatal(err)
	}
	c.Write(d.out.Bytes())
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// around splits row around the text "\x00" in it.
func around(row string) (before, after string) {
	before, after, _ = strings.Cut(row, "\x00")
	return before, after
}

// hostileFile returns a spreadsheet of one sheet, History, whose rows
// are written by rows.
func hostileFile(t testing.TB, rows func(d *deflater)) []byte {
	var d deflater
	d.write(contentHead+`<table:table table:name="History">`, 1)
	rows(&d)
	d.write(`</table:table>`+contentTail, 1)
	return d.file(t)
}

// A hostileCase is a hostile file, built when needed, with what reading it
// must give.
type hostileCase struct {
	name string
	file func(t testing.TB) []byte
	want error  // the error, or nil for a file read with problems
	msg  string // what the error, or the first problem, says
}

// hostile are the shapes of hostile files at the sizes at which they
// were found to take minutes, divided by scale.
func hostile(scale int) []hostileCase {
	long := strings.Repeat("x", 4<<20/scale) // a name of 4 MB
	within := long[:60<<10]                  // a name within the limit of a cell
	names := func(name string, n int) func(t testing.TB) []byte {
		return func(t testing.TB) []byte {
			return hostileFile(t, func(d *deflater) {
				before, after := around(dataRow("\x00"))
				d.write(historyHeader, 1)
				for range n {
					d.write(before, 1)
					d.write(name, 1)
					d.write(after, 1)
				}
			})
		}
	}
	repeated := func(name string, n int) func(t testing.TB) []byte {
		return func(t testing.TB) []byte {
			return hostileFile(t, func(d *deflater) {
				before, after := around(repeatedRow("\x00", n))
				d.write(historyHeader+before, 1)
				d.write(name, 1)
				d.write(after, 1)
			})
		}
	}
	wide := func(text string, n int) func(t testing.TB) []byte {
		return func(t testing.TB) []byte {
			return hostileFile(t, func(d *deflater) {
				before, after := around(wideHeader("\x00", n))
				d.write(before, 1)
				d.write(text, 1)
				d.write(after, 1)
			})
		}
	}
	nested := func(depth int) func(t testing.TB) []byte {
		return func(t testing.TB) []byte {
			return hostileFile(t, func(d *deflater) {
				before, after := around(strings.Replace(dataRow("Portsmouth"), "</text:p>", "</text:p>\x00", 1))
				open := `<table:table><table:table-row><table:table-cell>`
				closing := `</table:table-cell></table:table-row></table:table>`
				d.write(historyHeader+before, 1)
				d.write(strings.Repeat(open, 1000), depth/1000)
				d.write(strings.Repeat(closing, 1000), depth/1000)
				d.write(after, 1)
			})
		}
	}
	return []hostileCase{
		{"a long name", names(long, 1), ofsted.ErrLimit, "cell text longer than 65536 bytes"},
		{"100 long names", names(long, 100), ofsted.ErrLimit, "cell text longer than 65536 bytes"},
		{"a long name repeated", repeated(long, 1_000_000/scale), ofsted.ErrLimit, "cell text longer than 65536 bytes"},
		{"a long header repeated", wide(long, 16_000/scale), ofsted.ErrLimit, "cell text longer than 65536 bytes"},
		{"200,000 nested tables", nested(200_000 / scale), ofsted.ErrLimit, "tables nested more than 16 deep"},
		{"2,000,000 nested tables", nested(2_000_000 / scale), ofsted.ErrLimit, "tables nested more than 16 deep"},
		// Within the limit on a cell, the limit on text read counting
		// repeats holds.
		{"a name within the limit repeated", repeated(within, 1_000_000/scale), ofsted.ErrLimit, "more than 16777216 bytes of text"},
		{"a header within the limit repeated", wide(within, 16_000/scale), ofsted.ErrLimit, "more than 16777216 bytes of text"},
		// A name within the limit is looked up, and given no suggestion.
		{"names within the limit", names(within, 100), nil, `column C ("Local authority name"): authority: "xxxx`},
	}
}

// TestHostile reads the shapes of hostile files at a tenth of the sizes
// at which they were found to take minutes; TestHostileFull at those
// sizes.
func TestHostile(t *testing.T) { testHostile(t, 10) }

func TestHostileFull(t *testing.T) {
	if testing.Short() {
		t.Skip("files of tens of megabytes")
	}
	testHostile(t, 1)
}

func testHostile(t *testing.T, scale int) {
	for _, tt := range hostile(scale) {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.file(t)
			start := time.Now()
			_, f, err := read(data)
			t.Logf("%d bytes: %v", len(data), time.Since(start))
			if tt.want == nil {
				if err != nil || len(f.Problems) == 0 || !strings.Contains(f.Problems[0].Error(), tt.msg) {
					t.Fatalf("error %.300v, problems %.300v; want a problem saying %q", err, f.Problems, tt.msg)
				}
				if msg := f.Problems[0].Error(); len(msg) > 300 || strings.Contains(msg, "nearest") {
					t.Errorf("problem %.300q..., want a short message without suggestions", msg)
				}
				return
			}
			if !errors.Is(err, tt.want) || !strings.Contains(fmt.Sprint(err), tt.msg) {
				t.Fatalf("error %.300v, want one wrapping %v saying %q", err, tt.want, tt.msg)
			}
			if e, ok := errors.AsType[*ofsted.Error](err); !ok || e.Sheet != "History" || e.Row == 0 {
				t.Errorf("error %.300v, want an *ofsted.Error naming its sheet and row", err)
			}
		})
	}
}

// BenchmarkHostile reads each hostile shape at two sizes ten times apart,
// side by side: the larger costs about ten times the smaller, no more.
// The sizes are within the reader's limits, so that each is read whole.
func BenchmarkHostile(b *testing.B) {
	shapes := []struct {
		name string
		file func(n int) []byte
		n    int // the smaller size
	}{
		// A row whose authority name is n bytes.
		{"long-name", func(n int) []byte { return history(b, dataRow(strings.Repeat("x", n))) }, 6_000},
		// n rows whose authority names are 600 bytes.
		{"long-names", func(n int) []byte {
			rows := make([]string, n)
			for i := range rows {
				rows[i] = dataRow(strings.Repeat("x", 600))
			}
			return history(b, rows...)
		}, 10},
		// A row whose 1,000-byte name is repeated n times.
		{"repeated-row", func(n int) []byte { return history(b, repeatedRow(strings.Repeat("x", 1000), n)) }, 1_000},
		// A header with a 60-byte cell repeated over n columns.
		{"wide-header", func(n int) []byte {
			return odsFile(b, sheet("History", wideHeader(strings.Repeat("x", 60), n)))
		}, 1_600},
		// A cell holding n tables, each 16 deep.
		{"nested-tables", func(n int) []byte { return history(b, nestedCell(n, 16)) }, 1_000},
		// n rows of inspections.
		{"rows", func(n int) []byte {
			rows := make([]string, n)
			for i := range rows {
				rows[i] = dataRow("Portsmouth")
			}
			return history(b, rows...)
		}, 1_000},
	}
	for _, s := range shapes {
		for _, n := range []int{s.n, 10 * s.n} {
			data := s.file(n)
			b.Run(fmt.Sprintf("%s/n=%d", s.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, _, err := read(data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// odsOf returns a spreadsheet whose content.xml is content, deflated.
func odsOf(t testing.TB, content string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	m, err := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(m, "application/vnd.oasis.opendocument.spreadsheet")
	c, err := z.Create("content.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(c, content)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestBroken reads files that break part-way: content.xml cut short
// between two sheets, a corrupt deflate stream, and a file with no table
// of inspections. Each is an error naming the file and what is wrong,
// from Read and from Load (which then returns no register), never a
// shorter register passed off as the whole.
func TestBroken(t *testing.T) {
	rows := []string{historyHeader}
	for range 400 {
		rows = append(rows, dataRow("Portsmouth"), dataRow("Southampton"))
	}
	content := contentHead + sheet("History", rows...) + sheet("As at", row("Local authority name", "Publication date", "Overall effectiveness"), row("Leeds", "d:2019-01-01", "Good")) + contentTail
	cut := content[:strings.Index(content, "</table:table>")+len("</table:table>")]

	corrupt := odsOf(t, content)
	zr, err := zip.NewReader(bytes.NewReader(corrupt), int64(len(corrupt)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "content.xml" {
			off, err := f.DataOffset()
			if err != nil {
				t.Fatal(err)
			}
			mid := off + int64(f.CompressedSize64)/2
			for i := mid; i < mid+8; i++ {
				corrupt[i] ^= 0x5a
			}
		}
	}

	// A member whose checksum is not that of its content, which ends in
	// white space after the root element, past which the reader has no
	// need to read but for the checksum.
	var badSum bytes.Buffer
	z := zip.NewWriter(&badSum)
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.BestSpeed)
	padded := content + strings.Repeat("\n", 1<<20)
	io.WriteString(fw, padded)
	fw.Close()
	w, err := z.CreateRaw(&zip.FileHeader{Name: "content.xml", Method: zip.Deflate, CRC32: crc32.ChecksumIEEE([]byte(padded)) ^ 1,
		CompressedSize64: uint64(deflated.Len()), UncompressedSize64: uint64(len(padded))})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(deflated.Bytes())
	z.Close()

	tests := []struct {
		name string
		data []byte
		want error // for errors.Is, or nil for an I/O error
		msg  string
	}{
		{"cut short between sheets", odsOf(t, cut), ofsted.ErrFormat, "content.xml is cut short: it ends before its root element ends"},
		{"corrupt deflate stream", corrupt, nil, `sheet "History", row `},
		{"wrong checksum", badSum.Bytes(), zip.ErrChecksum, "reading content.xml: zip: checksum error"},
		{"no table of inspections", odsFile(t, sheet("Cover", row("Local authority inspection outcomes")), sheet("At 31 March", row("Local authority name", "Inspection date", "Overall effectiveness"), row("Leeds", "d:2018-09-03", "Good"))),
			ofsted.ErrNoTable, `no table of inspections: sheet "Cover": no table of inspections; sheet "At 31 March", row 1: a table without publication dates`},
		{"no sheets", odsOf(t, contentHead+contentTail), ofsted.ErrNoTable, "no table of inspections: the file has no sheets"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := read(tt.data)
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) || !strings.HasPrefix(err.Error(), "ofsted: test.ods: ") {
				t.Errorf("Read: error %v, want one wrapping %v saying %q", err, tt.want, tt.msg)
			}
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".ods")
			if err := os.WriteFile(path, tt.data, 0o600); err != nil {
				t.Fatal(err)
			}
			r, files, err := ofsted.Load(path)
			if r != nil || err == nil || !strings.Contains(err.Error(), tt.msg) || len(files) != 1 {
				t.Errorf("Load: register %v, %d reports, error %v; want no register and the error", r, len(files), err)
			}
		})
	}
}
