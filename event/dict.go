package event

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/cameo"
)

//go:embed patterns.txt
var embedded embed.FS

// DictFile is the name of the pattern dictionary, embedded in the binary
// and looked for in a user's dictionary folder.
const DictFile = "patterns.txt"

// Rule is one line of the pattern dictionary: a trigger lemma set with the
// constraints that must hold around it in the dependency tree, and the
// CAMEO code it gives.
type Rule struct {
	// Name identifies the rule in provenance: "patterns.txt:57 138 threaten obj=attack".
	Name string
	Code string
	// Noun is true for nominal triggers ("bombing", "visit").
	Noun   bool
	Lemmas []string
	Prt    []string // required particle (compound:prt)
	Obj    []string // required object lemma (obj, or nsubj:pass in the passive)
	// ObjPhrases, when set, narrows Obj: the object must end one of these
	// word sequences, whose other words precede it among the object's
	// own words ("full economic ties"). With ObjLoose, a word written
	// with a leading "_" must directly follow the word before it.
	ObjPhrases [][]string
	// ObjLoose lets the phrase (or Obj word) stand anywhere in the
	// object's words up to its head, as PETRARCH matches: "* ARTILLERY"
	// fits "fired two artillery shells".
	ObjLoose bool
	Prep     []string // required oblique or nominal modifier preposition
	// PrepObj, with Prep, requires that oblique\'s head word: "act on a
	// resolution".
	PrepObj []string
	// PrepPhrases, when set, narrows PrepObj to whole word sequences
	// ending the oblique, written as ObjPhrases: "for a total boycott"
	// but not "for a boycott".
	PrepPhrases [][]string
	Xcomp       []string // required xcomp verb lemma
	Mod         []string // required modifier of a noun (compound, amod): "air" strike
	Subj        []string // required subject head word: "guerrilla" fired
	Without     []string // relations the verb must not have: "xcomp" for call
	// CompoundSubj requires conjoined subjects ("Egypt and Jordan agree").
	CompoundSubj bool
	// Persons requires that the subject and the object are both mentions
	// of persons: "Harris attacked Biden" is a war of words.
	Persons bool
	Aux     []string // required auxiliary, negation or marker word: "will", "not"
	// Pre, when set, requires one of these word sequences, in order,
	// among the words between the subject and the verb ("did n't",
	// "unexpectedly won't"); as in ObjPhrases, a "_" word must directly
	// follow the word before it.
	Pre [][]string
	// PreNext requires the Pre phrase to end right before the verb, its
	// words consecutive: PETRARCH's "RECENTLY_*".
	PreNext bool
	Gov     []string // required governing verb of a noun: "go" on strike
	Targets []string // where the target is: obj, iobj, obl:PREP|PREP, xcomp, none
	// Sources, when set, takes the source from these slots (as Targets)
	// and makes the subject the target: PETRARCH's "+ * FROM $", "was
	// freed from Barad-dur" → Mordor frees the militia.
	Sources []string
	// Code2, when set, codes the reversed dyad too: PETRARCH's [042:043]
	// gives "A visited B" as A→B 042 and B→A 043.
	Code2 string
	// NeedTarget codes the event only when a target slot names a party:
	// "called Erdogan" is a phone call, "called a halt" or "called the
	// move a disgrace" is not.
	NeedTarget bool
	// PoliticalObj requires the object to be a political or military
	// party: a government, armed force, rebel group, office holder,
	// international organization, or a state by name. "Trained
	// soldiers" is military cooperation, "trained people to be killers"
	// is not; "protected the prime minister" is, "protect people with
	// pre-existing conditions" is not.
	PoliticalObj bool
	// Weight is the rule's specificity, used to prefer the most
	// constrained rule among those that fire.
	Weight int
}

