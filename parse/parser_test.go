package parse

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/internal/cputime"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/treebanktest"
	"github.com/sitrep/sitrep/tag"
)

func wordsAndTags(s *conllu.Sentence) (forms, tags []string) {
	for _, w := range s.Words {
		forms = append(forms, w.Form)
		tags = append(tags, w.XPOS)
	}
	return forms, tags
}

// checkTree fails unless heads form one tree rooted at a single word.
func checkTree(t *testing.T, heads []int, rels []string) {
	t.Helper()
	n := len(heads)
	roots := 0
	for i, h := range heads {
		if h < 0 || h > n || h == i+1 {
			t.Fatalf("word %d has head %d", i+1, h)
		}
		if h == 0 {
			roots++
			if rels[i] != "root" {
				t.Fatalf("root word %d has relation %q", i+1, rels[i])
			}
		} else if rels[i] == "root" || rels[i] == "" {
			t.Fatalf("word %d has relation %q under head %d", i+1, rels[i], h)
		}
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%d roots in %v", roots, heads)
	}
	for i := range heads {
		seen := 0
		for j := i + 1; j != 0; j = heads[j-1] {
			if seen++; seen > n {
				t.Fatalf("cycle through word %d in %v", i+1, heads)
			}
		}
	}
}

func TestTrainTiny(t *testing.T) {
	tb := treebanktest.Tiny()
	p, err := Train(tb, tb, TrainOptions{Epochs: 15, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	correct, total := 0, 0
	for _, s := range tb {
		forms, tags := wordsAndTags(s)
		heads, rels := p.Parse(forms, tags)
		checkTree(t, heads, rels)
		for i, w := range s.Words {
			total++
			if heads[i] == w.Head && rels[i] == w.Deprel {
				correct++
			}
		}
	}
	if las := float64(correct) / float64(total); las < 0.95 {
		t.Errorf("LAS on the training sentences %.2f, want >= 0.95", las)
	}
	var a, b bytes.Buffer
	if err := p.Save(&a); err != nil {
		t.Fatal(err)
	}
	p2, _ := Train(tb, tb, TrainOptions{Epochs: 15, Seed: 7})
	p2.Save(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with one seed gave different models")
	}
	back, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	forms := strings.Fields("The rebels attacked the embassy on Monday .")
	tags := strings.Fields("DT NNS VBD DT NN IN NNP .")
	h1, r1 := p.Parse(forms, tags)
	h2, r2 := back.Parse(forms, tags)
	if !slices.Equal(h1, h2) || !slices.Equal(r1, r2) {
		t.Errorf("round trip changed the parse: %v %v vs %v %v", h1, r1, h2, r2)
	}
}

// TestTrainWithClasses trains with a small word-class table of our own:
// the classes are saved with the model, two trainings give the same
// bytes, and the loaded parser parses as the trained one.
func TestTrainWithClasses(t *testing.T) {
	tb := treebanktest.Tiny()
	classes := map[string]string{
		"rebels": "0010", "soldiers": "00110", "embassy": "0111010", "convoy": "0111011",
		"attacked": "1100", "Monday": "1010111", "the": "10", "on": "11110",
	}
	train := func() []byte {
		p, err := Train(tb, tb, TrainOptions{Epochs: 8, Seed: 3, Classes: classes})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := p.Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := train(), train()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with one seed and one class table gave different files")
	}
	p, err := Load(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	loaded := map[string]string{}
	for i, w := range p.classWords {
		loaded[w] = p.classBits[i]
	}
	if !maps.Equal(loaded, classes) {
		t.Errorf("loaded classes %v, want %v", loaded, classes)
	}
	tests := []struct {
		word string
		want wordClass
	}{
		{"convoy", p.table["convoy"]},
		{"Convoy", p.table["convoy"]},
		{"THE", p.table["the"]},
		{"tanks", wordClass{hNone, hNone}},
	}
	for _, tc := range tests {
		if got := p.table.lookup(tc.word); got != tc.want {
			t.Errorf("lookup(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
	if p.table["embassy"].c4 != p.table["convoy"].c4 || p.table["embassy"].c6 != p.table["convoy"].c6 {
		t.Error("embassy and convoy share their 6-bit prefix but got different class features")
	}
	if p.table["rebels"].c4 == p.table["soldiers"].c4 {
		t.Error("rebels (0010) and soldiers (0011) got one 4-bit class")
	}
	forms := strings.Fields("The soldiers attacked the convoy on Monday .")
	tags := strings.Fields("DT NNS VBD DT NN IN NNP .")
	heads, rels := p.Parse(forms, tags)
	checkTree(t, heads, rels)
	if heads[2] != 0 || rels[2] != "root" || heads[1] != 3 || rels[1] != "nsubj" || heads[4] != 3 || rels[4] != "obj" {
		t.Errorf("parse of %q: heads %v rels %v", forms, heads, rels)
	}
}

// TestTrainEmptyClasses checks that an empty word-class table trains the
// parser a file without classes also loads as: the same bytes as no table.
func TestTrainEmptyClasses(t *testing.T) {
	tb := treebanktest.Tiny()
	save := func(classes map[string]string) []byte {
		p, err := Train(tb, nil, TrainOptions{Epochs: 3, Seed: 5, Classes: classes})
		if err != nil {
			t.Fatal(err)
		}
		if p.table != nil {
			t.Errorf("classes %v: the parser has a class table", classes)
		}
		var buf bytes.Buffer
		if err := p.Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	if !bytes.Equal(save(map[string]string{}), save(nil)) {
		t.Error("an empty class table and none gave different files")
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not a model"), {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255}} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("Load(%q) gave no error", in)
		}
	}
}

func defaults(t testing.TB) (*tag.Tagger, *Parser) {
	tg, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tg, p
}

func TestDefaultParses(t *testing.T) {
	tg, p := defaults(t)
	tests := []struct {
		sent string
		// want lists "dependent>head:rel" arcs that must be found.
		want []string
	}{
		{"The minister visited Cairo on Monday .", []string{"minister>visited:nsubj", "Cairo>visited:obj", "Monday>visited:obl", "visited>ROOT:root"}},
		{"The convoy was attacked by rebels .", []string{"convoy>attacked:nsubj:pass", "was>attacked:aux:pass", "rebels>attacked:obl:agent"}},
		{"Police did not arrest the protesters .", []string{"not>arrest:advmod", "protesters>arrest:obj", "Police>arrest:nsubj"}},
	}
	for _, tc := range tests {
		forms := strings.Fields(tc.sent)
		_, xpos := tg.Tag(forms)
		heads, rels := p.Parse(forms, xpos)
		checkTree(t, heads, rels)
		var got []string
		for i, h := range heads {
			head := "ROOT"
			if h > 0 {
				head = forms[h-1]
			}
			got = append(got, forms[i]+">"+head+":"+rels[i])
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missing %s in %v", tc.sent, w, got)
			}
		}
	}
}

func TestRobustInputs(t *testing.T) {
	tg, p := defaults(t)
	long := strings.Fields(strings.Repeat("the army said on Monday that rebels , who fled , attacked 12 villages and ", 36))[:500]
	inputs := [][]string{
		{},
		{"Hello"},
		{"."},
		strings.Fields("SYRIAN ARMY SHELLS REBEL-HELD TOWN NEAR ALEPPO"),
		strings.Fields("1,200 3.5 % 14 -- 17 | 2019 2020 45.6 ( 7 )"),
		strings.Fields("Die Regierung hat am Montag die Grenze geschlossen ."),
		strings.Fields("الحكومة أغلقت الحدود"),
		{"", "\x00", "\xff\xfe", "日本"},
		long,
	}
	for _, forms := range inputs {
		_, xpos := tg.Tag(forms)
		heads, rels := p.Parse(forms, xpos)
		if len(heads) != len(forms) {
			t.Fatalf("%d heads for %d words", len(heads), len(forms))
		}
		checkTree(t, heads, rels)
	}
}

func TestEWTDevFloor(t *testing.T) {
	path := shared.Require(t, "data/ud/en_ewt-ud-dev.conllu.gz")
	gold, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tg, p := defaults(t)
	n, u, l := 0, 0, 0
	for _, s := range gold {
		forms, _ := wordsAndTags(s)
		_, xpos := tg.Tag(forms)
		heads, rels := p.Parse(forms, xpos)
		for i, w := range s.Words {
			n++
			if heads[i] == w.Head {
				u++
				if rels[i] == w.Deprel {
					l++
				}
			}
		}
	}
	uas, las := float64(u)/float64(n), float64(l)/float64(n)
	t.Logf("EWT dev with predicted tags: UAS %.2f%%, LAS %.2f%%", 100*uas, 100*las)
	if uas < 0.84 || las < 0.80 {
		t.Errorf("EWT dev UAS %.2f%%, LAS %.2f%%: below the floor", 100*uas, 100*las)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("The minister visited Cairo on Monday .")
	f.Add("SYRIAN ARMY SHELLS TOWN")
	f.Add("1,200 3.5 % 14")
	f.Add("")
	tg, p := defaults(f)
	f.Fuzz(func(t *testing.T, in string) {
		forms := strings.Split(in, " ")
		if len(forms) > 300 {
			forms = forms[:300]
		}
		_, xpos := tg.Tag(forms)
		heads, rels := p.Parse(forms, xpos)
		checkTree(t, heads, rels)
	})
}

func BenchmarkParse(b *testing.B) {
	tg, p := defaults(b)
	forms := strings.Fields("The United Nations Security Council on Tuesday condemned the attack on a convoy near the Syrian border , which killed 12 aid workers , and called for an inquiry .")
	_, xpos := tg.Tag(forms)
	heads, rels := make([]int, len(forms)), make([]string, len(forms))
	cpu0 := cputime.Used().Seconds()
	b.ResetTimer()
	for b.Loop() {
		p.ParseInto(forms, xpos, heads, rels)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(b.N)/(cputime.Used().Seconds()-cpu0), "sentences/cpu-s")
}

// BenchmarkLoad measures a cold load of the embedded parser model.
func BenchmarkLoad(b *testing.B) {
	cpu0 := cputime.Used().Seconds()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(1000*(cputime.Used().Seconds()-cpu0)/float64(b.N), "cpu-ms/op")
}

func TestPunctuationBetween(t *testing.T) {
	var x sentence
	forms := strings.Fields(`Rebels , who fled , said : " we will return "`)
	tags := strings.Fields(`NNS , WP VBD , VBD : ` + "``" + ` PRP MD VB ''`)
	prepare(&x, forms, tags, nil)
	tests := []struct {
		i, j int
		want uint64
	}{
		{1, 2, 0},  // adjacent
		{1, 3, 1},  // the comma after "Rebels"
		{1, 6, 2},  // both commas
		{0, 10, 3}, // four marks from the root to "will", capped at 3
		{3, 4, 0},
		{-1, 4, 0}, // no stack top
		{4, -1, 0}, // no buffer front
	}
	for _, tc := range tests {
		if got := x.between(tc.i, tc.j); got != tc.want {
			t.Errorf("between(%d, %d) = %d, want %d", tc.i, tc.j, got, tc.want)
		}
	}
}
