package engine

import (
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// TestGeoStage runs the geo stage through the engine, after the text
// stage and without the actor stage.
func TestGeoStage(t *testing.T) {
	p, err := New(Config{Stages: []string{"geo"}})
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("t", "Aid trucks reached Mosul, Iraq, on Monday. The convoy left Erbil at dawn.")
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Mosul": "IRQ", "Iraq": "IRQ", "Erbil": "IRQ"}
	got := map[string]string{}
	for _, pl := range d.Places {
		got[pl.Text] = pl.Country
		if d.Text[pl.Start:pl.End] != pl.Text || pl.Lat == 0 && pl.Lon == 0 {
			t.Errorf("bad place %+v", pl)
		}
	}
	for name, cc := range want {
		if got[name] != cc {
			t.Errorf("%s: country %q, want %q (places %+v)", name, got[name], cc, d.Places)
		}
	}
}

// TestGeoMetonymyWithActors checks that a capital the actor stage codes
// as a government is not reported as a place, while the places of the
// same sentence are.
func TestGeoMetonymyWithActors(t *testing.T) {
	p, err := New(Config{Stages: []string{"tag", "parse", "actor", "geo"}})
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("t", "Washington has broken off relations with Caracas. Moscow warned that shelling near Kharkiv would continue.")
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, pl := range d.Places {
		got[pl.Text] = true
	}
	for _, name := range []string{"Washington", "Moscow"} {
		if got[name] {
			t.Errorf("%s reported as a place; places %+v", name, d.Places)
		}
	}
	if !got["Kharkiv"] {
		t.Errorf("Kharkiv not found; places %+v", d.Places)
	}
}