// Dict is a parsed pattern dictionary with its lexicons.
type Dict struct {
	Rules []*Rule
	// byLemma indexes verb and noun rules by trigger lemma.
	verbs, nouns map[string][]*Rule
	// Lexicons named by the dictionary's word lists.
	light, speech, intent, refuse, negator, hypoAux, intendAux, objControl, request map[string]bool
	// cause lists the verbs whose subject causes the event noun they
	// govern without doing it: "the shooting sparked riots".
	cause    map[string]bool
	discards []discard
	// allReciprocal codes every act of conjoined sources with no target
	// between them, as PETRARCH does.
	allReciprocal bool
	// bareSectors keeps events whose parties are only sectors ("---GOV").
	bareSectors bool
	// targetPreps are the prepositions whose object may be a verb's
	// target when a rule names none.
	targetPreps map[string]int
	// clauseTargets takes the subject of a verb's clausal complement as
	// its target when no other slot gives one.
	clauseTargets bool
	// keepIntents codes a generic expression of intent alongside the
	// coded act it intends.
	keepIntents bool
	// passiveSources are the prepositions besides "by" whose object is
	// the doer of a passive verb with no by-agent.
	passiveSources []string
	// patternPhrasesOut keeps a rule's own prepositional phrase from
	// naming its target.
	patternPhrasesOut bool
	// agentSubjects matches a passive verb's subject words against its
	// by- or from-phrase.
	agentSubjects bool
	// exactForms matches a verb only on its lemma, never on base forms
	// guessed from an unknown word.
	exactForms bool
	// voiceless codes an agentless passive's subject as its source.
	voiceless bool
	// adverbSubj lets a rule's subject word be an adverb before the verb.
	adverbSubj bool
	// firstAfter takes the target of a rule that names no slot from the
	// first party named after the verb, under it.
	firstAfter bool
}

// AgentSubjects makes the coder match a rule's subject words ("GUNMEN *
// HOSTAGE"), for a passive verb, against the head of its by- or
// from-phrase rather than its grammatical subject, as PETRARCH2's
// match_pattern looks for a passive's pre-verb nouns in those phrases:
// "a mortar bomb was fired from Gaza" does not fit "&WEAPON *". By
// default the subject is the grammatical one.
func (d *Dict) AgentSubjects() { d.agentSubjects = true }

// PatternPhrasesNoParty makes the coder pass over, when it looks for a
// target, the prepositional phrase whose words a rule names ("clash *
// (WITH RIOTERS)"), as PETRARCH2's match_pattern colors the phrases a
// pattern matched and leaves them out of the actors: "clashed with
// rioters in the square" targets the square's country. By default the
// phrase may name the target.
func (d *Dict) PatternPhrasesNoParty() { d.patternPhrasesOut = true }

// FirstActorTarget makes the coder take the target of a rule that names
// no target slot from the first mention naming a party after the verb,
// among the words the verb governs outside its adverbial clauses ("after
// Sweden spoke"), as PETRARCH's find_target takes the first coded noun
// phrase of the verb's lower sequence. A passive whose doer is named
// keeps its subject as the target. By default the object, then the
// obliques and complements, are searched in that order.
func (d *Dict) FirstActorTarget() { d.firstAfter = true }

// AdverbSubjectWords lets a rule's subject word (Rule.Subj) be met by an
// adverb of the verb standing before it, as in PETRARCH's phrase-structure
// matching a word before the verb ("- HEAVILY *") is any word of the
// upper sequence: "was heavily criticized". By default it names the
// subject's head.
func (d *Dict) AdverbSubjectWords() { d.adverbSubj = true }

// VoicelessPassives makes the coder read an agentless finite passive as
// PETRARCH (version 1) reads any verb, which knows no voice: its subject
// is the source and the first party after it the target ("the
// Philippines was criticized over its dispute with Eriador" → PHL→ERI).
// A by-phrase, or a phrase PassiveSources names, still gives the source.
// By default the passive's subject is its target.
func (d *Dict) VoicelessPassives() { d.voiceless = true }

// PassiveSources makes the coder take the object of a phrase with one of
// preps, in the order given, as the doer of a passive verb that names no
// by-agent, as PETRARCH2's VerbPhrase.get_meaning takes its source
// options from the passive's by-, from- and in-phrases ("a shell was
// fired from Gaza"). By default only a by-agent is the doer.
func (d *Dict) PassiveSources(preps ...string) { d.passiveSources = preps }

// ExactForms makes the coder match a verb rule only on the token's
// lemma, as PETRARCH matches only the forms its verb dictionary lists or
// generates ("departes" is no form of DEPART). By default a word whose
// lemma the dictionary does not know is tried under the base forms it
// could have, to survive a lemmatizer's slip ("blamed" → "blam").
func (d *Dict) ExactForms() { d.exactForms = true }

