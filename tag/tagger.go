// Package tag is sitrep's part-of-speech tagger: a greedy left-to-right
// averaged perceptron that predicts the Universal POS tag and the Penn
// Treebank tag of each word jointly (one class per UPOS+XPOS pair seen in
// training), with a lemmatizer trained alongside it.
//
// The model is trained on UD English EWT (see MODELS.md) and embedded in the
// binary; Default loads it once on first use.
package tag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/lemma"
	"github.com/sitrep/sitrep/tag/perceptron"
)

// Tagger assigns UPOS, XPOS and lemmas. It is safe for concurrent use.
type Tagger struct {
	upos, xpos []string
	model      *perceptron.Model
	// model2, when set, is a second pass that retags each sentence
	// seeing the first pass's tags of the words to the right.
	model2 *perceptron.Model
	// sure is the first-pass score margin above which the second pass
	// keeps the first pass's tag without scoring the word again.
	sure float32
	// amb maps a lowercased word to the hash of the set of classes seen
	// with it in training.
	amb map[string]uint64
	// dict maps frequent, unambiguous word forms to their class.
	dict map[string]int32
	// caps holds the word table's capitalisation classes; nil for a
	// tagger trained without them.
	caps Capitals
	// classes holds the hierarchical word classes; nil for a tagger
	// trained without them.
	classes WordClasses
	// cache holds the precomputed word data of known forms.
	cache map[string]*word
	// Lemmatizer fills lemmas from the predicted tags.
	Lemmatizer *lemma.Lemmatizer

	pool sync.Pool
}

type scratch struct {
	ws     []word
	prev   []int
	first  []int
	margin []float32
	feats  []uint64
	scores []float32
}

func (tg *Tagger) getScratch(n int) *scratch {
	s, _ := tg.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{scores: make([]float32, len(tg.upos))}
	}
	if cap(s.ws) < n {
		s.ws = make([]word, n)
		s.prev = make([]int, n)
		s.first = make([]int, n)
		s.margin = make([]float32, n)
	}
	s.ws, s.prev, s.first, s.margin = s.ws[:n], s.prev[:n], s.first[:n], s.margin[:n]
	return s
}

// featureSet returns the optional feature groups of the tagger.
func (tg *Tagger) featureSet() featureSet {
	var fs featureSet
	if tg.caps != nil {
		fs |= withCaps
	}
	if tg.classes != nil {
		fs |= withClasses
	}
	return fs
}

// Capitals returns the word table's capitalisation classes the tagger
// uses, nil if none.
func (tg *Tagger) Capitals() Capitals { return tg.caps }

// Classes returns the number of joint UPOS+XPOS classes.
func (tg *Tagger) Classes() int { return len(tg.upos) }

// Tag returns the UPOS and XPOS tags of a sentence's words.
func (tg *Tagger) Tag(forms []string) (upos, xpos []string) {
	upos = make([]string, len(forms))
	xpos = make([]string, len(forms))
	for i, c := range tg.tagClasses(forms) {
		upos[i], xpos[i] = tg.upos[c], tg.xpos[c]
	}
	return upos, xpos
}

// TagInto writes the tags of forms into upos and xpos, which must be as
// long as forms; it returns the class of each word in the scratch order.
func (tg *Tagger) TagInto(forms, upos, xpos []string) {
	s := tg.getScratch(len(forms))
	tg.run(forms, s)
	for i := range forms {
		c := s.prev[i]
		upos[i], xpos[i] = tg.upos[c], tg.xpos[c]
	}
	tg.pool.Put(s)
}

func (tg *Tagger) tagClasses(forms []string) []int {
	s := tg.getScratch(len(forms))
	tg.run(forms, s)
	out := slices.Clone(s.prev)
	tg.pool.Put(s)
	return out
}

func (tg *Tagger) run(forms []string, s *scratch) {
	tg.prepare(forms, s.ws)
	tg.pass1(forms, s.ws, s.prev, s)
	if tg.model2 == nil {
		return
	}
	copy(s.first, s.prev)
	tg.pass2(forms, s.ws, s.first, s.prev, s)
}

