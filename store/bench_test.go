package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// BenchmarkPutBatch stores batches of 100 documents of 8 events each,
// with incremental clustering, as sitrep ingest does.
func BenchmarkPutBatch(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "bench.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	actors := []string{"USAGOV", "RUSGOV", "CHNGOV", "FRAGOV", "DEUGOV", "SYRGOV", "IRNGOV", "TURGOV"}
	places := []*doc.EventPlace{damascus, douma, aleppo, moscow, nil}
	n := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		items := make([]Item, 100)
		for k := range items {
			var evs []fev
			for e := range 8 {
				n++
				evs = append(evs, fev{src: actors[n%8], tgt: actors[(n/8+e)%8], code: []string{"042", "190", "111", "036"}[n%4], quad: 1, gold: 1,
					date: fmt.Sprintf("2024-%02d-%02d", 1+n%12, 1+n%28), place: places[n%5]})
			}
			items[k] = Item{Doc: mkdoc(fmt.Sprintf("b%d-%d", i, k), "2024-06-01", "wire", evs...)}
		}
		if _, err := s.PutBatch(context.Background(), items); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
}
