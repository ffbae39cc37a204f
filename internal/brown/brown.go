// Package brown learns hierarchical word classes from a word sequence by
// Brown et al.'s (1992) bigram mutual-information clustering, with the
// windowed algorithm of Liang (2005): the words are added in order of
// frequency to a window of c clusters plus one, and each time the two
// clusters whose merge loses the least mutual information between
// adjacent classes are merged; at the end the c clusters are merged down
// to one, and the merge tree gives each word a bit string (its path from
// the root: 0 left, 1 right). Words of one cluster share their string,
// and a prefix of it names a coarser class.
package brown

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Cluster learns the classes of the words 0..len(order)-1 from seq, a
// sequence of word ids in which a negative id separates text (no bigram
// spans it) and ids outside the vocabulary are not allowed; words are
// added to the window in the order of order, most frequent first. It
// returns each word's bit string ("" for words that never occur).
func Cluster(seq []int32, order []int32, c int) ([]string, error) {
	nw := len(order)
	if c < 2 {
		return nil, fmt.Errorf("brown: need at least 2 clusters, got %d", c)
	}
	inOrder := make([]bool, nw)
	for _, w := range order {
		if w < 0 || int(w) >= nw || inOrder[w] {
			return nil, fmt.Errorf("brown: order is not a permutation of the %d word ids (%d)", nw, w)
		}
		inOrder[w] = true
	}
	var total float64
	uni := make([]float64, nw)
	type pair struct{ a, b int32 }
	bi := map[pair]float64{}
	for i, w := range seq {
		if w < 0 {
			continue
		}
		if int(w) >= nw {
			return nil, fmt.Errorf("brown: word id %d outside the vocabulary of %d", w, nw)
		}
		uni[w]++
		total++
		if i+1 < len(seq) && seq[i+1] >= 0 {
			bi[pair{w, seq[i+1]}]++
		}
	}
	if total == 0 {
		return make([]string, nw), nil
	}
	var nbi float64
	for _, n := range bi {
		nbi += n
	}
	// right[w] and left[w]: the words after and before w with their
	// bigram probabilities.
	type nb struct {
		w int32
		p float64
	}
	right := make([][]nb, nw)
	left := make([][]nb, nw)
	for k, n := range bi {
		right[k.a] = append(right[k.a], nb{k.b, n / nbi})
		if k.a != k.b {
			left[k.b] = append(left[k.b], nb{k.a, n / nbi})
		}
	}
	// Map order must not decide the sums' rounding.
	for w := range nw {
		slices.SortFunc(right[w], func(a, b nb) int { return cmp.Compare(a.w, b.w) })
		slices.SortFunc(left[w], func(a, b nb) int { return cmp.Compare(a.w, b.w) })
	}

	n := c + 1 // slots
	st := &state{
		n:    n,
		p1:   make([]float64, n),
		p2:   make([]float64, n*n),
		q2:   make([]float64, n*n),
		loss: make([]float64, n*n),
		used: make([]bool, n),
		node: make([]int, n),
	}
	slotOf := make([]int, nw)
	for i := range slotOf {
		slotOf[i] = -1
	}
	// Tree nodes: leaves are the clusters left in the window; parent
	// links are recorded for the final merges only.
	members := make([][]int32, n)
	var clusters [][]int32 // cluster id -> its words
	parent := []int{}
	add := func(w int32, s int) {
		slotOf[w] = s
		st.used[s] = true
		st.p1[s] = uni[w] / total
		for k := range n {
			st.p2[s*n+k], st.p2[k*n+s] = 0, 0
		}
		for _, e := range right[w] {
			if t := slotOf[e.w]; t >= 0 {
				st.p2[s*n+t] += e.p
			}
		}
		for _, e := range left[w] {
			if t := slotOf[e.w]; t >= 0 {
				st.p2[t*n+s] += e.p
			}
		}
		members[s] = []int32{w}
		st.added(s)
	}
	next := 0
	for s := 0; s < n && next < nw; s++ {
		if uni[order[next]] == 0 {
			break
		}
		add(order[next], s)
		next++
		if s == 0 {
			continue
		}
		st.lossRow(s)
	}
	merge := func() (int, int) {
		a, b := st.best()
		st.merge(a, b)
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		for _, w := range members[a] {
			slotOf[w] = a
		}
		return a, b
	}
	for next < nw && uni[order[next]] > 0 {
		if st.count() == n {
			_, b := merge()
			add(order[next], b)
			st.lossRow(b)
			next++
			continue
		}
		free := 0
		for st.used[free] {
			free++
		}
		add(order[next], free)
		st.lossRow(free)
		next++
	}
	// The clusters left become the leaves of the tree, merged down to one.
	for s := range n {
		st.node[s] = -1
		if st.used[s] {
			st.node[s] = len(clusters)
			clusters = append(clusters, members[s])
			parent = append(parent, -1)
		}
	}
	side := make([]byte, len(clusters))
	sideOf := []byte{}
	for st.count() > 1 {
		a, b := st.best()
		na, nb := st.node[a], st.node[b]
		id := len(parent)
		parent = append(parent, -1)
		sideOf = append(sideOf, 0)
		parent[na], parent[nb] = id, id
		setSide := func(node int, v byte) {
			if node < len(side) {
				side[node] = v
			} else {
				sideOf[node-len(side)] = v
			}
		}
		setSide(na, '0')
		setSide(nb, '1')
		st.merge(a, b)
		st.node[a] = id
	}
	bitsOf := func(node int) string {
		var rev []byte
		for parent[node] >= 0 {
			if node < len(side) {
				rev = append(rev, side[node])
			} else {
				rev = append(rev, sideOf[node-len(side)])
			}
			node = parent[node]
		}
		var b strings.Builder
		for i := len(rev) - 1; i >= 0; i-- {
			b.WriteByte(rev[i])
		}
		return b.String()
	}
	out := make([]string, nw)
	for k, ws := range clusters {
		bits := bitsOf(k)
		if bits == "" {
			bits = "0"
		}
		for _, w := range ws {
			out[w] = bits
		}
	}
	return out, nil
}

