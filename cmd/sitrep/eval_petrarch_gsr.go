package main

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// picoCombine adds a lower verb's PICO value to its governor's as
// PETRARCH2's utilities.combine_code does: a negated lower act adds the
// governor's value, of two framing values the lower one wins, a lower
// value at least as high as the governor's replaces it, and a lower one
// below it is added to it.
func picoCombine(upper, lower int) int {
	switch {
	case lower < 0:
		return lower + upper
	case upper >= 0x1000 && lower >= 0x1000:
		return lower
	case lower >= upper:
		return lower
	}
	return upper + lower
}

// combineControlled folds an act that a coded verb controls without an
// object of its own ("Norland agreed to lift the tariffs on Suden") into
// one event, as PETRARCH2's VerbPhrase.get_meaning does when the verb's
// own noun and prepositional phrases name no actor: its resolve_events
// gives the governor's subject, the lower act's target and the two codes
// combined (picoCombine), and neither verb codes an event of its own. The
// framing verbs (0x1000 and above) compose in compose; this covers the
// plain acts below them. The folded events are marked in drop; it
// returns the events they become.
func (p *petrPICO) combineControlled(d *doc.Document, drop map[int]bool) []doc.Event {
	var add []doc.Event
	for i := range d.Events {
		main := &d.Events[i]
		mv, ok := p.value[main.Code]
		if drop[i] || !ok || mv <= 0 || mv >= 0x1000 || main.Sentence < 0 || main.Sentence >= len(d.Sentences) {
			continue
		}
		toks := d.Sentences[main.Sentence].Tokens
		if main.TriggerToken < 0 || main.TriggerToken >= len(toks) || petrObject(toks, main.TriggerToken) >= 0 {
			continue
		}
		for j := range d.Events {
			sub := &d.Events[j]
			if j == i || drop[j] || sub.Sentence != main.Sentence || sub.TriggerToken < 0 || sub.TriggerToken >= len(toks) {
				continue
			}
			t := toks[sub.TriggerToken]
			if t.Head-1 != main.TriggerToken || !(t.Rel == "xcomp" || t.Rel == "advcl" && petrToMarked(toks, sub.TriggerToken)) ||
				petrHasSubject(toks, sub.TriggerToken) || sub.Source.Code != main.Source.Code {
				continue
			}
			// The governor's target must come from the complement: a
			// phrase of its own naming an actor ("agreed with Suden to
			// lift") is its lower meaning, and PETRARCH2 then leaves the
			// complement alone.
			if main.Target != nil && !petrWithin(d, toks, main.Target, sub.TriggerToken) {
				continue
			}
			sv, ok := p.value[sub.Code]
			if !ok {
				continue
			}
			c, ok := p.code[picoCombine(mv, sv)]
			if !ok {
				continue
			}
			ev := *main
			ev.Code, ev.Root = c, c[:min(2, len(c))]
			ev.Target = sub.Target
			add = append(add, ev)
			drop[i], drop[j] = true, true
			break
		}
	}
	return add
}

// petrWithin reports whether actor a's mention lies in the clause headed
// by token h (or has no mention to tell).
func petrWithin(d *doc.Document, toks []doc.Token, a *doc.ActorRef, h int) bool {
	k := a.Entity
	if k < 0 || k >= len(d.Entities) {
		return true
	}
	return petrUnder(toks, d.Entities[k].TokStart, h)
}

// petrUnder reports whether token x is h or lies below it.
func petrUnder(toks []doc.Token, x, h int) bool {
	for n := 0; x >= 0 && x < len(toks) && n <= len(toks); x, n = toks[x].Head-1, n+1 {
		if x == h {
			return true
		}
	}
	return false
}

// petrDropNounClauses removes the events whose trigger lies in a clause
// that modifies a noun ("the militant group that has seized parts of
// Iraq"): PETRARCH2 codes the verb phrases it reaches from the sentence's
// clauses through verb and clause children (Sentence.get_events,
// VerbPhrase.get_meaning), and a noun phrase's own clauses give it only
// their target as its meaning (NounPhrase.get_meaning), never an event.
// It runs before the events compose, so that such a clause composes with
// nothing.
func petrDropNounClauses(d *doc.Document) {
	out := d.Events[:0]
	for _, e := range d.Events {
		if e.Sentence >= 0 && e.Sentence < len(d.Sentences) && petrInNounClause(d, e.Sentence, d.Sentences[e.Sentence].Tokens, e.TriggerToken) {
			continue
		}
		out = append(out, e)
	}
	d.Events = out
}

