package engine

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func codeActors(t *testing.T, cfg Config, txt, date string) *doc.Document {
	t.Helper()
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("t", txt)
	if d.Date, err = doc.ParseDay(date); err != nil {
		t.Fatal(err)
	}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func entity(d *doc.Document, text string) *doc.Entity {
	for i := range d.Entities {
		if d.Entities[i].Text == text {
			return &d.Entities[i]
		}
	}
	return nil
}

func TestActorStage(t *testing.T) {
	stages := []string{"actor"}
	for _, s := range []string{"tag", "parse"} {
		if slices.Contains(StageNames(), s) {
			stages = append(stages, s)
		}
	}
	if len(stages) == 3 {
		d := codeActors(t, Config{Stages: stages}, "Moscow accused Kyiv of shelling the plant. The minister visited Kyiv.", "2023-05-01")
		if e := entity(d, "Kyiv"); e == nil || e.Code != "UKRGOV" || e.Sentence != 0 {
			t.Errorf("capital as object: %+v", d.Entities)
		}
	}
	for _, st := range [][]string{{"actor"}, stages} {
		d := codeActors(t, Config{Stages: st}, "Beijing has suspended the talks. Turkish jets struck Houthi positions, the Pentagon said.", "2019-05-01")
		for _, want := range []struct{ text, code string }{{"Beijing", "CHNGOV"}, {"Turkish jets", "TURMIL"}, {"Pentagon", "USAMIL"}} {
			e := entity(d, want.text)
			if e == nil || e.Code != want.code {
				t.Errorf("stages %v: %q: got %+v, want %s", st, want.text, e, want.code)
			}
		}
	}
}

func TestActorDictDir(t *testing.T) {
	dir := t.TempDir()
	user := "%kind person\nZora Velik\n  MLT\n  MLTGOV 2020-01-01.. Foreign Minister\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.actors.txt"), []byte(user), 0o644); err != nil {
		t.Fatal(err)
	}
	d := codeActors(t, Config{DictDir: dir, Stages: []string{"actor"}}, "Zora Velik met the Russian envoy.", "2021-01-01")
	if e := entity(d, "Zora Velik"); e == nil || e.Code != "MLTGOV" {
		t.Errorf("user dictionary entry: %+v", e)
	}
	if e := entity(d, "Russian envoy"); e == nil || e.Code != "RUSGOV" {
		t.Errorf("embedded entries kept: %+v", e)
	}
	if err := os.WriteFile(filepath.Join(dir, "people.txt"), []byte("%kind person\nbroken line without indent\n  NOTACODE!! x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Config{DictDir: dir, Stages: []string{"actor"}}); err == nil {
		t.Error("a broken user dictionary must fail with an error")
	}
}

func TestActorPetrarchDicts(t *testing.T) {
	dir := t.TempDir()
	actors := "ZORA_VELIK_ [MLTGOV]\n+MINISTER_VELIK\n"
	if err := os.WriteFile(filepath.Join(dir, "Mine.actors.txt"), []byte(actors), 0o644); err != nil {
		t.Fatal(err)
	}
	d := codeActors(t, Config{PetrarchDicts: dir, Stages: []string{"actor"}}, "Zora Velik arrived in Moscow.", "2021-01-01")
	if e := entity(d, "Zora Velik"); e == nil || e.Code != "MLTGOV" {
		t.Errorf("PETRARCH entry: %+v", e)
	}
	if _, err := New(Config{PetrarchDicts: filepath.Join(dir, "missing"), Stages: []string{"actor"}}); err == nil {
		t.Error("a missing PETRARCH folder must fail")
	}
}

// benchText is a news-like paragraph of our own writing.
const benchText = `Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Tuesday, the Kremlin said. Turkish jets struck positions held by Kurdish militants near the Iraqi border, the Defence Ministry said in a statement.
Houthi fighters fired two missiles at a Saudi oil facility, a coalition spokesman told reporters. Washington condemned the attack and President Joe Biden called Crown Prince Mohammed bin Salman.
Malian forces and Wagner mercenaries killed dozens of civilians in the village of Dara, according to a United Nations report. The ministry rejected the report. Ana Lopez, Peru's foreign minister, said she would raise the issue at the Security Council.`

func benchStages(b *testing.B, stages []string) {
	p, err := New(Config{Stages: stages})
	if err != nil {
		b.Fatal(err)
	}
	day := doc.DayOf(2022, 3, 1)
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	for b.Loop() {
		d := doc.New("b", benchText)
		d.Date = day
		if err := p.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTextOnly is the baseline for BenchmarkActor.
func BenchmarkTextOnly(b *testing.B) { benchStages(b, []string{"text"}) }

// BenchmarkActor runs the text and actor stages (dictionaries, NER,
// composition and coreference) over benchText.
func BenchmarkActor(b *testing.B) { benchStages(b, []string{"actor"}) }
