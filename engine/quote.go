package engine

import (
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/quote"
)

func init() {
	Register(OrderQuote, "quote", func(Config) (pipeline.Stage, error) {
		return quoteStage{}, nil
	})
}

// quoteStage finds the document's quotations and their speakers.
type quoteStage struct{}

func (quoteStage) Name() string { return "quote" }

func (quoteStage) Process(d *doc.Document) error {
	d.Quotes = quote.Extract(d)
	if d.Quotes == nil {
		d.Quotes = []doc.Quote{}
	}
	return nil
}
