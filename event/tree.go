package event

import (
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// tree is one sentence with its dependency tree indexed for the coder.
// Token indexes are 0-based; head is -1 for the root.
type tree struct {
	d    *doc.Document
	si   int
	toks []doc.Token
	head []int
	kids [][]int
	// ent is, per token, the index in d.Entities of the mention covering
	// it, or -1.
	ent []int
	// lem is the lower-cased lemma (or word) of each token.
	lem []string
	// rels are the relations, with UD version 1 names mapped to
	// version 2 ("dobj" → "obj", a verb's "nmod" → "obl").
	rels []string
	// places maps the uncoded place mentions that stand as an event's
	// argument to the country they lie in.
	places map[int]string
	// shared maps a country mention coordinated inside another mention
	// to the code it takes from that mention's head ("US and British
	// activists": USAOPP).
	shared map[int]string
	// twins maps a mention to the other mentions of the same span: a
	// plural the actor layer resolved to several parties ("the two
	// countries" → Ethiopia, Eritrea).
	twins map[int][]int
}

// v1Rels maps UD version 1 relation names to version 2.
var v1Rels = map[string]string{"dobj": "obj", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "auxpass": "aux:pass",
	"neg": "advmod", "nmod:agent": "obl:agent", "mwe": "fixed", "name": "flat", "nmod:tmod": "obl:tmod", "nmod:npmod": "obl:npmod"}

func newTree(d *doc.Document, si int, ents []int) *tree {
	s := &d.Sentences[si]
	n := len(s.Tokens)
	t := &tree{d: d, si: si, toks: s.Tokens, head: make([]int, n), kids: make([][]int, n), ent: make([]int, n), lem: make([]string, n), rels: make([]string, n)}
	for i := range s.Tokens {
		tok := &s.Tokens[i]
		h := tok.Head - 1
		if h < -1 || h >= n || h == i {
			h = -1
		}
		t.head[i] = h
		l := tok.Lemma
		if l == "" || l == "_" {
			l = tok.Word()
		}
		t.lem[i] = strings.ToLower(l)
		t.ent[i] = -1
		t.rels[i] = tok.Rel
		if r, ok := v1Rels[tok.Rel]; ok {
			t.rels[i] = r
		}
	}
	t.cutCycles()
	t.linkKids()
	for i := range t.rels {
		if h := t.head[i]; h >= 0 && (t.rels[i] == "nmod" || strings.HasPrefix(t.rels[i], "nmod:") && t.rels[i] != "nmod:poss") {
			if u := s.Tokens[h].UPOS; u == "VERB" || u == "AUX" || u == "ADJ" {
				t.rels[i] = "obl" + strings.TrimPrefix(t.rels[i], "nmod")
			}
		}
	}
	t.repairClauses()
	for _, k := range ents {
		e := &d.Entities[k]
		for i := max(e.TokStart, 0); i < e.TokEnd && i < n; i++ {
			// Prefer a coded mention, then the longer one.
			if cur := t.ent[i]; cur < 0 || better(&d.Entities[k], &d.Entities[cur]) {
				t.ent[i] = k
			}
		}
	}
	for _, k := range ents {
		e := &d.Entities[k]
		if e.TokStart < 0 || e.TokStart >= n || e.Code == "" {
			continue
		}
		if w := t.ent[e.TokStart]; w != k && w >= 0 {
			if o := &d.Entities[w]; o.Start == e.Start && o.End == e.End && o.Code != e.Code {
				if t.twins == nil {
					t.twins = map[int][]int{}
				}
				t.twins[w] = append(t.twins[w], k)
			}
		}
	}
	return t
}

func better(a, b *doc.Entity) bool {
	if (a.Code != "") != (b.Code != "") {
		return a.Code != ""
	}
	return a.TokEnd-a.TokStart > b.TokEnd-b.TokStart
}

// twinned reports whether mention k shares its span with another party's
// mention: one party of a resolved plural.
func (t *tree) twinned(k int) bool {
	if len(t.twins[k]) > 0 {
		return true
	}
	for _, ks := range t.twins {
		for _, x := range ks {
			if x == k {
				return true
			}
		}
	}
	return false
}

// rel returns the full relation of token i ("nsubj:pass").
func (t *tree) rel(i int) string { return t.rels[i] }

// base returns the relation without its subtype ("nsubj").
func (t *tree) base(i int) string {
	r := t.rels[i]
	if j := strings.IndexByte(r, ':'); j >= 0 {
		return r[:j]
	}
	return r
}

// child returns the first child of i whose full relation is one of rels,
// or -1.
func (t *tree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.rels[k] == r {
				return k
			}
		}
	}
	return -1
}

