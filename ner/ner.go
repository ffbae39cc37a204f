// Package ner is sitrep's named-entity tagger: a greedy averaged-perceptron
// sequence labeller over BIO tags for PER, ORG and LOC, with word-shape,
// affix, context and dictionary (gazetteer) features. The model is trained
// by the generator in ./train on openly licensed corpora (see MODELS.md),
// embedded gzip-compressed and loaded on first use.
package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Tags are the labels, in the order of the weight vectors.
var Tags = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

const nTags = 7

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	index map[string]int32
	w     []float32 // nTags weights per feature
	table hashTable
}

// hashTable maps 64-bit feature hashes to feature numbers by open
// addressing; it is what Tag uses, faster than the string map.
type hashTable struct {
	slots []slot
	mask  uint64
}

// slot is one entry of a hashTable: the upper half of the key's hash
// (never 0) and the value side by side, eight bytes, so that the table
// stays small enough for the processor's cache.
type slot struct {
	fp  uint32
	val int32
}

// fingerprint is the part of a hash a slot keeps.
func fingerprint(h uint64) uint32 { return uint32(h>>32) | 1 }

// hashSeed seeds the feature hash; tables are built per process.
var hashSeed = maphash.MakeSeed()

func (m *Model) buildTable() {
	// Half full at most: most features looked up are not in the model,
	// and a miss ends at the first empty slot.
	size := 1
	for size < 2*len(m.index) {
		size <<= 1
	}
	t := hashTable{slots: make([]slot, size), mask: uint64(size - 1)}
	for f, k := range m.index {
		h := featureHash([]byte(f))
		i := h & t.mask
		for t.slots[i].fp != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{fingerprint(h), k}
	}
	m.table = t
}

// get returns the feature number of the feature whose hash is h.
func (t *hashTable) get(h uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	fp := fingerprint(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].fp {
		case fp:
			return t.slots[i].val, true
		case 0:
			return 0, false
		}
	}
}

// allowed reports whether tag t may follow tag p under BIO.
func allowed(p, t int) bool {
	if t == 0 || t%2 == 1 {
		return true
	}
	return p == t || p == t-1
}

// Tag labels words. gaz holds one dictionary feature per word ("O" when
// none); it may be nil.
func (m *Model) Tag(words, gaz []string) []string {
	out, _ := m.TagMargin(words, gaz)
	return out
}

// TagMargin is Tag that also returns the smallest margin, over the
// words, between the chosen tag's score and the next best allowed one: a
// measure of the model's confidence in the whole sentence.
func (m *Model) TagMargin(words, gaz []string) ([]string, float32) {
	out := make([]string, len(words))
	margin := float32(math.MaxFloat32)
	fs := newFeaturizer(words, gaz)
	fs.prepareHashes()
	var scores [nTags]float32
	var hs []uint64
	prev, prev2 := -1, -1
	for i := range words {
		scores = [nTags]float32{}
		hs = fs.hashes(i, prev, prev2, hs[:0])
		for _, h := range hs {
			if k, ok := m.table.get(h); ok {
				row := m.w[int(k)*nTags : int(k)*nTags+nTags]
				for t := range scores {
					scores[t] += row[t]
				}
			}
		}
		best := 0
		for t := 1; t < nTags; t++ {
			if allowed(prev, t) && (scores[t] > scores[best] || !allowed(prev, best)) {
				best = t
			}
		}
		for t := 0; t < nTags; t++ {
			if t != best && allowed(prev, t) {
				margin = min(margin, scores[best]-scores[t])
			}
		}
		out[i] = Tags[best]
		prev2, prev = prev, best
	}
	return out, margin
}

// featurizer builds the features of a sentence's words.
type featurizer struct {
	words, lower, shape, gaz []string
	class                    []wordClass
	capsSentence             bool
	buf                      []byte
	// h holds the part hashes for tagging (prepareHashes).
	h sentenceHashes
}

func newFeaturizer(words, gaz []string) *featurizer {
	f := &featurizer{words: words, lower: make([]string, len(words)), shape: make([]string, len(words)), gaz: gaz,
		class: make([]wordClass, len(words))}
	f.capsSentence = len(words) > 3 && allCapsSentence(words)
	table := wordClasses()
	for i, w := range words {
		f.lower[i] = strings.ToLower(w)
		f.shape[i] = shape(w)
		c, ok := table[f.lower[i]]
		if !ok {
			c = unknownClass
		}
		f.class[i] = c
	}
	return f
}