// pass1 tags left to right with the first model into out, noting in
// s.margin how far each winning score is ahead of the runner-up.
func (tg *Tagger) pass1(forms []string, ws []word, out []int, s *scratch) {
	for i := range forms {
		if c := ws[i].dict; c >= 0 {
			out[i] = int(c)
			s.margin[i] = math.MaxFloat32
			continue
		}
		s.feats = features(ws, i, out, tg.featureSet(), s.feats[:0])
		clear(s.scores)
		tg.model.Score(s.feats, s.scores)
		out[i], s.margin[i] = argmaxMargin(s.scores)
	}
}

// pass2 retags left to right with the second model into out, given the
// first pass's tags.
func (tg *Tagger) pass2(forms []string, ws []word, first, out []int, s *scratch) {
	for i := range forms {
		if s.margin[i] == math.MaxFloat32 || (tg.sure > 0 && s.margin[i] >= tg.sure) {
			out[i] = first[i]
			continue
		}
		s.feats = features2(ws, i, out, first, tg.featureSet(), s.feats[:0])
		clear(s.scores)
		tg.model2.Score(s.feats, s.scores)
		out[i] = argmax(s.scores)
	}
}

// argmaxMargin returns the best class and its lead over the second best.
func argmaxMargin(scores []float32) (int, float32) {
	best, second := 0, float32(math.Inf(-1))
	for i, v := range scores[1:] {
		if v > scores[best] {
			second, best = scores[best], i+1
		} else if v > second {
			second = v
		}
	}
	return best, scores[best] - second
}

func argmax(scores []float32) int {
	best := 0
	for i, v := range scores {
		if v > scores[best] {
			best = i
		}
	}
	return best
}

// TrainOptions control training.
type TrainOptions struct {
	Epochs int
	Seed   uint64
	// LemmaTrain, when set, trains the lemmatizer on these sentences
	// instead of the tagger's training set.
	LemmaTrain []*conllu.Sentence
	// MinWeight drops averaged weights smaller than it in absolute
	// value, for a smaller, faster model (1 costs about 0.05 points).
	MinWeight float32
	// Log receives one line per epoch with the dev accuracy; may be nil.
	Log io.Writer
	// Classes, when not nil, adds features of hierarchical word classes
	// (prefixes of their bit strings) for the word and its neighbours;
	// they are saved with the model.
	Classes WordClasses
	// Capitals, when not nil, adds features of the word table's
	// capitalisation classes; they are saved with the model.
	Capitals Capitals
	// Folds, when at least 2, trains a second pass that sees the first
	// pass's tags of the words to the right; the first-pass tags of the
	// training data come from Folds-fold jackknifing so that they carry
	// the first pass's real mistakes.
	Folds int
	// Sources, when it names more than one source, gives the source
	// treebank of each training sentence (parallel to the training set).
	// Training then learns a few key features in two copies, one shared
	// and one of the sentence's source; the saved model sums the shared
	// copy and that of source 0, whose convention the tagger predicts,
	// into one feature and drops the other sources' copies (Daumé's
	// "frustratingly easy" domain adaptation, at no cost in speed).
	Sources []int
}

type sample struct {
	forms   []string
	classes []int
	// src is the sentence's source treebank (see TrainOptions.Sources).
	src int
}

