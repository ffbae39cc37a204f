package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxSentenceTokens is the longest sentence Sentences returns; longer runs
// without a boundary (lists, tables, unpunctuated text) are cut there so
// that later stages stay fast.
const MaxSentenceTokens = 250

// Sentences splits the tokens of s into sentences and returns the index of
// the first token of each sentence (the first is 0 when toks is not empty).
// A sentence ends at ".", "!", "?", an ellipsis or an abbreviation when
// what follows starts a sentence; closing quotes and brackets right after
// the end belong to the sentence they close.
func Sentences(s string, toks []Tok, starts []int) []int {
	if len(toks) == 0 {
		return starts
	}
	first := len(starts)
	starts = append(starts, 0)
	last := 0
	for i := 0; i < len(toks); i++ {
		w := s[toks[i].Start:toks[i].End]
		kind := endKind(w)
		if kind == notEnd {
			if i+1 < len(toks) && softEnd(s, toks, last, i) {
				starts = append(starts, i+1)
				last = i + 1
			}
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j-1].SpaceAfter && isCloser(s[toks[j].Start:toks[j].End]) {
			j++
		}
		// A citation mark after the end belongs to the sentence: ". [24]",
		// ". [1 - 3]".
		if j+2 < len(toks) && s[toks[j].Start:toks[j].End] == "[" && isNumberLike(s[toks[j+1].Start:toks[j+1].End]) {
			for k := j + 2; k < len(toks) && k < j+8; k++ {
				w := s[toks[k].Start:toks[k].End]
				if w == "]" {
					j = k + 1
					break
				}
				if !isNumberLike(w) && w != "-" && w != "–" && w != "," {
					break
				}
			}
		}
		if j >= len(toks) {
			break
		}
		if isBoundary(s, toks, i, j, kind) {
			starts = append(starts, j)
			last = j
		}
		i = j - 1
	}
	return capLength(starts, first, len(toks))
}

// capLength cuts sentences longer than MaxSentenceTokens (from index first
// of starts on) into pieces of at most that many tokens.
func capLength(starts []int, first, n int) []int {
	long := false
	for k := first; k < len(starts); k++ {
		end := n
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		if end-starts[k] > MaxSentenceTokens {
			long = true
			break
		}
	}
	if !long {
		return starts
	}
	out := append([]int(nil), starts[:first]...)
	for k := first; k < len(starts); k++ {
		end := n
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		for p := starts[k]; p < end; p += MaxSentenceTokens {
			out = append(out, p)
		}
	}
	return out
}

type endKindT int

const (
	notEnd endKindT = iota
	fullStop
	exclaim // ! or ?
	ellipsis
	abbrev
)

func endKind(w string) endKindT {
	if c := w[len(w)-1]; c != '.' && c != '!' && c != '?' && c < utf8.RuneSelf {
		return notEnd
	}
	switch w {
	case ".":
		return fullStop
	case "!", "?":
		return exclaim
	case "...", "…", "....":
		return ellipsis
	}
	if len(w) > 1 {
		if strings.Trim(w, "!?") == "" {
			return exclaim
		}
		if strings.Trim(w, ".") == "" {
			return ellipsis
		}
		if w[len(w)-1] == '.' && isAbbrev(w) || w[len(w)-1] == '.' && contextAbbrevs[w[:len(w)-1]] {
			return abbrev
		}
	}
	return notEnd
}

func isCloser(w string) bool {
	switch w {
	case "\"", "”", "’", "'", ")", "]", "}", "»", "''":
		return true
	}
	return false
}

func isQuoteCloser(w string) bool {
	return w == "\"" || w == "”" || w == "’" || w == "'" || w == "''"
}

func isOpener(w string) bool {
	switch w {
	case "\"", "“", "‘", "'", "(", "[", "{", "«", "``":
		return true
	}
	return false
}

