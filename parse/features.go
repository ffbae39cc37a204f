package parse

import (
	"strings"

	"github.com/sitrep/sitrep/tag/perceptron"
)

var (
	hNone = perceptron.Hash("<none>")
	hRoot = perceptron.Hash("<root>")
)

// sentence holds the hashed words and tags of the input.
type sentence struct {
	w, p []uint64 // index 0 is the root
	// punct[i] counts the punctuation words among words 1..i.
	punct []int32
	// c4 and c6 are the hashed 4- and 6-bit prefixes of each word's
	// class; nil when the parser has no word classes.
	c4, c6 []uint64
}

// between returns the number of punctuation words strictly between words
// i < j, capped at 3.
func (x *sentence) between(i, j int) uint64 {
	if i < 0 || j < 0 || j <= i+1 {
		return 0
	}
	return uint64(min(x.punct[j-1]-x.punct[i], 3))
}

func m1(t, a uint64) uint64       { return perceptron.Mix(t, a) }
func m2(t, a, b uint64) uint64    { return perceptron.Mix(perceptron.Mix(t, a), b) }
func m3(t, a, b, c uint64) uint64 { return perceptron.Mix(perceptron.Mix(perceptron.Mix(t, a), b), c) }

// features appends the Zhang and Nivre (2011) feature set of the
// configuration, plus a few on the second stack item.
func features(s *state, x *sentence, out []uint64) []uint64 {
	wp := func(i int) (uint64, uint64) {
		if i < 0 {
			return hNone, hNone
		}
		return x.w[i], x.p[i]
	}
	lab := func(i int) uint64 {
		if i <= 0 || s.label[i] < 0 {
			return hNone
		}
		return uint64(s.label[i])
	}
	s0, n0, n1, n2, s1 := -1, -1, -1, -1, -1
	if len(s.stack) > 0 {
		s0 = s.s0()
	}
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	if s.b <= s.n {
		n0 = s.b
	}
	if s.b+1 <= s.n {
		n1 = s.b + 1
	}
	if s.b+2 <= s.n {
		n2 = s.b + 2
	}
	dep := func(v []int, i int) int {
		if i < 0 || v[i] == 0 {
			return -1
		}
		return v[i]
	}
	s0h, s0h2 := -1, -1
	if s0 > 0 && s.head[s0] >= 0 {
		s0h = s.head[s0]
		if s0h > 0 && s.head[s0h] >= 0 {
			s0h2 = s.head[s0h]
		}
	}
	s0l, s0l2, s0r, s0r2 := dep(s.l1, s0), dep(s.l2, s0), dep(s.r1, s0), dep(s.r2, s0)
	n0l, n0l2 := dep(s.l1, n0), dep(s.l2, n0)

	s0w, s0p := wp(s0)
	n0w, n0p := wp(n0)
	n1w, n1p := wp(n1)
	n2w, n2p := wp(n2)
	s1w, s1p := wp(s1)
	s0hw, s0hp := wp(s0h)
	s0h2w, s0h2p := wp(s0h2)
	s0lw, s0lp := wp(s0l)
	s0l2w, s0l2p := wp(s0l2)
	s0rw, s0rp := wp(s0r)
	s0r2w, s0r2p := wp(s0r2)
	n0lw, n0lp := wp(n0l)
	n0l2w, n0l2p := wp(n0l2)

	d := uint64(99)
	if s0 >= 0 && n0 >= 0 {
		d = uint64(min(n0-s0, 5))
		if s0 == 0 {
			d = 98
		}
	}
	var s0vl, s0vr, n0vl, s0sl, s0sr, n0sl uint64 = 99, 99, 99, 0, 0, 0
	if s0 >= 0 {
		s0vl, s0vr, s0sl, s0sr = uint64(s.nl[s0]), uint64(s.nr[s0]), s.lset[s0], s.rset[s0]
	}
	if n0 >= 0 {
		n0vl, n0sl = uint64(s.nl[n0]), s.lset[n0]
	}
	pb := x.between(s0, n0)
	hasHead := uint64(0)
	if s0 > 0 && s.head[s0] >= 0 {
		hasHead = 1
	}
	s0wp := m1(s0w, s0p)
	n0wp := m1(n0w, n0p)
	out = append(out,
		1,
		// single words
		m1(2, s0wp), m1(3, s0w), m1(4, s0p),
		m1(5, n0wp), m1(6, n0w), m1(7, n0p),
		m2(8, n1w, n1p), m1(9, n1w), m1(10, n1p),
		m2(11, n2w, n2p), m1(12, n2w), m1(13, n2p),
		// pairs
		m2(14, s0wp, n0wp), m2(15, s0wp, n0w), m2(16, s0w, n0wp),
		m2(17, s0wp, n0p), m2(18, s0p, n0wp), m2(19, s0w, n0w),
		m2(20, s0p, n0p), m2(21, n0p, n1p),
		// three words
		m3(22, n0p, n1p, n2p), m3(23, s0p, n0p, n1p), m3(24, s0hp, s0p, n0p),
		m3(25, s0p, s0lp, n0p), m3(26, s0p, s0rp, n0p), m3(27, s0p, n0p, n0lp),
		// distance
		m2(28, s0w, d), m2(29, s0p, d), m2(30, n0w, d), m2(31, n0p, d),
		m3(32, s0w, n0w, d), m3(33, s0p, n0p, d),
		// valency
		m2(34, s0w, s0vr), m2(35, s0p, s0vr), m2(36, s0w, s0vl), m2(37, s0p, s0vl),
		m2(38, n0w, n0vl), m2(39, n0p, n0vl),
		// unigrams of heads and dependents
		m1(40, s0hw), m1(41, s0hp), m1(42, lab(s0)),
		m1(43, s0lw), m1(44, s0lp), m1(45, lab(s0l)),
		m1(46, s0rw), m1(47, s0rp), m1(48, lab(s0r)),
		m1(49, n0lw), m1(50, n0lp), m1(51, lab(n0l)),
		// third order
		m1(52, s0h2w), m1(53, s0h2p), m1(54, lab(s0h)),
		m1(55, s0l2w), m1(56, s0l2p), m1(57, lab(s0l2)),
		m1(58, s0r2w), m1(59, s0r2p), m1(60, lab(s0r2)),
		m1(61, n0l2w), m1(62, n0l2p), m1(63, lab(n0l2)),
		m3(64, s0p, s0lp, s0l2p), m3(65, s0p, s0rp, s0r2p),
		m3(66, s0p, s0hp, s0h2p), m3(67, n0p, n0lp, n0l2p),
		// label sets
		m2(68, s0w, s0sr), m2(69, s0p, s0sr), m2(70, s0w, s0sl), m2(71, s0p, s0sl),
		m2(72, n0w, n0sl), m2(73, n0p, n0sl),
		// second stack item and head status
		m3(74, s1p, s0p, n0p), m1(75, s1w), m1(76, s1p), m2(77, s1p, s0p),
		m3(78, hasHead, s0p, n0p), m2(79, n0w, n1p), m2(80, n0p, n1w),
		m3(81, s0p, n0p, lab(s0)),
		// punctuation between the stack top and the buffer front
		m3(82, s0p, n0p, pb), m3(83, s0w, n0p, pb), m3(84, s0p, n0w, pb),
	)
	if x.c4 == nil {
		return out
	}
	c := func(v []uint64, i int) uint64 {
		if i < 0 {
			return hNone
		}
		return v[i]
	}
	s0c4, n0c4, n1c4, s0hc4 := c(x.c4, s0), c(x.c4, n0), c(x.c4, n1), c(x.c4, s0h)
	s0c6, n0c6 := c(x.c6, s0), c(x.c6, n0)
	return append(out,
		// word classes (Koo, Carreras and Collins 2008)
		m1(90, s0c4), m1(91, n0c4), m1(92, n1c4), m1(93, s0c6), m1(94, n0c6),
		m2(95, s0c4, n0c4), m2(96, s0c4, n0p), m2(97, s0p, n0c4), m2(98, s0c6, n0p),
		m2(99, s0p, n0c6), m2(100, s0hc4, s0c4), m2(101, n0c4, n1c4),
	)
}

// wordClass is the hashed 4- and 6-bit prefixes of a word's class.
type wordClass struct{ c4, c6 uint64 }

// classTable holds the hierarchical word classes the parser's class
// templates read, by word form as written and lowercased.
type classTable map[string]wordClass

// newClassTable builds the table of words[i], whose class is bits[i].
func newClassTable(words, bits []string) classTable {
	t := make(classTable, len(words))
	for i, w := range words {
		bits := bits[i]
		t[w] = wordClass{
			perceptron.Hash("c4=" + bits[:min(4, len(bits))]),
			perceptron.Hash("c6=" + bits[:min(6, len(bits))]),
		}
	}
	return t
}

// lookup returns the class of a word as written, else lowercased, else
// the class of unknown words.
func (t classTable) lookup(w string) wordClass {
	if c, ok := t[w]; ok {
		return c
	}
	if c, ok := t[strings.ToLower(w)]; ok {
		return c
	}
	return wordClass{hNone, hNone}
}
