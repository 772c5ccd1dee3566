package authority

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/childrens-services/judgements/inspection"
)

// MarshalJSON implements [json.Marshaler]: the register's inspections as
// a JSON array, one element a line, in the order of
// [Register.Inspections]. Each element is an inspection in the form
// [inspection.Inspection] documents, with its authority's name and codes
// as the register records them and the sources it was made from. The
// conflicts met in merging records are not written: they are a record of
// the merging, which decoding does afresh.
func (r *Register) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("[")
	sep := "\n"
	for in := range r.Inspections() {
		e, err := json.Marshal(in)
		if err != nil {
			return nil, fmt.Errorf("authority: encoding %s's inspection of %s: %w", in.Authority.Name, in.Date(), err)
		}
		b.WriteString(sep)
		b.Write(e)
		sep = ",\n"
	}
	b.WriteString("\n]\n")
	return b.Bytes(), nil
}

// maxSuggested is how many errors of decoding a register list the
// nearest names of an authority not known.
const maxSuggested = 10

// UnmarshalJSON implements [json.Unmarshaler]: it replaces r's
// inspections with those of a JSON array of inspections, as
// [Register.MarshalJSON] writes it, adding each as [Register.Add] does. A
// round trip gives back the same inspections.
//
// An element that is not an inspection stops decoding, with an error
// naming its index (from 0); one that cannot be filed (see
// [Register.Add]) is left out, and the error, joining one error for each
// such element, names its index; the register holds the rest. Only the
// first ten such errors list the nearest names of an authority not
// known, so that decoding stays quick however many there are.
func (r *Register) UnmarshalJSON(data []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("authority: decoding a register: want an array of inspections: %w", err)
	}
	*r = Register{}
	var errs []error
	for i, e := range raw {
		var in inspection.Inspection
		if err := json.Unmarshal(e, &in); err != nil {
			return errors.Join(append(errs, fmt.Errorf("authority: decoding a register: inspection %d: %w", i, err))...)
		}
		if err := r.add(in, len(errs) < maxSuggested); err != nil {
			errs = append(errs, fmt.Errorf("authority: decoding a register: inspection %d: %w", i, err))
		}
	}
	return errors.Join(errs...)
}
