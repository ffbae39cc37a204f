package parse

import "slices"

// Selectional branching (Choi and McCallum 2013): the greedy parse is run
// once, remembering at every step how far the best action scored above the
// second best. From the steps with the smallest margins the parser branches:
// it replays the greedy actions up to that step, takes the second-best action
// there, and continues greedily. The action sequence with the highest total
// score wins. Confident sentences (no margin under the limit) cost nothing
// extra.

// SetBranching sets how many alternative parses are tried per sentence
// (0 for plain greedy decoding) and the largest score margin between the
// best and second-best action at which the parser branches. It must be
// called before the parser is used concurrently.
func (p *Parser) SetBranching(branches int, maxMargin float32) {
	p.branches = max(branches, 0)
	p.maxMargin = maxMargin
}

// Branching returns the settings given to SetBranching.
func (p *Parser) Branching() (branches int, maxMargin float32) {
	return p.branches, p.maxMargin
}

// step records one greedy decision and its runner-up.
type step struct {
	act, alt int
	score    float32 // score of act
	altScore float32 // score of alt; alt is -1 when act was the only valid action
}

// best2 returns the highest- and second-highest-scoring valid actions
// (the first one on ties, as in training); second is -1 when only one
// action is valid.
func (p *Parser) best2(st *state, scores []float32) (first, second int) {
	first, second = actShift, -1
	consider := func(a int) {
		switch {
		case scores[a] > scores[first]:
			first, second = a, first
		case second < 0 || scores[a] > scores[second]:
			second = a
		}
	}
	s0 := st.s0()
	if s0 != 0 && st.head[s0] >= 0 {
		consider(actReduce)
	}
	if s0 == 0 {
		if st.rootChild == 0 {
			consider(rightOf(p.rootLabel))
		}
		return first, second
	}
	canLeft := st.head[s0] < 0
	for l := range p.labels {
		if l == p.rootLabel {
			continue
		}
		if canLeft {
			consider(leftOf(l))
		}
		consider(rightOf(l))
	}
	return first, second
}

// greedyFrom continues st greedily to the end, appending the decisions
// to steps, and returns the summed score of the actions it took.
func (p *Parser) greedyFrom(sc *scratch, st *state, steps []step) ([]step, float32) {
	var total float32
	for !st.done() {
		sc.feats = features(st, &sc.x, sc.feats[:0])
		clear(sc.scores)
		p.model.Score(sc.feats, sc.scores)
		a, b := p.best2(st, sc.scores)
		s := step{act: a, alt: b, score: sc.scores[a]}
		if b >= 0 {
			s.altScore = sc.scores[b]
		}
		steps = append(steps, s)
		total += s.score
		st.apply(a)
	}
	return steps, total
}

// decodeBranching parses the prepared sentence into sc.st with
// selectional branching and returns the summed score of the greedy
// sequence and of the one it kept.
func (p *Parser) decodeBranching(sc *scratch, n int) (greedy, kept float32) {
	st := &sc.st
	st.reset(n)
	var total float32
	sc.steps, total = p.greedyFrom(sc, st, sc.steps[:0])
	// The branch points: steps with a runner-up whose margin is small.
	sc.cands = sc.cands[:0]
	for i, s := range sc.steps {
		if s.alt >= 0 && s.score-s.altScore <= p.maxMargin {
			sc.cands = append(sc.cands, i)
		}
	}
	if len(sc.cands) == 0 {
		return total, total
	}
	steps := sc.steps
	slices.SortStableFunc(sc.cands, func(i, j int) int {
		mi, mj := steps[i].score-steps[i].altScore, steps[j].score-steps[j].altScore
		switch {
		case mi < mj:
			return -1
		case mi > mj:
			return 1
		}
		return 0
	})
	if len(sc.cands) > p.branches {
		sc.cands = sc.cands[:p.branches]
	}
	// prefix[i] is the summed score of the greedy actions before step i.
	sc.prefix = slices.Grow(sc.prefix[:0], len(steps)+1)[:len(steps)+1]
	sc.prefix[0] = 0
	for i, s := range steps {
		sc.prefix[i+1] = sc.prefix[i] + s.score
	}
	bestTotal := total
	sc.bestHead = append(sc.bestHead[:0], st.head...)
	sc.bestLabel = append(sc.bestLabel[:0], st.label...)
	bestRoot := st.rootChild
	for _, at := range sc.cands {
		st.reset(n)
		for _, s := range steps[:at] {
			st.apply(s.act)
		}
		st.apply(steps[at].alt)
		var rest float32
		sc.branch, rest = p.greedyFrom(sc, st, sc.branch[:0])
		if t := sc.prefix[at] + steps[at].altScore + rest; t > bestTotal {
			bestTotal = t
			sc.bestHead = append(sc.bestHead[:0], st.head...)
			sc.bestLabel = append(sc.bestLabel[:0], st.label...)
			bestRoot = st.rootChild
		}
	}
	copy(st.head, sc.bestHead)
	copy(st.label, sc.bestLabel)
	st.rootChild = bestRoot
	return total, bestTotal
}
