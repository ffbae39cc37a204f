package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// fixture event: who did what to whom, when and where.
type fev struct {
	src, tgt, code string
	quad           int
	gold           float64
	date           string
	place          *doc.EventPlace
	modality       string
}

var (
	damascus = &doc.EventPlace{Name: "Damascus", Country: "SY", Lat: 33.5102, Lon: 36.2913, GeonameID: 170654}
	// Douma lies about 10 km from Damascus, under another GeonameID.
	douma  = &doc.EventPlace{Name: "Douma", Country: "SY", Lat: 33.5711, Lon: 36.4025, GeonameID: 170592}
	aleppo = &doc.EventPlace{Name: "Aleppo", Country: "SY", Lat: 36.2021, Lon: 37.1343, GeonameID: 170063}
	moscow = &doc.EventPlace{Name: "Moscow", Country: "RU", Lat: 55.7522, Lon: 37.6156, GeonameID: 524901}
)

// mkdoc builds a coded document whose text has one sentence per event, of
// our own writing, with spans that match the text.
func mkdoc(id, date, source string, evs ...fev) *doc.Document {
	var b strings.Builder
	d := doc.New(id, "")
	d.Source = source
	d.URL = "https://news.example/" + id
	d.Title = "Report " + id
	if date != "" {
		d.Date, _ = doc.ParseDay(date)
	}
	for i, e := range evs {
		start := b.Len()
		fmt.Fprintf(&b, "Officials of %s met %s in talks, the agency said in report %s. ", e.src, e.tgt, id)
		s := doc.Sentence{Start: start, End: b.Len() - 1, Tokens: []doc.Token{}}
		srcStart := start + len("Officials of ")
		srcEnd := srcStart + len(e.src)
		trigStart := srcEnd + 1
		trigEnd := trigStart + 3
		tgtStart := trigEnd + 1
		tgtEnd := tgtStart + len(e.tgt)
		d.Sentences = append(d.Sentences, s)
		d.Entities = append(d.Entities,
			doc.Entity{Start: srcStart, End: srcEnd, Type: "GPE", Code: e.src, Name: "Name of " + e.src, Sentence: i, Ref: -1},
			doc.Entity{Start: tgtStart, End: tgtEnd, Type: "GPE", Code: e.tgt, Name: "Name of " + e.tgt, Sentence: i, Ref: -1})
		mod := e.modality
		if mod == "" {
			mod = doc.Asserted
		}
		ev := doc.Event{
			Sentence: i, Start: trigStart, End: trigEnd,
			Source: doc.ActorRef{Code: e.src, Start: srcStart, End: srcEnd, Entity: 2 * i},
			Target: &doc.ActorRef{Code: e.tgt, Start: tgtStart, End: tgtEnd, Entity: 2*i + 1},
			Code:   e.code, Root: e.code[:2], QuadClass: e.quad, Goldstein: e.gold,
			Plover:   doc.Plover{Type: "CONSULT"},
			Modality: mod, Date: e.date, DatePrecision: "day", Place: e.place,
			Rule: "test", Confidence: 0.8,
		}
		d.Events = append(d.Events, ev)
		if e.place != nil {
			d.Places = append(d.Places, doc.Place{Start: tgtStart, End: tgtEnd, Name: e.place.Name, Country: e.place.Country,
				Lat: e.place.Lat, Lon: e.place.Lon, GeonameID: e.place.GeonameID, Feature: "PPLC", Sentence: i})
		}
	}
	d.Text = b.String()
	for i := range d.Sentences {
		s := &d.Sentences[i]
		s.Text = d.Text[s.Start:s.End]
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		e.Text = d.Text[e.Start:e.End]
	}
	for i := range d.Events {
		e := &d.Events[i]
		e.Trigger = d.Text[e.Start:e.End]
		e.Source.Text = d.Text[e.Source.Start:e.Source.End]
		e.Target.Text = d.Text[e.Target.Start:e.Target.End]
	}
	for i := range d.Places {
		p := &d.Places[i]
		p.Text = d.Text[p.Start:p.End]
	}
	sp := &doc.Speaker{Text: "the agency", Name: "Agency", Start: strings.Index(d.Text, "the agency"), End: strings.Index(d.Text, "the agency") + len("the agency")}
	if sp.Start >= 0 {
		d.Quotes = append(d.Quotes, doc.Quote{Start: 0, End: d.Sentences[0].End, Text: d.Text[:d.Sentences[0].End], Speaker: sp, Kind: "indirect"})
	}
	d.Tone = doc.Tone{Score: -1.5, Positive: 2, Negative: 3.5}
	return d
}