// Train trains a tagger (and its lemmatizer) on train, reporting accuracy
// on dev after every epoch and keeping the epoch that did best on dev.
func Train(train, dev []*conllu.Sentence, opt TrainOptions) (*Tagger, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("train tagger: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	// Classes by frequency, ties by name, so training is deterministic.
	count := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			count[w.UPOS+"\t"+w.XPOS]++
		}
	}
	names := make([]string, 0, len(count))
	for k := range count {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return names[i] < names[j]
	})
	tg := &Tagger{amb: map[string]uint64{}, dict: map[string]int32{}, caps: opt.Capitals, classes: opt.Classes}
	classOf := map[string]int{}
	for i, n := range names {
		u, x, _ := strings.Cut(n, "\t")
		tg.upos = append(tg.upos, u)
		tg.xpos = append(tg.xpos, x)
		classOf[n] = i
	}
	toSamples := func(sents []*conllu.Sentence) []sample {
		out := make([]sample, 0, len(sents))
		for _, s := range sents {
			sm := sample{forms: make([]string, len(s.Words)), classes: make([]int, len(s.Words))}
			for i, w := range s.Words {
				sm.forms[i] = w.Form
				c, ok := classOf[w.UPOS+"\t"+w.XPOS]
				if !ok {
					c = -1
				}
				sm.classes[i] = c
			}
			out = append(out, sm)
		}
		return out
	}
	tr, dv := toSamples(train), toSamples(dev)
	if opt.Sources != nil {
		if len(opt.Sources) != len(train) {
			return nil, fmt.Errorf("train tagger: %d sources for %d training sentences", len(opt.Sources), len(train))
		}
		for i, src := range opt.Sources {
			if src < 0 {
				return nil, fmt.Errorf("train tagger: sentence %d has source %d", i+1, src)
			}
			tr[i].src = src
		}
		if slices.Min(opt.Sources) == slices.Max(opt.Sources) {
			opt.Sources = nil
		}
	}
	tg.buildLexicon(tr)
	tg.buildCache()
	if opt.LemmaTrain != nil {
		tg.Lemmatizer = lemma.Train(opt.LemmaTrain)
	} else {
		tg.Lemmatizer = lemma.Train(train)
	}

	tg.model = tg.trainPass(tr, dv, nil, opt, "")
	if opt.Folds < 2 {
		return tg, nil
	}
	first := make([][]int, len(tr))
	for k := range opt.Folds {
		var in, out []sample
		var idx []int
		for i, sm := range tr {
			if i%opt.Folds == k {
				out = append(out, sm)
				idx = append(idx, i)
			} else {
				in = append(in, sm)
			}
		}
		fold := &Tagger{upos: tg.upos, xpos: tg.xpos, amb: tg.amb, dict: tg.dict, cache: tg.cache, caps: tg.caps, classes: tg.classes}
		fold.model = fold.trainPass(in, nil, nil, opt, fmt.Sprintf("fold %d/%d ", k+1, opt.Folds))
		for j, sm := range out {
			first[idx[j]] = fold.tagClasses(sm.forms)
		}
	}
	tg.model2 = tg.trainPass(tr, dv, first, opt, "second pass ")
	tg.chooseSure(dv, opt.Log)
	return tg, nil
}

// chooseSure sets the margin above which the second pass trusts the first:
// the smallest of a few quantiles of the first pass's margins on dv, at
// most the 15 % least sure words, that keeps the dev accuracy of the full
// second pass within 0.01 points, else the most accurate of them. The cap
// keeps the second pass to about a tenth of the tagging time: rescoring
// more words gained at most 0.01-0.03 points on EWT dev, nothing on test.
func (tg *Tagger) chooseSure(dv []sample, log io.Writer) {
	tg.sure = 0
	if len(dv) == 0 {
		return
	}
	full := tg.accuracy(dv)
	var margins []float32
	for _, sm := range dv {
		s := tg.getScratch(len(sm.forms))
		tg.prepare(sm.forms, s.ws)
		tg.pass1(sm.forms, s.ws, s.prev, s)
		for _, m := range s.margin {
			if m != math.MaxFloat32 {
				margins = append(margins, m)
			}
		}
		tg.pool.Put(s)
	}
	if len(margins) == 0 {
		return
	}
	slices.Sort(margins)
	bestAcc, bestQ, bestSure := -1.0, 0.0, float32(0)
	for _, q := range []float64{0.05, 0.1, 0.15} {
		tg.sure = margins[int(q*float64(len(margins)-1))]
		acc := tg.accuracy(dv)
		if acc > bestAcc {
			bestAcc, bestQ, bestSure = acc, q, tg.sure
		}
		if acc >= full-0.0001 {
			break
		}
	}
	tg.sure = bestSure
	if log != nil {
		fmt.Fprintf(log, "second pass rescores words with a first-pass margin below %.0f (%.0f%% of the words the dictionary leaves; dev %.2f%%, all words %.2f%%)\n",
			tg.sure, 100*bestQ, 100*bestAcc, 100*full)
	}
}

