package engine

import (
	"fmt"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	Register(OrderTag, "tag", func(cfg Config) (pipeline.Stage, error) {
		tg, err := tag.Default()
		if err != nil {
			return nil, fmt.Errorf("tag stage: %w", err)
		}
		return &tagStage{tg}, nil
	})
}

// tagStage fills UPOS, XPOS and Lemma of every token from its
// reader-visible form.
type tagStage struct{ tg *tag.Tagger }

func (s *tagStage) Name() string { return "tag" }

func (s *tagStage) Process(d *doc.Document) error {
	var forms, upos, xpos []string
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		forms, upos, xpos = resize(forms, len(toks)), resize(upos, len(toks)), resize(xpos, len(toks))
		for i := range toks {
			forms[i] = toks[i].Word()
		}
		s.tg.TagInto(forms, upos, xpos)
		for i := range toks {
			t := &toks[i]
			t.UPOS, t.XPOS = upos[i], xpos[i]
			t.Lemma = s.tg.Lemmatizer.Lemma(forms[i], upos[i], xpos[i])
		}
	}
	return nil
}

func resize(v []string, n int) []string {
	if cap(v) < n {
		return make([]string, n)
	}
	return v[:n]
}
