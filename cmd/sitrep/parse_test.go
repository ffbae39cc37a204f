package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/conllu"
)

const parseInput = `# sent_id = s1
# text = Rebels didn't attack the convoy.
1	Rebels	_	_	_	_	_	_	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	_	_	_	_	_	_	_	_
3	n't	_	_	_	_	_	_	_	_
4	attack	_	_	_	_	_	_	_	_
5	the	_	_	_	_	_	_	_	_
6	convoy	_	_	_	_	_	_	_	SpaceAfter=No
7	.	_	_	_	_	_	_	_	_

`

func TestParseCoNLLUKeepsTokens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.conllu")
	if err := os.WriteFile(path, []byte(parseInput), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"parse", path}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	sents, err := conllu.ReadAll(&out)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Words) != 7 || len(sents[0].MultiWords) != 1 || sents[0].ID() != "s1" {
		t.Fatalf("tokens or sentences changed: %+v", sents)
	}
	roots := 0
	for _, w := range sents[0].Words {
		if w.UPOS == "_" || w.XPOS == "_" || w.Lemma == "_" || w.Deprel == "_" || w.Head < 0 {
			t.Errorf("word %d not filled: %+v", w.ID, w)
		}
		if w.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Errorf("%d roots", roots)
	}
	w := sents[0].Words
	if w[3].Deprel != "root" || w[0].Deprel != "nsubj" || w[5].Deprel != "obj" || w[2].Lemma != "not" {
		t.Errorf("parse: %+v", w)
	}
	if sents[0].Words[5].SpaceAfter() {
		t.Error("SpaceAfter=No lost")
	}
}

func TestParseTextToJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.txt")
	os.WriteFile(path, []byte("Police arrested two protesters in Lagos."), 0o644)
	var out, errOut bytes.Buffer
	if code := run([]string{"parse", "--output-format", "json", path}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{`"text":"arrested"`, `"rel":"root"`, `"lemma":"protester"`, `"rel":"nsubj"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %s: %s", want, out.String())
		}
	}
	if code := run([]string{"parse", "--output-format", "xml", path}, &out, &errOut); code != 2 {
		t.Errorf("bad --output-format: exit %d, want 2", code)
	}
}

func TestEvalPOSAndParse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gold.conllu")
	gold := "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tfled\tflee\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\tcity\tcity\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
	os.WriteFile(path, []byte(gold), 0o644)
	var out, errOut bytes.Buffer
	if code := run([]string{"eval", "pos", "--conllu", path}, &out, &errOut); code != 0 {
		t.Fatalf("eval pos: exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "UPOS        100.00%") || !strings.Contains(out.String(), "lemma V+N   100.00%") {
		t.Errorf("eval pos output:\n%s", out.String())
	}
	out.Reset()
	if code := run([]string{"eval", "parse", "--conllu", path}, &out, &errOut); code != 0 {
		t.Fatalf("eval parse: exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "UAS         100.00%") || !strings.Contains(out.String(), "LAS         100.00%") {
		t.Errorf("eval parse output:\n%s", out.String())
	}
}

func TestTreeLines(t *testing.T) {
	sents, err := conllu.ReadAll(strings.NewReader("1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n3\ttwo\ttwo\tNUM\tCD\t_\t4\tnummod\t_\t_\n4\tmen\tman\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(treeLines(sents[0]), "\n")
	want := "tree: arrested VBD root\ntree:   Police NNS nsubj\ntree:   men NNS obj\ntree:     two CD nummod"
	if got != want {
		t.Errorf("tree:\n%s\nwant\n%s", got, want)
	}
}