// isBoundary decides whether a sentence ends before token j, given that
// token i (of the given kind) may end one and tokens i+1..j-1 close it.
func isBoundary(s string, toks []Tok, i, j int, kind endKindT) bool {
	next := s[toks[j].Start:toks[j].End]
	closed := j > i+1
	// What starts the next sentence: skip opening quotes and brackets.
	k := j
	for k < len(toks)-1 && isOpener(s[toks[k].Start:toks[k].End]) {
		k++
	}
	first := s[toks[k].Start:toks[k].End]
	r, _ := utf8.DecodeRuneInString(first)
	upper := unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.Is(unicode.Han, r)
	lower := unicode.IsLower(r)
	if len(next) > 0 && strings.IndexByte(",;:)]}%.!?", next[0]) >= 0 && k == j {
		return false
	}
	if isLeadingTitle(first) {
		upper = true
	}
	switch kind {
	case fullStop:
		// A period glued to a lower-case word is part of a name
		// ("*.example.net"), not the end of a sentence.
		if lower && (closed || !toks[i].SpaceAfter && j == i+1) {
			return false
		}
		return true
	case exclaim:
		// Lower case after "?" or "!" closed by a quotation mark or a
		// bracket goes on with the sentence ("“Why now?” he asked."), and
		// so does an attribution without marks ("Why now? asked the
		// minister."); other lower-case words start a sentence, as in web
		// text ("any ideas? i think so").
		// An opening mark glued to the end is a misprinted closing one
		// ("views!“ she posted").
		glued := k == j+1 && !toks[i].SpaceAfter && toks[j].SpaceAfter && (next == "“" || next == "‘")
		if lower && (closed || glued || k == j && attribution(s, toks, k)) {
			return false
		}
		// A name and a speech verb closing the attribution after a quoted
		// question: "“Why now?” Ruiz asked."
		if closed && k == j && isQuoteCloser(s[toks[j-1].Start:toks[j-1].End]) && namedAttribution(s, toks, k) {
			return false
		}
		return true
	case ellipsis:
		return upper && first != "I" || isStarter(first)
	case abbrev:
		w := s[toks[i].Start:toks[i].End]
		stem := w[:len(w)-1]
		if titles[stem] || !upper {
			return false
		}
		if monthAbbrev(stem) && isDigit(first[0]) {
			return false
		}
		return isStarter(first) || closed && isQuoteCloser(s[toks[j-1].Start:toks[j-1].End])
	}
	return false
}

// attribution reports whether the tokens from k on start an attribution
// of speech: a speech verb ("asked the minister", "says Ruiz"), or a
// pronoun or a short noun phrase in lower case before one ("he asked",
// "the paper asked", "my mother says").
func attribution(s string, toks []Tok, k int) bool {
	w := s[toks[k].Start:toks[k].End]
	if speechVerbs[w] {
		return true
	}
	if !subjectStarts[w] {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+3; n++ {
		w := s[toks[n].Start:toks[n].End]
		if speechVerbs[w] {
			return true
		}
		if c := w[0]; !(c >= 'a' && c <= 'z') || subjectStarts[w] {
			return false
		}
	}
	return false
}

// namedAttribution reports whether the tokens from k on are an attribution
// of speech by name that ends there: up to three capitalised words (a
// title such as "Mr." among them) and a speech verb before ".", "," or the
// end ("Ruiz asked.", "Mr. Ana Ruiz said,", "I asked."). A word that
// starts sentences ("He said, ‘No.’") or a comma before a new quotation
// ("I said, ‘Because …’") makes no attribution.
func namedAttribution(s string, toks []Tok, k int) bool {
	if w := s[toks[k].Start:toks[k].End]; isStarter(w) && w != "I" {
		return false
	}
	n := k
	for n < len(toks) && n < k+3 {
		w := s[toks[n].Start:toks[n].End]
		if !isCapWord(w) && w != "I" && !isLeadingTitle(w) {
			break
		}
		n++
	}
	if n == k || n >= len(toks) || !speechVerbs[s[toks[n].Start:toks[n].End]] {
		return false
	}
	if n+1 == len(toks) {
		return true
	}
	switch s[toks[n+1].Start:toks[n+1].End] {
	case ".":
		return true
	case ",":
		return n+2 == len(toks) || !isOpener(s[toks[n+2].Start:toks[n+2].End])
	}
	return false
}

// speechVerbs are verbs of saying in the past or present tense that follow
// a quoted question or exclamation.
var speechVerbs = map[string]bool{}

// subjectStarts are lower-case words that begin the subject of an
// attribution: pronouns and determiners.
var subjectStarts = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`said says asked asks shouted shouts cried cries wondered wonders replied replies
	added adds demanded demands exclaimed exclaims yelled yells wrote writes thought thinks insisted insists
	answered answers inquired inquires enquired queried queries tweeted tweets declared declares countered counters
	quipped quips retorted retorts snapped snaps pleaded pleads protested protests screamed screams whispered
	whispers shrieked wailed wails muttered mutters told tells urged urges challenged challenges responded responds
	continued continues remarked remarks joked jokes mused muses sighed sighs laughed laughs chanted chant chants
	implored begged begs cautioned warned warns argued argues explained explains recalled recalls`) {
		speechVerbs[w] = true
	}
	for _, w := range strings.Fields(`he she they we you it one someone somebody the a an his her their our my your its this that`) {
		subjectStarts[w] = true
	}
}

