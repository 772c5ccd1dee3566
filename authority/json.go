package authority

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/childrens-services/judgements/inspection"
)

// WriteJSON writes the register's inspections to w as a JSON array, one
// element a line, in the order of [Register.Inspections]. Each element is
// an inspection in the form [inspection.Inspection] documents, with its
// authority's name and codes as the register records them.
func (r *Register) WriteJSON(w io.Writer) error {
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	first := true
	for in := range r.Inspections() {
		b, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("authority: writing %s's inspection of %s: %w", in.Authority.Name, key(in), err)
		}
		sep := ",\n"
		if first {
			sep, first = "\n", false
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// ReadJSON reads a JSON array of inspections, as WriteJSON writes it, from
// rd into a new register, adding each as [Register.Add] does. It decodes
// one element at a time. Records that cannot be added are reported in an
// [ErrorList], each error naming the element's index (from 0); the
// register holds the rest.
func ReadJSON(rd io.Reader) (*Register, error) {
	r := new(Register)
	d := json.NewDecoder(rd)
	tok, err := d.Token()
	if err != nil {
		return r, fmt.Errorf("authority: reading JSON: %w", err)
	}
	if delim, ok := tok.(json.Delim); !ok || delim != '[' {
		return r, fmt.Errorf("authority: reading JSON: want an array of inspections, not %v", tok)
	}
	var errs ErrorList
	for i := 0; d.More(); i++ {
		var in inspection.Inspection
		if err := d.Decode(&in); err != nil {
			return r, append(errs, fmt.Errorf("authority: reading JSON: inspection %d: %w", i, err))
		}
		if err := r.Add(in); err != nil {
			errs = append(errs, fmt.Errorf("authority: inspection %d: %w", i, err))
		}
	}
	if _, err := d.Token(); err != nil {
		return r, append(errs, fmt.Errorf("authority: reading JSON: %w", err))
	}
	r.compact()
	return r, errs.Err()
}

// MarshalJSON implements [json.Marshaler] with [Register.WriteJSON].
func (r *Register) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// UnmarshalJSON implements [json.Unmarshaler] with [ReadJSON]: it
// replaces r's inspections with those of the array. Its sources are kept.
func (r *Register) UnmarshalJSON(b []byte) error {
	v, err := ReadJSON(bytes.NewReader(b))
	v.sources = r.sources
	*r = *v
	return err
}