func (f *featurizer) word(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(f.words):
		return "</s>"
	}
	return f.lower[i]
}

func (f *featurizer) shp(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(f.words):
		return "</s>"
	}
	return f.shape[i]
}

func (f *featurizer) gz(i int) string {
	if f.gaz == nil || i < 0 || i >= len(f.gaz) {
		return "-"
	}
	return f.gaz[i]
}

var edgeClass = wordClass{coarse: "<>", fine: "<>", capital: "<>"}

func (f *featurizer) cls(i int) wordClass {
	if i < 0 || i >= len(f.words) {
		return edgeClass
	}
	return f.class[i]
}

func tagName(t int) string {
	if t < 0 {
		return "<s>"
	}
	return Tags[t]
}

// each calls emit with every feature of word i given the two previous
// tags. The slice passed to emit is reused.
func (f *featurizer) each(i, prev, prev2 int, emit func([]byte)) {
	add := func(parts ...string) {
		f.buf = f.buf[:0]
		for j, p := range parts {
			if j > 0 {
				f.buf = append(f.buf, 0x1f)
			}
			f.buf = append(f.buf, p...)
		}
		emit(f.buf)
	}
	w := f.words[i]
	lw := f.lower[i]
	add("b")
	add("w", lw)
	add("s", f.shape[i])
	add("p1", prefix(lw, 1))
	add("p3", prefix(lw, 3))
	add("x2", suffix(lw, 2))
	add("x3", suffix(lw, 3))
	add("x4", suffix(lw, 4))
	add("w-1", f.word(i-1))
	add("w+1", f.word(i+1))
	add("w-2", f.word(i-2))
	add("w+2", f.word(i+2))
	add("s-1", f.shp(i-1))
	add("s+1", f.shp(i+1))
	add("s-1s", f.shp(i-1), f.shape[i])
	add("ss+1", f.shape[i], f.shp(i+1))
	add("w-1w", f.word(i-1), lw)
	add("ww+1", lw, f.word(i+1))
	add("t-1", tagName(prev))
	add("t-2t-1", tagName(prev2), tagName(prev))
	add("t-1w", tagName(prev), lw)
	add("t-1s", tagName(prev), f.shape[i])
	add("g", f.gz(i))
	add("g-1", f.gz(i-1))
	add("g+1", f.gz(i+1))
	add("gs", f.gz(i), f.shape[i])
	if i == 0 {
		add("first", f.shape[i])
	}
	if isUpperWord(w) {
		add("caps", f.word(i-1))
	}
	if r := f.orgRun(i); r != "" {
		add("orgrun", r)
	}
	if f.capsSentence {
		add("capsent", lw)
	}
	c := f.class[i]
	add("cc", c.coarse)
	add("cf", c.fine)
	add("cc-1", f.cls(i-1).coarse)
	add("cc+1", f.cls(i+1).coarse)
	add("cf-1", f.cls(i-1).fine)
	add("cf+1", f.cls(i+1).fine)
	add("cfs", c.fine, f.shape[i])
	add("cap", c.capital, f.shape[i])
	add("cap-1", f.cls(i-1).capital, f.shp(i-1))
	add("cap+1", f.cls(i+1).capital, f.shp(i+1))
	add("t-1cap", tagName(prev), c.capital)
	if i == 0 || f.capsSentence {
		add("capfirst", c.capital, c.coarse)
	}
	if f.firstName(i) {
		add("fn", f.shp(i+1))
	}
	if f.firstName(i - 1) {
		add("fn-1", f.shape[i])
	}
}

// orgRun returns "in" when word i belongs to a run of capitalised words
// that contains an organisation word ("Bank", "Party", "Inc"), "end" when
// it is that word, else "".
func (f *featurizer) orgRun(i int) string {
	if !isUpperWord(f.words[i]) {
		return ""
	}
	if orgWords[f.lower[i]] {
		return "end"
	}
	for j := i + 1; j < len(f.words) && j <= i+4; j++ {
		if orgWords[f.lower[j]] && isUpperWord(f.words[j]) {
			return "in"
		}
		if !isUpperWord(f.words[j]) && f.lower[j] != "of" && f.lower[j] != "&" && f.lower[j] != "and" {
			break
		}
	}
	return ""
}

