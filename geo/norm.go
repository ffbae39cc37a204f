package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold maps Latin letters with diacritics to their base letters.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'č': "c", 'ĉ': "c", 'ċ': "c", 'ď': "d", 'đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ğ': "g", 'ģ': "g", 'ħ': "h", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'į': "i", 'ı': "i",
	'ķ': "k", 'ĺ': "l", 'ļ': "l", 'ľ': "l", 'ł': "l", 'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe",
	'ŕ': "r", 'ř': "r", 'ś': "s", 'ş': "s", 'š': "s", 'ș': "s", 'ß': "ss", 'ţ': "t", 'ť': "t", 'ț': "t",
	'þ': "th", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
}

// abbrev expands the abbreviations that place names spell both ways.
var abbrev = map[string]string{"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}

// Normalize returns the lookup key of a place name: lower case, diacritics
// folded, apostrophes dropped, other punctuation and spaces collapsed to
// single spaces, and St/Mt/Ft expanded ("St. Louis" and "Saint-Louis" both
// give "saint louis").
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	word := 0 // byte offset in b where the current word starts
	space := false
	flush := func() {
		if w, ok := abbrev[b.String()[word:]]; ok {
			cur := b.String()[:word]
			b.Reset()
			b.WriteString(cur)
			b.WriteString(w)
		}
	}
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == 'ʻ':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				flush()
				b.WriteByte(' ')
				word = b.Len()
			}
			space = false
			r = unicode.ToLower(r)
			if r < utf8.RuneSelf {
				b.WriteByte(byte(r))
			} else if f, ok := fold[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		default:
			space = true
		}
	}
	if b.Len() > 0 {
		flush()
	}
	return b.String()
}

// latin reports whether every letter of s is in the Latin script, so the
// name can appear in English text.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}
