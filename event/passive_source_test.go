package event

import "testing"

// TestExistentialParticiple checks that the participle of "there were
// ten soldiers killed" acts on its noun, not by it, and that a clause
// merely joined to an existential keeps its subject as the doer.
func TestExistentialParticiple(t *testing.T) {
	checkCoded(t, coder(t), []treeCase{
		{"participle after there-be", `
There there PRON 2 expl
were be VERB 0 root
ten ten NUM 5 nummod
Chadian Chadian ADJ 5 amod
soldiers soldier NOUN 6 nsubj @TCDMIL
killed kill VERB.VBD 2 csubj
by by ADP 8 case
rebels rebel NOUN 6 obl @REB
. . PUNCT 2 punct`, "REB>TCDMIL 1823 asserted"},
		{"no agent: the noun is no doer", `
There there PRON 2 expl
were be VERB 0 root
ten ten NUM 5 nummod
Chadian Chadian ADJ 5 amod
soldiers soldier NOUN 6 nsubj @TCDMIL
killed kill VERB.VBD 2 csubj
in in ADP 8 case
clashes clash NOUN 6 obl
. . PUNCT 2 punct`, "->TCDMIL 1823 asserted"},
		{"a clause joined to there-be", `
There there PRON 2 expl
was be VERB 0 root
a a DET 4 det
crisis crisis NOUN 2 nsubj
and and CCONJ 8 cc
the the DET 7 det
government government NOUN 8 nsubj @TCDGOV
attacked attack VERB.VBD 2 conj
rebels rebel NOUN 8 obj @REB
. . PUNCT 2 punct`, "TCDGOV>REB 190 asserted"},
	})
}

// TestPassiveSources checks that with PassiveSources a passive verb with
// no by-agent takes its doer from a from- or in-phrase that names a
// party itself, and not from a party further down that phrase.
func TestPassiveSources(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []treeCase{
		{"from-phrase", `
A a DET 2 det
shell shell NOUN 4 nsubj:pass
was be AUX 4 aux:pass
fired fire VERB.VBN 0 root
at at ADP 6 case
Chad Chad PROPN 4 obl @TCD
from from ADP 8 case
Libya Libya PROPN 4 obl @LBY
. . PUNCT 4 punct`, "LBY>TCD 190 asserted"},
		{"in-phrase of a party's own act", `
Two two NUM 2 nummod
farmers farmer NOUN 4 nsubj:pass @CVL
were be AUX 4 aux:pass
killed kill VERB.VBN 0 root
in in ADP 7 case
Libyan Libyan ADJ 7 amod @LBY
shelling shelling NOUN 4 obl
. . PUNCT 4 punct`, "LBY>CVL 190 asserted"},
		{"a party further down the phrase", `
Two two NUM 2 nummod
men man NOUN 4 nsubj:pass
were be AUX 4 aux:pass
sought seek VERB.VBN 0 root
in in ADP 6 case
slaying slaying NOUN 4 obl
of of ADP 8 case
Chadians Chadians PROPN 6 nmod @TCD
. . PUNCT 4 punct`, ""},
	}
	dict := NewDict([]*Rule{{Name: "attack", Code: "190", Lemmas: []string{"fire", "kill", "seek"}}}, base)
	dict.PassiveSources("from", "in")
	checkCoded(t, New(dict), tests)
}

// TestPatternPhrasesNoParty checks that with PatternPhrasesNoParty the
// prepositional phrase a rule names by its words is no target, while a
// phrase nested in it still is, and that by default it is the target.
func TestPatternPhrasesNoParty(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{{Name: "clash with rioters", Code: "175", Lemmas: []string{"clash"}, Prep: []string{"with"}, PrepObj: []string{"rioters"}, Weight: 2}}
	const tree = `
Chadian Chadian ADJ 2 amod @TCD
police police NOUN 3 nsubj
clashed clash VERB.VBD 0 root
with with ADP 6 case
Libyan Libyan ADJ 6 amod @LBYOPP
rioters rioter NOUN 3 obl
in in ADP 10 case
the the DET 10 det
Nigerien Nigerien ADJ 10 amod @NER
square square NOUN 6 nmod
. . PUNCT 3 punct`
	dict := NewDict(rules, base)
	dict.ClauseTargets()
	checkCoded(t, New(dict), []treeCase{{"by default", tree, "TCD>LBYOPP 175 asserted"}})
	dict = NewDict(rules, base)
	dict.ClauseTargets()
	dict.PatternPhrasesNoParty()
	checkCoded(t, New(dict), []treeCase{{"pattern phrase passed over", tree, "TCD>NER 175 asserted"}})
}

// TestAgentSubjects checks that with AgentSubjects a rule's subject word
// is matched, for a passive verb, against its by-phrase rather than its
// grammatical subject, and that an active verb keeps its subject.
func TestAgentSubjects(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "demolish", Code: "1712", Lemmas: []string{"demolish"}},
		{Name: "protester demolish", Code: "145", Lemmas: []string{"demolish"}, Subj: []string{"protester"}, Weight: 1},
	}
	passiveBy := `
The the DET 3 det
Chadian Chadian ADJ 3 amod @TCD
embassy embassy NOUN 5 nsubj:pass
was be AUX 5 aux:pass
demolished demolish VERB.VBN 0 root
by by ADP 9 case
a a DET 9 det
Libyan Libyan ADJ 9 amod @LBY
protester protester NOUN 5 obl
. . PUNCT 5 punct`
	active := `
Libyan Libyan ADJ 2 amod @LBY
protester protester NOUN 3 nsubj
demolished demolish VERB.VBD 0 root
the the DET 6 det
Chadian Chadian ADJ 6 amod @TCD
embassy embassy NOUN 3 obj
. . PUNCT 3 punct`
	dict := NewDict(rules, base)
	checkCoded(t, New(dict), []treeCase{{"passive by default", passiveBy, "LBY>TCD 1712 asserted"}})
	dict = NewDict(rules, base)
	dict.AgentSubjects()
	checkCoded(t, New(dict), []treeCase{{"passive by-phrase", passiveBy, "LBY>TCD 145 asserted"}, {"active", active, "LBY>TCD 145 asserted"}})
}

// TestParticipleAgent checks that a passive's by-agent naming no party
// takes the party of a participle's by-agent that modifies it ("a
// missile believed to be fired by rebels"), also when the parser hung
// "by" on a modifier that opens the phrase.
func TestParticipleAgent(t *testing.T) {
	checkCoded(t, coder(t), []treeCase{{"instrument fired by a party", `
The the DET 2 det
convoy convoy NOUN 4 nsubj:pass @TCDMIL
was be AUX 4 aux:pass
attacked attack VERB.VBN 0 root
by by ADP 7 case
a a DET 8 det
guided guided ADJ 8 amod
missile missile NOUN 4 obl
believed believe VERB.VBN 8 acl
to to PART 12 mark
be be AUX 12 aux:pass
fired fire VERB.VBN 9 xcomp
by by ADP 14 case
rebels rebel NOUN 12 obl @REB
. . PUNCT 4 punct`, "REB>TCDMIL 190 asserted"}})
}
