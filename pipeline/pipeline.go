// Package pipeline runs the stages that fill a doc.Document, in order, and
// keeps the time each stage took.
package pipeline

import (
	"fmt"
	"sync"
	"time"

	"github.com/sitrep/sitrep/doc"
)

// Stage is one step of the pipeline. Process fills its part of d; it may
// read what earlier stages filled but never changes their spans.
type Stage interface {
	Name() string
	Process(d *doc.Document) error
}

// Pipeline is an ordered list of stages. It is safe for concurrent use when
// its stages are.
type Pipeline struct {
	stages []Stage

	mu    sync.Mutex
	times []time.Duration
}

// New returns a pipeline of the given stages.
func New(stages ...Stage) *Pipeline {
	return &Pipeline{stages: stages, times: make([]time.Duration, len(stages))}
}

// Stages returns the names of the stages in order.
func (p *Pipeline) Stages() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return names
}

// Process runs every stage over d. A stage that fails stops the document
// with an error naming the stage; a stage that panics is reported as an
// error too, so one bad document never takes down a batch.
func (p *Pipeline) Process(d *doc.Document) (err error) {
	local := make([]time.Duration, len(p.stages))
	defer func() {
		p.mu.Lock()
		for i, t := range local {
			p.times[i] += t
		}
		p.mu.Unlock()
	}()
	for i, s := range p.stages {
		start := time.Now()
		err := runStage(s, d)
		local[i] += time.Since(start)
		if err != nil {
			return err
		}
	}
	return nil
}

func runStage(s Stage, d *doc.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stage %s: document %q: panic: %v", s.Name(), d.ID, r)
		}
	}()
	if err := s.Process(d); err != nil {
		return fmt.Errorf("stage %s: document %q: %w", s.Name(), d.ID, err)
	}
	return nil
}

// StageTime is the total time spent in one stage.
type StageTime struct {
	Stage string
	Time  time.Duration
}

// Times returns the time spent in each stage so far, summed over all
// documents and goroutines.
func (p *Pipeline) Times() []StageTime {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]StageTime, len(p.stages))
	for i, s := range p.stages {
		out[i] = StageTime{s.Name(), p.times[i]}
	}
	return out
}
