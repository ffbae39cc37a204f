package server

import (
	"testing"

	"github.com/sitrep/sitrep/store"
)

// browserData returns the store the browser test runs against, a dyad
// with events and an article with every kind of span.
func browserData(t *testing.T) (st store.Store, a, b, article string) {
	return fixtureStore(t), "USA", "CHN", "kharkiv-shelling"
}
