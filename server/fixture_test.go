package server

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
)

// builder makes a coded document from text of our own writing, finding
// each annotated span by its words so the offsets always match the text.
type builder struct {
	t testing.TB
	d *doc.Document
}

func newDoc(t testing.TB, id, date, title, source, text string) *builder {
	d := doc.New(id, text)
	d.Title, d.Source, d.URL = title, source, "https://news.example/"+id
	d.Date, _ = doc.ParseDay(date)
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || (text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ')) {
			end := min(i+1, len(text))
			if s := strings.TrimSpace(text[start:end]); s != "" {
				off := start + strings.Index(text[start:end], s)
				d.Sentences = append(d.Sentences, doc.Sentence{Start: off, End: off + len(s), Text: s, Tokens: []doc.Token{}})
			}
			start = end
		}
	}
	d.Tone = doc.Tone{Score: -2.1, Positive: 1.4, Negative: 3.5}
	return &builder{t, d}
}

func (b *builder) span(s string) (int, int) {
	b.t.Helper()
	i := strings.Index(b.d.Text, s)
	if i < 0 {
		b.t.Fatalf("%q not in %s", s, b.d.ID)
	}
	return i, i + len(s)
}

func (b *builder) sentence(start int) int {
	for i, s := range b.d.Sentences {
		if start >= s.Start && start < s.End {
			return i
		}
	}
	return 0
}

func (b *builder) entity(s, typ, code, name string) *builder {
	st, en := b.span(s)
	b.d.Entities = append(b.d.Entities, doc.Entity{Start: st, End: en, Text: s, Type: typ, Code: code, Name: name, Sentence: b.sentence(st), By: "dict", Ref: -1})
	return b
}

func (b *builder) ref(s string) doc.ActorRef {
	st, en := b.span(s)
	for i, e := range b.d.Entities {
		if e.Start == st && e.End == en {
			return doc.ActorRef{Code: e.Code, Text: s, Start: st, End: en, Entity: i}
		}
	}
	b.t.Fatalf("no entity %q", s)
	return doc.ActorRef{}
}

func (b *builder) event(trigger, src, tgt, code string, quad int, gold float64, date string, place *doc.EventPlace) *builder {
	st, en := b.span(trigger)
	ev := doc.Event{
		Sentence: b.sentence(st), Start: st, End: en, Trigger: trigger,
		Source: b.ref(src), Code: code, Root: code[:2], QuadClass: quad, Goldstein: gold,
		Modality: doc.Asserted, Date: date, DatePrecision: "day", Place: place,
		Rule: "test:" + code, Confidence: 0.9,
	}
	if tgt != "" {
		r := b.ref(tgt)
		ev.Target = &r
	}
	b.d.Events = append(b.d.Events, ev)
	return b
}

func (b *builder) quote(s, speaker, name, code string) *builder {
	st, en := b.span(s)
	ss, se := b.span(speaker)
	b.d.Quotes = append(b.d.Quotes, doc.Quote{Start: st, End: en, Text: s, Kind: "direct", Sentence: b.sentence(st),
		Speaker: &doc.Speaker{Text: speaker, Name: name, Code: code, Start: ss, End: se}})
	return b
}

func (b *builder) date(s, value string) *builder {
	st, en := b.span(s)
	b.d.Dates = append(b.d.Dates, doc.Date{Start: st, End: en, Text: s, Value: value, Precision: "day", Sentence: b.sentence(st)})
	return b
}

func (b *builder) place(s string, p *doc.EventPlace) *builder {
	st, en := b.span(s)
	b.d.Places = append(b.d.Places, doc.Place{Start: st, End: en, Text: s, Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID, Feature: "PPLA", Sentence: b.sentence(st)})
	return b
}

func (b *builder) amount(s string, v float64, unit, cur string) *builder {
	st, en := b.span(s)
	b.d.Amounts = append(b.d.Amounts, doc.Amount{Start: st, End: en, Text: s, Value: v, Unit: unit, Currency: cur, Sentence: b.sentence(st)})
	return b
}

var (
	kharkiv    = &doc.EventPlace{Name: "Kharkiv", Country: "UA", Lat: 49.9808, Lon: 36.2527, GeonameID: 706483}
	washington = &doc.EventPlace{Name: "Washington", Country: "US", Lat: 38.8951, Lon: -77.0364, GeonameID: 4140963}
)

// fixtureDocs are three short articles of our own writing with four events.
func fixtureDocs(t testing.TB) []*doc.Document {
	d1 := newDoc(t, "kharkiv-shelling", "2024-03-04", "Artillery strikes on Kharkiv", "Example Wire",
		"Russian forces shelled Kharkiv on Monday. \"We will rebuild every house,\" the mayor said.").
		entity("Russian forces", "ORG", "RUSMIL", "Russian armed forces").
		entity("Kharkiv", "GPE", "UKR", "Kharkiv").
		entity("the mayor", "PER", "UKRGOV", "Mayor of Kharkiv").
		event("shelled", "Russian forces", "Kharkiv", "194", 4, -10, "2024-03-04", kharkiv).
		date("Monday", "2024-03-04").
		place("Kharkiv", kharkiv).
		quote("\"We will rebuild every house,\"", "the mayor", "Mayor of Kharkiv", "UKRGOV")
	d2 := newDoc(t, "washington-visit", "2024-03-12", "Leaders meet in Washington", "Example Wire",
		"President Biden hosted President Xi in Washington. Biden promised Ukraine $2 billion in aid.").
		entity("President Biden", "PER", "USAGOV", "Joe Biden").
		entity("President Xi", "PER", "CHNGOV", "Xi Jinping").
		entity("Biden", "PER", "USAGOV", "Joe Biden").
		entity("Ukraine", "GPE", "UKR", "Ukraine").
		event("hosted", "President Biden", "President Xi", "043", 1, 2.8, "2024-03-12", washington).
		event("promised", "Biden", "Ukraine", "0331", 1, 5.2, "2024-03-12", nil).
		place("Washington", washington).
		amount("$2 billion", 2e9, "money", "USD")
	d3 := newDoc(t, "beijing-criticism", "2024-03-20", "Beijing rebukes Washington", "Other Desk",
		"China criticized the United States over new sanctions.").
		entity("China", "GPE", "CHN", "China").
		entity("the United States", "GPE", "USA", "United States").
		event("criticized", "China", "the United States", "111", 3, -2, "2024-03-20", nil)
	// The second entity "Biden" must not be found inside "President Biden".
	e := &d2.d.Entities[2]
	e.Start = strings.LastIndex(d2.d.Text, "Biden")
	e.End = e.Start + len("Biden")
	ev := &d2.d.Events[1]
	ev.Source.Start, ev.Source.End = e.Start, e.End
	return []*doc.Document{d1.d, d2.d, d3.d}
}

// fixtureStore returns a read-only SQLite store holding the fixture.
func fixtureStore(t testing.TB) store.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fixture.db")
	w, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var items []store.Item
	for _, d := range fixtureDocs(t) {
		items = append(items, store.Item{Doc: d, Origin: "fixture"})
	}
	res, err := w.PutBatch(context.Background(), items)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Status != "stored" {
			t.Fatalf("put %s: %s", r.ID, r.Status)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(fmt.Errorf("reopen read-only: %w", err))
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func urlEscape(s string) string { return url.QueryEscape(s) }

func sortStrings(s []string) []string {
	slices.Sort(s)
	return s
}
