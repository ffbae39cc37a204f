// Package jsonl reads JSON Lines files, one JSON value a line, plain or
// gzip-compressed, with the file name and line number in every error.
//
// Lines may be of any length. Blank lines (nothing but white space) are
// skipped but still counted, so that line numbers match an editor's.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/sitrep/sitrep/internal/gzipped"
)

// OpenText opens the file at path for reading, gunzipping it when its
// content is gzip-compressed (whatever its name). Closing the result closes
// the file.
func OpenText(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	r, err := decompress(f, path)
	if err != nil {
		f.Close()
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{r, f}, nil
}

// decompress returns r itself, or a gunzipping reader over it when its
// content starts with the gzip magic number.
func decompress(r io.Reader, name string) (io.Reader, error) {
	dr, _, err := gzipped.NewReader(bufio.NewReaderSize(r, 64<<10))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return dr, nil
}

// Reader iterates over the non-blank lines of a JSON Lines stream.
type Reader struct {
	name   string
	br     *bufio.Reader
	closer io.Closer
	line   int    // number of the current line, from 1
	buf    []byte // the current line, without its line ending
	err    error
	done   bool
}

// Open opens the JSON Lines file at path, gunzipping it when it is
// gzip-compressed. Errors name the path.
func Open(path string) (*Reader, error) {
	rc, err := OpenText(path)
	if err != nil {
		return nil, err
	}
	return &Reader{name: path, br: bufio.NewReaderSize(rc, 64<<10), closer: rc}, nil
}

// NewReader returns a Reader over r, gunzipping it when it is
// gzip-compressed. Errors name the stream name.
func NewReader(r io.Reader, name string) (*Reader, error) {
	dr, err := decompress(r, name)
	if err != nil {
		return nil, err
	}
	return &Reader{name: name, br: bufio.NewReaderSize(dr, 64<<10)}, nil
}

// Close closes the file Open opened; it does nothing for a Reader made by
// NewReader.
func (r *Reader) Close() error {
	if r.closer == nil {
		return nil
	}
	c := r.closer
	r.closer = nil
	return c.Close()
}

// Next advances to the next non-blank line and reports whether there is
// one. At the end of the stream or on a read error it returns false; Err
// then tells which.
func (r *Reader) Next() bool {
	for !r.done {
		r.buf = r.buf[:0]
		for {
			chunk, err := r.br.ReadSlice('\n')
			r.buf = append(r.buf, chunk...)
			if err == nil {
				break
			}
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			r.done = true
			if !errors.Is(err, io.EOF) {
				r.err = fmt.Errorf("%s:%d: %w", r.name, r.line+1, err)
				return false
			}
			break
		}
		if len(r.buf) == 0 && r.done {
			return false
		}
		r.line++
		r.buf = trimEOL(r.buf)
		if len(bytes.TrimSpace(r.buf)) > 0 {
			return true
		}
	}
	return false
}

// trimEOL drops a trailing "\n" or "\r\n".
func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}

// Bytes returns the current line without its line ending. The slice is
// overwritten by the next call to Next.
func (r *Reader) Bytes() []byte { return r.buf }

// Line returns the number of the current line, counting from 1.
func (r *Reader) Line() int { return r.line }

// Name returns the name errors give the stream: the path for Open.
func (r *Reader) Name() string { return r.name }

// Decode unmarshals the current line into v. Its error names the stream
// and the line ("gold.jsonl:12: ...").
func (r *Reader) Decode(v any) error {
	if err := json.Unmarshal(r.buf, v); err != nil {
		return fmt.Errorf("%s:%d: %w", r.name, r.line, err)
	}
	return nil
}

// Err returns the read error that stopped Next, or nil at a clean end of
// the stream.
func (r *Reader) Err() error { return r.err }
