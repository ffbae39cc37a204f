package ingest

import (
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store"
)

// childEnv makes the test binary act as an ingest process, so the crash
// test can kill a real child with SIGKILL.
const childEnv = "SITREP_INGEST_CHILD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		os.Exit(child(spec))
	}
	os.Exit(m.Run())
}

// child ingests "DB|PATH..." and exits.
func child(spec string) int {
	parts := strings.Split(spec, "|")
	st, err := store.Open(parts[0], store.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	p, err := testPipeline()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	opts := Options{Workers: 2, BatchSize: 4, FlushEvery: 20 * time.Millisecond, Input: input.Options{DefaultDate: doc.DayOf(2024, 5, 1)}}
	if _, err := Run(context.Background(), st, p, parts[1:], opts); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// meetCoder codes "Officials of X met Y" sentences of the test corpus, so
// the crash test stores events and clusters whatever stages the engine
// has registered so far.
type meetCoder struct{}

func (meetCoder) Name() string { return "test-meet" }

func (meetCoder) Process(d *doc.Document) error {
	const pre = "Officials of "
	for i := 0; ; {
		k := strings.Index(d.Text[i:], pre)
		if k < 0 {
			return nil
		}
		s := i + k + len(pre)
		m := strings.Index(d.Text[s:], " met ")
		if m < 0 {
			return nil
		}
		src := d.Text[s : s+m]
		t := s + m + len(" met ")
		e := strings.IndexAny(d.Text[t:], " .")
		if e < 0 {
			return nil
		}
		d.Events = append(d.Events, doc.Event{
			Start: s + m + 1, End: s + m + 4, Trigger: "met",
			Source: doc.ActorRef{Code: src, Text: src, Start: s, End: s + m, Entity: -1},
			Target: &doc.ActorRef{Code: d.Text[t : t+e], Text: d.Text[t : t+e], Start: t, End: t + e, Entity: -1},
			Code:   "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Modality: doc.Asserted,
			Date: d.Date.String(), DatePrecision: "day", Rule: "test", Confidence: 0.5,
		})
		i = t + e
	}
}

type stagePipeline struct{ p *pipeline.Pipeline }

func (s stagePipeline) Name() string                  { return "engine" }
func (s stagePipeline) Process(d *doc.Document) error { return s.p.Process(d) }

// testPipeline is the engine's text stage (sentences, layout) and
// meetCoder: the crash test is about storage, so it does not wait for the
// models of the later stages.
func testPipeline() (*pipeline.Pipeline, error) {
	p, err := engine.New(engine.Config{DefaultDate: doc.DayOf(2024, 5, 1), Stages: []string{"text"}})
	if err != nil {
		return nil, err
	}
	return pipeline.New(stagePipeline{p}, meetCoder{}), nil
}

var actors = []string{"USAGOV", "RUSGOV", "FRAGOV", "DEUGOV", "CHNGOV", "SYRGOV", "TURGOV", "IRNGOV"}

// corpus writes a test corpus of our own writing in every input format,
// with a few bad inputs, and returns the number of documents it holds
// (good and bad).
func corpus(t *testing.T, dir string, n int) int {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 8))
	article := func(i int) string {
		var b strings.Builder
		for k := range 3 + i%4 {
			a, c := actors[rng.IntN(len(actors))], actors[rng.IntN(len(actors))]
			fmt.Fprintf(&b, "Officials of %s met %s on day %d of the talks, according to report %d. ", a, c, k, i)
		}
		b.WriteString("\n\nThe meeting ended without a joint statement.")
		return b.String()
	}
	count := 0
	// JSONL, half of it gzipped, with one malformed line and one
	// duplicate text.
	var lines []string
	for i := range n {
		rec := map[string]any{"id": fmt.Sprintf("j%04d", i), "date": fmt.Sprintf("2024-05-%02d", 1+i%28), "title": fmt.Sprintf("Talks %d", i), "text": article(i), "source": fmt.Sprintf("wire:%d", i%3)}
		b, _ := json.Marshal(rec)
		lines = append(lines, string(b))
		count++
	}
	lines = append(lines, `{"id": "broken", "text": `)
	count++
	lines = append(lines, strings.Replace(lines[0], `"j0000"`, `"j0000-copy"`, 1))
	half := len(lines) / 2
	write(t, filepath.Join(dir, "a.jsonl"), strings.Join(lines[:half], "\n")+"\n")
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "sub", "b.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(strings.Join(lines[half:], "\n") + "\n"))
	zw.Close()
	f.Close()
	write(t, filepath.Join(dir, "sub", "note.txt"), "Officials of USAGOV met CHNGOV in Geneva.\n\nThey spoke for two hours.")
	write(t, filepath.Join(dir, "sub", "deep", "note.md"), "# Summit\n\nOfficials of *FRAGOV* met DEUGOV in Paris on Friday.")
	count += 2
	write(t, filepath.Join(dir, "page.html"), `<html><head><title>Summit</title><link rel="canonical" href="https://example.org/summit">
<meta property="article:published_time" content="2024-05-09T10:00:00Z"></head><body><article>
<p>Officials of TURGOV met IRNGOV in Ankara to discuss trade along their shared border and the future of several pipeline projects.</p>
<p>Both delegations said the talks would resume next month, after the two ministries finish their reviews of the draft agreement.</p>
</article></body></html>`)
	count++
	write(t, filepath.Join(dir, "feed.rss"), `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>First</title><link>https://wire.example/1</link><guid>w1</guid><pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;Officials of SYRGOV met RUSGOV in Damascus.&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://wire.example/2</link><guid>w2</guid><pubDate>Tue, 07 May 2024 08:00:00 GMT</pubDate><description>Officials of CHNGOV met USAGOV in Beijing.</description></item>
</channel></rss>`)
	count += 2
	write(t, filepath.Join(dir, "bin.txt"), "\x00\x01\x02\x03binary")
	count++
	write(t, filepath.Join(dir, "ignored.bin"), "not read when walking a folder")
	return count
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// snapshot is everything the crash test compares between databases.
type snapshot struct {
	docs     []string // id status events
	clusters []string
}

func takeSnapshot(t *testing.T, path string) snapshot {
	t.Helper()
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	db := st.DB()
	var dup int
	if err := db.QueryRow(`SELECT count(*) FROM (SELECT hash FROM documents GROUP BY hash HAVING count(*) > 1)`).Scan(&dup); err != nil || dup != 0 {
		t.Fatalf("%d duplicated hashes (%v)", dup, err)
	}
	// No partial document: each stored count matches its rows.
	var bad int
	err = db.QueryRow(`SELECT count(*) FROM documents d WHERE d.events != (SELECT count(*) FROM events e WHERE e.doc = d.rowid)
		OR (d.status = 'ok' AND d.body IS NULL)`).Scan(&bad)
	if err != nil || bad != 0 {
		t.Fatalf("%d documents with missing rows (%v)", bad, err)
	}
	var orphans int
	if err := db.QueryRow(`SELECT count(*) FROM events WHERE cluster IS NULL`).Scan(&orphans); err != nil || orphans != 0 {
		t.Fatalf("%d events without a cluster (%v)", orphans, err)
	}
	var s snapshot
	s.docs = queryStrings(t, db, `SELECT id || ' ' || status || ' ' || events || ' ' || (SELECT count(*) FROM sentences s WHERE s.doc = d.rowid) FROM documents d ORDER BY id`)
	s.clusters = queryStrings(t, db, `SELECT c.key || ' ' || c.num_mentions || ' ' || c.num_articles || ' ' || c.num_sources || ' ' || group_concat(d.id || ':' || e.idx, ',' ORDER BY d.id, e.idx)
		FROM clusters c JOIN events e ON e.cluster = c.rowid JOIN documents d ON d.rowid = e.doc GROUP BY c.rowid ORDER BY c.key`)
	return s
}

func queryStrings(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

func runChild(t *testing.T, db, dir string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+db+"|"+dir)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

func TestCrashAndRestart(t *testing.T) {
	dir := t.TempDir()
	n := 400
	if testing.Short() {
		n = 120
	}
	want := corpus(t, filepath.Join(dir, "in"), n)

	// Reference: one uninterrupted ingest.
	ref := filepath.Join(dir, "ref.db")
	refStart := time.Now()
	if err := runChild(t, ref, filepath.Join(dir, "in")).Wait(); err != nil {
		t.Fatalf("reference ingest: %v", err)
	}
	t.Logf("uninterrupted ingest: %v", time.Since(refStart))
	refSnap := takeSnapshot(t, ref)
	if len(refSnap.docs) != want {
		t.Fatalf("reference has %d documents, want %d", len(refSnap.docs), want)
	}
	if len(refSnap.clusters) == 0 {
		t.Fatal("reference has no clusters")
	}

	// Kill ingests at random moments, then let one finish.
	db := filepath.Join(dir, "crash.db")
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	kills, partial := 0, 0
	for round := range 6 {
		cmd := runChild(t, db, filepath.Join(dir, "in"))
		// Kill once the database holds a random share of the corpus,
		// plus a random few milliseconds, to land anywhere in a batch.
		base := storedDocs(t, db)
		target := base + 1 + rng.IntN(max(1, (want-base)/2))
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		deadline := time.After(60 * time.Second)
		killed := false
	wait:
		for {
			select {
			case err := <-done:
				t.Logf("round %d: ingest finished before the kill (%v)", round, err)
				break wait
			case <-deadline:
				t.Fatalf("round %d: ingest made no progress", round)
			case <-time.After(10 * time.Millisecond):
				if storedDocs(t, db) < target {
					continue
				}
				time.Sleep(time.Duration(rng.IntN(30)) * time.Millisecond)
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				<-done
				killed = true
				break wait
			}
		}
		if killed {
			kills++
			n := storedDocs(t, db)
			t.Logf("round %d: killed with %d documents stored", round, n)
			if n > 0 && n < want {
				partial++
			}
		}
	}
	if partial == 0 {
		t.Errorf("no kill interrupted an ingest half-way")
	}
	if err := runChild(t, db, filepath.Join(dir, "in")).Wait(); err != nil {
		t.Fatalf("final ingest: %v", err)
	}
	got := takeSnapshot(t, db)
	t.Logf("%d kills, %d half-way; %d documents, %d clusters", kills, partial, len(got.docs), len(got.clusters))
	if !slices.Equal(got.docs, refSnap.docs) {
		t.Errorf("documents differ from the uninterrupted ingest: %d vs %d", len(got.docs), len(refSnap.docs))
	}
	if !slices.Equal(got.clusters, refSnap.clusters) {
		t.Errorf("clusters differ from the uninterrupted ingest: %d vs %d", len(got.clusters), len(refSnap.clusters))
		for i := range min(len(got.clusters), len(refSnap.clusters)) {
			if got.clusters[i] != refSnap.clusters[i] {
				t.Errorf("first difference:\n got %s\nwant %s", got.clusters[i], refSnap.clusters[i])
				break
			}
		}
	}
	// A rerun over a complete database stores nothing.
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := testPipeline()
	if err != nil {
		t.Fatal(err)
	}
	stats, err := Run(context.Background(), st, p, []string{filepath.Join(dir, "in")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Stored != 0 || stats.Failed != 0 || stats.Skipped != stats.Read || stats.Read != want+1 {
		t.Errorf("rerun: %+v", stats)
	}
}

func TestIngestFormats(t *testing.T) {
	dir := t.TempDir()
	want := corpus(t, filepath.Join(dir, "in"), 6)
	st, err := store.Open(filepath.Join(dir, "t.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := testPipeline()
	if err != nil {
		t.Fatal(err)
	}
	var warn strings.Builder
	stats, err := Run(context.Background(), st, p, []string{filepath.Join(dir, "in")}, Options{Warn: &warn, Input: input.Options{DefaultDate: doc.DayOf(2024, 5, 1)}})
	if err != nil {
		t.Fatal(err)
	}
	// 6 JSONL + 1 copy + 1 malformed, txt, md, html, 2 feed items, binary.
	if stats.Files != 7 || stats.Read != want+1 || stats.Stored != want-2 || stats.Failed != 2 || stats.Skipped != 1 {
		t.Errorf("stats: %+v (want %d documents)", stats, want)
	}
	if !strings.Contains(warn.String(), "malformed JSON") || !strings.Contains(warn.String(), "binary") {
		t.Errorf("warnings: %q", warn.String())
	}
	ctx := context.Background()
	page, err := st.Document(ctx, docID(filepath.Join(dir, "in", "page.html")))
	if err != nil {
		t.Fatal(err)
	}
	if page.URL != "https://example.org/summit" || page.Date.String() != "2024-05-09" || page.Title != "Summit" || page.Source != "example.org" {
		t.Errorf("html page: %q %q %q %q", page.URL, page.Date, page.Title, page.Source)
	}
	item, err := st.Document(ctx, "w2")
	if err != nil {
		t.Fatal(err)
	}
	if item.Date.String() != "2024-05-07" || item.Source != "Test Wire" || item.URL != "https://wire.example/2" || !strings.HasPrefix(item.Text, "Officials of CHNGOV") {
		t.Errorf("feed item: %+v", item)
	}
	evs, err := st.Events(ctx, store.EventFilter{DocID: "w2"})
	if err != nil || len(evs) != 1 || evs[0].Source.Code != "CHNGOV" || evs[0].Target.Code != "USAGOV" {
		t.Errorf("feed item events: %+v %v", evs, err)
	}
}

// storedDocs counts the documents in the database at path (0 if it does
// not exist yet).
func storedDocs(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		return 0
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Documents + s.Failed
}
