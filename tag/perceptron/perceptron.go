// Package perceptron is a multiclass averaged perceptron over hashed sparse
// features, shared by the tagger and the parser.
//
// Features are 64-bit hashes built by the caller (see Mix). A Trainer keeps,
// per feature, a short list of per-class weights and runs the averaging
// trick of Daumé (weights minus the time-weighted updates). Freeze turns it
// into a Model: an open-addressing hash table from feature to a packed run
// of (class, weight) pairs in flat arrays, which scores a feature vector
// with one probe per feature and no allocation.
package perceptron

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
)

// Mix combines a running feature hash with a value (splitmix64 finaliser).
func Mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// Hash returns the FNV-1a hash of s.
func Hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

type entry struct {
	class int32
	w     float32
	u     float64 // sum of step*delta, for averaging
}

// Trainer accumulates perceptron updates.
type Trainer struct {
	classes int
	index   map[uint64]int32
	rows    [][]entry
	step    float64
	// merge maps a feature to the feature whose weights it joins at
	// Freeze; see Merge.
	merge map[uint64]mergeTarget
}

// mergeTarget is what Freeze does with a feature given to Merge or Drop:
// add its weights to those of key, or leave it out.
type mergeTarget struct {
	key  uint64
	drop bool
}

// NewTrainer returns a trainer for n classes (at most MaxClasses).
func NewTrainer(n int) *Trainer {
	if n < 1 || n > MaxClasses {
		panic(fmt.Sprintf("perceptron: %d classes, want 1..%d", n, MaxClasses))
	}
	return &Trainer{classes: n, index: make(map[uint64]int32), step: 1}
}

// Classes returns the number of classes.
func (t *Trainer) Classes() int { return t.classes }

// Features returns the number of features with weights.
func (t *Trainer) Features() int { return len(t.rows) }

// Score adds the current (not averaged) weights of feats into scores,
// which must have one slot per class.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// Merge tells Freeze to add the averaged weights of feature from to those
// of feature into and to drop from. It lets a trainer learn a feature in
// several copies (one shared, one per data source, as in Daumé's
// "frustratingly easy" domain adaptation) whose sum the frozen model
// scores as one feature, at no cost in speed.
func (t *Trainer) Merge(from, into uint64) {
	if t.merge == nil {
		t.merge = map[uint64]mergeTarget{}
	}
	t.merge[from] = mergeTarget{key: into}
}

// Drop tells Freeze to leave feature out of the frozen model, as a copy
// for a data source the model is not meant to predict.
func (t *Trainer) Drop(feature uint64) {
	if t.merge == nil {
		t.merge = map[uint64]mergeTarget{}
	}
	t.merge[feature] = mergeTarget{drop: true}
}

// Tick advances the averaging clock; call it once per training example.
func (t *Trainer) Tick() { t.step++ }

// Update adds delta to the weight of class for every feature in feats.
func (t *Trainer) Update(feats []uint64, class int, delta float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
		}
		row := t.rows[r]
		found := false
		for i := range row {
			if row[i].class == int32(class) {
				row[i].w += delta
				row[i].u += t.step * float64(delta)
				found = true
				break
			}
		}
		if !found {
			row = append(row, entry{class: int32(class), w: delta, u: t.step * float64(delta)})
			t.rows[r] = row
		}
	}
}

// Freeze returns the averaged model. Weights whose absolute averaged value
// is below minWeight are dropped, and so are features left with none.
func (t *Trainer) Freeze(minWeight float32) *Model {
	type weight struct {
		class int32
		v     float64
	}
	own := func(k uint64) []weight {
		r, ok := t.index[k]
		if !ok {
			return nil
		}
		row := make([]weight, 0, len(t.rows[r]))
		for _, e := range t.rows[r] {
			row = append(row, weight{e.class, float64(e.w) - e.u/t.step})
		}
		return row
	}
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	// The weights merged into each feature, added in key order so that
	// the model is deterministic.
	merged := map[uint64][]weight{}
	final := keys[:0:0]
	for _, k := range keys {
		m, ok := t.merge[k]
		switch {
		case !ok:
			final = append(final, k)
		case !m.drop:
			if _, seen := merged[m.key]; !seen {
				if _, trained := t.index[m.key]; !trained {
					final = append(final, m.key)
				}
			}
			merged[m.key] = append(merged[m.key], own(k)...)
		}
	}
	slices.Sort(final)
	b := newBuilder(t.classes)
	var cls []uint16
	var ws []float32
	for _, k := range final {
		cls, ws = cls[:0], ws[:0]
		row := append(own(k), merged[k]...)
		// A stable sort keeps each class's weights in the order above.
		slices.SortStableFunc(row, func(a, b weight) int { return int(a.class - b.class) })
		for i := 0; i < len(row); {
			c, sum := row[i].class, 0.0
			for ; i < len(row) && row[i].class == c; i++ {
				sum += row[i].v
			}
			if w := float32(sum); w >= minWeight || w <= -minWeight {
				cls = append(cls, uint16(c))
				ws = append(ws, w)
			}
		}
		if len(cls) > 0 {
			b.add(k, cls, ws)
		}
	}
	return b.build()
}

