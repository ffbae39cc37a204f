package input

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func readAll(t *testing.T, r *Reader) []Record {
	t.Helper()
	var out []Record
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		out = append(out, rec)
	}
}

func TestJSONLKeepsGoingAfterBadLine(t *testing.T) {
	in := `{"id":"a1","date":"2019-03-07","title":"Talks","text":"Envoys met in Doha."}
{"id":"a2","text": broken
{"date":"2020-01-02T10:00:00Z","text":"No id here."}

{"id":"a4","date":null,"text":"Dated by default."}
{"id":"a5"}
`
	def := doc.DayOf(2019, 1, 1)
	r, err := NewReader(strings.NewReader(in), "news.jsonl", Options{DefaultDate: def})
	if err != nil {
		t.Fatal(err)
	}
	recs := readAll(t, r)
	if len(recs) != 5 {
		t.Fatalf("got %d records, want 5", len(recs))
	}
	tests := []struct {
		id, date, where string
		bad             bool
	}{
		{"a1", "2019-03-07", "news.jsonl:1", false},
		{"", "", "news.jsonl:2", true},
		{"news.jsonl:3", "2020-01-02", "news.jsonl:3", false},
		{"a4", "2019-01-01", "news.jsonl:5", false},
		{"", "", "news.jsonl:6", true},
	}
	for i, tc := range tests {
		rec := recs[i]
		if rec.Where != tc.where {
			t.Errorf("record %d: where %q, want %q", i, rec.Where, tc.where)
		}
		if tc.bad {
			if rec.Err == nil || !strings.Contains(rec.Err.Error(), tc.where) {
				t.Errorf("record %d: error %v, want one naming %s", i, rec.Err, tc.where)
			}
			continue
		}
		if rec.Err != nil {
			t.Fatalf("record %d: %v", i, rec.Err)
		}
		if rec.Doc.ID != tc.id || rec.Doc.Date.String() != tc.date {
			t.Errorf("record %d: id %q date %q, want %q %q", i, rec.Doc.ID, rec.Doc.Date, tc.id, tc.date)
		}
	}
	if recs[0].Doc.Title != "Talks" || recs[0].Doc.Text != "Envoys met in Doha." {
		t.Errorf("record 0: title %q text %q", recs[0].Doc.Title, recs[0].Doc.Text)
	}
}