func monthAbbrev(w string) bool {
	switch w {
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos":
		return true
	}
	return false
}

func isLeadingTitle(w string) bool {
	return len(w) > 1 && w[len(w)-1] == '.' && titles[w[:len(w)-1]]
}

// titles are abbreviations that precede a name and never end a sentence.
var titles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Dr": true, "Prof": true, "Gen": true, "Sen": true,
	"Sens": true, "Rep": true, "Reps": true, "Gov": true, "Lt": true, "Col": true, "Maj": true, "Capt": true,
	"Cmdr": true, "Cdr": true, "Adm": true, "Sgt": true, "Cpl": true, "Pvt": true, "Brig": true, "Rev": true,
	"Fr": true, "Hon": true, "Pres": true, "Supt": true, "Insp": true, "Det": true, "Amb": true, "Atty": true,
	"Gens": true, "Mme": true, "Mlle": true, "Msgr": true, "St": true, "Mt": true, "Ft": true, "Rt": true,
	"Sra": true, "Cpt": true,
}

// isStarter reports capitalised words that often begin a sentence, used
// to tell whether an abbreviation ends one.
func isStarter(w string) bool { return starters[w] }

var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I You This That These Those There Here But And
	Or So Yet However In On At For As After Before When While If Although Though Since Meanwhile Some Many
	Most Its His Her Their Our My Your What Who Why How Where Which Officials Police Such Still Also Then
	Now Today Yesterday Last Earlier Later Under Over During Despite According Other Both Each Every All
	No Not One Two Three Its Another Several Among Mr Mrs Ms Dr Analysts Authorities Critics Government`) {
		starters[w] = true
	}
}

// softEnd reports a sentence that ends without punctuation before token
// i+1, as in e-mail and web text: after a URL or e-mail address, after the
// date and time of a message header, and after a sign-off ("Thanks",
// "Best regards,") or a greeting ("Hi David:"), when a capitalised word
// follows.
func softEnd(s string, toks []Tok, start, i int) bool {
	next := s[toks[i+1].Start:toks[i+1].End]
	w := s[toks[i].Start:toks[i].End]
	switch c := next[0]; {
	case isDigit(c):
		// A sender's name before the date and time of a message header:
		// "Mike Curry 11/14/2000 11:37 AM".
		return i+2 < len(toks) && isCapWord(w) && isDate(next) && isTime(s[toks[i+2].Start:toks[i+2].End])
	case c >= 'a' && c <= 'z':
		return c == 'h' && strings.HasPrefix(next, "http") && isURLToken(w)
	case c < utf8.RuneSelf && !(c >= 'A' && c <= 'Z'):
		return false
	case c >= utf8.RuneSelf:
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) {
			return false
		}
	}
	if len(w) > 5 && isURLToken(w) || isEmoticon(w) && i > start {
		return true
	}
	// A line of dashes or stars before a capitalised word: "-- Posted by".
	if onlyRules(s, toks[start:i+1]) && len(next) > 1 {
		return true
	}

	if isTime(w) && i > start && isDate(s[toks[i-1].Start:toks[i-1].End]) && next != "AM" && next != "PM" {
		return true
	}
	if (w == "AM" || w == "PM" || w == "am" || w == "pm") && i > start+1 && isTime(s[toks[i-1].Start:toks[i-1].End]) && isDate(s[toks[i-2].Start:toks[i-2].End]) {
		return true
	}
	n := i - start + 1
	// A letter's salutation, "Louise, There are ...": a name and a comma
	// at the start of a paragraph, before a word that starts a sentence.
	if n == 2 && w == "," && (start == 0 || strings.ContainsRune(s[toks[start-1].End:toks[start].Start], '\n')) {
		name := s[toks[start].Start:toks[start].End]
		if isCapWord(name) && !discourse[name] && letterStarts[next] {
			return true
		}
	}
	if n > 5 || !hasLower(greetOrSign, s[toks[start].Start:toks[start].End]) {
		return false
	}
	var words []string
	for k := start; k <= i; k++ {
		words = append(words, strings.ToLower(s[toks[k].Start:toks[k].End]))
	}
	if words[n-1] == "," || words[n-1] == ":" || words[n-1] == "!" {
		words = words[:n-1]
	}
	phrase := strings.Join(words, " ")
	if signOffs[phrase] && (len(words) > 1 || w == "," || phrase == "thanks") {
		// "Thanks again, Directv." thanks someone within one sentence.
		k := i + 1
		for k < len(toks) && k < i+4 && isCapWord(s[toks[k].Start:toks[k].End]) {
			k++
		}
		if k < len(toks) && endKind(s[toks[k].Start:toks[k].End]) != notEnd {
			return false
		}
		return true
	}
	if len(words) >= 2 && len(words) <= 4 && (words[0] == "hi" || words[0] == "hello" || words[0] == "dear" || words[0] == "hey") && (w == "," || w == ":") {
		return true
	}
	return false
}

// onlyRules reports whether the tokens are all runs of two or more dashes,
// stars, equals signs or underscores.
func onlyRules(s string, toks []Tok) bool {
	for _, t := range toks {
		if t.End-t.Start < 2 || strings.Trim(s[t.Start:t.End], "-*=_~—–") != "" {
			return false
		}
	}
	return true
}

// hasLower reports whether m holds w in lower case, without allocating.
func hasLower(m map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// isCapWord reports a capitalised word of ASCII letters.
func isCapWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	return true
}

// discourse holds sentence adverbs that a comma follows at the start of
// a sentence, which are no salutation.
var discourse = map[string]bool{}

// letterStarts holds words that begin the body of a letter after its
// salutation.
var letterStarts = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`However Meanwhile Still Instead Now Yesterday Today Also Moreover Furthermore
	Nevertheless Indeed Separately Earlier Later Then Thus Finally First Second Third Overall Again Otherwise
	Similarly Likewise Nonetheless Besides Anyway Well Yes No Oh Ok Okay So Sadly Fortunately Unfortunately
	Surprisingly Initially Eventually Afterwards Recently Currently Previously Tomorrow Tonight Here There`) {
		discourse[w] = true
	}
	for _, w := range strings.Fields(`I We There Here Please Thanks Thank Attached As Are Your This Can Could Would
	Will Just Hope Let Sorry Good Yes It Our My Do Did Have Is Per Following Enclosed Hello Hi FYI`) {
		letterStarts[w] = true
	}
}

// greetOrSign holds the first words of greetings and sign-offs.
var greetOrSign = map[string]bool{
	"thanks": true, "thank": true, "best": true, "regards": true, "cheers": true, "sincerely": true, "good": true,
	"kind": true, "warm": true, "many": true, "yours": true, "all": true, "hi": true, "hello": true, "dear": true, "hey": true,
}

var signOffs = map[string]bool{
	"thanks": true, "thank you": true, "best": true, "regards": true, "best regards": true, "cheers": true,
	"sincerely": true, "good luck": true, "kind regards": true, "warm regards": true, "many thanks": true,
	"thanks again": true, "best wishes": true, "yours": true, "yours truly": true, "all the best": true,
}

func isURLToken(w string) bool {
	return strings.Contains(w, "://") || strings.HasPrefix(w, "www.") || strings.Count(w, "@") == 1 && strings.Contains(w[strings.IndexByte(w, '@'):], ".")
}

// isTime reports "14:57" or "03:17:01".
func isTime(w string) bool {
	if len(w) < 4 || len(w) > 8 || !strings.Contains(w, ":") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != ':' {
			return false
		}
	}
	return true
}

// isDate reports numeric dates such as "07/06/2000".
func isDate(w string) bool {
	return len(w) >= 6 && len(w) <= 10 && strings.Count(w, "/") == 2 && isNumberLike(w)
}
