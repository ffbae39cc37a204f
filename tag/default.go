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

var (
	defaultOnce sync.Once
	defaultTag  *Tagger
	defaultErr  error
)

// Default returns the embedded tagger, loading it on first use.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTag, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultTag, defaultErr
}
