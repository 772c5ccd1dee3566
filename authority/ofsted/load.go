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
	files, read, err := readFiles(paths)
	if err != nil {
		return nil, files, err
	}
	batches := make([]batch, len(read))
	for i, l := range read {
		batches[i] = newBatch(l.records, i)
	}
	r := fileBatches(batches, files)
	for i, l := range read {
		files[i].Notes = dated(r, l, files[i].Notes)
	}
	return r, files, nil
}

// readFiles reads the files at paths, stopping at the first that cannot
// be read, and returns the files' reports, the readers and the error.
func readFiles(paths []string) ([]File, []*reader, error) {
	files := make([]File, 0, len(paths))
	read := make([]*reader, 0, len(paths))
	for _, p := range paths {
		l, err := readFile(p)
		files = append(files, l.file)
		if err != nil {
			return files, nil, err
		}
		read = append(read, l)
	}
	return files, read, nil
}

// A batch is the records of one file, filed together.
type batch struct {
	records []inspection.Inspection
	latest  inspection.Date // the latest publication of its records
	file    int             // the index of the file's report; -1 for the records built in
}

func newBatch(records []inspection.Inspection, file int) batch {
	b := batch{records: records, file: file}
	for _, in := range records {
		if in.Published.After(b.latest) {
			b.latest = in.Published
		}
	}
	return b
}

// fileBatches files the batches into a new register, newest release
// first (the batch whose latest publication is latest), and records the
// files' releases. A record the register refuses is a problem of its
// file's report; the records built in are never refused (see Record).
func fileBatches(batches []batch, files []File) *authority.Register {
	slices.SortStableFunc(batches, func(a, b batch) int { return b.latest.Compare(a.latest) })
	r := new(authority.Register)
	for _, b := range batches {
		for _, in := range b.records {
			err := r.Add(in)
			switch {
			case err == nil:
			case b.file < 0:
				panic("ofsted: the built-in record holds a record a register refuses: " + err.Error())
			default:
				// Read made the record of a known authority that existed,
				// so this is a limit of the register.
				src := in.Sources[0]
				files[b.file].Problems = append(files[b.file].Problems, &Error{File: files[b.file].Name, Sheet: src.Sheet, Row: src.Row, Err: err})
			}
		}
	}
	for _, f := range files {
		if !f.Release.Census.At.IsZero() {
			r.AddRelease(f.Release)
		}
	}
	return r
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
