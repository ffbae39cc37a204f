package event

import "testing"

// TestOneWordPatternOblique checks that a one-word loose pattern ("*
// CAMPAIGN") reaches an oblique of the verb only before the verb's object:
// in "launched raids during its campaign" the raids are launched, while
// a parser that hung the object's noun in a phrase ("received by courier
// money") still finds it.
func TestOneWordPatternOblique(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "launch", Code: "190", Lemmas: []string{"launch"}},
		{Name: "launch campaign", Code: "020", Lemmas: []string{"launch"}, Obj: []string{"campaign"}, ObjLoose: true, ObjPhrases: [][]string{{"campaign"}}, Weight: 1},
	}
	tests := []treeCase{
		{"an oblique after the object", `
Rebels rebel NOUN 2 nsubj @REB
launched launch VERB 0 root
raids raid NOUN 2 obj
on on ADP 5 case
Chad Chad PROPN 3 nmod @TCD
during during ADP 8 case
their their PRON 8 nmod:poss
campaign campaign NOUN 2 obl
. . PUNCT 2 punct`, "REB>TCD 190 asserted"},
		{"an oblique before the object", `
Rebels rebel NOUN 2 nsubj @REB
launched launch VERB 0 root
by by ADP 4 case
campaign campaign NOUN 2 obl
leaflets leaflet NOUN 2 obj
against against ADP 7 case
Chad Chad PROPN 5 nmod @TCD
. . PUNCT 2 punct`, "REB>TCD 020 asserted"},
		{"an oblique with no object", `
Rebels rebel NOUN 2 nsubj @REB
launched launch VERB 0 root
into into ADP 4 case
campaign campaign NOUN 2 obl
against against ADP 6 case
Chad Chad PROPN 4 nmod @TCD
. . PUNCT 2 punct`, "REB>TCD 020 asserted"},
	}
	checkCoded(t, New(NewDict(rules, base)), tests)
}
