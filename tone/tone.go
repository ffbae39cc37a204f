// Package tone scores the emotional tone of news text with a lexicon of
// positive and negative words written for sitrep, on GDELT's scale.
//
// For a span of text with N words, P of them positive and M negative:
//
//	Positive = 100 * P / N
//	Negative = 100 * M / N
//	Score    = Positive - Negative   (from -100 to +100; news is mostly -10..+5)
//	Polarity = Positive + Negative
//
// A lexicon word counts once per occurrence, matched through its
// inflections ("attacks", "attacked", "attacking" match "attack"). A
// negation ("not", "no", "never", "n't", "without", "hardly"...) within the
// three words before it turns a positive word negative ("did not
// welcome") and cancels a negative one ("no injuries"), since "not bad" is
// rarely praise. Capitalized words inside a sentence are names ("Justice
// Ministry", "Free Syrian Army") and are not scored, but they are counted
// as words.
package tone

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/wordscan"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// Lexicon maps words to their polarity, +1 or -1.
type Lexicon struct {
	pol map[string]int8
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded lexicon.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		pos, err := lexiconFS.Open("lexicon/positive.txt")
		if err != nil {
			defaultErr = fmt.Errorf("tone lexicon: %w", err)
			return
		}
		defer pos.Close()
		neg, err := lexiconFS.Open("lexicon/negative.txt")
		if err != nil {
			defaultErr = fmt.Errorf("tone lexicon: %w", err)
			return
		}
		defer neg.Close()
		defaultLex, defaultErr = Load(pos, neg)
	})
	return defaultLex, defaultErr
}

// Load reads a lexicon from word lists: words separated by white space,
// lines starting with # ignored.
func Load(positive, negative io.Reader) (*Lexicon, error) {
	l := &Lexicon{pol: map[string]int8{}}
	for _, src := range []struct {
		r   io.Reader
		pol int8
	}{{positive, 1}, {negative, -1}} {
		sc := bufio.NewScanner(src.r)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.Fields(strings.ToLower(line)) {
				l.pol[w] = src.pol
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read tone lexicon: %w", err)
		}
	}
	if len(l.pol) == 0 {
		return nil, fmt.Errorf("tone lexicon is empty")
	}
	return l, nil
}

// Len returns the number of base words in the lexicon.
func (l *Lexicon) Len() int { return len(l.pol) }

// Polarity returns +1 for a positive word, -1 for a negative one and 0
// otherwise. w must be lower case.
func (l *Lexicon) Polarity(w string) int {
	if p, ok := l.pol[w]; ok {
		return int(p)
	}
	for _, c := range baseForms(w) {
		if p, ok := l.pol[c]; ok {
			return int(p)
		}
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
		return l.Polarity(w[i+1:])
	}
	return 0
}

// baseForms guesses the base forms of an inflected word.
func baseForms(w string) []string {
	var out []string
	n := len(w)
	add := func(s string) {
		if len(s) >= 3 {
			out = append(out, s)
		}
	}
	if strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied") {
		add(w[:n-3] + "y")
	}
	if strings.HasSuffix(w, "ily") {
		add(w[:n-3] + "y")
	}
	for _, suf := range []string{"s", "es", "ed", "d", "ing", "ly", "er", "ers", "ment", "ments", "ness", "ful"} {
		if strings.HasSuffix(w, suf) && n > len(suf)+2 {
			stem := w[:n-len(suf)]
			add(stem)
			if suf == "ing" || suf == "ed" || suf == "er" || suf == "ers" {
				add(stem + "e")
				if k := len(stem); k >= 2 && stem[k-1] == stem[k-2] {
					add(stem[:k-1]) // "stopped", "bombing" stays
				}
			}
		}
	}
	if strings.HasSuffix(w, "ally") {
		add(w[:n-4])
	}
	return out
}

var negators = map[string]bool{
	"not": true, "n't": true, "no": true, "never": true, "without": true,
	"neither": true, "nor": true, "none": true, "nobody": true,
	"nothing": true, "hardly": true, "barely": true, "cannot": true,
	"lack": true, "lacked": true, "lacking": true, "absence": true,
	"nowhere": true, "scarcely": true,
}

// Counts are the words of a span and how many are positive and negative.
type Counts struct {
	Words, Positive, Negative int
}

// Count scores the words of s, a sentence or a run of sentences.
func (l *Lexicon) Count(s string) Counts {
	return l.CountTokens(wordscan.Scan(s))
}

// CountTokens is Count for text already split by wordscan.Scan.
func (l *Lexicon) CountTokens(toks []wordscan.Tok) Counts {
	var c Counts
	negate := 0
	initial := true
	for i, t := range toks {
		if t.Kind != wordscan.Word {
			if t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ";" || t.Text == ":" {
				initial = true
			}
			if t.Kind == wordscan.Punct {
				negate = 0
			}
			continue
		}
		if t.Lower == "'s" {
			continue
		}
		c.Words++
		name := t.Capitalized() && !initial
		initial = false
		if negators[t.Lower] {
			if !(t.Lower == "not" && i+1 < len(toks) && toks[i+1].Is("only")) {
				negate = 3
			}
			continue
		}
		p := 0
		if !name {
			p = l.Polarity(t.Lower)
		}
		neg := negate > 0
		if negate > 0 {
			negate--
		}
		switch {
		case p > 0 && neg:
			c.Negative++
		case p > 0:
			c.Positive++
		case p < 0 && !neg:
			c.Negative++
		}
	}
	return c
}

// Tone turns counts into percentages on GDELT's scale.
func (c Counts) Tone() (score, positive, negative float64) {
	if c.Words == 0 {
		return 0, 0, 0
	}
	positive = round(100 * float64(c.Positive) / float64(c.Words))
	negative = round(100 * float64(c.Negative) / float64(c.Words))
	return round(positive - negative), positive, negative
}

func round(v float64) float64 { return math.Round(v*1000) / 1000 }

// Document scores d: each sentence (or the whole text when there are no
// sentences) and the document as a whole.
func (l *Lexicon) Document(d *doc.Document) doc.Tone {
	var total Counts
	var sents []doc.SentenceTone
	if len(d.Sentences) == 0 {
		total = l.Count(d.Text)
	}
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			continue
		}
		c := l.Count(d.Text[s.Start:s.End])
		total.Words += c.Words
		total.Positive += c.Positive
		total.Negative += c.Negative
		score, pos, neg := c.Tone()
		sents = append(sents, doc.SentenceTone{Sentence: i, Score: score, Positive: pos, Negative: neg})
	}
	score, pos, neg := total.Tone()
	return doc.Tone{
		Score: score, Positive: pos, Negative: neg, Polarity: round(pos + neg),
		Words: total.Words, Sentences: sents,
	}
}
