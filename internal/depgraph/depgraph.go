// Package depgraph walks the dependency tree of one sentence (doc.Token's
// 1-based Head) for the stages that attach dates and amounts to events.
package depgraph

import (
	"sort"

	"github.com/sitrep/sitrep/doc"
)

// Graph is the dependency tree of a sentence's tokens.
type Graph struct {
	toks   []doc.Token
	parsed bool
}

// New returns the graph of toks. It is Parsed only if some token has a
// head and every head is within the sentence.
func New(toks []doc.Token) Graph {
	g := Graph{toks: toks}
	for _, t := range toks {
		if t.Head < 0 || t.Head > len(toks) {
			return Graph{toks: toks}
		}
		if t.Head > 0 {
			g.parsed = true
		}
	}
	return g
}

// Parsed reports whether the sentence has a usable tree.
func (g Graph) Parsed() bool { return g.parsed }

// Len returns the number of tokens.
func (g Graph) Len() int { return len(g.toks) }

// Head returns the 0-based index of token i's head, or -1 for the root.
func (g Graph) Head(i int) int {
	if i < 0 || i >= len(g.toks) {
		return -1
	}
	return g.toks[i].Head - 1
}

// Ancestors returns i and its heads up to the root, stopping at a cycle.
func (g Graph) Ancestors(i int) []int {
	var out []int
	for k := i; k >= 0 && len(out) <= len(g.toks); k = g.Head(k) {
		out = append(out, k)
	}
	return out
}

// Tokens returns the indexes of the tokens inside the byte span.
func (g Graph) Tokens(start, end int) []int {
	i := sort.Search(len(g.toks), func(i int) bool { return g.toks[i].End > start })
	var out []int
	for ; i < len(g.toks) && g.toks[i].Start < end; i++ {
		out = append(out, i)
	}
	return out
}

// HeadOf returns the token of the byte span whose head lies outside it (the
// syntactic head of a phrase), or -1 if no token is in the span.
func (g Graph) HeadOf(start, end int) int {
	in := g.Tokens(start, end)
	if len(in) == 0 {
		return -1
	}
	inside := func(k int) bool { return k >= in[0] && k <= in[len(in)-1] }
	for _, k := range in {
		if !inside(g.Head(k)) {
			return k
		}
	}
	return in[len(in)-1]
}

// ClauseHead returns the nearest ancestor of i (i itself included) that is
// a verb or the root, the head of the clause i belongs to.
func (g Graph) ClauseHead(i int) int {
	last := i
	for _, k := range g.Ancestors(i) {
		last = k
		switch g.toks[k].UPOS {
		case "VERB", "AUX":
			return k
		}
		switch g.toks[k].Rel {
		case "root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis":
			return k
		}
	}
	return last
}

// Rel returns token i's relation.
func (g Graph) Rel(i int) string {
	if i < 0 || i >= len(g.toks) {
		return ""
	}
	return g.toks[i].Rel
}

// InSubordinate reports whether token i lies in a subordinate clause
// (relative, adverbial, complement or participle clause) whose head is not
// on chain, the ancestors of another token.
func (g Graph) InSubordinate(i int, chain []int) bool {
	if i < 0 {
		return false
	}
	on := make(map[int]bool, len(chain))
	for _, a := range chain {
		on[a] = true
	}
	for _, k := range g.Ancestors(i) {
		if on[k] {
			return false
		}
		switch g.Rel(k) {
		case "acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis":
			return true
		}
	}
	return false
}