func openTemp(t *testing.T, opts Options) *SQLite {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "test.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func put(t *testing.T, s Store, docs ...*doc.Document) []PutResult {
	t.Helper()
	items := make([]Item, len(docs))
	for i, d := range docs {
		items[i] = Item{Doc: d, Origin: "test"}
	}
	res, err := s.PutBatch(context.Background(), items)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestDocumentRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	in := mkdoc("a1", "2024-03-05", "wire:one",
		fev{src: "USAGOV", tgt: "RUSGOV", code: "042", quad: 1, gold: 1.9, date: "2024-03-04", place: moscow},
		fev{src: "RUSMIL", tgt: "UKR", code: "190", quad: 4, gold: -10, date: "2024-03-05", place: nil, modality: doc.Reported})
	in.Amounts = append(in.Amounts, doc.Amount{Start: 0, End: 9, Text: in.Text[:9], Value: 3, Unit: "count", Sentence: 0})
	in.Dates = append(in.Dates, doc.Date{Start: 0, End: 9, Text: in.Text[:9], Value: "2024-03-04", Precision: "day"})
	in.Warnings = []string{"repaired invalid UTF-8"}
	if res := put(t, s, in); res[0].Status != "stored" || res[0].Events != 2 {
		t.Fatalf("put: %+v", res[0])
	}
	out, err := s.Document(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if out.Text != in.Text || out.Title != in.Title || out.URL != in.URL || out.Date != in.Date || out.Tone.Score != in.Tone.Score {
		t.Errorf("metadata differs: %+v", out)
	}
	if len(out.Sentences) != 2 || out.Sentences[1].Text != in.Sentences[1].Text {
		t.Errorf("sentences: %+v", out.Sentences)
	}
	if len(out.Entities) != 4 || out.Entities[2] != in.Entities[2] {
		t.Errorf("entities: got %+v want %+v", out.Entities, in.Entities)
	}
	if len(out.Events) != 2 {
		t.Fatalf("events: %d", len(out.Events))
	}
	for i := range in.Events {
		a, b := in.Events[i], out.Events[i]
		if a.Trigger != b.Trigger || a.Source != b.Source || *a.Target != *b.Target || b.Source.Entity != 2*i || a.Code != b.Code || a.Goldstein != b.Goldstein ||
			a.Modality != b.Modality || a.Date != b.Date || (a.Place == nil) != (b.Place == nil) {
			t.Errorf("event %d: got %+v want %+v", i, b, a)
		}
	}
	if *out.Events[0].Place != *moscow {
		t.Errorf("place: %+v", out.Events[0].Place)
	}
	if len(out.Quotes) != 1 || out.Quotes[0].Speaker.Text != "the agency" || out.Quotes[0].Text != in.Quotes[0].Text {
		t.Errorf("quotes: %+v", out.Quotes)
	}
	if len(out.Places) != 1 || out.Places[0].Text != "RUSGOV" || out.Places[0].GeonameID != 524901 {
		t.Errorf("places: %+v", out.Places)
	}
	if len(out.Amounts) != 1 || out.Amounts[0].Value != 3 || len(out.Dates) != 1 || out.Dates[0].Value != "2024-03-04" {
		t.Errorf("amounts/dates: %+v %+v", out.Amounts, out.Dates)
	}
	if len(out.Warnings) != 1 {
		t.Errorf("warnings: %v", out.Warnings)
	}
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing document: %v", err)
	}
}

