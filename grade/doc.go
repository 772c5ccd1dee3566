// Package grade implements the scale on which Ofsted judges English local
// authority children's services: outstanding, good, requires improvement to
// be good, and inadequate, with the legacy "adequate" of 2009-2013.
//
// # The scale
//
// A [Grade] is a small comparable value. Its constants carry Ofsted's own
// numbers, 1 for [Outstanding] to 4 for [Inadequate], and [Grade.Rank]
// returns them; a smaller rank is a better grade. The zero Grade stands for
// a judgement that was not made and is not valid.
//
// The single inspection framework of November 2013 replaced "adequate" with
// "requires improvement": "Services that are less than 'good' will no
// longer be judged adequate, but to 'require improvement' until they meet
// the standard" (Ofsted press release, 2013). [Adequate] stays a value of
// its own, so that a 2012 result prints as it was published, but it ranks
// with [RequiresImprovement]: they compare equal, and [Grade.Canonical]
// maps one to the other, as Ofsted's official statistics do.
//
// # Ordering
//
// [Grade.Compare] is negative when the first grade is the better, so
//
//	slices.SortFunc(gs, grade.Grade.Compare)
//
// puts the best first. [Grade.Better], [Grade.Worse], [Grade.AtLeast] and
// [Grade.Steps] say the same in words, so that no caller writes a bare <
// whose direction a reader must guess.
//
// # Wording
//
// A grade has three forms of text, kept apart:
//
//   - its token, from [Grade.String] and the text codec: "outstanding",
//     "good", "requires-improvement", "adequate", "inadequate";
//   - its label, from [Grade.Label], the wording of Ofsted's ILACS tables and
//     official statistics: "Requires improvement to be good";
//   - its phrase, from [Grade.Phrase], the short form of SIF headings and
//     prose: "requires improvement".
//
// [Parse] reads every spelling Ofsted's reports and data files use, and
// [MustParse] suits tests and package variables. Failures are a
// *[ParseError] wrapping [ErrEmpty] or [ErrUnknown].
//
// # Encoding
//
// Grade implements [encoding.TextAppender], [encoding.TextMarshaler] and
// [encoding.TextUnmarshaler] with the tokens, the zero Grade as "". So a
// Grade is a JSON string, a map[Grade]int is a JSON object, and
// `json:",omitzero"` leaves out a judgement not made.
//
// # Counting
//
// A [Distribution] counts judgements per grade and gives shares and the
// "good or better" figure Ofsted's statistics lead with.
//
// # The 2009-2011 assessment
//
// Ofsted's annual children's services assessment of 2009-2011 rated
// councils on a different scale that ran the other way, 4 ("performs
// excellently") to 1 ("performs poorly"). It is the separate type
// [Rating], with [ParseRating], so that the two scales cannot be mixed.
package grade
