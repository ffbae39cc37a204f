package quote

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/wordscan"
)

func isMark(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„":
		return true
	}
	return false
}

// isOpen reports whether a mark can open a quotation.
func isOpen(s string) bool { return s == "\"" || s == "“" || s == "«" || s == "„" }

// isClose reports whether a mark can close a quotation.
func isClose(s string) bool { return s == "\"" || s == "”" || s == "»" }

// raw is a span between quotation marks: token indexes of the marks (close
// is -1 when the paragraph ended with the quotation open) and the byte span
// of the text inside.
type raw struct {
	open, close int
	start, end  int
}

// marks pairs the quotation marks of the text, carrying a quotation over
// a paragraph end when the next paragraph opens again.
func (x *extractor) marks() []raw {
	var out []raw
	open, qStart, lastEnd, pi := -1, 0, 0, 0
	paraOf := func(pos int) int {
		for pi < len(x.paras)-1 && pos >= x.paras[pi].end {
			pi++
		}
		return pi
	}
	curPara := -1
	for k, t := range x.toks {
		p := paraOf(t.Start)
		if p != curPara {
			if open >= 0 && curPara >= 0 {
				if isOpen(t.Text) {
					// the quotation runs on into this paragraph
					curPara = p
					lastEnd = t.End
					continue
				}
				out = append(out, raw{open, -1, qStart, lastEnd})
				open = -1
			}
			curPara = p
		}
		lastEnd = t.End
		if t.Kind != wordscan.Punct || !isMark(t.Text) {
			continue
		}
		switch {
		case open < 0 && isOpen(t.Text):
			open, qStart = k, t.End
		case open >= 0 && isClose(t.Text):
			if t.Start > qStart {
				out = append(out, raw{open, k, qStart, t.Start})
			}
			open = -1
		case open >= 0 && isOpen(t.Text):
			// a second opening mark: the first was never closed
			open, qStart = k, t.End
		}
	}
	if open >= 0 && lastEnd > qStart {
		out = append(out, raw{open, -1, qStart, lastEnd})
	}
	return out
}

// labelWords before a quoted phrase make it a name or a label, not speech.
var labelWords = map[string]bool{
	"dubbed": true, "so-called": true, "named": true,
	"titled": true, "entitled": true, "codenamed": true, "code-named": true,
	"operation": true, "term": true, "word": true, "words": true,
	"slogan": true, "hashtag": true, "motto": true, "dubbing": true,
	"nicknamed": true,
	"as":        true, "headlined": true, "film": true, "book": true, "song": true,
	"campaign": true, "programme": true, "program": true, "newspaper": true,
}

// findDirect finds the direct quotations and their speakers.
func (x *extractor) findDirect() {
	var prev *doc.Speaker
	prevEnd := -1
	for _, r := range x.marks() {
		text := x.d.Text[r.start:r.end]
		trimmed := strings.TrimSpace(text)
		if trimmed == "" {
			continue
		}
		// Trim white space inside the marks so the span is the words.
		r.start += strings.Index(text, trimmed)
		r.end = r.start + len(trimmed)
		qtoks := x.tokRange(r.start, r.end)
		words := 0
		for _, t := range qtoks {
			if t.Kind != wordscan.Punct {
				words++
			}
		}
		sp, rule, attributed := x.attribution(r)
		label := x.labelled(r.open)
		if label && !attributed {
			continue
		}
		if !attributed {
			if titleCase(qtoks) || (words <= 2 && !x.clauseFinal(r)) {
				continue // a title, or a scare quote on the noun after it
			}
			if x.partial(r) {
				sp, rule = x.sentenceSpeaker(r), "partial"
				if sp == nil && words < 5 {
					continue
				}
				if words <= 2 && (sp == nil || !x.afterVerb(r)) {
					continue
				}
			} else if prev != nil && x.paraIndex(r.start)-x.paraIndex(prevEnd) <= 2 {
				sp, rule = prev, "continues" // the last speaker goes on
			}
		}
		if sp == nil {
			rule = ""
		}
		x.quotes = append(x.quotes, doc.Quote{
			Start: r.start, End: r.end, Text: x.d.Text[r.start:r.end],
			Speaker: sp, Kind: Direct, Sentence: x.sentIndex(r.start), Rule: rule,
		})
		closeEnd := r.end
		if r.close >= 0 {
			closeEnd = x.toks[r.close].End
		}
		x.covered = append(x.covered, span{x.toks[r.open].Start, closeEnd})
		if sp != nil {
			prev = sp
		}
		prevEnd = r.end
	}
}

