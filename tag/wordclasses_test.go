package tag

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/treebanktest"
	"github.com/sitrep/sitrep/tag/perceptron"
)

func TestReadWordClasses(t *testing.T) {
	wc, err := ReadWordClasses(strings.NewReader("# a table\nGeneva\t0110\ngeneva\t0111\n\nrebels\t10\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(wc) != 3 || wc["Geneva"] != "0110" || wc["geneva"] != "0111" || wc["rebels"] != "10" {
		t.Errorf("read %v", wc)
	}
	for _, bad := range []string{"Geneva\n", "Geneva\t01x\n", "\t01\n", "Geneva\t\n"} {
		if _, err := ReadWordClasses(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestReadWordClassesFile checks that a damaged table's error names the
// file and the line, and that a missing file is an error.
func TestReadWordClassesFile(t *testing.T) {
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.tsv"), filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(good, []byte("Cairo\t0110\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("Cairo\t0110\nTehran 0110\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	wc, err := ReadWordClassesFile(good)
	if err != nil || len(wc) != 1 || wc["Cairo"] != "0110" {
		t.Errorf("good table: %v, %v", wc, err)
	}
	_, err = ReadWordClassesFile(bad)
	if err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad table: error %v, want one naming %s and line 2", err, bad)
	}
	if _, err := ReadWordClassesFile(filepath.Join(dir, "missing.tsv")); err == nil {
		t.Error("missing table: no error")
	}
}

// FuzzReadWordClasses checks that no table, plain, gzipped or damaged,
// makes ReadWordClasses panic, and that what it accepts holds only words
// with bit strings.
func FuzzReadWordClasses(f *testing.F) {
	table := "# classes\nGeneva\t0110\nrebels\t10\n\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(table))
	zw.Close()
	for _, seed := range [][]byte{
		[]byte(table), gz.Bytes(), gz.Bytes()[:len(gz.Bytes())/2], nil,
		[]byte("Geneva\t01x\n"), []byte("\t01\n"), []byte("Geneva\n"), {0x1f, 0x8b, 8},
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		wc, err := ReadWordClasses(bytes.NewReader(data))
		if err != nil {
			return
		}
		for w, bits := range wc {
			if w == "" || bits == "" || strings.Trim(bits, "01") != "" {
				t.Errorf("accepted word %q with class %q", w, bits)
			}
		}
	})
}

func TestTrainWithWordClasses(t *testing.T) {
	tb := treebanktest.Tiny()
	wc := WordClasses{"Geneva": "0110", "Cairo": "0110", "Iran": "0110", "Ankara": "0110", "rebels": "1011000", "troops": "1011001",
		"Monday": "0101", "visited": "111"}
	tg, err := Train(tb, nil, TrainOptions{Epochs: 10, Seed: 3, Classes: wc, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, len(classesMagic))
	if _, err := io.ReadFull(zr, head); err != nil || string(head) != classesMagic {
		t.Errorf("file starts %q, want %q", head, classesMagic)
	}
	back, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(back.classes) != len(wc) || back.classes["rebels"] != "1011000" || back.caps != nil {
		t.Errorf("after the round trip: classes %v, capitals %v", back.classes, back.caps)
	}
	// Ankara, never seen in training, shares Geneva's class.
	probe := strings.Fields("Talks will resume in Ankara .")
	u1, x1 := tg.Tag(probe)
	u2, x2 := back.Tag(probe)
	if !slices.Equal(u1, u2) || !slices.Equal(x1, x2) {
		t.Errorf("round trip changed the tags: %v %v vs %v %v", u1, x1, u2, x2)
	}
	if u1[4] != "PROPN" {
		t.Errorf("Ankara tagged %s, want PROPN", u1[4])
	}
	// A word is looked up as written, then lowercased; its prefixes of 6
	// and 10 bits and the whole string are hashed, the prefixes longer
	// than the string being the whole string.
	ws := make([]word, 3)
	back.describe("Rebels", &ws[0])
	back.describe("Geneva", &ws[1])
	back.describe("Kyiv", &ws[2])
	want := [2][3]string{
		{"101100", "1011000", "1011000"},
		{"0110", "0110", "0110"},
	}
	for i := range 2 {
		for k, p := range want[i] {
			if ws[i].cls[k] != perceptron.Hash(p) {
				t.Errorf("word %d prefix %d is not the hash of %q", i, k, p)
			}
		}
	}
	for k := range ws[2].cls {
		if ws[2].cls[k] != noClass {
			t.Errorf("unknown word: prefix %d has a class", k)
		}
	}
	// Capitalisation classes and word classes together survive the round
	// trip.
	both, err := Train(tb, nil, TrainOptions{Epochs: 2, Seed: 3, Classes: wc, Capitals: Capitals{"geneva": 3}})
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := both.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err = Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.caps["geneva"] != 3 || len(back.caps) != 1 || len(back.classes) != len(wc) {
		t.Errorf("after the round trip: capitals %v, %d classes", back.caps, len(back.classes))
	}
}
