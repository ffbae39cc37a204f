// Package cluster induces distributional word classes from raw text, for
// the tagger's and parser's features: words that occur between the same
// neighbours land in the same class, which tells the models something
// about words their treebank never showed them.
//
// Each word of the vocabulary gets a vector of positive pointwise mutual
// information with its left and right neighbours (among the most frequent
// words), projected to a few dimensions with a fixed random matrix; a
// spherical k-means groups the vectors into fine classes, and a second
// k-means over the fine centroids gives coarse classes.
package cluster

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Options control Build.
type Options struct {
	Vocab    int // words to cluster, most frequent first (default 50000)
	MinCount int // ignore rarer words (default 5)
	Context  int // neighbour words used as context (default 1000)
	Dims     int // projected dimensions (default 96)
	Fine     int // fine classes (default 256)
	Coarse   int // coarse classes (default 32)
	Iters    int // k-means iterations (default 15)
	Seed     uint64
	Log      io.Writer
}

func (o *Options) defaults() {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Vocab, 50000)
	def(&o.MinCount, 5)
	def(&o.Context, 1000)
	def(&o.Dims, 96)
	def(&o.Fine, 256)
	def(&o.Coarse, 32)
	def(&o.Iters, 15)
}

// Class is a word's fine and coarse class.
type Class struct{ Fine, Coarse uint16 }

// Table maps a normalised word (see Norm) to its classes.
type Table map[string]Class

// Norm is the form under which words are looked up: lowercased, with
// digits mapped to 0.
func Norm(w string) string {
	need := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 {
			need = true
			break
		}
	}
	if !need {
		return w
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return unicode.ToLower(r)
	}, w)
}

// Tokenize splits running text into word tokens roughly as Penn/UD
// tokenization does: punctuation is split off and clitics such as n't,
// 's and 're become tokens of their own.
func Tokenize(text string, emit func(string)) {
	for _, chunk := range strings.Fields(text) {
		start, end := 0, len(chunk)
		for start < end && strings.ContainsRune(`"'([{“‘«`, rune(chunk[start])) {
			emit(chunk[start : start+1])
			start++
		}
		var tail []string
		for end > start && strings.ContainsRune(`"'.,;:!?)]}`, rune(chunk[end-1])) {
			tail = append(tail, chunk[end-1:end])
			end--
		}
		w := chunk[start:end]
		low := strings.ToLower(w)
		for _, cl := range []string{"n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "’s"} {
			if len(low) > len(cl) && strings.HasSuffix(low, cl) {
				emit(w[:len(w)-len(cl)])
				w = w[len(w)-len(cl):]
				break
			}
		}
		if w != "" {
			emit(w)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			emit(tail[i])
		}
	}
}

// ReadJSONL streams the "text" field of every JSONL record (gzipped or
// not) to fn, with the title first when there is one.
func ReadJSONL(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read corpus: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	var r io.Reader = br
	if m, _ := br.Peek(2); len(m) == 2 && m[0] == 0x1f && m[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("read corpus %s: %w", path, err)
		}
		r = gz
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("read corpus %s:%d: %w", path, line, err)
		}
		if rec.Title != "" {
			fn(rec.Title)
		}
		fn(rec.Text)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read corpus %s: %w", path, err)
	}
	return nil
}

