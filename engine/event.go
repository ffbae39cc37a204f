package engine

import (
	"fmt"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/event"
	"github.com/sitrep/sitrep/pipeline"
)

func init() {
	Register(OrderEvent, "event", func(cfg Config) (pipeline.Stage, error) {
		d, err := event.Load(cfg.DictDir)
		if err != nil {
			return nil, fmt.Errorf("event dictionary: %w", err)
		}
		return eventStage{event.New(d)}, nil
	})
}

// eventStage codes CAMEO events from the parsed sentences and the actors.
type eventStage struct {
	coder *event.Coder
}

func (eventStage) Name() string { return "event" }

// Process replaces d.Events with the events coded from d.
func (s eventStage) Process(d *doc.Document) error {
	d.Events = d.Events[:0]
	s.coder.Code(d)
	return nil
}
