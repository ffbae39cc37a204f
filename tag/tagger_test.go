package tag

import (
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/internal/cputime"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/treebanktest"
)

func forms(s *conllu.Sentence) []string {
	var out []string
	for _, w := range s.Words {
		out = append(out, w.Form)
	}
	return out
}

func TestTrainTiny(t *testing.T) {
	tb := treebanktest.Tiny()
	tg, err := Train(tb, tb, TrainOptions{Epochs: 10, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	correct, total := 0, 0
	for _, s := range tb {
		upos, xpos := tg.Tag(forms(s))
		for i, w := range s.Words {
			total++
			if upos[i] == w.UPOS && xpos[i] == w.XPOS {
				correct++
			}
		}
	}
	if acc := float64(correct) / float64(total); acc < 0.97 {
		t.Errorf("accuracy on the training sentences %.2f, want >= 0.97", acc)
	}
	// Deterministic: the same seed gives the same model.
	tg2, _ := Train(tb, tb, TrainOptions{Epochs: 10, Seed: 3})
	var a, b bytes.Buffer
	if err := tg.Save(&a); err != nil {
		t.Fatal(err)
	}
	tg2.Save(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with one seed gave different models")
	}
	// Save/load round trip tags identically.
	back, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	probe := strings.Fields("The rebels visited the embassy on Monday .")
	u1, x1 := tg.Tag(probe)
	u2, x2 := back.Tag(probe)
	if !slices.Equal(u1, u2) || !slices.Equal(x1, x2) {
		t.Errorf("round trip changed tags: %v %v vs %v %v", u1, x1, u2, x2)
	}
	if back.Lemmatizer.Lemma("attacked", "VERB", "VBD") != "attack" {
		t.Error("round trip lost the lemmatizer")
	}
}

func TestTrainTwoPass(t *testing.T) {
	tb := treebanktest.Tiny()
	tg, err := Train(tb, tb, TrainOptions{Epochs: 8, Seed: 5, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	if tg.model2 == nil {
		t.Fatal("Folds 2 trained no second pass")
	}
	var a, b bytes.Buffer
	if err := tg.Save(&a); err != nil {
		t.Fatal(err)
	}
	tg2, _ := Train(tb, tb, TrainOptions{Epochs: 8, Seed: 5, Folds: 2})
	tg2.Save(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two two-pass trainings with one seed gave different models")
	}
	back, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.model2 == nil {
		t.Fatal("round trip lost the second pass")
	}
	tests := []struct{ sent, xpos string }{
		{"Rebels attacked the convoy near the border .", "NNS VBD DT NN IN DT NN ."},
		{"Police arrested two protesters on Monday .", "NNS VBD CD NNS IN NNP ."},
	}
	for _, tc := range tests {
		_, x1 := tg.Tag(strings.Fields(tc.sent))
		_, x2 := back.Tag(strings.Fields(tc.sent))
		if got := strings.Join(x1, " "); got != tc.xpos {
			t.Errorf("%q: XPOS %s, want %s", tc.sent, got, tc.xpos)
		}
		if !slices.Equal(x1, x2) {
			t.Errorf("%q: round trip changed tags %v to %v", tc.sent, x1, x2)
		}
	}
	// A truncated second pass is an error, not a half-loaded tagger.
	if _, err := Load(bytes.NewReader(truncateGzip(t, a.Bytes()))); err == nil {
		t.Error("Load accepted a model whose second pass is cut off")
	}
}

// truncateGzip returns the gzip of the first 90% of the uncompressed
// content of z.
func truncateGzip(t *testing.T, z []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(raw[:len(raw)*9/10])
	zw.Close()
	return out.Bytes()
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not a model"), {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255}} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("Load(%q) gave no error", in)
		}
	}
}

func TestDefaultTags(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sent, upos, xpos string
	}{
		{"The minister visited Cairo on Monday .", "DET NOUN VERB PROPN ADP PROPN PUNCT", "DT NN VBD NNP IN NNP ."},
		{"Rebels have attacked the convoy .", "NOUN AUX VERB DET NOUN PUNCT", "NNS VBP VBN DT NN ."},
	}
	for _, tc := range tests {
		upos, xpos := tg.Tag(strings.Fields(tc.sent))
		if got := strings.Join(upos, " "); got != tc.upos {
			t.Errorf("%q: UPOS %s, want %s", tc.sent, got, tc.upos)
		}
		if got := strings.Join(xpos, " "); got != tc.xpos {
			t.Errorf("%q: XPOS %s, want %s", tc.sent, got, tc.xpos)
		}
	}
	// Odd input never panics and always gets tags.
	for _, in := range [][]string{{}, {""}, {"ÜBER", "", "\x00", "١٢٣"}, strings.Fields(strings.Repeat("THE ARMY SAID 12,500 ", 200))} {
		upos, xpos := tg.Tag(in)
		for i := range in {
			if upos[i] == "" || xpos[i] == "" {
				t.Fatalf("no tag for %q", in[i])
			}
		}
	}
}

func TestEWTDevFloor(t *testing.T) {
	p := shared.Require(t, "data/ud/en_ewt-ud-dev.conllu.gz")
	gold, err := conllu.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n, u, x := 0, 0, 0
	for _, s := range gold {
		upos, xpos := tg.Tag(forms(s))
		for i, w := range s.Words {
			n++
			if upos[i] == w.UPOS {
				u++
			}
			if xpos[i] == w.XPOS {
				x++
			}
		}
	}
	ua, xa := float64(u)/float64(n), float64(x)/float64(n)
	t.Logf("EWT dev: UPOS %.2f%%, XPOS %.2f%%", 100*ua, 100*xa)
	if ua < 0.95 || xa < 0.943 {
		t.Errorf("EWT dev UPOS %.2f%%, XPOS %.2f%%: below the floor", 100*ua, 100*xa)
	}
}

func BenchmarkTag(b *testing.B) {
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sent := strings.Fields("The United Nations Security Council on Tuesday condemned the attack on a convoy near the Syrian border , which killed 12 aid workers , and called for an inquiry .")
	upos, xpos := make([]string, len(sent)), make([]string, len(sent))
	cpu0 := cputime.Used().Seconds()
	b.ResetTimer()
	for b.Loop() {
		tg.TagInto(sent, upos, xpos)
	}
	b.ReportMetric(float64(b.N*len(sent))/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(b.N*len(sent))/(cputime.Used().Seconds()-cpu0), "tokens/cpu-s")
}

// BenchmarkLoad measures a cold load of the embedded tagger model.
func BenchmarkLoad(b *testing.B) {
	cpu0 := cputime.Used().Seconds()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(1000*(cputime.Used().Seconds()-cpu0)/float64(b.N), "cpu-ms/op")
}

func TestJackknife(t *testing.T) {
	gold := treebanktest.Tiny()
	sents := treebanktest.Tiny()
	if err := Jackknife(sents, 2, 1, nil); err != nil {
		t.Fatal(err)
	}
	// Each half is tagged by a tagger trained on the other half alone.
	half := len(gold) / 2
	for k, held := range [][]*conllu.Sentence{gold[:half], gold[half:]} {
		other := gold[half:]
		if k == 1 {
			other = gold[:half]
		}
		tg, err := Train(other, nil, TrainOptions{Epochs: 8, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		for i, g := range held {
			got := sents[k*half+i]
			_, xpos := tg.Tag(forms(g))
			for j, w := range got.Words {
				gw := g.Words[j]
				if w.Form != gw.Form || w.Head != gw.Head || w.Deprel != gw.Deprel {
					t.Fatalf("sentence %d word %d: %q %d %s, want the gold %q %d %s", k*half+i, j, w.Form, w.Head, w.Deprel, gw.Form, gw.Head, gw.Deprel)
				}
				if w.XPOS != xpos[j] {
					t.Errorf("sentence %d word %q tagged %s, want the fold tagger's %s", k*half+i, w.Form, w.XPOS, xpos[j])
				}
			}
		}
	}
	if err := Jackknife(sents, 1, 1, nil); err == nil {
		t.Error("Jackknife accepted one fold")
	}
}
