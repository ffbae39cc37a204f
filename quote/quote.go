// Package quote finds quotations in news text and who said them.
//
// Direct quotations are text between quotation marks, straight or curly,
// including quotations that run over several paragraphs (a paragraph left
// open and the next one opening again) and quotations split by an
// attribution ("“…,” he said. “…”"). The speaker comes from an attribution
// after or before the quotation ("X said", "said X", "according to X", "X
// told reporters", "X was quoted as saying", "the ministry said in a
// statement", "X added"), from the sentence's speaker for partial
// quotations, or from the previous quotation for one that continues it.
// Speakers are resolved to the document's actors: a mention the actor stage
// found, a surname, a pronoun, or a description such as "the Russian
// president" or "the ministry".
//
// Scare quotes and titles (a word or two, names of operations, slogans in
// title case) are not quotations. Reported speech without marks ("X said
// that …") is recorded as a quotation of kind "indirect".
package quote

import (
	"sort"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/wordscan"
)

// The kinds of quotation.
const (
	Direct   = "direct"
	Indirect = "indirect"
)

// Extract returns the quotations in d, in text order. It reads d.Text,
// d.Sentences (or splits sentences itself when there are none),
// d.Layout.Blocks (or blank lines) for paragraphs, and d.Entities for the
// speakers.
func Extract(d *doc.Document) []doc.Quote {
	x := newExtractor(d)
	x.findDirect()
	x.direct = len(x.quotes)
	x.indirect()
	sort.SliceStable(x.quotes, func(i, j int) bool { return x.quotes[i].Start < x.quotes[j].Start })
	return x.quotes
}

type span struct{ start, end int }

type extractor struct {
	d      *doc.Document
	toks   []wordscan.Tok
	sents  []span // byte spans
	paras  []span
	quotes []doc.Quote
	// covered marks the byte spans of direct quotations with their marks,
	// in text order.
	covered []span
	// firstCap maps a capitalized word to the index of its first token.
	firstCap map[string]int
	// entOrder and surname index d.Entities, built when first needed.
	entOrder []int
	surname  map[string]int
	// direct counts the direct quotations, which come first in quotes.
	direct int
	// genders maps a speaker's name or code to 'm' or 'f' when a pronoun
	// or an honorific showed it.
	genders map[string]byte
}

func newExtractor(d *doc.Document) *extractor {
	x := &extractor{d: d, toks: wordscan.Scan(d.Text)}
	x.paras = paragraphs(d)
	if len(d.Sentences) > 0 {
		for _, s := range d.Sentences {
			x.sents = append(x.sents, span{s.Start, s.End})
		}
	} else {
		x.sents = splitSentences(x.toks, x.paras)
	}
	return x
}

// paragraphs returns the paragraph spans: the layout's blocks if the text
// stage filled them, else text between blank lines.
func paragraphs(d *doc.Document) []span {
	var out []span
	if len(d.Layout.Blocks) > 0 {
		for _, b := range d.Layout.Blocks {
			out = append(out, span{b.Start, b.End})
		}
		return out
	}
	t := d.Text
	start := 0
	for i := 0; i < len(t); i++ {
		if t[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r') {
			j++
		}
		if j < len(t) && t[j] == '\n' {
			out = append(out, span{start, i})
			for j < len(t) && (t[j] == '\n' || t[j] == ' ' || t[j] == '\t' || t[j] == '\r') {
				j++
			}
			start = j
			i = j - 1
		}
	}
	if start < len(t) {
		out = append(out, span{start, len(t)})
	}
	return out
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "st": true, "sgt": true,
	"capt": true, "maj": true, "prof": true, "u.s": true, "jan": true,
	"feb": true, "aug": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "no": true, "vs": true, "jr": true, "sr": true, "adm": true,
	"gens": true, "rev": true, "corp": true, "inc": true, "co": true,
}

// splitSentences is a fallback splitter for documents the text stage has
// not segmented: a sentence ends at ".", "!" or "?" (and any closing
// quotation mark) before a capital letter or an opening mark, and at each
// paragraph end.
func splitSentences(toks []wordscan.Tok, paras []span) []span {
	var out []span
	start, last, pi := -1, -1, 0
	flush := func() {
		if start >= 0 {
			out = append(out, span{start, last})
		}
		start = -1
	}
	for i, tk := range toks {
		for pi < len(paras) && tk.Start >= paras[pi].end {
			flush()
			pi++
		}
		if start < 0 {
			start = tk.Start
		}
		last = tk.End
		if tk.Text != "." && tk.Text != "!" && tk.Text != "?" {
			continue
		}
		if tk.Text == "." && i > 0 && abbreviations[toks[i-1].Lower] && wordscan.Adjacent(toks[i-1], tk) {
			continue
		}
		k := i + 1
		for k < len(toks) && isMark(toks[k].Text) && isClose(toks[k].Text) && wordscan.Adjacent(toks[k-1], toks[k]) {
			last = toks[k].End
			k++
		}
		if k < len(toks) && !toks[k].Capitalized() && !isOpen(toks[k].Text) && toks[k].Kind != wordscan.Number {
			continue
		}
		flush()
	}
	flush()
	return out
}
