package tone

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func lex(t testing.TB) *Lexicon {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestPolarity(t *testing.T) {
	l := lex(t)
	tests := []struct {
		word string
		want int
	}{
		{"attack", -1}, {"attacks", -1}, {"attacked", -1}, {"attacking", -1},
		{"killers", -1}, {"bombing", -1}, {"casualties", -1}, {"worried", -1},
		{"peace", 1}, {"peaceful", 1}, {"agreed", 1}, {"celebrating", 1},
		{"improvement", 1}, {"welcomed", 1}, {"pre-war", -1},
		{"minister", 0}, {"said", 0}, {"the", 0}, {"", 0},
	}
	for _, tt := range tests {
		if got := l.Polarity(tt.word); got != tt.want {
			t.Errorf("Polarity(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
	if l.Len() < 1000 {
		t.Errorf("lexicon has only %d words", l.Len())
	}
}

func TestCount(t *testing.T) {
	l := lex(t)
	tests := []struct {
		sentence string
		want     Counts
	}{
		{"Rebels attacked the village and killed six farmers.", Counts{8, 0, 2}},
		{"The two leaders welcomed the peace agreement.", Counts{7, 3, 0}},
		{"The government did not welcome the proposal.", Counts{7, 0, 1}},
		{"There were no injuries in the blast.", Counts{7, 0, 1}},
		{"The talks were never successful.", Counts{5, 0, 1}},
		{"Not only peace but prosperity followed.", Counts{6, 2, 0}},
		{"The Justice Ministry spoke to the Free Syrian Army.", Counts{9, 0, 0}},
		{"Justice was done.", Counts{3, 1, 0}},
		{"", Counts{}},
	}
	for _, tt := range tests {
		if got := l.Count(tt.sentence); got != tt.want {
			t.Errorf("Count(%q) = %+v, want %+v", tt.sentence, got, tt.want)
		}
	}
}

func TestDocument(t *testing.T) {
	l := lex(t)
	text := "Troops killed ten protesters. Leaders agreed a peaceful settlement."
	d := doc.New("t", text)
	d.Sentences = []doc.Sentence{{Start: 0, End: 29}, {Start: 30, End: len(text)}}
	got := l.Document(d)
	// 4 + 5 words; 2 negative ("killed", "protesters"), 3 positive.
	want := doc.Tone{Score: 11.111, Positive: 33.333, Negative: 22.222, Polarity: 55.555, Words: 9}
	if got.Score != want.Score || got.Positive != want.Positive || got.Negative != want.Negative || got.Polarity != want.Polarity || got.Words != want.Words {
		t.Errorf("Document = %+v, want %+v", got, want)
	}
	if len(got.Sentences) != 2 || got.Sentences[0].Score != -50 || got.Sentences[1].Score != 60 {
		t.Errorf("sentence tones = %+v", got.Sentences)
	}
}

func TestLoad(t *testing.T) {
	l, err := Load(strings.NewReader("# c\ngood\n"), strings.NewReader("bad worse\n"))
	if err != nil || l.Polarity("good") != 1 || l.Polarity("worse") != -1 {
		t.Fatalf("Load: %v %+v", err, l)
	}
	if _, err := Load(strings.NewReader(""), strings.NewReader("# only\n")); err == nil {
		t.Error("empty lexicon accepted")
	}
}

func BenchmarkCount(b *testing.B) {
	l := lex(b)
	s := "The ministry said on Tuesday that rebels had shelled the town last week, killing 12 people, and that peace talks would not resume."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		l.Count(s)
	}
}

func TestDocumentBadInput(t *testing.T) {
	l := lex(t)
	for _, text := range []string{"", "\x00\xff\xfe", "12 34 !!"} {
		d := doc.New("bad", text)
		d.Sentences = []doc.Sentence{{Start: 0, End: len(text)}, {Start: 5, End: 2}}
		got := l.Document(d)
		if got.Score != 0 || got.Words != 0 {
			t.Errorf("%q: tone %+v", text, got)
		}
	}
}
