//go:build unix

package main

import (
	"fmt"
	"runtime"
	"syscall"
)

// peakRSS returns the process's peak resident set size (getrusage maxrss).
func peakRSS() string {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return "unknown"
	}
	kb := int64(ru.Maxrss) // kilobytes on Linux, bytes on macOS
	if runtime.GOOS == "darwin" {
		kb /= 1024
	}
	return fmt.Sprintf("%.1f MB", float64(kb)/1024)
}
