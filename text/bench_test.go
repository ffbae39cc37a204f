package text

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shared"
)

// ownText is a paragraph of our own writing, used when the shared corpus
// is absent.
const ownText = `GENEVA, March 3 (Reuters) - Envoys from Yemen's government and the Houthi movement met U.N. mediator Gen. Ana Ruiz on Tuesday, two days after a missile strike killed 14 people near the port of Hodeidah. "We didn't come here to talk about talking," said Foreign Minister Khaled al-Yamani, whose delegation arrived late. The talks, backed by the U.S. and Saudi Arabia, aim at a $2.5 billion aid plan... Officials said the next round would open on Jan. 5 at 10:30 a.m.

Houthi spokesman Mohammed Abdulsalam told reporters: "The aggression must stop first." He added that prisoner swaps, covering about 1,200 detainees, were "on the table."`

// corpusText returns up to n bytes of the shared bench corpus's texts, or
// many copies of ownText when the corpus is absent.
func corpusText(b *testing.B, n int) []string {
	b.Helper()
	p, err := shared.Path("data/corpus/bench.jsonl.gz")
	if err != nil {
		return []string{strings.Repeat(ownText+"\n\n", n/len(ownText)+1)}
	}
	f, err := os.Open(p)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []string
	size := 0
	for sc.Scan() && size < n {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		out = append(out, rec.Text)
		size += len(rec.Text)
	}
	return out
}

func totalLen(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

func BenchmarkTokenize(b *testing.B) {
	texts := corpusText(b, 4<<20)
	b.SetBytes(totalLen(texts))
	var toks []Tok
	cpu := startCPU()
	for b.Loop() {
		for _, t := range texts {
			toks = Tokenize(t, toks[:0])
		}
	}
	cpu.report(b, totalLen(texts))
}

// BenchmarkTokenizeSplit measures segmentation and tokenization proper:
// tokens and sentence boundaries of each text, without building the
// document's sentence and token structs.
func BenchmarkTokenizeSplit(b *testing.B) {
	texts := corpusText(b, 4<<20)
	b.SetBytes(totalLen(texts))
	var toks []Tok
	var starts []int
	cpu := startCPU()
	for b.Loop() {
		for _, t := range texts {
			toks = Tokenize(t, toks[:0])
			starts = Sentences(t, toks, starts[:0])
		}
	}
	cpu.report(b, totalLen(texts))
}

func BenchmarkPlainLayout(b *testing.B) {
	texts := corpusText(b, 4<<20)
	b.SetBytes(totalLen(texts))
	for b.Loop() {
		for _, t := range texts {
			PlainLayout(t)
		}
	}
}

// BenchmarkSegment measures the text stage: layout, segmentation and
// tokenization into doc.Sentences.
func BenchmarkSegment(b *testing.B) {
	texts := corpusText(b, 4<<20)
	b.SetBytes(totalLen(texts))
	cpu := startCPU()
	for b.Loop() {
		for _, t := range texts {
			Segment(doc.New("b", t))
		}
	}
	cpu.report(b, totalLen(texts))
}

func BenchmarkMarkdownLayout(b *testing.B) {
	md := strings.Repeat("## Talks *resume*\n\nThe **U.N.** envoy [met](https://example.org) rebels in Aden and paid \\$5 million.\n\n- one item\n- two items\n\n", 2000)
	b.SetBytes(int64(len(md)))
	for b.Loop() {
		MarkdownLayout(md)
	}
}
