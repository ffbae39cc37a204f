package ner

import (
	"strings"
	"testing"
)

// TestFeatureHashes checks that the tagger's combined hashes are the
// hashes of the features each writes for training, feature by feature.
func TestFeatureHashes(t *testing.T) {
	tests := []struct {
		sentence, gaz string
	}{
		{"Foreign Minister Maria Okonkwo of Mali met the Valmora Port Authority in Nairobi .", "B-agent I-agent O O O B-country O O O O O B-place O"},
		{"REBELS SEIZE TOWN IN NORTH KIVU", ""},
		{"U.S. troops left Kabul on Tuesday , officials said .", "B-country O B-capital O O O O O O"},
		{"He said it 's over", ""},
		{"a", ""},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		var gaz []string
		if tt.gaz != "" {
			gaz = strings.Fields(tt.gaz)
		}
		f := newFeaturizer(words, gaz)
		f.prepareHashes()
		var hs []uint64
		for i := range words {
			for _, prev := range [][2]int{{-1, -1}, {0, -1}, {1, 0}, {2, 1}, {3, 6}} {
				var want []uint64
				var names []string
				f.each(i, prev[0], prev[1], func(b []byte) {
					want = append(want, featureHash(b))
					names = append(names, strings.ReplaceAll(string(b), "\x1f", "|"))
				})
				hs = f.hashes(i, prev[0], prev[1], hs[:0])
				if len(hs) != len(want) {
					t.Fatalf("%q word %d: %d hashes, want %d (%v)", tt.sentence, i, len(hs), len(want), names)
				}
				for k := range want {
					if hs[k] != want[k] {
						t.Errorf("%q word %d: feature %d (%s) hashes differently", tt.sentence, i, k, names[k])
					}
				}
			}
		}
	}
}
