package parse

import (
	"bytes"
	_ "embed"
	"sync"
)

// embedded is the parser trained on UD English EWT (CC BY-SA 4.0; see
// MODELS.md for the command that rebuilds it).
//
//go:embed parser.model.gz
var embedded []byte

// Decoding of the embedded parser. Selectional branching (SetBranching)
// is off: over greedily trained models it gained at most 0.3 UAS on EWT
// dev, nothing on EWT test or GUM, for a third more time (MODELS.md).
// DefaultMaxMargin is the branching margin, in the embedded models'
// score units, that did best on EWT dev when branching is switched on.
const (
	DefaultBranches  = 0
	DefaultMaxMargin = 2000
)

// Default returns the embedded parser, loading it on first use.
var Default = sync.OnceValues(func() (*Parser, error) {
	p, err := Load(bytes.NewReader(embedded))
	if err != nil {
		return nil, err
	}
	p.SetBranching(DefaultBranches, DefaultMaxMargin)
	return p, nil
})