// trainPass trains one pass of the tagger (the first when first is nil,
// else the second, seeing those first-pass tags of tr) and returns the
// weights of the epoch that did best on dv (the last when dv is empty).
func (tg *Tagger) trainPass(tr, dv []sample, first [][]int, opt TrainOptions, label string) *perceptron.Model {
	t := perceptron.NewTrainer(len(tg.upos))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a66))
	order := make([]int, len(tr))
	for i := range order {
		order[i] = i
	}
	var best *perceptron.Model
	bestAcc := -1.0
	scores := make([]float32, len(tg.upos))
	var feats, srcFeats []uint64
	withSources := opt.Sources != nil
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			sm := tr[si]
			ws := make([]word, len(sm.forms))
			prev := make([]int, len(sm.forms))
			tg.prepare(sm.forms, ws)
			for i := range sm.forms {
				if first == nil {
					feats = features(ws, i, prev, tg.featureSet(), feats[:0])
				} else {
					feats = features2(ws, i, prev, first[si], tg.featureSet(), feats[:0])
				}
				if withSources {
					srcFeats = sourceFeatures(ws, i, prev, sm.src, srcFeats[:0])
					for k := 0; k < len(srcFeats); k += 2 {
						feats = append(feats, srcFeats[k])
					}
				}
				clear(scores)
				t.Score(feats, scores)
				p := argmax(scores)
				g := sm.classes[i]
				if p != g {
					t.Update(feats, g, 1)
					t.Update(feats, p, -1)
					for k := 0; k < len(srcFeats); k += 2 {
						if sm.src == 0 {
							t.Merge(srcFeats[k], srcFeats[k+1])
						} else {
							t.Drop(srcFeats[k])
						}
					}
				} else {
					correct++
				}
				total++
				t.Tick()
				prev[i] = p
			}
		}
		m := t.Freeze(opt.MinWeight)
		if len(dv) == 0 {
			best = m
			if opt.Log != nil {
				fmt.Fprintf(opt.Log, "%sepoch %d: train %.2f%%\n", label, ep, 100*float64(correct)/float64(max(total, 1)))
			}
			continue
		}
		if first == nil {
			tg.model, tg.model2 = m, nil
		} else {
			tg.model2 = m
		}
		acc := tg.accuracy(dv)
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "%sepoch %d: train %.2f%%, dev joint tag accuracy %.2f%% (%d features)\n",
				label, ep, 100*float64(correct)/float64(max(total, 1)), 100*acc, t.Features())
		}
		if acc > bestAcc {
			bestAcc, best = acc, m
		}
	}
	return best
}

// buildLexicon computes ambiguity classes and the dictionary of frequent
// unambiguous forms.
func (tg *Tagger) buildLexicon(tr []sample) {
	lowCount := map[string]map[int]int{}
	formCount := map[string]map[int]int{}
	for _, sm := range tr {
		for i, f := range sm.forms {
			c := sm.classes[i]
			low := strings.ToLower(f)
			if lowCount[low] == nil {
				lowCount[low] = map[int]int{}
			}
			lowCount[low][c]++
			if formCount[f] == nil {
				formCount[f] = map[int]int{}
			}
			formCount[f][c]++
		}
	}
	for w, cs := range lowCount {
		n := 0
		for _, k := range cs {
			n += k
		}
		if n < 3 {
			continue
		}
		var set []int
		for c, k := range cs {
			if float64(k) >= 0.05*float64(n) {
				set = append(set, c)
			}
		}
		slices.Sort(set)
		h := perceptron.Hash("amb")
		for _, c := range set {
			h = perceptron.Mix(h, uint64(c))
		}
		tg.amb[w] = h
	}
	for f, cs := range formCount {
		n, top, topC := 0, 0, 0
		for c, k := range cs {
			n += k
			if k > top || (k == top && c < topC) {
				top, topC = k, c
			}
		}
		if n >= 20 && float64(top) >= 0.997*float64(n) {
			tg.dict[f] = int32(topC)
		}
	}
}

