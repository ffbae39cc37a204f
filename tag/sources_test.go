package tag

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/treebanktest"
)

// TestTrainWithSources trains on the tiny treebank (source 0) and a copy
// of it in another convention (source 1, twice as much), which tags the plural nouns
// that open a sentence as proper nouns: the tagger predicts source 0's
// convention, and its file is an ordinary one.
func TestTrainWithSources(t *testing.T) {
	own := treebanktest.Tiny()
	// Twice as much of the other convention: without sources the tagger
	// follows it.
	other := append(treebanktest.Tiny(), treebanktest.Tiny()...)
	for _, s := range other {
		if w := &s.Words[0]; w.XPOS == "NNS" {
			w.UPOS, w.XPOS = "PROPN", "NNPS"
		}
	}
	train := append(slices.Clip(own), other...)
	sources := make([]int, len(train))
	for i := len(own); i < len(train); i++ {
		sources[i] = 1
	}
	tg, err := Train(train, nil, TrainOptions{Epochs: 10, Seed: 3, Sources: sources})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sentence, word, upos, xpos string
	}{
		{"Rebels attacked the embassy .", "Rebels", "NOUN", "NNS"},
		{"Protesters marched to the border .", "Protesters", "NOUN", "NNS"},
		{"Talks will resume in Cairo .", "Talks", "NOUN", "NNS"},
	} {
		forms := strings.Fields(tc.sentence)
		upos, xpos := tg.Tag(forms)
		i := slices.Index(forms, tc.word)
		if upos[i] != tc.upos || xpos[i] != tc.xpos {
			t.Errorf("%q: %s tagged %s/%s, want %s/%s", tc.sentence, tc.word, upos[i], xpos[i], tc.upos, tc.xpos)
		}
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	probe := strings.Fields("Troops visited Geneva on Monday .")
	u1, x1 := tg.Tag(probe)
	u2, x2 := back.Tag(probe)
	if !slices.Equal(u1, u2) || !slices.Equal(x1, x2) {
		t.Errorf("round trip changed the tags: %v %v vs %v %v", u1, x1, u2, x2)
	}

	for _, bad := range [][]int{{0, 1}, append(make([]int, len(train)-1), -1)} {
		if _, err := Train(train, nil, TrainOptions{Epochs: 1, Sources: bad}); err == nil {
			t.Errorf("sources %v: no error", bad)
		}
	}
	// One source only trains as without sources, byte for byte.
	plain, err := Train(own, nil, TrainOptions{Epochs: 3, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	one, err := Train(own, nil, TrainOptions{Epochs: 3, Seed: 3, Sources: make([]int, len(own))})
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := plain.Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := one.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("a single source changed the model")
	}
}
