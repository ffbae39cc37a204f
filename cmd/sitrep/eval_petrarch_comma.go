package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// petrCommaRules are PETRARCH's comma_* options: before coding, a phrase
// set off by commas whose length in words lies within [Min, Max] is
// deleted from the parse; BMin/BMax govern the phrase before the first
// comma, EMin/EMax the one after the last. A maximum of 0 turns its rule
// off.
type petrCommaRules struct {
	Min, Max, BMin, BMax, EMin, EMax int
}

// petrCommaDefaults are PETRARCH's own settings (PETRglobals): middle and
// final phrases of 2 to 8 words go, the initial rule is off.
var petrCommaDefaults = petrCommaRules{Min: 2, Max: 8, BMin: 0, BMax: 0, EMin: 2, EMax: 8}

// petrCommaConfig returns the comma rules of a record's configuration,
// PETRARCH's defaults for the options it leaves unset. ok is false when
// the configuration names no comma_* option at all.
func petrCommaConfig(cfg map[string]string) (rules petrCommaRules, ok bool) {
	rules = petrCommaDefaults
	for k, v := range cfg {
		var dst *int
		switch strings.ToLower(k) {
		case "comma_min":
			dst = &rules.Min
		case "comma_max":
			dst = &rules.Max
		case "comma_bmin":
			dst = &rules.BMin
		case "comma_bmax":
			dst = &rules.BMax
		case "comma_emin":
			dst = &rules.EMin
		case "comma_emax":
			dst = &rules.EMax
		default:
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			// PETRARCH ignores a value that is no integer.
			continue
		}
		*dst = n
		ok = true
	}
	return rules, ok
}

// ptbItem is one element of a bracketed parse read as PETRARCH's
// ParseList: a phrase opening "(X", a word, or a phrase closing "~X".
type ptbItem struct {
	kind  byte // '(' opening, '~' closing, 'w' word
	label string
	// clause marks a comma tag that delimits phrases: one whose phrase
	// is not a noun phrase (PETRARCH folds noun phrases into named
	// entities first, so their commas are plain words).
	clause bool
}

func (it ptbItem) isComma() bool { return it.kind == '(' && it.clause }

// ptbItems reads a bracketed parse into items; ok is false when the
// brackets do not form a tree.
func ptbItems(parse string) (items []ptbItem, ok bool) {
	toks := ptbTokens(parse)
	var stack []string
	for i := 0; i < len(toks); i++ {
		switch t := toks[i]; t {
		case "(":
			label := ""
			if i+1 < len(toks) && toks[i+1] != "(" && toks[i+1] != ")" {
				label = toks[i+1]
				i++
			}
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			items = append(items, ptbItem{kind: '(', label: label, clause: label == "," && parent != "NP"})
			stack = append(stack, label)
		case ")":
			if len(stack) == 0 {
				return nil, false
			}
			items = append(items, ptbItem{kind: '~', label: stack[len(stack)-1]})
			stack = stack[:len(stack)-1]
		default:
			items = append(items, ptbItem{kind: 'w', label: t})
		}
	}
	return items, len(stack) == 0
}

// ptbString writes items back as a bracketed parse, leaving out phrases
// that lost all their words.
func ptbString(items []ptbItem) string {
	var out []string
	for i := 0; i < len(items); {
		if items[i].kind != '(' {
			i++
			continue
		}
		s, next := ptbPhrase(items, i)
		if s != "" {
			out = append(out, s)
		}
		i = next
	}
	return strings.Join(out, " ")
}

// ptbPhrase writes the phrase opening at items[i] and returns the index
// after its closing; a phrase without words writes as "".
func ptbPhrase(items []ptbItem, i int) (string, int) {
	var parts []string
	j := i + 1
	for j < len(items) && items[j].kind != '~' {
		if items[j].kind == 'w' {
			parts = append(parts, items[j].label)
			j++
			continue
		}
		s, next := ptbPhrase(items, j)
		if s != "" {
			parts = append(parts, s)
		}
		j = next
	}
	if len(parts) == 0 {
		return "", j + 1
	}
	return "(" + items[i].label + " " + strings.Join(parts, " ") + ")", j + 1
}

