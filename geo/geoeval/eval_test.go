package geoeval

import (
	"io"
	"os"
	"strconv"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/internal/shared"
)

// TestLGLFloor scores the geoparser (with its own tokenizer) on a subset
// of LGL and asserts floors on resolution and country accuracy.
// GEOEVAL_N sets the number of articles (0: all).
func TestLGLFloor(t *testing.T) {
	path := shared.Require(t, "data/geo/geoparsing/lgl.jsonl")
	if s := os.Getenv("GEOEVAL_GOLD"); s != "" {
		path = s
	}
	n := 200
	if s := os.Getenv("GEOEVAL_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	arts, err := Read(path, n)
	if err != nil {
		t.Fatal(err)
	}
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	p := geo.NewParser(g)
	out := io.Discard
	show := 0
	if os.Getenv("GEOEVAL_SHOW") != "" {
		out = os.Stdout
		show, _ = strconv.Atoi(os.Getenv("GEOEVAL_SHOW"))
	}
	sc, err := Run(arts, func(d *doc.Document) error { p.Process(d); return nil }, p, Options{Show: show, Misses: os.Getenv("GEOEVAL_MISSES") != ""}, out)
	if err != nil {
		t.Fatal(err)
	}
	sc.Report(os.Stdout, path)
	if acc := sc.AccuracyAt161(); acc < 0.75 {
		t.Errorf("acc@161km = %.3f, want >= 0.75", acc)
	}
	if acc := sc.CountryAccuracy(); acc < 0.9 {
		t.Errorf("country accuracy = %.3f, want >= 0.90", acc)
	}
	if p := sc.Precision(); p < 0.5 {
		t.Errorf("recognition precision = %.3f, want >= 0.5", p)
	}
}