// childLemma reports whether i has a child with relation rel (full or
// base) and lemma in set.
func (t *tree) childLemma(i int, set map[string]bool, rels ...string) int {
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if (t.rels[k] == r || t.base(k) == r) && set[t.lem[k]] {
				return k
			}
		}
	}
	return -1
}

// prep returns the preposition of an oblique or nominal modifier: the
// lemma of its case child ("to", "against"), "" when it has none. Two-word
// prepositions joined by fixed ("according to") give their first word.
func (t *tree) prep(i int) string {
	for _, k := range t.kids[i] {
		if t.rels[k] == "case" {
			return t.lem[k]
		}
	}
	return ""
}

// passive reports whether verb i is in the passive voice.
func (t *tree) passive(i int) bool {
	if t.child(i, "nsubj:pass", "aux:pass", "csubj:pass") >= 0 || t.existentialParticiple(i) {
		return true
	}
	// A participle modifying a noun: "a plan rejected by the Houthis";
	// not one with an object of its own.
	return t.base(i) == "acl" && t.toks[i].XPOS == "VBN" && t.child(i, "obj", "ccomp") < 0
}

// isVerb reports whether token i can head a clause.
func (t *tree) isVerb(i int) bool {
	u := t.toks[i].UPOS
	return u == "VERB" || (u == "" && t.rels[i] != "")
}

// entityHead returns the token of entity k whose head lies outside the
// mention.
func (t *tree) entityHead(k int) int {
	e := &t.d.Entities[k]
	for i := e.TokStart; i < e.TokEnd && i < len(t.toks); i++ {
		if h := t.head[i]; h < e.TokStart || h >= e.TokEnd {
			return i
		}
	}
	return e.TokStart
}

// path describes the tree path from token a to token b: up from a to
// their lowest common ancestor, then down to b.
func (t *tree) path(a, b int) string {
	up := map[int]int{}
	for x, n := a, 0; x >= 0 && n <= len(t.toks); x, n = t.head[x], n+1 {
		up[x] = n
	}
	var down []int
	x := b
	for n := 0; x >= 0 && n <= len(t.toks); n++ {
		if _, ok := up[x]; ok {
			break
		}
		down = append(down, x)
		x = t.head[x]
	}
	if x < 0 {
		return ""
	}
	var sb strings.Builder
	sb.WriteString(t.toks[a].Word())
	for y := a; y != x; y = t.head[y] {
		sb.WriteString(" ←" + t.rels[y] + "— " + t.toks[t.head[y]].Word())
	}
	for i := len(down) - 1; i >= 0; i-- {
		sb.WriteString(" —" + t.rels[down[i]] + "→ " + t.toks[down[i]].Word())
	}
	return sb.String()
}

// clauseMarks are prepositions that also introduce clauses ("after the
// strike", "after the strike killed 14 civilians").
var clauseMarks = set("after", "before", "since", "until", "as")

