package lemma

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/conllu"
)

func TestBuiltInRules(t *testing.T) {
	var l *Lemmatizer // no learned tables: irregular tables and rules only
	tests := []struct{ form, upos, xpos, want string }{
		{"fled", "VERB", "VBD", "flee"},
		{"withdrawn", "VERB", "VBN", "withdraw"},
		{"struck", "VERB", "VBD", "strike"},
		{"was", "AUX", "VBD", "be"},
		{"is", "AUX", "VBZ", "be"},
		{"has", "VERB", "VBZ", "have"},
		{"denied", "VERB", "VBD", "deny"},
		{"carries", "VERB", "VBZ", "carry"},
		{"stopped", "VERB", "VBD", "stop"},
		{"shelling", "VERB", "VBG", "shell"},
		{"created", "VERB", "VBN", "create"},
		{"attacked", "VERB", "VBD", "attack"},
		{"militias", "NOUN", "NNS", "militia"},
		{"casualties", "NOUN", "NNS", "casualty"},
		{"churches", "NOUN", "NNS", "church"},
		{"women", "NOUN", "NNS", "woman"},
		{"crises", "NOUN", "NNS", "crisis"},
		{"gunmen", "NOUN", "NNS", "gunman"},
		{"Obama", "PROPN", "NNP", "Obama"},
		{"1,200", "NUM", "CD", "1200"},
		{"3,500,000", "NUM", "CD", "3500000"},
		{"1,200.50", "NUM", "CD", "1200.50"},
		{"12,00", "NUM", "CD", "12,00"},
		{"1,2345", "NUM", "CD", "1,2345"},
		{",200", "NUM", "CD", ",200"},
		{"1,200.", "NUM", "CD", "1,200."},
		{"1,2a0", "NUM", "CD", "1,2a0"},
		{"1200", "NUM", "CD", "1200"},
		{"Talks", "NOUN", "NNS", "talk"},
		{"bigger", "ADJ", "JJR", "big"},
	}
	for _, tc := range tests {
		if got := l.Lemma(tc.form, tc.upos, tc.xpos); got != tc.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tc.form, tc.upos, tc.xpos, got, tc.want)
		}
	}
}

const tinyGold = `1	The	the	DET	DT	_	2	det	_	_
2	envoys	envoy	NOUN	NNS	_	3	nsubj	_	_
3	sought	seek	VERB	VBD	_	0	root	_	_
4	talks	talk	NOUN	NNS	_	3	obj	_	_

1	They	they	PRON	PRP	_	2	nsubj	_	_
2	pledged	pledge	VERB	VBD	_	0	root	_	_
3	aid	aid	NOUN	NN	_	2	obj	_	_

1	Donors	donor	NOUN	NNS	_	2	nsubj	_	_
2	judged	judge	VERB	VBD	_	0	root	_	_

1	Thieves	thief	NOUN	NNS	_	3	nsubj	_	_
2	have	have	AUX	VBP	_	3	aux	_	_
3	stolen	steal	VERB	VBN	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	applause	applause	NOUN	NN	_	3	obj	_	_
6	and	and	CCONJ	CC	_	7	cc	_	_
7	servers	server	NOUN	NNS	_	5	conj	_	_

1	We	we	PRON	PRP	_	3	nsubj	_	_
2	are	be	AUX	VBP	_	3	aux	_	_
3	quitting	quit	VERB	VBG	_	0	root	_	_
4	our	our	PRON	PRP$	_	5	nmod:poss	_	_
5	fate	fate	NOUN	NN	_	3	obj	_	_
6	,	,	PUNCT	,	_	3	punct	_	_
7	fat	fat	ADJ	JJ	_	8	amod	_	_
8	Marines	Marine	PROPN	NNPS	_	3	conj	_	_

1	Rebels	rebel	NOUN	NNS	_	3	nsubj	_	_
2	are	be	AUX	VBP	_	3	aux	_	_
3	fleeing	flee	VERB	VBG	_	0	root	_	_
`

