// Package engine assembles sitrep's pipeline from its stages. Each stage
// registers a constructor from its own file here, at a fixed position in the
// pipeline's order, so commands and tests build the same pipeline.
package engine

import (
	"fmt"
	"slices"
	"sort"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
)

// The positions of the stages in the pipeline.
const (
	OrderText   = 10
	OrderTag    = 20
	OrderParse  = 30
	OrderActor  = 40
	OrderWhen   = 50
	OrderGeo    = 60
	OrderAmount = 70
	OrderEvent  = 80
	OrderQuote  = 90
	OrderTone   = 100
)

// Config holds the options that stages read when they are built.
type Config struct {
	// DefaultDate is the publication date for documents that have none.
	DefaultDate doc.Day
	// DictDir, when set, replaces the embedded actor and verb
	// dictionaries with the files in that folder.
	DictDir string
	// PetrarchDicts, when set, loads PETRARCH/TABARI dictionaries from
	// that folder.
	PetrarchDicts string
	// Stages, when non-empty, keeps only the named stages (and always the
	// text stage, which everything needs).
	Stages []string
}

// Constructor builds a stage from the configuration.
type Constructor func(cfg Config) (pipeline.Stage, error)

type entry struct {
	order int
	name  string
	build Constructor
}

var registry []entry

// Register adds a stage constructor at the given position. It is called
// from init functions in this package.
func Register(order int, name string, build Constructor) {
	registry = append(registry, entry{order, name, build})
	sort.SliceStable(registry, func(i, j int) bool { return registry[i].order < registry[j].order })
}

// StageNames returns the names of all registered stages in order.
func StageNames() []string {
	names := make([]string, len(registry))
	for i, e := range registry {
		names[i] = e.name
	}
	return names
}

// New builds the pipeline for cfg.
func New(cfg Config) (*pipeline.Pipeline, error) {
	for _, s := range cfg.Stages {
		if !slices.Contains(StageNames(), s) {
			return nil, fmt.Errorf("unknown stage %q (have %v)", s, StageNames())
		}
	}
	var stages []pipeline.Stage
	for _, e := range registry {
		if len(cfg.Stages) > 0 && e.order != OrderText && !slices.Contains(cfg.Stages, e.name) {
			continue
		}
		s, err := e.build(cfg)
		if err != nil {
			return nil, fmt.Errorf("build stage %s: %w", e.name, err)
		}
		stages = append(stages, s)
	}
	return pipeline.New(stages...), nil
}
