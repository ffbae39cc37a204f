package engine

import (
	"fmt"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/tone"
)

func init() {
	Register(OrderTone, "tone", func(Config) (pipeline.Stage, error) {
		l, err := tone.Default()
		if err != nil {
			return nil, fmt.Errorf("load tone lexicon: %w", err)
		}
		return toneStage{l}, nil
	})
}

// toneStage scores the tone of the document and of each sentence.
type toneStage struct{ lex *tone.Lexicon }

func (toneStage) Name() string { return "tone" }

func (s toneStage) Process(d *doc.Document) error {
	d.Tone = s.lex.Document(d)
	return nil
}
