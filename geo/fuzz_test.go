package geo

import (
	"bytes"
	"compress/gzip"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// FuzzProcess checks that any text is tokenized and geoparsed without a
// panic and that every place span lies on the text and matches it.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"Shelling hit Paris, Texas, and Tripoli.",
		"St. Louis, Mo. -- Fighting in the Gaza Strip's north.",
		"",
		"\xff\xfe Al-Qaim near Mosul’s outskirts",
		"NEW YORK (AP) — Washington said",
	} {
		f.Add(s)
	}
	p := testParser(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = string([]rune(text))
		}
		d := doc.New("f", text)
		p.Process(d)
		for _, pl := range d.Places {
			if pl.Start < 0 || pl.End > len(text) || pl.Start >= pl.End || text[pl.Start:pl.End] != pl.Text {
				t.Fatalf("bad span %+v in %q", pl, text)
			}
		}
		d.Events = []doc.Event{{Sentence: 0, Start: 0, End: min(1, len(text)), TriggerToken: 0}}
		AttachEvents(d)
	})
}

// FuzzRead checks that corrupt gazetteer files give errors, not panics.
func FuzzRead(f *testing.F) {
	var small bytes.Buffer
	g := &Gazetteer{Entries: []Entry{{ID: 1, Name: "Testville", Class: "P", Code: "PPL", Country: "USA", Lat: 1, Lon: 2}},
		keys: []string{"testville"}, post: [][]posting{{{0, true}}}}
	if err := g.Write(&small); err != nil {
		f.Fatal(err)
	}
	f.Add(small.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Read(bytes.NewReader(data))
		var zb bytes.Buffer
		zw := gzip.NewWriter(&zb)
		zw.Write(data)
		zw.Close()
		_, _ = Read(&zb)
	})
}
