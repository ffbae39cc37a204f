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
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
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
}

// NewTrainer returns a trainer for n classes.
func NewTrainer(n int) *Trainer {
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
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := newBuilder(t.classes)
	var cls []uint16
	var ws []float32
	for _, k := range keys {
		cls, ws = cls[:0], ws[:0]
		row := slices.Clone(t.rows[t.index[k]])
		slices.SortFunc(row, func(a, b entry) int { return int(a.class - b.class) })
		for _, e := range row {
			avg := float32(float64(e.w) - e.u/t.step)
			if avg >= minWeight || avg <= -minWeight {
				cls = append(cls, uint16(e.class))
				ws = append(ws, avg)
			}
		}
		if len(cls) > 0 {
			b.add(k, cls, ws)
		}
	}
	return b.build()
}

// Model is a frozen averaged perceptron. It is safe for concurrent use.
type Model struct {
	classes int
	// slots is the open-addressing table of features (key 0 = empty);
	// each slot bounds its run of (class, weight) pairs in cls and ws.
	slots  []slot
	cls    []uint16
	ws     []float32
	mask   uint64
	nfeats int
}

type slot struct {
	key        uint64
	start, end uint32
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

func (b *builder) build() *Model {
	size := 16
	for size < 2*len(b.keys) {
		size <<= 1
	}
	m := &Model{
		classes: b.classes,
		slots:   make([]slot, size),
		cls:     b.cls,
		ws:      b.ws,
		mask:    uint64(size - 1),
		nfeats:  len(b.keys),
	}
	for i, k := range b.keys {
		end := uint32(len(b.cls))
		if i+1 < len(b.keys) {
			end = b.starts[i+1]
		}
		k = nonzero(k)
		j := k & m.mask
		for m.slots[j].key != 0 {
			j = (j + 1) & m.mask
		}
		m.slots[j] = slot{k, b.starts[i], end}
	}
	return m
}

func nonzero(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.nfeats }

// Weights returns the number of stored (class, weight) pairs.
func (m *Model) Weights() int { return len(m.ws) }

// Score adds the weights of feats into scores (one slot per class).
func (m *Model) Score(feats []uint64, scores []float32) {
	cls, ws := m.cls, m.ws
	for _, f := range feats {
		k := nonzero(f)
		j := k & m.mask
		for {
			s := &m.slots[j]
			if s.key == k {
				c, w := cls[s.start:s.end], ws[s.start:s.end]
				for i := range c {
					if int(c[i]) < len(scores) {
						scores[c[i]] += w[i]
					}
				}
				break
			}
			if s.key == 0 {
				break
			}
			j = (j + 1) & m.mask
		}
	}
}

const magic = "SRPERC1\n"

// WriteTo writes the model in a compact binary form: keys delta-coded as
// varints, classes as varints, and weights quantised to 16 bits with one
// scale per model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	type feat struct {
		key        uint64
		start, end uint32
	}
	feats := make([]feat, 0, m.nfeats)
	for _, s := range m.slots {
		if s.key != 0 {
			feats = append(feats, feat{s.key, s.start, s.end})
		}
	}
	slices.SortFunc(feats, func(a, b feat) int {
		if a.key < b.key {
			return -1
		}
		if a.key > b.key {
			return 1
		}
		return 0
	})
	var maxAbs float32
	for _, v := range m.ws {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
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
	put(uint64(len(feats)))
	put(uint64(math.Float32bits(scale)))
	prev := uint64(0)
	for _, f := range feats {
		put(f.key - prev)
		prev = f.key
		put(uint64(f.end - f.start))
		last := 0
		for i := f.start; i < f.end; i++ {
			c := int(m.cls[i])
			put(uint64(c - last))
			last = c
			q := int16(math.Round(float64(m.ws[i] / scale)))
			put(uint64(uint16(q)))
		}
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("write model: %w", err)
	}
	return n, nil
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("read model: not a sitrep perceptron model")
	}
	get := func() uint64 {
		v, err := binary.ReadUvarint(br)
		if err != nil {
			panic(err)
		}
		return v
	}
	var m *Model
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("read model: truncated or corrupt: %v", r)
			}
		}()
		classes := int(get())
		nf := int(get())
		if classes <= 0 || classes > 1<<16 || nf < 0 || nf > 1<<28 {
			return fmt.Errorf("read model: bad header (%d classes, %d features)", classes, nf)
		}
		scale := math.Float32frombits(uint32(get()))
		b := newBuilder(classes)
		b.keys = make([]uint64, 0, nf)
		b.starts = make([]uint32, 0, nf)
		key := uint64(0)
		for range nf {
			key += get()
			cnt := int(get())
			if cnt > classes {
				return fmt.Errorf("read model: feature with %d weights for %d classes", cnt, classes)
			}
			b.keys = append(b.keys, key)
			b.starts = append(b.starts, uint32(len(b.cls)))
			c := 0
			for range cnt {
				c += int(get())
				if c >= classes {
					return fmt.Errorf("read model: class %d out of range", c)
				}
				q := int16(uint16(get()))
				b.cls = append(b.cls, uint16(c))
				b.ws = append(b.ws, float32(q)*scale)
			}
		}
		m = b.build()
		return nil
	}()
	return m, err
}
