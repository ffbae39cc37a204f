package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tok is a token found by Tokenize: the byte range [Start, End) of the
// string tokenized, and whether white space follows it.
type Tok struct {
	Start, End int
	SpaceAfter bool
}

// Tokenize splits s into syntactic words following the conventions of the
// Universal Dependencies English treebanks (EWT, GUM): punctuation is split
// from words; clitics and negation are split from their hosts ("don't" → do
// n't, "Syria’s" → Syria ’s, "cannot" → can not, "gonna" → gon na);
// hyphenated compounds are split at the hyphen except after common prefixes
// ("anti-", "e-"); numbers with separators ("1,200.50", "10:30", "9/11"),
// abbreviations ("U.S.", "Gen."), URLs and e-mail addresses stay whole. The
// tokens are appended to out, which is returned.
func Tokenize(s string, out []Tok) []Tok {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); isSpaceRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		first := len(out)
		out = splitChunk(s, i, j, out)
		if len(out) > first {
			out[len(out)-1].SpaceAfter = j < len(s)
		}
		i = j
	}
	return out
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// isWordByte reports ASCII letters and digits.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// splitChunk tokenizes one white-space-free chunk s[a:b].
func splitChunk(s string, a, b int, out []Tok) []Tok {
	// Fast path: a plain ASCII word.
	plain := true
	for k := a; k < b; k++ {
		if !isWordByte(s[k]) {
			plain = false
			break
		}
	}
	if plain {
		return splitWord(s, a, b, out)
	}
	if isURLOrEmail(s[a:b]) {
		return splitURL(s, a, b, out)
	}
	if a == 0 && isListNumber(s[a:b]) {
		// The number of a numbered list item, "2.", is one token.
		return append(out, Tok{Start: a, End: b})
	}
	// Leading punctuation.
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		switch {
		case r == '(' || r == '[' || r == '{' || r == '"' || r == '“' || r == '‘' || r == '«' || r == '„' || r == '¿' || r == '¡':
			out = append(out, Tok{Start: a, End: a + n})
			a += n
			continue
		case r == '\'' || r == '’' || r == '`':
			rest := s[a+n : b]
			if n == 1 && r == '`' && strings.HasPrefix(rest, "`") {
				out = append(out, Tok{Start: a, End: a + 2})
				a += 2
				continue
			}
			if isCliticStart(s[a:b]) || len(rest) > 1 && isDigit(rest[0]) && isDigit(rest[1]) && (len(rest) == 2 || !isDigit(rest[2])) {
				// "'s" standing alone, or a year like '90s.
				break
			}
			out = append(out, Tok{Start: a, End: a + n})
			a += n
			continue
		case r == '$' || r == '£' || r == '€' || r == '¥' || r == '₹' || r == '#':
			if a+n < b {
				out = append(out, Tok{Start: a, End: a + n})
				a += n
				continue
			}
		case r == '-' || r == '—' || r == '–' || r == '*' || r == '•' || r == '~' || r == '=' || r == '_' && a+1 < b && s[a+1] == '_':
			k := a + n
			for k < b {
				r2, n2 := utf8.DecodeRuneInString(s[k:b])
				if r2 != r {
					break
				}
				k += n2
			}
			out = append(out, Tok{Start: a, End: k})
			a = k
			continue
		case r == '.' && a+1 < b && s[a+1] == '.':
			k := a
			for k < b && s[k] == '.' {
				k++
			}
			out = append(out, Tok{Start: a, End: k})
			a = k
			continue
		case r == '…' || r == '<' || r == '>' || r == ',' || r == ';' || r == ':' && !isEmoticon(s[a:b]) || r == '|' || r == '/' || r == '+' && a+1 < b && !isDigit(s[a+1]) || r == '&' || r == '!' || r == '?' || r == '@' && !isHandle(s[a:b]) || r == '^' || r == ')' || r == ']' || r == '}' || r == '”' || r == '»' || r == '%':
			if isEmoticon(s[a:b]) {
				out = append(out, Tok{Start: a, End: b})
				return out
			}
			out = append(out, Tok{Start: a, End: a + n})
			a += n
			continue
		}
		break
	}
	if a >= b {
		return out
	}
	if isEmoticon(s[a:b]) {
		return append(out, Tok{Start: a, End: b})
	}
	next := nextChar(s, b)
	chunkEnd := b
	// Trailing punctuation, collected right to left.
	var tail [16]Tok
	nt := 0
	for a < b && nt < len(tail) {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		switch {
		case r == '*' || r == '=' || r == '_' && b-a > 1 && s[b-2] == '_':
			k := b - 1
			for k > a && s[k-1] == s[b-1] {
				k--
			}
			if k == a {
				break
			}
			tail[nt] = Tok{Start: k, End: b}
			nt++
			b = k
			continue
		case r == ')' || r == ']' || r == '}' || r == '"' || r == '”' || r == '»' || r == ',' || r == ';' || r == '“' || r == '%' || r == '…' || r == '>' || r == '|' || r == '‘':
			if r == ')' && strings.HasSuffix(s[a:b], "(s)") && b-a > 3 {
				// "friend(s)": split the brackets one by one.
				tail[nt] = Tok{Start: b - 1, End: b}
				tail[nt+1] = Tok{Start: b - 2, End: b - 1}
				tail[nt+2] = Tok{Start: b - 3, End: b - 2}
				nt += 3
				b -= 3
				continue
			}
			tail[nt] = Tok{Start: b - n, End: b}
			nt++
			b -= n
			continue
		case r == ':':
			tail[nt] = Tok{Start: b - n, End: b}
			nt++
			b -= n
			continue
		case r == '!' || r == '?':
			k := b - 1
			for k > a && (s[k-1] == '!' || s[k-1] == '?' || s[k-1] == '.' && (k-1 == a || s[k-2] != '.' && !isLetter(s[k-2]) || s[k-2] == '.')) {
				k--
			}
			tail[nt] = Tok{Start: k, End: b}
			nt++
			b = k
			continue
		case r == '.':
			k := b - 1
			for k > a && s[k-1] == '.' {
				k--
			}
			if b-k >= 2 {
				tail[nt] = Tok{Start: k, End: b}
				nt++
				b = k
				continue
			}
			w := afterHyphen(s[a:b]) // "ESBL-E.": the part after the hyphen
			if isAbbrevBefore(w, next) && !(b == chunkEnd && endsLine(s, chunkEnd) && !titleAbbrev(w[:len(w)-1])) {
				break
			}
			tail[nt] = Tok{Start: b - 1, End: b}
			nt++
			b--
			continue
		case r == '\'' || r == '’':
			w := s[a : b-n]
			if w == "" || isCliticStart(s[a:b]) {
				break
			}
			tail[nt] = Tok{Start: b - n, End: b}
			nt++
			b -= n
			continue
		case r == '-' || r == '—' || r == '–':
			k := b - n
			for k > a {
				r2, n2 := utf8.DecodeLastRuneInString(s[a:k])
				if r2 != r {
					break
				}
				k -= n2
			}
			if k == a {
				break
			}
			tail[nt] = Tok{Start: k, End: b}
			nt++
			b = k
			continue
		}
		break
	}
	if a < b {
		out = splitCore(s, a, b, out)
	}
	for k := nt - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// clitics are the contractions split from their host, without the
