package quote

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/wordscan"
)

// reportVerbs introduce reported speech.
var reportVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true,
	"warned": true, "stated": true, "announced": true, "claimed": true,
	"insisted": true, "argued": true, "denied": true, "confirmed": true,
	"explained": true, "noted": true, "stressed": true, "acknowledged": true,
	"admitted": true, "predicted": true, "alleged": true, "declared": true,
	"asserted": true, "reiterated": true, "maintained": true,
	"emphasised": true, "emphasized": true, "suggested": true, "wrote": true,
	"tweeted": true, "reported": true, "conceded": true, "testified": true,
}

// clauseStart words can open the reported clause after "said" without
// "that".
var clauseStart = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"the": true, "a": true, "an": true, "his": true, "her": true,
	"their": true, "its": true, "there": true, "this": true, "these": true,
	"those": true, "no": true, "some": true, "all": true, "more": true,
	"at": true, "about": true, "nearly": true, "both": true, "neither": true,
}

// indirect records reported speech in sentences without direct
// quotations: "X said (that) …", "…, X said.", "According to X, …".
func (x *extractor) indirect() {
	for si, s := range x.sents {
		if x.overlapsDirect(s) {
			continue
		}
		lo, hi := x.tokAt(s.start), x.tokAt(s.end)
		for hi < len(x.toks) && x.toks[hi].Start < s.end {
			hi++
		}
		toks := x.toks[lo:hi]
		if len(toks) < 4 || toks[len(toks)-1].Text == ":" {
			continue // too short, or it introduces a quotation
		}
		if q, ok := x.reported(toks, lo); ok {
			q.Sentence = si
			x.quotes = append(x.quotes, q)
		}
	}
}

func (x *extractor) overlapsDirect(s span) bool {
	// covered is in text order and its spans do not overlap.
	i := sort.Search(len(x.covered), func(i int) bool { return x.covered[i].end > s.start })
	return i < len(x.covered) && x.covered[i].start < s.end
}

