// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies treebanks, and converts its sentences to and from the
// document model's tokens.
//
// A Sentence holds its comments (sent_id, text, newdoc, newpar and any
// other), its syntactic words (integer ids) and its multiword token ranges
// (such as "1-2 don't"). Empty nodes (decimal ids such as "8.1") are
// skipped on reading, as enhanced dependencies are not used.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/gzipped"
)

// Word is one syntactic word line of CoNLL-U. Missing values ("_") are
// kept as "_" except for Head, which is -1 when unknown.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether MISC does not say SpaceAfter=No.
func (w *Word) SpaceAfter() bool { return MiscValue(w.Misc, "SpaceAfter") != "No" }

// MultiWord is a multiword token range such as "3-4 don't": the surface
// token covering syntactic words First..Last.
type MultiWord struct {
	First, Last int
	Form        string
	Misc        string
}

// SpaceAfter reports whether MISC does not say SpaceAfter=No.
func (m *MultiWord) SpaceAfter() bool { return MiscValue(m.Misc, "SpaceAfter") != "No" }

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	// Comments are the comment lines without the leading "# ", in order,
	// including the sent_id, text, newdoc and newpar lines.
	Comments   []string
	Words      []Word
	MultiWords []MultiWord
	// Line is the 1-based line number where the sentence starts in its
	// input, for error messages.
	Line int
}

// Comment returns the value of the comment "key = value", and whether it
// exists. A bare "newdoc" or "newpar" comment exists with an empty value.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if strings.TrimSpace(k) != key {
			if c == key {
				return "", true
			}
			continue
		}
		if ok {
			return strings.TrimSpace(v), true
		}
		return "", true
	}
	return "", false
}

// SetComment sets or adds the comment "key = value".
func (s *Sentence) SetComment(key, value string) {
	line := key + " = " + value
	for i, c := range s.Comments {
		k, _, _ := strings.Cut(c, "=")
		if strings.TrimSpace(k) == key {
			s.Comments[i] = line
			return
		}
	}
	s.Comments = append(s.Comments, line)
}

// ID returns the sent_id comment, or "".
func (s *Sentence) ID() string { v, _ := s.Comment("sent_id"); return v }

// Text returns the text comment, or the text rebuilt from the surface
// tokens and their SpaceAfter flags when there is none.
func (s *Sentence) Text() string {
	if v, ok := s.Comment("text"); ok {
		return v
	}
	return s.SurfaceText()
}

// NewDoc reports whether the sentence starts a document ("# newdoc" or
// "# newdoc id = ...").
func (s *Sentence) NewDoc() bool { return s.hasMarker("newdoc") }

// NewPar reports whether the sentence starts a paragraph.
func (s *Sentence) NewPar() bool { return s.hasMarker("newpar") }

func (s *Sentence) hasMarker(m string) bool {
	for _, c := range s.Comments {
		if c == m || strings.HasPrefix(c, m+" ") || strings.HasPrefix(c, m+"=") {
			return true
		}
	}
	return false
}

// Surface is one surface token: a single word or a multiword range.
type Surface struct {
	Form       string
	SpaceAfter bool
	// First and Last are the 0-based indexes into Words of the words the
	// token covers.
	First, Last int
}

// Surfaces returns the sentence's surface tokens in order.
func (s *Sentence) Surfaces() []Surface {
	out := make([]Surface, 0, len(s.Words))
	mw := 0
	for i := 0; i < len(s.Words); i++ {
		w := &s.Words[i]
		for mw < len(s.MultiWords) && s.MultiWords[mw].Last < w.ID {
			mw++
		}
		if mw < len(s.MultiWords) && s.MultiWords[mw].First == w.ID {
			m := &s.MultiWords[mw]
			j := i
			for j+1 < len(s.Words) && s.Words[j+1].ID <= m.Last {
				j++
			}
			out = append(out, Surface{Form: m.Form, SpaceAfter: m.SpaceAfter(), First: i, Last: j})
			i = j
			mw++
			continue
		}
		out = append(out, Surface{Form: w.Form, SpaceAfter: w.SpaceAfter(), First: i, Last: i})
	}
	return out
}