// apostrophe.
var clitics = []string{"s", "re", "ve", "ll", "d", "m"}

// isCliticStart reports whether w is a clitic with its apostrophe, such as
// "'s" or "’ll", standing alone.
func isCliticStart(w string) bool {
	var rest string
	switch {
	case strings.HasPrefix(w, "'"):
		rest = w[1:]
	case strings.HasPrefix(w, "’"):
		rest = w[len("’"):]
	default:
		return false
	}
	for _, c := range clitics {
		if strings.EqualFold(rest, c) {
			return true
		}
	}
	return false
}

// splitWord splits a plain ASCII word: the fused forms UD English
// treebanks split ("cannot", "gonna") and apostrophe-less contractions
// ("dont").
func splitWord(s string, a, b int, out []Tok) []Tok {
	if n := b - a; n >= 2 && n <= 8 && maybeFused(s[b-1]) {
		if cut := fusedCut(s[a:b]); cut > 0 && s[a:b] != "IM" {
			return append(out, Tok{Start: a, End: a + cut}, Tok{Start: a + cut, End: b})
		}
	}
	// A number glued to a unit: "5pm", "10km".
	if isDigit(s[a]) {
		k := a
		for k < b && isDigit(s[k]) {
			k++
		}
		if k < b && units[strings.ToLower(s[k:b])] {
			return append(out, Tok{Start: a, End: k}, Tok{Start: k, End: b})
		}
	}
	return append(out, Tok{Start: a, End: b})
}

