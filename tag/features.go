package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/tag/perceptron"
)

// word is what the tagger precomputes once per token.
type word struct {
	lower  uint64 // lowercased form
	form   uint64 // form as written
	seg    uint64 // last segment of a hyphenated word
	shape  uint64 // compressed word shape (Xx, dd, x-x ...)
	pre    [3]uint64
	suf    [4]uint64
	amb    uint64                     // ambiguity class: the tags seen with the word
	capc   uint64                     // word-table capitalisation class of a word without ambiguity class (else noCapital)
	cls    [len(classPrefixes)]uint64 // hashed prefixes of the word's class bit string
	flags  uint64
	lowerS string
	// dict is the class of a frequent unambiguous form (the tagger's
	// dictionary), -1 for the others.
	dict int32
}

// noSegment is the seg value of words without a hyphen.
const noSegment = 1 << 20

// noClass is the class of words the word-class table lacks.
var noClass = perceptron.Hash("<no class>")

// noCapital is the capitalisation class of words the word table lacks.
const noCapital = 9

const (
	flagUpper = 1 << iota
	flagTitle
	flagDigit
	flagHyphen
	flagFirst
	flagAllDigits
)

// feature template ids
const (
	fBias uint64 = iota + 1
	fW
	fShape
	fPre1
	fPre2
	fPre3
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fFlags
	fWm1
	fWp1
	fWm2
	fWp2
	fSufm1
	fSufp1
	fT1
	fT2
	fT12
	fT1W
	fWm1W
	fWWp1
	fAmb
	fAmbp1
	fAmbp2
	fAmbm1
	fT1Ambp1
	fShapem1
	fShapep1
	fWShapep1
	fT1Suf3
	fAmbWp1
)

// Template ids are part of the model files; ids 34 to 43 belonged to
// distributional-class features that gave no gain and were retired.
const (
	fForm uint64 = 44 + iota
	fSeg
	fFormFirst
	// word-table capitalisation classes, only when the tagger has them
	fCap
	fCapT1
	fCapNb
	fCapAmb
)

// Hierarchical word-class templates, only when the tagger has classes:
// prefixes of 6 and 10 bits and the whole bit string of the word, and the
// whole strings of the words before and after it. Ids 80, 84 and 85
// belonged to prefixes of 4 bits, tried and dropped.
const (
	fCls6      uint64 = 81
	fCls10     uint64 = 82
	fClsFull   uint64 = 83
	fClsm1Full uint64 = 86
	fClsp1Full uint64 = 87
)

// classPrefixes are the lengths of the class bit-string prefixes of a
// word (0: the whole string). Denser prefixes of 4 bits and the
// neighbours' prefixes as well (8 templates) tagged EWT dev no better and
// cost a tenth of the tagging speed.
var classPrefixes = [...]int{6, 10, 0}

// featureSet tells which optional feature groups a tagger uses.
type featureSet uint8

const (
	withCaps featureSet = 1 << iota
	withClasses
)

// Templates of the second pass, which sees the first pass's tags of the
// words to the right.
const (
	fR0 uint64 = 60 + iota
	fR1
	fR2
	fR12
	fT1R1
	fWR1
	fR0R1
	fAmbR1
	fWR0
)

var (
	hStart = perceptron.Hash("<s>")
	hEnd   = perceptron.Hash("</s>")
)

func f1(t, a uint64) uint64    { return perceptron.Mix(t, a) }
func f2(t, a, b uint64) uint64 { return perceptron.Mix(perceptron.Mix(t, a), b) }

// prepare fills the per-token data of a sentence, from the cache of
// known word forms where it can.
func (tg *Tagger) prepare(forms []string, ws []word) {
	for i, f := range forms {
		w := &ws[i]
		if c, ok := tg.cache[f]; ok {
			*w = *c
		} else {
			tg.describe(f, w)
		}
		if i == 0 {
			w.flags |= flagFirst
		}
	}
}

