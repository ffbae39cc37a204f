package ner

import (
	"bytes"
	"hash/maphash"
)

// Feature hashing. A feature is a template name and zero or more parts
// ("w-1w", previous word, word), written for training as the parts joined
// by 0x1f. Its hash combines the hashes of the parts, so that the tagger
// hashes each word, shape and class of a sentence once and combines them
// for every feature instead of hashing each feature's bytes anew.
// featureHash of the joined bytes and featurizer.hashes give the same
// value for the same feature (TestFeatureHashes).

// partHash hashes one part of a feature.
func partHash(s string) uint64 { return maphash.String(hashSeed, s) }

// hashStart is the hash of a feature before its first part.
const hashStart = 0x9e3779b97f4a7c15

// mix adds a part's hash x to h (splitmix64's finaliser over h^x; the
// order of the parts matters).
func mix(h, x uint64) uint64 {
	h ^= x
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 31
	h *= 0x94d049bb133111eb
	h ^= h >> 29
	return h
}

// featureHash hashes a feature written as its parts joined by 0x1f.
func featureHash(b []byte) uint64 {
	h := uint64(hashStart)
	for {
		i := bytes.IndexByte(b, 0x1f)
		if i < 0 {
			return mix(h, partHash(string(b)))
		}
		h = mix(h, partHash(string(b[:i])))
		b = b[i+1:]
	}
}

// template returns the hash of a feature's template name, the start of
// its hash.
func template(name string) uint64 { return mix(hashStart, partHash(name)) }

// Hashes of the templates and of the constant parts.
var (
	tB, tW, tS, tP1, tP3, tX2, tX3, tX4       = template("b"), template("w"), template("s"), template("p1"), template("p3"), template("x2"), template("x3"), template("x4")
	tWm1, tWp1, tWm2, tWp2, tSm1, tSp1        = template("w-1"), template("w+1"), template("w-2"), template("w+2"), template("s-1"), template("s+1")
	tSm1s, tSSp1, tWm1w, tWWp1                = template("s-1s"), template("ss+1"), template("w-1w"), template("ww+1")
	tTm1, tTm2Tm1, tTm1w, tTm1s               = template("t-1"), template("t-2t-1"), template("t-1w"), template("t-1s")
	tG, tGm1, tGp1, tGs, tFirst, tCaps        = template("g"), template("g-1"), template("g+1"), template("gs"), template("first"), template("caps")
	tOrgrun, tCapsent, tCC, tCF, tCCm1, tCCp1 = template("orgrun"), template("capsent"), template("cc"), template("cf"), template("cc-1"), template("cc+1")
	tCFm1, tCFp1, tCFS, tCap, tCapm1, tCapp1  = template("cf-1"), template("cf+1"), template("cfs"), template("cap"), template("cap-1"), template("cap+1")
	tTm1cap, tCapfirst, tFn, tFnm1            = template("t-1cap"), template("capfirst"), template("fn"), template("fn-1")

	hStart, hEnd, hNone, hEdge = partHash("<s>"), partHash("</s>"), partHash("-"), partHash("<>")
	hIn, hOrgEnd               = partHash("in"), partHash("end")
	// hTag[t+1] is the hash of tagName(t), t from -1.
	hTag = func() [nTags + 1]uint64 {
		var out [nTags + 1]uint64
		for t := -1; t < nTags; t++ {
			out[t+1] = partHash(tagName(t))
		}
		return out
	}()
)

// sentenceHashes are the part hashes of a sentence's positions; gaz has
// one per gazetteer tag given, which need not be one per word.
type sentenceHashes struct {
	lower, shape, gaz, coarse, fine, capital []uint64
}

// prepareHashes hashes the parts of every position of f's sentence.
func (f *featurizer) prepareHashes() {
	n := len(f.words)
	buf := make([]uint64, 5*n+len(f.gaz))
	h := &f.h
	h.lower, h.shape, h.coarse = buf[:n], buf[n:2*n], buf[2*n:3*n]
	h.fine, h.capital, h.gaz = buf[3*n:4*n], buf[4*n:5*n], buf[5*n:]
	for i, g := range f.gaz {
		h.gaz[i] = partHash(g)
	}
	for i := range n {
		h.lower[i] = partHash(f.lower[i])
		h.shape[i] = partHash(f.shape[i])
		c := f.class[i]
		h.coarse[i] = partHash(c.coarse)
		h.fine[i] = partHash(c.fine)
		h.capital[i] = partHash(c.capital)
	}
}

