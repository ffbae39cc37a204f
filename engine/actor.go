package engine

import (
	"fmt"

	"github.com/sitrep/sitrep/actor"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/ner"
	"github.com/sitrep/sitrep/petrarch"
	"github.com/sitrep/sitrep/pipeline"
)

func init() {
	Register(OrderActor, "actor", func(cfg Config) (pipeline.Stage, error) {
		r, err := NewRecognizer(cfg)
		if err != nil {
			return nil, err
		}
		return actorStage{r}, nil
	})
}

// NewRecognizer builds the actor recognizer the actor stage uses: our
// dictionaries (overlaid with cfg.DictDir), the PETRARCH dictionaries of
// cfg.PetrarchDicts if set, and the NER model with its gazetteer features.
func NewRecognizer(cfg Config) (*actor.Recognizer, error) {
	var d *actor.Dict
	var err error
	if cfg.PetrarchDicts == "" {
		d, err = actor.Load(cfg.DictDir)
	} else {
		d, err = actor.Open(cfg.DictDir)
	}
	if err != nil {
		return nil, err
	}
	if cfg.PetrarchDicts != "" {
		p, err := petrarch.LoadDir(cfg.PetrarchDicts)
		if err != nil {
			return nil, fmt.Errorf("--petrarch-dicts: %w", err)
		}
		d.AddPetrarch(p)
	}
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load NER model: %w", err)
	}
	places, err := geo.Default()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	gz := &ner.Gazetteer{Dict: d, Places: places, MinPopulation: ner.MinPopulation}
	return &actor.Recognizer{Dict: d, NER: ner.Tagger{Model: m, Gaz: gz}, DefaultDate: cfg.DefaultDate}, nil
}

// actorStage finds the document's actors and codes them.
type actorStage struct{ r *actor.Recognizer }

// Name returns "actor".
func (actorStage) Name() string { return "actor" }

// Process fills d.Entities.
func (s actorStage) Process(d *doc.Document) error {
	s.r.Recognize(d)
	return nil
}
