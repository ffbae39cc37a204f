package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestServeUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "--addr", "no-port"}, 2, "--addr"},
		{[]string{"serve", "extra"}, 2, "unexpected arguments"},
		{[]string{"serve", "--bogus"}, 2, "flag provided but not defined"},
		{[]string{"serve", "--db", filepath.Join(t.TempDir(), "missing.db")}, 1, "missing.db"},
		{[]string{"serve", "-h"}, 0, "Usage: sitrep serve"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if code := run(tt.args, &out, &errb); code != tt.code || !strings.Contains(errb.String(), tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d with %q", tt.args, code, errb.String(), tt.code, tt.want)
		}
	}
}
