package amount

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func parsed(words, upos []string, heads []int, rels []string) *doc.Document {
	text := strings.Join(words, " ")
	d := doc.New("t", text)
	s := doc.Sentence{Start: 0, End: len(text), Text: text}
	at := 0
	for i, w := range words {
		s.Tokens = append(s.Tokens, doc.Token{Start: at, End: at + len(w), Text: w, UPOS: upos[i], Head: heads[i], Rel: rels[i]})
		at += len(w) + 1
	}
	d.Sentences = []doc.Sentence{s}
	return d
}

func TestAttachEvents(t *testing.T) {
	words := strings.Fields("Officials said rebels attacked the town , killing 12 people , including three police officers .")
	upos := strings.Fields("NOUN VERB NOUN VERB DET NOUN PUNCT VERB NUM NOUN PUNCT VERB NUM NOUN NOUN PUNCT")
	heads := []int{2, 0, 4, 2, 6, 4, 8, 4, 10, 8, 15, 15, 15, 15, 10, 2}
	rels := strings.Fields("nsubj root nsubj ccomp det obj punct advcl nummod obj punct case nummod compound nmod punct")
	tests := []struct {
		name    string
		heads   []int
		trigger int
		want    []int
	}{
		{"attack gets the casualties of its participle clause", heads, 3, []int{0, 1}},
		{"the statement does not", heads, 1, nil},
		{"without a tree the whole sentence is one clause", make([]int, len(words)), 1, []int{0, 1}},
	}
	for _, tt := range tests {
		d := parsed(words, upos, tt.heads, rels)
		tok := d.Sentences[0].Tokens[tt.trigger]
		d.Events = []doc.Event{{Sentence: 0, Start: tok.Start, End: tok.End, TriggerToken: tt.trigger}}
		Process(d)
		if len(d.Amounts) != 2 || d.Amounts[0].Unit != "people" || d.Amounts[1].Unit != "police officers" ||
			d.Amounts[1].Of == nil || *d.Amounts[1].Of != 0 || d.Amounts[1].Role != "killed" {
			t.Fatalf("%s: amounts = %+v", tt.name, d.Amounts)
		}
		AttachEvents(d)
		if got := d.Events[0].Amounts; !slices.Equal(got, tt.want) {
			t.Errorf("%s: amounts %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestProcessSkipsDates(t *testing.T) {
	text := "On March 3 2019 about 40 people marched."
	d := doc.New("t", text)
	d.Sentences = []doc.Sentence{{Start: 0, End: len(text)}}
	d.Dates = []doc.Date{{Start: 3, End: 15, Text: "March 3 2019", Sentence: 0}}
	Process(d)
	if len(d.Amounts) != 1 || d.Amounts[0].Text != "about 40" || d.Amounts[0].Unit != "people" {
		t.Errorf("amounts = %+v", d.Amounts)
	}
}

func TestProcessBadInput(t *testing.T) {
	for _, text := range []string{"", "\x00\xff\xfe 12 \xff", strings.Repeat("12 people, ", 5000)} {
		d := doc.New("bad", text)
		d.Sentences = []doc.Sentence{{Start: 0, End: len(text)}, {Start: 5, End: 2}, {Start: -1, End: 3}}
		d.Events = []doc.Event{{Sentence: 9, TriggerToken: 99}, {Sentence: 0, TriggerToken: -5, Start: 0, End: 1}}
		Process(d)
		AttachEvents(d)
		for _, a := range d.Amounts {
			if text[a.Start:a.End] != a.Text {
				t.Fatalf("bad span %+v", a)
			}
		}
	}
}