// repairClauses mends one parser error: a finite verb with no subject and
// no coordinator or marker, joined to the main clause as a conjunct or
// adverbial clause right after an oblique whose preposition can introduce
// a clause. In "the talks collapsed after a missile strike on a market
// killed 14 civilians" (or "came as the US leader prepared to attend")
// the oblique's noun is the verb's subject, its preposition the clause's
// marker, and the verb heads an adverbial clause.
func (t *tree) repairClauses() {
	changed := false
	for v := range t.toks {
		h := t.head[v]
		if h < 0 || h > v || t.rels[v] != "conj" && t.rels[v] != "advcl" || !t.isVerb(v) {
			continue
		}
		// Finite, or a past form the tagger took for a participle
		// (it has no auxiliary).
		if x := t.toks[v].XPOS; x != "VBD" && x != "VBZ" && x != "VBP" && (x != "VBN" || t.child(v, "aux", "aux:pass") >= 0) {
			continue
		}
		if t.child(v, "nsubj", "nsubj:pass", "csubj", "cc", "mark") >= 0 {
			continue
		}
		k := -1
		for _, o := range t.kids[h] {
			if o < v && t.base(o) == "obl" && clauseMarks[t.prep(o)] && t.lastOf(o) == v-1 {
				k = o
			}
		}
		if k < 0 {
			continue
		}
		moves := []move{{v, h, "advcl"}, {k, v, "nsubj"}}
		if c := t.child(k, "case"); c >= 0 {
			moves = append(moves, move{c, v, "mark"})
		}
		changed = t.apply(moves) || changed
	}
	// The same verb hung on the noun as a participle: "a day after Indian
	// warplanes struck what New Delhi called a camp".
	for v := range t.toks {
		n := t.head[v]
		if n < 0 || n > v || t.rels[v] != "acl" || !t.isVerb(v) || t.head[n] < 0 {
			continue
		}
		if x := t.toks[v].XPOS; x != "VBD" && (x != "VBN" || t.child(v, "aux", "aux:pass") >= 0) {
			continue
		}
		c := t.child(n, "case")
		if c < 0 || c > n || !clauseMarks[t.lem[c]] || t.child(v, "nsubj", "nsubj:pass", "mark") >= 0 || t.child(v, "obj", "ccomp") < 0 {
			continue
		}
		changed = t.apply([]move{{v, t.head[n], "advcl"}, {n, v, "nsubj"}, {c, v, "mark"}}) || changed
	}
	if changed {
		t.linkKids()
	}
}

// move gives token tok a new head and relation.
type move struct {
	tok, head int
	rel       string
}

// apply makes the moves together, unless they would close a cycle of
// heads: then it leaves the tree as it was and reports false. The
// children lists are not updated (linkKids does that).
func (t *tree) apply(moves []move) bool {
	old := make([]move, len(moves))
	for i, m := range moves {
		old[i] = move{m.tok, t.head[m.tok], t.rels[m.tok]}
		t.head[m.tok], t.rels[m.tok] = m.head, m.rel
	}
	for _, m := range moves {
		if t.onCycle(m.tok) {
			for i := len(old) - 1; i >= 0; i-- {
				t.head[old[i].tok], t.rels[old[i].tok] = old[i].head, old[i].rel
			}
			return false
		}
	}
	return true
}

// onCycle reports whether walking up the heads from i never reaches a
// root.
func (t *tree) onCycle(i int) bool {
	for steps := 0; i >= 0; steps++ {
		if steps > len(t.head) {
			return true
		}
		i = t.head[i]
	}
	return false
}

// cutCycles detaches one token of every cycle of heads (input from
// outside the parser may have them), the first one a walk up from the
// lowest-numbered token meets again, so that every walk up the tree ends
// at a root.
func (t *tree) cutCycles() {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, len(t.head))
	var path []int
	for i := range t.head {
		path = path[:0]
		j := i
		for j >= 0 && state[j] == unseen {
			state[j] = onPath
			path = append(path, j)
			j = t.head[j]
		}
		if j >= 0 && state[j] == onPath {
			t.head[j] = -1
		}
		for _, p := range path {
			state[p] = done
		}
	}
}

// linkKids rebuilds every token's list of children from the heads.
func (t *tree) linkKids() {
	for i := range t.kids {
		t.kids[i] = t.kids[i][:0]
	}
	for i, h := range t.head {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
}

// lastOf returns the last token of the subtree of i.
func (t *tree) lastOf(i int) int {
	last := i
	for _, k := range t.kids[i] {
		last = max(last, t.lastOf(k))
	}
	return last
}
