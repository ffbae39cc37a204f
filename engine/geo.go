package engine

import (
	"fmt"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/pipeline"
)

// OrderGeoAttach is the position of the stage that gives events their
// places, after the event coder.
const OrderGeoAttach = OrderEvent + 6

func init() {
	Register(OrderGeo, "geo", func(Config) (pipeline.Stage, error) {
		g, err := geo.Default()
		if err != nil {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
		return geoStage{geo.NewParser(g)}, nil
	})
	Register(OrderGeoAttach, "geo-attach", func(Config) (pipeline.Stage, error) {
		return geoAttach{}, nil
	})
}

// geoStage finds and resolves the document's places.
type geoStage struct{ p *geo.Parser }

func (geoStage) Name() string { return "geo" }

func (s geoStage) Process(d *doc.Document) error {
	s.p.Process(d)
	return nil
}

// geoAttach sets each event's place from the places found by geoStage.
type geoAttach struct{}

func (geoAttach) Name() string { return "geo-attach" }

func (geoAttach) Process(d *doc.Document) error {
	geo.AttachEvents(d)
	return nil
}
