package input

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

// BenchmarkReadJSONL reads the shared Wikinews corpus from memory: JSON
// decoding, UTF-8 checks and layout.
func BenchmarkReadJSONL(b *testing.B) {
	p, err := shared.Path("data/corpus/wikinews.jsonl")
	if err != nil {
		b.Skip(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, err := NewReader(bytes.NewReader(data), "w.jsonl", Options{})
		if err != nil {
			b.Fatal(err)
		}
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil || rec.Err != nil {
				b.Fatal(err, rec.Err)
			}
		}
	}
}

// BenchmarkMarkdownDocument reads one long Markdown article of our own
// writing.
func BenchmarkMarkdownDocument(b *testing.B) {
	md := strings.Repeat("## Talks *resume* in Geneva\n\nGENEVA (Reuters) - The **U.N.** envoy [met](https://example.org) both delegations and pledged \\$5 million.\n\n- release of 1,200 detainees\n- Red Cross access\n\n", 500)
	b.SetBytes(int64(len(md)))
	for b.Loop() {
		if _, err := FromText("md", md, Options{Format: Markdown}); err != nil {
			b.Fatal(err)
		}
	}
}
