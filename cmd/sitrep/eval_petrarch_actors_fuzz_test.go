package main

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// FuzzPetrActors reads any text as a PETRARCH actor and agent dictionary
// and tags a sentence with it: reading never fails for a dictionary's
// contents, and every mention tagged is a span of the sentence.
func FuzzPetrActors(f *testing.F) {
	f.Add("NORLAND [NOR]\n+NORLAND STATE_RADIO_ [NORMED]\n\t[NORGOV 20200101-20211231]\n<!-- note\n-->\nSUDEN_ [SUD] # c\n",
		"PRESS [~MED]\n!X! = ENVOY, MONK\n!X! {} [GOV~]\n", "the Norland state-run radio and press met Suden envoys")
	f.Add("A B C [X]\n+ [Y]\n[\n", "A [~Z]\nB {BS C} [Q~]\n", "a x b y z c A B C")
	f.Fuzz(func(t *testing.T, actors, agents, sentence string) {
		pa := &petrActors{first: map[string][]*petrActor{}, agents: map[string][]*petrActor{}}
		if err := pa.readActorsFrom(strings.NewReader(actors)); err != nil && !strings.Contains(err.Error(), "too long") {
			t.Fatalf("actors: %v", err)
		}
		if err := pa.readAgentsFrom(strings.NewReader(agents)); err != nil && !strings.Contains(err.Error(), "too long") {
			t.Fatalf("agents: %v", err)
		}
		d := doc.New("fuzz", sentence)
		s := doc.Sentence{End: len(sentence), Text: sentence}
		pos := 0
		for i, w := range strings.Fields(sentence) {
			at := strings.Index(sentence[pos:], w) + pos
			s.Tokens = append(s.Tokens, doc.Token{Start: at, End: at + len(w), Text: w, UPOS: []string{"NOUN", "ADJ", "VERB", "PROPN"}[i%4], Head: 0})
			pos = at + len(w)
		}
		d.Sentences = []doc.Sentence{s}
		pa.phrases = [][2]int{{0, len(s.Tokens) / 2}}
		pa.tag(d)
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > len(sentence) || e.Start > e.End || e.TokStart < 0 || e.TokEnd > len(s.Tokens) || e.TokStart >= e.TokEnd {
				t.Fatalf("mention %+v out of the sentence %q", e, sentence)
			}
		}
	})
}
