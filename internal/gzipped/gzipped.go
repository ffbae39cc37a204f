// Package gzipped tells gzip-compressed input from plain input by its
// content, whatever the file is called, and uncompresses the former.
package gzipped

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// magic starts every gzip stream.
var magic = []byte{0x1f, 0x8b}

// NewReader returns a reader of br's content: br itself when the content
// does not start with the gzip magic number, else a gunzipping reader over
// it, with compressed true. A damaged gzip header is an error; so is a
// read error other than end of input while looking at the first bytes.
func NewReader(br *bufio.Reader) (r io.Reader, compressed bool, err error) {
	head, err := br.Peek(len(magic))
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, false, err
	}
	if !bytes.Equal(head, magic) {
		return br, false, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, true, fmt.Errorf("gzip: %w", err)
	}
	return zr, true, nil
}
