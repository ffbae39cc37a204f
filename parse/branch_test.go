package parse

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/treebanktest"
)

func TestBranching(t *testing.T) {
	tb := treebanktest.Tiny()
	p, err := Train(tb, tb, TrainOptions{Epochs: 3, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	sents := [][2]string{
		{"Rebels said that the army attacked the convoy near the border on Monday .", "NNS VBD IN DT NN VBD DT NN IN DT NN IN NNP ."},
		{"The minister did not meet protesters .", "DT NN VBD RB VB NNS ."},
		{"Talks", "NNS"},
	}
	for _, tc := range sents {
		forms, tags := strings.Fields(tc[0]), strings.Fields(tc[1])
		p.SetBranching(0, 0)
		gh, gr := p.Parse(forms, tags)
		// A margin below zero admits no branch point: the greedy parse.
		p.SetBranching(4, -1)
		h, r := p.Parse(forms, tags)
		if !slices.Equal(h, gh) || !slices.Equal(r, gr) {
			t.Errorf("%q: branching without branch points changed the parse", tc[0])
		}
		p.SetBranching(4, 1e9)
		h, r = p.Parse(forms, tags)
		checkTree(t, h, r)
		sc := p.getScratch()
		prepare(&sc.x, forms, tags, nil)
		greedy, kept := p.decodeBranching(sc, len(forms))
		if kept < greedy {
			t.Errorf("%q: kept a sequence scoring %v below the greedy %v", tc[0], kept, greedy)
		}
		if b, m := p.Branching(); b != 4 || m != 1e9 {
			t.Errorf("Branching() = %d, %v", b, m)
		}
	}
}
