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