// Build induces classes from the texts that feed calls.
func Build(feed func(func(string)) error, opt Options) (Table, error) {
	opt.defaults()
	ids := map[string]int32{}
	var words []string
	var counts []int
	var seq []int32
	const boundary = -1
	err := feed(func(text string) {
		seq = append(seq, boundary)
		Tokenize(text, func(w string) {
			w = Norm(w)
			id, ok := ids[w]
			if !ok {
				id = int32(len(words))
				ids[w] = id
				words = append(words, w)
				counts = append(counts, 0)
			}
			counts[id]++
			seq = append(seq, id)
		})
	})
	if err != nil {
		return nil, err
	}
	seq = append(seq, boundary)
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, "clusters: %d tokens, %d distinct words\n", len(seq), len(words))
	}
	byFreq := make([]int32, len(words))
	for i := range byFreq {
		byFreq[i] = int32(i)
	}
	sort.SliceStable(byFreq, func(a, b int) bool {
		ca, cb := counts[byFreq[a]], counts[byFreq[b]]
		if ca != cb {
			return ca > cb
		}
		return words[byFreq[a]] < words[byFreq[b]]
	})
	nv := 0
	for nv < len(byFreq) && nv < opt.Vocab && counts[byFreq[nv]] >= opt.MinCount {
		nv++
	}
	nc := min(opt.Context, len(byFreq))
	if nv < opt.Fine {
		return nil, fmt.Errorf("clusters: only %d words occur %d times or more; need at least %d", nv, opt.MinCount, opt.Fine)
	}
	row := make([]int32, len(words)) // word id -> vocab row or -1
	ctx := make([]int32, len(words)) // word id -> context index or -1
	for i := range row {
		row[i], ctx[i] = -1, -1
	}
	for r := range nv {
		row[byFreq[r]] = int32(r)
	}
	for c := range nc {
		ctx[byFreq[c]] = int32(c)
	}
	// Context columns: left neighbour c, right neighbour nc+c, plus
	// "other" and "boundary" on each side.
	cols := 2*nc + 4
	co := make([]float32, nv*cols)
	ctxIdx := func(id int32, right bool) int {
		off := 0
		if right {
			off = nc + 2
		}
		switch {
		case id == boundary:
			return off + nc + 1
		case ctx[id] < 0:
			return off + nc
		}
		return off + int(ctx[id])
	}
	for i, id := range seq {
		if id == boundary || row[id] < 0 {
			continue
		}
		r := int(row[id]) * cols
		co[r+ctxIdx(seq[i-1], false)]++
		co[r+ctxIdx(seq[i+1], true)]++
	}
	// PPMI weighting, then a fixed random projection.
	colSum := make([]float64, cols)
	rowSum := make([]float64, nv)
	total := 0.0
	for r := range nv {
		for c := range cols {
			v := float64(co[r*cols+c])
			colSum[c] += v
			rowSum[r] += v
			total += v
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0xc1a55))
	proj := make([]float32, cols*opt.Dims)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vec := make([]float32, nv*opt.Dims)
	for r := range nv {
		v := vec[r*opt.Dims : (r+1)*opt.Dims]
		for c := range cols {
			x := float64(co[r*cols+c])
			if x == 0 {
				continue
			}
			pmi := math.Log(x * total / (rowSum[r] * math.Pow(colSum[c], 0.75) * math.Pow(total, 0.25)))
			if pmi <= 0 {
				continue
			}
			p := proj[c*opt.Dims : (c+1)*opt.Dims]
			for d := range v {
				v[d] += float32(pmi) * p[d]
			}
		}
		normalize(v)
	}
	co = nil
	fine := kmeans(vec, nv, opt.Dims, opt.Fine, opt.Iters, opt.Log)
	centroids := centroidsOf(vec, fine, nv, opt.Dims, opt.Fine)
	coarse := kmeans(centroids, opt.Fine, opt.Dims, opt.Coarse, opt.Iters, nil)
	t := make(Table, nv)
	for r := range nv {
		t[words[byFreq[r]]] = Class{Fine: uint16(fine[r]), Coarse: uint16(coarse[fine[r]])}
	}
	return t, nil
}

