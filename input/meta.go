package input

import (
	"strings"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/charref"
)

// meta is what a document's header says about it.
type meta struct {
	id, title, source, url string
	date                   doc.Day
}

// headerLen finds metadata at the top of a text or Markdown article and
// returns its length (including the blank line after it) with what it
// says. Two forms are read: YAML-style front matter between "---" lines,
// and a block of "Key: value" lines (Title, Date, Source, URL, ID) ended
// by a blank line. Unknown keys in front matter are skipped; a plain
// header block must hold only known keys, so ordinary prose is never
// taken for metadata.
func headerLen(s string) (int, meta) {
	var m meta
	if strings.HasPrefix(s, "---\n") || strings.HasPrefix(s, "---\r\n") {
		body := s[strings.IndexByte(s, '\n')+1:]
		for _, end := range []string{"\n---\n", "\n---\r\n", "\n...\n"} {
			i := strings.Index(body, end)
			if i < 0 || i > 4096 {
				continue
			}
			for _, line := range strings.Split(body[:i], "\n") {
				k, v, ok := strings.Cut(line, ":")
				if ok {
					m.set(k, v)
				}
			}
			n := len(s) - len(body) + i + len(end)
			return n + blankRun(s[n:]), m
		}
		return 0, meta{}
	}
	n := 0
	lines := 0
	for n < len(s) && lines < 8 {
		eol := strings.IndexByte(s[n:], '\n')
		if eol < 0 {
			return 0, meta{}
		}
		line := strings.TrimRight(s[n:n+eol], "\r")
		if strings.TrimSpace(line) == "" {
			if lines == 0 {
				return 0, meta{}
			}
			return n + blankRun(s[n:]), m
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || !m.set(k, v) {
			return 0, meta{}
		}
		lines++
		n += eol + 1
	}
	return 0, meta{}
}

// set records key: value and reports whether the key is known and its
// value usable.
func (m *meta) set(key, value string) bool {
	value = strings.Trim(strings.TrimSpace(value), `"'`)
	if value == "" {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "title", "headline":
		m.title = charref.Unescape(value)
	case "date", "published", "dateline date":
		d, ok := parseDate(value)
		if !ok {
			return false
		}
		m.date = d
	case "source", "publisher":
		m.source = value
	case "url", "link":
		m.url = value
	case "id":
		m.id = value
	default:
		return false
	}
	return true
}

// parseDate reads "2019-03-07", an RFC 3339 timestamp, "March 7, 2019"
// or "7 March 2019".
func parseDate(v string) (doc.Day, bool) {
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return doc.DayOf(t.Year(), t.Month(), t.Day()), true
	}
	for _, layout := range []string{time.DateOnly, "January 2, 2006", "Jan 2, 2006", "2 January 2006", "Jan. 2, 2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			return doc.DayOf(t.Year(), t.Month(), t.Day()), true
		}
	}
	return doc.Day{}, false
}

// blankRun returns the length of the white space at the start of s.
func blankRun(s string) int {
	n := 0
	for n < len(s) && (s[n] == '\n' || s[n] == '\r' || s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return n
}

// shift moves a layout computed on s[off:] to offsets in s, and hides the
// header before off.
func shift(lay doc.Layout, off int) doc.Layout {
	for i := range lay.Blocks {
		lay.Blocks[i].Start += off
		lay.Blocks[i].End += off
	}
	for i := range lay.Hidden {
		lay.Hidden[i].Start += off
		lay.Hidden[i].End += off
	}
	lay.Hidden = append([]doc.Span{{Start: 0, End: off}}, lay.Hidden...)
	return lay
}
