package geo

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func TestDbg(t *testing.T) {
	id := os.Getenv("DBG")
	if id == "" {
		t.Skip()
	}
	f, _ := os.Open("/work/shared/data/geo/geoparsing/lgl.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	g, _ := Default()
	p := NewParser(g)
	for sc.Scan() {
		var a struct{ ID, Text string }
		json.Unmarshal(sc.Bytes(), &a)
		if a.ID != id {
			continue
		}
		d := doc.New(a.ID, a.Text)
		sents := Tokenize(d.Text)
		ms := p.recognize(d, sents)
		p.resolve(d, ms, demonymCountries(sents))
		for _, m := range ms {
			fmt.Printf("%q best=%d\n", d.Text[m.start:m.end], m.best)
			for ci, c := range m.cands[:min(4, len(m.cands))] {
				e := g.Entries[c.entry]
				fmt.Printf("   %.2f %s %s %s %s %d\n", m.scores[ci], e.Name, e.Country, e.Admin1Key, e.Code, e.Population)
			}
		}
	}
}