func TestTrainedTables(t *testing.T) {
	sents, err := conllu.ReadAll(strings.NewReader(tinyGold))
	if err != nil {
		t.Fatal(err)
	}
	l := Train(sents)
	b, err := l.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Lemmatizer
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, upos, xpos, want string }{
		{"Envoys", "NOUN", "NNS", "envoy"}, // lexicon, case-folded
		{"sought", "VERB", "VBD", "seek"},  // lexicon
		{"hedged", "VERB", "VBD", "hedge"}, // learned suffix rule -dged -> -dge
		{"The", "DET", "DT", "the"},
		// Wrong tags: a form the lexicon knows under other tags only.
		{"stolen", "ADJ", "JJ", "steal"},       // seen only as VBN
		{"quitting", "NOUN", "NN", "quitting"}, // -ing nouns keep their form
		{"Applause", "PROPN", "NNP", "applause"},
		{"Servers", "PROPN", "NNPS", "server"},
		{"Donors", "PROPN", "NNP", "donor"},
		// A word tagged as a list item marker that cannot be one.
		{"Applause", "NUM", "LS", "applause"},
		{"Thieves", "X", "LS", "thief"},
		{"iii", "NUM", "LS", "iii"},
		{"XIV", "NUM", "LS", "XIV"},
		{"(b)", "X", "LS", "(b)"},
		{"2.1.", "X", "LS", "2.1."},
		{"(VIII)", "X", "LS", "(VIII)"},
		{"XXIV.", "NUM", "LS", "XXIV."},
		{"(Thieves)", "X", "LS", "(thieves)"},
		// Proper nouns: plurals in their singular, names as written.
		{"Marines", "PROPN", "NNPS", "Marine"},
		{"Hills", "PROPN", "NNPS", "Hill"},
		{"Obama", "PROPN", "NNP", "Obama"},
		// No rule learned from a whole word: "are" → "be" is no rule for
		// "share", and what the rules keep stays ("fate" is no "fat").
		{"share", "VERB", "VBP", "share"},
		{"fate", "NOUN", "NN", "fate"},
		{"aide", "NOUN", "NN", "aide"}, // not "aid"
	}
	for _, tc := range tests {
		if got := back.Lemma(tc.form, tc.upos, tc.xpos); got != tc.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tc.form, tc.upos, tc.xpos, got, tc.want)
		}
	}
	if err := back.UnmarshalBinary([]byte("junk")); err == nil {
		t.Error("UnmarshalBinary accepted junk")
	}
}

// TestProperNounHostileInput feeds the proper-noun paths (commonNoun,
// singularName) empty, invalid UTF-8, binary, huge and odd-case forms:
// each gets a lemma in its own bytes, never a panic or a broken slice.
func TestProperNounHostileInput(t *testing.T) {
	var l *Lemmatizer
	huge := strings.Repeat("Ab", 1<<19)
	tests := []struct{ name, form, xpos, want string }{
		{"empty", "", "NNPS", ""},
		{"invalid UTF-8", "\xff\xfeas", "NNPS", "\xff\xfeas"},
		{"invalid UTF-8 inside", "Ir\xffaqis", "NNPS", "Ir\xffaqis"},
		{"binary", "\x00\x01\x02s", "NNPS", "\x00\x01\x02"},
		{"case changes byte lengths", "İẞas", "NNPS", "İẞas"},
		{"all capitals", "ISS", "NNPS", "ISS"},
		{"plural name", "Marines", "NNPS", "Marine"},
		{"huge", huge + "ies", "NNPS", huge + "y"},
		{"huge singular", huge, "NNP", huge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Lemma(tc.form, "PROPN", tc.xpos); got != tc.want {
				t.Errorf("Lemma(%.20q, PROPN, %s) = %.20q, want %.20q", tc.form, tc.xpos, got, tc.want)
			}
		})
	}
}

// TestCheckVariants checks the variants a rule's output is checked
// against: a rewrite learned from "latest" → "late" makes "hotte" of
// "hottest", whose known variant without the -e and the doubled t is
// "hot"; British doubled l goes too ("modell": model).
func TestCheckVariants(t *testing.T) {
	l := &Lemmatizer{Known: map[string]bool{"hot": true, "late": true, "stop": true, "create": true, "model": true, "expel": true, "fill": true}}
	tests := []struct{ low, v, want string }{
		{"hottest", "hotte", "hot"},
		{"latest", "late", "late"},
		{"stopped", "stopp", "stop"},
		{"created", "creat", "create"},
		{"wettest", "wette", "wette"}, // no variant known: the rule's output
		{"modelling", "modell", "model"},
		{"expelled", "expell", "expel"},
		{"filled", "fill", "fill"}, // a known lemma stays
		{"dimmer", "dimm", "dimm"},
	}
	for _, tc := range tests {
		if got := l.check(tc.low, tc.v); got != tc.want {
			t.Errorf("check(%q, %q) = %q, want %q", tc.low, tc.v, got, tc.want)
		}
	}
}

// TestApplyRewrite checks a rule's rewrite of a word, and that a rule
// which would remove more than the word, or the whole word for nothing,
// or whose length overflows (a damaged model file), is not applied.
func TestApplyRewrite(t *testing.T) {
	tests := []struct {
		low, rule, want string
		ok              bool
	}{
		{"shelled", "2\t", "shell", true},
		{"fled", "3\tlee", "flee", true},
		{"ran", "3\trun", "run", true},
		{"ran", "3\t", "", false},
		{"ran", "4\tx", "", false},
		{"ran", "99999999999999999999999\t", "", false},
		{"ran", "2x\t", "", false},
		{"ran", "2", "", false},
	}
	for _, tc := range tests {
		got, ok := applyRewrite(tc.low, tc.rule)
		if got != tc.want || ok != tc.ok {
			t.Errorf("applyRewrite(%q, %q) = %q, %v, want %q, %v", tc.low, tc.rule, got, ok, tc.want, tc.ok)
		}
	}
}
