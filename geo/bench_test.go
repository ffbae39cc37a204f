package geo

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/cputime"
)

// benchText is a short news story of our own writing.
const benchText = `Russian forces shelled the outskirts of Kharkiv on Monday, and air raid sirens sounded in Kyiv and Lviv, Ukrainian officials said.
In Washington, the State Department said the envoy would travel to Brussels and then to Warsaw for talks with NATO allies.
Moscow warned that any new weapons deliveries would prolong the war in the Donbas.
Meanwhile, floods displaced thousands of people in Paris, Texas, and in the nearby town of Clarksville, county officials said.
Aid convoys crossed into the Gaza Strip from Egypt through the Rafah crossing near Al-Arish, according to the United Nations.
The talks in Geneva ended without a deal, and delegates will meet again in Doha in March.`

func BenchmarkProcess(b *testing.B) {
	p := testParser(b)
	sents := Tokenize(benchText)
	b.ReportAllocs()
	start := cputime.Used()
	for b.Loop() {
		d := doc.New("b", benchText)
		d.Sentences = sents
		p.Process(d)
	}
	b.ReportMetric(float64(b.N*len(sents))/b.Elapsed().Seconds(), "sentences/s")
	if cpu := cputime.Used() - start; cpu > 0 {
		b.ReportMetric(float64(b.N*len(sents))/cpu.Seconds(), "sentences/cpu-s")
	}
}

func BenchmarkLoad(b *testing.B) {
	start := cputime.Used()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cputime.Used()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkResolveSpansUnknown resolves a long document of 2,000 names the
// gazetteer lacks, each placed near a town: the work on such names grows
// with the names and the places that hold them, not with the names times
// the text.
func BenchmarkResolveSpansUnknown(b *testing.B) {
	p := testParser(b)
	var text strings.Builder
	var spans []doc.Span
	for i := range 2000 {
		name := fmt.Sprintf("Zorv%cle%c Park", 'a'+i%26, 'a'+i/26%26)
		text.WriteString("Crews closed ")
		spans = append(spans, doc.Span{Start: text.Len(), End: text.Len() + len(name)})
		text.WriteString(name)
		text.WriteString(" on Friday. ")
	}
	d := doc.New("b", text.String())
	for b.Loop() {
		p.ResolveSpans(d, spans)
	}
}
