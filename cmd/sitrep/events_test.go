package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/store"
)

type fixtureEvent struct {
	src, tgt, code string
	quad           int
	gold           float64
	date           string
	place          *doc.EventPlace
}

var (
	kyiv    = &doc.EventPlace{Name: "Kyiv", Country: "UA", Lat: 50.4501, Lon: 30.5234, GeonameID: 703448}
	moscowP = &doc.EventPlace{Name: "Moscow", Country: "RU", Lat: 55.7522, Lon: 37.6156, GeonameID: 524901}
)

// storyDoc is a coded article of our own writing, one sentence per event.
func storyDoc(id, date string, evs ...fixtureEvent) *doc.Document {
	var b strings.Builder
	d := doc.New(id, "")
	d.Date, _ = doc.ParseDay(date)
	d.Title, d.URL, d.Source = "Story "+id, "https://news.example/"+id, "wire"
	for i, e := range evs {
		start := b.Len()
		fmt.Fprintf(&b, "Envoys of %s and %s spoke in story %s. ", e.src, e.tgt, id)
		d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: b.Len() - 1, Tokens: []doc.Token{}})
		ss := start + len("Envoys of ")
		d.Entities = append(d.Entities, doc.Entity{Start: ss, End: ss + len(e.src), Type: "ORG", Code: e.src, Name: "Government of " + e.src[:3], Sentence: i, Ref: -1})
		d.Events = append(d.Events, doc.Event{
			Sentence: i, Start: start, End: start + 6, Trigger: "Envoys",
			Source: doc.ActorRef{Code: e.src, Text: e.src, Start: ss, End: ss + len(e.src), Entity: len(d.Entities) - 1},
			Target: &doc.ActorRef{Code: e.tgt, Text: e.tgt, Entity: -1},
			Code:   e.code, Root: e.code[:2], QuadClass: e.quad, Goldstein: e.gold, Modality: doc.Asserted,
			Date: e.date, DatePrecision: "day", Place: e.place, Rule: "fixture", Confidence: 0.9,
		})
	}
	d.Text = b.String()
	for i := range d.Sentences {
		d.Sentences[i].Text = d.Text[d.Sentences[i].Start:d.Sentences[i].End]
	}
	for i := range d.Entities {
		d.Entities[i].Text = d.Text[d.Entities[i].Start:d.Entities[i].End]
	}
	return d
}

func fixtureDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fixture.db")
	st, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := []*doc.Document{
		storyDoc("s1", "2024-01-03", fixtureEvent{"USAGOV", "RUSGOV", "042", 1, 1.9, "2024-01-03", nil}, fixtureEvent{"RUSMIL", "UKRMIL", "190", 4, -10, "2024-01-02", kyiv}),
		storyDoc("s2", "2024-01-17", fixtureEvent{"USAGOV", "RUSGOV", "130", 3, -4.4, "2024-01-16", nil}),
		storyDoc("s3", "2024-02-05", fixtureEvent{"USAGOV", "RUSGOV", "036", 1, 4, "2024-02-05", moscowP}, fixtureEvent{"USA", "RUS", "111", 3, -2, "2024-02-06", nil}),
		storyDoc("s4", "2024-03-20", fixtureEvent{"RUSGOV", "USAGOV", "112", 3, -2, "2024-03-20", nil}),
	}
	items := make([]store.Item, len(docs))
	for i, d := range docs {
		items[i] = store.Item{Doc: d}
	}
	if _, err := st.PutBatch(context.Background(), items); err != nil {
		t.Fatal(err)
	}
	return path
}