func (tg *Tagger) accuracy(ss []sample) float64 {
	correct, total := 0, 0
	for _, sm := range ss {
		got := tg.tagClasses(sm.forms)
		for i, c := range got {
			if c == sm.classes[i] {
				correct++
			}
			total++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(correct) / float64(total)
}

const fileMagic = "sitrep-tagger-1\n"

// meta is the gob-encoded part of a model file; maps are stored as sorted
// key and value slices so that a model file is reproducible byte for byte.
type meta struct {
	UPOS, XPOS []string
	AmbWords   []string
	AmbSets    []uint64
	DictWords  []string
	DictTags   []int32
	Lemma      []byte
	// TwoPass tells that a second model follows the first.
	TwoPass bool
	// Sure is the first-pass margin above which the second pass keeps the
	// first pass's tag.
	Sure float32
}

// capsMagic starts the files of taggers with capitalisation classes,
// whose metadata is a capsMeta; the files of the others stay as they
// were, byte for byte.
const capsMagic = "sitrep-tagger-caps-1\n"

// capsMeta is the metadata of a tagger with capitalisation classes: the
// word table's sorted words and their classes.
type capsMeta struct {
	Meta       meta
	CapWords   []string
	CapClasses []byte
}

// classesMagic starts the files of taggers with hierarchical word
// classes, whose metadata is a classesMeta.
const classesMagic = "sitrep-tagger-classes-1\n"

// classesMeta is the metadata of a tagger with word classes: capsMeta
// (with Caps telling whether capitalisation classes are in use) and the
// sorted words of the class table with their bit strings.
// (CapsMeta is a named field: gob skips embedded unexported types.)
type classesMeta struct {
	CapsMeta   capsMeta
	Caps       bool
	ClassWords []string
	ClassBits  []string
}

// Save writes the tagger, gzip-compressed.
func (tg *Tagger) Save(w io.Writer) error {
	lb, err := tg.Lemmatizer.MarshalBinary()
	if err != nil {
		return fmt.Errorf("save tagger: %w", err)
	}
	m := meta{UPOS: tg.upos, XPOS: tg.xpos, Lemma: lb, TwoPass: tg.model2 != nil, Sure: tg.sure}
	for _, k := range slices.Sorted(maps.Keys(tg.amb)) {
		m.AmbWords = append(m.AmbWords, k)
		m.AmbSets = append(m.AmbSets, tg.amb[k])
	}
	for _, k := range slices.Sorted(maps.Keys(tg.dict)) {
		m.DictWords = append(m.DictWords, k)
		m.DictTags = append(m.DictTags, tg.dict[k])
	}
	models := []*perceptron.Model{tg.model}
	if tg.model2 != nil {
		models = append(models, tg.model2)
	}
	magic, md := fileMagic, any(m)
	if tg.caps != nil {
		cm := capsMeta{Meta: m}
		for _, k := range slices.Sorted(maps.Keys(tg.caps)) {
			cm.CapWords = append(cm.CapWords, k)
			cm.CapClasses = append(cm.CapClasses, tg.caps[k])
		}
		magic, md = capsMagic, cm
	}
	if tg.classes != nil {
		cl := classesMeta{CapsMeta: capsMeta{Meta: m}, Caps: tg.caps != nil}
		if c, ok := md.(capsMeta); ok {
			cl.CapsMeta = c
		}
		for _, k := range slices.Sorted(maps.Keys(tg.classes)) {
			cl.ClassWords = append(cl.ClassWords, k)
			cl.ClassBits = append(cl.ClassBits, tg.classes[k])
		}
		magic, md = classesMagic, cl
	}
	if err := perceptron.WriteModels(w, magic, md, models...); err != nil {
		return fmt.Errorf("save tagger: %w", err)
	}
	return nil
}

// SaveFile writes the tagger to path.
func (tg *Tagger) SaveFile(path string) error {
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("save tagger: %w", err)
	}
	return nil
}

// startsWith reports whether the gzip-compressed data starts with magic
// once uncompressed.
func startsWith(data []byte, magic string) bool {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return false
	}
	head := make([]byte, len(magic))
	_, err = io.ReadFull(zr, head)
	return err == nil && string(head) == magic
}