// maybeFused reports whether a word ending in c may be one of fused.
func maybeFused(c byte) bool {
	switch c | 0x20 {
	case 't', 'a', 'e', 'm', 's':
		return true
	}
	return false
}

// fusedCut returns the length of the first part of a fused word, or 0.
func fusedCut(w string) int {
	for _, f := range fusedList[len(w)][w[0]|0x20] {
		if strings.EqualFold(w, f) {
			return fused[f]
		}
	}
	return 0
}

// fusedList holds the keys of fused by length and first letter.
var fusedList = func() [9][128][]string {
	var l [9][128][]string
	for w := range fused {
		l[len(w)][w[0]] = append(l[len(w)][w[0]], w)
	}
	return l
}()

// fused maps words UD English writes as two syntactic words to the length
// of the first.
var fused = map[string]int{
	"cannot": 3, "gonna": 3, "gotta": 3, "wanna": 3, "gimme": 3, "lemme": 3,
	"dont": 2, "didnt": 3, "doesnt": 4, "cant": 2, "isnt": 2, "wasnt": 3,
	"couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4, "hasnt": 3,
	"arent": 3, "werent": 4, "ive": 1, "thats": 4, "im": 1, "wont": 2, "alot": 1,
}

// units are the unit words split from a number glued to them.
var units = map[string]bool{
	"am": true, "pm": true, "km": true, "kg": true, "mph": true, "kph": true, "mm": true, "cm": true,
	"mg": true, "lb": true, "lbs": true, "ft": true, "mw": true, "gw": true, "kw": true, "mb": true, "gb": true,
	"bn": true, "mln": true, "ml": true, "kmh": true, "k": true, "mmbtu": true, "bcf": true, "m": true,
	"bbl": true, "mw-h": true, "mwh": true, "kwh": true, "tons": true, "t": true,
}

// isURLOrEmail reports chunks kept whole: web addresses and e-mail
// addresses (with any punctuation around them still to be split).
func isURLOrEmail(w string) bool {
	if strings.IndexByte(w, '@') < 0 && strings.IndexByte(w, ':') < 0 && !strings.Contains(w, "www.") {
		return false
	}
	w = strings.TrimLeft(w, "(<[\"'“‘")
	if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.") || strings.HasPrefix(w, "ftp://") || strings.HasPrefix(w, "mailto:") {
		return true
	}
	at := strings.IndexByte(w, '@')
	if at <= 0 {
		return false
	}
	dot := strings.LastIndexByte(w, '.')
	return dot > at+1 && dot < len(strings.TrimRight(w, ".,;:!?)]>\"'”’"))-1
}

// splitURL splits the punctuation around a URL or e-mail address.
func splitURL(s string, a, b int, out []Tok) []Tok {
	for a < b && strings.IndexByte("(<[\"'", s[a]) >= 0 {
		out = append(out, Tok{Start: a, End: a + 1})
		a++
	}
	for _, q := range []string{"“", "‘"} {
		if strings.HasPrefix(s[a:b], q) {
			out = append(out, Tok{Start: a, End: a + len(q)})
			a += len(q)
		}
	}
	var tail []Tok
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !strings.ContainsRune(".,;:!?)]>\"'”’", r) {
			break
		}
		if r == ')' && strings.Count(s[a:b], "(") >= strings.Count(s[a:b], ")") {
			break
		}
		tail = append(tail, Tok{Start: b - n, End: b})
		b -= n
	}
	if a < b {
		out = append(out, Tok{Start: a, End: b})
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// isHandle reports a social-media handle such as "@UN".
func isHandle(w string) bool {
	return len(w) > 1 && w[0] == '@' && isWordByte(w[1])
}

// isEmoticon reports a few common emoticons kept as one token.
func isEmoticon(w string) bool {
	switch w {
	case ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", "=)", ":/", "<3", ":o", ":O", "^_^", ":))", ":((":
		return true
	}
	return false
}

// splitCore splits the inside of a chunk after its leading and trailing
// punctuation were removed: clitics, and punctuation inside the word.
func splitCore(s string, a, b int, out []Tok) []Tok {
	// Clitics at the end: n't, 's, 're, 've, 'll, 'd, 'm.
	if cut := cliticCut(s[a:b]); cut > 0 {
		out = splitInner(s, a, a+cut, out)
		return append(out, Tok{Start: a + cut, End: b})
	}
	return splitInner(s, a, b, out)
}

