package server

import (
	"context"
	"io"
	"testing"

	"github.com/sitrep/sitrep/store"
)

// demoStore codes the demo articles through the real pipeline once per
// test binary and opens the result read-only.
func demoStore(t testing.TB) store.Store {
	t.Helper()
	path, n, err := BuildDemo(context.Background(), t.TempDir(), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if n < 30 {
		t.Fatalf("demo stored %d documents", n)
	}
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("demo coding skipped in -short mode")
	}
	st := demoStore(t)
	ctx := context.Background()
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("demo: %+v", stats)
	if stats.Events < 30 || stats.Places == 0 || stats.Quotes == 0 {
		t.Errorf("demo database too thin: %+v", stats)
	}
	pts, err := st.Series(ctx, store.SeriesQuery{A: "USA", B: "CHN", Both: true, By: store.ByMonth})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, p := range pts {
		total += p.Count
	}
	months := 0
	for _, p := range pts {
		if p.Count > 0 {
			months++
		}
	}
	if months < 3 || total < 5 {
		t.Errorf("USA-CHN monthly series: %d months with events, %d events", months, total)
	}
}
