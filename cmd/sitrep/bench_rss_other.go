//go:build !unix

package main

// peakRSS is not measured on this system.
func peakRSS() string { return "not measured on this system" }
