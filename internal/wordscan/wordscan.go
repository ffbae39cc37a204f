// Package wordscan splits text into words, numbers and punctuation with byte
// offsets. The context extractors (dates, amounts, quotes, tone) scan with it
// so that they work on raw sentence text whether or not the tagger and parser
// have run.
package wordscan

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/charref"
)

// Kind tells what a Tok is.
type Kind uint8

// The kinds of Tok.
const (
	Word   Kind = iota // a run of letters, with inner hyphens
	Number             // a run of digits, with inner "," or "." before a digit
	Punct              // any other single rune that is not white space
)

// Tok is one piece of text. Start and End are byte offsets into the string
// that was scanned.
type Tok struct {
	Start, End int
	// Text is the scanned string's s[Start:End], except for an HTML
	// character reference standing for a punctuation mark or symbol, whose
	// Text is that character (`"` for "&quot;").
	Text string
	// Lower is Text in lower case, with curly apostrophes made straight.
	Lower string
	Kind  Kind
}

// Is reports whether t is a word equal to any of ws (lower case).
func (t Tok) Is(ws ...string) bool {
	for _, w := range ws {
		if t.Lower == w {
			return true
		}
	}
	return false
}

// Capitalized reports whether t is a word starting with an upper-case letter.
func (t Tok) Capitalized() bool {
	if t.Kind != Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Scan splits s into tokens. Invalid UTF-8 bytes become punctuation tokens
// of one byte, so every byte of s outside white space is in some token;
// a character reference for a space or a soft hyphen ("&nbsp;", "&shy;")
// counts as white space.
func Scan(s string) []Tok {
	toks := make([]Tok, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r == '&' {
			// A character reference for a mark or a space ("&quot;",
			// "&#8217;", "&nbsp;") reads as that character.
			if dec, m := charref.Decode(s[i:]); m > 0 {
				c, _ := utf8.DecodeRuneInString(dec)
				switch {
				case dec == "" || unicode.IsSpace(c):
					i += m
					continue
				case !isLetter(c) && !unicode.IsDigit(c):
					toks = append(toks, Tok{Start: i, End: i + m, Text: dec, Lower: dec, Kind: Punct})
					i += m
					continue
				}
			}
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += n
		case isLetter(r):
			j := i + n
			for j < len(s) {
				r2, n2 := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(s[j:])
				}
				if isLetter(r2) {
					j += n2
					continue
				}
				if r2 == '-' && j+1 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+1:])
					if isLetter(r3) {
						j++
						continue
					}
				}
				break
			}
			// Split the negative clitic: "don't" is "do" + "n't".
			if k, ok := apostropheT(s, j); ok && j-i > 1 && (s[j-1] == 'n' || s[j-1] == 'N') {
				toks = appendTok(toks, s, i, j-1, Word)
				toks = appendTok(toks, s, j-1, k, Word)
				i = k
				continue
			}
			toks = appendTok(toks, s, i, j, Word)
			i = j
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			toks = appendTok(toks, s, i, j, Number)
			i = j
		case (r == '\'' || r == '’') && i+n < len(s) && len(toks) > 0 && toks[len(toks)-1].End == i && toks[len(toks)-1].Kind == Word:
			// A clitic such as 's, 're, 've, 'll, 'd, 'm attached to a word.
			j := i + n
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			if j > i+n && j-(i+n) <= 2 && (j == len(s) || !isLetterAt(s, j)) {
				toks = appendTok(toks, s, i, j, Word)
				i = j
				continue
			}
			toks = appendTok(toks, s, i, i+n, Punct)
			i += n
		default:
			toks = appendTok(toks, s, i, i+n, Punct)
			i += n
		}
	}
	return toks
}

// apostropheT reports whether s[j:] starts with "'t" or "’t" ending a word,
// and returns the end of it.
func apostropheT(s string, j int) (int, bool) {
	if j >= len(s) || (s[j] != '\'' && s[j] != 0xE2) {
		return 0, false
	}
	for _, a := range []string{"'t", "’t", "'T", "’T"} {
		if strings.HasPrefix(s[j:], a) {
			k := j + len(a)
			if k == len(s) || !isLetterAt(s, k) {
				return k, true
			}
		}
	}
	return 0, false
}

func appendTok(toks []Tok, s string, i, j int, k Kind) []Tok {
	text := s[i:j]
	lower := text
	if k == Word && needsLower(text) {
		lower = strings.ToLower(strings.ReplaceAll(text, "’", "'"))
	}
	return append(toks, Tok{Start: i, End: j, Text: text, Lower: lower, Kind: k})
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetter(r)
}

// Adjacent reports whether b follows a with no space between.
func Adjacent(a, b Tok) bool { return a.End == b.Start }

// needsLower reports whether w has anything that Lower would change.
func needsLower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}
