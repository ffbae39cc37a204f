package ner

import (
	"fmt"
	"os"

	"github.com/sitrep/sitrep/internal/prf"
)

// Score holds the precision, recall and F1 counts for one entity type;
// System counts the spans the tagger proposed.
type Score = prf.Counts

type span struct {
	typ        string
	start, end int
}

// Spans returns the entity spans of a BIO tag sequence; an I- tag without
// its B- starts a span, as in conlleval.
func spans(tags []string) []span {
	var out []span
	for i := 0; i < len(tags); {
		t := tags[i]
		if len(t) < 3 {
			i++
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, span{typ, i, j})
		i = j
	}
	return out
}

// Evaluate compares predicted tags with gold tags, sentence by sentence,
// by exact span match, and returns scores per type and overall ("ALL").
func Evaluate(gold, pred [][]string) map[string]*Score {
	res := map[string]*Score{"ALL": {}}
	get := func(t string) *Score {
		if res[t] == nil {
			res[t] = &Score{}
		}
		return res[t]
	}
	for i := range gold {
		g := spans(gold[i])
		p := spans(pred[i])
		in := map[span]bool{}
		for _, s := range g {
			in[s] = true
			get(s.typ).Gold++
			res["ALL"].Gold++
		}
		for _, s := range p {
			get(s.typ).System++
			res["ALL"].System++
			if in[s] {
				get(s.typ).Correct++
				res["ALL"].Correct++
			}
		}
	}
	return res
}

// EvaluateFile tags every sentence of a CoNLL-2003 file with t and scores
// it against the file's PER, ORG and LOC entities (MISC is left out, as
// the tagger does not predict it).
func EvaluateFile(path string, t Tagger) (map[string]*Score, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("eval ner: %w", err)
	}
	defer f.Close()
	sents, err := ReadCoNLL2003(f)
	if err != nil {
		return nil, 0, fmt.Errorf("eval ner: %s: %w", path, err)
	}
	gold := make([][]string, len(sents))
	pred := make([][]string, len(sents))
	for i, s := range sents {
		gold[i] = s.Tags
		pred[i] = t.Tag(s.Words)
	}
	return Evaluate(gold, pred), len(sents), nil
}
