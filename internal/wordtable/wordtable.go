// Package wordtable reads the word table learned by ner/cluster: one line
// per word with its coarse and fine distributional clusters and its
// capitalisation class, tab-separated, "#" starting a comment line. The
// NER tagger and the POS tagger's optional capitalisation features both
// read it.
package wordtable

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/internal/gzipped"
)

// Row is one word of the table.
type Row struct {
	// Word is the word as the table writes it.
	Word string
	// Coarse and Fine are its cluster numbers, "-" when it has none.
	Coarse, Fine string
	// Capital is how often news writes it capitalised where no sentence
	// starts: "0" (under 5 %), "1" (under 50 %), "2" (under 90 %) or "3".
	Capital string
}

// Read calls fn for each row of the table read from r, in order. A
// gzip-compressed table is uncompressed. Empty and comment lines are
// skipped; a line without exactly four fields, or an error from fn, stops
// the reading with an error naming the line.
func Read(r io.Reader, fn func(Row) error) error {
	dr, _, err := gzipped.NewReader(bufio.NewReader(r))
	if err != nil {
		return fmt.Errorf("word table: %w", err)
	}
	sc := bufio.NewScanner(dr)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return fmt.Errorf("word table: line %d: want a word, two clusters and a class, got %d fields", n, len(f))
		}
		if err := fn(Row{Word: f[0], Coarse: f[1], Fine: f[2], Capital: f[3]}); err != nil {
			return fmt.Errorf("word table: line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("word table: %w", err)
	}
	return nil
}
