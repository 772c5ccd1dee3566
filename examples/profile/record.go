package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/authority/ofsted"
)

// defaultData is the folder of Ofsted's spreadsheets the program reads
// when -data is not given: beside the module, where the project keeps
// them.
const defaultData = "../shared/data/ofsted"

// record returns the record of inspections the page is made from: Ofsted's
// official statistics, read from the folder dir. The files' rows that
// could not be read are noted on stderr; a file that cannot be read is an
// error.
//
// This is the one place the program's record comes from: when the
// library carries Ofsted's data built in, this function returns it, and
// -data goes.
func record(dir string, stderr io.Writer) (*authority.Register, error) {
	r, files, err := ofsted.Load(
		filepath.Join(dir, "LA_Inspection_Outcomes_as_at_31_March_2025.ods"),
		filepath.Join(dir, "Childrens_social_care_in_England_2023_underlying_data.ods"),
	)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		for _, p := range f.Problems {
			fmt.Fprintln(stderr, "profile: not read:", p)
		}
	}
	return r, nil
}