// Model is a frozen averaged perceptron. It is safe for concurrent use.
//
// Its table is laid out for the cache: each 16-byte slot holds a 32-bit
// fingerprint of the feature and up to two of its (class, weight) pairs,
// with weights quantised to 16 bits under one scale per model, so most
// features cost one memory access; longer runs continue in cls and ws.
type Model struct {
	classes int
	scale   float32
	slots   []slot
	// keys holds the full feature hash of each slot, for writing and
	// pruning; scoring never reads it.
	keys   []uint64
	cls    []uint8
	ws     []int16
	nfeats int
	nw     int
}

// MaxClasses is the largest number of classes a model can have.
const MaxClasses = 256

const inline = 2

type slot struct {
	fp    uint32 // fingerprint, 0 = empty
	start uint32 // where weights beyond the inline ones start in cls/ws
	n     uint8  // weights of the feature, up to MaxClasses
	c     [inline]uint8
	_     uint8
	w     [inline]int16
}

type builder struct {
	classes int
	keys    []uint64
	starts  []uint32
	cls     []uint16
	ws      []float32
}

func newBuilder(classes int) *builder { return &builder{classes: classes} }

func (b *builder) add(key uint64, cls []uint16, ws []float32) {
	b.keys = append(b.keys, key)
	b.starts = append(b.starts, uint32(len(b.cls)))
	b.cls = append(b.cls, cls...)
	b.ws = append(b.ws, ws...)
}

// place returns the first slot to probe for key and its fingerprint.
func place(key uint64, size int) (int, uint32) {
	hi, _ := bits.Mul64(key, uint64(size))
	fp := uint32(key>>32) ^ uint32(key)<<7
	if fp == 0 {
		fp = 1
	}
	return int(hi), fp
}

func (b *builder) build() *Model {
	size := len(b.keys)*4/3 + 16
	var maxAbs float64
	for _, v := range b.ws {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = float32(maxAbs / 32767)
	}
	q := func(v float32) int16 { return int16(math.Round(float64(v / scale))) }
	m := &Model{
		classes: b.classes,
		scale:   scale,
		slots:   make([]slot, size),
		keys:    make([]uint64, size),
		nfeats:  len(b.keys),
		nw:      len(b.ws),
	}
	for i, k := range b.keys {
		start, end := b.starts[i], uint32(len(b.cls))
		if i+1 < len(b.keys) {
			end = b.starts[i+1]
		}
		j, fp := place(k, size)
		for m.slots[j].fp != 0 {
			if j++; j == size {
				j = 0
			}
		}
		// A run holds at most one weight per class, so n <= 256 and
		// n-1 fits a byte.
		sl := slot{fp: fp, n: uint8(end - start - 1)}
		for t := uint32(0); t < inline && start+t < end; t++ {
			sl.c[t], sl.w[t] = uint8(b.cls[start+t]), q(b.ws[start+t])
		}
		if end-start > inline {
			sl.start = uint32(len(m.cls))
			for t := start + inline; t < end; t++ {
				m.cls = append(m.cls, uint8(b.cls[t]))
				m.ws = append(m.ws, q(b.ws[t]))
			}
		}
		m.slots[j], m.keys[j] = sl, k
	}
	return m
}

// run returns the classes and weights of slot j.
func (m *Model) run(j int) ([]uint16, []float32) {
	sl := &m.slots[j]
	n := int(sl.n) + 1
	cls := make([]uint16, 0, n)
	ws := make([]float32, 0, n)
	for t := 0; t < n && t < inline; t++ {
		cls = append(cls, uint16(sl.c[t]))
		ws = append(ws, float32(sl.w[t])*m.scale)
	}
	for t := int(sl.start); t < int(sl.start)+n-inline; t++ {
		cls = append(cls, uint16(m.cls[t]))
		ws = append(ws, float32(m.ws[t])*m.scale)
	}
	return cls, ws
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.nfeats }

// Weights returns the number of stored (class, weight) pairs.
func (m *Model) Weights() int { return m.nw }

// Score adds the weights of feats into scores (one slot per class). The
// scores are in the model's quantised units: comparable with each other,
// not with a Trainer's.
func (m *Model) Score(feats []uint64, scores []float32) {
	size := len(m.slots)
	_ = scores[m.classes-1] // every stored class is below m.classes
	// Features are looked up in batches: the first probe of every
	// feature in a batch is loaded before any is used, so the memory
	// accesses overlap instead of waiting on each other.
	const batch = 16
	var idx [batch]int
	var fps, first [batch]uint32
	for off := 0; off < len(feats); off += batch {
		n := min(batch, len(feats)-off)
		for k := range n {
			idx[k], fps[k] = place(feats[off+k], size)
			first[k] = m.slots[idx[k]].fp
		}
		for k := range n {
			if first[k] == 0 {
				continue
			}
			j, fp := idx[k], fps[k]
			for {
				sl := &m.slots[j]
				if sl.fp == fp {
					scores[sl.c[0]] += float32(sl.w[0])
					if sl.n > 0 {
						scores[sl.c[1]] += float32(sl.w[1])
						if n := int(sl.n) + 1; n > inline {
							a := int(sl.start)
							c, w := m.cls[a:a+n-inline], m.ws[a:a+n-inline]
							for i := range c {
								scores[c[i]] += float32(w[i])
							}
						}
					}
					break
				}
				if sl.fp == 0 {
					break
				}
				if j++; j == size {
					j = 0
				}
			}
		}
	}
}