// petrInNounClause reports whether token i is, or lies below, a verb
// that modifies a noun: a relative clause, a participle (acl), or a
// to-infinitive after an object noun (petrNounInfinitive).
func petrInNounClause(d *doc.Document, si int, toks []doc.Token, i int) bool {
	for n := 0; i >= 0 && i < len(toks) && n < len(toks); i, n = toks[i].Head-1, n+1 {
		if (toks[i].Rel == "acl" || toks[i].Rel == "acl:relcl" || petrNounInfinitive(d, si, toks, i)) && toks[i].UPOS == "VERB" {
			return true
		}
	}
	return false
}

// petrNounInfinitive reports whether verb i is a to-infinitive the parser
// hung on the verb before it although it follows that verb's object, a
// noun naming no party: in "faces pressure from Congress to help Iran"
// the help is the pressure's, a noun phrase's clause in PETRARCH2's
// constituency parses. After a party ("asked Obama to help") the
// infinitive is the party's act.
func petrNounInfinitive(d *doc.Document, si int, toks []doc.Token, i int) bool {
	h := toks[i].Head - 1
	if h < 0 || h >= len(toks) || toks[i].Rel != "advcl" || !petrToMarked(toks, i) {
		return false
	}
	o := petrObject(toks, h)
	if o < 0 || o > i || toks[o].UPOS != "NOUN" {
		return false
	}
	// The noun's own words name no party (a phrase hung on it may:
	// "pressure from Congress").
	for _, e := range d.Entities {
		for x := e.TokStart; e.Sentence == si && x >= 0 && x < e.TokEnd && x < len(toks); x++ {
			if x == o || toks[x].Head-1 == o && (toks[x].Rel == "amod" || toks[x].Rel == "compound" || toks[x].Rel == "nmod:poss") {
				return false
			}
		}
	}
	return true
}

// composeParticiples folds a participle clause hung on a coded verb with
// no phrase of its own naming a party ("the Command said on Monday,
// expanding its campaign against the group") into that verb, as
// PETRARCH2's VerbPhrase.get_meaning reaches a clause child only through
// its governor: the two codes combine (picoCombine) into one event of the
// governor's source and the participle's target, and when the sum is no
// code, the participle codes nothing. The folded events are marked in
// drop; it returns the events they become.
func (p *petrPICO) composeParticiples(d *doc.Document, drop map[int]bool) []doc.Event {
	var add []doc.Event
	for j := range d.Events {
		sub := &d.Events[j]
		if drop[j] || sub.Sentence < 0 || sub.Sentence >= len(d.Sentences) {
			continue
		}
		toks := d.Sentences[sub.Sentence].Tokens
		v := sub.TriggerToken
		if v < 0 || v >= len(toks) || toks[v].Rel != "advcl" || toks[v].XPOS != "VBG" || petrChild(toks, v, "mark") >= 0 || petrHasSubject(toks, v) {
			continue
		}
		sv, ok := p.value[sub.Code]
		if !ok {
			continue
		}
		for i := range d.Events {
			main := &d.Events[i]
			if i == j || drop[i] || main.Sentence != sub.Sentence || main.TriggerToken != toks[v].Head-1 {
				continue
			}
			mv, ok := p.value[main.Code]
			if !ok || main.Target != nil && !petrWithin(d, toks, main.Target, v) {
				continue
			}
			drop[j] = true
			if c, ok := p.code[picoCombine(mv, sv)]; ok {
				ev := *main
				ev.Code, ev.Root = c, c[:min(2, len(c))]
				ev.Target = sub.Target
				add = append(add, ev)
				drop[i] = true
			}
			break
		}
	}
	return add
}

// petrChild returns the first child of token h with one of the
// relations, or -1.
func petrChild(toks []doc.Token, h int, rels ...string) int {
	for i, t := range toks {
		if t.Head-1 == h && slices.Contains(rels, t.Rel) {
			return i
		}
	}
	return -1
}

