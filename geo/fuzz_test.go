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
		"VOTERS IN DAYTON, OR NOT. Crews from Portland, ME\xff",
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

// FuzzResolveSpans checks that any text and span, in range or not, are
// resolved without a panic, one place or nil per span, and that a place
// lies on its span and matches the text. The name is given twice so that
// its first mention may qualify the second.
func FuzzResolveSpans(f *testing.F) {
	for _, s := range []struct {
		text       string
		start, end int
	}{
		{"QUILLMARSH, Okla. (AP) — Zorvale Park in Des Moines closed.", 0, 10},
		{"Crews from DeZorvale, Ohio, came. Zorvale was spared.", 34, 41},
		{"Fire in Madison Twp. near Hamilton and Middletown, Ohio.", 8, 20},
		{"Zorvale, IL\xff", 0, 7},
		{"QUILLMARSH, OH — Quillmarsh.é", 19, 29},
		{"", 0, 0},
		{"Belgrade in central Minnesota", -1, 8},
	} {
		f.Add(s.text, s.start, s.end)
	}
	p := testParser(f)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		spans := []doc.Span{{Start: start, End: end}, {Start: start, End: end}}
		if start >= 0 && end <= len(text) && start < end {
			// A second mention of the same name later in the text.
			spans = append(spans, doc.Span{Start: len(text) + 1, End: len(text) + 1 + end - start})
			text += " " + text[start:end]
		}
		got := p.ResolveSpans(doc.New("f", text), spans)
		if len(got) != len(spans) {
			t.Fatalf("%d places for %d spans", len(got), len(spans))
		}
		for i, pl := range got {
			if pl != nil && (pl.Start != spans[i].Start || pl.End != spans[i].End || text[pl.Start:pl.End] != pl.Text) {
				t.Fatalf("place %+v for span %+v in %q", pl, spans[i], text)
			}
		}
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
