package engine

import (
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/text"
)

func init() {
	Register(OrderText, "text", func(cfg Config) (pipeline.Stage, error) {
		return textStage{defaultDate: cfg.DefaultDate}, nil
	})
}

// textStage splits a document into sentences and tokens.
type textStage struct {
	defaultDate doc.Day
}

func (textStage) Name() string { return "text" }

// Process sets the default date on undated documents and fills the
// sentences and tokens from the text and its layout.
func (s textStage) Process(d *doc.Document) error {
	if d.Date.IsZero() {
		d.Date = s.defaultDate
	}
	text.Segment(d)
	return nil
}
