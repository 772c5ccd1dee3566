package authority

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/childrens-services/judgements/inspection"
	"github.com/childrens-services/judgements/internal/enum"
)

//go:generate go run ./internal/genneighbours -o neighbour_table.go ../../shared/data/neighbours

// A Neighbour is one of an authority's statistical neighbours: an
// authority most like it by the Department for Education's model, and how
// close. Get them from [Authority.Neighbours].
type Neighbour struct {
	Authority Authority // the neighbour
	Band      Band      // how close it is
}

// A Band is how close a statistical neighbour is, in the five bands of
// the DfE's Children's Services Statistical Neighbour Benchmarking Tool,
// closest first. Its text form is its key, such as "very-close";
// [Band.Label] gives the tool's wording. The zero Band is no band.
type Band uint8

// The bands, closest first.
const (
	ExtremelyClose Band = 1 + iota // "Extremely close"
	VeryClose                      // "Very close"
	Close                          // "Close"
	SomewhatClose                  // "Somewhat close"
	NotClose                       // "Not close"
)

// bandText holds the bands' keys and labels; labels as the 2025 model
// spells them (the 2021 model writes "Very Close", "Not Close").
var bandText = enum.New[Band]("authority", "Band", "no band",
	[]string{"", "extremely-close", "very-close", "close", "somewhat-close", "not-close"},
	[]string{"No band", "Extremely close", "Very close", "Close", "Somewhat close", "Not close"},
	func(s string) error {
		return fmt.Errorf("authority: parsing band %q: not one of extremely-close, very-close, close, somewhat-close, not-close", s)
	})

// IsValid reports whether b is one of the five bands.
func (b Band) IsValid() bool { return bandText.IsValid(b) }

// String returns b's key, such as "very-close"; "no band" for the zero
// Band; or "%!Band(N)" for a value that is neither.
func (b Band) String() string { return bandText.String(b) }

// Label returns b's name as the DfE's tool writes it, such as "Very
// close"; "No band" for the zero Band.
func (b Band) Label() string { return bandText.Label(b) }

// AppendText implements [encoding.TextAppender]: the key, and nothing for
// the zero Band. It fails for an invalid value.
func (b Band) AppendText(text []byte) ([]byte, error) { return bandText.AppendText(text, b) }

// MarshalText implements [encoding.TextMarshaler] with [Band.AppendText].
func (b Band) MarshalText() ([]byte, error) { return b.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts a key,
// or a label as either model spells it ("Very close", "Very Close"), in
// any case and with white space around it; empty text is the zero Band.
func (b *Band) UnmarshalText(text []byte) error {
	key := strings.ToLower(strings.Join(strings.Fields(string(text)), "-"))
	return bandText.UnmarshalText([]byte(key), b)
}

// A neighbourList is an authority's neighbours in a model, by DfE number,
// nearest first; the tables of neighbour_table.go are made of them.
type neighbourList struct {
	dfe  string
	near [10]neighbourCode
}

// A neighbourCode is a neighbour by DfE number, with its band.
type neighbourCode struct {
	dfe  string
	band Band
}

// A model is one of the DfE's statistical neighbour models, and the day
// it came into force.
type model struct {
	year  int
	from  inspection.Date
	lists map[Authority][]Neighbour
}

// models returns the DfE's models, newest first.
//
// Sources: the Children's Services Statistical Neighbour Benchmarking
// Tool (Department for Education, GOV.UK; Open Government Licence v3):
// the 2025 model of the tool as updated in May 2025, taken to be in force
// from 1 May 2025 (the month is published, not the day); the model of
// April 2021, made after the Northamptonshire reorganisation, in force
// from 1 April 2021 until then. The files are those of the DfE's
// children's social care dashboard (dfe-analytical-services,
// CSC_outcomes_and_enablers, data-raw): see neighbour_table.go.
var models = sync.OnceValue(func() []model {
	return []model{
		{2025, day(2025, time.May, 1), lists(model2025[:])},
		{2021, day(2021, time.April, 1), lists(model2021[:])},
	}
})

// lists returns a model's table by authority.
func lists(table []neighbourList) map[Authority][]Neighbour {
	m := make(map[Authority][]Neighbour, len(table))
	for _, l := range table {
		near := make([]Neighbour, len(l.near))
		for i, n := range l.near {
			near[i] = Neighbour{Authority: byDfE[n.dfe], Band: n.band}
		}
		m[byDfE[l.dfe]] = near
	}
	return m
}

// Neighbours returns the authority's ten statistical neighbours in the
// DfE's model in force on day d, nearest first: the 2025 model from May
// 2025, the model of April 2021 before. The 2021 model is the earliest
// the package has: it serves days before April 2021 too, when an older
// model was in force. The zero Date gives the newest model, of 2025.
//
// An authority the model in force does not list has its list in the other
// model: the authorities abolished before 2025 (Cumbria, Northamptonshire,
// and the Bournemouth, Poole and Dorset of before April 2019) have only
// the 2021 model's, and Cumberland and Westmorland and Furness, created in
// April 2023, only the 2025 model's. A list is the model's as published:
// the 2021 model's lists name Cumbria after it was abolished. Neighbours
// returns nil for an invalid Authority.
func (a Authority) Neighbours(d inspection.Date) []Neighbour {
	m, ok := neighboursOn(a, d)
	if !ok {
		return nil
	}
	return append([]Neighbour(nil), m.lists[a]...)
}

// neighboursOn returns the model that gives a's neighbours on day d: the
// model in force, or, if it does not list a, the newest that does.
func neighboursOn(a Authority, d inspection.Date) (model, bool) {
	ms := models()
	inForce := len(ms) - 1
	for i, m := range ms {
		if d.IsZero() || !d.Before(m.from) {
			inForce = i
			break
		}
	}
	if _, ok := ms[inForce].lists[a]; ok {
		return ms[inForce], true
	}
	for _, m := range ms {
		if _, ok := m.lists[a]; ok {
			return m, true
		}
	}
	return model{}, false
}
