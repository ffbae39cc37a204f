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

// Default returns the embedded parser, loading it on first use.
var Default = sync.OnceValues(func() (*Parser, error) {
	return Load(bytes.NewReader(embedded))
})
