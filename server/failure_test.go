package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/store"
)

// faultyStore wraps a store and misbehaves in Stats, TopActors and Series.
type faultyStore struct {
	store.Store
}

func (faultyStore) Stats(context.Context) (store.Stats, error) { panic("stats exploded") }

func (faultyStore) TopActors(context.Context, store.ActorQuery) ([]store.ActorCount, error) {
	return nil, errors.New("disk on fire")
}

func (faultyStore) Series(ctx context.Context, _ store.SeriesQuery) ([]store.SeriesPoint, error) {
	<-ctx.Done() // a query that outlives its deadline
	return nil, ctx.Err()
}

func TestFailures(t *testing.T) {
	var logs bytes.Buffer
	s, err := New(faultyStore{fixtureStore(t)}, Options{
		Logger:       slog.New(slog.NewJSONHandler(&logs, nil)),
		QueryTimeout: 50 * time.Millisecond,
		CacheTTL:     -1,
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		url    string
		status int
		msg    string
		log    string
	}{
		{"/api/stats", 500, "internal error", "stats exploded"},
		{"/api/actors", 500, "internal error", "disk on fire"},
		{"/api/dyads/USA/CHN/series", 503, "took too long", ""},
	}
	for _, tt := range tests {
		rec := get(t, s, tt.url)
		var body errorBody
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != tt.status || !strings.Contains(body.Error, tt.msg) {
			t.Errorf("%s: %d %q, want %d %q", tt.url, rec.Code, rec.Body, tt.status, tt.msg)
		}
		if tt.log != "" && !strings.Contains(logs.String(), tt.log) {
			t.Errorf("%s: the log lacks %q:\n%s", tt.url, tt.log, logs.String())
		}
	}
	// With the cache on, a panic under a cache fill is an error too.
	cached, err := New(faultyStore{fixtureStore(t)}, Options{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if rec := get(t, cached, "/api/stats"); rec.Code != 500 || !strings.Contains(rec.Body.String(), "internal error") {
		t.Errorf("cached panic: %d %q", rec.Code, rec.Body)
	}
	// The server still answers after a panic.
	if rec := get(t, s, "/api/events?limit=1"); rec.Code != 200 {
		t.Errorf("after failures: %d", rec.Code)
	}
	if !strings.Contains(logs.String(), `"status":500`) || !strings.Contains(logs.String(), `"level":"ERROR"`) {
		t.Errorf("5xx not logged as errors:\n%s", logs.String())
	}
}

// TestBusy fills every in-flight slot: the next request waits its queue
// time and gets 503 with Retry-After.
func TestBusy(t *testing.T) {
	s, err := New(faultyStore{fixtureStore(t)}, Options{MaxInFlight: 1, QueueTimeout: 30 * time.Millisecond, QueryTimeout: 300 * time.Millisecond, CacheTTL: -1})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		get(t, s, "/api/dyads/USA/CHN/series") // holds the slot until its deadline
		close(done)
	}()
	time.Sleep(50 * time.Millisecond)
	rec := get(t, s, "/api/events")
	if rec.Code != 503 || rec.Header().Get("Retry-After") != "1" || !strings.Contains(rec.Body.String(), "busy") {
		t.Errorf("busy: %d %q %q", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	<-done
}
