package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// Segment fills d.Sentences with sentences and their tokens from d.Text
// and d.Layout (computing a plain-text layout first when the layout has no
// blocks). Sentences never cross a title, heading, dateline, byline or
// list item; a paragraph that begins in lower case after one that does not
// end a sentence continues that sentence. Code blocks get no sentences.
func Segment(d *doc.Document) {
	if len(d.Layout.Blocks) == 0 && d.Text != "" {
		d.Layout = PlainLayout(d.Text)
	}
	d.Sentences = d.Sentences[:0]
	if d.Sentences == nil {
		d.Sentences = []doc.Sentence{}
	}
	var toks []Tok
	var starts []int
	blocks := d.Layout.Blocks
	for bi := 0; bi < len(blocks); {
		if blocks[bi].Kind == doc.BlockCode {
			bi++
			continue
		}
		// Join paragraphs broken in the middle of a sentence.
		be := bi + 1
		for be < len(blocks) && continues(d, blocks[be-1], blocks[be]) {
			be++
		}
		unit := doc.Span{Start: blocks[bi].Start, End: blocks[be-1].End}
		v := newView(d.Text, d.Layout.Hidden, unit)
		toks = Tokenize(v.s, toks[:0])
		starts = Sentences(v.s, toks, starts[:0])
		// One allocation for the unit's tokens, shared by its sentences.
		all := make([]doc.Token, len(toks))
		for si, st := range starts {
			end := len(toks)
			if si+1 < len(starts) {
				end = starts[si+1]
			}
			d.Sentences = append(d.Sentences, makeSentence(d, &v, toks[st:end], all[st:end:end], bi))
		}
		bi = be
	}
}

// continues reports whether block b continues the sentence that block a
// leaves open: both are paragraphs (or block quotes), a does not end with
// sentence-final punctuation, and b starts with a lower-case letter.
func continues(d *doc.Document, a, b doc.Block) bool {
	if a.Kind != b.Kind || a.Kind != doc.BlockParagraph && a.Kind != doc.BlockQuote {
		return false
	}
	first, _ := utf8.DecodeRuneInString(d.Text[b.Start:b.End])
	if !unicode.IsLower(first) {
		return false
	}
	prev := d.Text[a.Start:a.End]
	last, _ := utf8.DecodeLastRuneInString(prev)
	switch last {
	case ',', '-', '—', '–':
		return true
	}
	if !unicode.IsLetter(last) {
		return false
	}
	// A short paragraph is a headline or a caption, not a broken line.
	if strings.Count(prev, " ") < 3 {
		return false
	}
	// The paragraph before ends with a word that cannot end a sentence,
	// or the next one starts with a word that continues one.
	lastWord := prev[strings.LastIndexAny(prev, " \t\n")+1:]
	firstWord := d.Text[b.Start:b.End]
	if i := strings.IndexAny(firstWord, " \t\n,"); i >= 0 {
		firstWord = firstWord[:i]
	}
	return openers[strings.ToLower(lastWord)] || continuers[firstWord]
}

// openers are words after which a sentence cannot end.
var openers = map[string]bool{}

// continuers are lower-case words that continue a sentence at the start of
// a paragraph.
var continuers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an of to in on for with and or but that by from at as is are was were
	has have had will would be been its their his her our which who whom whose this these those than into
	over under between against about after before during not no can could should may might must said says
	told while when where because although though if also very more most such`) {
		openers[w] = true
	}
	for _, w := range strings.Fields(`and or but nor which who whom whose that where when while because although
	though whereas of to in on for with by from at as than after before said says told including according
	into during against between among despite amid until unless`) {
		continuers[w] = true
	}
}

// makeSentence builds a doc.Sentence from tokens of the view v.
func makeSentence(d *doc.Document, v *view, toks []Tok, out []doc.Token, block int) doc.Sentence {
	for i, t := range toks {
		a, b := v.orig(t.Start, t.End)
		// out is freshly zeroed: set only the fields the text stage owns.
		tk := &out[i]
		tk.Start, tk.End, tk.Text, tk.SpaceAfter = a, b, d.Text[a:b], t.SpaceAfter
		if v.off != nil {
			if w := v.s[t.Start:t.End]; w != tk.Text {
				tk.Form = w
			}
		}
	}
	start, end := out[0].Start, out[len(out)-1].End
	return doc.Sentence{Start: start, End: end, Text: d.Text[start:end], Tokens: out, Block: blockAt(d.Layout.Blocks, start, block)}
}

// blockAt returns the index of the block holding offset p, searching from
// block i.
func blockAt(blocks []doc.Block, p, i int) int {
	for i+1 < len(blocks) && blocks[i+1].Start <= p {
		i++
	}
	return i
}