// cliticCut returns the offset in w where a clitic starts, or 0.
func cliticCut(w string) int {
	lw := len(w)
	if lw < 2 || strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return 0
	}
	for _, ap := range []string{"'", "’"} {
		if nl := len(ap) + 2; lw > nl+1 && (w[lw-1] == 't' || w[lw-1] == 'T') && (w[lw-nl] == 'n' || w[lw-nl] == 'N') &&
			w[lw-nl+1:lw-1] == ap && isLetter(w[lw-nl-1]) {
			return lw - nl
		}
		for _, c := range clitics {
			suf := len(ap) + len(c)
			if lw > suf && strings.HasPrefix(w[lw-suf:], ap) && strings.EqualFold(w[lw-len(c):], c) {
				prev, _ := utf8.DecodeLastRuneInString(w[:lw-suf])
				if c == "s" && isNumberLike(w[:lw-suf]) {
					// A decade: "80's".
					return 0
				}
				if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
					return lw - suf
				}
			}
		}
	}
	if lw > 3 && (strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "N'T")) {
		return lw - 3
	}
	return 0
}

// prefixes keep their hyphen with the word after them ("anti-war").
var prefixes = map[string]bool{
	"e": true, "non": true, "co": true, "pre": true, "post": true, "re": true, "semi": true, "pro": true,
	"mid": true, "multi": true, "ex": true, "anti": true, "inter": true, "intra": true,
	"sub": true, "super": true, "ultra": true, "neo": true, "counter": true, "quasi": true, "pseudo": true,
	"bi": true, "tri": true, "mega": true, "micro": true, "macro": true, "mini": true, "trans": true, "over": true,
	"psycho": true, "socio": true, "geo": true, "uni": true, "x": true,
}

// splitInner splits punctuation inside a word, keeping numbers with
// separators, abbreviations with inner periods, domain names, hyphens after
// prefixes and short slashed abbreviations ("w/o") together.
func splitInner(s string, a, b int, out []Tok) []Tok {
	w := s[a:b]
	if isAbbrev(w) || isNumberLike(w) && (strings.IndexByte(w, '-') < 0 || phoneLike(w)) || len(w) >= 3 && w[0] == '\'' && isDigit(w[1]) && isNumberLike(w[1:]) {
		return append(out, Tok{Start: a, End: b})
	}
	// A number glued to a unit: "398,487MMBTU", "3.5km".
	if k := numberPrefix(w); k > 0 && k < len(w) && units[strings.ToLower(w[k:])] {
		return append(out, Tok{Start: a, End: a + k}, Tok{Start: a + k, End: b})
	}
	seg := a // start of the current word part
	k := a
	for k < b {
		c := s[k]
		var r rune = rune(c)
		n := 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[k:b])
		}
		if c < utf8.RuneSelf && isWordByte(c) || c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			k += n
			continue
		}
		keep := false
		prevOK := k > seg
		next := byte(0)
		if k+n < b {
			next = s[k+n]
		}
		var prev byte
		if k > a {
			prev = s[k-1]
		}
		switch r {
		case '\'', '’', '&', '_', '@', '+', '=', '#':
			keep = prevOK && k+n < b || r == '@' && k == a && isWordByte(next)
		case '.':
			switch {
			case prevOK && isAbbrev(afterHyphen(s[seg:k+1])) && (next == '-' || next == '/' || next == 0):
				// "U.S.-backed", "ex-U.S.": the abbreviation keeps its period.
				keep = true
			case isDigit(prev) && isDigit(next):
				keep = true
			case prevOK && isLetter(next):
				// "google.com", "enron.xls" stay whole; "end.The" is split.
				part := s[seg:k]
				keep = !(len(part) >= 2 && isLower(part) && next >= 'A' && next <= 'Z')
			}
		case ',', ':':
			keep = isDigit(prev) && isDigit(next)
		case '/':
			right := k + n
			for right < b && isWordByte(s[right]) {
				right++
			}
			keep = isDigit(prev) && isDigit(next) || prevOK && (k-seg == 1 || right-k-n == 1) && isLetter(next)
		case '-':
			if next == '-' || !prevOK || k+n >= b {
				break
			}
			part := s[seg:k]
			if isModel(part, s[k+n:b]) {
				// "F-16", "G-20", "COVID-19" are names.
				keep = true
				break
			}
			keep = isDigit(prev) && isDigit(next) && phoneLike(w) || prefixes[strings.ToLower(part)] && isLetter(next) ||
				len(part) == 1 && part[0] >= 'A' && part[0] <= 'Z' && isLetter(next)
		case '$':
			if prevOK && isLetter(prev) {
				// "US$" is one token, the amount after it another.
				out = append(out, Tok{Start: seg, End: k + n})
				return splitInner(s, k+n, b, out)
			}
		}
		if keep {
			k += n
			continue
		}
		if k > seg {
			out = append(out, Tok{Start: seg, End: k})
		}
		// A run of the same punctuation is one token ("--", "...").
		e := k + n
		for e < b {
			r2, n2 := utf8.DecodeRuneInString(s[e:b])
			if r2 != r {
				break
			}
			e += n2
		}
		out = append(out, Tok{Start: k, End: e})
		k = e
		seg = e
	}
	if seg < b {
		out = append(out, Tok{Start: seg, End: b})
	}
	return out
}

