package server

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep/store"
)

// browserData returns the demo database (the bundled articles coded by the
// real pipeline, as `sitrep serve --demo` serves them), the dyad the
// dashboard draws, and the article that shows the most kinds of spans.
func browserData(t *testing.T) (st store.Store, a, b, article string) {
	st = demoStore(t)
	ctx := context.Background()
	docs, err := st.Documents(ctx, store.DocFilter{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	best := -1
	for _, ds := range docs {
		d, err := st.Document(ctx, ds.ID)
		if err != nil {
			t.Fatal(err)
		}
		kinds := 0
		for _, n := range []int{len(d.Entities), len(d.Events), len(d.Quotes), len(d.Dates), len(d.Places), len(d.Amounts)} {
			if n > 0 {
				kinds++
			}
		}
		if len(d.Events) > 0 && kinds > best {
			best, article = kinds, d.ID
		}
	}
	if article == "" {
		t.Fatal("no demo article has events")
	}
	// The dashboard shows USA and China when the pipeline found events
	// between them, else the most active actor with anyone.
	a, b = "USA", "CHN"
	if pts, err := st.Series(ctx, store.SeriesQuery{A: a, B: b, Both: true, By: store.ByMonth}); err != nil || len(pts) == 0 {
		top, err := st.TopActors(ctx, store.ActorQuery{Limit: 1})
		if err != nil || len(top) == 0 {
			t.Fatalf("no actors in the demo: %v", err)
		}
		a, b = top[0].Code, "any"
	}
	return st, a, b, article
}