// inheritSources gives an event with no source the party of the subject
// of the clause it hangs from, as PETRARCH2's resolve_events fills a
// lower event's missing source with its governor's upper noun phrase
// (the subject, active or passive): in "no solution to the problem of
// Gaza can be conceived unless the Hamas regime is disarmed" Gaza
// disarms Hamas. It climbs through clausal complements, adverbial
// clauses and conjuncts to the first verb whose subject names a party.
func inheritSources(d *doc.Document) {
	for j := range d.Events {
		e := &d.Events[j]
		if e.Source.Code != "" || e.Target == nil || e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			continue
		}
		toks := d.Sentences[e.Sentence].Tokens
		if k := petrGovernorSubject(d, e.Sentence, toks, e.TriggerToken); k >= 0 && d.Entities[k].Code != e.Target.Code {
			ent := &d.Entities[k]
			e.Source = doc.ActorRef{Code: ent.Code, Text: ent.Text, Start: ent.Start, End: ent.End, Entity: k}
		}
	}
}

// petrGovernorSubject climbs from verb v through the clauses it
// complements, modifies or joins to the first governing verb whose
// subject holds an entity, and returns that entity, or -1.
func petrGovernorSubject(d *doc.Document, si int, toks []doc.Token, v int) int {
	for n := 0; v >= 0 && v < len(toks) && n < len(toks); n++ {
		switch toks[v].Rel {
		case "advcl", "ccomp", "xcomp", "conj":
		default:
			return -1
		}
		h := toks[v].Head - 1
		if h < 0 || h >= len(toks) {
			return -1
		}
		if s := petrChild(toks, h, "nsubj", "nsubj:pass", "nsubjpass"); s >= 0 {
			if k := petrEntityUnder(d, si, toks, s); k >= 0 {
				return k
			}
		}
		v = h
	}
	return -1
}

// petrEntityUnder returns the first entity of sentence si whose tokens lie
// in the phrase of token s, or -1.
func petrEntityUnder(d *doc.Document, si int, toks []doc.Token, s int) int {
	for k, ent := range d.Entities {
		if ent.Sentence != si || ent.TokStart < 0 || ent.TokStart >= len(toks) {
			continue
		}
		if petrUnder(toks, ent.TokStart, s) {
			return k
		}
	}
	return -1
}

// petrPersonal are the personal pronouns PETRARCH2 finds antecedents for.
var petrPersonal = map[string]bool{"it": true, "they": true, "them": true, "he": true, "him": true, "she": true, "her": true,
	"we": true, "us": true}

// petrPronouns codes each personal pronoun of an embedded clause with the
// actor of its antecedent, as PETRARCH2's NounPhrase.get_meaning finds
// one for a PRP: it climbs out of the pronoun's own clause and takes the
// first noun phrase of the clause above, the governing verb's object
// before its subject ("Israel said a mortar bomb was fired at it" → it is
// Israel). A pronoun of the top clause, a reflexive or a possessive has
// none, and the antecedent found ends the search whether or not it names
// an actor. A subject pronoun is left to the coder, which reads that of
// a reported clause as the speaker.
func petrPronouns(d *doc.Document) {
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		covered := make([]int, len(toks))
		for i := range covered {
			covered[i] = -1
		}
		for k, e := range d.Entities {
			for x := max(e.TokStart, 0); e.Sentence == si && x < min(e.TokEnd, len(toks)); x++ {
				covered[x] = k
			}
		}
		for i, t := range toks {
			if covered[i] >= 0 || t.XPOS != "PRP" || !petrPersonal[strings.ToLower(t.Text)] || strings.HasPrefix(t.Rel, "nsubj") {
				continue
			}
			c := petrClause(toks, i)
			if c < 0 {
				continue
			}
			h := petrClause(toks, c)
			if h < 0 {
				continue
			}
			a := petrChild(toks, h, "obj", "dobj", "iobj")
			if a < 0 {
				a = petrChild(toks, h, "nsubj", "nsubj:pass", "nsubjpass")
			}
			if a < 0 {
				continue
			}
			k := petrEntityUnder(d, si, toks, a)
			if k < 0 || d.Entities[k].Code == "" || t.End > len(d.Text) || t.Start < 0 || t.Start > t.End {
				continue
			}
			ent := d.Entities[k]
			ent.Start, ent.End, ent.Text, ent.TokStart, ent.TokEnd, ent.By, ent.Ref = t.Start, t.End, d.Text[t.Start:t.End], i, i+1, "petrarch-prp", k
			d.Entities = append(d.Entities, ent)
		}
	}
}

// petrClause returns the nearest verb above token i, the head of the
// clause i lies in, or -1.
func petrClause(toks []doc.Token, i int) int {
	for x, n := toks[i].Head-1, 0; x >= 0 && x < len(toks) && n < len(toks); x, n = toks[x].Head-1, n+1 {
		if toks[x].UPOS == "VERB" {
			return x
		}
	}
	return -1
}