// KeepIntents makes the coder code a generic expression of intent ("vowed
// to") alongside the coded act it intends, as PETRARCH does; by default
// the intended act, with modality intended, stands alone.
func (d *Dict) KeepIntents() { d.keepIntents = true }

// ClauseTargets makes the coder take the subject of a clausal complement
// as the verb's target when no object or oblique names one, as PETRARCH
// takes the first actor after the verb: "Gollum allowed that Mordor isn't
// a pleasant place" → HOB→MOR. By default a clause names no target.
func (d *Dict) ClauseTargets() { d.clauseTargets = true }

// ReciprocalAlways makes the coder code any act of conjoined sources
// with no target between the conjuncts, as PETRARCH does; by default only
// joint acts (meeting, signing, fighting…) are.
func (d *Dict) ReciprocalAlways() { d.allReciprocal = true }

// KeepBareSectors makes the coder keep events whose only parties are bare
// sectors ("officials said"), as PETRARCH does; by default they are
// dropped.
func (d *Dict) KeepBareSectors() { d.bareSectors = true }

// SetTargetPreps replaces the prepositions whose object may be a verb's
// target when a rule names none (by default against, with, to, on, at,
// into, toward(s), upon and over, best first). When ranked is false the
// first such oblique in the sentence wins, as in PETRARCH.
func (d *Dict) SetTargetPreps(preps []string, ranked bool) {
	d.targetPreps = ranks(preps...)
	if !ranked {
		for p := range d.targetPreps {
			d.targetPreps[p] = 0
		}
	}
}

type discard struct {
	lemmas map[string]bool
	cues   map[string]bool
}

// NewDict returns a dictionary of rules built elsewhere (such as the
// PETRARCH verb dictionary importer), with the word lists and discards of
// base. Rule codes are not checked: foreign dictionaries may use codes
// outside CAMEO, which the coder passes through with no Goldstein weight.
func NewDict(rules []*Rule, base *Dict) *Dict {
	d := *base
	d.Rules = rules
	d.verbs, d.nouns = map[string][]*Rule{}, map[string][]*Rule{}
	for _, r := range rules {
		idx := d.verbs
		if r.Noun {
			idx = d.nouns
		}
		for _, l := range r.Lemmas {
			idx[l] = append(idx[l], r)
		}
	}
	return &d
}

// lexiconKeys are the word-list lines a dictionary may hold.
var lexiconKeys = []string{"light", "speech", "intent", "refuse", "negator", "hypothetical-aux", "intended-aux", "object-control", "request", "cause"}

// Default returns the embedded dictionary.
func Default() (*Dict, error) {
	f, err := embedded.Open(DictFile)
	if err != nil {
		return nil, fmt.Errorf("event patterns: %w", err)
	}
	defer f.Close()
	return Parse(f, DictFile)
}

// Load reads patterns.txt from dir, or returns the embedded dictionary
// when dir is empty or holds no such file.
func Load(dir string) (*Dict, error) {
	if dir == "" {
		return Default()
	}
	p := filepath.Join(dir, DictFile)
	f, err := os.Open(p)
	if os.IsNotExist(err) {
		return Default()
	}
	if err != nil {
		return nil, fmt.Errorf("event patterns: %w", err)
	}
	defer f.Close()
	return Parse(f, p)
}

