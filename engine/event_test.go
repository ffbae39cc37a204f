package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
