package engine

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shared"
)

// contextArticle is our own short article exercising every context
// extractor through the whole pipeline.
const contextArticle = `Rebels attacked an army base near Mosul on Tuesday, killing 12 soldiers, including three officers, the Iraqi defence ministry said.

"We will not let them escape," the ministry said in a statement. "The attackers will be found within 48 hours."

The government pledged $2.5 million in aid for the families last week.`

func TestContextStages(t *testing.T) {
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("ctx", contextArticle)
	d.Date = doc.DayOf(2019, 3, 7) // a Thursday
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	dates := map[string]string{}
	for _, dt := range d.Dates {
		dates[dt.Text] = dt.Value + "/" + dt.Precision
	}
	for text, want := range map[string]string{"Tuesday": "2019-03-05/day", "last week": "2019-02-25/week"} {
		if dates[text] != want {
			t.Errorf("date %q = %q, want %q (all: %v)", text, dates[text], want, dates)
		}
	}
	if _, ok := dates["within 48 hours"]; ok {
		t.Errorf("a duration was taken for a date: %v", dates)
	}
	amounts := map[string]doc.Amount{}
	for _, a := range d.Amounts {
		amounts[a.Text] = a
	}
	if a := amounts["12"]; a.Value != 12 || a.Role != "killed" || a.Unit != "soldiers" {
		t.Errorf("12 soldiers killed: %+v", a)
	}
	if a := amounts["three"]; a.Of == nil || d.Amounts[*a.Of].Text != "12" {
		t.Errorf("three officers should be part of the 12: %+v", a)
	}
	if a := amounts["$2.5 million"]; a.Value != 2.5e6 || a.Currency != "USD" || a.Kind != "money" {
		t.Errorf("money: %+v", a)
	}
	var direct int
	for _, q := range d.Quotes {
		if q.Kind != "direct" {
			continue
		}
		direct++
		if q.Speaker == nil || q.Speaker.Text != "the ministry" || !strings.HasSuffix(q.Speaker.Code, "GOV") {
			t.Errorf("quote %q: speaker %+v, want the ministry, a government actor", q.Text, q.Speaker)
		}
	}
	if direct != 2 {
		t.Errorf("got %d direct quotes, want 2: %+v", direct, d.Quotes)
	}
	// A quotation over two paragraphs, with the layout of the text stage.
	mp := doc.New("paragraphs", "Angela Merkel spoke for an hour.\n\n\"Europe must act together. We cannot wait.\n\n\"The refugees need our help now,\" Merkel said.\n")
	if err := p.Process(mp); err != nil {
		t.Fatal(err)
	}
	if len(mp.Quotes) != 1 || !strings.HasPrefix(mp.Quotes[0].Text, "Europe must") || !strings.HasSuffix(mp.Quotes[0].Text, "help now,") ||
		mp.Quotes[0].Speaker == nil || mp.Quotes[0].Speaker.Text != "Merkel" {
		t.Errorf("multi-paragraph quote: %+v", mp.Quotes)
	}
	if d.Tone.Words == 0 || d.Tone.Score >= 0 || len(d.Tone.Sentences) != len(d.Sentences) {
		t.Errorf("tone = %+v", d.Tone)
	}
	for _, e := range d.Events {
		if e.Sentence == 0 && e.Date != "2019-03-05" {
			t.Errorf("event %q in the first sentence dated %s, want the Tuesday", e.Trigger, e.Date)
		}
		if e.Sentence == len(d.Sentences)-1 && e.Date != "2019-02-25" {
			t.Errorf("event %q in the last sentence dated %s, want last week", e.Trigger, e.Date)
		}
	}
}

// BenchmarkContextShare runs the whole pipeline over the Wikinews articles
// and reports the share of the time spent in the context stages (when,
// amount, quote, tone and the attach stages).
func BenchmarkContextShare(b *testing.B) {
	path := shared.Require(b, "data/corpus/wikinews.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var docs []*doc.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec struct {
			ID, Text string
			Date     doc.Day
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		d := doc.New(rec.ID, rec.Text)
		d.Date = rec.Date
		docs = append(docs, d)
	}
	p, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, src := range docs {
			d := doc.New(src.ID, src.Text)
			d.Date = src.Date
			if err := p.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	var total, ctx time.Duration
	var report strings.Builder
	for _, st := range p.Times() {
		fmt.Fprintf(&report, " %s=%v", st.Stage, st.Time.Round(time.Millisecond))
		total += st.Time
		switch st.Stage {
		case "when", "amount", "quote", "tone", "when-attach", "amount-attach":
			ctx += st.Time
		}
	}
	b.Log(report.String())
	b.ReportMetric(100*float64(ctx)/float64(total), "context-%")
}