// sortedFeatures returns the slots in key order.
func (m *Model) sortedFeatures() []int {
	idx := make([]int, 0, m.nfeats)
	for j := range m.keys {
		if m.slots[j].fp != 0 {
			idx = append(idx, j)
		}
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(m.keys[a], m.keys[b]) })
	return idx
}

// File format versions: 2 stores weights zigzag-coded (small negative
// weights take one or two bytes); 1 stored them as unsigned 16-bit values.
const (
	magic   = "SRPERC2\n"
	magicV1 = "SRPERC1\n"
)

// WriteTo writes the model in a compact binary form: keys delta-coded as
// varints, classes as varints, and weights quantised to 16 bits with one
// scale per model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var maxAbs float32
	for j := range m.slots {
		_, ws := m.run(j)
		for _, v := range ws {
			maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = maxAbs / 32767
	}
	bw := bufio.NewWriter(w)
	var n int64
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		k := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:k])
		n += int64(k)
	}
	bw.WriteString(magic)
	n += int64(len(magic))
	put(uint64(m.classes))
	put(uint64(m.nfeats))
	put(uint64(math.Float32bits(scale)))
	prev := uint64(0)
	for _, j := range m.sortedFeatures() {
		put(m.keys[j] - prev)
		prev = m.keys[j]
		cls, ws := m.run(j)
		put(uint64(len(cls)))
		last := 0
		for i, c := range cls {
			put(uint64(int(c) - last))
			last = int(c)
			q := int16(math.Round(float64(ws[i] / scale)))
			put(uint64(int64(q)<<1) ^ uint64(int64(q)>>63))
		}
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("write model: %w", err)
	}
	return n, nil
}

// Read reads a model written by WriteTo; the model must be the last thing
// in r, which is read to its end.
func Read(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	m, _, err := Decode(data)
	return m, err
}

// Decode decodes a model written by WriteTo at the start of data and
// returns it with the bytes that follow it, so that several models can be
// stored one after another.
func Decode(data []byte) (*Model, []byte, error) {
	if len(data) < len(magic) || (string(data[:len(magic)]) != magic && string(data[:len(magic)]) != magicV1) {
		return nil, nil, errors.New("read model: not a sitrep perceptron model")
	}
	zigzag := string(data[:len(magic)]) == magic
	data = data[len(magic):]
	bad := false
	get := func() uint64 {
		v, k := binary.Uvarint(data)
		if k <= 0 {
			bad, data = true, nil
			return 0
		}
		data = data[k:]
		return v
	}
	corrupt := errors.New("read model: truncated or corrupt")
	classes := int(get())
	nf := int(get())
	if bad || classes <= 0 || classes > MaxClasses || nf < 0 || nf > len(data) {
		return nil, nil, fmt.Errorf("read model: bad header (%d classes, %d features)", classes, nf)
	}
	scale := math.Float32frombits(uint32(get()))
	b := newBuilder(classes)
	b.keys = make([]uint64, 0, nf)
	b.starts = make([]uint32, 0, nf)
	b.cls = make([]uint16, 0, len(data)/3)
	b.ws = make([]float32, 0, len(data)/3)
	key := uint64(0)
	for range nf {
		key += get()
		// Counts and class steps past the int range wrap negative.
		cnt := int(get())
		if bad || cnt <= 0 || cnt > classes {
			return nil, nil, corrupt
		}
		b.keys = append(b.keys, key)
		b.starts = append(b.starts, uint32(len(b.cls)))
		c := 0
		for range cnt {
			c += int(get())
			v := get()
			q := int16(uint16(v))
			if zigzag {
				q = int16(int64(v>>1) ^ -int64(v&1))
			}
			if bad || c < 0 || c >= classes {
				return nil, nil, corrupt
			}
			b.cls = append(b.cls, uint16(c))
			b.ws = append(b.ws, float32(q)*scale)
		}
	}
	return b.build(), data, nil
}

// Prune returns a copy of the model without the weights whose absolute
// value is below min, and without features left with none.
func (m *Model) Prune(min float32) *Model {
	b := newBuilder(m.classes)
	var cls []uint16
	var ws []float32
	for _, j := range m.sortedFeatures() {
		cls, ws = cls[:0], ws[:0]
		c, w := m.run(j)
		for i := range c {
			if w[i] >= min || w[i] <= -min {
				cls = append(cls, c[i])
				ws = append(ws, w[i])
			}
		}
		if len(cls) > 0 {
			b.add(m.keys[j], cls, ws)
		}
	}
	return b.build()
}
