package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestGeneratorSpans(t *testing.T) {
	g := newGenerator(1)
	for i := range 50 {
		d := g.doc(i, 5)
		if len(d.Events) != 5 {
			t.Fatalf("doc %d: %d events", i, len(d.Events))
		}
		for _, e := range d.Events {
			if d.Text[e.Start:e.End] != e.Trigger || d.Text[e.Source.Start:e.Source.End] != e.Source.Code ||
				d.Text[e.Target.Start:e.Target.End] != e.Target.Code || e.Source.Code[:3] == e.Target.Code[:3] {
				t.Fatalf("doc %d: bad event %+v in %q", i, e, d.Text)
			}
		}
	}
}

// TestSmallRun builds a small database and runs each scenario briefly at a
// low rate: every request must succeed.
func TestSmallRun(t *testing.T) {
	c := config{db: filepath.Join(t.TempDir(), "load.db"), events: 2000, perDoc: 10, rate: 40, duration: 500 * time.Millisecond,
		maxInFlight: 16, scenarios: "events,events-total,events-sorted,series,series-any,mixed"}
	var out, progress bytes.Buffer
	if err := run(context.Background(), c, &out, &progress); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "200 documents, 2000 events") {
		t.Fatalf("no database line:\n%s", out.String())
	}
	for _, s := range []string{"events ", "events-total", "events-sorted", "series ", "series-any", "mixed"} {
		var line string
		for _, l := range strings.Split(out.String(), "\n") {
			if strings.HasPrefix(l, s) {
				line = l
			}
		}
		f := strings.Fields(line)
		if len(f) != 10 || f[2] != "20" || f[3] != "20" {
			t.Errorf("scenario %s: %q", s, line)
		}
	}
	if strings.Contains(out.String(), "failed") {
		t.Errorf("failures:\n%s", out.String())
	}
}

// TestCheck runs the uncached check twice on a small database: every
// request answers, pages hold rows, and the checksums repeat.
func TestCheck(t *testing.T) {
	c := config{db: filepath.Join(t.TempDir(), "load.db"), events: 2000, perDoc: 10, rate: 1, duration: time.Second,
		check: 30, scenarios: "events,events-sorted,events-total,events-other"}
	var first, second, progress bytes.Buffer
	if err := run(context.Background(), c, &first, &progress); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), c, &second, &progress); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(first.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("want a header and 4 scenarios:\n%s", first.String())
	}
	for i, l := range lines[1:] {
		f := strings.Fields(l)
		if len(f) != 8 || f[1] != "30" || f[2] == "0" || len(f[3]) != 16 {
			t.Errorf("line %d: %q", i+1, l)
		}
		g := strings.Fields(strings.Split(second.String(), "\n")[i+1])
		if len(g) < 4 || g[2] != f[2] || g[3] != f[3] {
			t.Errorf("second run differs: %q vs %q", l, strings.Split(second.String(), "\n")[i+1])
		}
	}
	// Scenario lists as the flag may give them: each unknown name is an
	// error naming it, before or after known ones.
	for _, names := range []string{"", "events,", "nope", "\xff\xfe", "\x00", strings.Repeat("events", 1<<12), "events-sorted,EVENTS"} {
		c.scenarios = names
		var out bytes.Buffer
		err := run(context.Background(), c, &out, &progress)
		if err == nil || !strings.Contains(err.Error(), "unknown scenario") {
			t.Errorf("scenarios %.40q: %v, want an unknown scenario", names, err)
		}
	}
}
