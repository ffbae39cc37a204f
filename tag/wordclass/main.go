// Command wordclass learns the POS tagger's hierarchical word classes
// (tag/wordclasses.tsv.gz) by Brown clustering (package internal/brown)
// of unlabelled text: the news articles of the shared corpus and the words
// of the UD English EWT training set, tokenized as the pipeline tokenizes.
// Each of the most frequent word forms (case kept) gets the bit string of
// its class; only this learned table is committed, never the text.
//
// Usage, from the repository root:
//
//	go run ./tag/wordclass -out tag/wordclasses.tsv.gz
package main

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/internal/brown"
	"github.com/sitrep/sitrep/internal/jsonl"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/text"
)

func main() {
	news := flag.String("news", "data/corpus/bench.jsonl.gz", "JSONL news corpus (shared-data path or file)")
	ud := flag.String("ud", "data/ud/en_ewt-ud-train.conllu.gz", "CoNLL-U files whose words are added to the text, comma-separated (shared-data paths or files)")
	out := flag.String("out", "tag/wordclasses.tsv.gz", "where to write the table")
	vocab := flag.Int("vocab", 50000, "most frequent word forms given a class")
	minCount := flag.Int("min-count", 3, "fewest occurrences of a word given a class")
	classes := flag.Int("classes", 256, "clusters in the window (leaves of the class tree)")
	flag.Parse()
	if err := run(*news, *ud, *out, *vocab, *minCount, *classes); err != nil {
		fmt.Fprintln(os.Stderr, "wordclass:", err)
		os.Exit(1)
	}
}

// rare stands for the words outside the vocabulary in the text.
const rare = "<rare>"

// corpus collects the text as word ids, -1 between paragraphs.
type corpus struct {
	ids   map[string]int32
	words []string
	count []int
	seq   []int32
}

func (c *corpus) add(w string) {
	id, ok := c.ids[w]
	if !ok {
		id = int32(len(c.words))
		c.ids[w] = id
		c.words = append(c.words, w)
		c.count = append(c.count, 0)
	}
	c.count[id]++
	c.seq = append(c.seq, id)
}

func (c *corpus) end() { c.seq = append(c.seq, -1) }

func run(news, ud, out string, nVocab, minCount, nClasses int) error {
	start := time.Now()
	c := &corpus{ids: map[string]int32{}}
	r, err := jsonl.Open(shared.PathOr(news))
	if err != nil {
		return err
	}
	var toks []text.Tok
	arts := 0
	for r.Next() {
		var a struct{ Title, Text string }
		if err := r.Decode(&a); err != nil {
			r.Close()
			return fmt.Errorf("%s line %d: %w", news, r.Line(), err)
		}
		arts++
		for _, para := range append([]string{a.Title}, strings.Split(a.Text, "\n\n")...) {
			toks = text.Tokenize(para, toks[:0])
			for _, t := range toks {
				c.add(para[t.Start:t.End])
			}
			c.end()
		}
	}
	err = r.Err()
	r.Close()
	if err != nil {
		return err
	}
	sents := 0
	for _, p := range strings.Split(ud, ",") {
		if p == "" {
			continue
		}
		ss, err := conllu.ReadFile(shared.PathOr(p))
		if err != nil {
			return err
		}
		for _, s := range ss {
			for _, w := range s.Words {
				c.add(w.Form)
			}
			c.end()
		}
		sents += len(ss)
	}
	fmt.Fprintf(os.Stderr, "%d articles, %d treebank sentences, %d tokens, %d word forms\n", arts, sents, len(c.seq), len(c.words))

	// The vocabulary: the most frequent forms, ties by form; the others
	// become one rare word.
	byFreq := make([]int32, len(c.words))
	for i := range byFreq {
		byFreq[i] = int32(i)
	}
	slices.SortFunc(byFreq, func(a, b int32) int {
		return cmp.Or(c.count[b]-c.count[a], strings.Compare(c.words[a], c.words[b]))
	})
	kept := byFreq[:0:0]
	for _, id := range byFreq {
		if len(kept) == nVocab || c.count[id] < minCount {
			break
		}
		kept = append(kept, id)
	}
	newID := make([]int32, len(c.words))
	for i := range newID {
		newID[i] = -1
	}
	words := make([]string, 0, len(kept)+1)
	for i, id := range kept {
		newID[id] = int32(i)
		words = append(words, c.words[id])
	}
	rareID := int32(len(words))
	words = append(words, rare)
	seq := make([]int32, len(c.seq))
	count := make([]int, len(words))
	for i, id := range c.seq {
		switch {
		case id < 0:
			seq[i] = -1
			continue
		case newID[id] >= 0:
			seq[i] = newID[id]
		default:
			seq[i] = rareID
		}
		count[seq[i]]++
	}
	order := make([]int32, len(words))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return count[b] - count[a] })
	fmt.Fprintf(os.Stderr, "clustering %d words into %d classes\n", len(kept), nClasses)
	bits, err := brown.Cluster(seq, order, nClasses)
	if err != nil {
		return err
	}

	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return fmt.Errorf("write table: %w", err)
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# word classes learned by go run ./tag/wordclass: word form, bit string of its Brown class\n")
	rows := slices.Sorted(slices.Values(words[:len(kept)]))
	index := make(map[string]int, len(words))
	for i, w := range words {
		index[w] = i
	}
	for _, w := range rows {
		if b := bits[index[w]]; b != "" {
			fmt.Fprintf(bw, "%s\t%s\n", w, b)
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write table: %w", err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("write table: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d words) in %s\n", out, len(rows), time.Since(start).Round(time.Second))
	return nil
}
