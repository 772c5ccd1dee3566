// Package enum gives the small enumerated types of the module (frameworks,
// areas, kinds, regions, ...) one set of text methods, written once, and
// the other value types (grades, dates, authorities) the same
// UnmarshalText.
//
// An enumerated type is an unsigned integer type whose valid values are 1
// to n; the zero value means "none" or "not known". A [Table] holds the key
// and label of each value. The type's own methods are one-line calls to
// the table's, so that every type prints, parses and encodes the same way:
//
//   - String gives the key ("ilacs-2023"), the table's zero word for the
//     zero value, and "%!Type(N)" for a value out of range, as package time
//     does;
//   - Parse accepts a key in any case, with white space around it;
//   - AppendText writes the key, nothing for the zero value, and fails for
//     a value out of range; UnmarshalText accepts what Parse accepts, and
//     empty text for the zero value. So every value that encodes decodes
//     to itself, and nothing that cannot be encoded decodes.
package enum

import (
	"errors"
	"strconv"
	"strings"
)

// A Table holds the text forms of the values of the enumerated type E.
type Table[E ~uint8] struct {
	pkg    string                   // the package, for messages: "inspection"
	name   string                   // the type's name, for messages: "Framework"
	zero   string                   // what the zero value prints as
	keys   []string                 // keys[v] is v's key; keys[0] is unused
	labels []string                 // labels[v] is v's label; labels[0] is the zero value's
	fail   func(input string) error // the error of an unknown key
}

// New returns the table of a type called name in package pkg, whose
// values 1 to len(keys)-1 have the keys and labels given; keys[0] is
// ignored and labels[0] is the zero value's label. The zero value prints
// as zero. Parse returns fail(input) for text that is no key.
func New[E ~uint8](pkg, name, zero string, keys, labels []string, fail func(input string) error) *Table[E] {
	if len(labels) != len(keys) {
		panic("enum: " + name + ": keys and labels differ in length")
	}
	return &Table[E]{pkg: pkg, name: name, zero: zero, keys: keys, labels: labels, fail: fail}
}

// Of returns the table of a type called name in package pkg whose value
// v is described by rows[v], a row of a table of facts: text gives each
// row's key and label. rows[0] stands for the zero value, which prints as
// zero and has the label zeroLabel. Parse returns fail(input) for text
// that is no key.
func Of[E ~uint8, R any](pkg, name, zero, zeroLabel string, rows []R, text func(R) (key, label string), fail func(input string) error) *Table[E] {
	keys := make([]string, len(rows))
	labels := make([]string, len(rows))
	labels[0] = zeroLabel
	for i := 1; i < len(rows); i++ {
		keys[i], labels[i] = text(rows[i])
	}
	return New[E](pkg, name, zero, keys, labels, fail)
}

// IsValid reports whether v is one of the type's values, 1 to n.
func (t *Table[E]) IsValid(v E) bool { return 0 < v && int(v) < len(t.keys) }

// Values returns every valid value, in order.
func (t *Table[E]) Values() []E {
	out := make([]E, 0, len(t.keys)-1)
	for v := 1; v < len(t.keys); v++ {
		out = append(out, E(v))
	}
	return out
}

// String returns v's key, the zero word for the zero value, and
// "%!Name(N)" for a value out of range.
func (t *Table[E]) String(v E) string {
	switch {
	case t.IsValid(v):
		return t.keys[v]
	case v == 0:
		return t.zero
	}
	return "%!" + t.name + "(" + strconv.Itoa(int(v)) + ")"
}

// Label returns v's label, the zero value's label for zero, and the
// String of a value out of range.
func (t *Table[E]) Label(v E) string {
	if int(v) < len(t.labels) {
		return t.labels[v]
	}
	return t.String(v)
}

// Parse returns the value whose key is s, ignoring case and white space
// at either end.
func (t *Table[E]) Parse(s string) (E, error) {
	k := strings.TrimSpace(s)
	for v := 1; v < len(t.keys); v++ {
		if strings.EqualFold(t.keys[v], k) {
			return E(v), nil
		}
	}
	return 0, t.fail(s)
}

// AppendText appends v's key to b: nothing for the zero value, and an
// error for a value out of range.
func (t *Table[E]) AppendText(b []byte, v E) ([]byte, error) {
	switch {
	case v == 0:
		return b, nil
	case t.IsValid(v):
		return append(b, t.keys[v]...), nil
	}
	return b, errors.New(t.pkg + ": cannot encode invalid " + t.String(v))
}

// UnmarshalText sets *v to the value whose key is text, or to the zero
// value for empty text.
func (t *Table[E]) UnmarshalText(text []byte, v *E) error { return UnmarshalText(text, v, t.Parse) }

// UnmarshalText is the UnmarshalText method of a type T whose text form
// parse reads: it sets *v to the zero T for empty text, and otherwise to
// what parse returns. On an error *v is left as it was.
func UnmarshalText[T any](text []byte, v *T, parse func(string) (T, error)) error {
	if len(text) == 0 {
		var zero T
		*v = zero
		return nil
	}
	x, err := parse(string(text))
	if err != nil {
		return err
	}
	*v = x
	return nil
}