func TestIdempotentAndReplace(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	d := mkdoc("x", "2024-01-01", "s", fev{src: "FRA", tgt: "DEU", code: "036", quad: 1, gold: 4})
	put(t, s, d)
	// The same text under another id is skipped by hash.
	d2 := *d
	d2.ID = "y"
	if r := put(t, s, &d2); r[0].Status != "skipped" {
		t.Errorf("same text: %+v", r[0])
	}
	if ok, _ := s.HasHash(ctx, Hash(d.Text)); !ok {
		t.Error("HasHash false for stored text")
	}
	// New text under the same id replaces the document and its rows.
	d3 := mkdoc("x", "2024-01-02", "s", fev{src: "ITA", tgt: "ESP", code: "036", quad: 1, gold: 4}, fev{src: "ITA", tgt: "FRA", code: "111", quad: 3, gold: -2})
	if r := put(t, s, d3); r[0].Status != "replaced" {
		t.Errorf("replace: %+v", r[0])
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || st.Events != 2 || st.Clusters != 2 || st.Entities != 4 || st.SchemaVersion != len(migrations) {
		t.Errorf("stats after replace: %+v", st)
	}
	// The daily dyad counts follow the replacement.
	if pts, err := s.Series(ctx, SeriesQuery{A: "FRA", B: "DEU"}); err != nil || len(pts) != 0 {
		t.Errorf("FRA-DEU series after replace: %+v %v", pts, err)
	}
	if pts, err := s.Series(ctx, SeriesQuery{A: "ITA", By: ByMonth}); err != nil || len(pts) != 1 || pts[0].Count != 2 || pts[0].Quad != [4]int{1, 0, 1, 0} {
		t.Errorf("ITA series after replace: %+v %v", pts, err)
	}
	// The counts kept on writes agree with a scan of the events.
	kept, err := s.TopActors(ctx, ActorQuery{})
	if err != nil {
		t.Fatal(err)
	}
	scanned, err := s.TopActors(ctx, ActorQuery{From: doc.DayOf(1900, 1, 1)})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(kept) != fmt.Sprint(scanned) || len(kept) != 3 || kept[0].Code != "ITA" || kept[0].AsSource != 2 {
		t.Errorf("actor counts after replace: kept %+v, scanned %+v", kept, scanned)
	}
	if hits, err := s.Search(ctx, SearchQuery{Query: "FRA"}); err != nil || len(hits) != 1 || hits[0].ID != "x" {
		t.Errorf("search after replace: %+v %v", hits, err)
	}
	// A failed document is recorded with its error and no rows.
	if _, err := s.Put(ctx, Item{Doc: doc.New("bad", "\x00\x01"), Err: errors.New("binary input")}); err != nil {
		t.Fatal(err)
	}
	docs, err := s.Documents(ctx, DocFilter{Status: StatusError})
	if err != nil || len(docs) != 1 || docs[0].Error != "binary input" {
		t.Errorf("failed documents: %+v %v", docs, err)
	}
	if n, err := s.DeleteFailed(ctx); err != nil || n != 1 {
		t.Errorf("delete failed: %d %v", n, err)
	}
	if ok, _ := s.HasHash(ctx, Hash("\x00\x01")); ok {
		t.Error("failed document still stored")
	}
}

// The clustering corpus: one meeting reported by three articles of
// different sources on adjacent days and nearby places, plus events that
// must stay apart.
func clusterCorpus() []*doc.Document {
	meet := func(date string, p *doc.EventPlace) fev {
		return fev{src: "USAGOV", tgt: "SYRGOV", code: "042", quad: 1, gold: 1.9, date: date, place: p}
	}
	return []*doc.Document{
		mkdoc("c1", "2024-05-10", "wire:a", meet("2024-05-10", damascus)),
		mkdoc("c2", "2024-05-11", "wire:b", meet("2024-05-10", douma), fev{src: "USAGOV", tgt: "SYRGOV", code: "043", quad: 1, gold: 2.8, date: "2024-05-11"}),
		mkdoc("c3", "2024-05-12", "paper:c", meet("2024-05-11", nil)),
		// Same dyad and code, but in Aleppo (300 km away): another event.
		mkdoc("c4", "2024-05-10", "wire:a", meet("2024-05-10", aleppo)),
		// Same dyad and place, five days later: another event.
		mkdoc("c5", "2024-05-16", "wire:b", meet("2024-05-15", damascus)),
		// Same day and place, other root (fight): another event.
		mkdoc("c6", "2024-05-10", "wire:b", fev{src: "USAGOV", tgt: "SYRGOV", code: "190", quad: 4, gold: -10, date: "2024-05-10", place: damascus}),
		// Reverse dyad: another event.
		mkdoc("c7", "2024-05-10", "wire:c", fev{src: "SYRGOV", tgt: "USAGOV", code: "042", quad: 1, gold: 1.9, date: "2024-05-10", place: damascus}),
		// Undated articles: the two mentions of c8 merge, c9 stays apart.
		mkdoc("c8", "", "wire:a", fev{src: "FRAGOV", tgt: "DEUGOV", code: "036", quad: 1, gold: 4}, fev{src: "FRAGOV", tgt: "DEUGOV", code: "036", quad: 1, gold: 4}),
		mkdoc("c9", "", "wire:b", fev{src: "FRAGOV", tgt: "DEUGOV", code: "036", quad: 1, gold: 4}),
	}
}

type clusterView struct {
	key                                string
	name                               string
	lead                               bool
	mentions                           []string
	n, arts, srcs                      int
	code, date, first, last, sourceURL string
}

func clusterViews(t *testing.T, s *SQLite) []clusterView {
	t.Helper()
	ctx := context.Background()
	cs, err := s.Clusters(ctx, ClusterFilter{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	var out []clusterView
	for _, c := range cs {
		evs, err := s.Events(ctx, EventFilter{ClusterID: c.ID, Limit: -1})
		if err != nil {
			t.Fatal(err)
		}
		v := clusterView{key: c.ID, name: c.SourceName + "/" + c.TargetName, lead: c.Lead, n: c.NumMentions, arts: c.NumArticles, srcs: c.NumSources, code: c.Code, date: c.Date,
			first: c.FirstSeen.String(), last: c.LastSeen.String(), sourceURL: c.SourceURL}
		for _, e := range evs {
			v.mentions = append(v.mentions, fmt.Sprintf("%s:%d", e.DocID, e.Index))
		}
		slices.Sort(v.mentions)
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b clusterView) int { return strings.Compare(a.key, b.key) })
	return out
}

func TestClustersMergeDuplicates(t *testing.T) {
	s := openTemp(t, Options{})
	put(t, s, clusterCorpus()...)
	views := clusterViews(t, s)
	var merged *clusterView
	for i := range views {
		if slices.Contains(views[i].mentions, "c1:0") {
			merged = &views[i]
		}
	}
	if merged == nil {
		t.Fatal("no cluster holds c1:0")
	}
	want := []string{"c1:0", "c2:0", "c2:1", "c3:0"}
	if !slices.Equal(merged.mentions, want) {
		t.Errorf("merged mentions = %v, want %v", merged.mentions, want)
	}
	if merged.n != 4 || merged.arts != 3 || merged.srcs != 3 || merged.code != "042" || merged.date != "2024-05-10" ||
		merged.first != "2024-05-10" || merged.last != "2024-05-12" || merged.sourceURL != "https://news.example/c1" ||
		merged.name != "NAME OF USAGOV/NAME OF SYRGOV" || !merged.lead {
		t.Errorf("merged cluster = %+v", *merged)
	}
	if len(views) != 7 {
		t.Errorf("got %d clusters, want 7: %+v", len(views), views)
	}
	for _, v := range views {
		if v.key != merged.key && len(v.mentions) != 1 && !slices.Equal(v.mentions, []string{"c8:0", "c8:1"}) {
			t.Errorf("cluster %+v should hold one mention", v)
		}
	}
}

func TestClustersIndependentOfOrder(t *testing.T) {
	base := clusterCorpus()
	s1 := openTemp(t, Options{})
	put(t, s1, base...)
	want := clusterViews(t, s1)
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 4 {
		docs := clusterCorpus()
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		s2 := openTemp(t, Options{})
		// One document per batch, so clusters are built incrementally.
		for _, d := range docs {
			put(t, s2, d)
		}
		got := clusterViews(t, s2)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("round %d: clusters differ with order\n got %+v\nwant %+v", round, got, want)
		}
	}
}

func TestQueries(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	put(t, s, clusterCorpus()...)
	put(t, s, mkdoc("q1", "2024-06-03", "wire:a",
		fev{src: "USAMIL", tgt: "SYRREB", code: "190", quad: 4, gold: -10, date: "2024-06-03", place: aleppo},
		fev{src: "RUSGOV", tgt: "USAGOV", code: "112", quad: 3, gold: -2, date: "2024-06-04", modality: doc.Negated}))

	tests := []struct {
		name string
		f    EventFilter
		want int
	}{
		{"all", EventFilter{}, 13},
		{"source head", EventFilter{Source: "USA"}, 8},
		{"source full", EventFilter{Source: "USAGOV"}, 7},
		{"dyad", EventFilter{Source: "USA", Target: "SYR"}, 8},
		{"root", EventFilter{Root: "19"}, 2},
		{"quad", EventFilter{QuadClass: 1}, 10},
		{"range", EventFilter{From: doc.DayOf(2024, 5, 11), To: doc.DayOf(2024, 5, 31)}, 3},
		{"place", EventFilter{Place: "sy"}, 7},
		{"place alpha-3", EventFilter{Place: "SYR"}, 7},
		{"modality", EventFilter{Modality: doc.Negated}, 1},
		{"either", EventFilter{Either: "RUS"}, 1},
		{"doc", EventFilter{DocID: "c2"}, 2},
	}
	for _, tc := range tests {
		evs, err := s.Events(ctx, tc.f)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		n, err := s.CountEvents(ctx, tc.f)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(evs) != tc.want || n != tc.want {
			t.Errorf("%s: %d rows, count %d, want %d", tc.name, len(evs), n, tc.want)
		}
	}
	page, err := s.Events(ctx, EventFilter{Sort: SortDateDesc, Limit: 2, Offset: 1})
	if err != nil || len(page) != 2 || page[0].Date != "2024-06-03" || page[0].SentenceText == "" {
		t.Errorf("paged events: %+v %v", page, err)
	}

	series, err := s.Series(ctx, SeriesQuery{A: "USA", B: "SYR", By: ByDay, From: doc.DayOf(2024, 5, 1), To: doc.DayOf(2024, 5, 31)})
	if err != nil {
		t.Fatal(err)
	}
	// 2024-05-10 .. 2024-05-15: six days, gaps filled.
	if len(series) != 6 || series[0].Period.String() != "2024-05-10" || series[0].Count != 4 || series[0].Quad != [4]int{3, 0, 0, 1} {
		t.Fatalf("series: %+v", series)
	}
	if got := series[0].GoldsteinSum; fmt.Sprintf("%.1f", got) != "-4.3" {
		t.Errorf("goldstein sum %v, want -4.3", got)
	}
	if series[2].Count != 0 || series[5].Count != 1 {
		t.Errorf("series gaps: %+v", series)
	}
	months, err := s.Series(ctx, SeriesQuery{A: "USA", B: "SYR", By: ByMonth})
	if err != nil || len(months) != 2 || months[0].Count != 7 || months[1].Count != 1 || months[1].Period.String() != "2024-06-01" {
		t.Errorf("monthly series: %+v %v", months, err)
	}
	weeks, err := s.Series(ctx, SeriesQuery{A: "USAGOV", B: "SYRGOV", By: ByWeek})
	if err != nil || len(weeks) != 2 || weeks[0].Period.String() != "2024-05-06" || weeks[0].Count != 6 || weeks[1].Count != 1 {
		t.Errorf("weekly series: %+v %v", weeks, err)
	}
	both, err := s.Series(ctx, SeriesQuery{A: "USA", B: "SYR", Both: true, By: ByMonth})
	if err != nil || both[0].Count != 8 {
		t.Errorf("both directions: %+v %v", both, err)
	}

	top, err := s.TopActors(ctx, ActorQuery{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 3 || top[0].Code != "USAGOV" || top[0].Events != 9 || top[0].AsSource != 7 || top[0].AsTarget != 2 || top[0].Name != "Name of USAGOV" {
		t.Errorf("top actors: %+v", top)
	}
	if top[1].Code != "SYRGOV" || top[1].Events != 8 {
		t.Errorf("second actor: %+v", top[1])
	}

	pts, err := s.Places(ctx, PlaceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) != 3 || pts[0].Name != "Damascus" || pts[0].Events != 4 || pts[1].Name != "Aleppo" || pts[1].Events != 2 {
		t.Errorf("places: %+v", pts)
	}

	hits, err := s.Search(ctx, SearchQuery{Query: "SYRREB"})
	if err != nil || len(hits) != 1 || hits[0].ID != "q1" || !strings.Contains(hits[0].Snippet, "[SYRREB]") {
		t.Errorf("search: %+v %v", hits, err)
	}
	if _, err := s.Search(ctx, SearchQuery{Query: `talks" AND (`}); err != nil {
		t.Errorf("search with stray syntax: %v", err)
	}
}

func TestReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ro.db")
	w, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	put(t, w, mkdoc("r", "2024-01-01", "s", fev{src: "FRA", tgt: "DEU", code: "036", quad: 1, gold: 4}))
	w.Close()
	r, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n, err := r.CountEvents(context.Background(), EventFilter{}); err != nil || n != 1 {
		t.Errorf("read-only count: %d %v", n, err)
	}
	if _, err := r.Put(context.Background(), Item{Doc: doc.New("z", "text")}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("write on read-only store: %v", err)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing.db"), Options{ReadOnly: true}); err == nil {
		t.Error("read-only open of a missing file succeeded")
	}
}

func TestMigrateFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Rebuild the database as version 1 left it.
	db := s.DB()
	for _, q := range []string{`DROP TABLE clusters`, `DROP TABLE actor_stats`, `DROP INDEX places_name`, `DROP INDEX events_src3_page`, `DROP INDEX events_tgt3_page`, `DROP INDEX events_src_page`, `DROP INDEX events_tgt_page`, `DROP INDEX events_dyad3_page`,
		`ALTER TABLE events DROP COLUMN docid`, `CREATE INDEX events_tgt ON events(tgt, day)`, `CREATE INDEX events_dyad3 ON events(src3, tgt3, day, quad, goldstein)`, `DROP INDEX dyad_days_src3`, `DROP TABLE dyad_days`, `DROP TABLE source_days`, `ALTER TABLE events DROP COLUMN src_name`, `ALTER TABLE events DROP COLUMN tgt_name`, `DELETE FROM schema_migrations WHERE version > 1`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	v1 := migrations[0]
	start := strings.Index(v1, "CREATE TABLE clusters")
	end := strings.Index(v1[start:], ");") + start + 2
	if _, err := db.Exec(v1[start:end]); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, ErrOldSchema) || !strings.Contains(err.Error(), "schema version 1") {
		t.Errorf("read-only open of an old database: %v", err)
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	put(t, s, clusterCorpus()...)
	st, err := s.Stats(context.Background())
	if err != nil || st.SchemaVersion != len(migrations) || st.Clusters != 7 {
		t.Errorf("after migration: %+v %v", st, err)
	}
}

// TestMigrateToVersion9 brings a database with events from version 8 to
// version 9: every event gets its document's id, and pages read through the
// new indexes match the full listing.
func TestMigrateToVersion9(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v8.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, clusterCorpus()...)
	for _, q := range []string{`DROP INDEX events_src3_page`, `DROP INDEX events_tgt3_page`, `DROP INDEX events_src_page`, `DROP INDEX events_tgt_page`,
		`DROP INDEX events_dyad3_page`, `ALTER TABLE events DROP COLUMN docid`, `CREATE INDEX events_tgt ON events(tgt, day)`,
		`CREATE INDEX events_dyad3 ON events(src3, tgt3, day, quad, goldstein)`,
		`CREATE INDEX events_src3_day ON events(src3, day, tgt3, quad, root, goldstein, confidence)`,
		`CREATE INDEX events_tgt3_day ON events(tgt3, day, src3, quad, root, goldstein, confidence)`,
		`CREATE INDEX events_src_day ON events(src, day, quad, root, goldstein, confidence)`, `DELETE FROM schema_migrations WHERE version > 8`} {
		if _, err := s.DB().Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s.Close()
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, ErrOldSchema) {
		t.Fatalf("read-only open of a version 8 database: %v", err)
	}
	if s, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var events, wrong int
	err = s.DB().QueryRow(`SELECT count(*), sum(e.docid != d.id) FROM events e JOIN documents d ON d.rowid = e.doc`).Scan(&events, &wrong)
	if err != nil || events != 11 || wrong != 0 {
		t.Fatalf("after migration: %d events, %d with another document id (%v)", events, wrong, err)
	}
	for _, f := range []EventFilter{{Either: "USA", Sort: SortDateDesc}, {Source: "USAGOV", Target: "SYR", Sort: SortGoldAsc}} {
		var all []EventRow
		if err := s.EachEvent(ctx, f, func(r *EventRow) error { all = append(all, *r); return nil }); err != nil || len(all) < 3 {
			t.Fatalf("%+v: %d events (%v)", f, len(all), err)
		}
		f.Limit, f.Offset = 3, 1
		page, err := s.Events(ctx, f)
		if err != nil || !reflect.DeepEqual(page, all[1:4]) {
			t.Errorf("%+v: page %+v (%v), want %+v", f, page, err, all[1:4])
		}
	}
}

func TestReclusterMatchesIncremental(t *testing.T) {
	inc := openTemp(t, Options{})
	put(t, inc, clusterCorpus()...)
	want := clusterViews(t, inc)

	bulk := openTemp(t, Options{NoClusters: true})
	for _, d := range clusterCorpus() {
		put(t, bulk, d)
	}
	if st, _ := bulk.Stats(context.Background()); st.Clusters != 0 {
		t.Fatalf("clusters built with NoClusters: %d", st.Clusters)
	}
	calls := 0
	if err := bulk.Recluster(context.Background(), func(done, total int) { calls++ }); err != nil {
		t.Fatal(err)
	}
	if got := clusterViews(t, bulk); fmt.Sprint(got) != fmt.Sprint(want) || calls == 0 {
		t.Errorf("recluster:\n got %+v\nwant %+v", got, want)
	}
	// Running it again changes nothing.
	if err := bulk.Recluster(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if got := clusterViews(t, bulk); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("second recluster differs")
	}
}

// TestPagesMatchFullListing checks that pages (rowids ordered and limited
// first, then built) hold exactly the rows, in the same order, of the
// full listing built in one query, for every sort and several filters.
func TestPagesMatchFullListing(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	put(t, s, clusterCorpus()...)
	put(t, s, mkdoc("p1", "2024-06-03", "wire:a",
		fev{src: "USAMIL", tgt: "SYRREB", code: "190", quad: 4, gold: -10, date: "2024-06-03", place: aleppo},
		fev{src: "RUSGOV", tgt: "USAGOV", code: "112", quad: 3, gold: -2, date: "2024-06-04"},
		fev{src: "USAGOV", tgt: "RUSGOV", code: "112", quad: 3, gold: -2, date: "2024-06-04"}))
	// Document ids out of their storage order on the same days, an actor
	// on both sides, and codes under a longer prefix.
	put(t, s, mkdoc("p0", "2024-06-04", "wire:b",
		fev{src: "USAGOVLEG", tgt: "USAMIL", code: "112", quad: 3, gold: -2, date: "2024-06-04"},
		fev{src: "RUSGOV", tgt: "USAGOVLEG", code: "190", quad: 4, gold: -10, date: "2024-06-03", place: moscow}),
		mkdoc("a9", "2024-06-04", "wire:c",
			fev{src: "USAGOV", tgt: "USAGOV", code: "042", quad: 1, gold: 1.9, date: "2024-06-04"},
			fev{src: "RUS", tgt: "USAGOV", code: "112", quad: 3, gold: -2, date: "2024-06-04"},
			fev{src: "FRAGOV", tgt: "DEUGOV", code: "036", quad: 1, gold: 4, date: "2024-06-02"}))
	// More codes under one prefix than it reads as branches.
	var many []fev
	for i := range maxCodeBranches + 1 {
		many = append(many, fev{src: "GBRA" + string(rune('A'+i)), tgt: "FRA", code: "042", quad: 1, gold: 1.9, date: fmt.Sprintf("2024-06-%02d", 1+i%3)})
	}
	put(t, s, mkdoc("m1", "2024-06-03", "wire:a", many...))
	filters := []struct {
		name string
		f    EventFilter
	}{
		{"all", EventFilter{}},
		{"either USA", EventFilter{Either: "USA"}},
		{"either USAGOV", EventFilter{Either: "USAGOV"}},
		{"either USA, root 11", EventFilter{Either: "USA", Root: "11"}},
		{"either USA, source RUS", EventFilter{Either: "USA", Source: "RUS"}},
		{"target USA", EventFilter{Target: "USA"}},
		{"target USAGOV", EventFilter{Target: "USAGOV"}},
		{"source USA in June", EventFilter{Source: "USA", From: doc.DayOf(2024, 6, 1), To: doc.DayOf(2024, 6, 30)}},
		{"source USAGOV", EventFilter{Source: "USAGOV"}},
		{"source USAGOV to RUS", EventFilter{Source: "USAGOV", Target: "RUS"}},
		{"source RUS to USAGOV", EventFilter{Source: "RUS", Target: "USAGOV"}},
		{"dyad USA SYR, quad 1", EventFilter{Source: "USA", Target: "SYR", QuadClass: 1}},
		{"dyad RUS USA in June", EventFilter{Source: "RUS", Target: "USA", From: doc.DayOf(2024, 6, 1), To: doc.DayOf(2024, 6, 30)}},
		{"source U", EventFilter{Source: "U"}},
		{"source GBRA (too many codes for branches)", EventFilter{Source: "GBRA"}},
		{"either GBRA", EventFilter{Either: "GBRA", QuadClass: 1}},
		{"source FRAGOV (dated and undated)", EventFilter{Source: "FRAGOV"}},
		{"either DEU (dated and undated)", EventFilter{Either: "DEU"}},
		{"dyad FRA DEU (dated and undated)", EventFilter{Source: "FRA", Target: "DEU"}},
		{"quad 4", EventFilter{QuadClass: 4}},
		{"doc", EventFilter{DocID: "p1"}},
		{"doc and either USA", EventFilter{DocID: "a9", Either: "USA"}},
	}
	for _, fc := range filters {
		for _, sort := range []string{SortDateAsc, SortDateDesc, SortGoldAsc, SortGoldDesc, SortConfDesc} {
			f := fc.f
			f.Sort = sort
			var all []EventRow
			if err := s.EachEvent(ctx, f, func(r *EventRow) error { all = append(all, *r); return nil }); err != nil {
				t.Fatalf("%s %s: %v", fc.name, sort, err)
			}
			if len(all) == 0 {
				t.Fatalf("%s %s: no events", fc.name, sort)
			}
			if n, err := s.CountEvents(ctx, f); err != nil || n != len(all) {
				t.Errorf("%s: count %d (%v), listed %d", fc.name, n, err, len(all))
			}
			for off := 0; off < len(all); off += 2 {
				f.Limit, f.Offset = 2, off
				page, err := s.Events(ctx, f)
				if err != nil {
					t.Fatalf("%s %s offset %d: %v", fc.name, sort, off, err)
				}
				want := all[off:min(off+2, len(all))]
				if !reflect.DeepEqual(page, want) {
					t.Errorf("%s %s offset %d: page %+v, want %+v", fc.name, sort, off, page, want)
				}
			}
		}
	}
}

// TestMalformedActorPrefixes lists events by actor prefixes as a request
// may give them (empty, invalid UTF-8, binary, huge, SQL-like, all 0xff):
// no error, a page and a count that agree with the full listing, and an
// unknown sort refused.
func TestMalformedActorPrefixes(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	put(t, s, clusterCorpus()...)
	tests := []struct {
		prefix string
		want   int // events with the prefix on either side
	}{
		{"", 11},
		{"USA", 8},
		{"  usa ", 8},
		{" usagov", 8},
		{"\xff\xfe", 0},
		{"\xff\xff\xff", 0},
		{"\xff\xff\xff\xff\xff", 0},
		{"\x00\x01\x02", 0},
		{"\x00", 0},
		{strings.Repeat("USA", 1<<14), 0},
		{"USA' OR '1'='1", 0},
		{"%", 0},
	}
	for _, tc := range tests {
		for _, f := range []EventFilter{{Source: tc.prefix}, {Target: tc.prefix}, {Either: tc.prefix}, {Source: tc.prefix, Target: tc.prefix}} {
			name := fmt.Sprintf("%.40q", fmt.Sprintf("%+v", f))
			var all []EventRow
			if err := s.EachEvent(ctx, f, func(r *EventRow) error { all = append(all, *r); return nil }); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if f.Either != "" && len(all) != tc.want {
				t.Errorf("%s: %d events, want %d", name, len(all), tc.want)
			}
			f.Limit = 1000
			page, err := s.Events(ctx, f)
			if err != nil || len(page) != len(all) {
				t.Errorf("%s: page of %d (%v), want %d", name, len(page), err, len(all))
			}
			if n, err := s.CountEvents(ctx, f); err != nil || n != len(all) {
				t.Errorf("%s: count %d (%v), want %d", name, n, err, len(all))
			}
			f.Sort = "\xff"
			if _, err := s.Events(ctx, f); err == nil || !strings.Contains(err.Error(), "unknown sort") {
				t.Errorf("%s: sort %q: %v, want unknown sort", name, f.Sort, err)
			}
		}
	}
}

// TestSeriesWithAnyoneMatchesEvents checks the daily counts of a country
// with anyone (kept on writes) against the events themselves, after a
// document is replaced.
func TestSeriesWithAnyoneMatchesEvents(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	put(t, s, clusterCorpus()...)
	put(t, s, mkdoc("a1", "2024-06-03", "wire:a",
		fev{src: "USAMIL", tgt: "SYRREB", code: "190", quad: 4, gold: -10, date: "2024-06-03"},
		fev{src: "USAGOV", tgt: "RUSGOV", code: "112", quad: 3, gold: -2, date: "2024-06-04"}))
	put(t, s, mkdoc("a1", "2024-06-03", "wire:a",
		fev{src: "USAGOV", tgt: "RUSGOV", code: "042", quad: 1, gold: 1.9, date: "2024-06-05"}))
	want := map[string][5]float64{}
	err := s.EachEvent(ctx, EventFilter{Source: "USA"}, func(r *EventRow) error {
		v := want[r.Event.Date]
		v[0]++
		v[r.Event.QuadClass]++
		want[r.Event.Date] = v
		return nil
	})
	if err != nil || len(want) == 0 {
		t.Fatalf("events: %v %v", want, err)
	}
	pts, err := s.Series(ctx, SeriesQuery{A: "USA", By: ByDay})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][5]float64{}
	for _, p := range pts {
		if p.Count > 0 {
			got[p.Period.String()] = [5]float64{float64(p.Count), float64(p.Quad[0]), float64(p.Quad[1]), float64(p.Quad[2]), float64(p.Quad[3])}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("series of USA with anyone %v, events %v", got, want)
	}
}