// buildCache precomputes the word data of the forms in the lexicon, in
// lowercase and capitalised spelling, and of the dictionary's forms.
func (tg *Tagger) buildCache() {
	tg.cache = make(map[string]*word, 2*len(tg.amb))
	add := func(f string) {
		if _, ok := tg.cache[f]; !ok {
			w := new(word)
			tg.describe(f, w)
			tg.cache[f] = w
		}
	}
	for low := range tg.amb {
		add(low)
		add(capitalize(low))
	}
	for f := range tg.dict {
		add(f)
	}
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// describe computes the word data of form f (without the position flag).
func (tg *Tagger) describe(f string, w *word) {
	low := strings.ToLower(f)
	w.lowerS = low
	w.lower = perceptron.Hash(low)
	w.form = perceptron.Hash(f)
	w.seg = noSegment
	if k := strings.LastIndexByte(low, '-'); k > 0 && k < len(low)-1 {
		w.seg = perceptron.Hash(low[k+1:])
	}
	w.shape = perceptron.Hash(shape(f))
	for k := range w.pre {
		w.pre[k] = perceptron.Hash(prefix(low, k+1))
	}
	for k := range w.suf {
		w.suf[k] = perceptron.Hash(suffix(low, k+1))
	}
	w.amb = tg.amb[low]
	w.dict = -1
	if c, ok := tg.dict[f]; ok {
		w.dict = c
	}
	bits, ok := tg.classes[f]
	if !ok {
		bits, ok = tg.classes[low]
	}
	for k, n := range classPrefixes {
		switch {
		case !ok:
			w.cls[k] = noClass
		case n == 0 || n >= len(bits):
			w.cls[k] = perceptron.Hash(bits)
		default:
			w.cls[k] = perceptron.Hash(bits[:n])
		}
	}
	// Only words the lexicon has no ambiguity class for: for the others
	// the treebank knows better ("Nigerian" is an adjective in UD though
	// news always capitalises it).
	w.capc = noCapital
	if c, ok := tg.caps[low]; ok && w.amb == 0 {
		w.capc = uint64(c)
	}
	var fl uint64
	r, _ := utf8.DecodeRuneInString(f)
	if unicode.IsUpper(r) {
		fl |= flagTitle
		if strings.ToUpper(f) == f && len(f) > 1 {
			fl |= flagUpper
		}
	}
	digits := 0
	for _, c := range f {
		if c >= '0' && c <= '9' {
			digits++
		}
		if c == '-' {
			fl |= flagHyphen
		}
	}
	if digits > 0 {
		fl |= flagDigit
		if digits == len(f) {
			fl |= flagAllDigits
		}
	}
	w.flags = fl
}

// features appends the features of token i given the tags already chosen
// for the tokens before it; fs adds the optional groups: the word table's
// capitalisation classes and the hierarchical word classes.
func features(ws []word, i int, prev []int, fs featureSet, out []uint64) []uint64 {
	w := &ws[i]
	at := func(j int) (uint64, uint64, uint64, uint64) { // lower, suf3, amb, shape
		if j < 0 {
			return hStart, hStart, hStart, hStart
		}
		if j >= len(ws) {
			return hEnd, hEnd, hEnd, hEnd
		}
		return ws[j].lower, ws[j].suf[2], ws[j].amb, ws[j].shape
	}

	t1, t2 := uint64(1000), uint64(1000)
	if i > 0 {
		t1 = uint64(prev[i-1])
	}
	if i > 1 {
		t2 = uint64(prev[i-2])
	}
	wm1, sm1, am1, shm1 := at(i - 1)
	wp1, sp1, ap1, shp1 := at(i + 1)
	wm2, _, _, _ := at(i - 2)
	wp2, _, ap2, _ := at(i + 2)
	out = append(out,
		fBias,
		f1(fW, w.lower),
		f1(fShape, w.shape),
		f1(fPre1, w.pre[0]), f1(fPre2, w.pre[1]), f1(fPre3, w.pre[2]),
		f1(fSuf1, w.suf[0]), f1(fSuf2, w.suf[1]), f1(fSuf3, w.suf[2]), f1(fSuf4, w.suf[3]),
		f1(fFlags, w.flags),
		f1(fWm1, wm1), f1(fWp1, wp1), f1(fWm2, wm2), f1(fWp2, wp2),
		f1(fSufm1, sm1), f1(fSufp1, sp1),
		f1(fT1, t1), f1(fT2, t2), f2(fT12, t1, t2), f2(fT1W, t1, w.lower),
		f2(fWm1W, wm1, w.lower), f2(fWWp1, w.lower, wp1),
		f1(fAmb, w.amb), f1(fAmbp1, ap1), f1(fAmbp2, ap2), f1(fAmbm1, am1),
		f2(fT1Ambp1, t1, ap1),
		f1(fShapem1, shm1), f1(fShapep1, shp1), f2(fWShapep1, w.lower, shp1),
		f2(fT1Suf3, t1, w.suf[2]),
		f2(fAmbWp1, w.amb, wp1),
		f1(fForm, w.form), f2(fFormFirst, w.form, w.flags&flagFirst),
	)
	// Only hyphenated words have a last segment: for the others the
	// feature would be a second bias, as costly to score as any.
	if w.seg != noSegment {
		out = append(out, f1(fSeg, w.seg))
	}
	if fs&withClasses != 0 {
		mf, pf := hStart, hEnd
		if i > 0 {
			mf = ws[i-1].cls[2]
		}
		if i+1 < len(ws) {
			pf = ws[i+1].cls[2]
		}
		out = append(out,
			f1(fCls6, w.cls[0]), f1(fCls10, w.cls[1]), f1(fClsFull, w.cls[2]),
			f1(fClsm1Full, mf), f1(fClsp1Full, pf),
		)
	}
	if fs&withCaps == 0 {
		return out
	}
	capAt := func(j int) uint64 {
		if j < 0 || j >= len(ws) {
			return noCapital + 1
		}
		return ws[j].capc
	}
	fl := w.flags & (flagTitle | flagUpper | flagFirst)
	return append(out,
		f2(fCap, w.capc, fl), f2(fCapT1, w.capc<<8|fl, t1),
		f2(fCapNb, capAt(i-1)<<8|w.capc<<4|capAt(i+1), fl), f2(fCapAmb, w.capc<<8|fl, w.amb),
	)
}

// shape maps letters to X/x, digits to d and keeps other characters,
// collapsing runs longer than two ("Washington" -> "Xxx", "1,200" -> "d,ddd"
// -> "d,dd").
func shape(s string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		last = c
		b.WriteRune(c)
		if b.Len() > 16 {
			break
		}
	}
	return b.String()
}

