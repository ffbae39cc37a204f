package tag

import (
	"fmt"
	"io"

	"github.com/sitrep/sitrep/conllu"
)

// Retag replaces the UPOS, XPOS and lemma of every word in sents with the
// tagger's predictions, keeping the gold trees; the parser is trained on
// such predicted tags so it learns the tagger's mistakes.
func Retag(tg *Tagger, sents []*conllu.Sentence) {
	var forms, upos, xpos []string
	for _, s := range sents {
		forms, upos, xpos = forms[:0], upos[:0], xpos[:0]
		for _, w := range s.Words {
			forms = append(forms, w.Form)
			upos = append(upos, "")
			xpos = append(xpos, "")
		}
		tg.TagInto(forms, upos, xpos)
		for i := range s.Words {
			w := &s.Words[i]
			w.UPOS, w.XPOS = upos[i], xpos[i]
			w.Lemma = tg.Lemmatizer.Lemma(w.Form, w.UPOS, w.XPOS)
		}
	}
}

// Jackknife retags sents in place with n-fold jackknifing: each fold is
// tagged by a tagger trained on the other folds, so the tags carry the
// error rate of unseen text.
func Jackknife(sents []*conllu.Sentence, n int, seed uint64, log io.Writer) error {
	if n < 2 {
		return fmt.Errorf("jackknife: need at least 2 folds, got %d", n)
	}
	retagged := make([][]*conllu.Sentence, n)
	for k := range n {
		var train, held []*conllu.Sentence
		for i, s := range sents {
			if i%n == k {
				held = append(held, s)
			} else {
				train = append(train, s)
			}
		}
		tg, err := Train(train, nil, TrainOptions{Epochs: 8, Seed: seed})
		if err != nil {
			return fmt.Errorf("jackknife fold %d: %w", k+1, err)
		}
		// Copy the held-out fold so later folds train on gold tags.
		cp := make([]*conllu.Sentence, len(held))
		for i, s := range held {
			c := *s
			c.Words = append([]conllu.Word(nil), s.Words...)
			cp[i] = &c
		}
		Retag(tg, cp)
		retagged[k] = cp
		if log != nil {
			fmt.Fprintf(log, "jackknife fold %d/%d tagged\n", k+1, n)
		}
	}
	idx := make([]int, n)
	for i := range sents {
		k := i % n
		*sents[i] = *retagged[k][idx[k]]
		idx[k]++
	}
	return nil
}
