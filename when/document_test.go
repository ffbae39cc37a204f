package when

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// parsed builds a one-sentence document from words with their universal
// tags, 1-based heads and relations, as the tagger and parser would.
func parsed(t *testing.T, words []string, upos []string, heads []int, rels []string) *doc.Document {
	t.Helper()
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

var (
	reportWords = strings.Fields("The ministry said on Tuesday that rebels attacked the town last week , killing 12 people .")
	reportUPOS  = strings.Fields("DET NOUN VERB ADP PROPN SCONJ NOUN VERB DET NOUN ADJ NOUN PUNCT VERB NUM NOUN PUNCT")
	reportHeads = []int{2, 3, 0, 5, 3, 8, 8, 3, 10, 8, 12, 8, 14, 8, 16, 14, 3}
	reportRels  = strings.Fields("det nsubj root case obl mark nsubj ccomp det obj amod obl:tmod punct advcl nummod obj punct")
)

func TestAttachEvents(t *testing.T) {
	pub := doc.DayOf(2019, 3, 6)
	tests := []struct {
		name      string
		heads     []int
		trigger   int
		date      string
		precision string
	}{
		{"attack takes its own clause's date", reportHeads, 7, "2019-02-25", Week},
		{"statement takes the date of the saying", reportHeads, 2, "2019-03-05", Day},
		{"participle clause climbs to its governor", reportHeads, 13, "2019-02-25", Week},
		{"without a tree, the nearest date in the sentence", make([]int, len(reportWords)), 7, "2019-02-25", Week},
	}
	for _, tt := range tests {
		d := parsed(t, reportWords, reportUPOS, tt.heads, reportRels)
		d.Date = pub
		tok := d.Sentences[0].Tokens[tt.trigger]
		d.Events = []doc.Event{{Sentence: 0, Start: tok.Start, End: tok.End, Trigger: tok.Text, TriggerToken: tt.trigger}}
		Process(d, doc.Day{})
		AttachEvents(d, doc.Day{})
		if got := d.Events[0]; got.Date != tt.date || got.DatePrecision != tt.precision {
			t.Errorf("%s: date %s/%s, want %s/%s", tt.name, got.Date, got.DatePrecision, tt.date, tt.precision)
		}
	}
}

func TestProcessFallbacks(t *testing.T) {
	text := "Officials met on Monday. Talks went on."
	d := doc.New("t", text)
	d.Sentences = []doc.Sentence{{Start: 0, End: 24}, {Start: 25, End: len(text)}}
	d.Events = []doc.Event{{Sentence: 1, Start: 25, End: 30, TriggerToken: -1}}
	def := doc.DayOf(2019, 3, 6)
	Process(d, def)
	AttachEvents(d, def)
	if len(d.Dates) != 1 || d.Dates[0].Value != "2019-03-04" || d.Dates[0].Text != "Monday" {
		t.Fatalf("dates = %+v", d.Dates)
	}
	if e := d.Events[0]; e.Date != "2019-03-06" || e.DatePrecision != Day {
		t.Errorf("event in a sentence without dates: %s/%s, want the publication date", e.Date, e.DatePrecision)
	}

	d = doc.New("t", text)
	d.Sentences = []doc.Sentence{{Start: 0, End: 24}, {Start: 25, End: len(text)}}
	d.Events = []doc.Event{{Sentence: 0, Start: 10, End: 13, TriggerToken: -1}}
	Process(d, doc.Day{})
	AttachEvents(d, doc.Day{})
	if len(d.Dates) != 1 || d.Dates[0].Value != "" || d.Dates[0].Precision != Day {
		t.Fatalf("without any date: %+v", d.Dates)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "no publication date") {
		t.Errorf("warnings = %q", d.Warnings)
	}
	if e := d.Events[0]; e.Date != "" || e.DatePrecision != "" {
		t.Errorf("event without any date: %s/%s", e.Date, e.DatePrecision)
	}
}

func TestProcessBadInput(t *testing.T) {
	for _, text := range []string{"", "\x00\xff\xfe", strings.Repeat("Monday ", 10000)} {
		d := doc.New("bad", text)
		d.Sentences = []doc.Sentence{{Start: 0, End: len(text)}, {Start: 5, End: 2}, {Start: -1, End: 3}, {Start: 0, End: len(text) + 10}}
		d.Events = []doc.Event{{Sentence: 7, TriggerToken: 99}, {Sentence: 0, TriggerToken: -5}}
		Process(d, doc.DayOf(2019, 3, 6))
		AttachEvents(d, doc.DayOf(2019, 3, 6))
		for _, dt := range d.Dates {
			if text[dt.Start:dt.End] != dt.Text {
				t.Fatalf("bad span %+v", dt)
			}
		}
		for _, e := range d.Events {
			if e.Date == "" {
				t.Errorf("event %+v left without the publication date", e)
			}
		}
	}
}

func TestAttachSkipsOtherClauses(t *testing.T) {
	words := strings.Fields("Erdogan attacked the proclamation which was made on Monday .")
	upos := strings.Fields("PROPN VERB DET NOUN PRON AUX VERB ADP PROPN PUNCT")
	heads := []int{2, 0, 4, 2, 7, 7, 4, 9, 7, 2}
	rels := strings.Fields("nsubj root det obj nsubj:pass aux:pass acl:relcl case obl punct")
	for _, tt := range []struct {
		trigger int
		want    string
	}{{1, "2019-03-06"}, {6, "2019-03-04"}} {
		d := parsed(t, words, upos, heads, rels)
		d.Date = doc.DayOf(2019, 3, 6)
		tok := d.Sentences[0].Tokens[tt.trigger]
		d.Events = []doc.Event{{Sentence: 0, Start: tok.Start, End: tok.End, TriggerToken: tt.trigger}}
		Process(d, doc.Day{})
		AttachEvents(d, doc.Day{})
		if got := d.Events[0].Date; got != tt.want {
			t.Errorf("%s: date %s, want %s", tok.Text, got, tt.want)
		}
	}
}

func TestProcessAnchors(t *testing.T) {
	text := "Rebels attacked the town on March 1. Two days later, troops arrived. The next day they left."
	d := doc.New("t", text)
	for _, part := range []string{"Rebels attacked the town on March 1.", "Two days later, troops arrived.", "The next day they left."} {
		at := strings.Index(text, part)
		d.Sentences = append(d.Sentences, doc.Sentence{Start: at, End: at + len(part)})
	}
	d.Date = doc.DayOf(2019, 3, 6)
	Process(d, doc.Day{})
	want := map[string]string{"March 1": "2019-03-01", "Two days later": "2019-03-03", "The next day": "2019-03-04"}
	if len(d.Dates) != len(want) {
		t.Fatalf("dates = %+v", d.Dates)
	}
	for _, dt := range d.Dates {
		if want[dt.Text] != dt.Value {
			t.Errorf("%q = %s, want %s", dt.Text, dt.Value, want[dt.Text])
		}
	}
}
