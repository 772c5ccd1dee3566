package ods_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"

	"github.com/childrens-services/judgements/authority/ofsted/internal/ods"
)

// spreadsheet returns a small .ods file: a sheet with a title, a header
// over two lines, and rows written as LibreOffice writes them, with
// repeated cells and rows.
func spreadsheet() []byte {
	content := `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"><office:body><office:spreadsheet>
<table:table table:name="Cover"><table:table-row><table:table-cell office:value-type="string"><text:p>Local authority inspection outcomes</text:p></table:table-cell></table:table-row></table:table>
<table:table table:name="History">
<table:table-row><table:table-cell office:value-type="string"><text:p>Local authority name</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Inspection</text:p><text:p>date</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Overall effectiveness</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16381"/></table:table-row>
<table:table-row><table:table-cell office:value-type="string" table:formula="of:=HYPERLINK(&quot;https://reports.ofsted.gov.uk/provider/44/80539&quot;;&quot;Portsmouth&quot;)"><text:p>Portsmouth</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2018-09-03"><text:p>03/09/2018</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Good</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16381"/></table:table-row>
<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>`
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, _ := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	io.WriteString(w, "application/vnd.oasis.opendocument.spreadsheet")
	w, _ = z.Create("content.xml")
	io.WriteString(w, content)
	z.Close()
	return b.Bytes()
}

func ExampleReader() {
	data := spreadsheet()
	r, err := ods.NewReader(bytes.NewReader(data), int64(len(data)), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	for r.NextSheet() {
		if r.Sheet() != "History" {
			continue // the rest of the sheet is skipped unread
		}
		for r.NextRow() {
			row := r.Row()
			for i, c := range row.Cells {
				fmt.Printf("%s%d %-24q type=%-6s value=%-10s link=%s\n", ods.ColumnName(i+1), row.Number, c.Text, c.Type, c.Value, c.Link)
			}
		}
	}
	if err := r.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// A1 "Local authority name"   type=string value=           link=
	// B1 "Inspection\ndate"       type=string value=           link=
	// C1 "Overall effectiveness"  type=string value=           link=
	// A2 "Portsmouth"             type=string value=           link=https://reports.ofsted.gov.uk/provider/44/80539
	// B2 "03/09/2018"             type=date   value=2018-09-03 link=
	// C2 "Good"                   type=string value=           link=
}

func ExampleError() {
	data := spreadsheet()
	r, _ := ods.NewReader(bytes.NewReader(data), int64(len(data)), &ods.Options{MaxCells: 4})
	defer r.Close()
	for r.NextSheet() {
		for r.NextRow() {
		}
	}
	fmt.Println(r.Err())
	// Output:
	// ods: sheet "History", row 2: more than 4 cells: file exceeds a size limit
}
