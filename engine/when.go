package engine

import (
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/when"
)

// OrderWhenAttach is the position of the stage that dates events, after
// the event coder.
const OrderWhenAttach = OrderEvent + 5

func init() {
	Register(OrderWhen, "when", func(cfg Config) (pipeline.Stage, error) {
		return whenStage{cfg.DefaultDate}, nil
	})
	Register(OrderWhenAttach, "when-attach", func(cfg Config) (pipeline.Stage, error) {
		return whenAttach{cfg.DefaultDate}, nil
	})
}

// whenStage finds and resolves the document's date expressions.
type whenStage struct{ def doc.Day }

func (whenStage) Name() string { return "when" }

func (s whenStage) Process(d *doc.Document) error {
	when.Process(d, s.def)
	return nil
}

// whenAttach sets each event's date from the expression governing it.
type whenAttach struct{ def doc.Day }

func (whenAttach) Name() string { return "when-attach" }

func (s whenAttach) Process(d *doc.Document) error {
	when.AttachEvents(d, s.def)
	return nil
}
