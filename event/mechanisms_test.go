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
		{"only victims of violence take the place's country", `
Mali Mali PROPN 2 nsubj @MLI
told tell VERB.VBD 0 root
reporters reporter NOUN 2 iobj @MED
in in ADP 5 case
Bamako Bamako PROPN 2 obl
. . PUNCT 2 punct`, map[string]string{"Bamako": "MLI"}, "MLI>MED 010 asserted"},
		{"a free adjunct hung on a noun of the clause", `
Rebels rebel NOUN 2 nsubj @REB
shelled shell VERB.VBD 0 root
part part NOUN 2 obj
of of ADP 5 case
Homs Homs PROPN 3 nmod
, , PUNCT 7 punct
killing kill VERB.VBG 5 acl
six six NUM 9 nummod
farmers farmer NOUN 7 obj @CVL
. . PUNCT 2 punct`, map[string]string{"Homs": "SYR"}, "REB>SYRCVL 1823 asserted"},
		{"an adverbial clause after a clause-marking preposition", `
Talks talk NOUN 2 nsubj
began begin VERB.VBD 0 root
as as ADP 6 case
the the DET 6 det
Chadian Chadian ADJ 6 amod @TCD
envoy envoy NOUN 2 obl @TCD
condemned condemn VERB.VBD 2 advcl
Libya Libya PROPN 7 obj @LBY
. . PUNCT 2 punct`, nil, "TCD>LBY 111 asserted"},
		{"a past form tagged as a participle", `
Talks talk NOUN 2 nsubj
began begin VERB.VBD 0 root
as as ADP 6 case
the the DET 6 det
Chadian Chadian ADJ 6 amod @TCD
envoy envoy NOUN 2 obl @TCD
condemned condemn VERB.VBN 2 advcl
Libya Libya PROPN 7 obj @LBY
. . PUNCT 2 punct`, nil, "TCD>LBY 111 asserted"},
		{"a clause's verb hung on its subject as a participle", `
Talks talk NOUN 2 nsubj
began begin VERB.VBD 0 root
a a DET 4 det
day day NOUN 2 obl
after after ADP 7 case
Chadian Chadian ADJ 7 amod @TCD
troops troop NOUN 4 nmod @TCD
shelled shell VERB.VBN 7 acl
Abeche Abeche PROPN 8 obj @LBY
. . PUNCT 2 punct`, nil, "TCD>LBY 194 asserted"},
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

// TestComplementPatterns checks two PETRARCH-style mechanisms: a loose
// object pattern on a control verb reaches the object of its complement,
// and a clause target is the first subject of the clause naming a party.
func TestComplementPatterns(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "vow", Code: "170", Lemmas: []string{"vow"}},
		{Name: "vow war", Code: "173", Lemmas: []string{"vow"}, Obj: []string{"war"}, ObjLoose: true, ObjPhrases: [][]string{{"war"}}, Weight: 1},
		{Name: "express hopes", Code: "024", Lemmas: []string{"express"}, Obj: []string{"hopes"}, ObjLoose: true, ObjPhrases: [][]string{{"hopes"}}, Weight: 1},
	}
	tests := []treeCase{
		{"object of the complement", `
Chad Chad PROPN 2 nsubj @TCD
vowed vow VERB 0 root
to to PART 4 mark
wage wage VERB 2 xcomp
war war NOUN 4 obj
on on ADP 7 case
Libya Libya PROPN 4 obl @LBY
. . PUNCT 2 punct`, "TCD>LBY 173 asserted"},
		{"a complement with another object keeps the plain rule", `
Chad Chad PROPN 2 nsubj @TCD
vowed vow VERB 0 root
to to PART 4 mark
build build VERB 2 xcomp
roads road NOUN 4 obj
in in ADP 7 case
Libya Libya PROPN 4 obl @LBY
. . PUNCT 2 punct`, "TCD>LBY 170 asserted"},
		{"complementizer taken for a subject", `
Chad Chad PROPN 2 nsubj @TCD
expressed express VERB 0 root
hopes hope NOUN 2 obj
that that DET 8 nsubj:pass
Niger Niger PROPN 8 nsubj:pass @NER
could could AUX 8 aux
be be AUX 8 aux:pass
drawn draw VERB 2 ccomp
into into ADP 10 case
talks talk NOUN 8 obl
. . PUNCT 2 punct`, "TCD>NER 024 asserted"},
	}
	dict := NewDict(rules, base)
	dict.ClauseTargets()
	checkCoded(t, New(dict), tests)
}