// SurfaceText joins the surface tokens, with a space after each token
// whose SpaceAfter is true (except the last).
func (s *Sentence) SurfaceText() string {
	var b strings.Builder
	surf := s.Surfaces()
	for i, t := range surf {
		b.WriteString(t.Form)
		if t.SpaceAfter && i < len(surf)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// MiscValue returns the value of key in a MISC (or FEATS) column such as
// "SpaceAfter=No|Entity=(e1", or "".
func MiscValue(misc, key string) string {
	if misc == "_" || misc == "" {
		return ""
	}
	for part := range strings.SplitSeq(misc, "|") {
		if k, v, ok := strings.Cut(part, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// SetMisc returns misc with key set to value, or removed when value is "".
func SetMisc(misc, key, value string) string {
	var parts []string
	if misc != "_" && misc != "" {
		for part := range strings.SplitSeq(misc, "|") {
			if k, _, _ := strings.Cut(part, "="); k != key {
				parts = append(parts, part)
			}
		}
	}
	if value != "" {
		parts = append(parts, key+"="+value)
	}
	if len(parts) == 0 {
		return "_"
	}
	return strings.Join(parts, "|")
}

// MaxLineBytes is the longest line the reader accepts.
const MaxLineBytes = 1 << 20

// Reader reads sentences from CoNLL-U input.
type Reader struct {
	sc   *bufio.Scanner
	line int
	err  error
}

// NewReader returns a reader of r. Gzip input is not detected here; use
// Open for files.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxLineBytes)
	return &Reader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last one. Errors name
// the line; after an error the reader skips to the next sentence, so a
// caller may log the error and go on.
func (r *Reader) Next() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	var s *Sentence
	var bad error
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s == nil && bad == nil {
				continue
			}
			if bad != nil {
				return nil, bad
			}
			if err := s.check(); err != nil {
				return nil, err
			}
			return s, nil
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if bad != nil {
			continue
		}
		if err := s.addLine(line); err != nil {
			bad = fmt.Errorf("conllu line %d: %w", r.line, err)
		}
	}
	if err := r.sc.Err(); err != nil {
		r.err = fmt.Errorf("conllu line %d: %w", r.line+1, err)
	} else {
		r.err = io.EOF
	}
	if bad != nil {
		return nil, bad
	}
	if s != nil {
		if err := s.check(); err != nil {
			return nil, err
		}
		return s, nil
	}
	return nil, r.err
}

func (s *Sentence) addLine(line string) error {
	if !utf8.ValidString(line) {
		return errors.New("invalid UTF-8")
	}
	if strings.HasPrefix(line, "#") {
		s.Comments = append(s.Comments, strings.TrimSpace(strings.TrimPrefix(line, "#")))
		return nil
	}
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("want 10 tab-separated columns, got %d", len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // empty node of the enhanced graph
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return fmt.Errorf("bad multiword range %q", id)
		}
		s.MultiWords = append(s.MultiWords, MultiWord{First: first, Last: last, Form: cols[1], Misc: cols[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("word id %q: want %d", id, len(s.Words)+1)
	}
	head := -1
	if cols[6] != "_" {
		head, err = strconv.Atoi(cols[6])
		if err != nil || head < 0 {
			return fmt.Errorf("bad head %q", cols[6])
		}
	}
	s.Words = append(s.Words, Word{
		ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
		Feats: cols[5], Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9],
	})
	return nil
}

// check validates what can only be checked once the sentence is complete.
func (s *Sentence) check() error {
	if len(s.Words) == 0 {
		return fmt.Errorf("conllu line %d: sentence has no words", s.Line)
	}
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return fmt.Errorf("conllu line %d: word %d: head %d beyond the sentence's %d words", s.Line, w.ID, w.Head, len(s.Words))
		}
	}
	prev := 0
	for _, m := range s.MultiWords {
		if m.First <= prev || m.Last > len(s.Words) {
			return fmt.Errorf("conllu line %d: multiword range %d-%d overlaps or lies outside the sentence", s.Line, m.First, m.Last)
		}
		prev = m.Last
	}
	return nil
}

// ReadAll reads every sentence of r, stopping at the first error.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	cr := NewReader(r)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Open opens a CoNLL-U file, decompressing it if it is gzipped (by its
// magic bytes, whatever its name). Close the returned closer when done.
func Open(path string) (*Reader, io.Closer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open conllu: %w", err)
	}
	r, _, err := gzipped.NewReader(bufio.NewReader(f))
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("open conllu %s: %w", path, err)
	}
	return NewReader(r), f, nil
}

// ReadFile reads every sentence of a CoNLL-U file, gzipped or not.
func ReadFile(path string) ([]*Sentence, error) {
	r, c, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var out []*Sentence
	for {
		s, err := r.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, s)
	}
}

// Write writes one sentence in CoNLL-U, followed by a blank line.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		bw.WriteString("# ")
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	mw := 0
	for i := range s.Words {
		wd := &s.Words[i]
		for mw < len(s.MultiWords) && s.MultiWords[mw].First == wd.ID {
			m := &s.MultiWords[mw]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, field(m.Form), field(m.Misc))
			mw++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, field(wd.Form), field(wd.Lemma),
			field(wd.UPOS), field(wd.XPOS), field(wd.Feats), head, field(wd.Deprel), field(wd.Deps), field(wd.Misc))
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// field makes a value safe for one CoNLL-U column: empty becomes "_", and
// tabs and newlines become spaces.
func field(v string) string {
	if v == "" {
		return "_"
	}
	if strings.ContainsAny(v, "\t\n\r") {
		v = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(v)
	}
	return v
}
