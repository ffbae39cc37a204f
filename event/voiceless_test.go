package event

import "testing"

// TestVoicelessByOnModifier checks that with VoicelessPassives a passive
// whose by-phrase has its "by" hung on the phrase's first modifier
// ("rebuked by Swedish diplomats", "by" under "Swedish") keeps its
// subject as the target, as the by-agent is its source: the subject is
// voiceless only when no by-phrase names the doer.
func TestVoicelessByOnModifier(t *testing.T) {
	const tree = `
Norway Norway PROPN 3 nsubj:pass @NOR
was be AUX 3 aux:pass
rebuked rebuke VERB.VBN 0 root
by by ADP 5 case
Swedish Swedish ADJ 6 amod @SWE
diplomats diplomat NOUN 3 obl
. . PUNCT 3 punct`
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{{Name: "rebuke", Code: "111", Lemmas: []string{"rebuke"}}}
	for _, voiceless := range []bool{false, true} {
		dict := NewDict(rules, base)
		if voiceless {
			dict.VoicelessPassives()
			dict.FirstActorTarget()
		}
		d := build(t, tree)
		New(dict).Code(d)
		if got, want := summary(d.Events), "SWE>NOR 111 asserted"; got != want {
			t.Errorf("voiceless=%v: got %q, want %q", voiceless, got, want)
		}
	}
}
