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
)

func TestReadCapitals(t *testing.T) {
	table := "# word table of our own\nrebels\t3\t40\t0\nGeneva\t6\t90\t3\nnocluster\t-\t-\t1\n\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(table))
	zw.Close()
	for name, in := range map[string][]byte{"plain": []byte(table), "gzip": gz.Bytes()} {
		caps, err := ReadCapitals(bytes.NewReader(in))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := Capitals{"rebels": 0, "geneva": 3, "nocluster": 1}
		if len(caps) != len(want) {
			t.Errorf("%s: got %v, want %v", name, caps, want)
		}
		for w, c := range want {
			if got, ok := caps[w]; !ok || got != c {
				t.Errorf("%s: %q has class %d (%v), want %d", name, w, got, ok, c)
			}
		}
	}
	for _, bad := range []string{"rebels\t3\t40\n", "rebels\t3\t40\t7\n", "rebels\t3\t40\t12\n", "\x1f\x8bnot gzip"} {
		if _, err := ReadCapitals(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadCapitals(%q) gave no error", bad)
		}
	}
}

// TestReadCapitalsFile checks that a damaged word table's error names the
// file.
func TestReadCapitalsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "words.tsv")
	if err := os.WriteFile(path, []byte("Cairo\t6\t90\t3\nTehran\t6\t90\t9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadCapitalsFile(path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v, want one naming %s", err, path)
	}
}

func TestTrainWithCapitals(t *testing.T) {
	tb := treebanktest.Tiny()
	caps := Capitals{"geneva": 3, "cairo": 3, "iran": 3, "monday": 3, "rebels": 0, "talks": 0, "police": 0}
	tg, err := Train(tb, tb, TrainOptions{Epochs: 10, Seed: 3, Capitals: caps, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Capitals()) != len(caps) || back.Capitals()["geneva"] != 3 {
		t.Errorf("capitals after the round trip: %v, want %v", back.Capitals(), caps)
	}
	probe := strings.Fields("Police visited Geneva on Monday .")
	u1, x1 := tg.Tag(probe)
	u2, x2 := back.Tag(probe)
	if !slices.Equal(u1, u2) || !slices.Equal(x1, x2) {
		t.Errorf("round trip changed the tags: %v %v vs %v %v", u1, x1, u2, x2)
	}
	// Words the lexicon lacks get the class of their lowercased form, or
	// none; words it has an ambiguity class for ("the") get none.
	back.caps["the"] = 0
	ws := make([]word, 4)
	back.describe("GENEVA", &ws[0])
	back.describe("Police", &ws[1])
	back.describe("Ankara", &ws[2])
	back.describe("The", &ws[3])
	if ws[0].capc != 3 || ws[1].capc != 0 || ws[2].capc != noCapital || ws[3].capc != noCapital {
		t.Errorf("capitalisation classes %d %d %d %d, want 3 0 %d %d", ws[0].capc, ws[1].capc, ws[2].capc, ws[3].capc, noCapital, noCapital)
	}
	// A tagger without a table has none, and loads as before.
	plain, err := Train(tb, nil, TrainOptions{Epochs: 2, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if plain.Capitals() != nil {
		t.Errorf("tagger trained without a table has capitals %v", plain.Capitals())
	}
	// Files of taggers without a table keep the first format, those with
	// one announce theirs.
	for _, tc := range []struct {
		tg    *Tagger
		magic string
	}{{plain, fileMagic}, {tg, capsMagic}} {
		var b bytes.Buffer
		if err := tc.tg.Save(&b); err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		head := make([]byte, len(tc.magic))
		if _, err := io.ReadFull(zr, head); err != nil || string(head) != tc.magic {
			t.Errorf("file starts %q, want %q", head, tc.magic)
		}
	}
}

// TestEmptyCapitalsRoundTrip checks that a tagger trained with an empty
// word table (a table of comments only) loads with its capitalisation
// features still on, so that it tags as it did before saving.
func TestEmptyCapitalsRoundTrip(t *testing.T) {
	caps, err := ReadCapitals(strings.NewReader("# no words yet\n"))
	if err != nil {
		t.Fatal(err)
	}
	tb := treebanktest.Tiny()
	tg, err := Train(tb, nil, TrainOptions{Epochs: 3, Seed: 7, Capitals: caps})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Capitals() == nil || len(back.Capitals()) != 0 {
		t.Errorf("capitals after the round trip: %v, want an empty table", back.Capitals())
	}
	for _, s := range []string{"Police visited Geneva on Monday .", "Talks resumed in Cairo ."} {
		forms := strings.Fields(s)
		u1, x1 := tg.Tag(forms)
		u2, x2 := back.Tag(forms)
		if !slices.Equal(u1, u2) || !slices.Equal(x1, x2) {
			t.Errorf("%q: round trip changed the tags: %v %v vs %v %v", s, u1, x1, u2, x2)
		}
	}
}

// TestLoadDamagedReportsDamage cuts the end off the model data of saved
// taggers of every kind: Load fails with the damage ("model 1: ..."), not
// with a file of another kind.
func TestLoadDamagedReportsDamage(t *testing.T) {
	tb := treebanktest.Tiny()
	for _, o := range []TrainOptions{{}, {Capitals: Capitals{"geneva": 3, "rebels": 0}}, {Classes: WordClasses{"Geneva": "0110"}}} {
		caps := o.Capitals
		o.Epochs, o.Seed = 2, 11
		tg, err := Train(tb, nil, o)
		if err != nil {
			t.Fatal(err)
		}
		var saved bytes.Buffer
		if err := tg.Save(&saved); err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(&saved)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		var cut bytes.Buffer
		zw := gzip.NewWriter(&cut)
		if _, err := zw.Write(raw[:len(raw)-9]); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		_, err = Load(&cut)
		if err == nil || !strings.Contains(err.Error(), "model 1") {
			t.Errorf("capitals %v, classes %v: Load of a cut file gave %v, want the damage to model 1", caps, o.Classes, err)
		}
	}
}
