package inspection

import (
	"errors"
	"strings"

	"github.com/childrens-services/judgements/grade"
	"github.com/childrens-services/judgements/internal/enum"
)

// A Check is one finding of [CheckConsistency]: a regularity of Ofsted's
// published results that an inspection's overall effectiveness breaks, or
// a combination that is allowed but rare.
//
// The rules, by key; each is a [Violation] when broken but the last but
// one, which is [Unusual]:
//
//	sif-key-inadequate               SIF: an inadequate key judgement (help and protection,
//	                                 looked after children, leadership) makes overall
//	                                 effectiveness inadequate
//	sif-above-leadership             SIF: overall effectiveness is never better than
//	                                 leadership, management and governance
//	sif-outside-key-range            SIF: overall effectiveness lies between the worst and
//	                                 the best key judgement
//	sif-above-worst-key              SIF: overall effectiveness is at most one grade better
//	                                 than the worst key judgement
//	ilacs-practice-inadequate        ILACS: an inadequate practice judgement (help and
//	                                 protection; children in care, with or without care
//	                                 leavers; care leavers) makes overall effectiveness
//	                                 inadequate
//	ilacs-leaders-or-worst-practice  ILACS: overall effectiveness equals the impact of
//	                                 leaders or the worst practice judgement
//	ilacs-above-worst-practice       ILACS: overall effectiveness is at most one grade
//	                                 better than the worst practice judgement
//	ilacs-leaders-inadequate         ILACS: leaders inadequate while overall effectiveness
//	                                 is not (allowed, but rare)
//	ilacs-2026-overall               ILACS from April 2026: there is no overall
//	                                 effectiveness judgement
//
// The rules are inferred from Ofsted's official statistics, not stated by
// Ofsted: every official result obeys them (173 SIF and 271 ILACS
// inspections, 2014-2025), and Evidence says so.
type Check struct {
	Rule     string   `json:"rule"`     // which regularity, by its key (see below)
	Severity Severity `json:"severity"` // how far from Ofsted's practice
	Message  string   `json:"message"`  // what is wrong, naming the judgements
	Evidence string   `json:"evidence"` // how often the regularity held in official results
}

// A Severity says how a [Check] stands against Ofsted's practice.
type Severity uint8

// The severities.
const (
	// Unusual marks a combination that Ofsted's results allow but rarely
	// show.
	Unusual Severity = 1 + iota
	// Violation marks a combination that contradicts a regularity that
	// held in every official result: most likely a misread or mistyped
	// judgement.
	Violation
)

// severityText holds the severities' keys and labels.
var severityText = enum.New[Severity]("inspection", "Severity", "no severity",
	[]string{"", "unusual", "violation"},
	[]string{"No severity", "Unusual", "Violation"},
	unknown("severity"))

// IsValid reports whether s is [Unusual] or [Violation].
func (s Severity) IsValid() bool { return severityText.IsValid(s) }

// String returns "unusual" or "violation"; "no severity" for the zero
// Severity.
func (s Severity) String() string { return severityText.String(s) }

// AppendText implements [encoding.TextAppender]: "unusual" or
// "violation". It fails for the zero Severity and invalid values: every
// check has a severity.
func (s Severity) AppendText(b []byte) ([]byte, error) {
	if s == 0 {
		return b, errors.New("inspection: cannot encode the zero Severity")
	}
	return severityText.AppendText(b, s)
}