// labelled reports whether a label word stands right before the opening
// mark at token k ("the so-called “peace plan”", "Operation “Dawn”").
func (x *extractor) labelled(k int) bool {
	if k == 0 {
		return false
	}
	p := x.toks[k-1]
	if p.Kind != wordscan.Word {
		return false
	}
	if p.Is("as") {
		// "known as", "described as" label; "as saying" does not.
		return k >= 2 && x.toks[k-2].Is("known", "referred", "described", "billed", "branded", "designated")
	}
	return labelWords[p.Lower]
}

// titleCase reports whether every longer word of a short quotation is
// capitalized and it has no sentence punctuation: a title or a name.
func titleCase(toks []wordscan.Tok) bool {
	n := 0
	if k := len(toks); k > 0 && (toks[k-1].Text == "," || toks[k-1].Text == ".") {
		toks = toks[:k-1] // American style puts the comma inside: “Meet the Press,”
	}
	for _, t := range toks {
		switch {
		case t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ",":
			return false
		case t.Kind == wordscan.Word && len(t.Lower) > 3:
			if !t.Capitalized() {
				return false
			}
			n++
		}
	}
	return n > 0 && len(toks) <= 12
}

// partial reports whether the quotation sits inside a sentence (text of
// the sentence before it that is not an attribution) rather than making up
// whole sentences.
func (x *extractor) partial(r raw) bool {
	si := x.sentIndex(r.start)
	if si < 0 {
		return false
	}
	s := x.sents[si]
	if x.toks[r.open].Start <= s.start {
		return false
	}
	before := strings.TrimSpace(x.d.Text[s.start:x.toks[r.open].Start])
	if before == "" {
		return false
	}
	last := x.d.Text[r.end-1]
	full := last == '.' || last == '!' || last == '?' || last == ','
	return !(full && strings.HasSuffix(before, ":"))
}

// tokRange returns the tokens inside the byte span.
func (x *extractor) tokRange(start, end int) []wordscan.Tok {
	i := sort.Search(len(x.toks), func(i int) bool { return x.toks[i].Start >= start })
	j := sort.Search(len(x.toks), func(i int) bool { return x.toks[i].End > end })
	if j < i {
		j = i
	}
	return x.toks[i:j]
}

// tokAt returns the index of the first token starting at or after pos.
func (x *extractor) tokAt(pos int) int {
	return sort.Search(len(x.toks), func(i int) bool { return x.toks[i].Start >= pos })
}

// sentIndex returns the index of the sentence holding pos, or -1.
func (x *extractor) sentIndex(pos int) int {
	i := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].end > pos })
	if i < len(x.sents) && x.sents[i].start <= pos {
		return i
	}
	if i < len(x.sents) {
		return i
	}
	return len(x.sents) - 1
}

// paraIndex returns the index of the paragraph holding pos.
func (x *extractor) paraIndex(pos int) int {
	if pos < 0 {
		return -100
	}
	i := sort.Search(len(x.paras), func(i int) bool { return x.paras[i].end > pos })
	return i
}

// clauseFinal reports whether a quotation ends its clause: the closing
// mark is followed by punctuation, a conjunction or nothing, not by the
// noun a scare quote qualifies ("the “peace” talks").
func (x *extractor) clauseFinal(r raw) bool {
	if r.close < 0 || r.close+1 >= len(x.toks) {
		return true
	}
	n := x.toks[r.close+1]
	return n.Kind == wordscan.Punct || n.Is("and", "but", "or", "because", "after", "before", "as", "while", "since", "in", "on", "at", "to", "for")
}

// afterVerb reports whether a short quotation is the complement of a
// labelling verb a few words before it ("called the decision
// “incomprehensible”"); after "say anything about" it is a term.
func (x *extractor) afterVerb(r raw) bool {
	for k := r.open - 1; k >= 0 && k >= r.open-5; k-- {
		t := x.toks[k]
		if t.Kind == wordscan.Punct && t.Text != "," {
			return false
		}
		if isVerb(t, partialVerbs) {
			return true
		}
	}
	return false
}
