// Package segeval measures sentence segmentation and tokenization against
// the gold segmentation of a CoNLL-U treebank.
//
// The raw text of each treebank document is rebuilt from the sentences'
// "# text" lines: sentences are joined by a space, and a blank line is put
// before each "# newpar" or "# newdoc". The gold sentences and syntactic
// words then have character spans in that text (the words of a multiword
// token such as "don't" get the parts of the surface they spell: "do",
// "n't"). sitrep's text layer reads the same text as plain text and its
// sentences and tokens are compared with the gold ones as sets of byte
// spans [start, end): a span counts as correct only when both ends match.
package segeval

import (
	"fmt"
	"io"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/prf"
	"github.com/sitrep/sitrep/text"
)

// PRF holds the counts of one measure and derives precision, recall and F1.
type PRF = prf.Counts

// Result is the evaluation of one treebank file.
type Result struct {
	Docs int
	// Sentences compares sentence spans; Boundaries compares sentence end
	// offsets only; Tokens compares syntactic-word spans.
	Sentences, Boundaries, Tokens PRF
	// Errors lists up to MaxErrors examples of missed or spurious
	// sentence boundaries, for inspection.
	Errors []string
}

// Options controls Evaluate.
type Options struct {
	// Limit stops after this many documents (0 = all).
	Limit int
	// MaxErrors is how many boundary errors to keep as examples.
	MaxErrors int
	// TokenErrors keeps token errors instead of boundary errors.
	TokenErrors bool
}

// Evaluate reads a CoNLL-U file (gzipped or not) and scores the text layer
// against it.
func Evaluate(path string, opts Options) (Result, error) {
	r, closer, err := conllu.Open(path)
	if err != nil {
		return Result{}, fmt.Errorf("segment eval: %w", err)
	}
	defer closer.Close()
	var res Result
	var group []*conllu.Sentence
	flush := func() {
		if len(group) > 0 {
			res.add(conllu.ToDocument(fmt.Sprintf("doc%d", res.Docs), group), opts)
			res.Docs++
		}
		group = nil
	}
	for {
		s, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return res, fmt.Errorf("segment eval: %s: %w", path, err)
		}
		if s.NewDoc() {
			flush()
			if opts.Limit > 0 && res.Docs >= opts.Limit {
				return res, nil
			}
		}
		group = append(group, s)
	}
	flush()
	return res, nil
}

type span struct{ a, b int }

func (res *Result) add(gold *doc.Document, opts Options) {
	sys := doc.New(gold.ID, gold.Text)
	text.Segment(sys)

	gs, ss := map[span]bool{}, map[span]bool{}
	gb, sb := map[int]bool{}, map[int]bool{}
	gt, st := map[span]bool{}, map[span]bool{}
	for _, s := range gold.Sentences {
		gs[span{s.Start, s.End}] = true
		gb[s.End] = true
		for _, t := range s.Tokens {
			gt[span{t.Start, t.End}] = true
		}
	}
	for _, s := range sys.Sentences {
		ss[span{s.Start, s.End}] = true
		sb[s.End] = true
		for _, t := range s.Tokens {
			st[span{t.Start, t.End}] = true
		}
	}
	count := func(p *PRF, g, s int, correct int) {
		p.Gold += g
		p.System += s
		p.Correct += correct
	}
	count(&res.Sentences, len(gs), len(ss), overlap(gs, ss))
	count(&res.Boundaries, len(gb), len(sb), overlap(gb, sb))
	count(&res.Tokens, len(gt), len(st), overlap(gt, st))
	if len(res.Errors) >= opts.MaxErrors {
		return
	}
	txt := gold.Text
	ctx := func(p int) string {
		a, b := max(p-60, 0), min(p+40, len(txt))
		for a > 0 && a < len(txt) && txt[a]&0xC0 == 0x80 {
			a--
		}
		for b < len(txt) && txt[b]&0xC0 == 0x80 {
			b++
		}
		return fmt.Sprintf("%q|%q", txt[a:p], txt[p:b])
	}
	if opts.TokenErrors {
		for sp := range gt {
			if !st[sp] && len(res.Errors) < opts.MaxErrors {
				res.Errors = append(res.Errors, fmt.Sprintf("missed token %q in %s", txt[sp.a:sp.b], ctx(sp.a)))
			}
		}
		for sp := range st {
			if !gt[sp] && len(res.Errors) < opts.MaxErrors {
				res.Errors = append(res.Errors, fmt.Sprintf("spurious token %q in %s", txt[sp.a:sp.b], ctx(sp.a)))
			}
		}
		return
	}
	for p := range gb {
		if !sb[p] && len(res.Errors) < opts.MaxErrors {
			res.Errors = append(res.Errors, "missed   "+ctx(p))
		}
	}
	for p := range sb {
		if !gb[p] && len(res.Errors) < opts.MaxErrors {
			res.Errors = append(res.Errors, "spurious "+ctx(p))
		}
	}
}

func overlap[K comparable](a, b map[K]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}
