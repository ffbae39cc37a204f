//go:build unix

package tag

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time the process has used, so that the eval
// commands can report speeds per core even on a busy machine.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
