package text_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/quote"
	"github.com/sitrep/sitrep/text"
)

// TestReferencesDelimitQuotes checks that quotation marks written as
// character references delimit quotations for the quote stage, with spans
// on the input bytes.
func TestReferencesDelimitQuotes(t *testing.T) {
	tests := []struct {
		name, in, quote, speaker string
		sentences                int
	}{
		{"straight", "&quot;We will not retreat,&quot; Ruiz said. Talks ended.", "We will not retreat,", "Ruiz", 2},
		{"curly numeric", "&#8220;Why now?&#8221; Ruiz asked. Nobody answered.", "Why now?", "Ruiz", 2},
		{"curly named", "Ruiz said: &ldquo;The border stays closed.&rdquo; Talks ended.", "The border stays closed.", "Ruiz", 2},
		{"plain marks", "\"We will not retreat,\" Ruiz said. Talks ended.", "We will not retreat,", "Ruiz", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc.New("q", tc.in)
			i := strings.Index(tc.in, "Ruiz")
			d.Entities = []doc.Entity{{Start: i, End: i + 4, Text: "Ruiz", Type: "PER", Name: "Ana Ruiz", Ref: -1}}
			text.Segment(d)
			if len(d.Sentences) != tc.sentences {
				t.Errorf("%d sentences, want %d", len(d.Sentences), tc.sentences)
			}
			qs := quote.Extract(d)
			if len(qs) == 0 {
				t.Fatalf("no quotation in %q", tc.in)
			}
			q := qs[0]
			if q.Text != tc.quote || tc.in[q.Start:q.End] != q.Text {
				t.Errorf("quotation %q at [%d,%d), want %q", q.Text, q.Start, q.End, tc.quote)
			}
			if q.Speaker == nil || q.Speaker.Text != tc.speaker {
				t.Errorf("speaker %+v, want %q", q.Speaker, tc.speaker)
			}
		})
	}
}
