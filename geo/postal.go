package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// capsWindow is how many words on one side of a state's postal code
// capitalsAround reads.
const capsWindow = 6

// postalStateAfter returns the admin-1 key ("US.OH") of the US state
// whose postal code follows the name that ends at byte offset end of text
// in the exact shape "Name, XX", with no letter right after the code
// ("Dayton, OH 45402", "Dayton, OH."), or "". A text written in capitals
// does not count: there "OR", "IN", "OH" or "ME" are words ("VOTERS IN
// DAYTON, OR NOT").
func postalStateAfter(text string, end int) string {
	if end < 0 || end > len(text) {
		return ""
	}
	rest, ok := strings.CutPrefix(text[end:], ", ")
	if !ok || len(rest) < 2 {
		return ""
	}
	a := usState(rest[:2])
	if a == "" || !wordAt(rest, rest[:2]) {
		return ""
	}
	codeEnd := len(text) - len(rest) + 2
	if capitalsAround(text, end, codeEnd) {
		return ""
	}
	return a
}

// usState returns the admin-1 key ("US.TX") of a US state or DC postal
// code written in capitals ("TX"), or "".
func usState(w string) string {
	if len(w) == 2 && strings.ToUpper(w) == w {
		if _, ok := usStateAbbrevs[w]; ok {
			return "US." + w
		}
	}
	return ""
}

// capitalsAround reports whether the sentence around a state's postal
// code, which ends at byte offset after, is written in capitals, as a
// headline in capitals is: more of the first words after the code, up to
// the sentence's end, are wholly upper case than not; when no word
// follows in the sentence, the last words before byte offset before (the
// name and what precedes it) decide. Words of fewer than two letters do
// not count ("I", "A", the letters of "U.S.").
func capitalsAround(text string, before, after int) bool {
	upper, mixed := 0, 0
	count := func(w string) {
		if utf8.RuneCountInString(w) < 2 {
			return
		}
		if hasLower(w) {
			mixed++
		} else {
			upper++
		}
	}
	// Forward, to the sentence's end.
	n := 0
	for i := max(after, 0); i < len(text) && n < capsWindow; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if sentenceEndAt(text, i) {
			break
		}
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		count(text[i:j])
		n++
		i = j
	}
	if upper+mixed > 0 {
		return upper > mixed
	}
	// Backward, to the previous sentence's end.
	n = 0
	for i := min(before, len(text)); i > 0 && n < capsWindow; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if sentenceEndAt(text, i-size) {
			break
		}
		if !unicode.IsLetter(r) {
			i -= size
			continue
		}
		j := letterRunStart(text, i)
		count(text[j:i])
		n++
		i = j
	}
	return upper > mixed
}

// sentenceEndAt reports whether the byte at offset i of text ends a
// sentence: a '!' or '?', or a '.' before a space or the text's end that
// does not end an abbreviation ("U.S.", "St.", "Tex.").
func sentenceEndAt(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	switch text[i] {
	case '!', '?':
		return true
	case '.':
	default:
		return false
	}
	if next, _ := utf8.DecodeRuneInString(text[i+1:]); i+1 < len(text) && !unicode.IsSpace(next) {
		return false
	}
	w := text[letterRunStart(text, i):i]
	return utf8.RuneCountInString(w) >= 2 && !abbrevs[strings.ToLower(w)]
}

// letterRunStart returns the offset where the run of letters ending at
// offset i of text begins (i itself when the rune before i is no letter).
func letterRunStart(text string, i int) int {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return i
}
