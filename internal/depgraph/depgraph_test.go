package depgraph

import (
	"slices"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// toks builds "Rebels attacked the town on Monday" with its tree.
func toks() []doc.Token {
	words := []string{"Rebels", "attacked", "the", "town", "on", "Monday"}
	upos := []string{"NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"}
	heads := []int{2, 0, 4, 2, 6, 2}
	rels := []string{"nsubj", "root", "det", "obj", "case", "obl"}
	var out []doc.Token
	at := 0
	for i, w := range words {
		out = append(out, doc.Token{Start: at, End: at + len(w), Text: w, UPOS: upos[i], Head: heads[i], Rel: rels[i]})
		at += len(w) + 1
	}
	return out
}

func TestGraph(t *testing.T) {
	g := New(toks())
	if !g.Parsed() || g.Len() != 6 {
		t.Fatalf("parsed %v len %d", g.Parsed(), g.Len())
	}
	if got := g.Ancestors(2); !slices.Equal(got, []int{2, 3, 1}) {
		t.Errorf("Ancestors(the) = %v", got)
	}
	if got := g.HeadOf(28, 37); got != 5 { // "on Monday"
		t.Errorf("HeadOf(on Monday) = %d, want 5", got)
	}
	if got := g.ClauseHead(5); got != 1 {
		t.Errorf("ClauseHead(Monday) = %d, want 1", got)
	}
	if g.InSubordinate(5, g.Ancestors(1)) {
		t.Error("Monday is in the main clause")
	}
	if g.Head(-1) != -1 || g.Head(99) != -1 || g.HeadOf(500, 600) != -1 {
		t.Error("out-of-range lookups should give -1")
	}
}

func TestMalformed(t *testing.T) {
	bad := toks()
	bad[0].Head = 40 // outside the sentence
	if New(bad).Parsed() {
		t.Error("a head outside the sentence should make the tree unusable")
	}
	cyc := toks()
	cyc[1].Head, cyc[3].Head = 4, 2 // attacked <-> town
	g := New(cyc)
	if got := g.Ancestors(1); len(got) > len(cyc)+1 {
		t.Errorf("cycle not stopped: %v", got)
	}
	_ = g.ClauseHead(3)
	if New(make([]doc.Token, 3)).Parsed() {
		t.Error("a sentence without heads is not parsed")
	}
}
