// Command loadgen measures sitrep's API under load on loopback. It builds a
// synthetic event database through the store API (once; it is reused when
// present), serves it in-process on 127.0.0.1 with the real handler, and
// sends requests at a fixed rate (open loop, so slow answers do not slow
// the sender) for a bounded time, then reports latency percentiles and
// throughput for each scenario.
//
// With -check N it sends N requests of each scenario to the handler one at
// a time instead, uncached, and prints a checksum of the answers, so two
// builds can be shown to answer identically, and the CPU per request.
//
// Usage:
//
//	go run ./server/loadgen -db /tmp/sitrep-load.db -events 1000000 -rate 500 -duration 30s
//	go run ./server/loadgen -db /tmp/sitrep-load.db -check 150 -scenarios events,events-sorted
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sitrep/sitrep/internal/cputime"
	"github.com/sitrep/sitrep/server"
	"github.com/sitrep/sitrep/store"
)

func main() {
	var c config
	flag.StringVar(&c.db, "db", "sitrep-load.db", "database to build (if missing) and serve")
	flag.IntVar(&c.events, "events", 1_000_000, "events to generate when building")
	flag.BoolVar(&c.resume, "resume", false, "go on building a database that holds fewer documents than -events asks for")
	flag.IntVar(&c.perDoc, "per-doc", 10, "events per synthetic document")
	flag.IntVar(&c.rate, "rate", 500, "requests per second")
	flag.DurationVar(&c.duration, "duration", 30*time.Second, "length of each scenario")
	flag.IntVar(&c.maxInFlight, "max-inflight", 512, "bound on requests in flight (excess are counted as dropped)")
	flag.DurationVar(&c.warmup, "warmup", 0, "unmeasured load before each scenario (fills the server's cache)")
	flag.DurationVar(&c.cacheTTL, "cache-ttl", 30*time.Second, "server's response cache lifetime (0 turns it off, to measure the database)")
	flag.StringVar(&c.scenarios, "scenarios", "events,series,mixed", "comma-separated scenarios: events, events-total, events-sorted, events-other, series, series-any, dashboard, mixed")
	flag.IntVar(&c.check, "check", 0, "instead of the load, send this many requests of each scenario one at a time, uncached, and print a checksum of the answers and the CPU per request")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run (server included) to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "loadgen:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "loadgen:", err)
			os.Exit(1)
		}
		defer f.Close()
		defer pprof.StopCPUProfile()
	}
	if err := run(context.Background(), c, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

type config struct {
	db                 string
	events, perDoc     int
	rate, maxInFlight  int
	duration, cacheTTL time.Duration
	warmup             time.Duration
	resume             bool
	scenarios          string
	check              int
}

func run(ctx context.Context, c config, stdout, stderr io.Writer) error {
	if c.rate <= 0 || c.rate > 20000 || c.duration <= 0 || c.duration > 10*time.Minute || c.perDoc <= 0 {
		return errors.New("need 0 < rate <= 20000, 0 < duration <= 10m and per-doc > 0")
	}
	if _, err := os.Stat(c.db); err == nil && !c.resume {
		fmt.Fprintf(stderr, "loadgen: using the existing %s (-resume to extend it)\n", c.db)
	} else if err := build(ctx, c, stderr); err != nil {
		return err
	}
	st, err := store.Open(c.db, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer st.Close()
	if c.check > 0 {
		h, err := server.New(st, server.Options{CacheTTL: -1})
		if err != nil {
			return err
		}
		return check(h, c.scenarios, c.check, stdout)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	ttl := c.cacheTTL
	if ttl <= 0 {
		ttl = -1
	}
	h, err := server.New(st, server.Options{CacheTTL: ttl})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := server.HTTPServer("", h, nil)
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(stdout, "database %s: %d documents, %d events, %s to %s\n", c.db, stats.Documents, stats.Events, stats.FirstDate, stats.LastDate)
	fmt.Fprintf(stdout, "%-13s %6s %8s %8s %8s %8s %8s %8s %7s %8s\n", "scenario", "rate", "sent", "ok", "p50_ms", "p90_ms", "p99_ms", "max_ms", "rps", "cpu_ms")
	for _, name := range strings.Split(c.scenarios, ",") {
		gen, ok := scenarios[strings.TrimSpace(name)]
		if !ok {
			return fmt.Errorf("unknown scenario %q", name)
		}
		if c.warmup > 0 {
			w := c
			w.duration = c.warmup
			load(ctx, base, gen, w)
		}
		cpu0 := cputime.Used()
		res := load(ctx, base, gen, c)
		cpuPer := 0.0
		if res.ok > 0 {
			cpuPer = float64((cputime.Used() - cpu0).Microseconds()) / 1000 / float64(res.ok)
		}
		fmt.Fprintf(stdout, "%-13s %6d %8d %8d %8.2f %8.2f %8.2f %8.2f %7.1f %8.2f\n", name, c.rate, res.sent, res.ok,
			res.pct(50), res.pct(90), res.pct(99), res.pct(100), res.rps, cpuPer)
		if res.failed > 0 || res.dropped > 0 {
			fmt.Fprintf(stdout, "%-13s failed %d, dropped %d; first error: %s\n", "", res.failed, res.dropped, res.firstErr)
		}
	}
	return nil
}

// build writes the synthetic database in batches through the store API,
// going on from the documents already there, so an interrupted build
// resumes. Event clusters are not needed by the load scenarios and are
// skipped to keep the bulk load fast.
func build(ctx context.Context, c config, progress io.Writer) error {
	w, err := store.Open(c.db, store.Options{NoClusters: true})
	if err != nil {
		return err
	}
	st, err := w.Stats(ctx)
	if err != nil {
		w.Close()
		return err
	}
	docs := (c.events + c.perDoc - 1) / c.perDoc
	if st.Documents >= docs {
		return w.Close()
	}
	g := newGenerator(42 + uint64(st.Documents))
	const batch = 500
	start := time.Now()
	for i := st.Documents; i < docs; i += batch {
		items := make([]store.Item, 0, batch)
		for j := i; j < min(i+batch, docs); j++ {
			items = append(items, store.Item{Doc: g.doc(j, c.perDoc), Origin: "loadgen"})
		}
		if _, err := w.PutBatch(ctx, items); err != nil {
			w.Close()
			return fmt.Errorf("build: %w", err)
		}
		done := min(i+batch, docs)
		fmt.Fprintf(progress, "\rbuild: %d/%d documents, %d events, %s", done, docs, done*c.perDoc, time.Since(start).Round(time.Second))
	}
	fmt.Fprintln(progress)
	return w.Close()
}

// A scenario makes the path and query of the next request.
type scenario func(r *rand.Rand) string

var heads = []string{"USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "SYR", "IRN", "ISR", "IRQ", "TUR", "IND", "PAK", "EGY", "NGA"}

func randDay(r *rand.Rand, from time.Time, days int) time.Time {
	return from.AddDate(0, 0, r.IntN(days))
}

// eventsQuery is one /api/events request with filters as the UI sends
// them: an actor (sometimes a dyad), often a root or QuadClass, a date
// window of one to twelve months, newest first unless sorts is set.
func eventsQuery(r *rand.Rand, total bool, sorts ...string) string {
	v := url.Values{}
	a := heads[r.IntN(len(heads))]
	switch r.IntN(3) {
	case 0:
		v.Set("source", a)
		v.Set("target", heads[r.IntN(len(heads))])
	case 1:
		v.Set("actor", a)
	default:
		v.Set("source", a+"GOV")
	}
	switch r.IntN(3) {
	case 0:
		v.Set("root", fmt.Sprintf("%02d", 1+r.IntN(20)))
	case 1:
		v.Set("quad", fmt.Sprint(1+r.IntN(4)))
	}
	from := randDay(r, time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), 3300)
	v.Set("from", from.Format(time.DateOnly))
	v.Set("to", from.AddDate(0, 0, 30+r.IntN(335)).Format(time.DateOnly))
	sort := "-date"
	if len(sorts) > 0 {
		sort = sorts[r.IntN(len(sorts))]
	}
	v.Set("sort", sort)
	v.Set("limit", "100")
	if !total {
		v.Set("total", "false")
	}
	return "/api/events?" + v.Encode()
}

// otherEventsQuery is an /api/events request of the map and the table
// rather than the dashboard: no actor (a window of days, a place with a
// QuadClass, a code prefix), or a later page of a government as target,
// with any sort.
func otherEventsQuery(r *rand.Rand) string {
	v := url.Values{}
	from := randDay(r, time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), 3600)
	days := 1 + r.IntN(30)
	switch r.IntN(4) {
	case 0:
	case 1:
		c := cities[r.IntN(len(cities))]
		v.Set("place", c.cc)
		v.Set("quad", fmt.Sprint(1+r.IntN(4)))
		days *= 6
	case 2:
		v.Set("code", fmt.Sprintf("%02d", 1+r.IntN(20)))
		days *= 3
	default:
		v.Set("target", heads[r.IntN(len(heads))]+"GOV")
		v.Set("min_confidence", "0.7")
		v.Set("offset", fmt.Sprint(100*r.IntN(5)))
		days *= 12
	}
	v.Set("from", from.Format(time.DateOnly))
	v.Set("to", from.AddDate(0, 0, days).Format(time.DateOnly))
	v.Set("sort", []string{"-date", "date", "-goldstein", "goldstein", "-confidence"}[r.IntN(5)])
	v.Set("limit", "100")
	v.Set("total", "false")
	return "/api/events?" + v.Encode()
}

// seriesQuery is the dashboard's request: two countries (or one with
// anyone when any is set), both directions, by week or month over the
// whole database, or by day over three months.
func seriesQuery(r *rand.Rand, any bool) string {
	a, b := heads[r.IntN(len(heads))], heads[r.IntN(len(heads))]
	for b == a {
		b = heads[r.IntN(len(heads))]
	}
	if any {
		b = "any"
	}
	by := []string{"week", "week", "month", "day"}[r.IntN(4)]
	v := url.Values{"by": {by}, "both": {"true"}}
	if by == "day" {
		from := randDay(r, time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), 3300)
		v.Set("from", from.Format(time.DateOnly))
		v.Set("to", from.AddDate(0, 3, 0).Format(time.DateOnly))
	}
	return "/api/dyads/" + a + "/" + b + "/series?" + v.Encode()
}

var scenarios = map[string]scenario{
	"events":       func(r *rand.Rand) string { return eventsQuery(r, false) },
	"events-total": func(r *rand.Rand) string { return eventsQuery(r, true) },
	"events-sorted": func(r *rand.Rand) string {
		return eventsQuery(r, false, "date", "-goldstein", "goldstein", "-confidence")
	},
	"events-other": otherEventsQuery,
	"series":       func(r *rand.Rand) string { return seriesQuery(r, false) },
	"series-any":   func(r *rand.Rand) string { return seriesQuery(r, true) },
	// dashboard is many analysts watching the same 50 dyad charts (25
	// pairs, by week and by month): after the first round the server's
	// cache answers.
	"dashboard": func(r *rand.Rand) string {
		i := r.IntN(25)
		a, b := heads[i%8], heads[8+i/8]
		return "/api/dyads/" + a + "/" + b + "/series?both=true&by=" + []string{"week", "month"}[r.IntN(2)]
	},
	"mixed": func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return eventsQuery(r, r.IntN(2) == 0)
		}
		return seriesQuery(r, r.IntN(8) == 0)
	},
}

