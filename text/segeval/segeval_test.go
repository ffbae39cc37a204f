package segeval

import (
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

// TestEWTFloor keeps the text layer at the targets on UD English
// EWT test: token F1 ≥ 0.99 and sentence-boundary F1 ≥ 0.95.
func TestEWTFloor(t *testing.T) {
	path := shared.Require(t, "data/ud/en_ewt-ud-test.conllu.gz")
	res, err := Evaluate(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Docs != 316 {
		t.Errorf("docs = %d, want 316", res.Docs)
	}
	if res.Sentences.Gold != 2077 || res.Tokens.Gold != 25094 {
		t.Errorf("gold sentences %d words %d, want 2077 and 25094", res.Sentences.Gold, res.Tokens.Gold)
	}
	if f := res.Tokens.F1(); f < 0.99 {
		t.Errorf("token F1 %.4f < 0.99", f)
	}
	if f := res.Boundaries.F1(); f < 0.95 {
		t.Errorf("sentence-boundary F1 %.4f < 0.95", f)
	}
	if f := res.Sentences.F1(); f < 0.88 {
		t.Errorf("sentence span F1 %.4f < 0.88", f)
	}
}

func TestPRF(t *testing.T) {
	p := PRF{Gold: 10, System: 8, Correct: 6}
	if p.Precision() != 0.75 || p.Recall() != 0.6 {
		t.Errorf("P %.3f R %.3f", p.Precision(), p.Recall())
	}
	if f := p.F1(); f < 0.6666 || f > 0.6667 {
		t.Errorf("F1 %.4f", f)
	}
	if (PRF{}).F1() != 0 {
		t.Error("empty F1 not 0")
	}
}
