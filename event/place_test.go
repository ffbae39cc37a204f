package event

import (
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// TestPlaceCountryVictims checks that bare-sector victims take the country
// of the place the event happens in, and that a subjectless verb the
// parser joined to the main clause after "after NP" gets that noun phrase
// as its subject.
func TestPlaceCountryVictims(t *testing.T) {
	tests := []struct {
		name, tree string
		places     map[string]string
		want       string
	}{
		{"victims in a place", `
Rebels rebel NOUN 2 nsubj @REB
shelled shell VERB.VBD 0 root
a a DET 4 det
village village NOUN 2 obj
in in ADP 6 case
Idlib Idlib PROPN 4 nmod
, , PUNCT 8 punct
killing kill VERB.VBG 2 advcl
nine nine NUM 10 nummod
farmers farmer NOUN 8 obj @CVL
. . PUNCT 2 punct`, map[string]string{"Idlib": "SYR"}, "REB>SYRCVL 1823 asserted"},
		{"noun event after a clause-marking preposition", `
The the DET 2 det
ceasefire ceasefire NOUN 3 nsubj
collapsed collapse VERB.VBD 0 root
after after ADP 7 case
an a DET 7 det
air air NOUN 7 compound
strike strike NOUN 3 obl
on on ADP 10 case
a a DET 10 det
school school NOUN 7 nmod
in in ADP 12 case
Kunduz Kunduz PROPN 10 nmod
killed kill VERB.VBD 3 conj
eight eight NUM 15 nummod
pupils pupil NOUN 13 obj @CVL
. . PUNCT 3 punct`, map[string]string{"Kunduz": "AFG"}, "->AFGCVL 195 asserted"},
		{"places in two countries qualify nobody", `
Gunmen gunman NOUN 2 nsubj @REB
attacked attack VERB.VBD 0 root
civilians civilian NOUN 2 obj @CVL
in in ADP 5 case
Arlit Arlit PROPN 2 obl
and and CCONJ 7 cc
Gao Gao PROPN 5 conj
. . PUNCT 2 punct`, map[string]string{"Arlit": "NER", "Gao": "MLI"}, ""},
		{"a place outside the event's phrases", `
Gunmen gunman NOUN 2 nsubj @REB
attacked attack VERB.VBD 0 root
civilians civilian NOUN 2 obj @CVL
, , PUNCT 6 punct
officials official NOUN 6 nsubj
said say VERB.VBD 2 parataxis
in in ADP 8 case
Niamey Niamey PROPN 6 obl
. . PUNCT 2 punct`, map[string]string{"Niamey": "NER"}, ""},
	}
	c := coder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, tt.tree)
			for _, tok := range d.Sentences[0].Tokens {
				if cc, ok := tt.places[tok.Text]; ok {
					d.Places = append(d.Places, doc.Place{Start: tok.Start, End: tok.End, Text: tok.Text, Name: tok.Text, Country: cc})
				}
			}
			c.Code(d)
			if got := summary(d.Events); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
