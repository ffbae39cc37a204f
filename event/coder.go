// Package event codes political events from parsed sentences: for each
// sentence, the verbs and nouns that match the pattern dictionary over
// the dependency tree, with their source and target actors, CAMEO code,
// PLOVER type, modality and provenance.
//
// The coder reads what earlier stages filled: Token.Lemma, UPOS, Head and
// Rel from the tagger and parser, and doc.Entities from the actor stage.
// Sentences in dateline, byline and code blocks, titles other than the
// document's own first title, and headings or list items after the last
// paragraph (links to other stories) are not coded.
package event

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/cameo"
	"github.com/sitrep/sitrep/doc"
)

// Coder codes events with one dictionary. It is safe for concurrent use.
type Coder struct {
	dict *Dict
}

// New returns a coder using d.
func New(d *Dict) *Coder { return &Coder{dict: d} }

// defaultVerbPreps and defaultNounPreps are the prepositions whose object
// may be an event's target when a rule names none.
var (
	defaultVerbPreps = ranks("against", "with", "to", "on", "at", "into", "toward", "towards", "upon", "over")
	defaultNounPreps = set("against", "on", "of", "to", "with", "at", "into", "toward", "towards", "upon")
	sourcePreps      = set("by", "from")
	relPronouns      = set("who", "which", "that", "whom")
	nestPreps        = set("of", "between", "with")
	pronouns         = set("it", "he", "she", "they", "we")
	// timeWords head obliques that tell when, not to whom: "called on
	// Tuesday".
	timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "day", "week",
		"month", "year", "morning", "afternoon", "evening", "night", "weekend", "occasion", "anniversary", "time", "hour", "minute")
	// reciprocalCodes are the joint acts: meeting, negotiating, agreeing,
	// signing, cooperating, fighting.
	reciprocalCodes = set("019", "030", "036", "037", "040", "041", "044", "046", "050", "057", "060", "061", "062", "063", "064", "190", "193")
	accusing        = set("accuse", "blame", "charge", "allege", "suspect", "deny")
	// locativePreps tell where an event happens, not to whom.
	locativePreps = set("in", "at", "near", "around", "across", "within", "throughout", "inside", "outside", "along", "over")
	// Markers of infinitive and gerund clauses.
	markTo, markFor, markOfFor = set("to"), set("for"), set("of", "for")
)

// auxLemmas are the verbs that may stand as auxiliary or copula: a
// clause they head has no lexical verb of its own.
var auxLemmas = set("be", "have", "do")

// ranks maps each word to its position in xs.
func ranks(xs ...string) map[string]int {
	m := make(map[string]int, len(xs))
	for i, x := range xs {
		if _, ok := m[x]; !ok {
			m[x] = i
		}
	}
	return m
}

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// Code appends the events of d to d.Events.
func (c *Coder) Code(d *doc.Document) {
	bySent := make([][]int, len(d.Sentences))
	for k, e := range d.Entities {
		if e.Sentence >= 0 && e.Sentence < len(bySent) {
			bySent[e.Sentence] = append(bySent[e.Sentence], k)
		}
	}
	skip := skippedBlocks(d)
	first := len(d.Events)
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if len(s.Tokens) == 0 || (s.Block >= 0 && s.Block < len(skip) && skip[s.Block]) {
			continue
		}
		t := newTree(d, si, bySent[si])
		c.placeParties(t, bySent[si])
		c.codeSentence(t)
	}
	dropTitleRepeats(d, first)
}

// dropTitleRepeats removes the events of the document's title that the
// body reports again (same source, target and code): a headline restates
// the lead, and counting it twice would double the event.
func dropTitleRepeats(d *doc.Document, first int) {
	isTitle := func(e *doc.Event) bool {
		b := d.Sentences[e.Sentence].Block
		return b >= 0 && b < len(d.Layout.Blocks) && d.Layout.Blocks[b].Kind == doc.BlockTitle
	}
	key := func(e *doc.Event) string {
		k := e.Source.Code + ">" + e.Code
		if e.Target != nil {
			k += ">" + e.Target.Code
		}
		return k
	}
	body := map[string]bool{}
	for i := first; i < len(d.Events); i++ {
		if !isTitle(&d.Events[i]) {
			body[key(&d.Events[i])] = true
		}
	}
	out := d.Events[:first]
	for i := first; i < len(d.Events); i++ {
		if e := &d.Events[i]; !isTitle(e) || !body[key(e)] {
			out = append(out, *e)
		}
	}
	d.Events = out
}

// skippedBlocks marks the layout blocks whose sentences are not coded.
func skippedBlocks(d *doc.Document) []bool {
	b := d.Layout.Blocks
	skip := make([]bool, len(b))
	lastPara, firstPara := -1, len(b)
	for i, blk := range b {
		if blk.Kind == doc.BlockParagraph || blk.Kind == doc.BlockQuote {
			lastPara = i
			firstPara = min(firstPara, i)
		}
	}
	for i, blk := range b {
		switch blk.Kind {
		case doc.BlockDateline, doc.BlockByline, doc.BlockCode:
			skip[i] = true
		case doc.BlockTitle:
			// Only the document's own title, before the body.
			skip[i] = i > firstPara || i > 0 && b[0].Kind == doc.BlockTitle
		case doc.BlockHeading, doc.BlockListItem:
			skip[i] = i > lastPara
		}
	}
	return skip
}

// match is a rule that fired at a trigger token.
type match struct {
	rule *Rule
	tok  int
}

