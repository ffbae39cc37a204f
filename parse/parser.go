// Package parse is sitrep's dependency parser: a greedy arc-eager
// transition parser with labelled transitions, trained as an averaged
// perceptron with the dynamic oracle of Goldberg and Nivre (2012) over the
// feature set of Zhang and Nivre (2011) and, when trained with them,
// prefixes of hierarchical word classes, hashed into flat arrays.
//
// It produces Universal Dependencies trees (nsubj, obj, obl, xcomp, ccomp,
// conj, advcl, acl, aux, compound, amod, nmod, appos and the rest): every
// sentence gets exactly one root and every other word one head.
package parse

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/tag/perceptron"
)

// Parser is a trained dependency parser. It is safe for concurrent use.
type Parser struct {
	labels    []string
	rootLabel int
	model     *perceptron.Model
	// classWords and classBits are the hierarchical word classes, sorted
	// by word (empty for a parser trained without them), and table their
	// hashed prefixes.
	classWords, classBits []string
	table                 classTable
	pool                  sync.Pool
	// branches and maxMargin set selectional branching (SetBranching).
	branches  int
	maxMargin float32
}

type scratch struct {
	st     state
	x      sentence
	feats  []uint64
	scores []float32
	// for selectional branching
	steps, branch       []step
	cands               []int
	prefix              []float32
	bestHead, bestLabel []int
}

// Labels returns the relations the parser assigns.
func (p *Parser) Labels() []string { return p.labels }

func (p *Parser) classes() int { return 2 + 2*len(p.labels) }

func (p *Parser) getScratch() *scratch {
	s, _ := p.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{scores: make([]float32, p.classes())}
	}
	return s
}

// prepare hashes the words, tags and word classes (with a nil table,
// none); forms and tags are 0-based.
func prepare(x *sentence, forms, tags []string, table classTable) {
	n := len(forms)
	if cap(x.w) < n+1 {
		x.w, x.p = make([]uint64, n+1), make([]uint64, n+1)
	}
	x.w, x.p = x.w[:n+1], x.p[:n+1]
	x.punct = slices.Grow(x.punct[:0], n+1)[:n+1]
	x.w[0], x.p[0], x.punct[0] = hRoot, hRoot, 0
	for i, f := range forms {
		x.w[i+1] = perceptron.Hash(normWord(f))
		x.p[i+1] = perceptron.Hash(tags[i])
		x.punct[i+1] = x.punct[i]
		if isPunctTag(tags[i]) {
			x.punct[i+1]++
		}
	}
	if table == nil {
		x.c4, x.c6 = nil, nil
		return
	}
	x.c4 = slices.Grow(x.c4[:0], n+1)[:n+1]
	x.c6 = slices.Grow(x.c6[:0], n+1)[:n+1]
	x.c4[0], x.c6[0] = hRoot, hRoot
	for i, f := range forms {
		c := table.lookup(f)
		x.c4[i+1], x.c6[i+1] = c.c4, c.c6
	}
}

// normWord lowercases a word and maps digits to 0, so that numbers share
// features.
func normWord(f string) string {
	has := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		if (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 {
			has = true
			break
		}
	}
	if !has {
		return f
	}
	f = strings.ToLower(f)
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return r
	}, f)
}

// Parse returns the 1-based head (0 for the root) and relation of each
// word, given the words and their Penn (XPOS) tags.
func (p *Parser) Parse(forms, tags []string) (heads []int, rels []string) {
	heads = make([]int, len(forms))
	rels = make([]string, len(forms))
	p.ParseInto(forms, tags, heads, rels)
	return heads, rels
}

// ParseInto is Parse writing into heads and rels, which must be as long
// as forms.
func (p *Parser) ParseInto(forms, tags []string, heads []int, rels []string) {
	n := len(forms)
	if n == 0 {
		return
	}
	sc := p.getScratch()
	defer p.pool.Put(sc)
	prepare(&sc.x, forms, tags, p.table)
	st := &sc.st
	if p.branches > 0 {
		p.decodeBranching(sc, n)
	} else {
		st.reset(n)
		for !st.done() {
			sc.feats = features(st, &sc.x, sc.feats[:0])
			clear(sc.scores)
			p.model.Score(sc.feats, sc.scores)
			st.apply(p.best(st, sc.scores))
		}
	}
	p.finish(st, tags)
	for i := 1; i <= n; i++ {
		heads[i-1] = st.head[i]
		rels[i-1] = p.labels[st.label[i]]
	}
}

