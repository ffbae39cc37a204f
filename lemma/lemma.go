// Package lemma finds the dictionary form of English words from their form
// and part-of-speech tags: a lexicon learned from a treebank, irregular verb
// and noun tables of our own, and suffix rewrite rules learned per Penn tag
// (-ies → -y, -ied → -y, doubled consonants before -ing/-ed, and so on).
package lemma

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/conllu"
)

// Lemmatizer maps (form, tags) to a lemma. The zero value uses only the
// built-in tables and rules. It is safe for concurrent use after creation.
type Lemmatizer struct {
	// Lex maps XPOS + "\x00" + lowercased form to the lemma seen most
	// often with them in training.
	Lex map[string]string
	// Rules maps XPOS + "\x00" + a suffix of the lowercased form to the
	// rewrite seen most often: the number of bytes to strip, a tab, and
	// the string to append.
	Rules map[string]string
	// Known holds the lowercased lemmas of open-class words seen in
	// training; rule output not in it is checked against its -e,
	// undoubled and e-less variants.
	Known map[string]bool

	// byForm maps a lowercased form to its lemma when the lexicon gives
	// it one lemma under every open-class tag it was seen with; built
	// from Lex by index.
	byForm map[string]string
}

// openTags are the Penn tags of inflecting open-class words.
var openTags = map[string]bool{
	"NN": true, "NNS": true, "VB": true, "VBD": true, "VBG": true, "VBN": true, "VBP": true, "VBZ": true,
	"JJ": true, "JJR": true, "JJS": true,
}

// index builds byForm from Lex.
func (l *Lemmatizer) index() {
	l.byForm = map[string]string{}
	ambiguous := map[string]bool{}
	for k, v := range l.Lex {
		xpos, low, ok := strings.Cut(k, "\x00")
		if !ok || !openTags[xpos] || ambiguous[low] {
			continue
		}
		if old, seen := l.byForm[low]; seen && old != v {
			delete(l.byForm, low)
			ambiguous[low] = true
			continue
		}
		l.byForm[low] = v
	}
}

// maxSuffix is the longest suffix the learned rules look at.
const maxSuffix = 6

// Train learns the lexicon and suffix rules from gold sentences.
func Train(sents []*conllu.Sentence) *Lemmatizer {
	lexCount := map[string]map[string]int{}
	known := map[string]bool{}
	ruleCount := map[string]map[string]int{}
	add := func(m map[string]map[string]int, k, v string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v]++
	}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" || w.Form == "_" {
				continue
			}
			low := strings.ToLower(w.Form)
			add(lexCount, w.XPOS+"\x00"+low, w.Lemma)
			if !open(w.UPOS) {
				continue
			}
			known[strings.ToLower(w.Lemma)] = true
			if w.UPOS == "AUX" {
				continue // irregular forms the lexicon holds: "are" → "be" is no rule for "share"
			}
			r, strip := rewrite(low, strings.ToLower(w.Lemma))
			// A suffix as long as the word would turn every word ending
			// in it into the lemma ("'s" → "be" for "let's").
			for n := max(strip, 1); n <= maxSuffix && n < len(low); n++ {
				add(ruleCount, w.XPOS+"\x00"+low[len(low)-n:], r)
			}
		}
	}
	l := &Lemmatizer{Lex: best(lexCount, 1), Rules: best(ruleCount, 2), Known: known}
	l.index()
	return l
}

// best keeps the most frequent value per key (ties broken by value), for
// keys seen at least min times.
func best(m map[string]map[string]int, min int) map[string]string {
	out := make(map[string]string, len(m))
	for k, vs := range m {
		total, top, topV := 0, 0, ""
		keys := make([]string, 0, len(vs))
		for v := range vs {
			keys = append(keys, v)
		}
		sort.Strings(keys)
		for _, v := range keys {
			n := vs[v]
			total += n
			if n > top {
				top, topV = n, v
			}
		}
		if total >= min {
			out[k] = topV
		}
	}
	return out
}

// rewrite describes how to turn low into lemma: bytes to strip and the
// string to append; it also returns the number of bytes stripped, as a
// rule may only be learned from suffixes at least that long.
func rewrite(low, lemma string) (string, int) {
	p := 0
	for p < len(low) && p < len(lemma) && low[p] == lemma[p] {
		p++
	}
	return fmt.Sprintf("%d\t%s", len(low)-p, lemma[p:]), len(low) - p
}

