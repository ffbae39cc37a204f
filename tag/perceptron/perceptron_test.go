package perceptron

import (
	"bytes"
	"math"
	"testing"
)

func TestTrainScoreRoundTrip(t *testing.T) {
	// Three classes; feature i votes for class i%3, plus a shared bias
	// and one feature with many classes to exercise the spill area.
	tr := NewTrainer(5)
	for range 50 {
		for i := range 30 {
			feats := []uint64{Mix(1, uint64(i)), 7}
			scores := make([]float32, 5)
			tr.Score(feats, scores)
			gold := i % 3
			best := 0
			for c, v := range scores {
				if v > scores[best] {
					best = c
				}
			}
			if best != gold {
				tr.Update(feats, gold, 1)
				tr.Update(feats, best, -1)
			}
			tr.Tick()
		}
	}
	for c := range 5 {
		tr.Update([]uint64{99}, c, float32(c+1))
	}
	m := tr.Freeze(0)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Features() != m.Features() || back.Weights() != m.Weights() {
		t.Fatalf("round trip: %d/%d features, %d/%d weights", back.Features(), m.Features(), back.Weights(), m.Weights())
	}
	for i := range 30 {
		feats := []uint64{Mix(1, uint64(i)), 7, 99, 12345}
		a, b := make([]float32, 5), make([]float32, 5)
		m.Score(feats, a)
		back.Score(feats, b)
		best := 0
		for c := range 3 {
			if a[c] > a[best] {
				best = c
			}
			if math.Abs(float64(a[c]-b[c])) > 1e-3*math.Max(1, math.Abs(float64(a[c]))) {
				t.Fatalf("feature %d class %d: %v before, %v after round trip", i, c, a[c], b[c])
			}
		}
		if best != i%3 {
			t.Errorf("feature %d: best class %d, want %d", i, best, i%3)
		}
	}
	if p := m.Prune(1e9); p.Features() != 0 {
		t.Errorf("pruning everything left %d features", p.Features())
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "SRPERC1\n", "SRPERC1\n\x05\x80\x80\x80\x80\x80\x80", "garbage"} {
		if _, err := Read(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("Read(%q) gave no error", in)
		}
	}
}

// TestFreezeMergesAndDrops checks that Freeze adds a merged feature's
// weights to its target's, also to a target never updated itself, and
// leaves dropped features out.
func TestFreezeMergesAndDrops(t *testing.T) {
	tr := NewTrainer(3)
	tr.Update([]uint64{10, 20}, 0, 2)  // 10 and 20: class 0 +2
	tr.Update([]uint64{20, 30}, 1, -1) // 20 and 30: class 1 -1
	tr.Update([]uint64{40}, 2, 3)
	tr.Update([]uint64{50}, 2, 5)
	// One tick: every averaged weight is half its last value.
	tr.Tick()
	tr.Merge(20, 10) // 10 becomes class 0 +4, class 1 -1
	tr.Merge(40, 60) // 60 was never updated: it gets 40's class 2 +3
	tr.Drop(30)
	m := tr.Freeze(0)
	for _, tc := range []struct {
		feat uint64
		want [3]float32
	}{
		{10, [3]float32{4, -1, 0}},
		{20, [3]float32{}},
		{30, [3]float32{}},
		{40, [3]float32{}},
		{60, [3]float32{0, 0, 3}},
		{50, [3]float32{0, 0, 5}},
	} {
		got := make([]float32, 3)
		m.Score([]uint64{tc.feat}, got)
		for c := range got {
			// Scores are in quantised units, 32767 for the largest weight.
			if want := tc.want[c] * 32767 / 5; math.Abs(float64(got[c]-want)) > 1 {
				t.Errorf("feature %d class %d: score %v, want %v", tc.feat, c, got[c], want)
			}
		}
	}
	if m.Features() != 3 {
		t.Errorf("%d features after merging and dropping, want 3 (10, 50, 60)", m.Features())
	}
}
