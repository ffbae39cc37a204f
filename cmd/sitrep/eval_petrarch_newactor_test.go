package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// TestPetrNewActorLength checks that new_actor_length is read as a
// positive count, and as 0 when unset, negative or no number.
func TestPetrNewActorLength(t *testing.T) {
	tests := []struct {
		config map[string]string
		want   int
	}{
		{nil, 0},
		{map[string]string{"new_actor_length": "4"}, 4},
		{map[string]string{"new_actor_length": " 3 "}, 3},
		{map[string]string{"new_actor_length": "-2"}, 0},
		{map[string]string{"new_actor_length": "many"}, 0},
	}
	for _, tc := range tests {
		if got := petrNewActorLength(petrRecord{Config: tc.config}); got != tc.want {
			t.Errorf("%v: got %d, want %d", tc.config, got, tc.want)
		}
	}
}

// TestPetrNewActors checks the noun phrases read as new actors, their
// codes and length limit, and that they never displace a dictionary
// actor.
func TestPetrNewActors(t *testing.T) {
	// "Norland's chief envoy Ada Brook flew to the Court of Appeal on
	// Monday with the harbour board and Suden."
	parse := `(ROOT (S (NP (NP (NNP Norland) (POS 's)) (JJ chief) (NN envoy) (NNP Ada) (NNP Brook)) (VP (VBD flew) (PP (TO to) (NP (NP (DT the) (NNP Court)) (PP (IN of) (NP (NNP Appeal))))) (NP-TMP (NNP Monday)) (PP (IN with) (NP (NP (DT the) (NN harbour) (NN board)) (CC and) (NP (NNP Suden))))) (. .)))`
	d, err := ptbDocument("t", parse, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sp := range ptbNounPhrases(parse) {
		got = append(got, strings.Join(strings.Fields(d.Text[d.Sentences[0].Tokens[sp[0]].Start:d.Sentences[0].Tokens[sp[1]-1].End]), " "))
	}
	want := "Norland 's chief envoy Ada Brook|the Court of Appeal|the harbour board|Suden"
	if strings.Join(got, "|") != want {
		t.Fatalf("noun phrases %q, want %q", strings.Join(got, "|"), want)
	}
	// Suden is a dictionary actor; the limit of 4 words leaves out the
	// envoy's five.
	toks := d.Sentences[0].Tokens
	d.Entities = []doc.Entity{{Code: "SUD", Sentence: 0, TokStart: len(toks) - 2, TokEnd: len(toks) - 1}}
	petrAddNewActors(d, ptbNounPhrases(parse), 4)
	var codes []string
	for _, e := range d.Entities {
		codes = append(codes, e.Code)
	}
	if got, want := strings.Join(codes, " "), `SUD "THE COURT OF APPEAL" "THE HARBOUR BOARD"`; got != want {
		t.Errorf("codes %s, want %s", got, want)
	}
	d.Entities = nil
	petrAddNewActors(d, ptbNounPhrases(parse), 5)
	if len(d.Entities) == 0 || d.Entities[0].Code != `"NORLAND CHIEF ENVOY ADA BROOK"` {
		t.Errorf("possessive not left out: %+v", d.Entities)
	}
	n := len(d.Entities)
	petrAddNewActors(d, [][2]int{{-1, 2}, {3, 1}, {0, 999}}, 4)
	if len(d.Entities) != n {
		t.Errorf("spans outside the sentence added %d mentions", len(d.Entities)-n)
	}
}

// TestPetrMergeNewActors checks that events coded with new actors are
// taken where they keep the dictionary actors' events, or have a trigger
// of their own, and refused where they displace a dictionary actor.
func TestPetrMergeNewActors(t *testing.T) {
	ev := func(tok int, src, tgt string) doc.Event {
		e := doc.Event{Code: "041", TriggerToken: tok, Source: doc.ActorRef{Code: src}}
		if tgt != "" {
			e.Target = &doc.ActorRef{Code: tgt}
		}
		return e
	}
	without := []doc.Event{ev(1, "NOR", "SUD"), ev(5, "NOR", "")}
	with := []doc.Event{
		ev(1, `"THE BOARD"`, "SUD"),                   // displaces NOR: refused
		ev(5, "NOR", ""), ev(5, "NOR", `"THE COURT"`), // adds: taken
		ev(9, `"THE BOARD"`, "SUD"), // a trigger of its own: taken
	}
	var got []string
	for _, e := range petrMergeNewActors(without, with) {
		got = append(got, petrEvents(&doc.Document{Events: []doc.Event{e}})[0].String())
	}
	want := `NOR SUD 041|NOR --- 041|NOR "THE COURT" 041|"THE BOARD" SUD 041`
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestPetrFirstActorPerPhrase checks that of two actors in one flat noun
// phrase only the first stays, while conjoined or separate phrases keep
// theirs.
func TestPetrFirstActorPerPhrase(t *testing.T) {
	tests := []struct{ parse, want string }{
		{`(ROOT (S (NP (DT the) (JJ old) (NNP Norland) (JJ proud) (NNP Suden)) (VP (VBD left))))`, "Norland"},
		{`(ROOT (S (NP (NNP Norland) (CC and) (NNP Suden)) (VP (VBD left))))`, "Norland Suden"},
		{`(ROOT (S (NP (NNP Norland)) (VP (VBD met) (NP (NNP Suden)))))`, "Norland Suden"},
	}
	for _, tc := range tests {
		d, err := ptbDocument("t", tc.parse, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, tok := range d.Sentences[0].Tokens {
			if tok.Text == "Norland" || tok.Text == "Suden" {
				d.Entities = append(d.Entities, doc.Entity{Text: tok.Text, Code: strings.ToUpper(tok.Text[:3]), TokStart: i, TokEnd: i + 1})
			}
		}
		petrFirstActorPerPhrase(d, ptbBaseNounPhrases(tc.parse))
		var got []string
		for _, e := range d.Entities {
			got = append(got, e.Text)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: %v, want %s", tc.parse, got, tc.want)
		}
	}
	if got := ptbBaseNounPhrases("(ROOT (S (NP"); got != nil {
		t.Errorf("bad parse gave %v", got)
	}
}

// TestPTBPhraseKinds checks the three readings of a bracketed parse's
// noun phrases on one sentence: the outermost uncoordinated ones (a
// coordination gives its conjuncts, a temporal phrase none), the flat
// ones without a conjunction, and the flat ones with or without one.
func TestPTBPhraseKinds(t *testing.T) {
	const parse = `(ROOT (S (NP (NP (NNP Norland) (NNS diplomats)) (CC and) (NP (NNP Suden)))
 (VP (VBD met) (NP (JJ Ardan) (NNS envoys) (CC and) (NNS monks)) (NP-TMP (NN today)))))`
	tests := []struct {
		name string
		got  [][2]int
		want string
	}{
		{"noun phrases", ptbNounPhrases(parse), "[[0 2] [3 4]]"},
		{"base noun phrases", ptbBaseNounPhrases(parse), "[[0 2] [3 4] [9 10]]"},
		{"word phrases", ptbWordPhrases(parse), "[[0 2] [3 4] [5 9] [9 10]]"},
	}
	for _, tc := range tests {
		if got := fmt.Sprint(tc.got); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
}