func normalize(v []float32) {
	s := 0.0
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// kmeans runs spherical k-means over n unit vectors of dimension d,
// starting from k evenly spaced rows (the data is sorted by frequency, so
// the start mixes frequent and rare words).
func kmeans(vec []float32, n, d, k, iters int, log io.Writer) []int {
	cent := make([]float32, k*d)
	for c := range k {
		r := c * n / k
		copy(cent[c*d:(c+1)*d], vec[r*d:(r+1)*d])
	}
	assign := make([]int, n)
	for it := range iters {
		changed := 0
		for r := range n {
			v := vec[r*d : (r+1)*d]
			best, bestSim := 0, float32(-2)
			for c := range k {
				ce := cent[c*d : (c+1)*d]
				var s float32
				for j := range v {
					s += v[j] * ce[j]
				}
				if s > bestSim {
					best, bestSim = c, s
				}
			}
			if assign[r] != best || it == 0 {
				changed++
			}
			assign[r] = best
		}
		next := centroidsOf(vec, assign, n, d, k)
		for c := range k {
			if isZero(next[c*d : (c+1)*d]) {
				copy(next[c*d:(c+1)*d], cent[c*d:(c+1)*d])
			}
		}
		cent = next
		if log != nil {
			fmt.Fprintf(log, "clusters: k-means iteration %d: %d words moved\n", it+1, changed)
		}
		if changed == 0 {
			break
		}
	}
	return assign
}

func isZero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

func centroidsOf(vec []float32, assign []int, n, d, k int) []float32 {
	cent := make([]float32, k*d)
	for r := range n {
		c := assign[r]
		ce := cent[c*d : (c+1)*d]
		for j, x := range vec[r*d : (r+1)*d] {
			ce[j] += x
		}
	}
	for c := range k {
		normalize(cent[c*d : (c+1)*d])
	}
	return cent
}

// Write writes the table as sorted "word<TAB>fine<TAB>coarse" lines.
func (t Table) Write(w io.Writer) error {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	bw := bufio.NewWriter(w)
	for _, k := range keys {
		c := t[k]
		fmt.Fprintf(bw, "%s\t%d\t%d\n", k, c.Fine, c.Coarse)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	return nil
}

// Read reads a table written by Write (gzipped or not).
func Read(r io.Reader) (Table, error) {
	br := bufio.NewReader(r)
	var rd io.Reader = br
	if m, _ := br.Peek(2); len(m) == 2 && m[0] == 0x1f && m[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("read clusters: %w", err)
		}
		rd = gz
	}
	sc := bufio.NewScanner(rd)
	t := Table{}
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("read clusters: line %d: want 3 fields", line)
		}
		a, err1 := strconv.ParseUint(f[1], 10, 16)
		b, err2 := strconv.ParseUint(f[2], 10, 16)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("read clusters: line %d: bad class", line)
		}
		t[f[0]] = Class{uint16(a), uint16(b)}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return t, nil
}

// MarshalBinary encodes the table compactly: sorted words, each as a
// uvarint length, the bytes, and the two classes as uvarints.
func (t Table) MarshalBinary() []byte {
	keys := slices.Sorted(maps.Keys(t))
	var out []byte
	out = binary.AppendUvarint(out, uint64(len(keys)))
	for _, k := range keys {
		out = binary.AppendUvarint(out, uint64(len(k)))
		out = append(out, k...)
		out = binary.AppendUvarint(out, uint64(t[k].Fine))
		out = binary.AppendUvarint(out, uint64(t[k].Coarse))
	}
	return out
}

// UnmarshalBinary decodes a table encoded by MarshalBinary; empty input
// gives an empty table.
func UnmarshalBinary(b []byte) (Table, error) {
	t := Table{}
	if len(b) == 0 {
		return t, nil
	}
	bad := errors.New("decode clusters: corrupt table")
	next := func() (uint64, bool) {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, false
		}
		b = b[k:]
		return v, true
	}
	n, ok := next()
	if !ok || n > uint64(len(b)) {
		return nil, bad
	}
	for range n {
		l, ok := next()
		if !ok || l > uint64(len(b)) {
			return nil, bad
		}
		w := string(b[:l])
		b = b[l:]
		f, ok1 := next()
		c, ok2 := next()
		if !ok1 || !ok2 || f > 0xffff || c > 0xffff {
			return nil, bad
		}
		t[w] = Class{uint16(f), uint16(c)}
	}
	return t, nil
}
