// Command cluster learns the word table the NER tagger uses as features
// (ner/clusters.tsv.gz) from unlabelled news text: for each frequent word,
// a coarse and a fine distributional cluster (k-means over randomly
// projected positive-PMI vectors of its left and right neighbours), and for
// a larger vocabulary how often the word is written with a capital letter
// where no sentence starts. Only this learned table is committed, never the
// text it was learned from.
//
// Usage, from the repository root:
//
//	go run ./ner/cluster -out ner/clusters.tsv.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/jsonl"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/ner"
)

func main() {
	in := flag.String("in", "data/corpus/bench.jsonl.gz", "JSONL news corpus (shared-data path or file)")
	out := flag.String("out", "ner/clusters.tsv.gz", "where to write the table")
	vocab := flag.Int("vocab", 40000, "words given clusters")
	capVocab := flag.Int("cap-vocab", 120000, "words given a capitalisation class")
	contexts := flag.Int("contexts", 2500, "context words")
	dims := flag.Int("dims", 256, "projected dimensions")
	fine := flag.Int("fine", 512, "fine clusters")
	coarse := flag.Int("coarse", 64, "coarse clusters")
	flag.Parse()
	if err := run(*in, *out, *vocab, *capVocab, *contexts, *dims, *fine, *coarse); err != nil {
		fmt.Fprintln(os.Stderr, "cluster:", err)
		os.Exit(1)
	}
}

// tokens calls emit with each word of text, telling whether it starts a
// sentence (only punctuation before it in the sentence).
func tokens(text string, emit func(w string, start bool)) {
	for _, sent := range ner.Words(text) {
		start := true
		for _, w := range sent {
			emit(w, start)
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) || unicode.IsDigit(r) {
				start = false
			}
		}
	}
}

