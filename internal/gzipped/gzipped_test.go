package gzipped

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestNewReader(t *testing.T) {
	tests := []struct {
		name       string
		in         []byte
		want       string
		compressed bool
		wantErr    string
	}{
		{"plain", []byte("Rebels attacked the convoy.\n"), "Rebels attacked the convoy.\n", false, ""},
		{"gzip", gz(t, "Talks resumed in Geneva.\n"), "Talks resumed in Geneva.\n", true, ""},
		{"empty", nil, "", false, ""},
		{"one byte", []byte{0x1f}, "\x1f", false, ""},
		{"damaged header", []byte{0x1f, 0x8b, 0x00}, "", true, "gzip:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, compressed, err := NewReader(bufio.NewReader(bytes.NewReader(tt.in)))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if compressed != tt.compressed {
				t.Errorf("compressed = %v, want %v", compressed, tt.compressed)
			}
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("read %q, want %q", got, tt.want)
			}
		})
	}
}
