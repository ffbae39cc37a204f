package ner

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ana Ruiz's plan failed. \"We will try again,\" she said!", `Ana Ruiz 's plan failed . | " We will try again , " she said !`},
		{"The U.S. envoy (Tomas Berg) left Valmora?", "The U.S. envoy ( Tomas Berg ) left Valmora ?"},
		{"", ""},
		{"  \n ", ""},
	}
	for _, tc := range tests {
		var parts []string
		for _, s := range Words(tc.in) {
			parts = append(parts, strings.Join(s, " "))
		}
		if got := strings.Join(parts, " | "); got != tc.want {
			t.Errorf("Words(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func FuzzWords(f *testing.F) {
	f.Add("Ana Ruiz's plan failed. \"Again,\" she said!")
	f.Add("\xff\xfe ...'s")
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range Words(s) {
			for _, w := range sent {
				if w == "" || strings.ContainsAny(w, " \t\n") {
					t.Fatalf("bad word %q", w)
				}
			}
		}
	})
}

func gz(t *testing.T, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadClasses(t *testing.T) {
	m, err := readClasses(gz(t, "# header\nvalmora\t3\t17\t3\nthe\t1\t2\t0\nberg\t-\t-\t2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := m["valmora"]; got != (wordClass{"3", "17", "3"}) {
		t.Errorf("valmora: %+v", got)
	}
	if got := m["berg"]; got != (wordClass{"-", "-", "2"}) {
		t.Errorf("berg: %+v", got)
	}
	for _, bad := range []string{"valmora\t3\n", "\x00\x01"} {
		data := []byte(bad)
		if bad[0] != 0 {
			data = gz(t, bad)
		}
		if _, err := readClasses(data); err == nil {
			t.Errorf("want an error for %q", bad)
		}
	}
}

// TestEmbeddedWordTable checks the learned table: capitalisation classes
// of common words and of places, and that two cities share a coarse
// cluster that a verb and a surname do not.
func TestEmbeddedWordTable(t *testing.T) {
	c := wordClasses()
	if len(c) < 10000 {
		t.Fatalf("word table has %d words", len(c))
	}
	tests := []struct{ word, capital string }{{"the", "0"}, {"london", "3"}, {"monday", "3"}, {"government", "0"}}
	for _, tc := range tests {
		if got := c[tc.word].capital; got != tc.capital {
			t.Errorf("%s: capital class %q, want %q", tc.word, got, tc.capital)
		}
	}
	if c["london"].coarse != c["chicago"].coarse {
		t.Errorf("london and chicago in coarse clusters %s and %s", c["london"].coarse, c["chicago"].coarse)
	}
	if c["london"].fine == c["said"].fine || c["london"].fine == c["smith"].fine {
		t.Errorf("london shares fine cluster %s with said or smith", c["london"].fine)
	}
}

func TestTagMarginAndFirstNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Maria Okonkwo spoke in Nairobi .")
	tags, margin := m.TagMargin(words, nil)
	if strings.Join(tags, " ") != strings.Join(m.Tag(words, nil), " ") {
		t.Errorf("TagMargin %v differs from Tag", tags)
	}
	if margin <= 0 {
		t.Errorf("margin %f, want > 0", margin)
	}
	f := newFeaturizer(words, nil)
	if !f.firstName(0) || f.firstName(1) || f.firstName(-1) || f.firstName(9) {
		t.Error("first-name feature: want only Maria")
	}
}

func BenchmarkTagger(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	g, err := DefaultGazetteer()
	if err != nil {
		b.Fatal(err)
	}
	tg := Tagger{Model: m, Gaz: g, DictOverlay: true}
	words := strings.Fields("Foreign Minister Amadou Kelita of Mali met the Valmora Port Authority in Nairobi on Tuesday , officials said .")
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(words)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "words/s")
}

func TestPrune(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		min  float32
		same bool // whether every feature is kept
	}{{0, true}, {1e-6, true}, {4, false}, {1e9, false}}
	for _, tc := range tests {
		p := m.Prune(tc.min)
		if got := p.Features() == m.Features(); got != tc.same {
			t.Errorf("Prune(%g): %d of %d features kept", tc.min, p.Features(), m.Features())
		}
	}
	if n := m.Prune(1e9).Features(); n != 0 {
		t.Errorf("Prune(1e9) kept %d features", n)
	}
	words := strings.Fields("Maria Okonkwo spoke in Nairobi .")
	if got, want := strings.Join(m.Prune(0).Tag(words, nil), " "), strings.Join(m.Tag(words, nil), " "); got != want {
		t.Errorf("Prune(0) tags %s, want %s", got, want)
	}
	if got := m.Prune(1e9).Tag(words, nil); len(got) != len(words) {
		t.Errorf("empty model tagged %d of %d words", len(got), len(words))
	}
}