// MarshalText implements [encoding.TextMarshaler] with [Severity.AppendText].
func (s Severity) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting
// "unusual" or "violation" in any case.
func (s *Severity) UnmarshalText(text []byte) error {
	v, err := severityText.Parse(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// The rules linking overall effectiveness to the other judgements, by
// their keys ([Check.Rule]). Ofsted's framework wording on how the overall
// judgement follows from the others was not available; these are
// regularities that every official result obeys (Ofsted's official
// statistics: 173 SIF inspections in "Children's social care data in
// England 2023", 271 graded ILACS inspections in "Local authority
// inspection outcomes as at 31 March 2025"). They are inferred, not
// Ofsted's stated rules.
const (
	sifKeyInadequate            = "sif-key-inadequate"
	sifAboveLeadership          = "sif-above-leadership"
	sifOutsideKeyRange          = "sif-outside-key-range"
	sifAboveWorstKey            = "sif-above-worst-key"
	ilacsPracticeInadequate     = "ilacs-practice-inadequate"
	ilacsLeadersOrWorstPractice = "ilacs-leaders-or-worst-practice"
	ilacsAboveWorstPractice     = "ilacs-above-worst-practice"
	ilacsLeadersInadequate      = "ilacs-leaders-inadequate"
	ilacs2026Overall            = "ilacs-2026-overall"
)

type ruleInfo struct {
	severity  Severity
	statement string
	evidence  string
}

var rules = map[string]ruleInfo{
	sifKeyInadequate: {Violation,
		"an inadequate key judgement makes overall effectiveness inadequate",
		"held in 173 of 173 SIF inspections, 2014-2018 (help and protection inadequate 37 of 37, looked after children 19 of 19, leadership 37 of 37)"},
	sifAboveLeadership: {Violation,
		"overall effectiveness is never better than leadership, management and governance",
		"held in 173 of 173 SIF inspections, 2014-2018"},
	sifOutsideKeyRange: {Violation,
		"overall effectiveness lies between the worst and the best key judgement",
		"held in 173 of 173 SIF inspections, 2014-2018"},
	sifAboveWorstKey: {Violation,
		"overall effectiveness is at most one grade better than the worst key judgement",
		"held in 173 of 173 SIF inspections, 2014-2018 (150 equal to the worst, 23 one grade better and equal to leadership)"},
	ilacsPracticeInadequate: {Violation,
		"an inadequate practice judgement makes overall effectiveness inadequate",
		"held in 271 of 271 ILACS inspections, 2018-2025 (help and protection inadequate 27 of 27, children in care 19 of 19, care leavers 7 of 7)"},
	ilacsLeadersOrWorstPractice: {Violation,
		"overall effectiveness equals the impact of leaders or the worst practice judgement",
		"held in 271 of 271 ILACS inspections, 2018-2025"},
	ilacsAboveWorstPractice: {Violation,
		"overall effectiveness is at most one grade better than the worst practice judgement",
		"held in 271 of 271 ILACS inspections, 2018-2025"},
	ilacsLeadersInadequate: {Unusual,
		"when the impact of leaders is inadequate, overall effectiveness is usually inadequate too",
		"overall effectiveness was not inadequate in 4 of 29 ILACS inspections with leaders inadequate, 2018-2025 (Herefordshire 2018, Bournemouth 2018, Doncaster 2022, Slough 2023)"},
	ilacs2026Overall: {Violation,
		"ILACS inspections from April 2026 have no overall effectiveness judgement",
		"Ofsted news release, 27 November 2025: \"From April 2026, the inspectorate will remove the overall effectiveness judgement in ILACS\"; no report of an inspection started from 27 April 2026 has one"},
}

// The judgements each framework's rules compare overall effectiveness
// with: the SIF's key judgements, ILACS's practice judgements.
var (
	sifKey     = []Area{HelpAndProtection, LookedAfterChildren, LeadershipManagementGovernance}
	ilacs18Key = []Area{HelpAndProtection, ChildrenInCareAndCareLeavers}
	ilacs23Key = []Area{HelpAndProtection, ChildrenInCare, CareLeavers}
)

// keyAreas returns the judgements a framework's overall effectiveness
// rules compare it with, and its leadership judgement.
func keyAreas(f Framework) (key []Area, leaders Area) {
	switch f {
	case SIF2013:
		return sifKey, LeadershipManagementGovernance
	case ILACS2018:
		return ilacs18Key, ImpactOfLeaders
	case ILACS2023, ILACS2026:
		return ilacs23Key, ImpactOfLeaders
	}
	return nil, 0
}

// CheckConsistency returns what breaks the regularities between overall
// effectiveness and the other judgements of in, in the order the [Check]
// documentation lists the rules.
// Only the SIF and ILACS have such rules; other frameworks give none. A
// rule whose judgements are not all present (or are not valid grades) is
// not checked, except that any overall effectiveness under ILACS 2026 is a
// violation. Sub-judgements of the SIF (adoption performance, care
// leavers) are in no rule: in Ofsted's results they never forced the
// overall grade.
func CheckConsistency(in *Inspection) []Check {
	return consistency(in.Framework, in.Judgements, true)
}

// ConsistentOverall returns the overall effectiveness grades, best first,
// that would break none of the violation rules given the other judgements
// in judgements (any overall effectiveness there is ignored): "what
// overall grade would fit?". Where a rule's judgements are missing, it
// does not narrow the answer. It returns nil for a framework with no
// single overall effectiveness judgement (including ILACS 2026) and the
// whole scale for a graded framework with no rules (SLAC aside, the
// pre-2013 frameworks).
func ConsistentOverall(f Framework, judgements map[Area]grade.Grade) []grade.Grade {
	if _, ok := f.Overall(); !ok {
		return nil
	}
	trial := make(map[Area]grade.Grade, len(judgements)+1)
	for a, g := range judgements {
		trial[a] = g
	}
	var out []grade.Grade
	for _, g := range f.Grades() {
		trial[OverallEffectiveness] = g
		ok := true
		for _, c := range consistency(f, trial, false) {
			if c.Severity == Violation {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, g)
		}
	}
	return out
}

func consistency(f Framework, j map[Area]grade.Grade, messages bool) []Check {
	var out []Check
	add := func(r string, msg string) {
		c := Check{Rule: r, Severity: rules[r].severity, Evidence: rules[r].evidence}
		if messages {
			c.Message = msg
		}
		out = append(out, c)
	}
	oe, hasOE := j[OverallEffectiveness]
	if f == ILACS2026 {
		if hasOE {
			add(ilacs2026Overall, "overall effectiveness is "+oe.Phrase()+", but "+rules[ilacs2026Overall].statement)
		}
		return out
	}
	key, leaders := keyAreas(f)
	if key == nil || !hasOE || !oe.IsValid() {
		return out
	}
	var buf [3]grade.Grade
	keyGrades := buf[:0]
	for _, a := range key {
		g, ok := j[a]
		if !ok || !g.IsValid() {
			return out // a key judgement is missing: the rules cannot be applied
		}
		keyGrades = append(keyGrades, g)
	}
	worst, best := grade.Worst(keyGrades...), grade.Best(keyGrades...)
	lead, hasLead := j[leaders]
	hasLead = hasLead && lead.IsValid()
	inadequateKeys := func() string {
		var names []string
		for i, a := range key {
			if keyGrades[i] == grade.Inadequate {
				names = append(names, strings.ToLower(a.Label()))
			}
		}
		return strings.Join(names, " and ")
	}
	oePhrase := "overall effectiveness is " + oe.Phrase()

	switch f {
	case SIF2013:
		if worst == grade.Inadequate && oe != grade.Inadequate {
			add(sifKeyInadequate, inadequateKeys()+" inadequate, but "+oePhrase)
		}
		if hasLead && oe.Better(lead) {
			add(sifAboveLeadership, oePhrase+", better than leadership, management and governance ("+lead.Phrase()+")")
		}
		if oe.Worse(worst) || oe.Better(best) {
			add(sifOutsideKeyRange, oePhrase+", outside the key judgements' range ("+worst.Phrase()+" to "+best.Phrase()+")")
		}
		if worst.Steps(oe) > 1 {
			add(sifAboveWorstKey, oePhrase+", more than one grade better than the worst key judgement ("+worst.Phrase()+")")
		}
	case ILACS2018, ILACS2023:
		if worst == grade.Inadequate && oe != grade.Inadequate {
			add(ilacsPracticeInadequate, inadequateKeys()+" inadequate, but "+oePhrase)
		}
		if hasLead && oe.Compare(lead) != 0 && oe.Compare(worst) != 0 {
			add(ilacsLeadersOrWorstPractice, oePhrase+", neither the impact of leaders ("+lead.Phrase()+") nor the worst practice judgement ("+worst.Phrase()+")")
		}
		if worst.Steps(oe) > 1 {
			add(ilacsAboveWorstPractice, oePhrase+", more than one grade better than the worst practice judgement ("+worst.Phrase()+")")
		}
		if hasLead && lead == grade.Inadequate && oe != grade.Inadequate {
			add(ilacsLeadersInadequate, "the impact of leaders is inadequate, but "+oePhrase)
		}
	}
	return out
}
