// Package doc holds the document model that every pipeline stage reads and
// fills: a Document with its sentences and tokens, and the entities, events,
// quotes, dates, places, amounts and tone found in it.
//
// Every span is a pair of byte offsets [Start, End) into Document.Text, the
// input exactly as read (after invalid UTF-8 was repaired). Stages pass spans
// through and never recompute them from strings.
package doc

import (
	"encoding/json"
	"fmt"
	"time"
)

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Document is one article and everything the pipeline found in it. The JSON
// form is the published contract (docs/schema.json); fields tagged "-" are
// working state shared between stages.
type Document struct {
	ID     string `json:"id"`
	Date   Day    `json:"date"`
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	// Text is the input text. It is written to JSON only when the caller
	// asks for it (sitrep code --with-text); see Document.WithoutText.
	Text string `json:"text,omitempty"`

	Sentences []Sentence `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Events    []Event    `json:"events"`
	Quotes    []Quote    `json:"quotes"`
	Dates     []Date     `json:"dates"`
	Places    []Place    `json:"places"`
	Amounts   []Amount   `json:"amounts"`
	Tone      Tone       `json:"tone"`

	// Warnings records problems met while reading or coding the document
	// (for example repaired invalid UTF-8); the document is still coded.
	Warnings []string `json:"warnings,omitempty"`

	// Layout is the block structure and markup found by the reader.
	Layout Layout `json:"-"`
}

// New returns a document with the given id and text and all contract arrays
// present and empty.
func New(id, text string) *Document {
	return &Document{
		ID:        id,
		Text:      text,
		Sentences: []Sentence{},
		Entities:  []Entity{},
		Events:    []Event{},
		Quotes:    []Quote{},
		Dates:     []Date{},
		Places:    []Place{},
		Amounts:   []Amount{},
	}
}

// Slice returns the input bytes covered by s.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// Warnf appends a formatted warning to the document.
func (d *Document) Warnf(format string, args ...any) {
	d.Warnings = append(d.Warnings, fmt.Sprintf(format, args...))
}

// WithoutText returns a shallow copy of d whose Text is empty, for writing
// the contract without the input text.
func (d *Document) WithoutText() *Document {
	c := *d
	c.Text = ""
	return &c
}

// Day is a calendar date. The zero Day means unknown and is written to JSON
// as null; otherwise it is written as "YYYY-MM-DD".
type Day struct{ time.Time }

// DayOf returns the Day of y-m-d.
func DayOf(y int, m time.Month, d int) Day {
	return Day{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// ParseDay parses "YYYY-MM-DD".
func ParseDay(s string) (Day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Day{}, fmt.Errorf("parse date %q: want YYYY-MM-DD", s)
	}
	return Day{t}, nil
}

// String returns "YYYY-MM-DD", or "" for the zero Day.
func (d Day) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

// MarshalJSON writes "YYYY-MM-DD" or null.
func (d Day) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads "YYYY-MM-DD", an RFC 3339 timestamp, "" or null.
func (d *Day) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Day{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: %w", err)
	}
	if s == "" {
		*d = Day{}
		return nil
	}
	if len(s) > 10 {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			*d = DayOf(t.Year(), t.Month(), t.Day())
			return nil
		}
		s = s[:10]
	}
	p, err := ParseDay(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}