// best returns the highest-scoring valid action (the first one on ties,
// as in training).
func (p *Parser) best(st *state, scores []float32) int {
	s0 := st.s0()
	best, bv := actShift, scores[actShift]
	if s0 != 0 && st.head[s0] >= 0 && scores[actReduce] > bv {
		best, bv = actReduce, scores[actReduce]
	}
	if s0 == 0 {
		if a := rightOf(p.rootLabel); st.rootChild == 0 && scores[a] > bv {
			best = a
		}
		return best
	}
	canLeft := st.head[s0] < 0
	for l := range p.labels {
		if l == p.rootLabel {
			continue
		}
		if a := leftOf(l); canLeft && scores[a] > bv {
			best, bv = a, scores[a]
		}
		if a := rightOf(l); scores[a] > bv {
			best, bv = a, scores[a]
		}
	}
	return best
}

// finish gives every word left without a head one: the first headless
// word becomes the root if the parser chose none, and the others attach
// to the root word as parataxis (or punct for punctuation).
func (p *Parser) finish(st *state, tags []string) {
	root := st.rootChild
	for i := 1; i <= st.n; i++ {
		if st.head[i] >= 0 {
			continue
		}
		if root == 0 {
			root = i
			st.head[i], st.label[i] = 0, p.rootLabel
			st.rootChild = i
			continue
		}
		st.head[i] = root
		st.label[i] = p.labelIndex("parataxis")
		if isPunctTag(tags[i-1]) {
			st.label[i] = p.labelIndex("punct")
		}
	}
}

func isPunctTag(t string) bool {
	switch t {
	case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "PUNCT":
		return true
	}
	return false
}

func (p *Parser) labelIndex(l string) int {
	if i := slices.Index(p.labels, l); i >= 0 {
		return i
	}
	return 0
}

// TrainOptions control training.
type TrainOptions struct {
	Epochs int
	Seed   uint64
	// Explore is the probability of following the model's own wrong
	// prediction (from the second epoch on); 0 means the default 0.9,
	// and a negative value never follows it.
	Explore float64
	// MinWeight drops averaged weights smaller than it in absolute
	// value, for a smaller model that fits the cache (1 costs about 0.15
	// points of UAS and nearly doubles the speed).
	MinWeight float32
	// Classes, when not empty, maps word forms to the bit strings of their
	// hierarchical word classes (as tag/wordclasses.tsv.gz), whose 4- and
	// 6-bit prefixes become features; the table is saved with the model.
	// An empty table adds no features, as a loaded parser without classes
	// has none.
	Classes map[string]string
	// Log receives one line per epoch with dev UAS and LAS; may be nil.
	Log io.Writer
}

type example struct {
	forms, tags []string
	gh, gl      []int // 1-based gold heads and label indexes
}

