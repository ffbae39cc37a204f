package ner

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

// gumSample is CoNLL-U of our own writing with GUM-style entity brackets.
const gumSample = `# newdoc id = GUM_news_sample
# text = Mayor Ana Ruiz visited the Port of Valmora in Chile.
1	Mayor	mayor	NOUN	NN	_	3	compound	_	Entity=(1-person-new-x-x-1-3-coref
2	Ana	Ana	PROPN	NNP	_	3	flat	_	_
3	Ruiz	Ruiz	PROPN	NNP	_	4	nsubj	_	Entity=1)
4	visited	visit	VERB	VBD	_	0	root	_	_
5	the	the	DET	DT	_	6	det	_	Entity=(2-organization-new-x-x-6-sgl
6	Port	Port	PROPN	NNP	_	4	obj	_	_
7	of	of	ADP	IN	_	8	case	_	_
8	Valmora	Valmora	PROPN	NNP	_	6	nmod	_	Entity=(3-place-new-x-x-1-sgl)2)
9	in	in	ADP	IN	_	10	case	_	_
10	Chile	Chile	PROPN	NNP	_	4	obl	_	Entity=(4-place-new-x-x-1-sgl)|SpaceAfter=No
11	.	.	PUNCT	.	_	4	punct	_	_

# newdoc id = GUM_reddit_masked
# text = _ _
1	_	_	PROPN	NNP	_	0	root	_	Entity=(5-person-new-x-x-1-sgl)

`

func TestReadGUM(t *testing.T) {
	s, err := ReadGUM(strings.NewReader(gumSample), []string{"GUM_reddit"})
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 1 {
		t.Fatalf("got %d sentences, want 1 (the masked document skipped)", len(s))
	}
	want := "O B-PER I-PER O O B-ORG I-ORG I-ORG O B-LOC O"
	if got := strings.Join(s[0].Tags, " "); got != want {
		t.Errorf("tags\n got %s\nwant %s", got, want)
	}
}

func TestReadIOB2AndCoNLL(t *testing.T) {
	iob := "# sent_id = x\n1\tRuiz\tB-PER\t-\t-\n2\tleft\tO\t-\t-\n3\tValmora\tB-GPE\t-\t-\n\n"
	s, err := ReadIOB2(strings.NewReader(iob))
	if err != nil || len(s) != 1 || strings.Join(s[0].Tags, " ") != "B-PER O B-LOC" {
		t.Fatalf("iob2: %v %+v", err, s)
	}
	conll := "Ruiz NNP B-NP B-PER\nwon VBD B-VP O\nthe DT B-NP O\nValmora NNP I-NP B-MISC\nCup NNP I-NP I-MISC\n\n"
	s, err = ReadCoNLL2003(strings.NewReader(conll))
	if err != nil || len(s) != 1 || strings.Join(s[0].Tags, " ") != "B-PER O O O O" {
		t.Fatalf("conll: %v %+v", err, s)
	}
	if _, err := ReadCoNLL2003(strings.NewReader("bad line\n")); err == nil {
		t.Error("want an error for a short line")
	}
}

func TestEvaluate(t *testing.T) {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC"}, {"B-ORG", "O"}}
	pred := [][]string{{"B-PER", "I-PER", "O", "B-ORG"}, {"B-ORG", "B-LOC"}}
	res := Evaluate(gold, pred)
	all := res["ALL"]
	if all.Gold != 3 || all.System != 4 || all.Correct != 2 {
		t.Fatalf("counts %+v", all)
	}
	if math.Abs(all.F1()-2*0.5*(2.0/3)/(0.5+2.0/3)) > 1e-9 {
		t.Errorf("F1 %f", all.F1())
	}
	if res["LOC"].Correct != 0 || res["PER"].Correct != 1 {
		t.Errorf("per type %+v %+v", res["LOC"], res["PER"])
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{"Obama": "Xx", "U.S.": "X.X.", "1,200": "d,d", "iPhone": "xXx", "Kyiv-based": "Xx-x"} {
		if got := shape(in); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTrainTinyAndRoundTrip(t *testing.T) {
	var sents []Sentence
	for _, s := range []string{"Ana Ruiz met Tomas Berg .", "Ruiz met Berg in Valmora .", "Berg left Valmora ."} {
		w := strings.Fields(s)
		tags := make([]string, len(w))
		for i, x := range w {
			tags[i] = "O"
			switch x {
			case "Ana", "Tomas":
				tags[i] = "B-PER"
			case "Ruiz", "Berg":
				tags[i] = "B-PER"
				if i > 0 && (w[i-1] == "Ana" || w[i-1] == "Tomas") {
					tags[i] = "I-PER"
				}
			case "Valmora":
				tags[i] = "B-LOC"
			}
		}
		sents = append(sents, Sentence{Words: w, Tags: tags})
	}
	m := Train(sents, TrainOptions{Epochs: 10, MinCount: 1})
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(m2.Tag(strings.Fields("Berg met Ruiz in Valmora ."), nil), " ")
	if got != "B-PER O B-PER O B-LOC O" {
		t.Errorf("tiny model: %s", got)
	}
	if _, err := Read(strings.NewReader("not a model")); err == nil {
		t.Error("want an error for a bad model")
	}
}

func TestDefaultModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	gz, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tg := Tagger{Model: m, Gaz: gz}
	tests := []struct{ sent, want string }{
		{"Yesterday , Margaret Okonkwo said the plan would fail .", "O O B-PER I-PER O O O O O O"},
		{"The talks were held in Nairobi on Tuesday .", "O O O O O B-LOC O O O"},
	}
	for _, tc := range tests {
		if got := strings.Join(tg.Tag(strings.Fields(tc.sent)), " "); got != tc.want {
			t.Errorf("%q\n got %s\nwant %s", tc.sent, got, tc.want)
		}
	}
	if got := tg.Tag(nil); len(got) != 0 {
		t.Errorf("empty sentence: %v", got)
	}
}

// TestCoNLLFloor checks the model on CoNLL-2003 test (evaluation only).
func TestCoNLLFloor(t *testing.T) {
	p := shared.Require(t, "data/ner/eng.testb")
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	gz, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	res, n, err := EvaluateFile(p, Tagger{Model: m, Gaz: gz})
	if err != nil {
		t.Fatal(err)
	}
	all := res["ALL"]
	t.Logf("CoNLL-2003 testb, %d sentences: P %.3f R %.3f F1 %.3f", n, all.Precision(), all.Recall(), all.F1())
	if all.F1() < 0.50 {
		t.Errorf("F1 %.3f below the floor 0.50", all.F1())
	}
}
