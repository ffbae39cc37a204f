package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// abbrevs keep their period as part of the token and do not end a
// sentence.
var abbrevs = set("st", "mt", "ft", "mr", "mrs", "ms", "dr", "gen", "gov", "sen", "rep", "lt", "col",
	"capt", "sgt", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "prof", "rev", "ave", "blvd",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ste", "pt")

func init() {
	for _, ab := range usStateAbbrevs {
		for _, a := range ab {
			if strings.Count(a, ".") == 1 {
				abbrevs[strings.ToLower(strings.TrimSuffix(a, "."))] = true
			}
		}
	}
}

// Tokenize splits text into sentences and word tokens with byte offsets.
// The geoparser uses it when no text stage ran; it keeps abbreviations
// ("St.", "Tex.", "U.S.") whole and splits hyphens off as tokens.
func Tokenize(text string) []doc.Sentence {
	var sents []doc.Sentence
	var cur []doc.Token
	flush := func() {
		if len(cur) > 0 {
			sents = append(sents, doc.Sentence{Start: cur[0].Start, End: cur[len(cur)-1].End,
				Text: text[cur[0].Start:cur[len(cur)-1].End], Tokens: cur})
			cur = nil
		}
	}
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
	i := 0
	endSent := false
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if endSent || strings.HasPrefix(text[i:], "\n\n") {
				// A paragraph break or a sentence end closes the sentence
				// when what follows starts like a sentence.
				j := i
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsSpace(r2) {
						break
					}
					j += n2
				}
				r2, _ := utf8.DecodeRuneInString(text[j:])
				if strings.HasPrefix(text[i:], "\n\n") || unicode.IsUpper(r2) || r2 == '"' || r2 == '“' || unicode.IsDigit(r2) {
					flush()
				}
				endSent = false
			}
			i += n
			continue
		}
		start := i
		if isWord(r) {
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWord(r2) {
					j += n2
					continue
				}
				// Internal apostrophes and periods between letters
				// ("O'Brien", "U.S").
				if (r2 == '\'' || r2 == '’' || r2 == '.') && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if isWord(r3) && (r2 != '.' || j-i <= 2) {
						j += n2
						continue
					}
				}
				break
			}
			w := text[i:j]
			if j < len(text) && text[j] == '.' {
				lw := strings.ToLower(w)
				if abbrevs[lw] || utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") {
					j++
				}
			}
			cur = append(cur, doc.Token{Start: start, End: j, Text: text[start:j], SpaceAfter: true})
			i = j
			continue
		}
		i += n
		cur = append(cur, doc.Token{Start: start, End: i, Text: text[start:i], SpaceAfter: true})
		if r == '.' || r == '!' || r == '?' {
			endSent = true
		}
	}
	flush()
	return sents
}
