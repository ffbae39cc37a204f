package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/wordtable"
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
	out := map[string]wordClass{}
	err := wordtable.Read(bytes.NewReader(data), func(r wordtable.Row) error {
		out[r.Word] = wordClass{coarse: r.Coarse, fine: r.Fine, capital: r.Capital}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ner %w", err)
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