func run(in, out string, nVocab, nCap, nCtx, dims, kFine, kCoarse int) error {
	p := shared.PathOr(in)
	r, err := jsonl.Open(p)
	if err != nil {
		return err
	}
	defer r.Close()
	// Pass 1: read every article into lower-cased token ids, counting.
	ids := map[string]int32{}
	var words []string
	var count, capCount, midCount []int
	var seq []int32 // -1 separates paragraphs
	arts := 0
	for r.Next() {
		var a struct{ Title, Text string }
		if err := r.Decode(&a); err != nil {
			continue
		}
		arts++
		for _, para := range strings.Split(a.Text, "\n\n") {
			tokens(para, func(w string, start bool) {
				lw := strings.ToLower(w)
				id, ok := ids[lw]
				if !ok {
					id = int32(len(words))
					ids[lw] = id
					words = append(words, lw)
					count = append(count, 0)
					capCount = append(capCount, 0)
					midCount = append(midCount, 0)
				}
				count[id]++
				if !start {
					midCount[id]++
					if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
						capCount[id]++
					}
				}
				seq = append(seq, id)
			})
			seq = append(seq, -1)
		}
	}
	if err := r.Err(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d articles, %d tokens, %d types\n", arts, len(seq), len(words))
	byFreq := make([]int32, len(words))
	for i := range byFreq {
		byFreq[i] = int32(i)
	}
	sort.Slice(byFreq, func(a, b int) bool {
		if count[byFreq[a]] != count[byFreq[b]] {
			return count[byFreq[a]] > count[byFreq[b]]
		}
		return words[byFreq[a]] < words[byFreq[b]]
	})
	nVocab = min(nVocab, len(words))
	nCap = min(nCap, len(words))
	nCtx = min(nCtx, len(words))
	row := make([]int32, len(words)) // vocabulary row, or -1
	ctx := make([]int32, len(words)) // context column, or -1
	for i := range row {
		row[i], ctx[i] = -1, -1
	}
	for i, id := range byFreq[:nVocab] {
		row[id] = int32(i)
	}
	for i, id := range byFreq[:nCtx] {
		ctx[id] = int32(i)
	}
	// Pass 2: co-occurrence counts with the left and right neighbours.
	width := 2 * nCtx
	co := make([]float32, nVocab*width)
	for i, id := range seq {
		if id < 0 || row[id] < 0 {
			continue
		}
		base := int(row[id]) * width
		if i > 0 && seq[i-1] >= 0 && ctx[seq[i-1]] >= 0 {
			co[base+int(ctx[seq[i-1]])]++
		}
		if i+1 < len(seq) && seq[i+1] >= 0 && ctx[seq[i+1]] >= 0 {
			co[base+nCtx+int(ctx[seq[i+1]])]++
		}
	}
	// Positive PMI, then a random projection to dims, L2-normalised.
	rowSum := make([]float64, nVocab)
	colSum := make([]float64, width)
	var total float64
	for v := 0; v < nVocab; v++ {
		for c := 0; c < width; c++ {
			x := float64(co[v*width+c])
			rowSum[v] += x
			colSum[c] += x
			total += x
		}
	}
	rng := rand.New(rand.NewSource(1))
	proj := make([]float32, width*dims)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	// The left and right contexts are projected and normalised apart, so
	// that neither side drowns the other.
	vec := make([]float32, nVocab*dims)
	half := dims / 2
	for v := 0; v < nVocab; v++ {
		for c := 0; c < width; c++ {
			out := vec[v*dims : v*dims+half]
			if c >= nCtx {
				out = vec[v*dims+half : (v+1)*dims]
			}
			x := float64(co[v*width+c])
			if x == 0 {
				continue
			}
			pmi := math.Log(x * total / (rowSum[v] * math.Pow(colSum[c], 0.75) * math.Pow(total, 0.25)))
			if pmi <= 0 {
				continue
			}
			pr := proj[c*dims : (c+1)*dims]
			for d := range out {
				out[d] += float32(pmi) * pr[d]
			}
		}
		normalise(vec[v*dims : v*dims+half])
		normalise(vec[v*dims+half : (v+1)*dims])
		normalise(vec[v*dims : (v+1)*dims])
	}
	co = nil
	fmt.Fprintf(os.Stderr, "vectors for %d words; clustering into %d\n", nVocab, kFine)
	fineOf, cent := kmeans(vec, nVocab, dims, kFine, 15, rng)
	coarseOfFine, _ := kmeans(cent, kFine, dims, kCoarse, 30, rng)
	// Write the table: word, coarse, fine, capitalisation class.
	wf, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(wf, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# sitrep NER word table: word, coarse cluster, fine cluster, capitalisation class (0 <5%%, 1 <50%%, 2 <90%%, 3 >=90%% capitalised where no sentence starts).\n# Learned by ner/cluster from %d unlabelled news articles; go run ./ner/cluster to rebuild.\n", arts)
	for i, id := range byFreq[:nCap] {
		if midCount[id] < 3 {
			continue
		}
		c := float64(capCount[id]) / float64(midCount[id])
		cls := 0
		switch {
		case c >= 0.9:
			cls = 3
		case c >= 0.5:
			cls = 2
		case c >= 0.05:
			cls = 1
		}
		w := words[id]
		if strings.ContainsAny(w, "\t\n") {
			continue
		}
		if i < nVocab {
			fi := fineOf[i]
			fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", w, coarseOfFine[fi], fi, cls)
		} else {
			fmt.Fprintf(bw, "%s\t-\t-\t%d\n", w, cls)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return wf.Close()
}

func normalise(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	k := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= k
	}
}

// kmeans clusters n unit vectors of dims by cosine (spherical k-means) and
// returns each vector's cluster and the centroids.
func kmeans(vec []float32, n, dims, k, iters int, rng *rand.Rand) ([]int, []float32) {
	cent := make([]float32, k*dims)
	for c, i := range rng.Perm(n)[:k] {
		copy(cent[c*dims:(c+1)*dims], vec[i*dims:(i+1)*dims])
	}
	assign := make([]int, n)
	for it := 0; it < iters; it++ {
		moved := 0
		for i := 0; i < n; i++ {
			v := vec[i*dims : (i+1)*dims]
			best, bs := 0, float32(-2)
			for c := 0; c < k; c++ {
				ce := cent[c*dims : (c+1)*dims]
				var s float32
				for d := range v {
					s += v[d] * ce[d]
				}
				if s > bs {
					best, bs = c, s
				}
			}
			if assign[i] != best || it == 0 {
				moved++
			}
			assign[i] = best
		}
		for i := range cent {
			cent[i] = 0
		}
		for i := 0; i < n; i++ {
			ce := cent[assign[i]*dims : (assign[i]+1)*dims]
			for d, x := range vec[i*dims : (i+1)*dims] {
				ce[d] += x
			}
		}
		for c := 0; c < k; c++ {
			normalise(cent[c*dims : (c+1)*dims])
		}
		fmt.Fprintf(os.Stderr, "k-means %d: iteration %d, %d moved\n", k, it+1, moved)
		if moved == 0 {
			break
		}
	}
	return assign, cent
}