// Train trains a parser on the trees of train, using the XPOS column as
// the tags (retag it with the tagger first to train on predicted tags),
// and keeps the epoch with the best LAS on dev.
func Train(train, dev []*conllu.Sentence, opt TrainOptions) (*Parser, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("train parser: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	labelSet := map[string]bool{"root": true, "parataxis": true, "punct": true, "dep": true}
	for _, s := range train {
		for _, w := range s.Words {
			if w.Deprel != "_" && w.Head >= 0 {
				labelSet[w.Deprel] = true
			}
		}
	}
	p := &Parser{}
	if len(opt.Classes) > 0 {
		p.classWords = slices.Sorted(maps.Keys(opt.Classes))
		for _, w := range p.classWords {
			p.classBits = append(p.classBits, opt.Classes[w])
		}
		p.table = newClassTable(p.classWords, p.classBits)
	}
	for l := range labelSet {
		p.labels = append(p.labels, l)
	}
	slices.Sort(p.labels)
	p.rootLabel = slices.Index(p.labels, "root")
	toExamples := func(sents []*conllu.Sentence) []example {
		var out []example
		for _, s := range sents {
			ex := example{gh: make([]int, len(s.Words)+1), gl: make([]int, len(s.Words)+1)}
			ok := true
			roots := 0
			for _, w := range s.Words {
				ex.forms = append(ex.forms, w.Form)
				ex.tags = append(ex.tags, w.XPOS)
				l := slices.Index(p.labels, w.Deprel)
				if w.Head < 0 || l < 0 {
					ok = false
				}
				if w.Head == 0 {
					roots++
				}
				ex.gh[w.ID], ex.gl[w.ID] = w.Head, l
			}
			if ok && roots == 1 {
				out = append(out, ex)
			}
		}
		return out
	}
	tr, dv := toExamples(train), toExamples(dev)
	nl := len(p.labels)
	t := perceptron.NewTrainer(p.classes())
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a55))
	order := make([]int, len(tr))
	for i := range order {
		order[i] = i
	}
	var (
		st     state
		x      sentence
		feats  []uint64
		scores = make([]float32, p.classes())
		cost   = make([]int, p.classes())
		best   *perceptron.Model
		bestLA = -1.0
	)
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			ex := &tr[ei]
			prepare(&x, ex.forms, ex.tags, p.table)
			st.reset(len(ex.forms))
			for !st.done() {
				feats = features(&st, &x, feats[:0])
				clear(scores)
				t.Score(feats, scores)
				st.costs(ex.gh, ex.gl, p.rootLabel, nl, cost)
				pred, gold, minCost := -1, -1, 1<<30
				for a := range scores {
					if cost[a] < minCost {
						minCost = cost[a]
					}
				}
				for a, v := range scores {
					if cost[a] >= 1<<30 {
						continue
					}
					if pred < 0 || v > scores[pred] {
						pred = a
					}
					if cost[a] == minCost && (gold < 0 || v > scores[gold]) {
						gold = a
					}
				}
				next := pred
				if cost[pred] > minCost {
					t.Update(feats, gold, 1)
					t.Update(feats, pred, -1)
					if ep == 1 || rng.Float64() >= opt.Explore {
						next = gold
					}
				}
				t.Tick()
				st.apply(next)
			}
		}
		p.model = t.Freeze(opt.MinWeight)
		uas, las := p.score(dv)
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: dev UAS %.2f%% LAS %.2f%% (%d features)\n", ep, 100*uas, 100*las, t.Features())
		}
		if las > bestLA || len(dv) == 0 {
			bestLA, best = las, p.model
		}
	}
	p.model = best
	return p, nil
}

func (p *Parser) score(ex []example) (uas, las float64) {
	n, u, l := 0, 0, 0
	for _, e := range ex {
		heads, rels := p.Parse(e.forms, e.tags)
		for i := range heads {
			n++
			if heads[i] == e.gh[i+1] {
				u++
				if rels[i] == p.labels[e.gl[i+1]] {
					l++
				}
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(u) / float64(n), float64(l) / float64(n)
}

const fileMagic = "sitrep-parser-1\n"

type meta struct {
	Labels []string
	// ClassWords and ClassBits are the word-class table, sorted by word
	// so that the file's bytes do not depend on map order; absent from
	// parsers trained without classes.
	ClassWords, ClassBits []string
}

// Save writes the parser, gzip-compressed.
func (p *Parser) Save(w io.Writer) error {
	m := meta{Labels: p.labels, ClassWords: p.classWords, ClassBits: p.classBits}
	if err := perceptron.WriteModels(w, fileMagic, m, p.model); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	return nil
}

// SaveFile writes the parser to path.
func (p *Parser) SaveFile(path string) error {
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	return nil
}

// Load reads a parser written by Save.
func Load(r io.Reader) (*Parser, error) {
	var m meta
	models, err := perceptron.ReadModels(r, fileMagic, &m)
	if err != nil {
		return nil, fmt.Errorf("load parser: %w", err)
	}
	if len(models) != 1 {
		return nil, fmt.Errorf("load parser: %d models in the file, want 1", len(models))
	}
	model := models[0]
	p := &Parser{labels: m.Labels, model: model, rootLabel: slices.Index(m.Labels, "root")}
	if len(m.ClassWords) != len(m.ClassBits) {
		return nil, fmt.Errorf("load parser: %d class words for %d class bit strings", len(m.ClassWords), len(m.ClassBits))
	}
	if len(m.ClassWords) > 0 {
		p.classWords, p.classBits = m.ClassWords, m.ClassBits
		p.table = newClassTable(p.classWords, p.classBits)
	}
	if p.rootLabel < 0 || model.Classes() != p.classes() {
		return nil, fmt.Errorf("load parser: %d relations (root present: %v) for %d classes", len(m.Labels), p.rootLabel >= 0, model.Classes())
	}
	return p, nil
}

// LoadFile reads a parser from path.
func LoadFile(path string) (*Parser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load parser: %w", err)
	}
	defer f.Close()
	return Load(bufio.NewReader(f))
}
