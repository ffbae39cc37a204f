package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// wordClass is what the word table knows of a lower-cased word: its
// coarse and fine distributional clusters ("-" when it has none) and how
// often news writes it capitalised where no sentence starts ("0" to "3").
type wordClass struct {
	coarse, fine, capital string
}

//go:embed clusters.tsv.gz
var clusterTable []byte

var (
	classOnce sync.Once
	classes   map[string]wordClass
	classErr  error
)

// readClasses parses the word table written by ./cluster.
func readClasses(data []byte) (map[string]wordClass, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("ner word table: %w", err)
	}
	out := map[string]wordClass{}
	sc := bufio.NewScanner(zr)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("ner word table: line %d: want 4 fields", n)
		}
		out[f[0]] = wordClass{coarse: f[1], fine: f[2], capital: f[3]}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner word table: %w", err)
	}
	return out, nil
}

// wordClasses returns the embedded word table, loaded on first use; on a
// broken table the tagger runs without it.
func wordClasses() map[string]wordClass {
	classOnce.Do(func() { classes, classErr = readClasses(clusterTable) })
	return classes
}

// unknownClass is the class of words the table lacks.
var unknownClass = wordClass{coarse: "?", fine: "?", capital: "?"}

//go:embed firstnames.txt
var firstNameList string

// firstNames holds the lower-cased given names of firstnames.txt.
var firstNames = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(firstNameList, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}()

// firstName reports a capitalised word that is a common given name.
func (f *featurizer) firstName(i int) bool {
	return i >= 0 && i < len(f.words) && firstNames[f.lower[i]] && isUpperWord(f.words[i])
}
