package text

import (
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/cputime"
)

// cpuClock measures the CPU time the process spends, so that throughput
// can be given per CPU second on a machine shared with other work.
type cpuClock struct{ start time.Duration }

func startCPU() cpuClock { return cpuClock{cputime.Used()} }

// report adds the metric MB/cpu-s: bytes processed per iteration, times
// the iterations, over the CPU time used.
func (c cpuClock) report(b *testing.B, bytesPerOp int64) {
	used := cputime.Used() - c.start
	if used > 0 && c.start > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
	}
}