// numberPrefix returns the length of the number (digits with separators)
// at the start of w.
func numberPrefix(w string) int {
	k := 0
	for k < len(w) && (isDigit(w[k]) || k > 0 && (w[k] == ',' || w[k] == '.') && k+1 < len(w) && isDigit(w[k+1])) {
		k++
	}
	return k
}

// isListNumber reports "1." or "12)" (up to three digits).
func isListNumber(w string) bool {
	n := len(w) - 1
	if n < 1 || n > 3 || w[n] != '.' && w[n] != ')' {
		return false
	}
	for i := 0; i < n; i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// afterHyphen returns the part of w after its last hyphen, or w.
func afterHyphen(w string) string {
	if h := strings.LastIndexByte(w, '-'); h >= 0 && h+2 < len(w) {
		return w[h+1:]
	}
	return w
}

// phoneLike reports numbers joined by hyphens that stay one token: phone
// numbers and codes ("713-853-3989", "639-3", "2005-981"), but not
// scores and ranges of small numbers or years ("5-3", "10-15",
// "1946-1954", "2019-20"), which UD splits at the hyphen.
func phoneLike(w string) bool {
	if strings.Count(w, "-") >= 2 {
		return true
	}
	a, b, _ := strings.Cut(w, "-")
	small := len(a) <= 2 && len(b) <= 2
	years := len(a) == 4 && (len(b) == 4 || len(b) == 2)
	return !small && !years
}

// isModel reports a name of letters, a hyphen and a number, such as
// "F-16", "G-20", "MiG-21" or "COVID-19": up to five letters starting with
// a capital, then only digits (and a plural "s").
func isModel(left, right string) bool {
	if len(left) == 0 || len(left) > 5 || left[0] < 'A' || left[0] > 'Z' || right == "" {
		return false
	}
	for i := 0; i < len(left); i++ {
		if !isLetter(left[i]) {
			return false
		}
	}
	if r := strings.TrimSuffix(right, "s"); r != "" {
		right = r // "F-16s"
	}
	for i := 0; i < len(right); i++ {
		if !isDigit(right[i]) {
			return false
		}
	}
	return true
}

func isLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// isNumberLike reports numbers with separators: "1,200.50", "10:30",
// "11/28/2000", "713-853-3989", "3.5%" without the sign.
func isNumberLike(w string) bool {
	if w == "" || !isDigit(w[0]) && !(len(w) > 1 && (w[0] == '-' || w[0] == '.') && isDigit(w[1])) {
		return false
	}
	digits := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isDigit(c):
			digits++
		case c == ',' || c == '.' || c == ':' || c == '/' || c == '-':
			if i+1 >= len(w) || !isDigit(w[i+1]) {
				return false
			}
		default:
			// Ordinals and decades: "21st", "1990s".
			rest := strings.ToLower(w[i:])
			return digits > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "s")
		}
	}
	return true
}

// isAbbrev reports whether w, ending with a period, is an abbreviation
// that keeps its period: a known abbreviation ("Gen.", "Jan.", "etc."), an
// initial ("J."), or letters separated by periods ("U.S.", "a.m.").
func isAbbrev(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	stem := w[:len(w)-1]
	if abbrevs[stem] {
		return true
	}
	if len(stem) == 1 && isLetter(stem[0]) {
		return true
	}
	// Letters separated by periods: U.S., a.m., Ph.D., U.S.A.
	dots, letters := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.':
			if i > 0 && w[i-1] == '.' {
				return false
			}
			dots++
		case isLetter(c):
			letters++
		default:
			return false
		}
	}
	return dots >= 2 && letters <= 2*dots && letters >= dots
}

