// Package treebanktest holds a tiny treebank of our own writing for the
// tagger's and parser's training tests.
package treebanktest

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/conllu"
)

// sentences are written one word per field as
// form/UPOS/XPOS/lemma/head/relation.
var sentences = []string{
	"The/DET/DT/the/2/det minister/NOUN/NN/minister/3/nsubj visited/VERB/VBD/visit/0/root Cairo/PROPN/NNP/Cairo/3/obj ./PUNCT/././3/punct",
	"Rebels/NOUN/NNS/rebel/2/nsubj attacked/VERB/VBD/attack/0/root the/DET/DT/the/4/det convoy/NOUN/NN/convoy/2/obj near/ADP/IN/near/7/case the/DET/DT/the/7/det border/NOUN/NN/border/2/obl ./PUNCT/././2/punct",
	"Police/NOUN/NNS/police/2/nsubj arrested/VERB/VBD/arrest/0/root two/NUM/CD/two/4/nummod protesters/NOUN/NNS/protester/2/obj on/ADP/IN/on/6/case Monday/PROPN/NNP/Monday/2/obl ./PUNCT/././2/punct",
	"The/DET/DT/the/2/det government/NOUN/NN/government/3/nsubj denied/VERB/VBD/deny/0/root the/DET/DT/the/5/det report/NOUN/NN/report/3/obj ./PUNCT/././3/punct",
	"Talks/NOUN/NNS/talk/3/nsubj will/AUX/MD/will/3/aux resume/VERB/VB/resume/0/root in/ADP/IN/in/5/case Geneva/PROPN/NNP/Geneva/3/obl ./PUNCT/././3/punct",
	"The/DET/DT/the/2/det army/NOUN/NN/army/4/nsubj:pass was/AUX/VBD/be/4/aux:pass accused/VERB/VBN/accuse/0/root of/ADP/IN/of/6/case abuses/NOUN/NNS/abuse/4/obl ./PUNCT/././4/punct",
	"She/PRON/PRP/she/2/nsubj said/VERB/VBD/say/0/root that/SCONJ/IN/that/6/mark the/DET/DT/the/5/det talks/NOUN/NNS/talk/6/nsubj failed/VERB/VBD/fail/2/ccomp ./PUNCT/././2/punct",
	"Protesters/NOUN/NNS/protester/2/nsubj marched/VERB/VBD/march/0/root to/ADP/IN/to/5/case the/DET/DT/the/5/det embassy/NOUN/NN/embassy/2/obl ./PUNCT/././2/punct",
	"The/DET/DT/the/2/det president/NOUN/NN/president/3/nsubj met/VERB/VBD/meet/0/root his/PRON/PRP$/his/5/nmod:poss counterpart/NOUN/NN/counterpart/3/obj on/ADP/IN/on/7/case Tuesday/PROPN/NNP/Tuesday/3/obl ./PUNCT/././3/punct",
	"Troops/NOUN/NNS/troop/3/nsubj are/AUX/VBP/be/3/aux leaving/VERB/VBG/leave/0/root the/DET/DT/the/5/det city/NOUN/NN/city/3/obj ./PUNCT/././3/punct",
	"The/DET/DT/the/2/det rebels/NOUN/NNS/rebel/4/nsubj did/AUX/VBD/do/4/aux not/PART/RB/not/4/advmod sign/VERB/VB/sign/0/root the/DET/DT/the/7/det deal/NOUN/NN/deal/4/obj ./PUNCT/././4/punct",
	"Iran/PROPN/NNP/Iran/2/nsubj threatened/VERB/VBD/threaten/0/root to/PART/TO/to/4/mark close/VERB/VB/close/2/xcomp the/DET/DT/the/6/det strait/NOUN/NN/strait/4/obj ./PUNCT/././2/punct",
}

// Tiny returns the tiny treebank as CoNLL-U sentences.
func Tiny() []*conllu.Sentence {
	var b strings.Builder
	for i, line := range sentences {
		fmt.Fprintf(&b, "# sent_id = tiny-%d\n", i+1)
		for j, f := range strings.Fields(line) {
			p := strings.Split(f, "/")
			fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", j+1, p[0], p[3], p[1], p[2], p[4], p[5])
		}
		b.WriteString("\n")
	}
	s, err := conllu.ReadAll(strings.NewReader(b.String()))
	if err != nil {
		panic(fmt.Sprintf("tiny treebank: %v", err))
	}
	return s
}