func (f *featurizer) hWord(i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(f.words):
		return hEnd
	}
	return f.h.lower[i]
}

func (f *featurizer) hShp(i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(f.words):
		return hEnd
	}
	return f.h.shape[i]
}

// hGz is the hash of gz(i).
func (f *featurizer) hGz(i int) uint64 {
	if i < 0 || i >= len(f.h.gaz) {
		return hNone
	}
	return f.h.gaz[i]
}

func (f *featurizer) hCls(i int) (coarse, fine, capital uint64) {
	if i < 0 || i >= len(f.words) {
		return hEdge, hEdge, hEdge
	}
	return f.h.coarse[i], f.h.fine[i], f.h.capital[i]
}

// hashes appends to out the hash of every feature of word i given the two
// previous tags, in the order of each, and returns it. prepareHashes must
// have run.
func (f *featurizer) hashes(i, prev, prev2 int, out []uint64) []uint64 {
	lw := f.lower[i]
	hl, hs := f.h.lower[i], f.h.shape[i]
	hp, hp2 := hTag[prev+1], hTag[prev2+1]
	out = append(out,
		tB,
		mix(tW, hl),
		mix(tS, hs),
		mix(tP1, partHash(prefix(lw, 1))),
		mix(tP3, partHash(prefix(lw, 3))),
		mix(tX2, partHash(suffix(lw, 2))),
		mix(tX3, partHash(suffix(lw, 3))),
		mix(tX4, partHash(suffix(lw, 4))),
		mix(tWm1, f.hWord(i-1)),
		mix(tWp1, f.hWord(i+1)),
		mix(tWm2, f.hWord(i-2)),
		mix(tWp2, f.hWord(i+2)),
		mix(tSm1, f.hShp(i-1)),
		mix(tSp1, f.hShp(i+1)),
		mix(mix(tSm1s, f.hShp(i-1)), hs),
		mix(mix(tSSp1, hs), f.hShp(i+1)),
		mix(mix(tWm1w, f.hWord(i-1)), hl),
		mix(mix(tWWp1, hl), f.hWord(i+1)),
		mix(tTm1, hp),
		mix(mix(tTm2Tm1, hp2), hp),
		mix(mix(tTm1w, hp), hl),
		mix(mix(tTm1s, hp), hs),
		mix(tG, f.hGz(i)),
		mix(tGm1, f.hGz(i-1)),
		mix(tGp1, f.hGz(i+1)),
		mix(mix(tGs, f.hGz(i)), hs),
	)
	if i == 0 {
		out = append(out, mix(tFirst, hs))
	}
	if isUpperWord(f.words[i]) {
		out = append(out, mix(tCaps, f.hWord(i-1)))
	}
	switch f.orgRun(i) {
	case "in":
		out = append(out, mix(tOrgrun, hIn))
	case "end":
		out = append(out, mix(tOrgrun, hOrgEnd))
	}
	if f.capsSentence {
		out = append(out, mix(tCapsent, hl))
	}
	cc, cf, ccap := f.h.coarse[i], f.h.fine[i], f.h.capital[i]
	pcc, pcf, pcap := f.hCls(i - 1)
	ncc, ncf, ncap := f.hCls(i + 1)
	out = append(out,
		mix(tCC, cc),
		mix(tCF, cf),
		mix(tCCm1, pcc),
		mix(tCCp1, ncc),
		mix(tCFm1, pcf),
		mix(tCFp1, ncf),
		mix(mix(tCFS, cf), hs),
		mix(mix(tCap, ccap), hs),
		mix(mix(tCapm1, pcap), f.hShp(i-1)),
		mix(mix(tCapp1, ncap), f.hShp(i+1)),
		mix(mix(tTm1cap, hp), ccap),
	)
	if i == 0 || f.capsSentence {
		out = append(out, mix(mix(tCapfirst, ccap), cc))
	}
	if f.firstName(i) {
		out = append(out, mix(tFn, f.hShp(i+1)))
	}
	if f.firstName(i - 1) {
		out = append(out, mix(tFnm1, hs))
	}
	return out
}
