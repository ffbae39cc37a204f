package contract

import (
	"fmt"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// CheckSpans checks the offset property of a coded document: every span
// (sentences, tokens, entities, events with their source and target,
// quotes and speakers, dates, places, amounts) lies within the text, starts
// and ends on UTF-8 boundaries, and its text equals the input's bytes at
// [start, end). Tokens must also lie inside their sentence, in order and
// without overlap. It returns every violation found.
func CheckSpans(d *doc.Document) []error {
	var errs []error
	check := func(what func() string, start, end int, text string) {
		if start >= 0 && end <= len(d.Text) && start <= end && boundary(d.Text, start) && boundary(d.Text, end) && d.Text[start:end] == text {
			return
		}
		switch {
		case start < 0 || end > len(d.Text) || start > end:
			errs = append(errs, fmt.Errorf("%s: span [%d,%d) outside the text (%d bytes)", what(), start, end, len(d.Text)))
		case !boundary(d.Text, start) || !boundary(d.Text, end):
			errs = append(errs, fmt.Errorf("%s: span [%d,%d) splits a UTF-8 character", what(), start, end))
		case d.Text[start:end] != text:
			errs = append(errs, fmt.Errorf("%s: text %q != input %q at [%d,%d)", what(), text, d.Text[start:end], start, end))
		}
	}
	prevEnd := 0
	for i, s := range d.Sentences {
		what := func() string { return fmt.Sprintf("sentence %d", i) }
		check(what, s.Start, s.End, s.Text)
		if s.Start < prevEnd {
			errs = append(errs, fmt.Errorf("%s: starts at %d before the previous sentence ends at %d", what(), s.Start, prevEnd))
		}
		prevEnd = s.End
		tokEnd := s.Start
		for j, t := range s.Tokens {
			tw := func() string { return fmt.Sprintf("sentence %d token %d", i, j) }
			check(tw, t.Start, t.End, t.Text)
			if t.Start < tokEnd || t.End > s.End || t.Start >= t.End {
				errs = append(errs, fmt.Errorf("%s: span [%d,%d) overlaps the token before or leaves the sentence [%d,%d)", tw(), t.Start, t.End, s.Start, s.End))
			}
			tokEnd = t.End
		}
	}
	for i, e := range d.Entities {
		check(func() string { return fmt.Sprintf("entity %d", i) }, e.Start, e.End, e.Text)
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			errs = append(errs, fmt.Errorf("entity %d: sentence %d out of range", i, e.Sentence))
		}
	}
	for i, e := range d.Events {
		what := func(part string) func() string {
			return func() string { return fmt.Sprintf("event %d %s", i, part) }
		}
		check(what("trigger"), e.Start, e.End, e.Trigger)
		if e.Source.Text != "" || e.Source.End > 0 {
			check(what("source"), e.Source.Start, e.Source.End, e.Source.Text)
		}
		if e.Target != nil && (e.Target.Text != "" || e.Target.End > 0) {
			check(what("target"), e.Target.Start, e.Target.End, e.Target.Text)
		}
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			errs = append(errs, fmt.Errorf("event %d: sentence %d out of range", i, e.Sentence))
		}
	}
	for i, q := range d.Quotes {
		check(func() string { return fmt.Sprintf("quote %d", i) }, q.Start, q.End, q.Text)
		if q.Speaker != nil && (q.Speaker.Text != "" || q.Speaker.End > 0) {
			check(func() string { return fmt.Sprintf("quote %d speaker", i) }, q.Speaker.Start, q.Speaker.End, q.Speaker.Text)
		}
	}
	for i, x := range d.Dates {
		check(func() string { return fmt.Sprintf("date %d", i) }, x.Start, x.End, x.Text)
	}
	for i, x := range d.Places {
		check(func() string { return fmt.Sprintf("place %d", i) }, x.Start, x.End, x.Text)
	}
	for i, x := range d.Amounts {
		check(func() string { return fmt.Sprintf("amount %d", i) }, x.Start, x.End, x.Text)
	}
	return errs
}

// boundary reports whether offset i of s is at the start of a UTF-8
// character (or at the end of s).
func boundary(s string, i int) bool {
	return i == len(s) || i >= 0 && i < len(s) && utf8.RuneStart(s[i])
}
