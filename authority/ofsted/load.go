package ofsted

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/childrens-services/judgements/authority"
	"github.com/childrens-services/judgements/inspection"
)

// Load reads Ofsted's published spreadsheets at paths (see [Read]) into a
// new register, and returns it with each file's report, in the order of
// paths.
//
// The records are added to the register newest release first, whatever
// the order of paths: a file is dated by the latest publication it
// records. Where files disagree about an inspection, the register keeps
// the newer release's value, and the disagreement as an
// [authority.Conflict] ([authority.Register.Conflicts]): Ofsted's 2023
// history calls Merton's short inspection of 2022 a standard one, and
// misdates Nottingham's 2022 report; its 2025 release has both right, and
// is kept. Records are matched across files as [authority.Register] says,
// and their sources name each file by its base name.
//
// The error is not nil only for a file that cannot be opened or read to
// its end, or that holds no table of inspections; it is an [*Error] naming
// the file, and the register is then nil. Cells and rows that cannot be
// read, sheets passed over and statements that contradict the register
// of authorities are in the files' reports, not errors.
func Load(paths ...string) (*authority.Register, []File, error) {
	type loaded struct {
		records []inspection.Inspection
		latest  inspection.Date
	}
	files := make([]File, 0, len(paths))
	read := make([]loaded, 0, len(paths))
	for _, p := range paths {
		records, f, err := readFile(p)
		files = append(files, f)
		if err != nil {
			return nil, files, err
		}
		l := loaded{records: records}
		for _, in := range records {
			if in.Published.After(l.latest) {
				l.latest = in.Published
			}
		}
		read = append(read, l)
	}
	order := make([]int, len(read))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return read[j].latest.Compare(read[i].latest) })
	r := new(authority.Register)
	for _, i := range order {
		for _, in := range read[i].records {
			if err := r.Add(in); err != nil {
				// Read made the record of a known authority that existed,
				// so this is a limit of the register.
				src := in.Sources[0]
				files[i].Problems = append(files[i].Problems, &Error{File: files[i].Name, Sheet: src.Sheet, Row: src.Row, Err: err})
			}
		}
	}
	return r, files, nil
}

// readFile reads the file at path; its records' sources name it by its
// base name.
func readFile(path string) ([]inspection.Inspection, File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, File{Name: path}, pathError(path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, File{Name: path}, pathError(path, err)
	}
	return read(f, fi.Size(), path, filepath.Base(path))
}

// pathError returns an error of opening the file at path, without
// repeating the path.
func pathError(path string, err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		err = fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return &Error{File: path, Err: err}
}
