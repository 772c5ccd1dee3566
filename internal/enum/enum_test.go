package enum_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/childrens-services/judgements/internal/enum"
)

type colour uint8

var errUnknown = errors.New("unknown colour")

var colours = enum.New[colour]("paint", "colour", "no colour",
	[]string{"", "red", "dark-blue"},
	[]string{"No colour", "Red", "Dark blue"},
	func(string) error { return errUnknown })

func TestText(t *testing.T) {
	for _, tt := range []struct {
		v            colour
		valid        bool
		str, label   string
		text         string
		marshalFails bool
	}{
		{0, false, "no colour", "No colour", "", false},
		{1, true, "red", "Red", "red", false},
		{2, true, "dark-blue", "Dark blue", "dark-blue", false},
		{3, false, "%!colour(3)", "%!colour(3)", "", true},
	} {
		if got := colours.IsValid(tt.v); got != tt.valid {
			t.Errorf("IsValid(%d) = %v, want %v", tt.v, got, tt.valid)
		}
		if got := colours.String(tt.v); got != tt.str {
			t.Errorf("String(%d) = %q, want %q", tt.v, got, tt.str)
		}
		if got := colours.Label(tt.v); got != tt.label {
			t.Errorf("Label(%d) = %q, want %q", tt.v, got, tt.label)
		}
		b, err := colours.AppendText([]byte("x"), tt.v)
		if (err != nil) != tt.marshalFails {
			t.Errorf("AppendText(%d) error %v, want failure %v", tt.v, err, tt.marshalFails)
		}
		if err != nil {
			continue
		}
		if string(b) != "x"+tt.text {
			t.Errorf("AppendText(%d) = %q, want %q", tt.v, b, "x"+tt.text)
		}
		var back colour = 7
		if err := colours.UnmarshalText(b[1:], &back); err != nil || back != tt.v {
			t.Errorf("UnmarshalText(%q) = %d, %v, want %d", b[1:], back, err, tt.v)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want colour
		err  error
	}{
		{"red", 1, nil},
		{" Dark-Blue\n", 2, nil},
		{"blue", 0, errUnknown},
		{"", 0, errUnknown},
		{"no colour", 0, errUnknown},
	} {
		got, err := colours.Parse(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("Parse(%q) = %d, %v, want %d, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
	var c colour = 1
	if err := colours.UnmarshalText([]byte("green"), &c); !errors.Is(err, errUnknown) || c != 1 {
		t.Errorf("UnmarshalText(green) = %d, %v: want an error and the value kept", c, err)
	}
}

func TestValues(t *testing.T) {
	if diff := cmp.Diff([]colour{1, 2}, colours.Values()); diff != "" {
		t.Errorf("Values() mismatch (-want +got):\n%s", diff)
	}
}

func TestNewPanicsOnMismatch(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New with keys and labels of different lengths did not panic")
		}
	}()
	enum.New[colour]("paint", "colour", "", []string{"", "red"}, []string{""}, nil)
}

func TestOf(t *testing.T) {
	type row struct{ id, name string }
	rows := []row{{"ignored", "ignored"}, {"red", "Red"}, {"dark-blue", "Dark blue"}}
	of := enum.Of[colour]("paint", "colour", "no colour", "No colour", rows,
		func(r row) (string, string) { return r.id, r.name }, func(string) error { return errUnknown })
	for v := colour(0); v <= 3; v++ {
		if of.String(v) != colours.String(v) || of.Label(v) != colours.Label(v) || of.IsValid(v) != colours.IsValid(v) {
			t.Errorf("Of and New differ on %d: %q %q %v, want %q %q %v", v,
				of.String(v), of.Label(v), of.IsValid(v), colours.String(v), colours.Label(v), colours.IsValid(v))
		}
	}
	if _, err := of.Parse("ignored"); !errors.Is(err, errUnknown) {
		t.Errorf("Parse(the zero row's key) = %v, want an error", err)
	}
}