// Load reads a tagger written by Save.
func Load(r io.Reader) (*Tagger, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	var cl classesMeta
	cm := &cl.CapsMeta
	// The file's own magic line decides how it is read, so that a damaged
	// file of any kind reports its own damage.
	withCaps := startsWith(data, capsMagic)
	withClasses := startsWith(data, classesMagic)
	var models []*perceptron.Model
	switch {
	case withClasses:
		models, err = perceptron.ReadModels(bytes.NewReader(data), classesMagic, &cl)
		withCaps = cl.Caps
	case withCaps:
		models, err = perceptron.ReadModels(bytes.NewReader(data), capsMagic, cm)
	default:
		models, err = perceptron.ReadModels(bytes.NewReader(data), fileMagic, &cm.Meta)
	}
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	m := cm.Meta
	if want := map[bool]int{false: 1, true: 2}[m.TwoPass]; len(models) != want {
		return nil, fmt.Errorf("load tagger: %d models in the file, want %d", len(models), want)
	}
	model := models[0]
	if len(m.UPOS) != model.Classes() || len(m.XPOS) != len(m.UPOS) {
		return nil, fmt.Errorf("load tagger: %d tags for %d classes", len(m.UPOS), model.Classes())
	}
	var model2 *perceptron.Model
	if m.TwoPass {
		model2 = models[1]
		if model2.Classes() != model.Classes() {
			return nil, fmt.Errorf("load tagger: second pass has %d classes, first %d", model2.Classes(), model.Classes())
		}
	}
	if len(m.AmbWords) != len(m.AmbSets) || len(m.DictWords) != len(m.DictTags) {
		return nil, fmt.Errorf("load tagger: corrupt lexicon")
	}
	amb := make(map[string]uint64, len(m.AmbWords))
	for i, w := range m.AmbWords {
		amb[w] = m.AmbSets[i]
	}
	dict := make(map[string]int32, len(m.DictWords))
	for i, w := range m.DictWords {
		c := m.DictTags[i]
		if c < 0 || int(c) >= len(m.UPOS) {
			return nil, fmt.Errorf("load tagger: dictionary entry %q has class %d", w, c)
		}
		dict[w] = c
	}
	if len(cm.CapWords) != len(cm.CapClasses) {
		return nil, fmt.Errorf("load tagger: %d capitalised words for %d classes", len(cm.CapWords), len(cm.CapClasses))
	}
	var caps Capitals
	// A tagger trained with a table keeps its capitalisation features
	// even when the table was empty.
	if withCaps {
		caps = make(Capitals, len(cm.CapWords))
		for i, w := range cm.CapWords {
			caps[w] = cm.CapClasses[i]
		}
	}
	if len(cl.ClassWords) != len(cl.ClassBits) {
		return nil, fmt.Errorf("load tagger: %d classed words for %d bit strings", len(cl.ClassWords), len(cl.ClassBits))
	}
	var classes WordClasses
	if withClasses {
		classes = make(WordClasses, len(cl.ClassWords))
		for i, w := range cl.ClassWords {
			classes[w] = cl.ClassBits[i]
		}
	}
	lm := &lemma.Lemmatizer{}
	if err := lm.UnmarshalBinary(m.Lemma); err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	tg := &Tagger{upos: m.UPOS, xpos: m.XPOS, amb: amb, dict: dict, caps: caps, classes: classes, model: model, model2: model2, sure: m.Sure, Lemmatizer: lm}
	tg.buildCache()
	return tg, nil
}

// LoadFile reads a tagger from path.
func LoadFile(path string) (*Tagger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	defer f.Close()
	return Load(bufio.NewReader(f))
}
