package input

import (
	"bytes"
	"io"
	"testing"
	"unicode/utf8"
)

// FuzzReader reads arbitrary bytes as JSONL, Markdown and text: the reader
// must return records or errors, never panic, and every document it makes
// must hold valid UTF-8 with its blocks inside the text.
func FuzzReader(f *testing.F) {
	f.Add([]byte(`{"id":"a","date":"2019-03-07","text":"Talks resumed."}` + "\n{bad\n"))
	f.Add([]byte("# Title\n\nBEIRUT — Talks *resumed*.\n"))
	f.Add([]byte{0x1f, 0x8b, 0, 1})
	f.Add([]byte("caf\xe9\n"))
	f.Add([]byte("Title: AT&amp;T &quot;deal&quot;\n\nBEIRUT &mdash; Talks&nbsp;resumed.\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, name := range []string{"f.jsonl", "f.md", "f.txt"} {
			r, err := NewReader(bytes.NewReader(b), name, Options{})
			if err != nil {
				continue
			}
			for range 1000 {
				rec, err := r.Next()
				if err == io.EOF || err != nil {
					break
				}
				if rec.Err != nil {
					continue
				}
				d := rec.Doc
				if !utf8.ValidString(d.Text) {
					t.Fatalf("%s: document text is not valid UTF-8", name)
				}
				for _, bl := range d.Layout.Blocks {
					if bl.Start < 0 || bl.End > len(d.Text) || bl.Start > bl.End {
						t.Fatalf("%s: block [%d,%d) outside text of %d bytes", name, bl.Start, bl.End, len(d.Text))
					}
				}
			}
		}
	})
}
