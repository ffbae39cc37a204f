package event

import (
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// modality decides how certain the text is that the event happened.
func (c *Coder) modality(t *tree, m match) string {
	cl := m.tok
	if m.rule.Noun {
		if t.childLemma(cl, c.dict.negator, "det", "advmod") >= 0 {
			return doc.Negated
		}
		// "worked to arrange a meeting", "proposed talks": an event
		// that is planned has not happened.
		if h := t.head[cl]; h >= 0 && t.isVerb(h) && t.base(cl) == "obj" && c.dict.intent[t.lem[h]] {
			if mod := c.modality(t, match{&Rule{Code: m.rule.Code}, h}); mod != doc.Asserted && mod != doc.Reported {
				return mod
			}
			return doc.Intended
		}
		if h := t.head[cl]; h >= 0 && t.isVerb(h) && (t.base(cl) == "obj" || t.base(cl) == "nsubj" || t.base(cl) == "obl") {
			cl = h
		} else {
			return c.reportedOr(t, cl, doc.Asserted)
		}
	}
	// A rule that asks for the negation ("DID N'T *") codes the negated
	// act itself, which is then asserted.
	ruleNegates := false
	for _, a := range m.rule.Aux {
		ruleNegates = ruleNegates || c.dict.negator[a]
	}
	for _, ph := range m.rule.Pre {
		for _, w := range ph {
			ruleNegates = ruleNegates || c.dict.negator[strings.TrimPrefix(w, "_")]
		}
	}
	if !ruleNegates && t.childLemma(cl, c.dict.negator, "advmod", "neg", "det") >= 0 {
		return doc.Negated
	}
	if o := t.child(cl, "obj"); o >= 0 && t.childLemma(o, set("no"), "det") >= 0 {
		return doc.Negated
	}
	// "Neither the EU nor the US would endorse", "no country recognized".
	if sb := t.child(cl, "nsubj", "nsubj:pass"); sb >= 0 && t.childLemma(sb, set("neither", "no", "none"), "cc:preconj", "det", "advmod", "cc") >= 0 {
		return doc.Negated
	}
	mod := doc.Asserted
	if t.childLemma(cl, c.dict.intendAux, "aux") >= 0 {
		mod = doc.Intended
	}
	if t.childLemma(cl, c.dict.hypoAux, "aux") >= 0 {
		mod = doc.Hypothetical
	}
	if t.yesNoQuestion(cl) {
		// "Did they help?", "Will Iran attack?": asked, not told.
		mod = doc.Hypothetical
	}
	// An auxiliary the parser took for the head: "it would acting now".
	if h := t.head[cl]; h >= 0 && t.base(cl) == "ccomp" && t.toks[h].UPOS == "AUX" {
		switch {
		case c.dict.hypoAux[t.lem[h]]:
			mod = doc.Hypothetical
		case c.dict.intendAux[t.lem[h]]:
			mod = doc.Intended
		}
	}
	// Walk up through controlling and coordinated clauses.
	for x, n := cl, 0; t.head[x] >= 0 && n < 8; x, n = t.head[x], n+1 {
		h := t.head[x]
		kind := t.base(x)
		if kind == "advcl" && t.childLemma(x, markTo, "mark") >= 0 {
			kind = "xcomp" // "agreed on Thursday to exchange" parsed as advcl
		}
		switch kind {
		case "xcomp":
			switch {
			case c.dict.refuse[t.lem[h]]:
				return doc.Negated
			case c.dict.request[t.lem[h]] && mod == doc.Asserted && t.addressed(h):
				// The act asked of someone is not yet done: "urged
				// Hezbollah to attack Israel".
				mod = doc.Hypothetical
			case c.dict.intent[t.lem[h]] && mod == doc.Asserted:
				mod = doc.Intended
			}
			// The rule's own negation may stand before the controlling
			// verb: "UNEXPECTEDLY &NEG *" fits "won't try to clash".
			if !ruleNegates && t.childLemma(h, c.dict.negator, "advmod") >= 0 {
				return doc.Negated
			}
		case "advcl":
			if t.childLemma(x, set("if", "unless", "whether"), "mark") >= 0 {
				return doc.Hypothetical
			}
		}
		if kind != "xcomp" && kind != "conj" {
			break
		}
	}
	for x, n := cl, 0; x >= 0 && n < 8; x, n = t.head[x], n+1 {
		if t.base(x) == "advcl" && t.childLemma(x, set("if", "unless"), "mark") >= 0 {
			return doc.Hypothetical
		}
		// An open question: "refused to answer whether they would
		// support it", "asked if Iran would attend".
		if t.base(x) == "ccomp" && t.childLemma(x, set("whether", "if"), "mark") >= 0 {
			return doc.Hypothetical
		}
	}
	if mod != doc.Asserted {
		return mod
	}
	return c.reportedOr(t, cl, mod)
}

// reportedOr returns Reported when clause cl lies inside reported speech:
// the complement of a speech verb ("X said that Y attacked Z"), a clause
// with a parenthetical speech verb ("Y attacked Z, X said"), or one with
// "according to".
func (c *Coder) reportedOr(t *tree, cl int, mod string) string {
	for x, n := cl, 0; x >= 0 && n < 8; x, n = t.head[x], n+1 {
		if h := t.head[x]; h >= 0 && t.base(x) == "ccomp" && c.dict.speech[t.lem[h]] {
			return doc.Reported
		}
		// The act someone is accused of: "accused the coalition of
		// shelling Hodeidah".
		if h := t.head[x]; h >= 0 && x != cl && t.base(x) == "obj" && accusing[t.lem[h]] {
			return doc.Reported
		}
		if h := t.head[x]; h >= 0 && t.base(x) == "advcl" && accusing[t.lem[h]] && t.childLemma(x, markOfFor, "mark") >= 0 {
			return doc.Reported
		}
		for _, k := range t.kids[x] {
			if t.base(k) == "parataxis" && c.dict.speech[t.lem[k]] {
				return doc.Reported
			}
			if t.base(k) == "obl" && (t.prep(k) == "according" || t.prep(k) == "accord") {
				return doc.Reported
			}
		}
	}
	return mod
}

// addressed reports whether request verb v names whom it asks: an object
// ("urged Egypt to"), an oblique with on or upon ("called on Egypt to"),
// or a passive subject ("Egypt was urged to").
func (t *tree) addressed(v int) bool {
	return t.child(v, "obj", "iobj") >= 0 || t.passive(v) || t.appealedTo(v) >= 0
}

// yesNoQuestion reports whether clause cl is a yes-no question: the
// sentence ends with a question mark and an auxiliary of cl stands before
// its subject. A wh-question ("why did Russia attack?") presupposes the
// act and is not one.
func (t *tree) yesNoQuestion(cl int) bool {
	last := len(t.toks) - 1
	for last >= 0 && strings.ContainsAny(t.toks[last].Word(), "\"'”’)]") {
		last--
	}
	if last < 0 || t.toks[last].Word() != "?" {
		return false
	}
	sb := t.child(cl, "nsubj", "nsubj:pass")
	if sb < 0 {
		return false
	}
	for _, k := range t.kids[cl] {
		if k < sb && (t.base(k) == "aux" || t.rel(k) == "aux:pass") {
			for x := 0; x < k; x++ {
				if t.toks[x].XPOS == "WP" || t.toks[x].XPOS == "WRB" || t.toks[x].XPOS == "WDT" {
					return false
				}
			}
			return true
		}
	}
	return false
}