// reported finds one reported clause and its speaker in the tokens of a
// sentence starting at token index base.
func (x *extractor) reported(toks []wordscan.Tok, base int) (doc.Quote, bool) {
	end := len(toks)
	for end > 0 && toks[end-1].Kind == wordscan.Punct {
		end--
	}
	if end < 3 {
		return doc.Quote{}, false
	}
	idx := func(a, b int) []int {
		out := make([]int, 0, b-a)
		for k := a; k < b; k++ {
			out = append(out, base+k)
		}
		return out
	}
	// "According to X, CLAUSE."
	if toks[0].Is("according") && toks[1].Is("to") {
		for c := 2; c < end; c++ {
			if toks[c].Text == "," {
				np := x.cleanNP(idx(2, c))
				if np != nil && end-c > 3 {
					return x.indirectQuote(toks[c+1].Start, toks[end-1].End, np, "according-to")
				}
				break
			}
		}
	}
	// "CLAUSE, according to X."
	for c := 1; c+2 < end; c++ {
		if toks[c].Text == "," && toks[c+1].Is("according") && toks[c+2].Is("to") {
			np := x.cleanNP(idx(c+3, end))
			if np != nil && c >= 3 {
				return x.indirectQuote(toks[0].Start, toks[c-1].End, np, "according-to")
			}
		}
	}
	// "CLAUSE, X said." with nothing but a time, a place or "in a
	// statement" after the verb, up to the end or the next comma; X may
	// carry an appositive ("Mali's foreign minister, Aminata Keita, told
	// reporters").
	for v := end - 1; v > 3; v-- {
		if !isVerb(toks[v], reportVerbs) {
			continue
		}
		tail := v + 1
		for tail < end && toks[tail].Text != "," {
			tail++
		}
		if !x.tailOnly(toks[v], toks[v+1:tail]) {
			continue
		}
		// the comma that ends the reported clause: the farthest back
		// with at most two short segments between it and the verb
		c, commas, seg, nounLike := -1, 0, 0, true
		for k := v - 1; k > 2 && v-k <= 20; k-- {
			if toks[k].Text != "," {
				if toks[k].Kind == wordscan.Word {
					seg++
				}
				if !nounish(toks[k]) {
					nounLike = false
				}
				if seg > 8 || toks[k].Kind == wordscan.Punct && !strings.Contains("*_.'’", toks[k].Text) {
					break
				}
				continue
			}
			if commas == 2 || (commas == 1 && !nounLike) {
				break
			}
			commas++
			c, seg = k, 0
		}
		if c < 0 {
			continue
		}
		var np []int
		if v == c+1 && invertedVerbs[toks[v].Lower] {
			if tail < end && (tail+1 >= end || !appositive(toks[tail+1])) {
				continue // "said students, their parents and … were"
			}
			np = x.cleanNP(x.untilComma(idx(v+1, end)))
		} else {
			np = x.backNP(idx(c+1, v))
		}
		if np != nil && c >= 3 {
			return x.indirectQuote(toks[0].Start, toks[c-1].End, np, "speaker-last")
		}
	}
	// "X said (that) CLAUSE."
	for v := 1; v < end-2 && v < 16; v++ {
		if !isVerb(toks[v], reportVerbs) {
			continue
		}
		np := x.backNP(x.lastClause(idx(0, v)))
		if np == nil {
			continue
		}
		c := v + 1
		if toks[v].Is("told", "tells") {
			// skip the listener: "told reporters (that)"
			for c < end && c < v+6 && !toks[c].Is("that") && toks[c].Text != "," {
				c++
			}
			if c >= end || !toks[c].Is("that") {
				continue
			}
		}
		// skip "on Tuesday", "in a statement", "late on Friday"
		for k := c; k < end && k < c+8; k++ {
			if toks[k].Is("that") {
				c = k
				break
			}
			if !skippable(toks[k]) {
				break
			}
		}
		if c >= end {
			continue
		}
		if !toks[c].Is("that") {
			c = x.pastAdjunct(toks, c, end)
			if c >= end {
				continue
			}
		}
		if toks[c].Is("that") {
			c++
		} else if !toks[v].Is("said", "says", "added", "warned", "insisted", "argued", "stressed", "noted") ||
			(!clauseStart[toks[c].Lower] && !toks[c].Capitalized() && !finiteAhead(toks[c:end])) {
			continue
		}
		if end-c < 3 {
			continue
		}
		return x.indirectQuote(toks[c].Start, toks[end-1].End, np, "speaker-first")
	}
	return doc.Quote{}, false
}

// pastAdjunct returns the index after time and medium phrases that
// follow a reporting verb ("said on Wednesday it had …", "said in a
// statement the army …"), or c when there are none.
func (x *extractor) pastAdjunct(toks []wordscan.Tok, c, end int) int {
	k := c
	for k < end && k < c+8 {
		t := toks[k]
		if !t.Is("on", "in", "at", "late", "early", "earlier", "later", "yesterday", "today", "during", "after", "via", "overnight") {
			break
		}
		k++
		for k < end && (toks[k].Capitalized() || toks[k].Kind == wordscan.Number || toks[k].Is("a", "an", "the", "statement", "interview", "briefing", "conference", "news", "televised", "address", "speech", "morning", "afternoon", "evening", "night")) {
			if toks[k].Capitalized() && weekdayNames[toks[k].Lower] {
				k++
				break
			}
			k++
		}
	}
	if k < end && toks[k].Text == "," {
		k++
	}
	return k
}

// skippable words may stand between a reporting verb and "that": a time,
// a place, a medium ("said on Tuesday in Geneva in a statement that").
func skippable(t wordscan.Tok) bool {
	if t.Kind == wordscan.Number || t.Capitalized() {
		return true
	}
	switch t.Lower {
	case "on", "in", "at", "a", "an", "the", "statement", "interview", "late",
		"early", "earlier", "later", "yesterday", "today", "to", "reporters",
		"journalists", "also", "repeatedly", "publicly", "again", "news",
		"conference", "briefing", "television", "radio", "him", "her", "them",
		"us", "me", "parliament", "lawmakers", ",":
		return true
	}
	return false
}