// orgWords are words that end or head organisation names.
var orgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`inc inc. corp corp. corporation co co. ltd ltd. plc llc ag sa nv gmbh
	company group holdings bank party union council committee commission association federation
	league club university college institute agency ministry department authority board court
	army navy church fund foundation organization organisation society trust airlines airways
	motors industries systems technologies times post news press`) {
		orgWords[w] = true
	}
}

// shape maps a word to a compact shape: "Xx" for "Obama", "X.X." for
// "U.S.", "d" runs for numbers.
func shape(w string) string {
	var b []byte
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				c = '*'
			}
		}
		if c != last || c == '.' {
			b = append(b, c)
		}
		last = c
	}
	return string(b)
}

func prefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// allCapsSentence reports a headline written in capitals.
func allCapsSentence(words []string) bool {
	n := 0
	for _, w := range words {
		if strings.ToUpper(w) == w && strings.ToLower(w) != w {
			n++
		}
	}
	return n*4 >= len(words)*3
}

// Write stores the model: feature count, then each feature's name and
// weights quantised to int16 with one scale.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	var maxAbs float32
	for _, x := range m.w {
		if a := float32(math.Abs(float64(x))); a > maxAbs {
			maxAbs = a
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	names := make([]string, len(m.index))
	for k, i := range m.index {
		names[i] = k
	}
	var hdr [8]byte
	binary.LittleEndian.PutUint32(hdr[:4], uint32(len(names)))
	binary.LittleEndian.PutUint32(hdr[4:], math.Float32bits(scale))
	if _, err := zw.Write(append([]byte("NER1"), hdr[:]...)); err != nil {
		return err
	}
	var buf []byte
	for i, n := range names {
		buf = binary.AppendUvarint(buf[:0], uint64(len(n)))
		buf = append(buf, n...)
		for _, x := range m.w[i*nTags : i*nTags+nTags] {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(int16(math.Round(float64(x/scale)))))
		}
		if _, err := zw.Write(buf); err != nil {
			return err
		}
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if len(data) < 12 || string(data[:4]) != "NER1" {
		return nil, errors.New("ner model: bad header")
	}
	n := int(binary.LittleEndian.Uint32(data[4:8]))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(data[8:12]))
	if n > len(data) {
		return nil, errors.New("ner model: bad feature count")
	}
	m := &Model{index: make(map[string]int32, n), w: make([]float32, n*nTags)}
	p := 12
	for i := 0; i < n; i++ {
		l, k := binary.Uvarint(data[p:])
		if k <= 0 || p+k+int(l)+2*nTags > len(data) {
			return nil, errors.New("ner model: truncated")
		}
		p += k
		m.index[string(data[p:p+int(l)])] = int32(i)
		p += int(l)
		for t := 0; t < nTags; t++ {
			m.w[i*nTags+t] = float32(int16(binary.LittleEndian.Uint16(data[p:]))) * scale
			p += 2
		}
	}
	m.buildTable()
	return m, nil
}

// Features returns the number of features of the model.
func (m *Model) Features() int { return len(m.index) }

//go:embed model.bin.gz
var embedded []byte

var (
	once     sync.Once
	defModel *Model
	defErr   error
)

// Default returns the embedded model, loaded on first use.
func Default() (*Model, error) {
	once.Do(func() { defModel, defErr = Read(bytes.NewReader(embedded)) })
	return defModel, defErr
}

// Prune returns a copy of m without the features whose weights are all
// smaller in magnitude than min: a smaller, faster model.
func (m *Model) Prune(min float32) *Model {
	out := &Model{index: map[string]int32{}}
	for f, k := range m.index {
		row := m.w[int(k)*nTags : int(k)*nTags+nTags]
		keep := false
		for _, x := range row {
			if x >= min || x <= -min {
				keep = true
			}
		}
		if keep {
			out.index[f] = int32(len(out.index))
			out.w = append(out.w, row...)
		}
	}
	out.buildTable()
	return out
}
