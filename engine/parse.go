package engine

import (
	"fmt"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	Register(OrderParse, "parse", func(cfg Config) (pipeline.Stage, error) {
		p, err := parse.Default()
		if err != nil {
			return nil, fmt.Errorf("parse stage: %w", err)
		}
		return &parseStage{p: p}, nil
	})
}

// parseStage fills Head and Rel of every token. Sentences whose tokens
// have no XPOS (the tag stage was left out) are tagged first.
type parseStage struct {
	p *parse.Parser
}

func (s *parseStage) Name() string { return "parse" }

func (s *parseStage) Process(d *doc.Document) error {
	var forms, xpos []string
	var heads []int
	var rels []string
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		n := len(toks)
		forms, xpos, rels = resize(forms, n), resize(xpos, n), resize(rels, n)
		if cap(heads) < n {
			heads = make([]int, n)
		}
		heads = heads[:n]
		untagged := false
		for i := range toks {
			forms[i], xpos[i] = toks[i].Word(), toks[i].XPOS
			if xpos[i] == "" {
				untagged = true
			}
		}
		if untagged {
			tg, err := tag.Default()
			if err != nil {
				return fmt.Errorf("parse stage: %w", err)
			}
			upos := make([]string, n)
			tg.TagInto(forms, upos, xpos)
		}
		s.p.ParseInto(forms, xpos, heads, rels)
		for i := range toks {
			toks[i].Head, toks[i].Rel = heads[i], rels[i]
		}
	}
	return nil
}
