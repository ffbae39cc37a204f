//go:build unix

package cputime

import "testing"

// TestUsed checks that a running test process has used CPU time and that
// the clock never runs backwards across work.
func TestUsed(t *testing.T) {
	first := Used()
	if first <= 0 {
		t.Fatalf("Used() = %v in a running process, want > 0", first)
	}
	sum := 0
	for i := range 1 << 22 {
		sum += i & 7
	}
	if second := Used(); second < first {
		t.Errorf("Used() = %v after work (sum %d), want at least %v", second, sum, first)
	}
}
