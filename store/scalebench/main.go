// Command scalebench measures the event store at scale: it builds a
// synthetic database of coded documents through the store API (actors drawn
// with a Zipf law, CAMEO codes, dates over two decades, places), then times
// the queries behind sitrep dyad and sitrep events.
//
// Usage:
//
//	go run ./store/scalebench -db /tmp/scale.db -events 5000000
//
// An existing database is reused, so the queries can be timed again.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
)

func main() {
	db := flag.String("db", "scale.db", "database to build (if missing) and query")
	events := flag.Int("events", 5_000_000, "event mentions to generate")
	perDoc := flag.Int("per-doc", 8, "event mentions per document")
	clusters := flag.String("clusters", "bulk", "clustering while building: incremental (on every write, as sitrep ingest does), bulk (once at the end) or none")
	runs := flag.Int("runs", 7, "timed runs per query (the median is reported)")
	flag.Parse()
	if err := run(*db, *events, *perDoc, *clusters, *runs, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "scalebench:", err)
		os.Exit(1)
	}
}

var countries = []string{"USA", "RUS", "CHN", "UKR", "SYR", "IRN", "ISR", "PSE", "TUR", "GBR", "FRA", "DEU", "IND", "PAK", "AFG",
	"IRQ", "SAU", "YEM", "EGY", "LBY", "NGA", "ETH", "SDN", "KOR", "PRK", "JPN", "VEN", "COL", "MEX", "BRA"}
var sectors = []string{"", "GOV", "GOV", "MIL", "REB", "OPP", "COP", "BUS", "CVL", "MED"}
var codes = []struct {
	code string
	quad int
	gold float64
}{
	{"010", 1, 0}, {"020", 1, 3}, {"036", 1, 4}, {"040", 1, 1}, {"042", 1, 1.9}, {"043", 1, 2.8}, {"051", 1, 3.4},
	{"061", 2, 6.4}, {"071", 2, 7.4}, {"081", 2, 5}, {"111", 3, -2}, {"112", 3, -2}, {"130", 3, -4.4}, {"138", 3, -7},
	{"141", 3, -6.5}, {"173", 4, -5}, {"180", 4, -9}, {"190", 4, -10}, {"193", 4, -10}, {"195", 4, -10},
}
var places = []doc.EventPlace{
	{Name: "Kyiv", Country: "UA", Lat: 50.45, Lon: 30.52, GeonameID: 703448},
	{Name: "Moscow", Country: "RU", Lat: 55.75, Lon: 37.62, GeonameID: 524901},
	{Name: "Damascus", Country: "SY", Lat: 33.51, Lon: 36.29, GeonameID: 170654},
	{Name: "Washington", Country: "US", Lat: 38.90, Lon: -77.04, GeonameID: 4140963},
	{Name: "Beijing", Country: "CN", Lat: 39.91, Lon: 116.40, GeonameID: 1816670},
	{Name: "Gaza", Country: "PS", Lat: 31.50, Lon: 34.47, GeonameID: 281133},
	{Name: "Kabul", Country: "AF", Lat: 34.53, Lon: 69.17, GeonameID: 1138958},
	{Name: "Baghdad", Country: "IQ", Lat: 33.34, Lon: 44.40, GeonameID: 98182},
}

func actor(r *rand.Rand, z *rand.Zipf) string {
	return countries[z.Uint64()] + sectors[r.IntN(len(sectors))]
}

func build(ctx context.Context, path string, events, perDoc int, clusters string, w io.Writer) error {
	st, err := store.Open(path, store.Options{NoClusters: clusters != "incremental", CacheMB: 2048})
	if err != nil {
		return err
	}
	defer st.Close()
	r := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(r, 1.3, 1, uint64(len(countries)-1))
	start := time.Now()
	first := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	const days = 20 * 365
	var batch []store.Item
	made := 0
	for i := 0; made < events; i++ {
		day := first.AddDate(0, 0, r.IntN(days))
		d := doc.New(fmt.Sprintf("syn-%08d", i), "")
		d.Date = doc.DayOf(day.Year(), day.Month(), day.Day())
		d.Source = fmt.Sprintf("source-%d", r.IntN(200))
		d.URL = fmt.Sprintf("https://news.example/%d", i)
		d.Title = fmt.Sprintf("Synthetic report %d", i)
		var b strings.Builder
		for k := 0; k < perDoc && made < events; k++ {
			src, tgt := actor(r, z), actor(r, z)
			c := codes[r.IntN(len(codes))]
			start := b.Len()
			fmt.Fprintf(&b, "Synthetic sentence %d of report %d about %s and %s. ", k, i, src, tgt)
			d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: b.Len() - 1})
			ed := day.AddDate(0, 0, -r.IntN(2))
			ev := doc.Event{
				Sentence: k, Start: start, End: start + 9, Trigger: "Synthetic",
				Source: doc.ActorRef{Code: src, Text: src, Entity: -1}, Target: &doc.ActorRef{Code: tgt, Text: tgt, Entity: -1},
				Code: c.code, Root: c.code[:2], QuadClass: c.quad, Goldstein: c.gold, Modality: doc.Asserted,
				Date: ed.Format(time.DateOnly), DatePrecision: "day", Rule: "synthetic", Confidence: 0.5 + r.Float64()/2,
			}
			if r.IntN(3) > 0 {
				p := places[r.IntN(len(places))]
				ev.Place = &p
			}
			d.Events = append(d.Events, ev)
			made++
		}
		d.Text = b.String()
		batch = append(batch, store.Item{Doc: d})
		if len(batch) == 500 || made == events {
			if _, err := st.PutBatch(ctx, batch); err != nil {
				return err
			}
			batch = batch[:0]
			el := time.Since(start).Seconds()
			fmt.Fprintf(w, "\rbuilt %d events in %.0fs (%.0f events/s)   ", made, el, float64(made)/el)
		}
	}
	fmt.Fprintf(w, "\nloaded %d events in %s\n", made, time.Since(start).Round(time.Second))
	if clusters == "bulk" {
		t := time.Now()
		err := st.Recluster(ctx, func(done, total int) {
			fmt.Fprintf(w, "\rclustering: %d of %d blocks   ", done, total)
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\nclustered in %s\n", time.Since(t).Round(time.Second))
	}
	return nil
}

func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}

