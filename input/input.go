// Package input reads articles into documents: plain text and Markdown
// files, JSONL records (also gzipped) and standard input. It refuses binary
// input, repairs invalid UTF-8 with U+FFFD (warning once per document), gives
// every document a stable id, and fills the document's layout through the
// text package.
package input

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/charref"
	"github.com/sitrep/sitrep/internal/gzipped"
	"github.com/sitrep/sitrep/text"
)

// Format is how a source's bytes are read.
type Format string

// The input formats.
const (
	// Auto picks the format from the file name, and for standard input
	// from the first bytes (a '{' means JSONL).
	Auto     Format = ""
	Text     Format = "text"
	Markdown Format = "markdown"
	JSONL    Format = "jsonl"
)

// MaxDocBytes is the largest document (or JSONL line) read; longer ones are
// reported as errors. News articles are far smaller; the limit keeps one
// stray file (a log, a dump) from taking gigabytes of memory, since a
// document's tokens take about 25 times its size.
const MaxDocBytes = 8 << 20

// Options controls reading.
type Options struct {
	// DefaultDate is the publication date of documents that have none.
	DefaultDate doc.Day
	// Format forces a format; Auto guesses it.
	Format Format
}

// Record is one document read, or the error that stopped one document
// from being read. Where names the source ("file.jsonl:12").
type Record struct {
	Doc   *doc.Document
	Err   error
	Where string
}

// Reader yields the documents of one source.
type Reader struct {
	name   string
	opts   Options
	format Format
	closer io.Closer
	br     *bufio.Reader
	line   int
	done   bool
}

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary input, not text")

// Open opens a file ("-" is standard input) for reading. Gzipped input is
// recognised by its magic bytes whatever its name.
func Open(path string, opts Options) (*Reader, error) {
	if path == "-" {
		return NewReader(os.Stdin, "stdin", opts)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open input: %w", err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("open input %s: is a directory", path)
	}
	r, err := NewReader(f, path, opts)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.closer = f
	return r, nil
}

// NewReader reads from rd; name is used for ids and error positions, and
// for guessing the format.
func NewReader(rd io.Reader, name string, opts Options) (*Reader, error) {
	br := bufio.NewReaderSize(rd, 1<<16)
	dr, compressed, err := gzipped.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if compressed {
		br = bufio.NewReaderSize(dr, 1<<16)
		name = strings.TrimSuffix(name, ".gz")
	}
	head, _ := br.Peek(8192)
	if isBinary(head) {
		return nil, fmt.Errorf("%s: %w", name, ErrBinary)
	}
	r := &Reader{name: name, opts: opts, br: br, format: opts.Format}
	if r.format == Auto {
		r.format = guessFormat(name, head)
	}
	return r, nil
}

// guessFormat picks a format from a file name, or from the first bytes.
func guessFormat(name string, head []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".json":
		return JSONL
	case ".md", ".markdown":
		return Markdown
	case ".txt", ".text":
		return Text
	}
	if t := bytes.TrimLeft(head, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '{' {
		return JSONL
	}
	return Text
}

// isBinary reports input with NUL bytes or many control characters in its
// first bytes.
func isBinary(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	ctl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return ctl*10 > len(b)
}

// Format returns the format the reader uses.
func (r *Reader) Format() Format { return r.format }

// Close closes the underlying file, if the reader opened one.
func (r *Reader) Close() error {
	if r.closer != nil {
		return r.closer.Close()
	}
	return nil
}

// Next returns the next record. A record may carry an error (such as a
// malformed JSONL line) and reading continues after it; Next returns io.EOF
// at the end and another error only when the source itself fails.
func (r *Reader) Next() (Record, error) {
	x, err := r.NextRaw()
	if err != nil {
		return Record{}, err
	}
	return x.Decode(), nil
}

// Raw is a record read but not yet decoded: one JSONL line or a whole text
// file. Decoding (JSON, UTF-8 repair, layout) is the costly part of
// reading, so a caller may run Decode on other goroutines while it reads
// on.
type Raw struct {
	// Where names the source ("file.jsonl:12").
	Where  string
	data   []byte
	err    error
	name   string
	line   int
	format Format
	opts   Options
}

