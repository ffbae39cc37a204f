package parse

// Transitions of the arc-eager system. Labelled arcs are LEFT and RIGHT
// actions joined with a relation: action 2+2*l is LEFT-ARC(l), 3+2*l is
// RIGHT-ARC(l), for relation index l.
const (
	actShift  = 0
	actReduce = 1
)

func leftOf(l int) int  { return 2 + 2*l }
func rightOf(l int) int { return 3 + 2*l }

// state is an arc-eager configuration over words 1..n, with 0 the root.
type state struct {
	n     int
	stack []int
	b     int // first word of the buffer; the buffer is b..n
	head  []int
	label []int
	// leftmost, second leftmost, rightmost and second rightmost
	// dependents (0 = none; the root is never a dependent).
	l1, l2, r1, r2 []int
	nl, nr         []int
	lset, rset     []uint64
	inStack        []bool
	rootChild      int
}

func (s *state) reset(n int) {
	s.n = n
	s.b = 1
	grow := func(v []int) []int {
		if cap(v) < n+1 {
			return make([]int, n+1)
		}
		v = v[:n+1]
		clear(v)
		return v
	}
	s.head, s.label = grow(s.head), grow(s.label)
	s.l1, s.l2, s.r1, s.r2 = grow(s.l1), grow(s.l2), grow(s.r1), grow(s.r2)
	s.nl, s.nr = grow(s.nl), grow(s.nr)
	for i := range s.head {
		s.head[i] = -1
		s.label[i] = -1
	}
	if cap(s.lset) < n+1 {
		s.lset, s.rset, s.inStack = make([]uint64, n+1), make([]uint64, n+1), make([]bool, n+1)
	}
	s.lset, s.rset, s.inStack = s.lset[:n+1], s.rset[:n+1], s.inStack[:n+1]
	clear(s.lset)
	clear(s.rset)
	clear(s.inStack)
	s.stack = append(s.stack[:0], 0)
	s.inStack[0] = true
	s.rootChild = 0
}

func (s *state) done() bool { return s.b > s.n }

func (s *state) s0() int { return s.stack[len(s.stack)-1] }

// valid reports whether action a may be taken; rootLabel is the index of
// the "root" relation.
func (s *state) valid(a, rootLabel int) bool {
	if s.b > s.n {
		return false
	}
	s0 := s.s0()
	switch a {
	case actShift:
		return true
	case actReduce:
		return s0 != 0 && s.head[s0] >= 0
	}
	l := (a - 2) / 2
	if a%2 == 0 { // left
		return s0 != 0 && s.head[s0] < 0 && l != rootLabel
	}
	if s0 == 0 {
		return l == rootLabel && s.rootChild == 0
	}
	return l != rootLabel
}

func (s *state) addArc(h, d, l int) {
	s.head[d], s.label[d] = h, l
	if h == 0 {
		s.rootChild = d
		return
	}
	if d < h {
		s.nl[h]++
		s.lset[h] |= 1 << (uint(l) & 63)
		switch {
		case s.l1[h] == 0 || d < s.l1[h]:
			s.l2[h], s.l1[h] = s.l1[h], d
		case s.l2[h] == 0 || d < s.l2[h]:
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= 1 << (uint(l) & 63)
		switch {
		case d > s.r1[h]:
			s.r2[h], s.r1[h] = s.r1[h], d
		case d > s.r2[h]:
			s.r2[h] = d
		}
	}
}

func (s *state) apply(a int) {
	s0 := s.s0()
	switch {
	case a == actShift:
		s.stack = append(s.stack, s.b)
		s.inStack[s.b] = true
		s.b++
	case a == actReduce:
		s.stack = s.stack[:len(s.stack)-1]
		s.inStack[s0] = false
	case a%2 == 0: // left
		s.addArc(s.b, s0, (a-2)/2)
		s.stack = s.stack[:len(s.stack)-1]
		s.inStack[s0] = false
	default: // right
		s.addArc(s0, s.b, (a-3)/2)
		s.stack = append(s.stack, s.b)
		s.inStack[s.b] = true
		s.b++
	}
}

// costs fills cost[a] with the number of gold arcs (a wrong label counts
// as one) that action a makes unreachable, for every valid action, and
// math.MaxInt32 for invalid ones. This is the dynamic oracle of Goldberg
// and Nivre (2012) for the arc-eager system.
func (s *state) costs(gh, gl []int, rootLabel, nlabels int, cost []int) {
	for i := range cost {
		cost[i] = 1 << 30
	}
	if s.b > s.n {
		return
	}
	s0, b := s.s0(), s.b
	// s0's gold dependents still in the buffer.
	s0depsInBuf := 0
	for d := b; d <= s.n; d++ {
		if gh[d] == s0 {
			s0depsInBuf++
		}
	}
	// b's gold dependents in the stack that have no head yet.
	bDepsInStack := 0
	for _, k := range s.stack {
		if k != 0 && s.head[k] < 0 && gh[k] == b {
			bDepsInStack++
		}
	}
	bHeadInStack := s.inStack[gh[b]]
	// SHIFT
	c := bDepsInStack
	if bHeadInStack {
		c++
	}
	cost[actShift] = c
	// REDUCE
	if s.valid(actReduce, rootLabel) {
		cost[actReduce] = s0depsInBuf
	}
	// LEFT-ARC(l)
	if s0 != 0 && s.head[s0] < 0 {
		c := s0depsInBuf
		if gh[s0] > b {
			c++
		}
		for l := range nlabels {
			a := leftOf(l)
			if !s.valid(a, rootLabel) {
				continue
			}
			cost[a] = c
			if gh[s0] == b && gl[s0] != l {
				cost[a]++
			}
		}
	}
	// RIGHT-ARC(l)
	c = bDepsInStack
	if gh[b] != s0 && (bHeadInStack || gh[b] > b) {
		c++
	}
	for l := range nlabels {
		a := rightOf(l)
		if !s.valid(a, rootLabel) {
			continue
		}
		cost[a] = c
		if gh[b] == s0 && gl[b] != l {
			cost[a]++
		}
	}
}
