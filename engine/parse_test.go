package engine

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func TestTagAndParseStages(t *testing.T) {
	pl, err := New(Config{Stages: []string{"tag", "parse"}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Rebels attacked the convoy near the border on Monday. The talks were suspended."
	d := doc.New("t1", text)
	d.Layout = doc.Layout{Blocks: []doc.Block{{Span: doc.Span{Start: 0, End: len(text)}, Kind: doc.BlockParagraph}}}
	if err := pl.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(d.Sentences))
	}
	got := map[string]string{}
	for _, s := range d.Sentences {
		roots := 0
		for i, tk := range s.Tokens {
			if tk.UPOS == "" || tk.XPOS == "" || tk.Lemma == "" || tk.Rel == "" {
				t.Errorf("token %q not filled: %+v", tk.Text, tk)
			}
			if tk.Head < 0 || tk.Head > len(s.Tokens) || tk.Head == i+1 {
				t.Errorf("token %q has head %d", tk.Text, tk.Head)
			}
			if tk.Head == 0 {
				roots++
			}
			head := "ROOT"
			if tk.Head > 0 {
				head = s.Tokens[tk.Head-1].Text
			}
			got[tk.Text] = tk.Lemma + " " + tk.Rel + " " + head
		}
		if roots != 1 {
			t.Errorf("sentence %q has %d roots", s.Text, roots)
		}
	}
	for tok, want := range map[string]string{
		"Rebels":    "rebel nsubj attacked",
		"attacked":  "attack root ROOT",
		"convoy":    "convoy obj attacked",
		"talks":     "talk nsubj:pass suspended",
		"suspended": "suspend root ROOT",
	} {
		if got[tok] != want {
			t.Errorf("%s: got %q, want %q", tok, got[tok], want)
		}
	}
}

func TestParseStageReadsVisibleForm(t *testing.T) {
	// The parse stage alone tags untagged tokens itself, and reads Form
	// (the reader-visible word) rather than the raw text.
	pl, err := New(Config{Stages: []string{"parse"}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Police *arrested* two protesters."
	d := doc.New("t2", text)
	d.Sentences = []doc.Sentence{{Start: 0, End: len(text), Text: text, Tokens: []doc.Token{
		{Start: 0, End: 6, Text: "Police"},
		{Start: 7, End: 17, Text: "*arrested*", Form: "arrested"},
		{Start: 18, End: 21, Text: "two"},
		{Start: 22, End: 32, Text: "protesters"},
		{Start: 32, End: 33, Text: "."},
	}}}
	// Run only the parse stage: the text stage would re-segment.
	var stage interface{ Process(*doc.Document) error }
	for _, e := range registry {
		if e.name == "parse" {
			s, err := e.build(Config{})
			if err != nil {
				t.Fatal(err)
			}
			stage = s
		}
	}
	_ = pl
	if err := stage.Process(d); err != nil {
		t.Fatal(err)
	}
	toks := d.Sentences[0].Tokens
	if toks[1].Head != 0 || toks[1].Rel != "root" || toks[0].Rel != "nsubj" || toks[3].Rel != "obj" {
		var b strings.Builder
		for _, tk := range toks {
			b.WriteString(tk.Text + "/" + tk.Rel + " ")
		}
		t.Errorf("parse of the marked-up sentence: %s", b.String())
	}
}