// petrDropCommaPhrases applies PETRARCH's comma rules to a bracketed
// parse the way its check_commas does: the initial phrase (once), the
// final phrase (once), then each phrase between two commas from left to
// right; only complete phrases inside a span are deleted, the commas
// stay, and a comma left with no words before it (or after it, at the
// end) goes too. Words are counted as PETRARCH counts them: tokens that
// begin with a letter. The parse comes back unchanged when it has no
// clause comma, when its brackets do not balance, or when the deletions
// would unbalance it (where PETRARCH would give up on the record).
func petrDropCommaPhrases(parse string, rules petrCommaRules) string {
	pl, ok := ptbItems(parse)
	if !ok || commaIndex(pl, 0) < 0 {
		return parse
	}
	if rules.BMax != 0 {
		if c := commaIndex(pl, 0); c >= 2 {
			if n := petrWordCount(pl, 2, c); n >= rules.BMin && n <= rules.BMax {
				pl = petrDeletePhrases(pl, 2, c)
			}
		}
	}
	if rules.EMax != 0 {
		if ka, kend := petrLastComma(pl); ka >= 0 {
			if n := petrWordCount(pl, ka, len(pl)); n >= rules.EMin && n <= rules.EMax {
				pl = petrDeletePhrases(pl, ka+3, kend)
			}
		}
	}
	if rules.Max != 0 {
		ka := commaIndex(pl, 0)
		for ka >= 0 {
			kb := commaIndex(pl, ka+1)
			if kb < 0 {
				break
			}
			if n := petrWordCount(pl, ka+2, kb); n >= rules.Min && n <= rules.Max {
				pl = petrDeletePhrases(pl, ka, kb)
			}
			// As in PETRARCH, the search goes on from the second
			// comma's place before the deletion.
			ka = kb
		}
	}
	if c := commaIndex(pl, 0); c >= 0 && petrWordCount(pl, 2, c) == 0 {
		pl = ptbCutComma(pl, c)
	}
	if ka, kend := petrLastComma(pl); ka >= 0 && petrWordCount(pl, ka+1, kend) == 0 {
		pl = ptbCutComma(pl, ka)
	}
	if !ptbBalanced(pl) {
		return parse
	}
	return ptbString(pl)
}

// ptbCutComma removes the comma phrase "(, ,)" opening at pl[c]: its
// opening, word and closing, or as many as there are: "(, )" has no
// word. A cut that unbalances the tree is caught by the check after.
func ptbCutComma(pl []ptbItem, c int) []ptbItem {
	return append(pl[:c:c], pl[min(c+3, len(pl)):]...)
}

// commaIndex returns the index of the first clause comma at or after
// from, or -1.
func commaIndex(pl []ptbItem, from int) int {
	for i := max(from, 0); i < len(pl); i++ {
		if pl[i].isComma() {
			return i
		}
	}
	return -1
}

// petrWordCount counts the words of pl[lo:hi] that begin with a letter.
func petrWordCount(pl []ptbItem, lo, hi int) int {
	n := 0
	for i := max(lo, 0); i < hi && i < len(pl); i++ {
		if pl[i].kind != 'w' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(pl[i].label); unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// petrFindEnd returns the index of the tag of the sentence's last word
// (its final punctuation, as a rule).
func petrFindEnd(pl []ptbItem) int {
	k := len(pl) - 1
	for k >= 2 && pl[k].kind == '~' {
		k--
	}
	return k - 1
}

// petrLastComma returns the index of the last clause comma before the
// sentence's end (petrFindEnd), searched back to index 2 as PETRARCH
// does, or -1; kend is that end.
func petrLastComma(pl []ptbItem) (ka, kend int) {
	kend = petrFindEnd(pl)
	ka = kend - 1
	for ka >= 2 && !pl[ka].isComma() {
		ka--
	}
	if ka < 0 || !pl[ka].isComma() {
		return -1, kend
	}
	return ka, kend
}

// petrDeletePhrases deletes the complete phrases of pl[lo:hi], scanning
// backwards with a stack of closings as PETRARCH's delete_phrases does;
// a phrase is cut from its opening to the first closing of its label
// after it.
func petrDeletePhrases(pl []ptbItem, lo, hi int) []ptbItem {
	var stack []string
	for k := hi - 1; k >= lo && k >= 0; k-- {
		if k >= len(pl) {
			continue
		}
		switch it := pl[k]; {
		case it.kind == '~':
			stack = append(stack, it.label)
		case it.kind == '(' && len(stack) > 0 && it.label == stack[len(stack)-1]:
			end := -1
			for j := k + 1; j < len(pl); j++ {
				if pl[j].kind == '~' && pl[j].label == it.label {
					end = j
					break
				}
			}
			if end < 0 {
				return pl
			}
			pl = append(pl[:k:k], pl[end+1:]...)
			stack = stack[:len(stack)-1]
		}
	}
	return pl
}

// ptbBalanced reports whether every opening has its closing.
func ptbBalanced(pl []ptbItem) bool {
	var stack []string
	for _, it := range pl {
		switch it.kind {
		case '(':
			stack = append(stack, it.label)
		case '~':
			if len(stack) == 0 || stack[len(stack)-1] != it.label {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

// petrCommaParse returns the record's bracketed parse after the comma
// rules its configuration sets, or the parse as it is when it sets none.
func petrCommaParse(r petrRecord) string {
	rules, ok := petrCommaConfig(r.Config)
	if !ok {
		return r.Parse
	}
	return petrDropCommaPhrases(r.Parse, rules)
}
