package event

import (
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// fuzzWords are the words a fuzzed tree is made of: each with its lemma,
// UPOS and XPOS, chosen to reach the coder's verb rules, passives,
// existentials, particles and subordinate clauses.
var fuzzWords = [][4]string{
	{"Norway", "Norway", "PROPN", "NNP"}, {"Sweden", "Sweden", "PROPN", "NNP"}, {"rebels", "rebel", "NOUN", "NNS"},
	{"attacked", "attack", "VERB", "VBD"}, {"killed", "kill", "VERB", "VBN"}, {"said", "say", "VERB", "VBD"},
	{"was", "be", "AUX", "VBD"}, {"there", "there", "PRON", "EX"}, {"by", "by", "ADP", "IN"}, {"from", "from", "ADP", "IN"},
	{"in", "in", "ADP", "IN"}, {"on", "on", "ADP", "IN"}, {"after", "after", "SCONJ", "IN"}, {"to", "to", "PART", "TO"},
	{"dead", "dead", "ADJ", "JJ"}, {"sharply", "sharply", "ADV", "RB"}, {"it", "it", "PRON", "PRP"}, {"Monday", "Monday", "PROPN", "NNP"},
	{"called", "call", "VERB", "VBD"}, {"missile", "missile", "NOUN", "NN"}, {"fired", "fire", "VERB", "VBN"}, {"urged", "urge", "VERB", "VBD"},
}

// fuzzRels are the relations a fuzzed tree's tokens take.
var fuzzRels = []string{"root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:tmod", "case", "mark", "aux", "aux:pass",
	"expl", "advmod", "advcl", "xcomp", "ccomp", "csubj", "acl", "acl:relcl", "amod", "compound", "compound:prt", "flat", "conj", "cc",
	"nmod", "nmod:poss", "det", "dep", "punct", "parataxis", "dobj", "nsubjpass"}

// FuzzCodeTree codes sentences of any shape (heads out of range, cycles,
// any relation on any word) with the default coder and with every option
// the PETRARCH environments set: coding never panics, and every event
// names a trigger of its sentence.
func FuzzCodeTree(f *testing.F) {
	// Norway attacked Sweden: three tokens of word, head and relation.
	f.Add([]byte{0, 2, 1, 3, 0, 0, 1, 2, 3})
	f.Add([]byte{7, 2, 12, 6, 2, 10, 2, 4, 0, 0, 8, 6, 8, 1, 3, 30, 16, 4, 5, 14})
	f.Add([]byte{18, 0, 0, 11, 3, 22, 1, 1, 5, 19, 6, 6, 8, 4, 7, 20, 7, 18, 9, 2, 1, 3})
	base, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	plain := New(base)
	petr := NewDict(base.Rules, base)
	petr.KeepBareSectors()
	petr.ReciprocalAlways()
	petr.ClauseTargets()
	petr.KeepIntents()
	petr.PassiveSources("from", "in")
	petr.PatternPhrasesNoParty()
	petr.AgentSubjects()
	petr.ExactForms()
	petr.AdverbSubjectWords()
	petr.VoicelessPassives()
	petr.FirstActorTarget()
	all := New(petr)
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 3*40 {
			b = b[:3*40]
		}
		n := len(b) / 3
		d := doc.New("fuzz", "")
		var text []byte
		s := doc.Sentence{}
		for i := 0; i < n; i++ {
			w := fuzzWords[int(b[3*i])%len(fuzzWords)]
			if len(text) > 0 {
				text = append(text, ' ')
			}
			start := len(text)
			text = append(text, w[0]...)
			s.Tokens = append(s.Tokens, doc.Token{Start: start, End: len(text), Text: w[0], Lemma: w[1], UPOS: w[2], XPOS: w[3],
				Head: int(b[3*i+1]) % (n + 2), Rel: fuzzRels[int(b[3*i+2])%len(fuzzRels)]})
		}
		d.Text = string(text)
		s.End, s.Text = len(text), d.Text
		d.Sentences = []doc.Sentence{s}
		for i, tok := range s.Tokens {
			if tok.UPOS == "PROPN" || tok.Lemma == "rebel" {
				d.Entities = append(d.Entities, doc.Entity{Start: tok.Start, End: tok.End, Text: tok.Text, Code: map[bool]string{true: "NOR", false: "SWE"}[i%2 == 0],
					Type: "GPE", TokStart: i, TokEnd: i + 1, Ref: -1})
			}
		}
		for _, c := range []*Coder{plain, all} {
			d.Events = nil
			c.Code(d)
			for _, e := range d.Events {
				if e.Sentence != 0 || e.TriggerToken < 0 || e.TriggerToken >= n {
					t.Fatalf("event %+v outside the sentence of %d tokens", e, n)
				}
			}
		}
	})
}
