package contract

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/pipeline"
)

func loadSchema(t testing.TB) *Schema {
	t.Helper()
	b, err := os.ReadFile("../docs/schema.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := ParseSchema(b)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSchemaValidator(t *testing.T) {
	s := loadSchema(t)
	ok := `{"id":"a","date":"2019-03-07","title":"","sentences":[{"start":0,"end":3,"text":"Hi.","tokens":[{"start":0,"end":2,"text":"Hi","head":0},{"start":2,"end":3,"text":".","head":1}]}],
	"entities":[],"events":[{"sentence":0,"start":0,"end":2,"trigger":"Hi","source":{"code":"USA","text":"","start":0,"end":0},"target":null,
	"code":"010","root":"01","quad_class":1,"goldstein":0,"plover":{"type":"","mode":""},"modality":"asserted","date":"","date_precision":"",
	"place":null,"rule":"x","confidence":0.5}],"quotes":[],"dates":[],"places":[],"amounts":[],"tone":{"score":0,"positive":0,"negative":0}}`
	if errs := s.ValidateJSON([]byte(ok)); len(errs) > 0 {
		t.Fatalf("valid document rejected: %v", errs)
	}
	tests := []struct{ name, from, to, want string }{
		{"missing key", `"title":"",`, ``, `missing required key "title"`},
		{"bad date", `"date":"2019-03-07"`, `"date":"March 7"`, `does not match`},
		{"null date ok", `"date":"2019-03-07"`, `"date":null`, ``},
		{"negative offset", `"start":0,"end":3`, `"start":-1,"end":3`, `below the minimum`},
		{"float offset", `"start":0,"end":3`, `"start":0.5,"end":3`, `want type`},
		{"bad modality", `"asserted"`, `"certain"`, `not one of`},
		{"bad target", `"target":null`, `"target":7`, `oneOf`},
		{"quad class", `"quad_class":1`, `"quad_class":5`, `above the maximum`},
		{"tone type", `"tone":{"score":0`, `"tone":{"score":"0"`, `want type`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Replace(ok, tc.from, tc.to, 1)
			errs := s.ValidateJSON([]byte(in))
			if tc.want == "" {
				if len(errs) > 0 {
					t.Fatalf("unexpected errors %v", errs)
				}
				return
			}
			if len(errs) == 0 || !strings.Contains(fmt.Sprint(errs), tc.want) {
				t.Fatalf("errors %v, want one containing %q", errs, tc.want)
			}
		})
	}
}

func TestCheckSpansFindsBadSpans(t *testing.T) {
	d := doc.New("x", "Café talks resumed.")
	d.Sentences = []doc.Sentence{{Start: 0, End: 25, Text: "Café talks resumed.", Tokens: []doc.Token{{Start: 0, End: 5, Text: "Café"}}}}
	d.Dates = []doc.Date{{Start: 6, End: 11, Text: "x"}}
	d.Places = []doc.Place{{Start: 2, End: 4, Text: d.Text[2:4]}}
	errs := CheckSpans(d)
	msg := fmt.Sprint(errs)
	for _, want := range []string{"date 0: text", "place 0: span [2,4) splits", "sentence 0: span [0,25) outside"} {
		if !strings.Contains(msg, want) {
			t.Errorf("errors %v lack %q", errs, want)
		}
	}
}

// run codes documents on all cores until the reader is exhausted, the
// limit is reached or the time budget is spent, and checks each with
// check. It returns the number of documents coded.
func run(t *testing.T, r *input.Reader, pl *pipeline.Pipeline, limit int, budget time.Duration, check func(*doc.Document) []error) int {
	t.Helper()
	deadline := time.Now().Add(budget)
	docs := make(chan *doc.Document, 2*runtime.NumCPU())
	var mu sync.Mutex
	var failures []string
	fail := func(msg string) {
		mu.Lock()
		if len(failures) < 30 {
			failures = append(failures, msg)
		}
		mu.Unlock()
	}
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				if err := pl.Process(d); err != nil {
					fail(err.Error())
					continue
				}
				for _, err := range check(d) {
					fail(fmt.Sprintf("document %q: %v", d.ID, err))
				}
			}
		}()
	}
	n := 0
	for (limit <= 0 || n < limit) && time.Now().Before(deadline) {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if rec.Err != nil {
			t.Errorf("%v", rec.Err)
			continue
		}
		docs <- rec.Doc
		n++
	}
	close(docs)
	wg.Wait()
	for _, f := range failures {
		t.Error(f)
	}
	return n
}

