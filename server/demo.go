package server

import (
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/store"
)

// demoFiles are briefs of our own invention, a year of news on a few
// dyads, so the demo's dashboard has a series to draw.
//
//go:embed demo/*.jsonl
var demoFiles embed.FS

// ExamplesDir finds the repository's examples folder: $SITREP_EXAMPLES,
// ./examples, or the one beside this source file's module; "" if none.
func ExamplesDir() string {
	cands := []string{os.Getenv("SITREP_EXAMPLES"), "examples"}
	if _, file, _, ok := runtime.Caller(0); ok {
		cands = append(cands, filepath.Join(filepath.Dir(file), "..", "examples"))
	}
	for _, c := range cands {
		if c == "" {
			continue
		}
		if st, err := os.Stat(c); err == nil && st.IsDir() {
			return c
		}
	}
	return ""
}

// BuildDemo codes the bundled articles (the embedded demo briefs and the
// repository's examples, when found) through the full pipeline into a new
// database in dir, and returns its path and the number of documents
// stored. Problems with single documents are written to warn.
func BuildDemo(ctx context.Context, dir string, warn io.Writer) (string, int, error) {
	briefs := filepath.Join(dir, "briefs")
	if err := os.MkdirAll(briefs, 0o755); err != nil {
		return "", 0, fmt.Errorf("demo: %w", err)
	}
	names, err := fs.Glob(demoFiles, "demo/*.jsonl")
	if err != nil {
		return "", 0, fmt.Errorf("demo: %w", err)
	}
	for _, n := range names {
		b, err := demoFiles.ReadFile(n)
		if err != nil {
			return "", 0, fmt.Errorf("demo: %w", err)
		}
		if err := os.WriteFile(filepath.Join(briefs, filepath.Base(n)), b, 0o644); err != nil {
			return "", 0, fmt.Errorf("demo: %w", err)
		}
	}
	paths := []string{briefs}
	if ex := ExamplesDir(); ex != "" {
		paths = append(paths, ex)
	}
	p, err := engine.New(engine.Config{})
	if err != nil {
		return "", 0, fmt.Errorf("demo: build pipeline: %w", err)
	}
	path := filepath.Join(dir, "demo.db")
	st, err := store.Open(path, store.Options{})
	if err != nil {
		return "", 0, fmt.Errorf("demo: %w", err)
	}
	stats, err := ingest.Run(ctx, st, p, paths, ingest.Options{Warn: warn})
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", 0, fmt.Errorf("demo: ingest: %w", err)
	}
	if stats.Stored == 0 {
		return "", 0, fmt.Errorf("demo: no article was stored (%s)", stats)
	}
	return path, stats.Stored, nil
}
