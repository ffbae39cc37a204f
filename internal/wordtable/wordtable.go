// Package wordtable reads the word table learned by ner/cluster: one line
// per word with its coarse and fine distributional clusters and its
// capitalisation class, tab-separated, "#" starting a comment line. The
// NER tagger and the POS tagger's optional capitalisation features both
// read it; ReadLines reads the other tab-separated word tables.
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
	err := ReadLines(r, func(f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("want a word, two clusters and a class, got %d fields", len(f))
		}
		return fn(Row{Word: f[0], Coarse: f[1], Fine: f[2], Capital: f[3]})
	})
	if err != nil {
		return fmt.Errorf("word table: %w", err)
	}
	return nil
}

// ReadLines calls fn with the tab-separated fields of each line of the
// table read from r, in order, for tables of any layout. A
// gzip-compressed table is uncompressed; empty lines and lines starting
// with "#" are skipped. An error from fn stops the reading and is
// returned with the line's number.
func ReadLines(r io.Reader, fn func(fields []string) error) error {
	dr, _, err := gzipped.NewReader(bufio.NewReader(r))
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(dr)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}
