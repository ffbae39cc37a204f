package ner

import (
	"fmt"
	"io"
	"math/rand"
)

// Sentence is one training or test sentence: words and their BIO tags.
type Sentence struct {
	Words []string
	Tags  []string
	// Gaz holds the dictionary feature of each word, or nil.
	Gaz []string
}

func tagIndex(t string) int {
	for i, x := range Tags {
		if x == t {
			return i
		}
	}
	return 0
}

// TrainOptions control training.
type TrainOptions struct {
	Epochs int
	// MinCount drops features seen fewer times in the gold data.
	MinCount int
	Seed     int64
	// Progress, when set, receives a line per epoch.
	Progress io.Writer
}

// Train learns an averaged-perceptron model from sents.
func Train(sents []Sentence, opt TrainOptions) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	counts := map[string]int{}
	for _, s := range sents {
		fs := newFeaturizer(s.Words, s.Gaz)
		prev, prev2 := -1, -1
		for i := range s.Words {
			fs.each(i, prev, prev2, func(f []byte) { counts[string(f)]++ })
			prev2, prev = prev, tagIndex(s.Tags[i])
		}
	}
	index := map[string]int32{}
	for f, c := range counts {
		if c >= opt.MinCount {
			index[f] = int32(len(index))
		}
	}
	counts = nil
	n := len(index)
	w := make([]float32, n*nTags)
	total := make([]float64, n*nTags)
	stamp := make([]int32, n*nTags)
	now := int32(0)
	update := func(k int32, t int, delta float32) {
		j := int(k)*nTags + t
		total[j] += float64(now-stamp[j]) * float64(w[j])
		stamp[j] = now
		w[j] += delta
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := rng.Perm(len(sents))
	var feats []int32
	var gfeats []int32
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks := 0, 0
		for _, si := range order {
			s := sents[si]
			fs := newFeaturizer(s.Words, s.Gaz)
			prev, prev2 := -1, -1
			gprev, gprev2 := -1, -1
			for i := range s.Words {
				now++
				feats = feats[:0]
				fs.each(i, prev, prev2, func(f []byte) {
					if k, ok := index[string(f)]; ok {
						feats = append(feats, k)
					}
				})
				var scores [nTags]float32
				for _, k := range feats {
					row := w[int(k)*nTags : int(k)*nTags+nTags]
					for t := range scores {
						scores[t] += row[t]
					}
				}
				best := 0
				for t := 1; t < nTags; t++ {
					if allowed(prev, t) && (scores[t] > scores[best] || !allowed(prev, best)) {
						best = t
					}
				}
				gold := tagIndex(s.Tags[i])
				toks++
				if best != gold {
					errs++
					gfeats = gfeats[:0]
					fs.each(i, gprev, gprev2, func(f []byte) {
						if k, ok := index[string(f)]; ok {
							gfeats = append(gfeats, k)
						}
					})
					for _, k := range gfeats {
						update(k, gold, 1)
					}
					for _, k := range feats {
						update(k, best, -1)
					}
				}
				prev2, prev = prev, best
				gprev2, gprev = gprev, gold
			}
		}
		if opt.Progress != nil {
			fmt.Fprintf(opt.Progress, "epoch %d: %d features, training token error %.4f\n", ep+1, n, float64(errs)/float64(max(toks, 1)))
		}
	}
	// Average, and drop features whose weights all vanish.
	m := &Model{index: map[string]int32{}}
	for f, k := range index {
		var row [nTags]float32
		keep := false
		for t := 0; t < nTags; t++ {
			j := int(k)*nTags + t
			tot := total[j] + float64(now-stamp[j])*float64(w[j])
			row[t] = float32(tot / float64(now))
			if row[t] > 1e-4 || row[t] < -1e-4 {
				keep = true
			}
		}
		if keep {
			m.index[f] = int32(len(m.index))
			m.w = append(m.w, row[:]...)
		}
	}
	m.buildTable()
	return m
}