func runCmd(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func TestQueryCommands(t *testing.T) {
	db := fixtureDB(t)
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"events", "--db", db}, []string{"6 of 6 events"}},
		{[]string{"events", "--db", db, "--dyad", "USA-RUS"}, []string{"4 of 4 events", "130", "111"}},
		{[]string{"events", "--db", db, "--source", "USA", "--quad", "3", "--from", "2024-02-01"}, []string{"1 of 1 events", "2024-02-06"}},
		{[]string{"events", "--db", db, "--place", "UA"}, []string{"1 of 1 events", "Kyiv, UA"}},
		{[]string{"events", "--db", db, "--root", "19"}, []string{"RUSMIL", "190", "UKRMIL"}},
		{[]string{"events", "--db", db, "--clusters", "--source", "RUS"}, []string{"2 events (clusters)"}},
		{[]string{"dyad", "USA", "RUS", "--db", db, "--by", "month"}, []string{
			"USA → RUS by month, 2024-01-01 to 2024-02-01: 4 events, Goldstein mean -0.13",
			"QuadClass: 2 verbal cooperation, 0 material cooperation, 2 verbal conflict, 0 material conflict",
		}},
		{[]string{"dyad", "--db", db, "--by", "week", "--both", "USA", "RUS"}, []string{"USA ↔ RUS by week, 2024-01-01 to 2024-03-18: 5 events"}},
		{[]string{"actors", "--db", db, "--top", "2"}, []string{"RANK", "RUSGOV", "Government of USA"}},
		{[]string{"actors", "--db", db, "--top", "3", "--format", "jsonl"}, []string{
			`{"code":"RUSGOV","name":"Government of RUS","events":4,"as_source":1,"as_target":3,"documents":4}`,
			`{"code":"USAGOV","name":"Government of USA","events":4,"as_source":3,"as_target":1,"documents":4}`,
			`{"code":"RUS","events":1,"as_source":0,"as_target":1,"documents":1}`,
		}},
		{[]string{"show", "s3", "--db", db}, []string{"Story s3", "2024-02-05", "036", "Moscow, RU", "2 events"}},
	}
	for _, tc := range tests {
		out, errOut, code := runCmd(t, tc.args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", tc.args, code, errOut)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q:\n%s", tc.args, w, out)
			}
		}
	}

	out, _, _ := runCmd(t, "dyad", "USA", "RUS", "--db", db, "--by", "month", "--format", "csv")
	wantCSV := "period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean\n2024-01-01,2,1,0,1,0,-2.50,-1.250\n2024-02-01,2,1,0,1,0,2.00,1.000\n"
	if out != wantCSV {
		t.Errorf("dyad csv:\n%s\nwant:\n%s", out, wantCSV)
	}
	out, _, _ = runCmd(t, "events", "--db", db, "--dyad", "USA-RUS", "--format", "jsonl", "--limit", "1")
	var row store.EventRow
	if err := json.Unmarshal([]byte(out), &row); err != nil || row.DocID != "s1" || row.Code != "042" {
		t.Errorf("events jsonl: %q (%v)", out, err)
	}

	for _, bad := range [][]string{
		{"events", "--db", db, "--quad", "7"},
		{"events", "--db", db, "--dyad", "USA"},
		{"events", "--db", db, "--from", "2024-13-01"},
		{"dyad", "--db", db, "USA"},
		{"dyad", "--db", db, "--by", "year", "USA", "RUS"},
		{"export", "--db", db, "--format", "xml"},
		{"show", "--db", db},
	} {
		if _, _, code := runCmd(t, bad...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
	if _, errOut, code := runCmd(t, "events", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(errOut, "sitrep ingest") {
		t.Errorf("missing database: exit %d: %s", code, errOut)
	}
}

func TestExportCommand(t *testing.T) {
	db := fixtureDB(t)
	dir := t.TempDir()
	gd := filepath.Join(dir, "events.tsv")
	if _, errOut, code := runCmd(t, "export", "--db", db, "--format", "gdelt", "--out", gd); code != 0 {
		t.Fatalf("export gdelt: %s", errOut)
	}
	f, err := os.Open(gd)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := export.ReadGDELT(f, export.GDELTColumns)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 6 {
		t.Errorf("%d GDELT rows, want 6", len(rows))
	}
	if _, errOut, code := runCmd(t, "export", "--db", db, "--format", "parquet", "--out", filepath.Join(dir, "pq"), "--partition", "day"); code != 0 || !strings.Contains(errOut, "6 event mentions in 6 Parquet files") {
		t.Errorf("export parquet: %d %s", code, errOut)
	}
	out, _, code := runCmd(t, "export", "--db", db, "--format", "csv", "--source", "RUS")
	if code != 0 || strings.Count(out, "\n") != 3 {
		t.Errorf("export csv:\n%s", out)
	}
}

func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(filepath.Join(in, "more"), 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("The council met on Monday.\n\nIt adjourned at noon."), 0o644)
	os.WriteFile(filepath.Join(in, "more", "b.md"), []byte("# Vote\n\nThe assembly voted on Tuesday."), 0o644)
	os.WriteFile(filepath.Join(in, "c.jsonl"), []byte(`{"id":"c1","date":"2024-04-01","text":"Talks resumed in the capital."}`+"\n"+`{"id":"c2","text":`+"\n"), 0o644)
	db := filepath.Join(dir, "t.db")
	out, errOut, code := runCmd(t, "ingest", "--db", db, "--stages", "text", in)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "3 files, 4 documents read, 3 stored, 0 skipped (already stored), 1 failed") || !strings.Contains(errOut, "malformed JSON") {
		t.Errorf("ingest summary:\n%s\n%s", out, errOut)
	}
	out, _, code = runCmd(t, "ingest", "--db", db, "--stages", "text", in)
	if code != 0 || !strings.Contains(out, "0 stored, 4 skipped (already stored), 0 failed") {
		t.Errorf("second ingest:\n%s", out)
	}
	db2 := filepath.Join(dir, "t2.db")
	out, errOut, code = runCmd(t, "ingest", "--db", db2, "--stages", "text", "--cluster", "end", in)
	if code != 0 || !strings.Contains(out, "3 stored") || !strings.Contains(out, "clustered all events") {
		t.Errorf("ingest --cluster end: %d\n%s\n%s", code, out, errOut)
	}
	if _, _, code := runCmd(t, "ingest", "--db", db2, "--cluster", "never", in); code != 2 {
		t.Errorf("bad --cluster: exit %d", code)
	}
	out, _, code = runCmd(t, "show", "--db", db, "c1")
	if code != 0 || !strings.Contains(out, "Talks resumed in the capital.") || !strings.Contains(out, "2024-04-01") {
		t.Errorf("show:\n%s", out)
	}
}

func TestActorsFileMode(t *testing.T) {
	if !slices.Contains(engine.StageNames(), "actor") {
		t.Skip("skipping: no actor stage registered yet")
	}
	path := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(path, []byte("The French government condemned the attack on Monday. Russian troops entered the town."), 0o644)
	out, errOut, code := runCmd(t, "actors", "--format", "jsonl", "--date", "2024-05-06", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var codes []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r actorRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		codes = append(codes, r.Code)
	}
	if !slices.Contains(codes, "FRAGOV") || !slices.Contains(codes, "RUSMIL") {
		t.Errorf("actor codes %v, want FRAGOV and RUSMIL among them", codes)
	}
	out, _, code = runCmd(t, "actors", "--date", "2024-05-06", path)
	if code != 0 || !strings.Contains(out, "SENT") || !strings.Contains(out, "FRAGOV") {
		t.Errorf("table:\n%s", out)
	}
}
