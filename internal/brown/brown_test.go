package brown

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// mi is the mutual information between adjacent classes of the used
// slots, computed directly.
func mi(st *state) float64 {
	n := st.n
	v := 0.0
	for i := range n {
		for j := range n {
			if st.used[i] && st.used[j] {
				v += hq(st.p2[i*n+j], st.p1[i], st.p1[j])
			}
		}
	}
	return v
}

// copyState returns a deep copy of st.
func copyState(st *state) *state {
	c := *st
	c.p1 = append([]float64(nil), st.p1...)
	c.p2 = append([]float64(nil), st.p2...)
	c.q2 = append([]float64(nil), st.q2...)
	c.loss = append([]float64(nil), st.loss...)
	c.used = append([]bool(nil), st.used...)
	return &c
}

// checkLosses compares every kept loss with the mutual information a
// merge really loses.
func checkLosses(t *testing.T, st *state, when string) {
	t.Helper()
	n := st.n
	before := mi(st)
	for i := range n {
		for j := i + 1; j < n; j++ {
			if !st.used[i] || !st.used[j] {
				continue
			}
			c := copyState(st)
			c.merge(i, j)
			want := before - mi(c)
			if got := st.loss[i*n+j]; math.Abs(got-want) > 1e-9 {
				t.Fatalf("%s: loss of merging %d and %d = %g, want %g", when, i, j, got, want)
			}
		}
	}
}

func TestIncrementalLossesMatchMutualInformation(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 6
	st := &state{n: n, p1: make([]float64, n), p2: make([]float64, n*n), q2: make([]float64, n*n),
		loss: make([]float64, n*n), used: make([]bool, n), node: make([]int, n)}
	// Random unigram and bigram weights, normalised.
	raw := make([]float64, n*n)
	sum := 0.0
	for k := range raw {
		raw[k] = rng.Float64()
		sum += raw[k]
	}
	for i := range n {
		for j := range n {
			st.p1[i] += raw[i*n+j] / sum
		}
	}
	for s := range n - 1 {
		st.used[s] = true
		for k := range n {
			if st.used[k] {
				st.p2[s*n+k], st.p2[k*n+s] = raw[s*n+k]/sum, raw[k*n+s]/sum
			}
		}
		st.added(s)
		if s > 0 {
			st.lossRow(s)
		}
	}
	checkLosses(t, st, "after adding")
	a, b := st.best()
	st.merge(a, b)
	checkLosses(t, st, "after a merge")
	st.used[b] = true
	for k := range n {
		if st.used[k] {
			st.p2[b*n+k], st.p2[k*n+b] = raw[b*n+k]/sum/2, raw[k*n+b]/sum/2
		}
	}
	st.p1[b] = 0.05
	st.added(b)
	st.lossRow(b)
	checkLosses(t, st, "after refilling the freed slot")
}

func TestClusterSeparatesWordsByTheirNeighbours(t *testing.T) {
	text := strings.Fields(`the dog barks . a cat sleeps . the cat barks . a dog sleeps .
		the bird sings . a bird sleeps . the dog sings . a cat sings .`)
	ids := map[string]int32{}
	var words []string
	var seq []int32
	for _, w := range text {
		id, ok := ids[w]
		if !ok {
			id = int32(len(words))
			ids[w] = id
			words = append(words, w)
		}
		seq = append(seq, id)
	}
	order := make([]int32, len(words))
	for i := range order {
		order[i] = int32(i)
	}
	bits, err := Cluster(seq, order, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{{"dog", "cat"}, {"cat", "bird"}, {"barks", "sleeps"}, {"the", "a"}} {
		if bits[ids[c[0]]] != bits[ids[c[1]]] {
			t.Errorf("%s %q and %s %q in different classes", c[0], bits[ids[c[0]]], c[1], bits[ids[c[1]]])
		}
	}
	for _, c := range [][2]string{{"dog", "barks"}, {"the", "dog"}} {
		if bits[ids[c[0]]] == bits[ids[c[1]]] {
			t.Errorf("%s and %s share class %q", c[0], c[1], bits[ids[c[0]]])
		}
	}
	for _, bad := range []struct {
		seq, order []int32
		c          int
	}{
		{[]int32{0, 5}, []int32{0}, 4},     // a word outside the vocabulary
		{[]int32{0, 1}, []int32{0, 0}, 4},  // a word twice in the order
		{[]int32{0, 1}, []int32{0, 2}, 4},  // an order id outside the vocabulary
		{[]int32{0, 1}, []int32{1, 0}, 1},  // one cluster
		{[]int32{0, 1}, []int32{-1, 0}, 4}, // a negative id
	} {
		if _, err := Cluster(bad.seq, bad.order, bad.c); err == nil {
			t.Errorf("Cluster(%v, %v, %d) gave no error", bad.seq, bad.order, bad.c)
		}
	}
	// Empty text gives every word an empty string.
	bits, err = Cluster(nil, []int32{0, 1}, 4)
	if err != nil || len(bits) != 2 || bits[0] != "" {
		t.Errorf("empty text: %q, %v", bits, err)
	}
}