// Parse reads a pattern dictionary. The format is described at the top of
// the embedded patterns.txt; name is used in rule names and errors.
func Parse(r io.Reader, name string) (*Dict, error) {
	d := &Dict{verbs: map[string][]*Rule{}, nouns: map[string][]*Rule{}, targetPreps: defaultVerbPreps}
	lex := map[string]map[string]bool{}
	for _, k := range lexiconKeys {
		lex[k] = map[string]bool{}
	}
	base := filepath.Base(name)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		switch {
		case lex[f[0]] != nil:
			for _, w := range f[1:] {
				for _, x := range split(w) {
					lex[f[0]][x] = true
				}
			}
		case f[0] == "discard":
			dc, err := parseDiscard(f[1:])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			d.discards = append(d.discards, dc)
		default:
			rule, err := parseRule(f)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			rule.Name = fmt.Sprintf("%s:%d %s", base, n, strings.Join(f, " "))
			d.Rules = append(d.Rules, rule)
			idx := d.verbs
			if rule.Noun {
				idx = d.nouns
			}
			for _, l := range rule.Lemmas {
				idx[l] = append(idx[l], rule)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d.light, d.speech, d.intent, d.refuse = lex["light"], lex["speech"], lex["intent"], lex["refuse"]
	d.negator, d.hypoAux, d.intendAux, d.objControl = lex["negator"], lex["hypothetical-aux"], lex["intended-aux"], lex["object-control"]
	d.request, d.cause = lex["request"], lex["cause"]
	if len(d.Rules) == 0 {
		return nil, fmt.Errorf("%s: no rules", name)
	}
	return d, nil
}

func split(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.ToLower(strings.TrimSpace(x)); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func parseRule(f []string) (*Rule, error) {
	if len(f) < 3 {
		return nil, fmt.Errorf("want CODE verb|noun LEMMAS [key=value ...], got %q", strings.Join(f, " "))
	}
	r := &Rule{Code: f[0], Lemmas: split(f[2])}
	if !cameo.Valid(r.Code) {
		return nil, fmt.Errorf("unknown CAMEO code %q", r.Code)
	}
	switch f[1] {
	case "verb":
	case "noun":
		r.Noun = true
	default:
		return nil, fmt.Errorf("kind %q: want verb or noun", f[1])
	}
	if len(r.Lemmas) == 0 {
		return nil, fmt.Errorf("no trigger lemma")
	}
	for _, kv := range f[3:] {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || v == "" {
			return nil, fmt.Errorf("constraint %q: want key=value", kv)
		}
		switch k {
		case "prt":
			r.Prt = split(v)
		case "obj":
			r.Obj = split(v)
		case "prep":
			r.Prep = split(v)
		case "pobj":
			r.PrepObj = split(v)
		case "xcomp":
			r.Xcomp = split(v)
		case "mod":
			r.Mod = split(v)
		case "subj":
			r.Subj = split(v)
		case "between":
			if v != "persons" {
				return nil, fmt.Errorf("constraint %q: want between=persons", kv)
			}
			r.Persons = true
			r.Weight++
		case "without":
			r.Without = split(v)
		case "aux":
			r.Aux = split(v)
		case "gov":
			r.Gov = split(v)
		case "need":
			if v != "target" {
				return nil, fmt.Errorf("constraint %q: want need=target", kv)
			}
			r.NeedTarget = true
		case "party":
			if v != "political" {
				return nil, fmt.Errorf("constraint %q: want party=political", kv)
			}
			// No weight: the constraint is checked when the rule codes,
			// so it must not outrank another sense of the word ("loot"
			// as rioting).
			r.PoliticalObj = true
		case "target":
			r.Targets = strings.Split(strings.ToLower(v), ",")
			for _, t := range r.Targets {
				if t != "obj" && t != "iobj" && t != "none" && t != "xcomp" && !strings.HasPrefix(t, "obl:") {
					return nil, fmt.Errorf("target %q: want obj, iobj, obl:PREP, xcomp or none", t)
				}
			}
		default:
			return nil, fmt.Errorf("unknown constraint %q (have prt, obj, prep, pobj, xcomp, mod, gov, subj, aux, without, between, need, party, target)", k)
		}
	}
	if len(r.PrepObj) > 0 && len(r.Prep) == 0 {
		return nil, fmt.Errorf("pobj needs prep")
	}
	for _, c := range [][]string{r.Prt, r.Obj, r.Prep, r.PrepObj, r.Xcomp, r.Mod, r.Gov, r.Subj, r.Aux} {
		if len(c) > 0 && c[0] != "*" {
			r.Weight++
		}
	}
	if len(r.Mod) > 0 {
		// A modifier names the kind of event ("drone strike"): it beats a
		// preposition constraint on the same noun.
		r.Weight++
	}
	return r, nil
}

func parseDiscard(f []string) (discard, error) {
	dc := discard{lemmas: map[string]bool{}, cues: map[string]bool{}}
	if len(f) != 2 || !strings.HasPrefix(f[1], "if=") {
		return dc, fmt.Errorf("want: discard LEMMAS if=CUE|CUE…")
	}
	for _, l := range split(f[0]) {
		dc.lemmas[l] = true
	}
	for _, c := range split(strings.TrimPrefix(f[1], "if=")) {
		dc.cues[c] = true
	}
	return dc, nil
}