// state is the window of clusters: unigram and bigram probabilities of
// the clusters in its slots, the mutual-information terms q2 of each
// ordered pair, and loss, the mutual information a merge of two slots
// would lose (for a < b at a*n+b).
type state struct {
	n    int
	p1   []float64
	p2   []float64
	q2   []float64
	loss []float64
	used []bool
	node []int
}

// hq is the mutual-information term of a bigram of probability p between
// classes of probabilities l and r.
func hq(p, l, r float64) float64 {
	if p <= 0 {
		return 0
	}
	return p * math.Log(p/(l*r))
}

func (st *state) count() int {
	k := 0
	for _, u := range st.used {
		if u {
			k++
		}
	}
	return k
}

// side returns s(i): the mutual-information terms of slot i with every
// slot, itself counted once.
func (st *state) side(i int) float64 {
	n := st.n
	v := -st.q2[i*n+i]
	for k := range n {
		if st.used[k] {
			v += st.q2[i*n+k] + st.q2[k*n+i]
		}
	}
	return v
}

// pairLoss computes from scratch the mutual information lost by merging
// slots i and j.
func (st *state) pairLoss(i, j int, si, sj float64) float64 {
	n := st.n
	pm := st.p1[i] + st.p1[j]
	v := si + sj - st.q2[i*n+j] - st.q2[j*n+i]
	for k := range n {
		if !st.used[k] || k == i || k == j {
			continue
		}
		v -= hq(st.p2[i*n+k]+st.p2[j*n+k], pm, st.p1[k]) + hq(st.p2[k*n+i]+st.p2[k*n+j], st.p1[k], pm)
	}
	v -= hq(st.p2[i*n+i]+st.p2[i*n+j]+st.p2[j*n+i]+st.p2[j*n+j], pm, pm)
	return v
}

