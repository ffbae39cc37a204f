package main

import (
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// PETRARCH's new actors: with the configuration option new_actor_length
// set to n > 0, a noun phrase that names no dictionary actor stands for
// itself, coded as its words in double quotes when it has at most n
// words ("THE MINISTRY OF MAGIC"), but only where no dictionary actor
// fills the slot (get_loccodes and find_source/find_target in PETRARCH's
// petrarch.py: a coded noun phrase is taken before a null-coded one).

// petrNewActorLength returns a record's new_actor_length, 0 when unset
// or not a positive number.
func petrNewActorLength(r petrRecord) int {
	n, err := strconv.Atoi(strings.TrimSpace(r.Config["new_actor_length"]))
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// ptbNounPhrases returns the token ranges [a, b) of the noun phrases
// PETRARCH reads as actor phrases in a bracketed parse: each outermost
// noun phrase, or each conjunct of a coordinated one ("Eriador's death
// and injury toll" gives two).
func ptbNounPhrases(parse string) [][2]int {
	return ptbOuterPhrases(parse, func(n *ptbNode, tags []string) bool {
		if strings.HasSuffix(n.label, "-TMP") {
			return false
		}
		for _, k := range n.kids {
			if k.tok >= 0 && tags[k.tok] == "CC" {
				return false
			}
		}
		return true
	})
}

// ptbOuterPhrases returns the token ranges [a, b) of the outermost noun
// phrases of a bracketed parse that take reports true for (given the
// parse's tags); the phrases below those are not visited. An unreadable
// parse has none.
func ptbOuterPhrases(parse string, take func(n *ptbNode, tags []string) bool) [][2]int {
	var words, tags []string
	root, _, err := ptbParse(ptbTokens(parse), &words, &tags)
	if err != nil {
		return nil
	}
	var out [][2]int
	var walk func(n *ptbNode, depth int)
	walk = func(n *ptbNode, depth int) {
		if depth > 200 || n.tok >= 0 {
			return
		}
		if ptbBase(n.label) == "NP" && take(n, tags) {
			if a, b := ptbSpan(n); a >= 0 {
				out = append(out, [2]int{a, b})
			}
			return
		}
		for _, k := range n.kids {
			walk(k, depth+1)
		}
	}
	walk(root, 0)
	return out
}

// ptbSpan returns the token range a constituent covers, or -1, -1.
func ptbSpan(n *ptbNode) (int, int) {
	a, b := -1, -1
	var walk func(n *ptbNode, depth int)
	walk = func(n *ptbNode, depth int) {
		if depth > 200 {
			return
		}
		if n.tok >= 0 {
			if a < 0 || n.tok < a {
				a = n.tok
			}
			b = max(b, n.tok+1)
			return
		}
		for _, k := range n.kids {
			walk(k, depth+1)
		}
	}
	walk(n, 0)
	return a, b
}

// petrAddNewActors adds to sentence 0 of d, for each noun phrase span
// that overlaps no mention, a mention coded as the phrase's words in
// upper case and double quotes (possessive endings and punctuation
// left out), when it has at most n words.
func petrAddNewActors(d *doc.Document, spans [][2]int, n int) {
	if n <= 0 || len(d.Sentences) == 0 {
		return
	}
	toks := d.Sentences[0].Tokens
	for _, sp := range spans {
		a, b := sp[0], sp[1]
		if a < 0 || b > len(toks) || a >= b {
			continue
		}
		free := true
		for _, e := range d.Entities {
			if e.Sentence == 0 && e.TokStart < b && e.TokEnd > a {
				free = false
			}
		}
		var ws []string
		for _, t := range toks[a:b] {
			if t.XPOS != "POS" && t.UPOS != "PUNCT" {
				ws = append(ws, strings.ToUpper(t.Word()))
			}
		}
		if !free || len(ws) == 0 || len(ws) > n {
			continue
		}
		d.Entities = append(d.Entities, doc.Entity{Start: toks[a].Start, End: toks[b-1].End, Text: d.Text[toks[a].Start:toks[b-1].End],
			Type: "ORG", Code: `"` + strings.Join(ws, " ") + `"`, Name: d.Text[toks[a].Start:toks[b-1].End], Sentence: 0, By: "petrarch",
			TokStart: a, TokEnd: b, Ref: -1})
	}
}

// petrMergeNewActors takes, trigger by trigger, the events coded with
// new actors (with) over those coded without them (without) when they
// keep every event the dictionary actors gave: a new actor fills a slot
// no dictionary actor fills, or joins a compound, but never displaces a
// dictionary actor.
func petrMergeNewActors(without, with []doc.Event) []doc.Event {
	type key struct{ sent, tok int }
	sig := func(e doc.Event) string {
		s := e.Source.Code + "|" + e.Code + "|"
		if e.Target != nil {
			s += e.Target.Code
		}
		return s
	}
	byTrig := func(evs []doc.Event) (map[key][]doc.Event, []key) {
		m := map[key][]doc.Event{}
		var order []key
		for _, e := range evs {
			k := key{e.Sentence, e.TriggerToken}
			if _, ok := m[k]; !ok {
				order = append(order, k)
			}
			m[k] = append(m[k], e)
		}
		return m, order
	}
	old, oldOrder := byTrig(without)
	nu, nuOrder := byTrig(with)
	var out []doc.Event
	for _, k := range oldOrder {
		keep := old[k]
		if alt, ok := nu[k]; ok {
			have := map[string]bool{}
			for _, e := range alt {
				have[sig(e)] = true
			}
			all := true
			for _, e := range keep {
				all = all && have[sig(e)]
			}
			if all {
				keep = alt
			}
		}
		out = append(out, keep...)
	}
	for _, k := range nuOrder {
		if _, ok := old[k]; !ok {
			out = append(out, nu[k]...)
		}
	}
	return out
}

// ptbBaseNounPhrases returns the token ranges [a, b) of the flat noun
// phrases of a bracketed parse: those whose children are all words, with
// no coordinating conjunction among them.
func ptbBaseNounPhrases(parse string) [][2]int { return ptbFlatPhrases(parse, false) }

// ptbWordPhrases returns the token ranges of the noun phrases whose
// children are all words, conjunctions included ("Danish media and
// government").
func ptbWordPhrases(parse string) [][2]int { return ptbFlatPhrases(parse, true) }

// ptbFlatPhrases returns the token ranges of the noun phrases whose
// children are all words, with a coordinating conjunction among them
// only when cc is true.
func ptbFlatPhrases(parse string, cc bool) [][2]int {
	return ptbOuterPhrases(parse, func(n *ptbNode, tags []string) bool {
		for _, k := range n.kids {
			if k.tok < 0 || !cc && tags[k.tok] == "CC" {
				return false
			}
		}
		return true
	})
}

// petrFirstActorPerPhrase keeps, of the mentions inside one flat noun
// phrase, only the first: PETRARCH's check_NEphrase codes a phrase with
// the first actor found in it and searches no further ("the evil Arnor
// awful Gondor" is Arnor).
func petrFirstActorPerPhrase(d *doc.Document, phrases [][2]int) {
	drop := map[int]bool{}
	for _, ph := range phrases {
		first := -1
		for i, e := range d.Entities {
			if e.Sentence != 0 || e.TokStart < ph[0] || e.TokEnd > ph[1] {
				continue
			}
			if first >= 0 {
				drop[i] = true
			} else {
				first = i
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	out := d.Entities[:0]
	for i, e := range d.Entities {
		if !drop[i] {
			out = append(out, e)
		}
	}
	d.Entities = out
}
