package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/input"
)

func TestEventStageDictDir(t *testing.T) {
	dir := t.TempDir()
	if _, err := New(Config{DictDir: dir, Stages: []string{"event"}}); err != nil {
		t.Fatalf("empty dictionary folder should fall back to the embedded patterns: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "patterns.txt"), []byte("999 verb attack\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := New(Config{DictDir: dir, Stages: []string{"event"}})
	if err == nil || !strings.Contains(err.Error(), "unknown CAMEO code") {
		t.Fatalf("bad user patterns: err = %v", err)
	}
}

// article is a short news story of our own writing, with a title, a
// dateline, a byline and a trailer of links to other stories.
const article = `# Egypt and Jordan condemn Israeli air strikes on Gaza

CAIRO, May 4 (sitrep test) - Egypt and Jordan condemned Israeli air strikes on Gaza on Sunday and urged the United Nations to intervene.

By Lena Marsh, staff writer

Iran's foreign minister said Hamas had fired rockets at Israel overnight. Turkey did not send troops to Syria, officials said. Russia will host Chinese leaders in Moscow next month.

Related stories:

- Brazil attacks Argentina in World Cup qualifier
`

func TestEventsOfAnArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	d, err := input.FromText("article", article, input.Options{Format: input.Markdown, DefaultDate: doc.DayOf(2024, 5, 5)})
	if err != nil {
		t.Fatal(err)
	}
	pl, err := New(Config{DefaultDate: doc.DayOf(2024, 5, 5)})
	if err != nil {
		t.Fatal(err)
	}
	if err := pl.Process(d); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, e := range d.Events {
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		got[e.Source.Code+">"+tgt+" "+e.Root+" "+e.Modality] = true
		if strings.Contains(e.Source.Code+tgt, "BRA") || strings.Contains(e.Source.Code+tgt, "ARG") {
			t.Errorf("event from the trailer of other stories: %+v", e)
		}
		if e.Date == "" || e.Rule == "" || e.Confidence <= 0 {
			t.Errorf("event without date, rule or confidence: %+v", e)
		}
	}
	// What a reader would code; the parser and actor models may add
	// events, but these must be there.
	for _, want := range []string{
		"EGY>ISR 11 asserted", "JOR>ISR 11 asserted",
		"PSEREB>ISR 19 reported",
		"TUR>SYR 15 negated",
		"RUS>CHNGOV 04 intended",
	} {
		if !got[want] {
			t.Errorf("missing %s; have %v", want, got)
		}
	}
}
