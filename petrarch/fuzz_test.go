package petrarch

import (
	"strings"
	"testing"
	"time"
)

// FuzzReadActors checks that any input yields entries or errors, never a
// panic, and that lookups on what was read are safe.
func FuzzReadActors(f *testing.F) {
	f.Add(sampleActors)
	f.Add("A_ [B 9901]\n+C_\n\t[D >991231]\n<!--\n")
	f.Add("!X! = A, B\nFOO!X! {BARS} [~GOV]\n")
	f.Fuzz(func(t *testing.T, s string) {
		d := NewDict()
		_ = d.ReadActors(strings.NewReader(s), "fuzz")
		_ = d.ReadAgents(strings.NewReader(s), "fuzz")
		_ = d.ReadDiscards(strings.NewReader(s), "fuzz")
		words := strings.Fields(s)
		d.LookupActor(words, time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC))
		d.LookupAgent(words)
		d.Discarded(words)
	})
}
