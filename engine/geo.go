package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/pipeline"
)

// OrderGeoAttach is the position of the stage that gives events their
// places, after the event coder.
const OrderGeoAttach = OrderEvent + 6

func init() {
	Register(OrderGeo, "geo", func(cfg Config) (pipeline.Stage, error) {
		s := &geoStage{}
		// A gazetteer.bin.gz in the dictionary folder (built with
		// `sitrep gazetteer build --extra`) replaces the embedded one.
		if cfg.DictDir != "" {
			if p := filepath.Join(cfg.DictDir, "gazetteer.bin.gz"); fileExists(p) {
				s.path = p
			}
		}
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
	path string // custom gazetteer file, or "" for the embedded one
	once sync.Once
	p    *geo.Parser
	err  error
}

func (s *geoStage) parser() (*geo.Parser, error) {
	s.once.Do(func() {
		g, err := geo.Default()
		if s.path != "" {
			g, err = geo.Load(s.path)
		}
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

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// geoAttach sets each event's place from the places found by geoStage.
type geoAttach struct{}

func (geoAttach) Name() string { return "geo-attach" }

func (geoAttach) Process(d *doc.Document) error {
	geo.AttachEvents(d)
	return nil
}
