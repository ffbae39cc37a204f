//go:build !unix

package main

import "time"

// peakRSS is not measured on this system.
func peakRSS() string { return "not measured on this system" }

// cpuTime is not measured on this system.
func cpuTime() time.Duration { return 0 }