func (c *Coder) codeSentence(t *tree) {
	consumed := map[int]bool{}
	var ms []match
	// Verbs first: a verb rule with an object or xcomp constraint consumes
	// that word, so "offer talks" is not also coded as "talks".
	for i := range t.toks {
		if !t.isVerb(i) || t.ent[i] >= 0 {
			// Not a verb, or a word of a name ("Committee to Protect
			// Journalists").
			continue
		}
		if r := c.bestVerbRule(t, i); r != nil && !c.discarded(t, i) && !c.eventSubject(t, i) {
			ms = append(ms, match{r, i})
			if len(r.Obj) > 0 {
				if o := t.objectOrGap(i); o >= 0 {
					consumed[o] = true
				}
			}
			if len(r.Xcomp) > 0 {
				if x := t.xcompLemma(i, set(r.Xcomp...)); x >= 0 {
					consumed[x] = true
				}
			}
		}
	}
	for i := range t.toks {
		u := t.toks[i].UPOS
		if consumed[i] || (u != "NOUN" && u != "PROPN") || t.nameWord(i) {
			continue
		}
		if r := c.bestNounRule(t, i); r != nil && !c.discarded(t, i) {
			ms = append(ms, match{r, i})
		}
	}
	ms = c.dropIntentOverAct(t, ms)
	seen := map[string]bool{}
	for _, m := range ms {
		if consumed[m.tok] && !m.rule.Noun {
			continue
		}
		for _, ev := range c.events(t, m) {
			key := ev.Source.Code + "|" + strconv.Itoa(ev.Source.Start) + "|" + ev.Root
			if ev.Target != nil {
				key += "|" + ev.Target.Code + "|" + strconv.Itoa(ev.Target.Start)
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			t.d.Events = append(t.d.Events, ev)
		}
	}
}

// dropIntentOverAct removes a generic expression of intent (root 03 on
// an intent verb, with no complement constraint of its own), or help
// given to no one named, whose controlled complement is itself coded: in
// "Democrats vowed to investigate" the investigation, coded as intended,
// is the event; a vow to cooperate (030) would misstate it.
func (c *Coder) dropIntentOverAct(t *tree, ms []match) []match {
	if c.dict.keepIntents {
		return ms
	}
	coded := map[int]bool{}
	for _, m := range ms {
		if !m.rule.Noun {
			coded[m.tok] = true
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if !m.rule.Noun && len(m.rule.Xcomp) == 0 && strings.HasPrefix(m.rule.Code, "03") && c.dict.intent[t.lem[m.tok]] && t.codedComplement(m.tok, coded) {
			continue
		}
		// "He helped facilitate a meeting": helping no one named to do a
		// coded act is that act.
		if !m.rule.Noun && t.lem[m.tok] == "help" && t.child(m.tok, "obj", "iobj") < 0 && t.codedComplement(m.tok, coded) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// codedComplement reports whether verb v controls a clause whose verb is
// among coded.
func (t *tree) codedComplement(v int, coded map[int]bool) bool {
	for _, x := range t.kids[v] {
		if coded[x] && t.controlled(x) {
			return true
		}
	}
	return false
}

// nameWord reports whether token i is a capitalized word inside a
// name the actor layer did not recognize: "the ruling Democratic Rally
// hailed the pipeline" holds no rally.
func (t *tree) nameWord(i int) bool {
	capital := func(k int) bool {
		if k < 0 || k >= len(t.toks) || t.toks[k].UPOS != "PROPN" {
			return false
		}
		w := t.toks[k].Word()
		return w != "" && w[0] >= 'A' && w[0] <= 'Z' && strings.ToUpper(w) != w
	}
	return i > 0 && capital(i) && (capital(i-1) || capital(i+1))
}

// eventSubject reports whether verb v has an event noun as its subject:
// in "the bombing killed ten people" the verb tells the bombing's effect,
// and the noun is the event coded.
func (c *Coder) eventSubject(t *tree, v int) bool {
	s := t.child(v, "nsubj")
	return s >= 0 && t.toks[s].UPOS == "NOUN" && c.bestNounRule(t, s) != nil
}

func (c *Coder) discarded(t *tree, i int) bool {
	for _, dc := range c.dict.discards {
		if !dc.lemmas[t.lem[i]] {
			continue
		}
		for k := range t.toks {
			if dc.cues[t.lem[k]] || dc.cues[strings.ToLower(t.toks[k].Word())] {
				return true
			}
		}
	}
	return false
}

// object returns the direct object of verb v: obj, or the passive subject,
// or the noun a passive participle modifies.
func (t *tree) object(v int) int {
	if o := t.child(v, "obj"); o >= 0 {
		return o
	}
	if o := t.child(v, "nsubj:pass"); o >= 0 {
		return o
	}
	if t.existentialParticiple(v) {
		return t.child(v, "nsubj")
	}
	if t.base(v) == "acl" && t.passive(v) && t.head[v] >= 0 {
		return t.head[v]
	}
	return -1
}

// objectOrGap returns the object of verb v, or, for a relative clause
// with a subject and no object, the noun it modifies, which fills the
// object gap: "the state of emergency Trump declared", "the agreement the
// two sides signed".
func (t *tree) objectOrGap(v int) int {
	if o := t.object(v); o >= 0 {
		return o
	}
	if t.rel(v) == "acl:relcl" && t.head[v] >= 0 && t.child(v, "nsubj") >= 0 && t.child(v, "ccomp", "xcomp") < 0 {
		return t.head[v]
	}
	return -1
}

func (c *Coder) bestVerbRule(t *tree, v int) *Rule {
	rules := c.dict.verbs[t.lem[v]]
	if rules == nil && !c.dict.exactForms {
		// A lemma the dictionary does not know may be a lemmatizer's slip
		// ("blamed" → "blam"): try the base forms the word could have.
		for _, b := range baseForms(strings.ToLower(t.toks[v].Word())) {
			if rules = c.dict.verbs[b]; rules != nil {
				break
			}
		}
	}
	var best *Rule
	for _, r := range rules {
		if (best == nil || r.Weight > best.Weight) && t.verbFits(r, v, c.dict) {
			best = r
		}
	}
	return best
}

// prepNext reports whether the word right after verb v is one of words
// and marks a phrase of v: the parser's reading of a particle as a
// preposition ("called on Gondor").
func (t *tree) prepNext(v int, words []string) bool {
	p := v + 1
	if p >= len(t.toks) || t.rel(p) != "case" || !slices.Contains(words, strings.ToLower(t.toks[p].Word())) {
		return false
	}
	// Not a time: "called on Monday for calm".
	h := t.head[p]
	return h >= 0 && t.head[h] == v && !timeWords[t.lem[h]]
}

// baseForms returns the candidate base forms of an inflected English verb.
func baseForms(w string) []string {
	out := []string{w}
	for _, s := range []struct{ suf, rep string }{{"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"d", ""}, {"ing", ""}, {"ing", "e"}} {
		if b, ok := strings.CutSuffix(w, s.suf); ok && len(b) > 1 {
			out = append(out, b+s.rep)
			// Doubled final consonant: "shelled", "dropping".
			if n := len(b); s.rep == "" && n > 2 && b[n-1] == b[n-2] {
				out = append(out, b[:n-1])
			}
		}
	}
	return out
}

// verbFits reports whether rule r holds of verb v under the options of
// dictionary d (Dict.AdverbSubjectWords, Dict.AgentSubjects).
func (t *tree) verbFits(r *Rule, v int, d *Dict) bool {
	if len(r.Prt) > 0 && t.childLemma(v, set(r.Prt...), "compound:prt") < 0 && !t.prepNext(v, r.Prt) {
		return false
	}
	if len(r.Obj) > 0 && r.ObjLoose {
		o := t.object(v)
		phrases := r.ObjPhrases
		if len(phrases) == 0 {
			for _, w := range r.Obj {
				phrases = append(phrases, []string{w})
			}
		}
		if (o < 0 || !t.looseFits(phrases, o)) && !t.childWord(v, phrases) && (o >= 0 || !t.clauseFits(phrases, t.child(v, "ccomp"))) &&
			(o >= 0 || !t.complementObjFits(phrases, v)) {
			return false
		}
	} else if len(r.Obj) > 0 {
		o := t.objectOrGap(v)
		if o < 0 || r.Obj[0] != "*" && !slices.Contains(r.Obj, t.lem[o]) && !slices.Contains(r.Obj, strings.ToLower(t.toks[o].Word())) {
			return false
		}
		if len(r.ObjPhrases) > 0 && !t.phraseFits(r.ObjPhrases, o) {
			return false
		}
	}
	if len(r.Prep) > 0 && !t.hasPrepObj(v, r.Prep, r.PrepObj, "obl", "obj", "nmod") {
		// The parser may attach the phrase to the object instead:
		// "celebrated Eid at Osgiliath".
		// Or the preposition marks a gerund clause: "attacked Biden for
		// accumulating wealth".
		// Or to an oblique, when the rule names the phrase's word:
		// "spoke with his counterpart by phone".
		if o := t.object(v); (o < 0 || !t.hasPrepObj(o, r.Prep, r.PrepObj, "nmod")) && !t.markedGerund(v, r.Prep, r.PrepObj) && !t.oblPrepObj(v, r) {
			return false
		}
	}
	if len(r.PrepPhrases) > 0 && !t.prepPhraseFits(v, r) {
		return false
	}
	if len(r.Xcomp) > 0 && t.xcompLemma(v, set(r.Xcomp...)) < 0 {
		return false
	}
	if len(r.Subj) > 0 {
		is := func(i int) bool {
			return i >= 0 && (slices.Contains(r.Subj, t.lem[i]) || slices.Contains(r.Subj, strings.ToLower(t.toks[i].Word())))
		}
		// The word before the verb may be the verb governing it (or an
		// adverb, see Dict.AdverbSubjectWords) rather than its subject's
		// head: a dictionary pattern "BEGUN *" reads like "GUERRILLA *"
		// ("has begun to question").
		pre := t.head[v] < v && t.base(v) == "xcomp" && is(t.head[v]) ||
			d.adverbSubj && slices.ContainsFunc(t.kids[v], func(k int) bool { return k < v && t.base(k) == "advmod" && is(k) })
		if !is(t.subjectWord(v, d.agentSubjects)) && !pre {
			return false
		}
	}
	if len(r.Pre) > 0 && (r.PreNext && !t.preNext(r.Pre, v) || !r.PreNext && !t.preFits(r.Pre, v)) {
		return false
	}
	for _, k := range t.kids[v] {
		if slices.Contains(r.Without, t.rel(k)) || slices.Contains(r.Without, t.base(k)) {
			return false
		}
	}
	// An adjective after the object that the parser hung on it is the
	// verb's predicate complement: "called the decision
	// incomprehensible".
	if o := t.child(v, "obj"); o >= 0 && slices.Contains(r.Without, "xcomp") {
		for _, k := range t.kids[o] {
			if k > o && t.toks[k].UPOS == "ADJ" && (t.rel(k) == "appos" || t.rel(k) == "amod") {
				return false
			}
		}
	}
	if slices.Contains(r.Without, "xcomp") && t.naming(v) {
		return false
	}
	if r.Persons && !t.personsOnly(v) {
		return false
	}
	if r.CompoundSubj {
		if sb := t.child(v, "nsubj", "nsubj:pass"); sb < 0 || t.child(sb, "conj") < 0 {
			return false
		}
	}
	if len(r.Aux) > 0 && t.childLemma(v, set(r.Aux...), "aux", "advmod", "mark", "aux:pass") < 0 {
		ok := false
		for _, k := range t.kids[v] {
			if (t.base(k) == "aux" || t.base(k) == "advmod" || t.base(k) == "mark") && slices.Contains(r.Aux, strings.ToLower(t.toks[k].Word())) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// namedArgument reports whether trigger v's object, or a phrase with
// "with", "to" or "of" ("the killing of Khashoggi"), is a proper name.
func (t *tree) namedArgument(v int) bool {
	if o := t.object(v); o >= 0 && t.toks[o].UPOS == "PROPN" {
		return true
	}
	for _, k := range t.kids[v] {
		if (t.base(k) == "obl" || t.base(k) == "nmod") && (t.prep(k) == "with" || t.prep(k) == "to" || t.prep(k) == "of") && t.toks[k].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// politicalRoles are the actor-code parts that make a party political or
// military.
var politicalRoles = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "INS": true, "SPY": true, "COP": true, "LEG": true,
	"JUD": true, "ELI": true, "OPP": true, "PTY": true, "UAF": true, "SEP": true, "IGO": true,
}

// politicalParty reports whether token o belongs to an actor that is a
// political or military party: its code has a political role
// (politicalRoles), or is an international organization, or is a bare
// state named as such ("Ukraine", not "Ukrainians", whose code is the
// state's too).
func (t *tree) politicalParty(o int) bool {
	if o < 0 || t.ent[o] < 0 {
		return false
	}
	code := t.code(t.ent[o])
	if len(code) < 3 {
		return false
	}
	if code[:3] == "IGO" {
		return true
	}
	for i := 0; i+3 <= len(code); i += 3 {
		if politicalRoles[code[i:i+3]] {
			return true
		}
	}
	// A bare state by name, not its people ("Ukrainians", NORP) nor a
	// common noun the actor layer gave a sector ("people", CVL).
	typ := t.d.Entities[t.ent[o]].Type
	return len(code) == 3 && code != "---" && t.toks[o].UPOS == "PROPN" && (typ == "GPE" || typ == "ORG" || typ == "LOC")
}

// personsOnly reports whether verb v's subject (or, for a controlled
// clause, its controller's subject) and its object are mentions of
// persons by name.
func (t *tree) personsOnly(v int) bool {
	// A named person: a gunman or a governor may be attacked in earnest.
	person := func(i int) bool {
		if i < 0 || t.ent[i] < 0 || t.d.Entities[t.ent[i]].Type != "PER" {
			return false
		}
		e := &t.d.Entities[t.ent[i]]
		for x := e.TokStart; x < e.TokEnd && x < len(t.toks); x++ {
			if t.toks[x].UPOS == "PROPN" {
				return true
			}
		}
		return false
	}
	s := t.child(v, "nsubj")
	if s < 0 && t.controlled(v) && t.head[v] >= 0 {
		s = t.child(t.head[v], "nsubj")
	}
	return person(s) && person(t.child(v, "obj"))
}

// naming reports whether verb v names something rather than addressing
// someone: a second nominal complement ("called Hamas a terrorist group",
// "called him a liar"), a wh-word object ("struck what New Delhi called
// a training camp"), a participle or passive ("a group called Hamas"), or
// an object with a for-phrase ("called the election for Biden").
func (t *tree) naming(v int) bool {
	// "a retreat called Bryn Tirion", "the group is called Hamas".
	// With a by-agent it is a call: "Putin was called by Biden".
	if (t.base(v) == "acl" && t.toks[v].XPOS == "VBN" || t.child(v, "aux:pass", "nsubj:pass") >= 0) && t.child(v, "obl:agent") < 0 && !t.hasPrep(v, []string{"by"}, "obl") {
		return true
	}
	objs, forPhrase := 0, false
	for _, k := range t.kids[v] {
		switch t.base(k) {
		case "obj", "iobj":
			objs++
			if t.toks[k].XPOS == "WP" || t.lem[k] == "what" || t.lem[k] == "whatever" {
				return true
			}
			// "called Trump a clown" with the second noun hung on the
			// first: an apposition with no comma before it.
			for _, a := range t.kids[k] {
				if t.rel(a) == "appos" && a > k && !t.commaBetween(k, a) {
					return true
				}
				forPhrase = forPhrase || t.base(a) == "nmod" && t.prep(a) == "for"
			}
		case "obl":
			forPhrase = forPhrase || t.prep(k) == "for"
		}
	}
	// "called the election for Biden": declaring a result.
	return objs > 1 || objs > 0 && forPhrase
}

// commaBetween reports whether a comma stands between tokens a and b.
func (t *tree) commaBetween(a, b int) bool {
	for x := a + 1; x < b; x++ {
		if t.toks[x].Word() == "," {
			return true
		}
	}
	return false
}

// preFits reports whether one of the phrases occurs, in order, among the
// eight words before verb v ("_" words right after the word before).
func (t *tree) preFits(phrases [][]string, v int) bool {
	// Up to eight words back: "Ethiopia indicated it would act" reaches
	// "indicated" across the subject.
	from := max(0, v-8)
	for _, ph := range phrases {
		if len(ph) > 0 && t.seqFits(ph, from, v-1, -1) {
			return true
		}
	}
	return false
}

// preNext reports whether one of the phrases is the run of words right
// before verb v.
func (t *tree) preNext(phrases [][]string, v int) bool {
	for _, ph := range phrases {
		if len(ph) == 0 || len(ph) > v {
			continue
		}
		ok := true
		for k, w := range ph {
			i := v - len(ph) + k
			w = strings.TrimPrefix(w, "_")
			if strings.ToLower(t.toks[i].Word()) != w && t.lem[i] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// childWord reports whether one of the one-word phrases is a dependent
// of v: "* NOW" asks for the adverb, not an object. An oblique after
// v's object does not count, as the word stands past the object phrase
// that follows the verb: in "launched attacks during its campaign" no
// campaign is launched.
func (t *tree) childWord(v int, phrases [][]string) bool {
	o := t.child(v, "obj")
	for _, ph := range phrases {
		if len(ph) != 1 {
			continue
		}
		for _, k := range t.kids[v] {
			// Also an adjective predicated of the object: "shot dead".
			if b := t.base(k); b != "advmod" && (b != "obl" || o >= 0 && k > o) && b != "dep" && b != "compound" && (b != "xcomp" || t.toks[k].UPOS != "ADJ") {
				continue
			}
			if strings.ToLower(t.toks[k].Word()) == ph[0] || t.lem[k] == ph[0] {
				return true
			}
		}
	}
	return false
}

// looseFits reports whether one of the phrases occurs, in order, among
// the words of object o's phrase up to and including o.
func (t *tree) looseFits(phrases [][]string, o int) bool {
	from := o
	for i := o - 1; i >= 0; i-- {
		if !t.dominates(o, i) {
			break
		}
		from = i
	}
	for _, ph := range phrases {
		if len(ph) > 0 && t.seqFits(ph, from, o, -1) {
			return true
		}
	}
	return false
}

// seqFits reports whether the words ph occur in order among tokens
// from..to, after token prev; a word with a leading "_" must be the token
// right after the word before it.
func (t *tree) seqFits(ph []string, from, to, prev int) bool {
	if len(ph) == 0 {
		return true
	}
	w, glued := strings.CutPrefix(ph[0], "_")
	lo, hi := from, to
	if glued && prev >= 0 {
		lo, hi = prev+1, min(prev+1, to)
	}
	for i := lo; i <= hi; i++ {
		if (strings.ToLower(t.toks[i].Word()) == w || t.lem[i] == w) && t.seqFits(ph[1:], i+1, to, i) {
			return true
		}
	}
	return false
}

// clauseFits reports whether one of the phrases occurs as consecutive
// words other than verbs within clause c (the clause's own acts are
// events of their own): with no object, "allowed that Mordor isn't a
// really pleasant place" fits "* REALLY_PLEASANT".
func (t *tree) clauseFits(phrases [][]string, c int) bool {
	if c < 0 {
		return false
	}
	for _, ph := range phrases {
		for i := range t.toks {
			if i+len(ph) > len(t.toks) || len(ph) == 0 {
				break
			}
			ok := true
			for k, w := range ph {
				j := i + k
				w = strings.TrimPrefix(w, "_")
				// Not past the clause's own verb: in "said he would not
				// provide support" the support is provide's, not said's.
				if j != c && !t.dominates(c, j) || t.isVerb(j) || t.isVerb(c) && !auxLemmas[t.lem[c]] && j > c || strings.ToLower(t.toks[j].Word()) != w && t.lem[j] != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// dominates reports whether token a is an ancestor of token b.
func (t *tree) dominates(a, b int) bool {
	for x, n := t.head[b], 0; x >= 0 && n < len(t.toks); x, n = t.head[x], n+1 {
		if x == a {
			return true
		}
	}
	return false
}

// phraseFits reports whether the words left of object o within its own
// dependents, with o last, contain one of the phrases in order.
func (t *tree) phraseFits(phrases [][]string, o int) bool {
	var left []string
	for i := range o {
		for x, n := i, 0; x >= 0 && n < 4; x, n = t.head[x], n+1 {
			if x == o {
				left = append(left, strings.ToLower(t.toks[i].Word()), t.lem[i])
				break
			}
		}
	}
	for _, ph := range phrases {
		if len(ph) == 0 {
			continue
		}
		last := ph[len(ph)-1]
		if last != t.lem[o] && last != strings.ToLower(t.toks[o].Word()) {
			continue
		}
		k := 0
		for _, w := range left {
			if k < len(ph)-1 && w == ph[k] {
				k++
			}
		}
		if k == len(ph)-1 {
			return true
		}
	}
	return false
}

// phraseWordsOut drops the actors all of whose words are words of the
// rule's object phrases: those words name the event, not a party to it.
// In "Russia conducted military exercises in Alaska" under the phrase
// "military exercises", "military" is no target and Alaska is.
func (t *tree) phraseWordsOut(actors []int, phrases [][]string) []int {
	if len(phrases) == 0 || len(actors) == 0 {
		return actors
	}
	words := map[string]bool{}
	for _, ph := range phrases {
		for _, w := range ph {
			words[w] = true
		}
	}
	var out []int
	for _, k := range actors {
		e := &t.d.Entities[k]
		inPhrase := e.TokEnd > e.TokStart && e.Sentence == t.si
		for x := e.TokStart; inPhrase && x < e.TokEnd && x < len(t.toks); x++ {
			inPhrase = words[t.lem[x]] || words[strings.ToLower(t.toks[x].Word())]
		}
		if !inPhrase {
			out = append(out, k)
		}
	}
	return out
}

// prepPhraseFits reports whether an oblique of v (or a modifier of its
// object) with one of r's prepositions ends one of r.PrepPhrases.
func (t *tree) prepPhraseFits(v int, r *Rule) bool {
	cands := slices.Clone(t.kids[v])
	if o := t.object(v); o >= 0 {
		cands = append(cands, t.kids[o]...)
	}
	for _, k := range cands {
		if b := t.base(k); (b == "obl" || b == "nmod" || b == "obj") && slices.Contains(r.Prep, t.prep(k)) && t.looseFits(r.PrepPhrases, k) {
			return true
		}
	}
	return false
}

// hasPrepObj is hasPrep whose oblique's head word must also be one of
// objs, when objs is not empty.
func (t *tree) hasPrepObj(i int, preps, objs []string, rels ...string) bool {
	if len(objs) == 0 {
		return t.hasPrep(i, preps, rels...)
	}
	for _, k := range t.kids[i] {
		if slices.Contains(rels, t.base(k)) && slices.Contains(preps, t.prep(k)) && (slices.Contains(objs, t.lem[k]) || slices.Contains(objs, strings.ToLower(t.toks[k].Word()))) {
			return true
		}
	}
	return false
}

func (t *tree) hasPrep(i int, preps []string, rels ...string) bool {
	for _, k := range t.kids[i] {
		if slices.Contains(rels, t.base(k)) && slices.Contains(preps, t.prep(k)) && !timeWords[t.lem[k]] {
			return true
		}
	}
	return false
}

func (c *Coder) bestNounRule(t *tree, n int) *Rule {
	var best *Rule
	for _, r := range c.dict.nouns[t.lem[n]] {
		if (best == nil || r.Weight > best.Weight) && t.nounFits(r, n) {
			best = r
		}
	}
	return best
}

func (t *tree) nounFits(r *Rule, n int) bool {
	if len(r.Mod) > 0 && t.childLemma(n, set(r.Mod...), "compound", "amod", "nmod") < 0 {
		return false
	}
	if len(r.Prep) > 0 && !t.hasPrep(n, r.Prep, "nmod", "acl") {
		return false
	}
	if len(r.Gov) > 0 && (t.head[n] < 0 || !slices.Contains(r.Gov, t.lem[t.head[n]])) {
		return false
	}
	return true
}

// events builds the events of one match: one per source and target actor.
func (c *Coder) events(t *tree, m match) []doc.Event {
	var srcs, tgts []int
	direct := true
	if m.rule.Noun {
		srcs, tgts, direct = c.nounArgs(t, m)
	} else if len(m.rule.Sources) > 0 {
		srcs = c.targets(t, &Rule{Targets: m.rule.Sources}, m.tok)
		if sp := t.child(m.tok, "nsubj:pass"); sp >= 0 {
			tgts = t.actors(sp, 0)
		} else {
			tgts, direct = c.subjects(t, m.tok, 0)
		}
	} else {
		srcs, direct = c.subjects(t, m.tok, 0)
		tgts = c.targets(t, m.rule, m.tok)
	}
	srcs, tgts = t.codedOnly(srcs), t.codedOnly(tgts)
	if len(srcs) == 0 && len(tgts) == 0 {
		return nil
	}
	// "Gondor and Osgiliath renewed ties": a joint act of cooperation or
	// fighting with no other party is coded between the conjuncts, each
	// way.
	// Not when the rule takes the source from a phrase and the target from
	// the subject: "a step enjoyed support from Moscow and Beijing" is no
	// act between Moscow and Beijing.
	reciprocal := len(tgts) == 0 && len(srcs) > 1 && len(m.rule.Sources) == 0 && (reciprocalCodes[m.rule.Code] || c.dict.allReciprocal)
	if m.rule.NeedTarget && len(tgts) == 0 && !reciprocal && !t.namedArgument(m.tok) {
		// "Zinichev called a halt to the work": no one was called. A name
		// the actor layer left uncoded is still someone ("met Xi
		// Jinping").
		return nil
	}
	if m.rule.PoliticalObj && !t.politicalParty(t.objectOrGap(m.tok)) {
		// "Trained people to be killers": the sense needs a political or
		// military object. The rule still fired, so a vow to do it is no
		// event of its own either.
		return nil
	}
	if len(srcs) == 0 && !m.rule.Noun && !t.passive(m.tok) {
		// An active verb with no identified doer ("butterflies return
		// to Mexico") is not an event between parties.
		return nil
	}
	mod := c.modality(t, m)
	code, ok := cameo.Lookup(m.rule.Code)
	if !ok {
		code = cameo.Code{Code: m.rule.Code, Root: m.rule.Code[:min(2, len(m.rule.Code))]}
	}
	pl, _ := cameo.ToPlover(code.Code)
	tok := t.toks[m.tok]
	base := doc.Event{
		Sentence: t.si, Start: tok.Start, End: tok.End, Trigger: t.d.Text[tok.Start:tok.End],
		Code: code.Code, Root: code.Root, QuadClass: code.QuadClass, Goldstein: code.Goldstein,
		Plover:   doc.Plover{Type: pl.Type, Mode: pl.Mode},
		Modality: mod, Rule: m.rule.Name, TriggerToken: m.tok,
	}
	if !t.d.Date.IsZero() {
		base.Date, base.DatePrecision = t.d.Date.String(), "day"
	}
	if len(srcs) == 0 {
		srcs = []int{-1}
	}
	if len(tgts) == 0 {
		tgts = []int{-1}
	}
	if reciprocal {
		tgts = srcs
	}
	var out []doc.Event
	for _, s := range srcs {
		for _, g := range tgts {
			// "Israel's prime minister and energy minister attended the
			// meeting": members of one party do not act on each other.
			if reciprocal && (g == s || g >= 0 && s >= 0 && t.ref(g).Code == t.ref(s).Code) {
				continue
			}
			// "China urged both countries": a plural acted on never
			// includes the actor's own party.
			if s >= 0 && g >= 0 && g != s && t.twinned(g) && t.ref(g).Code == t.ref(s).Code {
				continue
			}
			ev := base
			ev.Source = t.ref(s)
			if g >= 0 && g != s && !(s >= 0 && ev.Source.Code == t.ref(g).Code && t.d.Entities[s].Text == t.d.Entities[g].Text) {
				r := t.ref(g)
				if sectorOnly(r.Code) && r.Code != "" && code.QuadClass == cameo.MaterialConflict {
					// "killed 14 civilians in Hajjah": the victims of
					// violence in one country are of that country.
					if cc := t.placeCountry(m); cc != "" {
						r.Code = cc + strings.TrimLeft(r.Code, "-")
					}
				}
				ev.Target = &r
			}
			if ev.Source.Code == "" && (ev.Target == nil || ev.Target.Code == "" || code.QuadClass == cameo.VerbalCooperation || code.QuadClass == cameo.VerbalConflict) ||
				!c.dict.bareSectors && sectorOnly(ev.Source.Code) && (ev.Target == nil || sectorOnly(ev.Target.Code)) {
				// "killed 14 civilians", "a committee to meet": no party
				// is identified beyond a bare sector.
				continue
			}
			if ev.Source.Code == "" && code.QuadClass == cameo.MaterialCooperation && !m.rule.Noun && t.base(m.tok) == "acl" {
				// "a man armed with a knife", "troops trained in desert
				// warfare": a participle describing a noun, with no one
				// who did it, tells a state, not an act of cooperation.
				continue
			}
			ev.Confidence = confidence(m.rule, ev, direct)
			out = append(out, ev)
			if m.rule.Code2 != "" && ev.Target != nil && ev.Source.Code != "" {
				rev := ev
				rev.Source, rev.Target = *ev.Target, &ev.Source
				rev.Code, rev.Root = m.rule.Code2, m.rule.Code2[:min(2, len(m.rule.Code2))]
				if k, ok := cameo.Lookup(rev.Code); ok {
					rev.QuadClass, rev.Goldstein = k.QuadClass, k.Goldstein
					p, _ := cameo.ToPlover(rev.Code)
					rev.Plover = doc.Plover{Type: p.Type, Mode: p.Mode}
				}
				out = append(out, rev)
			}
		}
	}
	return out
}

func confidence(r *Rule, ev doc.Event, direct bool) float64 {
	c := 0.7 + 0.08*float64(min(r.Weight, 3))
	if r.Noun {
		c -= 0.1
	}
	if ev.Target == nil {
		c -= 0.1
	}
	if ev.Source.Code == "" {
		c -= 0.15
	}
	if !direct {
		c -= 0.1
	}
	if ev.Modality != doc.Asserted {
		c -= 0.05
	}
	return math.Round(max(0.05, min(c, 0.99))*100) / 100
}

// sectorOnly reports whether an actor code names no country or
// organization: empty, or a bare sector such as "GOV" or "CVL".
func sectorOnly(code string) bool {
	if code == "" || strings.Trim(code, "-") == "" {
		return true
	}
	return sectors[strings.TrimLeft(code, "-")]
}

// sectors are the CAMEO sector (agent) codes.
var sectors = set("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "ELI", "LAB",
	"LEG", "REF", "HLH", "HRI", "AGR", "DEV", "ENV", "MOD", "RAD", "REL", "SET", "UAF", "INS", "IGO", "NGO", "IMG", "MNC",
	"MUS", "CHR", "JEW", "BUD", "HIN", "ATH", "PPL", "FRM", "MER")

// namesParty reports whether any of the entities has more than a bare
// sector code.
func (t *tree) namesParty(ks []int) bool {
	for _, k := range ks {
		if !sectorOnly(t.code(k)) {
			return true
		}
	}
	return false
}

// codedOnly keeps the entities that have an actor code (directly or
// through coreference); an uncoded mention cannot be a party to an event.
func (t *tree) codedOnly(ks []int) []int {
	var out []int
	for _, k := range ks {
		if t.code(k) != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// code returns the actor code of entity k, following coreference.
func (t *tree) code(k int) string {
	ents := t.d.Entities
	for n := 0; k >= 0 && k < len(ents) && n < 4; n++ {
		e := &ents[k]
		if cc := t.shared[k]; cc != "" {
			return cc
		}
		if e.Code != "" {
			return e.Code
		}
		if cc := t.places[k]; cc != "" {
			return cc
		}
		if e.Ref == k || e.Ref < 0 || (e.Ref == 0 && e.By != "coref") {
			return ""
		}
		k = e.Ref
	}
	return ""
}

func (t *tree) ref(k int) doc.ActorRef {
	if k < 0 {
		return doc.ActorRef{Entity: -1}
	}
	e := &t.d.Entities[k]
	return doc.ActorRef{Code: t.qualified(k), Text: e.Text, Start: e.Start, End: e.End, Entity: k}
}

// qualified returns the code of entity k, with a bare sector prefixed by
// the party its of-phrase names: "the mayor of Nablus" is PSE's GOV. The
// of-phrase also overrides a code found only by coreference: "the
// government of Nicolas Maduro" is Maduro's, whichever government was
// named before.
func (t *tree) qualified(k int) string {
	code := t.code(k)
	coref := t.d.Entities[k].By == "coref"
	if code == "" || !sectorOnly(code) && !coref {
		return code
	}
	if coref && !sectorOnly(code) {
		// The sector of the coreferent code: DEUGOV → GOV.
		code = "---" + code[min(3, len(code)):]
	}
	h := t.entityHead(k)
	for _, m := range t.kids[h] {
		if t.base(m) != "nmod" || t.prep(m) != "of" {
			continue
		}
		for _, a := range t.codedOnly(t.actors(m, 0)) {
			if c := t.code(a); !sectorOnly(c) {
				// The party's own sector gives way: "the presidencies of
				// Bill Clinton" (USAELI) are USAGOV.
				if n := len(c); n > 3 && sectors[c[n-3:]] {
					c = c[:n-3]
				}
				return c + strings.TrimLeft(code, "-")
			}
		}
	}
	return t.code(k)
}

// actors returns the entities an argument headed by token i refers to:
// the mention covering i, else one found through its appositions,
// compounds, modifiers and nominal dependents ("the government of Egypt"),
// plus those of its conjuncts ("Egypt and Jordan").
func (t *tree) actors(i, depth int) []int {
	if i < 0 || depth > 3 {
		return nil
	}
	var out []int
	switch {
	case t.ent[i] >= 0:
		out = append(out, t.ent[i])
		out = append(out, t.twins[t.ent[i]]...)
		out = append(out, t.sharedHead(t.ent[i], i)...)
		// "the governments of Niger and Mali": conjuncts hanging inside
		// the mention.
		e := &t.d.Entities[t.ent[i]]
		for x := e.TokStart; x < e.TokEnd && x < len(t.toks); x++ {
			if x == i {
				continue
			}
			for _, k := range t.kids[x] {
				if t.rel(k) == "conj" && (k < e.TokStart || k >= e.TokEnd) {
					out = append(out, t.actors(k, depth+1)...)
				}
			}
		}
	case relPronouns[t.lem[i]] && t.head[i] >= 0 && t.rel(t.head[i]) == "acl:relcl":
		out = t.actors(t.head[t.head[i]], depth+1)
	default:
		// The first modifier that names a party, else the first bare
		// sector: "Egypt's Muslim Brotherhood" is Egypt's.
		var sector []int
		for _, rels := range [][]string{{"appos", "flat", "compound"}, {"amod", "nmod:poss"}, {"nmod"}} {
			for _, k := range t.kids[i] {
				// Nominal modifiers below the first only through "of",
				// "between" and "with": "resumption of ties between Gondor
				// and Osgiliath", not "limits for service in the Senate".
				if slices.Contains(rels, t.rel(k)) && (rels[0] != "nmod" || depth == 0 || nestPreps[t.prep(k)]) {
					a := t.actors(k, depth+1)
					if len(a) > 0 && t.namesParty(a) {
						out = a
						break
					}
					if len(a) > 0 && sector == nil {
						sector = a
					}
				}
			}
			if len(out) > 0 {
				break
			}
		}
		if out == nil {
			out = sector
		}
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "conj" {
			out = append(out, t.actors(k, depth+1)...)
		}
	}
	return out
}

// subjects returns the source actors of verb v, and whether they were
// found directly on v rather than inherited from another clause.
func (c *Coder) subjects(t *tree, v, depth int) ([]int, bool) {
	if depth > 4 || v < 0 {
		return nil, false
	}
	if t.passive(v) {
		if k, onAdverb := t.byAgent(v); k >= 0 {
			a := t.actors(k, 0)
			if len(a) == 0 && !onAdverb {
				a = t.participleAgent(k, 0)
			}
			return a, true
		}
		if a := c.passiveSource(t, v); len(a) > 0 {
			return a, true
		}
		if sp := c.voicelessSubject(t, v); sp >= 0 {
			return t.actors(sp, 0), true
		}
		// No agent named: the passive's subject, or the controller of a
		// passive clause, is the patient, never the doer ("vowed to
		// protect patients from being denied coverage"), and so is the
		// noun of an existential participle ("there were soldiers killed").
		if t.child(v, "nsubj:pass") >= 0 || t.base(v) == "acl" || t.child(v, "aux:pass") >= 0 || t.existentialParticiple(v) {
			return nil, true
		}
	}
	if s := t.child(v, "nsubj", "csubj"); s >= 0 {
		a := t.actors(s, 0)
		// "Yemen's government and the Houthi movement agreed": a second
		// subject after a coordinating conjunction, which the parser left
		// as a sibling, is a conjunct of the first.
		for _, k := range t.kids[v] {
			if k > s && t.rel(k) == "nsubj" && t.ccBetween(v, s, k) {
				a = append(a, t.actors(k, 0)...)
			}
		}
		// "Israel announced it would free prisoners": a pronoun the actor
		// layer left unresolved, subject of a reported clause, is the
		// speaker.
		if len(t.codedOnly(a)) == 0 && pronouns[t.lem[s]] && t.base(v) == "ccomp" && t.head[v] >= 0 {
			if sp, _ := c.subjects(t, t.head[v], depth+1); len(sp) > 0 {
				return sp, false
			}
		}
		return a, true
	}
	h := t.head[v]
	if h < 0 {
		return nil, true
	}
	rel := t.rel(v)
	if rel == "advcl" && t.childLemma(v, markTo, "mark") >= 0 && c.dict.objControl[t.lem[h]] {
		// "asking Obama to help Iran" parsed as an adverbial clause, or
		// in the passive "Obama is pressured by Congress to help Iran".
		if o := t.child(h, "obj", "iobj"); o >= 0 && len(t.codedOnly(t.actors(o, 0))) > 0 {
			return t.actors(o, 0), false
		}
		if sp := t.child(h, "nsubj:pass"); sp >= 0 && t.passive(h) {
			return t.actors(sp, 0), false
		}
		// "called on both sides to stop fighting": the sides, named or
		// not, are to stop.
		if o := t.appealedTo(h); o >= 0 {
			return t.actors(o, 0), false
		}
	}
	// "accused Turkey of shelling its villages": the accused is the
	// doer of the act charged; so is the one jailed, praised or thanked
	// "for helping militants".
	if rel == "advcl" && (accusing[t.lem[h]] || t.childLemma(v, markFor, "mark") >= 0 && t.gerund(v)) && t.childLemma(v, markOfFor, "mark") >= 0 {
		if o := t.child(h, "obj"); o >= 0 {
			return t.actors(o, 0), false
		}
	}
	switch rel {
	case "xcomp":
		// Object control: "urged Egypt to reopen the crossing".
		if c.dict.objControl[t.lem[h]] {
			if o := t.child(h, "obj", "iobj"); o >= 0 {
				return t.actors(o, 0), false
			}
			// "called on Jordan to expel the diplomats".
			if o := t.appealedTo(h); o >= 0 {
				return t.actors(o, 0), false
			}
		}
		// Raising and control by a passive verb: "Obama is scheduled to
		// attend", "Gollum was seen to break into": its subject acts.
		if sp := t.child(h, "nsubj:pass"); sp >= 0 && t.passive(h) {
			return t.actors(sp, 0), false
		}
		s, _ := c.subjects(t, h, depth+1)
		return s, false
	case "conj", "advcl":
		// Not from a speech verb that follows: in "gunmen stormed the
		// base, the ministry said" the ministry did not storm anything
		// (but in "she told reporters after meeting him" she met him).
		if c.dict.speech[t.lem[h]] && v < h {
			return nil, true
		}
		// A participle set off by a comma modifies the main clause, not a
		// complement the parser hung it on: in "Venezuela ordered the
		// ambassador to leave, accusing him of meddling" Venezuela
		// accuses.
		// The same after a parenthetical speech verb: in "the US launched
		// a strike, Central Command said, expanding its campaign" the US
		// expands it.
		if g := t.head[h]; rel == "advcl" && g >= 0 && t.freeAdjunct(v) && (t.controlled(h) || c.dict.speech[t.lem[h]] && t.base(h) == "parataxis" && !c.speaking(t, v)) {
			s, _ := c.subjects(t, g, depth+1)
			return s, false
		}
		s, _ := c.subjects(t, h, depth+1)
		return s, false
	case "ccomp":
		// Emphatic "do" or an auxiliary taken by the parser for the
		// main verb: in "Gollum did allow that…" the subject of "did"
		// allows.
		if w := strings.ToLower(t.toks[h].Word()); (w == "do" || w == "does" || w == "did" || t.toks[h].UPOS == "AUX") && t.child(h, "obj") < 0 && v > h {
			s, _ := c.subjects(t, h, depth+1)
			return s, false
		}
		// A subjectless to-infinitive the parser took for a complement
		// clause is controlled like one: "is inching nearer to accord
		// with Gondor".
		if t.childLemma(v, markTo, "mark") >= 0 {
			s, _ := c.subjects(t, h, depth+1)
			return s, false
		}
	case "acl:relcl":
		return t.actors(h, 0), false
	case "acl":
		// A participle after a comma is a free adjunct of the clause, not
		// a modifier of the noun the parser hung it on: in "insurgents
		// bombarded part of the city, killing eight people" the
		// insurgents kill.
		if t.freeAdjunct(v) {
			if cl := t.clauseOf(h); cl >= 0 {
				s, _ := c.subjects(t, cl, depth+1)
				return s, false
			}
		}
		return t.actors(h, 0), false
	}
	return nil, true
}

// clauseOf returns the verb whose object noun n belongs to, up through
// nominal dependents ("part of the city" → bombarded), or -1: a
// participle after the object ends the clause and may be its adjunct.
func (t *tree) clauseOf(n int) int {
	for x, k := n, 0; x >= 0 && k < 8; x, k = t.head[x], k+1 {
		h := t.head[x]
		if h < 0 {
			return -1
		}
		switch b := t.base(x); {
		case (b == "obj" || b == "iobj") && t.isVerb(h):
			return h
		case b != "nmod" && b != "appos" && b != "compound" && b != "conj":
			return -1
		}
	}
	return -1
}

// targets returns the target actors of verb v under rule r: the first of
// the rule's target slots (by default indirect object, object, then an
// oblique with a directional preposition) that names an actor.
func (c *Coder) targets(t *tree, r *Rule, v int) []int {
	slots := r.Targets
	if c.dict.firstAfter && len(slots) == 0 && v >= 0 && v < len(t.toks) && (!t.passive(v) || c.voicelessSubject(t, v) >= 0) {
		for x := v + 1; x < len(t.toks); x++ {
			if t.ent[x] >= 0 && t.dominates(v, x) && !t.inAdverbialClause(x, v) {
				if a := t.codedOnly(t.actors(x, 0)); len(a) > 0 {
					return a
				}
			}
		}
	}
	if len(slots) == 0 {
		slots = []string{"iobj", "obj", "obl:*", "xcomp"}
	}
	for _, sl := range slots {
		var got []int
		switch {
		case sl == "none":
			return nil
		case sl == "obj":
			vs := c.voicelessSubject(t, v)
			if o := t.object(v); o >= 0 && o != vs {
				got = t.phraseWordsOut(t.actors(o, 0), r.ObjPhrases)
			}
			// Parsers often take "urged the United Nations to act" for
			// an indirect object.
			if o := t.child(v, "iobj"); got == nil && o >= 0 {
				got = t.actors(o, 0)
			}
			// "the base the militia attacked": the head noun fills the
			// object gap (not of a speech verb, whose gap is what was
			// said).
			// A passive verb's patient is its subject, whatever the parser
			// took for an object: "Eriador was opposed by Osgiliath, the
			// state's fiercest foe".
			if sp := t.child(v, "nsubj:pass"); got == nil && sp >= 0 && sp != vs {
				got = t.actors(sp, 0)
			}
			if got == nil && t.rel(v) == "acl:relcl" && t.child(v, "nsubj") >= 0 && t.child(v, "obj") < 0 && !c.dict.speech[t.lem[v]] {
				got = t.actors(t.head[v], 0)
			}
			if o := t.object(v); got == nil && o >= 0 {
				got = t.adjunctAntecedent(v, o)
			}
			// "Mugabe founded ZANU but was arrested": a passive conjunct
			// with no subject of its own acts on the first conjunct's
			// subject.
			if got == nil && t.passive(v) && t.child(v, "nsubj:pass") < 0 {
				for x, n := v, 0; got == nil && t.base(x) == "conj" && t.head[x] >= 0 && n < 4; x, n = t.head[x], n+1 {
					if sb := t.child(t.head[x], "nsubj", "nsubj:pass"); sb >= 0 {
						got = t.actors(sb, 0)
						break
					}
				}
			}
		case sl == "iobj":
			got = t.actors(t.child(v, "iobj"), 0)
		case strings.HasPrefix(sl, "after:"):
			got = t.afterPhrase(v, strings.TrimPrefix(sl, "after:"))
		case sl == "xcomp":
			// Also "to" + verb parsed as an adverbial clause: "vowed on
			// Thursday to wage war on the Rohans".
			for _, x := range t.kids[v] {
				if got == nil && t.controlled(x) {
					got = c.targets(t, &Rule{}, x)
				}
			}
		case strings.HasPrefix(sl, "obl:"):
			preps := split(strings.TrimPrefix(sl, "obl:"))
			rank := func(p string) int {
				if preps[0] == "*" {
					if r, ok := c.dict.targetPreps[p]; ok {
						return r
					}
					return -1
				}
				for i, q := range preps {
					if q == p {
						return i
					}
				}
				return -1
			}
			// The best-ranked preposition wins, wherever it stands:
			// "celebrated at Osgiliath with Gondor" → Gondor.
			best := -1
			for _, k := range t.kids[v] {
				// Not "on behalf of Niger".
				if t.base(k) != "obl" && t.base(k) != "nmod" || t.rel(k) == "obl:agent" || t.lem[k] == "behalf" || c.patternPhrase(t, r, k) {
					continue
				}
				if r := rank(t.prep(k)); r >= 0 {
					// A named party beats a bare sector ("an official
					// visit"), then the better preposition wins.
					a := t.codedOnly(t.actors(k, 0))
					if len(a) > 0 && (best < 0 || r < best && t.namesParty(a) == t.namesParty(got) || t.namesParty(a) && !t.namesParty(got)) {
						got, best = a, r
					}
				}
			}
			// "sent weapons to Syria" may attach the oblique to the object
			// (or to the passive subject: "evidence against Russia was
			// presented").
			if o := t.object(v); len(got) == 0 && o >= 0 {
				for _, k := range t.kids[o] {
					p := t.prep(k)
					if r := rank(p); t.base(k) == "nmod" && r >= 0 && p != "of" && (best < 0 || r < best) {
						if a := t.actors(k, 0); len(a) > 0 {
							got, best = a, r
						}
					}
				}
				// "welcomed memos sent by Bree": the phrases of a
				// participle modifying the object.
				for _, pc := range t.kids[o] {
					if len(got) > 0 || t.base(pc) != "acl" || t.rel(pc) == "acl:relcl" {
						continue
					}
					for _, k := range t.kids[pc] {
						if r := rank(t.prep(k)); t.base(k) == "obl" && r >= 0 && (best < 0 || r < best) {
							if a := t.codedOnly(t.actors(k, 0)); len(a) > 0 {
								got, best = a, r
							}
						}
					}
				}
			}
		}
		if len(got) > 0 {
			return got
		}
	}
	// "boycotted the parade supporting Gondor": the party a participle
	// modifying the object names.
	if o := t.object(v); c.dict.clauseTargets && len(slots) > 0 && slots[0] != "none" && o >= 0 {
		for _, pc := range t.kids[o] {
			if t.base(pc) != "acl" || t.rel(pc) == "acl:relcl" || t.childLemma(pc, markTo, "mark") >= 0 {
				continue
			}
			for _, k := range t.kids[pc] {
				if t.base(k) == "obj" || t.base(k) == "obl" {
					if a := t.codedOnly(t.actors(k, 0)); len(a) > 0 {
						return a
					}
				}
			}
		}
	}
	if c.dict.clauseTargets && len(slots) > 0 && slots[0] != "none" {
		if a := t.firstPhraseActor(v, func(i int) bool { return c.inPatternPhrase(t, r, v, i) }); len(a) > 0 {
			return a
		}
	}
	if cc := t.child(v, "ccomp"); c.dict.clauseTargets && len(slots) > 0 && slots[0] != "none" && cc >= 0 {
		// The first subject naming a party: the parser may take the
		// complementizer for one ("hopes that Osgiliath could be drawn").
		subj := false
		for _, k := range t.kids[cc] {
			if t.base(k) == "nsubj" {
				subj = true
				if a := t.codedOnly(t.actors(k, 0)); len(a) > 0 {
					return a
				}
			}
		}
		// A subject naming no party ("questions whether he has a future
		// with the Orcs"): the first party named after it, as PETRARCH's
		// find_target takes the first coded noun phrase after the verb;
		// not for what is said, whose parties are its own.
		if subj && !c.dict.speech[t.lem[v]] {
			return t.firstCodedAfter(cc)
		}
		if subj {
			return nil
		}
		// A subjectless clause is a participle the parser took for a
		// complement ("cordoned off the roads leading into Mordor"):
		// its first phrase naming a party.
		for _, k := range t.kids[cc] {
			if t.base(k) == "obl" {
				if a := t.codedOnly(t.actors(k, 0)); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}

// voicelessSubject returns the subject of v when VoicelessPassives reads
// it as the source: v is a finite passive with no by-phrase (byAgent) and
// no party in a phrase PassiveSources names. Otherwise -1.
func (c *Coder) voicelessSubject(t *tree, v int) int {
	sp := t.child(v, "nsubj:pass")
	if !c.dict.voiceless || sp < 0 || t.child(v, "aux:pass") < 0 || len(c.passiveSource(t, v)) > 0 {
		return -1
	}
	if k, _ := t.byAgent(v); k >= 0 {
		return -1
	}
	return sp
}

// byAgent returns the phrase of passive verb v that names its doer: its
// obl:agent or an oblique opened by "by" (also with "by" hung on the
// phrase's first modifier, see phrasePrep), or else a by-phrase the
// parser hung on an adverb of v ("was opposed earlier by Osgiliath"),
// and whether it is the last. It returns -1 if there is none.
func (t *tree) byAgent(v int) (k int, onAdverb bool) {
	for _, k := range t.kids[v] {
		if t.agentPhrase(k) {
			return k, false
		}
	}
	for _, a := range t.kids[v] {
		if t.base(a) != "advmod" {
			continue
		}
		for _, k := range t.kids[a] {
			if t.prep(k) == "by" {
				return k, true
			}
		}
	}
	return -1, false
}

// agentPhrase reports whether dependent k names the doer of its passive
// verb: an obl:agent, or an oblique opened by "by" (phrasePrep).
func (t *tree) agentPhrase(k int) bool {
	return t.rel(k) == "obl:agent" || t.base(k) == "obl" && t.phrasePrep(k) == "by"
}

// subordinators open adverbial clauses.
var subordinators = set("after", "before", "while", "when", "because", "since", "although", "though", "until", "once", "as", "if", "unless", "whereas")

// inAdverbialClause reports whether token x lies in a clause opened by a
// subordinator ("after crowds burned its embassy") below v.
func (t *tree) inAdverbialClause(x, v int) bool {
	for n := 0; x >= 0 && x != v && n < len(t.toks); x, n = t.head[x], n+1 {
		if t.childLemma(x, subordinators, "mark") >= 0 {
			return true
		}
	}
	return false
}

// firstCodedAfter returns the parties of the first mention naming one
// in clause c after its subject, or nil.
func (t *tree) firstCodedAfter(c int) []int {
	from := t.child(c, "nsubj", "nsubj:pass")
	for x := from + 1; from >= 0 && x < len(t.toks); x++ {
		if t.ent[x] < 0 || !t.dominates(c, x) {
			continue
		}
		if a := t.codedOnly(t.actors(x, 0)); len(a) > 0 {
			return a
		}
	}
	return nil
}

// objectPronouns are the object pronouns an adjunct's object may be,
// mapped to whether they refer to a person.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": false}

// adjunctAntecedent resolves an object pronoun o of a participle clause v
// set off by a comma, which the actor layer left unresolved: the
// participle's subject is the main clause's, so the pronoun is the party
// that clause acts on. In "Venezuela ordered the ambassador to leave,
// accusing him of meddling" him is the ambassador. "him" and "her" take
// only a person.
func (t *tree) adjunctAntecedent(v, o int) []int {
	person, ok := objectPronouns[strings.ToLower(t.toks[o].Word())]
	if !ok || t.ent[o] >= 0 || !t.freeAdjunct(v) || t.head[v] < 0 {
		return nil
	}
	h := t.head[v]
	var clauses []int
	switch t.base(v) {
	case "advcl":
		clauses = append(clauses, h)
		if t.controlled(h) && t.head[h] >= 0 {
			clauses = append(clauses, t.head[h])
		}
	case "acl":
		if cl := t.clauseOf(h); cl >= 0 {
			clauses = append(clauses, cl)
		}
	}
	for _, cl := range clauses {
		ob := t.child(cl, "obj", "iobj")
		if ob < 0 {
			continue
		}
		var got []int
		for _, k := range t.codedOnly(t.actors(ob, 0)) {
			if !person || t.d.Entities[k].Type == "PER" {
				got = append(got, k)
			}
		}
		if len(got) > 0 {
			return got
		}
	}
	return nil
}

// firstPhraseActor returns the first actor after verb v reached from it
// through noun phrases and their modifiers only (no clause, no
// conjunct): "arranged for the reopening of guest houses in Bree" → Bree.
// An actor whose head token skip reports is passed over.
func (t *tree) firstPhraseActor(v int, skip func(i int) bool) []int {
	for i := v + 1; i < len(t.toks); i++ {
		k := t.ent[i]
		if k < 0 || t.entityHead(k) != i || skip(i) {
			continue
		}
		ok := false
		for x, n := i, 0; x >= 0 && n < 8; x, n = t.head[x], n+1 {
			if t.head[x] == v {
				b := t.base(x)
				ok = b == "obl" || b == "obj" || b == "iobj"
				break
			}
			if b := t.base(x); b != "nmod" && b != "obl" && b != "obj" && b != "amod" && b != "compound" && b != "flat" && b != "appos" {
				break
			}
		}
		if ok {
			return []int{k}
		}
	}
	return nil
}

// afterPhrase returns the actors of the first phrase of verb v (or of its
// object) that follows the phrase with preposition prep: PETRARCH's
// "IN ^ +" skips the phrase's own noun: "celebrated Iftar in Osgiliath
// with Gondor" → Gondor.
func (t *tree) afterPhrase(v int, prep string) []int {
	var phrases []int
	heads := []int{v}
	if o := t.object(v); o >= 0 {
		heads = append(heads, o)
	}
	for _, h := range heads {
		for _, k := range t.kids[h] {
			if (t.base(k) == "obl" || t.base(k) == "nmod") && t.rel(k) != "obl:agent" {
				phrases = append(phrases, k)
			}
		}
	}
	// The phrases inside the skipped one count too: "warned at the
	// Gondor of the Prince" → the Prince.
	for _, k := range phrases {
		if t.prep(k) == prep {
			for _, n := range t.kids[k] {
				if t.base(n) == "nmod" {
					phrases = append(phrases, n)
				}
			}
			break
		}
	}
	slices.Sort(phrases)
	anchor := -1
	for _, k := range phrases {
		if anchor < 0 {
			if t.prep(k) == prep {
				anchor = k
			}
			continue
		}
		if a := t.codedOnly(t.actors(k, 0)); len(a) > 0 {
			return a
		}
	}
	return nil
}

// nounArgs finds the source and target of a nominal event: the possessor
// or modifier actor ("Chinese accusations", "Israel's strikes") or a
// by-phrase, else the subject of the verb the noun is the object of
// ("Israel launched strikes"); the target from a prepositional modifier
// ("strikes against al-Shabaab", "a visit to Moscow") or the verb's
// object or oblique.
func (c *Coder) nounArgs(t *tree, m match) (srcs, tgts []int, direct bool) {
	n := m.tok
	direct = true
	if t.ent[n] >= 0 {
		// The trigger is inside a name ("the Bombing Museum"): skip.
		return nil, nil, true
	}
	for _, k := range t.kids[n] {
		r := t.rel(k)
		if (r == "nmod:poss" || r == "amod" || r == "compound") && t.ent[k] >= 0 {
			srcs = append(srcs, t.actors(k, 0)...)
		}
	}
	if len(srcs) == 0 {
		for _, k := range t.kids[n] {
			if t.base(k) == "nmod" && sourcePreps[t.prep(k)] {
				srcs = t.actors(k, 0)
				break
			}
		}
	}
	// "an agreement between Japan and Russia", "clashes between the army
	// and rebels": the parties between whom it happens are its parties,
	// whoever brokered or reported it.
	for _, k := range t.kids[n] {
		if t.base(k) == "nmod" && t.prep(k) == "between" {
			if a := t.codedOnly(t.actors(k, 0)); len(a) > 1 {
				return a, nil, true
			}
		}
	}
	preps := defaultNounPreps
	if len(m.rule.Prep) > 0 {
		preps = set(m.rule.Prep...)
	}
	for _, k := range t.kids[n] {
		if (t.base(k) == "nmod" || t.base(k) == "acl") && preps[t.prep(k)] {
			// An uncoded place ("a strike on a market in Hajjah") is no
			// party and leaves the slot open.
			if tgts = t.codedOnly(t.actors(k, 0)); len(tgts) > 0 {
				break
			}
		}
	}
	h := t.head[n]
	if h >= 0 && t.isVerb(h) {
		switch t.base(n) {
		case "obj", "obl":
			if len(srcs) == 0 && !c.dict.cause[t.lem[h]] {
				srcs, _ = c.subjects(t, h, 0)
				direct = false
			}
			if len(tgts) == 0 {
				for _, k := range t.kids[h] {
					if _, ok := defaultVerbPreps[t.prep(k)]; k != n && t.base(k) == "obl" && ok {
						if tgts = t.actors(k, 0); len(tgts) > 0 {
							break
						}
					}
				}
			}
		case "nsubj":
			if len(tgts) == 0 {
				if o := t.child(h, "obj"); o >= 0 {
					tgts = t.actors(o, 0)
				}
			}
		}
	}
	return srcs, tgts, direct
}

// ccBetween reports whether a coordinating conjunction attached to v or
// to b stands between tokens a and b.
func (t *tree) ccBetween(v, a, b int) bool {
	for _, h := range []int{v, b} {
		for _, k := range t.kids[h] {
			if t.rel(k) == "cc" && k > a && k < b {
				return true
			}
		}
	}
	return false
}

// freeAdjunct reports whether verb v is a bare participle clause set off
// by a comma: ", accusing him of meddling".
func (t *tree) freeAdjunct(v int) bool {
	w := strings.ToLower(t.toks[v].Word())
	if t.toks[v].XPOS != "VBG" && !strings.HasSuffix(w, "ing") || t.child(v, "mark", "nsubj") >= 0 {
		return false
	}
	return v > 0 && t.toks[v-1].Word() == ","
}

// oblPrepObj reports whether an oblique of verb v carries the phrase r
// asks for, with its head word named (pobj=), as a nominal modifier.
func (t *tree) oblPrepObj(v int, r *Rule) bool {
	if len(r.PrepObj) == 0 {
		return false
	}
	for _, k := range t.kids[v] {
		if t.base(k) == "obl" && t.hasPrepObj(k, r.Prep, r.PrepObj, "nmod") {
			return true
		}
	}
	return false
}

// markedGerund reports whether verb v has a gerund clause introduced by
// one of preps ("for accumulating wealth"), when no head word is required.
func (t *tree) markedGerund(v int, preps, objs []string) bool {
	if len(objs) > 0 {
		return false
	}
	for _, k := range t.kids[v] {
		if t.base(k) == "advcl" && t.gerund(k) && t.childLemma(k, set(preps...), "mark") >= 0 {
			return true
		}
	}
	return false
}

// gerund reports whether verb v is an -ing form.
func (t *tree) gerund(v int) bool {
	return t.toks[v].XPOS == "VBG" || t.toks[v].XPOS == "" && strings.HasSuffix(strings.ToLower(t.toks[v].Word()), "ing")
}

// controlled reports whether clause h is a non-finite complement whose
// subject another clause supplies: an xcomp, or "to" + verb parsed as an
// adverbial clause.
func (t *tree) controlled(h int) bool {
	return t.base(h) == "xcomp" || t.base(h) == "advcl" && t.childLemma(h, markTo, "mark") >= 0
}

// placeCountry returns the country of the places the event at m is said
// to happen in: the resolved places in the phrases of its trigger (and,
// for a noun, of the verb it is the subject or object of), reached through
// nominal modifiers and obliques only. It is "" when there is none or
// they lie in more than one country.
func (t *tree) placeCountry(m match) string {
	roots := []int{m.tok}
	if h := t.head[m.tok]; h >= 0 && t.isVerb(h) {
		switch {
		case m.rule.Noun && (t.base(m.tok) == "nsubj" || t.base(m.tok) == "obj" || t.base(m.tok) == "obl"):
			roots = append(roots, h)
		case !m.rule.Noun && t.base(m.tok) == "advcl" && t.freeAdjunct(m.tok):
			// "shelled a village in Idlib, killing nine farmers".
			roots = append(roots, h)
		}
	}
	if h := t.head[m.tok]; h >= 0 && !m.rule.Noun && t.rel(m.tok) == "acl" && t.freeAdjunct(m.tok) {
		// The same, with the participle hung on a noun of the clause.
		if cl := t.clauseOf(h); cl >= 0 {
			roots = append(roots, cl)
		}
	}
	country := ""
	for i := range t.d.Places {
		p := &t.d.Places[i]
		if p.Country == "" || p.Sentence != t.si {
			continue
		}
		x := t.tokenAt(p.Start)
		for n := 0; x >= 0 && n < 8 && !slices.Contains(roots, x); n++ {
			switch t.base(x) {
			case "nmod", "obl", "obj", "compound", "flat", "appos", "conj":
				x = t.head[x]
			default:
				x = -1
			}
		}
		if x < 0 {
			continue
		}
		if country != "" && country != p.Country {
			return ""
		}
		country = p.Country
	}
	return country
}

// tokenAt returns the token of the sentence that holds byte offset off,
// or -1.
func (t *tree) tokenAt(off int) int {
	for i := range t.toks {
		if t.toks[i].Start <= off && off < t.toks[i].End {
			return i
		}
	}
	return -1
}

// appealedTo returns the oblique with on or upon of verb v ("called on
// Jordan"), or -1.
func (t *tree) appealedTo(v int) int {
	for _, k := range t.kids[v] {
		// Not "on behalf of every American".
		if t.base(k) == "obl" && (t.prep(k) == "on" || t.prep(k) == "upon") && t.lem[k] != "behalf" {
			return k
		}
	}
	return -1
}

// xcompLemma returns the controlled verb of v with a lemma in lemmas: an
// xcomp, or "to" + verb the parser took for an adverbial clause ("ordered
// the envoy, Daniel Kriener, to leave"); -1 if none.
func (t *tree) xcompLemma(v int, lemmas map[string]bool) int {
	if x := t.childLemma(v, lemmas, "xcomp"); x >= 0 {
		return x
	}
	for _, k := range t.kids[v] {
		if t.base(k) == "advcl" && lemmas[t.lem[k]] && t.childLemma(k, markTo, "mark") >= 0 {
			return k
		}
	}
	return -1
}

// complementObjFits reports whether the object of the verb that v
// controls fits one of the phrases: a loose pattern on a control verb
// reaches into its complement, "vowed to wage war" for VOW * WAR.
func (t *tree) complementObjFits(phrases [][]string, v int) bool {
	for _, x := range t.kids[v] {
		if !t.controlled(x) || t.head[x] != v {
			continue
		}
		if o := t.object(x); o >= 0 && t.looseFits(phrases, o) {
			return true
		}
	}
	return false
}

// placeParties marks the uncoded place names that stand as an argument of
// a verb or of an event noun ("attacked Aleppo", "a visit to Beirut") as
// parties: the country the geoparser resolved them to. A place inside
// another noun's modifiers ("a market in Hajjah") stays a place.
func (c *Coder) placeParties(t *tree, ents []int) {
	for _, k := range ents {
		e := &t.d.Entities[k]
		if e.Code != "" || e.Type != "LOC" && e.Type != "GPE" {
			continue
		}
		cc := ""
		for i := range t.d.Places {
			if p := &t.d.Places[i]; p.Start == e.Start && p.End == e.End {
				cc = p.Country
				break
			}
		}
		if cc == "" {
			continue
		}
		h := t.entityHead(k)
		hd := t.head[h]
		if hd < 0 {
			continue
		}
		switch t.base(h) {
		case "obj", "obl", "nmod":
		default:
			continue
		}
		// Where something happens is no party to it: "a rally in
		// Pensacola", "a curfew in Cairo".
		if locativePreps[t.prep(h)] {
			continue
		}
		if t.isVerb(hd) || t.toks[hd].UPOS == "NOUN" && c.bestNounRule(t, hd) != nil {
			if t.places == nil {
				t.places = map[int]string{}
			}
			t.places[k] = cc
		}
	}
}

// speaking reports whether verb v tells how someone speaks: "…, an
// official said, speaking on condition of anonymity" is the official's.
func (c *Coder) speaking(t *tree, v int) bool {
	if c.dict.speech[t.lem[v]] || speakingVerbs[t.lem[v]] {
		return true
	}
	// A verbal act ("…, an official said, accusing Chad of…").
	if r := c.bestVerbRule(t, v); r != nil {
		if k, ok := cameo.Lookup(r.Code); ok {
			return k.QuadClass == cameo.VerbalCooperation || k.QuadClass == cameo.VerbalConflict
		}
	}
	return false
}

// speakingVerbs are verbs of speaking beyond the speech lexicon.
var speakingVerbs = set("speak", "talk", "comment", "cite", "refer", "decline", "refuse", "ask", "request")

// sharedHead returns the country modifiers coordinated with a country
// inside mention k headed at token i, which share the mention's head:
// "US and British activists" are US activists too (USAOPP beside
// GBROPP).
func (t *tree) sharedHead(k, i int) []int {
	e := &t.d.Entities[k]
	code := e.Code
	if len(code) <= 3 {
		return nil
	}
	var out []int
	for _, m := range t.kids[i] {
		if m >= e.TokStart && m < e.TokEnd || t.rel(m) != "compound" && t.rel(m) != "amod" || t.ent[m] < 0 {
			continue
		}
		mc := t.d.Entities[t.ent[m]].Code
		if len(mc) != 3 || mc == code[:3] {
			continue
		}
		for _, c := range t.kids[m] {
			if t.rel(c) == "conj" && c >= e.TokStart && c < e.TokEnd {
				if t.shared == nil {
					t.shared = map[int]string{}
				}
				t.shared[t.ent[m]] = mc + code[3:]
				out = append(out, t.ent[m])
				break
			}
		}
	}
	return out
}