// endsLine reports whether s[b:] starts with a line break or is empty: an
// abbreviation there ("etc.") ends its sentence, and UD splits its period.
func endsLine(s string, b int) bool {
	return b == len(s) || s[b] == '\n' || s[b] == '\r'
}

// titleAbbrev reports abbreviations that precede a name ("Gen.").
func titleAbbrev(stem string) bool {
	switch stem {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Maj", "Capt", "St", "Rev":
		return true
	}
	return len(stem) == 1
}

// nextChar returns the first byte after the white space following s[:b],
// or 0.
func nextChar(s string, b int) byte {
	for b < len(s) && asciiSpace[s[b]&0x7f] && s[b] < utf8.RuneSelf {
		b++
	}
	if b < len(s) {
		return s[b]
	}
	return 0
}

// isAbbrevBefore is isAbbrev for a word followed (after white space) by
// the byte next: some abbreviations keep their period only before a
// number ("No. 5", "Fig. 2") or a capital ("Wed. Oct. 3"), and "I." and
// single lower-case letters are words at the end of a sentence.
func isAbbrevBefore(w string, next byte) bool {
	stem := w[:len(w)-1]
	if contextAbbrevs[stem] {
		return isDigit(next) || next >= 'A' && next <= 'Z' && stem[0] >= 'A' && stem[0] <= 'Z' && !numericAbbrev(stem)
	}
	if stem == "v" {
		return true
	}
	if len(stem) == 1 && (stem == "I" || stem[0] >= 'a' && stem[0] <= 'z') {
		return false
	}
	return isAbbrev(w)
}

func numericAbbrev(stem string) bool {
	switch stem {
	case "No", "Nos", "Fig", "Art", "Ch", "Sec", "Vol", "Pt", "Op", "p", "pp", "Para", "ref", "tel", "ext", "Ed":
		return true
	}
	return false
}

// contextAbbrevs are abbreviations that are also ordinary words at the end
// of a sentence.
var contextAbbrevs = map[string]bool{
	"No": true, "Nos": true, "Sun": true, "Mar": true, "Fig": true, "Art": true,
	"Ch": true, "Sec": true, "Op": true, "Ed": true, "Vol": true, "Pt": true, "p": true, "pp": true, "Para": true,
	"ref": true, "tel": true, "ext": true, "min": true, "max": true, "est": true, "ca": true, "Ill": true,
	"Miss": true, "Mass": true, "Wash": true, "Ind": true, "Del": true, "La": true, "Pa": true, "Mo": true,
	"Ore": true, "Ga": true, "Ida": true, "Ia": true, "Fl": true, "Ala": true, "Mon": true,
	"Dist": true, "Int": true, "Nat": true, "Sq": true, "Ln": true, "Pl": true, "Ct": true, "mo": true,
}

// abbrevs are abbreviations (without their period) that keep it.
var abbrevs = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`Mr Mrs Ms Messrs Dr Prof Gen Sen Sens Rep Reps Gov Govt Lt Col Maj Capt Cmdr Cdr Adm Sgt
	Cpl Pvt Brig Rev Fr Hon Pres Supt Insp Det Amb Atty Gens Cmdt Mme Mlle Msgr Sr Sra Jr St Ste Mt Ft Pt
	Inc Corp Co Cos Ltd Bros Plc Assn Dept Univ Nos No Vol Vols Fig Figs Op Ed Eds Ch Sec Art Para
	Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
	vs etc al approx est Ave Blvd Rd Hwy Sq Ln Pl Ct Ariz Calif Colo Conn Fla Ga Ill Ind Kan Kans Ky La Md
	Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo Ala Ark Del Dak Ida Ia
	cf viz ca approx dept govt min max ft lb lbs oz pp p ch sec mins hrs yr yrs mo mos wk wks tel ext ref
	Gov Rep Lt Gen Maj Sen Sgt Rt Hon Ph Esq Mx Cpt Col Cmdr Fl Dist Intl Natl Int Nat Gov't
	Jr Sr Mssrs Mmes Bldg Mgr Dir Asst Assoc Admin Comm Cmte Sq Ave Dr Ln Rd inc co corp ltd e.g i.e
	U.S U.N U.K E.U a.m p.m Mt Ft pop Ont Que Alta Sask Man Ariz Okla`) {
		abbrevs[a] = true
	}
}
