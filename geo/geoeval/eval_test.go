package geoeval

import (
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/internal/shared"
)

// TestLGLFloor scores the geoparser (with its own tokenizer) on the first
// 200 articles of LGL and asserts floors on recognition, resolution and
// country accuracy. For development, GEOEVAL_N sets the number of articles
// (0: all), GEOEVAL_GOLD another gold file, GEOEVAL_SHOW the number of
// worst errors to print and GEOEVAL_MISSES prints recognition errors; the
// floors hold only for the default subset.
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
	// Floors a little under what the first 200 LGL articles give
	// (acc@161km 0.843, country 0.971, precision 0.875, recall 0.665).
	if acc := sc.AccuracyAt161(); acc < 0.83 {
		t.Errorf("acc@161km = %.3f, want >= 0.83", acc)
	}
	if acc := sc.CountryAccuracy(); acc < 0.96 {
		t.Errorf("country accuracy = %.3f, want >= 0.96", acc)
	}
	if p := sc.Precision(); p < 0.78 {
		t.Errorf("recognition precision = %.3f, want >= 0.78", p)
	}
	if r := sc.Recall(); r < 0.58 {
		t.Errorf("recognition recall = %.3f, want >= 0.58", r)
	}
}

// TestRunListsAbsentNames checks that Show lists the gold names the
// gazetteer lacks, most frequent first, and counts them as missing.
func TestRunListsAbsentNames(t *testing.T) {
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	p := geo.NewParser(g)
	lat, lon := 41.0, -73.0
	text := "Boaters crossed Quillmarsh Sound to Quillmarsh Sound marina near Hartford and Zorvale Pond."
	top := func(name string, nth int) Toponym {
		i := -1
		for k := 0; k <= nth; k++ {
			i += 1 + strings.Index(text[i+1:], name)
		}
		return Toponym{StartByte: i, EndByte: i + len(name), Name: name, Lat: &lat, Lon: &lon}
	}
	arts := []Article{{ID: "t1", Text: text, Toponyms: []Toponym{
		top("Quillmarsh Sound", 0), top("Quillmarsh Sound", 1), top("Hartford", 0), top("Zorvale Pond", 0)}}}
	var out strings.Builder
	sc, err := Run(arts, func(d *doc.Document) error { p.Process(d); return nil }, p, Options{Show: 5}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if sc.SpanMissing != 3 {
		t.Errorf("SpanMissing = %d, want 3", sc.SpanMissing)
	}
	want := "absent     2\t\"Quillmarsh Sound\"\nabsent     1\t\"Zorvale Pond\"\n"
	if !strings.Contains(out.String(), want) {
		t.Errorf("output %q does not list the absent names as %q", out.String(), want)
	}
}