func run(path string, events, perDoc int, clusters string, runs int, w io.Writer) error {
	switch clusters {
	case "incremental", "bulk", "none":
	default:
		return fmt.Errorf("-clusters must be incremental, bulk or none, not %q", clusters)
	}
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		if err := build(ctx, path, events, perDoc, clusters, w); err != nil {
			return err
		}
	}
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "database: %d documents, %d events, %d clusters, %.2f GB\n", stats.Documents, stats.Events, stats.Clusters, float64(stats.Bytes)/1e9)
	type query struct {
		name string
		fn   func() (int, error)
	}
	series := func(q store.SeriesQuery) func() (int, error) {
		return func() (int, error) {
			pts, err := st.Series(ctx, q)
			n := 0
			for _, p := range pts {
				n += p.Count
			}
			return n, err
		}
	}
	list := func(f store.EventFilter) func() (int, error) {
		return func() (int, error) {
			rows, err := st.Events(ctx, f)
			return len(rows), err
		}
	}
	count := func(f store.EventFilter) func() (int, error) {
		return func() (int, error) { return st.CountEvents(ctx, f) }
	}
	queries := []query{
		{"dyad USA RUS --by day", series(store.SeriesQuery{A: "USA", B: "RUS", By: store.ByDay})},
		{"dyad USA RUS --by month", series(store.SeriesQuery{A: "USA", B: "RUS", By: store.ByMonth})},
		{"dyad USA RUS --by week --both", series(store.SeriesQuery{A: "USA", B: "RUS", By: store.ByWeek, Both: true})},
		{"dyad USAGOV RUSMIL --by month", series(store.SeriesQuery{A: "USAGOV", B: "RUSMIL", By: store.ByMonth})},
		{"dyad SYR IRN --by day --from 2015-01-01 --to 2016-12-31", series(store.SeriesQuery{A: "SYR", B: "IRN", By: store.ByDay, From: doc.DayOf(2015, 1, 1), To: doc.DayOf(2016, 12, 31)})},
		{"events --dyad USA-RUS --limit 50", list(store.EventFilter{Source: "USA", Target: "RUS", Limit: 50})},
		{"events --dyad USA-RUS --sort -date --limit 50", list(store.EventFilter{Source: "USA", Target: "RUS", Sort: store.SortDateDesc, Limit: 50})},
		{"events --source CHN --root 19 --limit 50", list(store.EventFilter{Source: "CHN", Root: "19", Limit: 50})},
		{"events --from 2020-03-01 --to 2020-03-31 --limit 50", list(store.EventFilter{From: doc.DayOf(2020, 3, 1), To: doc.DayOf(2020, 3, 31), Limit: 50})},
		{"events --place SY --quad 4 --limit 50", list(store.EventFilter{Place: "SY", QuadClass: 4, Limit: 50})},
		{"events --sort -date --limit 100 --offset 900", list(store.EventFilter{Sort: store.SortDateDesc, Limit: 100, Offset: 900})},
		{"events --code 18 --limit 100", list(store.EventFilter{Code: "18", Limit: 100})},
		{"count --dyad USA-RUS", count(store.EventFilter{Source: "USA", Target: "RUS"})},
		{"actors --top 20", func() (int, error) {
			as, err := st.TopActors(ctx, store.ActorQuery{Limit: 20})
			return len(as), err
		}},
	}
	fmt.Fprintf(w, "%-58s %10s %10s\n", "query", "median", "rows")
	for _, q := range queries {
		var ds []time.Duration
		n := 0
		for range runs {
			t := time.Now()
			k, err := q.fn()
			if err != nil {
				return fmt.Errorf("%s: %w", q.name, err)
			}
			ds = append(ds, time.Since(t))
			n = k
		}
		fmt.Fprintf(w, "%-58s %10s %10d\n", q.name, median(ds).Round(100*time.Microsecond), n)
	}
	return nil
}
