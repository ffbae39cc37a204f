package event

import (
	"slices"
	"strings"
)

// passiveSource returns the party a phrase of passive verb v with one of
// the dictionary's passive source prepositions (Dict.PassiveSources)
// names itself, in its head or a modifier of it ("killed in Israeli
// shelling"), or nil. A party further down ("sought in the slaying of
// two Americans") does not do the act.
func (c *Coder) passiveSource(t *tree, v int) []int {
	for _, p := range c.dict.passiveSources {
		for _, k := range t.kids[v] {
			if t.base(k) != "obl" || t.prep(k) != p {
				continue
			}
			if a := t.codedOnly(t.ownParty(k)); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

// ownParty returns the entity at token k, or else the first entity among
// its adjective, compound, name and possessive modifiers.
func (t *tree) ownParty(k int) []int {
	if t.ent[k] >= 0 {
		return []int{t.ent[k]}
	}
	for _, m := range t.kids[k] {
		if t.ent[m] >= 0 && slices.Contains([]string{"amod", "compound", "flat", "nmod:poss"}, t.rel(m)) {
			return []int{t.ent[m]}
		}
	}
	return nil
}

// existentialParticiple reports whether verb i is a participle of an
// existential "there be" that the parser took for an active verb with
// its own subject: in "there were ten soldiers killed in Ukraine" the
// soldiers are killed, as PETRARCH2's NounPhrase.convert_existential reads
// it ("ten soldiers were killed in Ukraine").
func (t *tree) existentialParticiple(i int) bool {
	h := t.head[i]
	if h < 0 || t.lem[h] != "be" || t.child(h, "expl") < 0 || t.child(i, "obj") >= 0 {
		return false
	}
	// The participle complements "be" (not a clause joined to it, as in
	// "there is a commission, and the government asked Miller"), and its
	// noun follows "be".
	if b := t.base(i); b != "csubj" && b != "ccomp" && b != "xcomp" && b != "dep" && b != "acl" {
		return false
	}
	if s := t.child(i, "nsubj"); s < h {
		return false
	}
	x := t.toks[i].XPOS
	return x == "VBN" || x == "VBD"
}

// patternPhrase reports whether oblique k is the prepositional phrase
// rule r names by its words, with Dict.PatternPhrasesNoParty set.
func (c *Coder) patternPhrase(t *tree, r *Rule, k int) bool {
	return c.dict.patternPhrasesOut && len(r.PrepObj) > 0 && slices.Contains(r.Prep, t.prep(k)) &&
		(slices.Contains(r.PrepObj, t.lem[k]) || slices.Contains(r.PrepObj, strings.ToLower(t.toks[k].Word())))
}

// inPatternPhrase reports whether token i, the head of an actor, belongs
// to the noun phrase of the prepositional phrase of v that rule r names
// (patternPhrase): the phrase's head or one of its adjective, compound
// or name modifiers, not a phrase nested below it ("rioters in the
// square").
func (c *Coder) inPatternPhrase(t *tree, r *Rule, v, i int) bool {
	for x, n := i, 0; x >= 0 && n < 3; x, n = t.head[x], n+1 {
		if t.head[x] == v {
			return c.patternPhrase(t, r, x)
		}
		if b := t.rel(x); b != "amod" && b != "compound" && b != "flat" {
			return false
		}
	}
	return false
}

// subjectWord returns the token a rule's subject words are matched
// against: the subject of verb v or, for a passive with agentSubjects
// (Dict.AgentSubjects), the head of its first by- or from-phrase (-1 if
// none).
func (t *tree) subjectWord(v int, agentSubjects bool) int {
	if agentSubjects && t.passive(v) {
		for _, k := range t.kids[v] {
			if p := t.phrasePrep(k); t.base(k) == "obl" && (p == "by" || p == "from") {
				return k
			}
		}
		return -1
	}
	return t.child(v, "nsubj", "nsubj:pass")
}

// phrasePrep returns the preposition of phrase k: its own, or else the
// one the parser hung on a modifier that opens the phrase ("by a BAK
// surface-to-air missile" with "by" on "surface").
func (t *tree) phrasePrep(k int) string {
	if p := t.prep(k); p != "" {
		return p
	}
	first := k
	for i := k - 1; i >= 0 && t.dominates(k, i); i-- {
		first = i
	}
	if first < k && t.base(first) == "case" {
		return t.lem[first]
	}
	return ""
}

// participleAgent returns the parties named by the by-agent of a passive
// participle that modifies noun k, through the verbs it controls: the
// instrument of a passive names no party, but "a missile believed to be
// fired by rebels" is the rebels' doing.
func (t *tree) participleAgent(k, depth int) []int {
	if depth > 3 {
		return nil
	}
	for _, pc := range t.kids[k] {
		b := t.base(pc)
		if depth == 0 && (b != "acl" || t.rel(pc) == "acl:relcl") || depth > 0 && b != "xcomp" || !t.isVerb(pc) {
			continue
		}
		if t.passive(pc) || t.child(pc, "aux:pass") >= 0 {
			for _, a := range t.kids[pc] {
				if t.agentPhrase(a) {
					if got := t.codedOnly(t.actors(a, 0)); len(got) > 0 {
						return got
					}
				}
			}
		}
		if got := t.participleAgent(pc, depth+1); len(got) > 0 {
			return got
		}
	}
	return nil
}
