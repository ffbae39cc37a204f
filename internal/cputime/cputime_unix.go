//go:build unix

// Package cputime reads the CPU time the process has used, which a shared
// machine's load does not inflate as it does wall time; the evaluation
// commands report speeds per CPU second from it.
package cputime

import (
	"syscall"
	"time"
)

// Used is the user and system CPU time the process has used, or 0 where
// it cannot be read.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
