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
		// Malformed: more or fewer gazetteer tags than words, invalid
		// UTF-8, control bytes and a huge word. (A word holding the
		// separator 0x1f has no written form to compare with.)
		{"Kenya said", "B-country O O O"},
		{"Kenya said it", "B-country"},
		{"\xff\xfe \x00\x01 Ab\xc3 \x02", "\xff O \x00 O"},
		{strings.Repeat("A", 1<<16) + " b", ""},
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

// TestTagMarginMalformed tags malformed input: it must give one known tag
// per word and never panic, whatever the gazetteer tags' count.
func TestTagMarginMalformed(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words, gaz []string
	}{
		{nil, nil},
		{nil, []string{"B-country"}},
		{[]string{"Kenya", "said"}, []string{"B-country", "O", "O", "O"}},
		{[]string{"Kenya", "said", "it"}, []string{"B-country"}},
		{[]string{"\xff\xfe", "\x00\x01", "Ab\xc3", "\x1f"}, nil},
		{[]string{strings.Repeat("Ab", 1<<15), "", "said"}, []string{"", "\xff", "O"}},
		{strings.Fields(strings.Repeat("Kenya said ", 5000)), nil},
	}
	known := map[string]bool{}
	for _, tag := range Tags {
		known[tag] = true
	}
	for _, tt := range tests {
		got, _ := m.TagMargin(tt.words, tt.gaz)
		if len(got) != len(tt.words) {
			t.Fatalf("%d words: %d tags", len(tt.words), len(got))
		}
		for i, tag := range got {
			if !known[tag] {
				t.Errorf("word %d of %d: unknown tag %q", i, len(tt.words), tag)
			}
		}
	}
}
