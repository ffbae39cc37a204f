package tag

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sitrep/sitrep/internal/wordtable"
)

// WordClasses maps a word form to the bit string of its hierarchical word
// class (learned by go run ./tag/wordclass); a prefix of the string names
// a coarser class. The tagger looks a word up as written, then in
// lowercase.
type WordClasses map[string]string

// ReadWordClasses reads a word-class table: one word and its bit string
// per line, tab-separated, "#" starting a comment line. A gzip-compressed
// table is uncompressed.
func ReadWordClasses(r io.Reader) (WordClasses, error) {
	out := WordClasses{}
	err := wordtable.ReadLines(r, func(f []string) error {
		if len(f) != 2 || f[0] == "" || f[1] == "" || strings.Trim(f[1], "01") != "" {
			return errors.New("want a word, a tab and a bit string")
		}
		out[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read word classes: %w", err)
	}
	return out, nil
}

// ReadWordClassesFile reads the word-class table at path; its errors name
// the file.
func ReadWordClassesFile(path string) (WordClasses, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read word classes: %w", err)
	}
	defer f.Close()
	wc, err := ReadWordClasses(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return wc, nil
}
