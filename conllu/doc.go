package conllu

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// ToDocument builds a document from CoNLL-U sentences: the text is the
// sentences' texts joined by a space (a blank line before a new paragraph
// or document), and each syntactic word becomes a doc.Token whose span
// points into that text. The words of a multiword token get their own
// sub-spans when their forms spell the surface token, and otherwise all
// share the surface token's span with Form set to the word.
func ToDocument(id string, sents []*Sentence) *doc.Document {
	var text strings.Builder
	out := make([]doc.Sentence, 0, len(sents))
	for i, s := range sents {
		if i > 0 {
			if s.NewPar() || s.NewDoc() {
				text.WriteString("\n\n")
			} else {
				text.WriteByte(' ')
			}
		}
		base := text.Len()
		st, toks := sentenceTokens(s, base)
		text.WriteString(st)
		out = append(out, doc.Sentence{Start: base, End: text.Len(), Text: st, Tokens: toks})
	}
	d := doc.New(id, text.String())
	d.Sentences = out
	return d
}

// Tokens returns the sentence's words as doc.Tokens with spans into the
// sentence's text (offset by base), and that text.
func Tokens(s *Sentence, base int) ([]doc.Token, string) {
	st, toks := sentenceTokens(s, base)
	return toks, st
}

func sentenceTokens(s *Sentence, base int) (string, []doc.Token) {
	surf := s.Surfaces()
	text := s.Text()
	starts, ok := align(text, surf)
	if !ok {
		text = s.SurfaceText()
		starts, _ = align(text, surf)
	}
	toks := make([]doc.Token, 0, len(s.Words))
	for si, t := range surf {
		start := starts[si]
		end := start + len(t.Form)
		words := s.Words[t.First : t.Last+1]
		spell := t.First != t.Last && spells(t.Form, words)
		off := start
		for wi := range words {
			w := &words[wi]
			tk := doc.Token{
				UPOS: blank(w.UPOS), XPOS: blank(w.XPOS), Lemma: blank(w.Lemma),
				Head: max(w.Head, 0), Rel: blank(w.Deprel),
			}
			if spell {
				tk.Start, tk.End = base+off, base+off+len(w.Form)
				off += len(w.Form)
			} else {
				tk.Start, tk.End = base+start, base+end
			}
			tk.Text = text[tk.Start-base : tk.End-base]
			if tk.Text != w.Form {
				tk.Form = w.Form
			}
			tk.SpaceAfter = wi == len(words)-1 && t.SpaceAfter
			toks = append(toks, tk)
		}
	}
	return text, toks
}

// align finds each surface token in text, in order, skipping white space
// between them; it reports false if a token is not where expected.
func align(text string, surf []Surface) ([]int, bool) {
	starts := make([]int, len(surf))
	pos := 0
	for i, t := range surf {
		for pos < len(text) && isSpace(text[pos]) {
			pos++
		}
		if !strings.HasPrefix(text[pos:], t.Form) {
			return starts, false
		}
		starts[i] = pos
		pos += len(t.Form)
	}
	return starts, true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// spells reports whether the words' forms concatenate to form exactly.
func spells(form string, words []Word) bool {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w.Form)
	}
	return b.String() == form
}

func blank(v string) string {
	if v == "_" {
		return ""
	}
	return v
}

// FromDocument converts a document's sentences and tokens to CoNLL-U
// sentences, with sent_id "<doc id>-<n>" and the text comment. Tokens that
// share one span (the words of a contraction) become a multiword range;
// SpaceAfter=No is written where the next token follows without a gap.
func FromDocument(d *doc.Document) []*Sentence {
	out := make([]*Sentence, 0, len(d.Sentences))
	for si := range d.Sentences {
		ds := &d.Sentences[si]
		s := &Sentence{}
		if si == 0 {
			s.Comments = append(s.Comments, "newdoc id = "+oneLine(d.ID))
		}
		s.Comments = append(s.Comments,
			fmt.Sprintf("sent_id = %s-%d", oneLine(d.ID), si+1),
			"text = "+oneLine(ds.Text))
		s.Words = make([]Word, len(ds.Tokens))
		for i := range ds.Tokens {
			t := &ds.Tokens[i]
			misc := "_"
			next := len(ds.Tokens)
			for j := i + 1; j < len(ds.Tokens); j++ {
				if ds.Tokens[j].Start != t.Start || ds.Tokens[j].End != t.End {
					next = j
					break
				}
			}
			if next < len(ds.Tokens) && ds.Tokens[next].Start == t.End && (i+1 == next) {
				misc = "SpaceAfter=No"
			}
			head := t.Head
			if head < 0 || head > len(ds.Tokens) {
				head = -1
			}
			s.Words[i] = Word{
				ID: i + 1, Form: oneLine(t.Word()), Lemma: orBlank(t.Lemma), UPOS: orBlank(t.UPOS),
				XPOS: orBlank(t.XPOS), Feats: "_", Head: head, Deprel: orBlank(t.Rel), Deps: "_", Misc: misc,
			}
		}
		for i := 0; i < len(ds.Tokens); {
			j := i
			for j+1 < len(ds.Tokens) && ds.Tokens[j+1].Start == ds.Tokens[i].Start && ds.Tokens[j+1].End == ds.Tokens[i].End {
				j++
			}
			if j > i {
				t := &ds.Tokens[i]
				misc := "_"
				if j+1 < len(ds.Tokens) && ds.Tokens[j+1].Start == t.End {
					misc = "SpaceAfter=No"
				}
				s.MultiWords = append(s.MultiWords, MultiWord{First: i + 1, Last: j + 1, Form: oneLine(t.Text), Misc: misc})
				for k := i; k <= j; k++ {
					s.Words[k].Misc = "_"
				}
			}
			i = j + 1
		}
		out = append(out, s)
	}
	return out
}

func orBlank(v string) string {
	if v == "" {
		return "_"
	}
	return v
}

func oneLine(v string) string {
	if strings.ContainsAny(v, "\t\n\r") {
		return strings.Join(strings.Fields(v), " ")
	}
	return v
}
