package tag

import (
	"fmt"
	"io"
	"slices"

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
// error rate of unseen text. Folds are contiguous runs of sentences, so
// that a document's other sentences do not teach the tagger its words:
// with every n-th sentence as a fold the tags were more accurate than the
// tagger's on new text (EWT train 96.0 % XPOS against 94.6 % on dev).
func Jackknife(sents []*conllu.Sentence, n int, seed uint64, log io.Writer) error {
	if n < 2 {
		return fmt.Errorf("jackknife: need at least 2 folds, got %d", n)
	}
	retagged := make([]*conllu.Sentence, 0, len(sents))
	for k := range n {
		lo, hi := k*len(sents)/n, (k+1)*len(sents)/n
		held := sents[lo:hi]
		train := append(slices.Clip(sents[:lo]), sents[hi:]...)
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
		if log != nil {
			fmt.Fprintf(log, "jackknife fold %d/%d tagged\n", k+1, n)
		}
		retagged = append(retagged, cp...)
	}
	for i, s := range retagged {
		*sents[i] = *s
	}
	return nil
}