// added fills the terms of the new slot s and updates the losses of the
// pairs of the other slots, whose sums now include s.
func (st *state) added(s int) {
	n := st.n
	for k := range n {
		if st.used[k] {
			st.q2[s*n+k] = hq(st.p2[s*n+k], st.p1[s], st.p1[k])
			st.q2[k*n+s] = hq(st.p2[k*n+s], st.p1[k], st.p1[s])
		}
	}
	for i := range n {
		if !st.used[i] || i == s {
			continue
		}
		di := st.q2[i*n+s] + st.q2[s*n+i]
		for j := i + 1; j < n; j++ {
			if !st.used[j] || j == s {
				continue
			}
			dj := st.q2[j*n+s] + st.q2[s*n+j]
			pm := st.p1[i] + st.p1[j]
			st.loss[i*n+j] += di + dj - hq(st.p2[i*n+s]+st.p2[j*n+s], pm, st.p1[s]) - hq(st.p2[s*n+i]+st.p2[s*n+j], st.p1[s], pm)
		}
	}
}

// lossRow computes the losses of every pair with slot s from scratch.
func (st *state) lossRow(s int) {
	n := st.n
	ss := st.side(s)
	for k := range n {
		if !st.used[k] || k == s {
			continue
		}
		v := st.pairLoss(s, k, ss, st.side(k))
		if k < s {
			st.loss[k*n+s] = v
		} else {
			st.loss[s*n+k] = v
		}
	}
}

// best returns the pair of slots a < b whose merge loses least.
func (st *state) best() (int, int) {
	n := st.n
	ba, bb, bl := -1, -1, math.Inf(1)
	for i := range n {
		if !st.used[i] {
			continue
		}
		for j := i + 1; j < n; j++ {
			if st.used[j] && st.loss[i*n+j] < bl {
				ba, bb, bl = i, j, st.loss[i*n+j]
			}
		}
	}
	return ba, bb
}

// merge merges slot b into slot a (a < b) and frees b.
func (st *state) merge(a, b int) {
	n := st.n
	pa, pb := st.p1[a], st.p1[b]
	pm := pa + pb
	// d[i]: the change of s(i) when a and b become one.
	d := make([]float64, n)
	for i := range n {
		if !st.used[i] || i == a || i == b {
			continue
		}
		d[i] = hq(st.p2[i*n+a]+st.p2[i*n+b], st.p1[i], pm) + hq(st.p2[a*n+i]+st.p2[b*n+i], pm, st.p1[i]) -
			st.q2[i*n+a] - st.q2[a*n+i] - st.q2[i*n+b] - st.q2[b*n+i]
	}
	for i := range n {
		if !st.used[i] || i == a || i == b {
			continue
		}
		for j := i + 1; j < n; j++ {
			if !st.used[j] || j == a || j == b {
				continue
			}
			pij := st.p1[i] + st.p1[j]
			ia, ib := st.p2[i*n+a]+st.p2[j*n+a], st.p2[i*n+b]+st.p2[j*n+b]
			ai, bi := st.p2[a*n+i]+st.p2[a*n+j], st.p2[b*n+i]+st.p2[b*n+j]
			old := hq(ia, pij, pa) + hq(ai, pa, pij) + hq(ib, pij, pb) + hq(bi, pb, pij)
			now := hq(ia+ib, pij, pm) + hq(ai+bi, pm, pij)
			st.loss[i*n+j] += d[i] + d[j] - (now - old)
		}
	}
	self := st.p2[a*n+a] + st.p2[a*n+b] + st.p2[b*n+a] + st.p2[b*n+b]
	for k := range n {
		st.p2[a*n+k] += st.p2[b*n+k]
		st.p2[k*n+a] += st.p2[k*n+b]
	}
	st.p2[a*n+a] = self
	for k := range n {
		st.p2[b*n+k], st.p2[k*n+b], st.q2[b*n+k], st.q2[k*n+b] = 0, 0, 0, 0
	}
	st.p1[a], st.p1[b] = pm, 0
	st.used[b] = false
	for k := range n {
		if st.used[k] {
			st.q2[a*n+k] = hq(st.p2[a*n+k], pm, st.p1[k])
			st.q2[k*n+a] = hq(st.p2[k*n+a], st.p1[k], pm)
		}
	}
	st.lossRow(a)
}
