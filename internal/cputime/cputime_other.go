//go:build !unix

// Package cputime reads the CPU time the process has used; on this system
// it is not measured.
package cputime

import "time"

// Used is 0: CPU time is not measured on this system.
func Used() time.Duration { return 0 }