func applyRewrite(low, r string) (string, bool) {
	n, add, ok := strings.Cut(r, "\t")
	if !ok {
		return "", false
	}
	k := 0
	for _, c := range n {
		if c < '0' || c > '9' {
			return "", false
		}
		k = k*10 + int(c-'0')
		if k > len(low) {
			// Also keeps a damaged model's long number from overflowing.
			return "", false
		}
	}
	if k == len(low) && add == "" {
		return "", false
	}
	return low[:len(low)-k] + add, true
}

func open(upos string) bool {
	switch upos {
	case "NOUN", "VERB", "ADJ", "ADV", "AUX":
		return true
	}
	return false
}

// Lemma returns the lemma of form tagged upos and xpos.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if form == "" {
		return form
	}
	low := strings.ToLower(form)
	if l != nil && l.Lex != nil {
		if v, ok := l.Lex[xpos+"\x00"+low]; ok {
			if upos == "PROPN" && strings.EqualFold(v, form) {
				return form
			}
			return v
		}
	}
	switch upos {
	case "PROPN":
		if v, ok := l.commonNoun(form, low, xpos); ok {
			return v
		}
		if xpos == "NNPS" {
			return singularName(form, low)
		}
		return form
	case "NUM", "PUNCT", "SYM", "X":
		if xpos == "LS" && !listMarker(form) {
			// A word tagged as a list item marker that cannot be one
			// ("Applause" in "( Applause )"): lemmatized as a noun.
			return l.Lemma(form, "NOUN", "NN")
		}
		if isAllLetters(form) && upos == "X" {
			return low
		}
		if upos == "NUM" && groupedNumber(form) {
			// UD English writes numbers without their thousands
			// separators ("12,000" → 12000; all 226 in EWT and GUM
			// train).
			return strings.ReplaceAll(form, ",", "")
		}
		return form
	}
	// A word the lexicon knows only under other tags, all with one
	// lemma: the tag is more likely wrong than the word new ("stolen"
	// tagged JJ, "withdrew" tagged NN).
	if v, ok := l.formLemma(low, xpos); ok && open(upos) {
		return v
	}
	if v, ok := irregular(low, upos, xpos); ok {
		return v
	}
	if l != nil && l.Rules != nil && open(upos) {
		for n := min(maxSuffix, len(low)); n >= 1; n-- {
			if r, ok := l.Rules[xpos+"\x00"+low[len(low)-n:]]; ok {
				if v, ok := applyRewrite(low, r); ok {
					return l.check(low, v)
				}
			}
		}
	}
	if v, ok := ruleLemma(low, xpos); ok {
		return l.check(low, v)
	}
	return low
}

// commonNoun returns the lemma of a title-case or all-capitals word
// tagged as a proper noun that training saw only as a common noun
// ("Applause", "Servers", "DVD"): taggers take many capitalised nouns in
// titles and headings for names.
func (l *Lemmatizer) commonNoun(form, low, xpos string) (string, bool) {
	if l == nil || l.Lex == nil || !(titleCase(form) || allCaps(form)) {
		return "", false
	}
	if _, ok := l.Lex["NNP\x00"+low]; ok {
		return "", false
	}
	if _, ok := l.Lex["NNPS\x00"+low]; ok {
		return "", false
	}
	tags := [2]string{"NN", "NNS"}
	if xpos == "NNPS" {
		tags = [2]string{"NNS", "NN"}
	}
	for _, t := range tags {
		if v, ok := l.Lex[t+"\x00"+low]; ok {
			return v, true
		}
	}
	return "", false
}

// formLemma returns the one lemma the lexicon has for low, a word it
// never saw tagged xpos, when that is more likely than what the rules
// would make of it under xpos.
func (l *Lemmatizer) formLemma(low, xpos string) (string, bool) {
	if l == nil || !openTags[xpos] {
		return "", false
	}
	v, ok := l.byForm[low]
	switch {
	case !ok:
		return "", false
	case strings.HasPrefix(xpos, "VB") && v == low:
		// An adjective or noun tagged as a verb form ("convinced",
		// "cooking"): the rules make a verb lemma of it, as the tag asks.
		return "", false
	case strings.HasPrefix(xpos, "NN") && strings.HasSuffix(low, "ing"):
		// "screening", "listing": -ing nouns keep their form.
		return "", false
	}
	return v, true
}

// singularName returns the singular of a plural proper noun, in its own
// case, as UD English lemmatizes them ("Iraqis" → "Iraqi", "Marines" →
// "Marine").
func singularName(form, low string) string {
	if len(form) != len(low) || len(low) < 4 || !strings.HasSuffix(low, "s") {
		return form
	}
	v, ok := ruleLemma(low, "NNS")
	if !ok || v == low {
		return form
	}
	n := 0
	for n < len(v) && v[n] == low[n] {
		n++
	}
	return form[:n] + v[n:]
}

