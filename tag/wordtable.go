package tag

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sitrep/sitrep/internal/wordtable"
)

// Capitals maps a lowercased word to how often news text writes it
// capitalised where no sentence starts: 0 (under 5 %), 1 (under 50 %), 2
// (under 90 %) or 3. It tells a name ("Obama": 3) from a common noun in a
// heading ("Applause": 0) for words the treebank saw too rarely to know;
// the tagger uses it for those words only.
type Capitals map[string]uint8

// ReadCapitals reads the capitalisation classes of a word table (the
// format of ner/clusters.tsv.gz: a word, its coarse and fine clusters and
// its capitalisation class per line, tab-separated; "#" starts a comment
// line). A gzip-compressed table is uncompressed.
func ReadCapitals(r io.Reader) (Capitals, error) {
	out := Capitals{}
	err := wordtable.Read(r, func(row wordtable.Row) error {
		c := row.Capital
		if len(c) != 1 || c[0] < '0' || c[0] > '3' {
			return fmt.Errorf("capitalisation class %q, want 0-3", c)
		}
		out[strings.ToLower(row.Word)] = c[0] - '0'
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read capitals: %w", err)
	}
	return out, nil
}

// ReadCapitalsFile reads the capitalisation classes of the word table at
// path; its errors name the file.
func ReadCapitalsFile(path string) (Capitals, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read capitals: %w", err)
	}
	defer f.Close()
	caps, err := ReadCapitals(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return caps, nil
}