func TestGzipJSONL(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"id":"g1","text":"Rebels shelled the port."}` + "\n"))
	zw.Close()
	r, err := NewReader(&buf, "corpus.jsonl.gz", Options{})
	if err != nil {
		t.Fatal(err)
	}
	recs := readAll(t, r)
	if len(recs) != 1 || recs[0].Doc.ID != "g1" {
		t.Fatalf("got %+v", recs)
	}
}

func TestBinaryRefused(t *testing.T) {
	bin := []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0}
	_, err := NewReader(bytes.NewReader(bin), "a.out", Options{})
	if !errors.Is(err, ErrBinary) {
		t.Fatalf("err = %v, want ErrBinary", err)
	}
	if _, err := FromText("x", "a\x00b", Options{}); !errors.Is(err, ErrBinary) {
		t.Fatalf("FromText err = %v, want ErrBinary", err)
	}
}

func TestInvalidUTF8Repaired(t *testing.T) {
	d, err := FromText("bad", "Caf\xe9 talks in Gen\xe8ve.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Caf\uFFFD talks in Gen\uFFFDve." {
		t.Errorf("text %q", d.Text)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "2 invalid UTF-8") {
		t.Errorf("warnings %q", d.Warnings)
	}
}

func TestTextFileFormats(t *testing.T) {
	tests := []struct {
		name, in string
		format   Format
		title    string
		kinds    []doc.BlockKind
	}{
		{"brief.txt", "Ceasefire holds in Idlib\n\nDAMASCUS, March 3 (Reuters) - Shelling stopped.\n\nAid entered.\n", Text,
			"Ceasefire holds in Idlib", []doc.BlockKind{doc.BlockTitle, doc.BlockDateline, doc.BlockParagraph, doc.BlockParagraph}},
		{"brief.md", "# Ceasefire *holds*\n\nBEIRUT — Talks **resumed**.\n\n- first item\n- second item\n", Markdown,
			"Ceasefire holds", []doc.BlockKind{doc.BlockTitle, doc.BlockDateline, doc.BlockParagraph, doc.BlockListItem, doc.BlockListItem}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(tc.in), tc.name, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if r.Format() != tc.format {
				t.Errorf("format %q, want %q", r.Format(), tc.format)
			}
			recs := readAll(t, r)
			if len(recs) != 1 || recs[0].Err != nil {
				t.Fatalf("records %+v", recs)
			}
			d := recs[0].Doc
			if d.Title != tc.title {
				t.Errorf("title %q, want %q", d.Title, tc.title)
			}
			var kinds []doc.BlockKind
			for _, b := range d.Layout.Blocks {
				kinds = append(kinds, b.Kind)
			}
			if len(kinds) != len(tc.kinds) {
				t.Fatalf("blocks %v, want %v", kinds, tc.kinds)
			}
			for i := range kinds {
				if kinds[i] != tc.kinds[i] {
					t.Errorf("block %d is %s, want %s", i, kinds[i], tc.kinds[i])
				}
			}
		})
	}
}

func TestHeaders(t *testing.T) {
	tests := []struct {
		name, in               string
		format                 Format
		title, date, source    string
		firstSentenceStartWith string
	}{
		{"front matter", "---\ntitle: Talks resume\ndate: 2019-03-07\nsource: sitrep\nlayout: post\n---\n\nEnvoys met in Doha.\n", Markdown,
			"Talks resume", "2019-03-07", "sitrep", "Envoys"},
		{"key lines", "Title: Truce holds\nDate: March 7, 2019\n\nGuns fell silent in Idlib.\n", Text,
			"Truce holds", "2019-03-07", "", "Guns"},
		{"prose is not a header", "Note: talks resumed.\n\nEnvoys met.\n", Text,
			"", "2019-01-01", "", "Note"},
		{"bad date is not a header", "Date: soon\n\nEnvoys met.\n", Text,
			"Date: soon", "2019-01-01", "", "Date"},
		{"references in a header title", "Title: AT&amp;T buys &quot;TimeWarner&quot;\nDate: 2019-03-07\n\nThe deal closed.\n", Text,
			"AT&T buys \"TimeWarner\"", "2019-03-07", "", "The"},
		{"references in a headline", "AT&amp;T buys TimeWarner&#8217;s studios\n\nThe deal closed on Monday.\n", Text,
			"AT&T buys TimeWarner’s studios", "2019-01-01", "", "AT&amp;T"},
		{"references in a Markdown heading", "# R&amp;D &mdash; *the* budget\n\nThe deal closed.\n", Markdown,
			"R&D — the budget", "2019-01-01", "", "R&amp;D"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := FromText("x", tc.in, Options{Format: tc.format, DefaultDate: doc.DayOf(2019, 1, 1)})
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tc.title || d.Date.String() != tc.date || d.Source != tc.source {
				t.Errorf("title %q date %q source %q, want %q %q %q", d.Title, d.Date, d.Source, tc.title, tc.date, tc.source)
			}
			if len(d.Layout.Blocks) == 0 {
				t.Fatal("no blocks")
			}
			b := d.Layout.Blocks[0]
			if got := d.Text[b.Start:b.End]; !strings.HasPrefix(got, tc.firstSentenceStartWith) {
				t.Errorf("first block %q, want it to start with %q", got, tc.firstSentenceStartWith)
			}
		})
	}
}

func TestJSONLAliases(t *testing.T) {
	in := `{"id":"n1","headline":"Talks resume &amp; stall","maintext":"Envoys met in Doha.","date_publish":"2019-03-07 10:15:00","link":"https://example.org/n1"}` + "\n"
	r, err := NewReader(strings.NewReader(in), "scraped.jsonl", Options{})
	if err != nil {
		t.Fatal(err)
	}
	recs := readAll(t, r)
	if len(recs) != 1 || recs[0].Err != nil {
		t.Fatalf("records %+v", recs)
	}
	d := recs[0].Doc
	if d.Title != "Talks resume & stall" || d.Text != "Envoys met in Doha." || d.Date.String() != "2019-03-07" || d.URL != "https://example.org/n1" {
		t.Errorf("got title %q text %q date %q url %q", d.Title, d.Text, d.Date, d.URL)
	}
}

func TestJSONLDates(t *testing.T) {
	tests := []struct{ field, want, warn string }{
		{`"date":"2019-03-07"`, "2019-03-07", ""},
		{`"date":"2019-03-07T23:10:00+02:00"`, "2019-03-07", ""},
		{`"published":"Thu, 07 Mar 2019 10:00:00 +0000"`, "2019-03-07", ""},
		{`"date":"March 7, 2019"`, "2019-03-07", ""},
		{`"date":null`, "2019-01-01", ""},
		{`"date":"soon"`, "2019-01-01", "unreadable date"},
		{`"date":12`, "2019-01-01", "unreadable date"},
	}
	for _, tc := range tests {
		in := `{"id":"x",` + tc.field + `,"text":"Talks."}` + "\n"
		r, err := NewReader(strings.NewReader(in), "d.jsonl", Options{DefaultDate: doc.DayOf(2019, 1, 1)})
		if err != nil {
			t.Fatal(err)
		}
		recs := readAll(t, r)
		if len(recs) != 1 || recs[0].Err != nil {
			t.Fatalf("%s: records %+v", tc.field, recs)
		}
		d := recs[0].Doc
		if d.Date.String() != tc.want {
			t.Errorf("%s: date %q, want %q", tc.field, d.Date, tc.want)
		}
		if got := strings.Join(d.Warnings, ";"); tc.warn == "" && got != "" || !strings.Contains(got, tc.warn) {
			t.Errorf("%s: warnings %q, want %q", tc.field, got, tc.warn)
		}
	}
}
