package engine

import (
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/pipeline"
)

// OrderGeoAttach is the position of the stage that gives events their
// places, after the event coder.
const OrderGeoAttach = OrderEvent + 6

func init() {
	Register(OrderGeo, "geo", func(Config) (pipeline.Stage, error) {
		s := &geoStage{}
		// Load the embedded gazetteer in the background while the other
		// stages load their models; the first document waits for it.
		go s.parser()
		return s, nil
	})
	Register(OrderGeoAttach, "geo-attach", func(Config) (pipeline.Stage, error) {
		return geoAttach{}, nil
	})
}

// geoStage finds and resolves the document's places.
type geoStage struct {
	once sync.Once
	p    *geo.Parser
	err  error
}

func (s *geoStage) parser() (*geo.Parser, error) {
	s.once.Do(func() {
		g, err := geo.Default()
		if err != nil {
			s.err = fmt.Errorf("load gazetteer: %w", err)
			return
		}
		s.p = geo.NewParser(g)
	})
	return s.p, s.err
}

func (*geoStage) Name() string { return "geo" }

func (s *geoStage) Process(d *doc.Document) error {
	p, err := s.parser()
	if err != nil {
		return err
	}
	p.Process(d)
	return nil
}

// geoAttach sets each event's place from the places found by geoStage.
type geoAttach struct{}

func (geoAttach) Name() string { return "geo-attach" }

func (geoAttach) Process(d *doc.Document) error {
	geo.AttachEvents(d)
	return nil
}
