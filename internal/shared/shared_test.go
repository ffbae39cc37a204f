package shared

import (
	"path/filepath"
	"testing"
)

func TestPathOr(t *testing.T) {
	const own = "testdata/our-own-corpus.jsonl"
	if got := PathOr(own); got != own {
		t.Errorf("PathOr(%q) = %q, want it unchanged", own, got)
	}
	want := Require(t, "data/ud/en_ewt-ud-dev.conllu.gz")
	got := PathOr("data/ud/en_ewt-ud-dev.conllu.gz")
	if got != want || !filepath.IsAbs(got) {
		t.Errorf("PathOr of a shared file = %q, want %q", got, want)
	}
}