// finiteAhead reports whether an auxiliary or modal verb comes within the
// first words, so that they make a clause ("significant cuts were
// needed").
func finiteAhead(toks []wordscan.Tok) bool {
	for k, t := range toks {
		if k >= 6 || t.Kind == wordscan.Punct {
			return false
		}
		if t.Is("was", "were", "is", "are", "will", "would", "could", "should", "had", "has", "have", "may", "might", "must", "can", "did", "does", "do") {
			return k > 0
		}
	}
	return false
}

// fronted reports whether a would-be reported clause is only a fronted
// phrase ("Based on preliminary results", "Until the actions are
// resolved"): it opens with such a word and has no finite verb outside a
// subordinate clause.
func fronted(toks []wordscan.Tok) bool {
	if len(toks) == 0 || !toks[0].Is("based", "until", "although", "though", "despite", "following", "unlike", "given", "after", "before", "in", "on", "at", "with", "without", "but", "while", "if", "when", "as", "because", "since", "unless") {
		return false
	}
	for _, t := range toks[1:] {
		if t.Text == "," {
			return false // a clause follows the fronted phrase
		}
	}
	return true
}

// appositive reports whether t can open a phrase about the speaker after
// a comma ("said Gov. Roy Cooper, who flew …", "said Peskov, the Kremlin
// spokesman").
func appositive(t wordscan.Tok) bool {
	return t.Capitalized() || t.Is("the", "a", "an", "who", "whose", "which", "adding", "citing", "according", "speaking", "as")
}

// nounish reports whether t can be part of a speaker's name or title
// rather than of a clause.
func nounish(t wordscan.Tok) bool {
	if t.Kind != wordscan.Word || t.Capitalized() {
		return true
	}
	switch t.Lower {
	case "was", "were", "is", "are", "has", "have", "had", "be", "been",
		"will", "would", "where", "which", "who", "when", "that", "while":
		return false
	}
	return !strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "ing")
}

// tailOnly reports whether the words after a reporting verb at the end of
// a sentence are only about when, where or to whom it was said ("said on
// Tuesday", "said after three days of talks in Geneva", "told reporters
// in Bamako"), not a reported clause ("said significant cuts were
// needed").
func (x *extractor) tailOnly(verb wordscan.Tok, toks []wordscan.Tok) bool {
	if len(toks) > 12 {
		return false
	}
	for _, t := range toks {
		if t.Kind == wordscan.Punct && t.Text != "," && t.Text != "." && t.Text != "'" && t.Text != "’" {
			return false
		}
		if isVerb(t, reportVerbs) {
			return false
		}
	}
	if len(toks) == 0 || verb.Is("told", "tells") {
		return true
	}
	f := toks[0]
	return f.Capitalized() || f.Is("in", "on", "at", "after", "during", "late", "early", "earlier",
		"later", "yesterday", "today", "tonight", "last", "this", "before", "while", "when", "from",
		"to", "via", "through", "overnight", "recently", "previously", "also", "again", "separately")
}

func (x *extractor) indirectQuote(start, end int, np []int, rule string) (doc.Quote, bool) {
	if t := x.toks[np[0]]; t.Is("i", "we", "you", "i've", "i'm", "we've", "you've", "i'd", "one") {
		return doc.Quote{}, false // first or second person: the writer or a quotation, not a report
	}
	text := x.d.Text[start:end]
	least := 3
	if rule == "speaker-last" {
		least = 4 // "In a statement, the ministry said" reports nothing
		if fronted(x.tokRange(start, end)) {
			return doc.Quote{}, false // "Based on preliminary results, the company said …"
		}
	}
	if len(strings.Fields(text)) < least {
		return doc.Quote{}, false
	}
	return doc.Quote{
		Start: start, End: end, Text: text, Kind: Indirect, Rule: rule,
		Speaker: x.resolve(np, start),
	}, true
}
