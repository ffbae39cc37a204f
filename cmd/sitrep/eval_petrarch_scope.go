package main

import (
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// petrDropSubordinate removes the events whose trigger lies in an
// adverbial clause ("... five years after crowds burned down its
// embassy") of a verb that coded an event itself: PETRARCH codes the
// main verb and leaves the clauses under it alone.
//
// Only an event with a coded source and target counts as coding the
// main verb, as PETRARCH requires both to code one.
func petrDropSubordinate(d *doc.Document) {
	type key struct{ sent, tok int }
	trig := map[key]bool{}
	for _, e := range d.Events {
		if e.Source.Code != "" && e.Target != nil && e.Target.Code != "" && e.Modality != doc.Negated {
			trig[key{e.Sentence, e.TriggerToken}] = true
		}
	}
	out := d.Events[:0]
	for _, e := range d.Events {
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) || !petrUnderCodedVerb(d.Sentences[e.Sentence].Tokens, e.TriggerToken, func(i int) bool { return trig[key{e.Sentence, i}] }) {
			out = append(out, e)
		}
	}
	d.Events = out
}

// petrUnderCodedVerb reports whether token i lies in an adverbial
// clause (one opened by "after", "while", "because" ...) below a verb
// that coded reports true for: the clause's head, or a verb further up
// that the clause's head complements.
func petrUnderCodedVerb(toks []doc.Token, i int, coded func(int) bool) bool {
	adverbial := false
	for steps := 0; i >= 0 && i < len(toks) && steps < len(toks); steps++ {
		h := toks[i].Head - 1
		if h < 0 {
			return false
		}
		// The clause may hang from a complement of the coded verb: "is
		// said to be about to restore ties after crowds burned its
		// embassy".
		adverbial = adverbial || petrAdverbialClause(toks, i)
		if coded(h) && adverbial {
			return true
		}
		i = h
	}
	return false
}

// petrSubordinators open adverbial clauses.
var petrSubordinators = map[string]bool{"after": true, "before": true, "while": true, "when": true,
	"because": true, "since": true, "although": true, "though": true, "until": true, "once": true, "as": true}

// petrAdverbialClause reports whether token i heads a clause marked by a
// subordinator.
func petrAdverbialClause(toks []doc.Token, i int) bool {
	infinitive := false
	for _, t := range toks {
		if t.Head-1 != i || t.Rel != "mark" {
			continue
		}
		w := strings.ToLower(t.Text)
		if petrSubordinators[w] {
			return true
		}
		infinitive = infinitive || w == "to"
	}
	return toks[i].Rel == "advcl" && !infinitive
}

// petrDropNoLowerPhrase removes the events with no target whose verb
// governs no noun phrase after it: PETRARCH (find_target in its
// petrarch.py) takes the target from the noun phrases after the verb,
// coded or not, and codes no event when there is none. "a Bree official
// said today" codes nothing (a temporal noun phrase is none); "a Bree
// official said on Saturday" codes BREGOV --- .
func petrDropNoLowerPhrase(d *doc.Document) {
	out := d.Events[:0]
	for _, e := range d.Events {
		if e.Target != nil || e.Sentence < 0 || e.Sentence >= len(d.Sentences) || petrLowerPhrase(d.Sentences[e.Sentence].Tokens, e.TriggerToken) {
			out = append(out, e)
		}
	}
	d.Events = out
}

// petrLowerPhrase reports whether a noun or pronoun after token v lies
// under it, other than a temporal noun phrase.
func petrLowerPhrase(toks []doc.Token, v int) bool {
	if v < 0 || v >= len(toks) {
		return true
	}
	for i := v + 1; i < len(toks); i++ {
		if u := toks[i].UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
			continue
		}
		under, temporal := false, false
		for x, n := i, 0; x >= 0 && x < len(toks) && n < len(toks); x, n = toks[x].Head-1, n+1 {
			temporal = temporal || toks[x].Rel == "obl:tmod" || toks[x].Rel == "nmod:tmod"
			if toks[x].Head-1 == v {
				under = true
				break
			}
		}
		if under && !temporal {
			return true
		}
	}
	return false
}