// fullCheck validates the document's spans and its JSON against the schema.
func fullCheck(s *Schema) func(*doc.Document) []error {
	return func(d *doc.Document) []error {
		errs := CheckSpans(d)
		b, err := json.Marshal(d.WithoutText())
		if err != nil {
			return append(errs, fmt.Errorf("marshal: %w", err))
		}
		return append(errs, s.ValidateJSON(b)...)
	}
}

func openShared(t *testing.T, rel string) *input.Reader {
	t.Helper()
	r, err := input.Open(shared.Require(t, rel), input.Options{DefaultDate: doc.DayOf(2019, 3, 7)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// TestWikinewsFullEngine runs every registered stage over the Wikinews
// corpus and checks the offset property and the schema for each document.
func TestWikinewsFullEngine(t *testing.T) {
	r := openShared(t, "data/corpus/wikinews.jsonl")
	pl, err := engine.New(engine.Config{DefaultDate: doc.DayOf(2019, 3, 7)})
	if err != nil {
		t.Fatal(err)
	}
	limit := 0
	if testing.Short() {
		limit = 40
	}
	// The budget keeps the package inside go test's default timeout even
	// when a slow stage is being developed; the log says when it cut in.
	n := run(t, r, pl, limit, 5*time.Minute, fullCheck(loadSchema(t)))
	if !testing.Short() && n != 268 {
		t.Logf("coded %d of 268 Wikinews documents within the time budget", n)
	}
	t.Logf("stages %v: %d documents", pl.Stages(), n)
}

// TestBenchFullEngine runs every stage over as much of the bench corpus as
// fits in the time budget. SITREP_CONTRACT_FULL=1 lifts the budget so the
// whole corpus is checked (run it by hand with -timeout 0; about ten
// minutes of CPU).
func TestBenchFullEngine(t *testing.T) {
	r := openShared(t, "data/corpus/bench.jsonl.gz")
	pl, err := engine.New(engine.Config{})
	if err != nil {
		t.Fatal(err)
	}
	budget := 20 * time.Second
	if testing.Short() {
		budget = 5 * time.Second
	}
	if os.Getenv("SITREP_CONTRACT_FULL") == "1" {
		budget = 24 * time.Hour
	}
	n := run(t, r, pl, 0, budget, fullCheck(loadSchema(t)))
	t.Logf("stages %v: %d documents in %v", pl.Stages(), n, budget)
}

// TestBenchTextStage runs the text stage alone over the whole bench corpus
// and checks every sentence and token span.
func TestBenchTextStage(t *testing.T) {
	r := openShared(t, "data/corpus/bench.jsonl.gz")
	pl, err := engine.New(engine.Config{Stages: []string{"text"}})
	if err != nil {
		t.Fatal(err)
	}
	limit := 0
	if testing.Short() {
		limit = 2000
	}
	n := run(t, r, pl, limit, 10*time.Minute, CheckSpans)
	if !testing.Short() && n != 13123 {
		t.Errorf("read %d bench documents, want 13123", n)
	}
}

// TestMalformedInputs feeds the full engine hostile documents: they must
// be coded or refused with an error, never panic, and keep the offsets.
func TestMalformedInputs(t *testing.T) {
	pl, err := engine.New(engine.Config{})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("word ", 5000)
	inputs := []string{
		"",
		"   \n\n\t ",
		"\xff\xfe broken \xc3 bytes \xe2\x82",
		"...!!!???",
		"“”‘’«»",
		long,
		strings.Repeat("Gen. U.S. No. ", 300),
		"# \n\n- \n> \n```\ncode\n",
		"*[**](<>)\\",
		"KYIV, March 3 (Reuters) -",
		strings.Repeat("a", 70000),
	}
	for i, in := range inputs {
		d, err := input.FromText(fmt.Sprintf("bad%d", i), in, input.Options{Format: input.Markdown})
		if err != nil {
			t.Errorf("input %d: %v", i, err)
			continue
		}
		if err := pl.Process(d); err != nil {
			t.Errorf("input %d: %v", i, err)
			continue
		}
		for _, e := range CheckSpans(d) {
			t.Errorf("input %d: %v", i, e)
		}
	}
	for _, s := range inputs {
		d, err := input.FromText("plain", s, input.Options{})
		if err != nil {
			continue
		}
		if err := pl.Process(d); err != nil {
			t.Errorf("plain %q: %v", s[:min(len(s), 20)], err)
		}
	}
}
