package event

import (
	"slices"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// cycleDoc builds a one-sentence document of the given words whose
// tokens have the given 1-based heads (0 = root).
func cycleDoc(words []string, heads []int) *doc.Document {
	d := doc.New("cycle", "")
	s := doc.Sentence{}
	text := ""
	for i, w := range words {
		if i > 0 {
			text += " "
		}
		s.Tokens = append(s.Tokens, doc.Token{Start: len(text), End: len(text) + len(w), Text: w, Head: heads[i], Rel: "dep"})
		text += w
	}
	d.Text, s.End, s.Text = text, len(text), text
	d.Sentences = []doc.Sentence{s}
	return d
}

func TestNewTreeCutsCycles(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		heads []int
		want  []int // 0-based heads after the cut, -1 for a root
	}{
		{"no cycle", []string{"Rebels", "attacked", "Goma"}, []int{2, 0, 2}, []int{1, -1, 1}},
		{"two-token cycle", []string{"Rebels", "attacked", "Goma"}, []int{2, 3, 2}, []int{1, -1, 1}},
		{"three-token cycle under a root", []string{"Police", "said", "troops", "fired"}, []int{0, 3, 4, 2}, []int{-1, -1, 3, 1}},
		{"self-loop", []string{"Talks", "resumed"}, []int{1, 0}, []int{-1, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTree(cycleDoc(tt.words, tt.heads), 0, nil)
			if !slices.Equal(tr.head, tt.want) {
				t.Errorf("heads = %v, want %v", tr.head, tt.want)
			}
			for i := range tr.head {
				if tr.onCycle(i) {
					t.Errorf("token %d is still on a cycle", i)
				}
				tr.lastOf(i)
			}
		})
	}
}

func TestApplyRefusesCycles(t *testing.T) {
	tr := newTree(cycleDoc([]string{"Rebels", "attacked", "Goma"}, []int{2, 0, 2}), 0, nil)
	if tr.apply([]move{{1, 0, "obj"}}) {
		t.Fatal("hanging the root verb under its own subject was applied")
	}
	if want := []int{1, -1, 1}; !slices.Equal(tr.head, want) || tr.rels[1] != "dep" {
		t.Errorf("after a refused move heads = %v, rel = %q; want %v unchanged", tr.head, tr.rels[1], want)
	}
	if !tr.apply([]move{{2, 0, "nmod"}}) || tr.head[2] != 0 || tr.rels[2] != "nmod" {
		t.Errorf("a move that closes no cycle was not applied: heads %v", tr.head)
	}
}
