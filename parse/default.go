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

var (
	defaultOnce   sync.Once
	defaultParser *Parser
	defaultErr    error
)

// Default returns the embedded parser, loading it on first use.
func Default() (*Parser, error) {
	defaultOnce.Do(func() {
		defaultParser, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultParser, defaultErr
}
