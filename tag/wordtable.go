package tag

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
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
	br := bufio.NewReader(r)
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("read capitals: %w", err)
		}
		br = bufio.NewReader(zr)
	}
	out := Capitals{}
	sc := bufio.NewScanner(br)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 || len(f[3]) != 1 || f[3][0] < '0' || f[3][0] > '3' {
			return nil, fmt.Errorf("read capitals: line %d: want a word, two clusters and a class 0-3", n)
		}
		out[strings.ToLower(f[0])] = f[3][0] - '0'
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read capitals: %w", err)
	}
	return out, nil
}

// ReadCapitalsFile reads the capitalisation classes of the word table at
// path.
func ReadCapitalsFile(path string) (Capitals, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read capitals: %w", err)
	}
	defer f.Close()
	return ReadCapitals(f)
}
