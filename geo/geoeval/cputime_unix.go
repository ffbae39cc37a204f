//go:build unix

package geoeval

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system CPU time, which a shared
// machine's load does not inflate as it does wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