// NextRaw returns the next undecoded record, with the same errors as Next.
func (r *Reader) NextRaw() (Raw, error) {
	if r.done {
		return Raw{}, io.EOF
	}
	x := Raw{name: r.name, format: r.format, opts: r.opts}
	if r.format != JSONL {
		r.done = true
		x.Where = r.name
		b, err := io.ReadAll(io.LimitReader(r.br, MaxDocBytes+1))
		if err != nil {
			return Raw{}, fmt.Errorf("read %s: %w", r.name, err)
		}
		if len(b) > MaxDocBytes {
			x.err = fmt.Errorf("%s: document larger than %d MB, refused", r.name, MaxDocBytes>>20)
			return x, nil
		}
		x.data = b
		return x, nil
	}
	for {
		b, err := r.readLine()
		if err == io.EOF && len(b) == 0 {
			r.done = true
			return Raw{}, io.EOF
		}
		x.Where, x.line = r.where(), r.line
		if err != nil && err != io.EOF {
			if errors.Is(err, errLongLine) {
				x.err = fmt.Errorf("%s: line longer than %d MB, skipped", x.Where, MaxDocBytes>>20)
				return x, nil
			}
			r.done = true
			return Raw{}, fmt.Errorf("read %s: %w", x.Where, err)
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		x.data = b
		return x, nil
	}
}

// Decode turns a raw record into a document, or into a record error.
func (x Raw) Decode() Record {
	rec := Record{Where: x.Where, Err: x.err}
	if x.err != nil {
		return rec
	}
	if x.format == JSONL {
		rec.Doc, rec.Err = decodeJSON(x.data, x.name, x.line, x.Where, x.opts)
		return rec
	}
	if isBinary(x.data[:min(len(x.data), 1<<20)]) {
		rec.Err = fmt.Errorf("%s: %w", x.name, ErrBinary)
		return rec
	}
	id := strings.TrimSuffix(filepath.Base(x.name), filepath.Ext(x.name))
	opts := x.opts
	opts.Format = x.format
	rec.Doc, rec.Err = FromText(id, string(x.data), opts)
	return rec
}

var errLongLine = errors.New("line too long")

// readLine reads one line without its terminator, counting lines.
func (r *Reader) readLine() ([]byte, error) {
	r.line++
	var buf []byte
	for {
		chunk, err := r.br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > MaxDocBytes {
			// Skip the rest of the line.
			for err == bufio.ErrBufferFull {
				_, err = r.br.ReadSlice('\n')
			}
			return nil, errLongLine
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func (r *Reader) where() string { return fmt.Sprintf("%s:%d", r.name, r.line) }

// jsonRecord is the JSONL input record.
type jsonRecord struct {
	ID     json.RawMessage `json:"id"`
	Date   json.RawMessage `json:"date"`
	Title  string          `json:"title"`
	Text   *string         `json:"text"`
	URL    string          `json:"url"`
	Source string          `json:"source"`

	// Names other tools use for the same fields (news-please, newspaper3k
	// exports, feeds), read when the field above is missing.
	Body        *string         `json:"body"`
	Content     *string         `json:"content"`
	MainText    *string         `json:"maintext"`
	Headline    string          `json:"headline"`
	Published   json.RawMessage `json:"published"`
	DatePublish json.RawMessage `json:"date_publish"`
	PublishDate json.RawMessage `json:"publish_date"`
	Link        string          `json:"link"`
}

// day reads the record's date from "date" or its aliases. A value that is
// present but unreadable is returned as bad, for a warning.
func (r *jsonRecord) day() (d doc.Day, bad string) {
	for _, raw := range []json.RawMessage{r.Date, r.Published, r.DatePublish, r.PublishDate} {
		if len(raw) == 0 || string(raw) == "null" || string(raw) == `""` {
			continue
		}
		if err := d.UnmarshalJSON(raw); err == nil {
			return d, ""
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			for _, layout := range []string{time.RFC1123Z, time.RFC1123, "January 2, 2006", "Jan 2, 2006", "2 January 2006"} {
				if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
					return doc.DayOf(t.Year(), t.Month(), t.Day()), ""
				}
			}
		}
		if bad == "" {
			bad = string(raw)
		}
	}
	return doc.Day{}, bad
}

// normalize fills the contract's fields from their aliases.
func (r *jsonRecord) normalize() {
	for _, t := range []*string{r.Body, r.Content, r.MainText} {
		if r.Text == nil && t != nil {
			r.Text = t
		}
	}
	if r.Title == "" {
		r.Title = r.Headline
	}
	if r.URL == "" {
		r.URL = r.Link
	}
}

// decodeJSON decodes one JSONL record read from line of the file name.
func decodeJSON(b []byte, name string, line int, where string, opts Options) (*doc.Document, error) {
	var rec jsonRecord
	bad := 0
	if !utf8.Valid(b) {
		bad = countInvalid(string(b))
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, fmt.Errorf("%s: malformed JSON record: %w", where, err)
	}
	rec.normalize()
	if rec.Text == nil {
		return nil, fmt.Errorf("%s: record has no \"text\" field (nor body, content or maintext)", where)
	}
	id := ""
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		var s string
		if err := json.Unmarshal(rec.ID, &s); err == nil {
			id = s
		} else {
			id = strings.Trim(string(rec.ID), `"`)
		}
	}
	if id == "" {
		id = fmt.Sprintf("%s:%d", filepath.Base(name), line)
	}
	opts.Format = Text
	if strings.HasSuffix(strings.ToLower(id), ".md") {
		opts.Format = Markdown
	}
	d, err := FromText(id, *rec.Text, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	if bad > 0 {
		d.Warnf("input: repaired %d invalid UTF-8 byte(s) in the record with U+FFFD; offsets refer to the repaired text", bad)
	}
	if day, bad := rec.day(); !day.IsZero() {
		d.Date = day
	} else if bad != "" {
		d.Warnf("input: unreadable date %s ignored", bad)
	}
	if rec.Title != "" {
		d.Title = charref.Unescape(rec.Title)
	}
	if rec.URL != "" {
		d.URL = rec.URL
	}
	if rec.Source != "" {
		d.Source = rec.Source
	}
	return d, nil
}

// FromText makes a document of text: it repairs invalid UTF-8 (with a
// warning), refuses binary text, sets the default date and fills the
// layout (Markdown when opts.Format is Markdown, plain text otherwise).
// An empty id is replaced by a hash of the text.
func FromText(id, s string, opts Options) (*doc.Document, error) {
	if strings.IndexByte(s, 0) >= 0 {
		return nil, fmt.Errorf("document %q: %w (NUL bytes)", id, ErrBinary)
	}
	if len(s) > MaxDocBytes {
		return nil, fmt.Errorf("document %q: larger than %d MB, refused", id, MaxDocBytes>>20)
	}
	var warn string
	if !utf8.ValidString(s) {
		bad := countInvalid(s)
		s = strings.ToValidUTF8(s, "\uFFFD")
		warn = fmt.Sprintf("input: repaired %d invalid UTF-8 byte(s) with U+FFFD; offsets refer to the repaired text", bad)
	}
	s = strings.TrimPrefix(s, "\ufeff")
	generated := id == ""
	if generated {
		sum := sha1.Sum([]byte(s))
		id = "sha1-" + hex.EncodeToString(sum[:8])
	}
	d := doc.New(id, s)
	d.Date = opts.DefaultDate
	if warn != "" {
		d.Warnf("%s", warn)
	}
	// A header of metadata (front matter or "Title:"/"Date:" lines) is
	// read and hidden; the layout covers the rest.
	off, m := headerLen(s)
	layout := text.PlainLayout
	if opts.Format == Markdown {
		layout = text.MarkdownLayout
	}
	if off > 0 {
		d.Layout = shift(layout(s[off:]), off)
	} else {
		d.Layout = layout(s)
	}
	if len(d.Layout.Blocks) > 0 && d.Layout.Blocks[0].Kind == doc.BlockTitle && d.Title == "" {
		d.Title = text.Visible(s, d.Layout.Hidden, d.Layout.Blocks[0].Span)
	}
	if m.title != "" {
		d.Title = m.title
	}
	if !m.date.IsZero() {
		d.Date = m.date
	}
	if m.id != "" && generated {
		d.ID = m.id
	}
	d.Source, d.URL = m.source, m.url
	return d, nil
}

// countInvalid counts the bytes of s that are not part of valid UTF-8.
func countInvalid(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}