// TestOfPhraseOverridesCoreference checks that "the government of X"
// belongs to X even when coreference linked "government" to another
// country's government named before.
func TestOfPhraseOverridesCoreference(t *testing.T) {
	d := build(t, `
Chad Chad PROPN 2 nsubj @TCD
condemned condemn VERB 0 root
the the DET 4 det
government government NOUN 2 obj @LBYGOV
of of ADP 6 case
Niger Niger PROPN 4 nmod @NER
. . PUNCT 2 punct`)
	for i := range d.Entities {
		if d.Entities[i].Text == "government" {
			d.Entities[i].By = "coref"
		}
	}
	coder(t).Code(d)
	if got, want := summary(d.Events), "TCD>NERGOV 111 asserted"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSourceSlotNotReciprocal checks that conjoined sources found in a
// phrase after the verb are not coded as acting on each other when the
// subject names no party.
func TestSourceSlotNotReciprocal(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{{Name: "win support", Code: "051", Lemmas: []string{"win"}, Obj: []string{"support"}, Sources: []string{"obl:from"}, Weight: 1}}
	d := build(t, `
The the DET 2 det
plan plan NOUN 3 nsubj
won win VERB 0 root
support support NOUN 3 obj
from from ADP 6 case
Peru Peru PROPN 3 obl @PER
and and CCONJ 8 cc
Chile Chile PROPN 6 conj @CHL
. . PUNCT 3 punct`)
	dict := NewDict(rules, base)
	dict.ReciprocalAlways()
	dict.KeepBareSectors()
	New(dict).Code(d)
	if got, want := summary(d.Events), "PER>- 051 asserted; CHL>- 051 asserted"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestClausePatternStopsAtVerb checks that a loose object pattern reaching
// into a clausal complement stops at the clause's own lexical verb, but
// not at a copula.
func TestClausePatternStopsAtVerb(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "say", Code: "010", Lemmas: []string{"say"}},
		{Name: "say support", Code: "032", Lemmas: []string{"say"}, Obj: []string{"support"}, ObjLoose: true, ObjPhrases: [][]string{{"support"}}, Weight: 1},
	}
	tests := []treeCase{
		{"the object of the clause's verb", `
Chad Chad PROPN 2 nsubj @TCD
said say VERB 0 root
it it PRON 4 nsubj
sought seek VERB 2 ccomp
support support NOUN 4 obj
. . PUNCT 2 punct`, "TCD>- 010 asserted"},
		{"the predicate of a copula", `
Chad Chad PROPN 2 nsubj @TCD
said say VERB 0 root
there there PRON 4 expl
was be VERB 2 ccomp
support support NOUN 4 nsubj
. . PUNCT 2 punct`, "TCD>- 032 asserted"},
	}
	dict := NewDict(rules, base)
	dict.KeepBareSectors()
	checkCoded(t, New(dict), tests)
}

// TestPartyOfPhrase checks how a bare sector takes the party of its
// of-phrase, and that "arrest" of a trend is no arrest.
func TestPartyOfPhrase(t *testing.T) {
	tests := []treeCase{
		{"a party with a sector of its own lends only its country", `
The the DET 2 det
aides aide NOUN 6 nsubj @GOV
of of ADP 4 case
Macron Macron PROPN 2 nmod @FRAELI
have have AUX 6 aux
condemned condemn VERB 0 root
Iran Iran PROPN 6 obj @IRN
. . PUNCT 6 punct`, "FRAGOV>IRN 111 asserted"},
		{"arresting a decline", `
Chad Chad PROPN 2 nsubj @TCD
arrested arrest VERB 0 root
the the DET 4 det
decline decline NOUN 2 obj
of of ADP 6 case
exports export NOUN 4 nmod
. . PUNCT 2 punct`, ""},
	}
	checkCoded(t, coder(t), tests)
}

// TestAdverbialToClauseTarget checks that a verb's default target slots
// reach a "to" + verb complement the parser took for an adverbial clause.
func TestAdverbialToClauseTarget(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{{Name: "vow", Code: "170", Lemmas: []string{"vow"}}}
	d := build(t, `
Chad Chad PROPN 2 nsubj @TCD
vowed vow VERB 0 root
on on ADP 4 case
Monday Monday PROPN 2 obl
to to PART 6 mark
punish punish VERB 2 advcl
Niger Niger PROPN 6 obj @NER
. . PUNCT 2 punct`)
	New(NewDict(rules, base)).Code(d)
	if got, want := summary(d.Events), "TCD>NER 170 asserted"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPlaceParties checks that an uncoded place standing as an event's
// argument is a party of its country, and one inside another noun's
// modifiers is not.
func TestPlaceParties(t *testing.T) {
	tests := []treeCase{
		{"the object of an attack", `
Rebels rebel NOUN 2 nsubj @TCDREB
attacked attack VERB 0 root
Abeche Abeche PROPN 2 obj @LOC
. . PUNCT 2 punct`, "TCDREB>TCD 190 asserted"},
		{"a visit to a city", `
Egypt Egypt PROPN 3 nmod:poss @EGY
's 's PART 1 case
visit visit NOUN 0 root
to to ADP 5 case
Beirut Beirut PROPN 3 nmod @LOC
. . PUNCT 3 punct`, "EGY>LBN 042 asserted"},
		{"a place modifying another noun", `
Rebels rebel NOUN 2 nsubj @TCDREB
attacked attack VERB 0 root
a a DET 4 det
market market NOUN 2 obj
in in ADP 6 case
Abeche Abeche PROPN 4 nmod @LOC
. . PUNCT 2 punct`, "TCDREB>- 190 asserted"},
		{"where something happens is no party", `
Crowds crowd NOUN 2 nsubj @CVL
rallied rally VERB 0 root
in in ADP 4 case
Abeche Abeche PROPN 2 obl @LOC
against against ADP 6 case
Libya Libya PROPN 2 obl @LBY
. . PUNCT 2 punct`, "CVL>LBY 141 asserted"},
	}
	country := map[string]string{"Abeche": "TCD", "Beirut": "LBN"}
	c := coder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.tree)
			for i := range d.Entities {
				e := &d.Entities[i]
				if e.Code == "LOC" {
					e.Code, e.Type = "", "LOC"
					d.Places = append(d.Places, doc.Place{Start: e.Start, End: e.End, Text: e.Text, Country: country[e.Text]})
				}
			}
			c.Code(d)
			if got := summary(d.Events); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
