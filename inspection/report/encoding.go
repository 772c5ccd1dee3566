package report

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/childrens-services/judgements/inspection"
)

// This file is the stage before the first: the text as UTF-8. A report
// saved as UTF-16 is decoded; a byte that is not UTF-8, and a control
// character other than white space, is read as U+FFFD, the replacement
// character. Each is a problem: positions are in the text as read, after
// decoding and replacing.

// utf16Sample is how many bytes at the start of a text decide whether it
// is UTF-16 without a byte order mark.
const utf16Sample = 4096

// decodeText returns text as UTF-8 text that Parse reads, and the problems
// of its encoding.
func decodeText(text string) (string, inspection.ErrorList) {
	var problems inspection.ErrorList
	if order, bom := utf16Order(text); order != "" {
		text = decodeUTF16(text, order == "big-endian", bom)
		how := "without a byte order mark"
		if bom {
			how = "with a byte order mark"
		}
		problems.Add(inspection.Position{}, "", ErrEncoding, "the text is UTF-16 (%s, %s): it was decoded, and positions are in its UTF-8 form", order, how)
	}
	text, first, n := replaceBad(text)
	if n > 0 {
		problems.Add(first, "", ErrEncoding, "%d %s neither UTF-8 nor text (NUL or another control character), read as U+FFFD; the first is here", n, plural(n, "byte is", "bytes are"))
	}
	return text, problems
}

// utf16Order returns "little-endian" or "big-endian" if text is UTF-16,
// and whether it starts with a byte order mark; "" if it is not. Without
// a mark, text is UTF-16 when nearly every second byte of its start is
// zero, as in text of the Latin alphabet, and the others are not.
func utf16Order(text string) (string, bool) {
	switch {
	case strings.HasPrefix(text, "\xff\xfe"):
		return "little-endian", true
	case strings.HasPrefix(text, "\xfe\xff"):
		return "big-endian", true
	}
	sample := text[:min(len(text), utf16Sample)]
	var zeros [2]int
	for i := 0; i < len(sample); i++ {
		if sample[i] == 0 {
			zeros[i%2]++
		}
	}
	pairs := len(sample) / 2
	switch {
	case pairs < 2:
		return "", false
	case 10*zeros[1] >= 9*pairs && 10*zeros[0] < pairs:
		return "little-endian", false
	case 10*zeros[0] >= 9*pairs && 10*zeros[1] < pairs:
		return "big-endian", false
	}
	return "", false
}

// decodeUTF16 returns the UTF-16 text in UTF-8, without its byte order
// mark if bom. An odd byte at the end, half a code unit, is dropped by
// the caller's check of what remains: it is read as U+FFFD.
func decodeUTF16(text string, bigEndian, bom bool) string {
	if bom {
		text = text[2:]
	}
	units := make([]uint16, len(text)/2)
	for i := range units {
		a, b := uint16(text[2*i]), uint16(text[2*i+1])
		if bigEndian {
			units[i] = a<<8 | b
		} else {
			units[i] = b<<8 | a
		}
	}
	var sb strings.Builder
	sb.Grow(len(text) / 2)
	for _, r := range utf16.Decode(units) {
		sb.WriteRune(r)
	}
	if len(text)%2 == 1 {
		sb.WriteByte(text[len(text)-1]) // not UTF-8 on its own: replaced below
	}
	return sb.String()
}

// replaceBad returns text with each byte that is not UTF-8, and each
// control character but tab, line feed, vertical tab, form feed and
// carriage return, replaced by U+FFFD, with the position of the first and
// how many there were.
func replaceBad(text string) (string, inspection.Position, int) {
	bad := func(r rune, size int) bool {
		return r == utf8.RuneError && size == 1 || r < 0x20 && !strings.ContainsRune("\t\n\v\f\r", r) || r == 0x7f
	}
	clean := utf8.ValidString(text)
	for i := 0; clean && i < len(text); i++ {
		if c := text[i]; c < 0x20 && bad(rune(c), 1) || c == 0x7f {
			clean = false
		}
	}
	if clean {
		return text, inspection.Position{}, 0
	}
	var sb strings.Builder
	sb.Grow(len(text))
	var first inspection.Position
	n, line, lineStart := 0, 1, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case bad(r, size):
			if n == 0 {
				first = inspection.Position{Line: line, Column: sb.Len() - lineStart + 1}
			}
			n++
			sb.WriteRune(utf8.RuneError)
		default:
			sb.WriteString(text[i : i+size])
			if r == '\n' {
				line++
				lineStart = sb.Len()
			}
		}
		i += size
	}
	return sb.String(), first, n
}

// plural returns one if n is 1, and more otherwise.
func plural(n int, one, more string) string {
	if n == 1 {
		return one
	}
	return more
}
