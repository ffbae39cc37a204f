package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestEvalGeoBadFlags feeds eval geo malformed flags and arguments: each
// is a usage error, never a panic.
func TestEvalGeoBadFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"negative show", []string{"--show", "-1"}, "--show -1 is negative"},
		{"huge negative show", []string{"--show", "-9223372036854775808"}, "is negative"},
		{"stray argument", []string{"extra"}, "unexpected arguments [extra]"},
		{"binary argument", []string{"\x00\xff\xfe"}, "unexpected arguments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := runEvalGeo(tc.args, &out, &errb)
			if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("runEvalGeo(%q) = %v, want a usage error containing %q", tc.args, err, tc.want)
			}
		})
	}
}
