package inspection

import (
	"strings"

	"github.com/childrens-services/judgements/internal/enum"
)

// A Kind is the sort of inspection activity: a standard or short ILACS
// inspection, a focused or monitoring visit, and so on. Which kinds carry
// graded judgements is fixed (see [Kind.Graded]); which kinds a framework
// uses is in its table (see [Framework.Kinds]).
//
// The zero Kind is not a kind: it stands for a kind not known, and prints
// as "unknown kind".
type Kind uint8

// The kinds of inspection activity.
const (
	// FullInspection is the plain inspection of the frameworks before
	// ILACS: a SLAC, CPI or 2013 looked after children inspection, or a
	// first SIF inspection. Graded.
	FullInspection Kind = 1 + iota

	// Standard is the ILACS standard inspection: two weeks on site, for
	// authorities last judged requires improvement or inadequate. Graded.
	// (ILACS framework; LGA First: "two-week standard inspections for
	// those requiring improvement to be good".)
	Standard

	// Short is the ILACS short inspection: one week on site, for
	// authorities last judged good or outstanding. Graded. (LGA First:
	// "shorter, one-week inspections for authorities previously judged
	// good or outstanding".)
	Short

	// Reinspection is a re-inspection of an authority judged inadequate:
	// SLAC and CPI re-inspections, and the SIF "Re-inspection of services
	// for children in need of help and protection, children looked after
	// and care leavers". Graded.
	Reinspection

	// LSCBReview is a review of the effectiveness of a Local Safeguarding
	// Children Board under section 15A of the Children Act 2004, graded
	// apart from the authority (SIF reports; the stand-alone Surrey review,
	// August 2015). Graded.
	LSCBReview

	// FocusedVisit is an ILACS focused visit: a letter on one theme, with
	// no grades (Ofsted official statistics 2025: "judgements only being
	// provided for short and standard inspections").
	FocusedVisit

	// MonitoringVisit is a monitoring visit to an authority judged
	// inadequate: a letter, with no grades (Monitoring handbook, May 2016,
	// ref 160035).
	MonitoringVisit

	// JTAI is a joint targeted area inspection by Ofsted, the CQC, HMICFRS
	// and HMI Probation under section 20 of the Children Act 2004: a
	// letter to the local partnership, which may set areas for priority
	// action, with no grades.
	JTAI

	// UnannouncedVisit is the annual unannounced inspection of contact,
	// referral and assessment (2009-2012): a letter of strengths, areas
	// for development and areas for priority action, with no grades.
	UnannouncedVisit
)

// A kindInfo is a kind's key, label, and whether it is graded.
type kindInfo struct {
	key, label string
	graded     bool
}

var kinds = [...]kindInfo{
	FullInspection:   {"inspection", "Inspection", true},
	Standard:         {"standard", "Standard inspection", true},
	Short:            {"short", "Short inspection", true},
	Reinspection:     {"re-inspection", "Re-inspection", true},
	LSCBReview:       {"lscb-review", "Review of the Local Safeguarding Children Board", true},
	FocusedVisit:     {"focused-visit", "Focused visit", false},
	MonitoringVisit:  {"monitoring-visit", "Monitoring visit", false},
	JTAI:             {"jtai", "Joint targeted area inspection", false},
	UnannouncedVisit: {"unannounced-visit", "Unannounced inspection of contact, referral and assessment", false},
}

// kindText holds the kinds' keys and labels.
var kindText = enum.Of[Kind]("inspection", "Kind", "unknown kind", "Unknown kind", kinds[:],
	func(i kindInfo) (string, string) { return i.key, i.label }, unknown("kind"))

// IsValid reports whether k is one of the Kind constants.
func (k Kind) IsValid() bool { return kindText.IsValid(k) }

// Graded reports whether inspections of kind k carry graded judgements:
// true for [FullInspection], [Standard], [Short], [Reinspection] and
// [LSCBReview].
func (k Kind) Graded() bool { return k.IsValid() && kinds[k].graded }

// String returns k's key: "inspection", "standard", "short",
// "re-inspection", "lscb-review", "focused-visit", "monitoring-visit",
// "jtai" or "unannounced-visit"; "unknown kind" for the zero Kind; or
// "%!Kind(N)" if k is neither.
func (k Kind) String() string { return kindText.String(k) }

// Label returns k's name in words, such as "Short inspection".
func (k Kind) Label() string { return kindText.Label(k) }

// ParseKind returns the Kind that s names. It accepts the keys
// [Kind.String] returns and the inspection types of Ofsted's official
// statistics: "ILACS Standard Inspection", "ILACS Short Inspection", "ILACS
// Focused Visit", "LA Monitoring visit", ignoring case. Text that names no
// kind gives a *[TextError] wrapping [ErrUnknown].
func ParseKind(s string) (Kind, error) {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	k = strings.TrimPrefix(k, "ilacs ")
	k = strings.TrimPrefix(k, "la ")
	k = strings.TrimSuffix(k, " inspection")
	switch k {
	case "standard":
		return Standard, nil
	case "short":
		return Short, nil
	case "focused visit", "focussed visit":
		return FocusedVisit, nil
	case "monitoring visit":
		return MonitoringVisit, nil
	}
	if v, err := kindText.Parse(k); err == nil {
		return v, nil
	}
	return kindText.Parse(s)
}

// AppendText implements [encoding.TextAppender]: the key, and nothing for
// the zero Kind. It fails for an invalid value.
func (k Kind) AppendText(b []byte) ([]byte, error) { return kindText.AppendText(b, k) }

// MarshalText implements [encoding.TextMarshaler] with [Kind.AppendText].
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting a key
// in any case; empty text sets the zero Kind.
func (k *Kind) UnmarshalText(text []byte) error { return kindText.UnmarshalText(text, k) }