// listMarker reports whether s can mark a list item: a number, up to
// three letters ("a", "B", "iii", "xiv"), or any run of letters and
// digits in punctuation ("1.", "(b)", "2.1."); a longer word cannot.
func listMarker(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 3 || romanNumeral(strings.TrimFunc(s, isMarkerPunct))
}

// isMarkerPunct reports whether r can surround a list item marker, as
// the brackets of "(viii)" and the full stop of "XIV.": anything but a
// letter or a digit.
func isMarkerPunct(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// romanNumeral reports whether s is a lower- or upper-case Roman
// numeral of letters alone ("viii", "XIV").
func romanNumeral(s string) bool {
	for _, r := range strings.ToLower(s) {
		if !strings.ContainsRune("ivxlcdm", r) {
			return false
		}
	}
	return s != ""
}

// allCaps reports whether s is two or more letters, all upper case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// titleCase reports whether s is an upper-case letter followed by at
// least one more letter, all lower case.
func titleCase(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || size == len(s) {
		return false
	}
	for _, r := range s[size:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// check returns v if it is a known lemma or nothing better is known; else
// the first known of its variants: with -e added or removed, undoubled,
// or both removed ("hottest" rewritten "hotte" as "latest" is "late": hot),
// or without the second of a final double letter ("modell": model).
func (l *Lemmatizer) check(low, v string) string {
	if l == nil || len(l.Known) == 0 || l.Known[v] || v == low {
		return v // a word the rules keep as it is stays so: "fate" is no "fat"
	}
	noE := strings.TrimSuffix(v, "e")
	cands := []string{v + "e", undouble(v), noE, v + v[len(v)-1:], undouble(noE)}
	if n := len(v); n >= 4 && v[n-1] == v[n-2] {
		// Any doubled letter, ll too, which undouble keeps for "fill":
		// "modelling" → "modell" → model.
		cands = append(cands, v[:n-1])
	}
	if strings.HasSuffix(low, "ies") || strings.HasSuffix(low, "ied") {
		cands = append(cands, low[:len(low)-1], low[:len(low)-2])
	}
	for _, c := range cands {
		if c != v && c != "" && l.Known[c] {
			return c
		}
	}
	return v
}

func isAllLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return utf8.RuneCountInString(s) > 0
}

// tables is the encoded form of a Lemmatizer, with sorted slices so that
// the encoding is reproducible.
type tables struct {
	LexKeys, LexVals, RuleKeys, RuleVals []string
	Known                                []string
}

func flatten(m map[string]string) (keys, vals []string) {
	keys = slices.Sorted(maps.Keys(m))
	vals = make([]string, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return keys, vals
}

func unflatten(keys, vals []string) (map[string]string, error) {
	if len(keys) != len(vals) {
		return nil, fmt.Errorf("decode lemmatizer: %d keys for %d values", len(keys), len(vals))
	}
	m := make(map[string]string, len(keys))
	for i, k := range keys {
		m[k] = vals[i]
	}
	return m, nil
}

// MarshalBinary encodes the lemmatizer.
func (l *Lemmatizer) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	var t tables
	t.LexKeys, t.LexVals = flatten(l.Lex)
	t.RuleKeys, t.RuleVals = flatten(l.Rules)
	t.Known = slices.Sorted(maps.Keys(l.Known))
	if err := gob.NewEncoder(&buf).Encode(t); err != nil {
		return nil, fmt.Errorf("encode lemmatizer: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary decodes a lemmatizer encoded by MarshalBinary.
func (l *Lemmatizer) UnmarshalBinary(b []byte) error {
	var t tables
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&t); err != nil {
		return fmt.Errorf("decode lemmatizer: %w", err)
	}
	lex, err := unflatten(t.LexKeys, t.LexVals)
	if err != nil {
		return err
	}
	rules, err := unflatten(t.RuleKeys, t.RuleVals)
	if err != nil {
		return err
	}
	l.Lex, l.Rules = lex, rules
	l.index()
	l.Known = make(map[string]bool, len(t.Known))
	for _, k := range t.Known {
		l.Known[k] = true
	}
	return nil
}

// groupedNumber reports whether s is a number written with commas between
// groups of three digits, with or without decimals: "12,000", "1,200.50".
func groupedNumber(s string) bool {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac && (frac == "" || strings.Trim(frac, "0123456789") != "") {
		return false
	}
	groups := strings.Split(intPart, ",")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for i, g := range groups {
		if strings.Trim(g, "0123456789") != "" || (i > 0 && len(g) != 3) {
			return false
		}
	}
	return true
}
