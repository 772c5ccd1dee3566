package authority

import (
	"errors"
	"fmt"
	"strings"

	"github.com/childrens-services/judgements/internal/enum"
)

// A Region is a region of England: one of the nine regions of the Office
// for National Statistics (ONS), or the region Ofsted makes of two of them,
// North East, Yorkshire and the Humber. Ofsted's official statistics group
// authorities by eight regions: the seven other ONS regions and that one.
//
// A Region's text form is its key, such as "south-east"; [Region.Label]
// gives its name. The zero Region is not a region, and prints as
// "no region".
type Region uint8

// The regions: the nine of the ONS, in the order of their GSS codes, then
// Ofsted's joined region.
const (
	NorthEast             Region = 1 + iota // ONS E12000001
	NorthWest                               // ONS E12000002
	YorkshireAndTheHumber                   // ONS E12000003
	EastMidlands                            // ONS E12000004
	WestMidlands                            // ONS E12000005
	EastOfEngland                           // ONS E12000006
	London                                  // ONS E12000007
	SouthEast                               // ONS E12000008
	SouthWest                               // ONS E12000009

	// NorthEastYorkshireAndTheHumber is Ofsted's region joining the ONS's
	// North East and Yorkshire and The Humber (Ofsted official statistics,
	// column "Ofsted region"). It has no GSS code.
	NorthEastYorkshireAndTheHumber

	numRegions = iota + 1
)

// regions holds each region's key, name and GSS code. ONS names and codes:
// "Regions (December 2023) Names and Codes in EN", ONS Open Geography
// Portal; Ofsted's names: "Local authority inspection outcomes as at 31
// March 2025", column "Ofsted region".
var regions = [...]regionInfo{
	NorthEast:                      {"north-east", "North East", "E12000001"},
	NorthWest:                      {"north-west", "North West", "E12000002"},
	YorkshireAndTheHumber:          {"yorkshire-and-the-humber", "Yorkshire and The Humber", "E12000003"},
	EastMidlands:                   {"east-midlands", "East Midlands", "E12000004"},
	WestMidlands:                   {"west-midlands", "West Midlands", "E12000005"},
	EastOfEngland:                  {"east-of-england", "East of England", "E12000006"},
	London:                         {"london", "London", "E12000007"},
	SouthEast:                      {"south-east", "South East", "E12000008"},
	SouthWest:                      {"south-west", "South West", "E12000009"},
	NorthEastYorkshireAndTheHumber: {"north-east-yorkshire-and-the-humber", "North East, Yorkshire and the Humber", ""},
}

// ErrUnknownRegion is wrapped by the error of [ParseRegion] for text that
// names no region.
var ErrUnknownRegion = errors.New("unknown region")

// regionText holds the regions' keys and labels.
var regionText = enum.Of[Region]("authority", "Region", "no region", "No region", regions[:],
	func(i regionInfo) (string, string) { return i.key, i.label },
	func(s string) error { return fmt.Errorf("authority: parsing region %q: %w", s, ErrUnknownRegion) })

// A regionInfo is a region's key, name and GSS code.
type regionInfo struct{ key, label, code string }

// ONSRegions returns the nine regions of the ONS, in the order of their
// GSS codes.
func ONSRegions() []Region {
	return []Region{NorthEast, NorthWest, YorkshireAndTheHumber, EastMidlands, WestMidlands, EastOfEngland, London, SouthEast, SouthWest}
}

// OfstedRegions returns Ofsted's eight regions, in the order of their
// names, as Ofsted's tables sort them.
func OfstedRegions() []Region {
	return []Region{EastMidlands, EastOfEngland, London, NorthEastYorkshireAndTheHumber, NorthWest, SouthEast, SouthWest, WestMidlands}
}

// IsValid reports whether r is one of the Region constants.
func (r Region) IsValid() bool { return regionText.IsValid(r) }

// Ofsted returns the Ofsted region r belongs to: [NorthEastYorkshireAndTheHumber]
// for [NorthEast] and [YorkshireAndTheHumber], r itself for the other
// regions, and the zero Region for an invalid one.
func (r Region) Ofsted() Region {
	switch {
	case r == NorthEast || r == YorkshireAndTheHumber:
		return NorthEastYorkshireAndTheHumber
	case r.IsValid():
		return r
	}
	return 0
}

// String returns r's key, such as "south-east"; "no region" for the zero
// Region; or "%!Region(N)" for a value that is neither.
func (r Region) String() string { return regionText.String(r) }

// Label returns r's name as the ONS or Ofsted writes it, such as
// "Yorkshire and The Humber" or "North East, Yorkshire and the Humber";
// "No region" for the zero Region.
func (r Region) Label() string { return regionText.Label(r) }

// Code returns r's GSS code, such as "E12000008", or "" for
// [NorthEastYorkshireAndTheHumber] and invalid Regions.
func (r Region) Code() string {
	if r.IsValid() {
		return regions[r].code
	}
	return ""
}

// ParseRegion returns the Region s names: a key ("south-east"), a name as
// the ONS or Ofsted writes it ("Yorkshire and The Humber", "North East,
// Yorkshire and the Humber"), or an ONS GSS code ("E12000003"). Case,
// white space, punctuation and "&" for "and" do not matter. Text that
// names no region gives an error wrapping [ErrUnknownRegion].
func ParseRegion(s string) (Region, error) {
	k := strings.ReplaceAll(normalizeName(s), " ", "-")
	code := strings.TrimSpace(s)
	for r := Region(1); r < numRegions; r++ {
		if k == regions[r].key || (regions[r].code != "" && strings.EqualFold(code, regions[r].code)) {
			return r, nil
		}
	}
	return regionText.Parse(s) // fails with ErrUnknownRegion
}

// AppendText implements [encoding.TextAppender]: the key, and nothing for
// the zero Region. It fails for an invalid value.
func (r Region) AppendText(b []byte) ([]byte, error) { return regionText.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler] with [Region.AppendText].
func (r Region) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseRegion] accepts, and sets the zero Region for empty text.
func (r *Region) UnmarshalText(text []byte) error { return enum.UnmarshalText(text, r, ParseRegion) }
