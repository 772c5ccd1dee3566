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
// The register records each file's release, as its cover sheet names it
// ([File.Release], [authority.Register.AddRelease]), and so knows what it
// covers ([authority.Register.Coverage]). A file's note of an inspection
// its release counts but gives no day on site for (see [Read]) is
// dropped when another file gives the days: with both of Ofsted's files,
// the 2025 release dates Birmingham's, Brent's and Haringey's inspections
// of February 2023, which the 2023 file dates only by their publication
// in April.
//
// The error is not nil only for a file that cannot be opened or read to
// its end, or that holds no table of inspections; it is an [*Error] naming
// the file, and the register is then nil. Cells and rows that cannot be
// read, sheets passed over and statements that contradict the register
// of authorities are in the files' reports, not errors.
func Load(paths ...string) (*authority.Register, []File, error) {
	files := make([]File, 0, len(paths))
	read := make([]*reader, 0, len(paths))
	latest := make([]inspection.Date, 0, len(paths))
	for _, p := range paths {
		l, err := readFile(p)
		files = append(files, l.file)
		if err != nil {
			return nil, files, err
		}
		var last inspection.Date
		for _, in := range l.records {
			if in.Published.After(last) {
				last = in.Published
			}
		}
		read = append(read, l)
		latest = append(latest, last)
	}
	order := make([]int, len(read))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return latest[j].Compare(latest[i]) })
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
		if rel := files[i].Release; !rel.Census.At.IsZero() {
			r.AddRelease(rel)
		}
	}
	for i, l := range read {
		files[i].Notes = dated(r, l, files[i].Notes)
	}
	return r, files, nil
}

// dated returns a file's notes without those of its undated records
// (see noteUndated) that the register has dated from another file.
func dated(r *authority.Register, l *reader, notes []Note) []Note {
	drop := map[int]bool{}
	for _, u := range l.undated {
		in := &l.records[u.rec]
		a, err := authority.Lookup(in.Authority.GSS)
		if err != nil {
			continue
		}
		for x := range r.History(a).All() {
			if !x.Start.IsZero() && slices.ContainsFunc(x.Sources, func(s inspection.Source) bool {
				return s.File == in.Sources[0].File && s.Sheet == in.Sources[0].Sheet && s.Row == in.Sources[0].Row
			}) {
				drop[u.note] = true
			}
		}
	}
	if len(drop) == 0 {
		return notes
	}
	var out []Note
	for i, n := range notes {
		if !drop[i] {
			out = append(out, n)
		}
	}
	return out
}

// readFile reads the file at path; its records' sources name it by its
// base name.
func readFile(path string) (*reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return &reader{file: File{Name: path}}, pathError(path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return &reader{file: File{Name: path}}, pathError(path, err)
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