type result struct {
	sent, ok, failed, dropped int
	lat                       []time.Duration
	rps                       float64
	firstErr                  string
}

func (r *result) pct(p float64) float64 {
	if len(r.lat) == 0 {
		return 0
	}
	i := int(float64(len(r.lat)-1) * p / 100)
	return float64(r.lat[i].Microseconds()) / 1000
}

// load sends rate requests a second for the duration, each measured from
// its scheduled send time.
func load(ctx context.Context, base string, gen scenario, c config) *result {
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		MaxIdleConns: c.maxInFlight, MaxIdleConnsPerHost: c.maxInFlight, DisableCompression: false,
	}}
	defer client.CloseIdleConnections()
	r := rand.New(rand.NewPCG(7, 11))
	n := int(float64(c.rate) * c.duration.Seconds())
	interval := time.Second / time.Duration(c.rate)
	res := &result{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	var inflight atomic.Int64
	start := time.Now()
	for i := 0; i < n; i++ {
		due := start.Add(time.Duration(i) * interval)
		if d := time.Until(due); d > 0 {
			time.Sleep(d)
		}
		if ctx.Err() != nil {
			break
		}
		res.sent++
		if inflight.Load() >= int64(c.maxInFlight) {
			res.dropped++
			continue
		}
		inflight.Add(1)
		wg.Add(1)
		path := gen(r)
		go func() {
			defer wg.Done()
			defer inflight.Add(-1)
			err := fetch(ctx, client, base+path)
			lat := time.Since(due)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				res.failed++
				if res.firstErr == "" {
					res.firstErr = err.Error()
				}
				return
			}
			res.ok++
			res.lat = append(res.lat, lat)
		}()
	}
	wg.Wait()
	res.rps = float64(res.ok) / time.Since(start).Seconds()
	slices.Sort(res.lat)
	return res
}

func fetch(ctx context.Context, client *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s: %s", u, resp.Status)
	}
	return nil
}