func prefix(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// features2 appends the features of token i in the second pass: those of
// the first pass plus the first-pass tags of token i and the two tokens
// after it.
func features2(ws []word, i int, prev, first []int, fs featureSet, out []uint64) []uint64 {
	out = features(ws, i, prev, fs, out)
	tag := func(j int) uint64 {
		if j >= len(first) {
			return 2000
		}
		return uint64(first[j])
	}
	t1 := uint64(1000)
	if i > 0 {
		t1 = uint64(prev[i-1])
	}
	r0, r1, r2 := tag(i), tag(i+1), tag(i+2)
	w := &ws[i]
	return append(out,
		f1(fR0, r0), f1(fR1, r1), f1(fR2, r2), f2(fR12, r1, r2),
		f2(fT1R1, t1, r1), f2(fWR1, w.lower, r1), f2(fR0R1, r0, r1),
		f2(fAmbR1, w.amb, r1), f2(fWR0, w.lower, r0),
	)
}

// sourceSalt marks the per-source copies of features (see
// sourceFeatures).
const sourceSalt = 0x5eed_50_0000

// sourceFeatures appends, for training on several treebanks, pairs of
// (copy, shared) keys: a copy of each of a few key features of token i
// conjoined with the sentence's source treebank src, next to the shared
// feature it copies. The word, its form, shape, case flags, ambiguity
// class, the previous tags and the bias get copies, where treebanks'
// conventions differ (GUM tags title-case nouns in headings as proper
// nouns more often than EWT does).
func sourceFeatures(ws []word, i int, prev []int, src int, out []uint64) []uint64 {
	w := &ws[i]
	t1, t2 := uint64(1000), uint64(1000)
	if i > 0 {
		t1 = uint64(prev[i-1])
	}
	if i > 1 {
		t2 = uint64(prev[i-2])
	}
	salt := uint64(sourceSalt + src)
	for _, k := range [...]uint64{
		fBias, f1(fW, w.lower), f1(fForm, w.form), f1(fShape, w.shape), f1(fFlags, w.flags),
		f1(fAmb, w.amb), f1(fT1, t1), f2(fT12, t1, t2),
	} {
		out = append(out, perceptron.Mix(k, salt), k)
	}
	return out
}
