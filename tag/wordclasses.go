package tag

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sitrep/sitrep/internal/gzipped"
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
	dr, _, err := gzipped.NewReader(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("read word classes: %w", err)
	}
	out := WordClasses{}
	sc := bufio.NewScanner(dr)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, bits, ok := strings.Cut(line, "\t")
		if !ok || w == "" || bits == "" || strings.Trim(bits, "01") != "" {
			return nil, fmt.Errorf("read word classes: line %d: want a word, a tab and a bit string", n)
		}
		out[w] = bits
	}
	if err := sc.Err(); err != nil {
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
