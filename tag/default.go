package tag

import (
	"bytes"
	_ "embed"
	"sync"
)

// embedded is the tagger trained on UD English EWT (CC BY-SA 4.0; see
// MODELS.md for the command that rebuilds it).
//
//go:embed tagger.model.gz
var embedded []byte

// Default returns the embedded tagger, loading it on first use.
var Default = sync.OnceValues(func() (*Tagger, error) {
	return Load(bytes.NewReader(embedded))
})
