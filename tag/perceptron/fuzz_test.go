package perceptron

import (
	"bytes"
	"encoding/binary"
	"math"
	"testing"
)

// FuzzDecode checks that no damaged model makes Decode, or scoring with
// what it accepts, panic.
func FuzzDecode(f *testing.F) {
	tr := NewTrainer(4)
	tr.Update([]uint64{3, 70, 9000}, 1, 1)
	tr.Update([]uint64{3, 12}, 3, -2)
	tr.Tick()
	var buf bytes.Buffer
	if _, err := tr.Freeze(0).WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	good := buf.Bytes()
	for _, seed := range [][]byte{good, good[:len(good)-2], good[:len(magic)], nil, []byte("garbage")} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, _, err := Decode(data)
		if err != nil {
			return
		}
		scores := make([]float32, m.Classes())
		m.Score([]uint64{3, 12, 70, 9000, 1 << 40}, scores)
	})
}

// TestDecodeRejectsWrappedCounts checks that a weight count or class step
// too large for an int, which wraps negative, is damage, not a feature
// that later indexes past the scores.
func TestDecodeRejectsWrappedCounts(t *testing.T) {
	one := uint64(math.Float32bits(1))
	tests := []struct {
		name string
		vals []uint64 // classes, features, scale, key, count, class, weight
	}{
		{"negative count", []uint64{4, 1, one, 5, math.MaxUint64}},
		{"negative class", []uint64{4, 1, one, 5, 1, math.MaxUint64, 2}},
		{"class past the last", []uint64{4, 1, one, 5, 1, 4, 2}},
	}
	for _, tc := range tests {
		data := []byte(magic)
		for _, v := range tc.vals {
			data = binary.AppendUvarint(data, v)
		}
		if _, _, err := Decode(data); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
	data := []byte(magic)
	for _, v := range []uint64{4, 1, one, 5, 1, 3, 2} {
		data = binary.AppendUvarint(data, v)
	}
	m, _, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]float32, 4)
	m.Score([]uint64{5}, scores)
	if scores[3] <= 0 || scores[0] != 0 || scores[1] != 0 || scores[2] != 0 {
		t.Errorf("scores %v, want a positive score for class 3 only", scores)
	}
}
