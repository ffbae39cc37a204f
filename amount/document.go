package amount

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/depgraph"
	"github.com/sitrep/sitrep/internal/wordscan"
)

// Process fills d.Amounts with the quantities of every sentence, leaving
// out the spans of d.Dates and reading the tagger's parts of speech when
// the sentence has them.
func Process(d *doc.Document) {
	if d.Amounts == nil {
		d.Amounts = []doc.Amount{}
	}
	dates := map[int][]doc.Date{}
	for _, dt := range d.Dates {
		dates[dt.Sentence] = append(dates[dt.Sentence], dt)
	}
	if len(d.Sentences) == 0 {
		addSentence(d, 0, 0, d.Text, nil, dates[0])
		return
	}
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			continue
		}
		addSentence(d, i, s.Start, d.Text[s.Start:s.End], s.Tokens, dates[i])
	}
}

func addSentence(d *doc.Document, sent, base int, text string, toks []doc.Token, dates []doc.Date) {
	opt := Options{}
	for _, dt := range dates {
		if dt.Start >= base && dt.End <= base+len(text) {
			opt.Exclude = append(opt.Exclude, Span{dt.Start - base, dt.End - base})
		}
	}
	tagged := false
	for _, t := range toks {
		if t.UPOS != "" {
			tagged = true
			break
		}
	}
	if tagged {
		opt.UPOS = func(start int) string {
			at := base + start
			i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= at })
			if i < len(toks) && toks[i].Start == at {
				return toks[i].UPOS
			}
			return ""
		}
	}
	first := len(d.Amounts)
	for _, q := range FindTokens(text, wordscan.Scan(text), opt) {
		a := doc.Amount{
			Start: base + q.Start, End: base + q.End, Text: q.Text,
			Value: q.Value, Unit: q.Unit, Currency: q.Currency, Kind: q.Kind,
			Modifier: q.Modifier, Max: q.Max, Role: q.Role, Sentence: sent,
		}
		if q.Of >= 0 {
			of := first + q.Of
			a.Of = &of
		}
		d.Amounts = append(d.Amounts, a)
	}
}

// AttachEvents gives each event the amounts of its clause. With a
// dependency tree, an amount belongs to the clause of the verb that
// governs it, and a participle clause ("…, killing 12 people") belongs to
// the clause it hangs from; an amount that is part of another ("including
// three police officers") follows it. Without a tree, the clause is the
// part of the sentence between semicolons around the trigger.
func AttachEvents(d *doc.Document) {
	for i := range d.Events {
		ev := &d.Events[i]
		ev.Amounts = nil
		var g depgraph.Graph
		if ev.Sentence >= 0 && ev.Sentence < len(d.Sentences) {
			g = depgraph.New(d.Sentences[ev.Sentence].Tokens)
		}
		useTree := g.Parsed() && ev.TriggerToken >= 0 && ev.TriggerToken < g.Len()
		evClause := -1
		if useTree {
			evClause = g.ClauseHead(ev.TriggerToken)
		}
		for k, a := range d.Amounts {
			if a.Sentence != ev.Sentence {
				continue
			}
			if a.Of != nil {
				if *a.Of >= 0 && *a.Of < k && containsInt(ev.Amounts, *a.Of) {
					ev.Amounts = append(ev.Amounts, k)
				}
				continue
			}
			if useTree {
				h := g.HeadOf(a.Start, a.End)
				if h < 0 {
					continue
				}
				c := g.ClauseHead(h)
				if c == evClause || (g.Head(c) >= 0 && g.ClauseHead(g.Head(c)) == evClause && participle(g, c)) {
					ev.Amounts = append(ev.Amounts, k)
				}
				continue
			}
			if sameClause(d, ev, a) {
				ev.Amounts = append(ev.Amounts, k)
			}
		}
	}
}

// participle reports whether clause head c is a participle or infinitive
// clause hanging from its governor ("killing 12", "leaving 3 dead"). A
// coordinated verb ("welcomed the deal and pledged $500 million") is a
// clause of its own.
func participle(g depgraph.Graph, c int) bool {
	switch g.Rel(c) {
	case "advcl", "xcomp", "acl":
		return true
	}
	return false
}

// sameClause reports whether no semicolon stands between the trigger and
// the amount.
func sameClause(d *doc.Document, ev *doc.Event, a doc.Amount) bool {
	lo, hi := a.End, ev.Start
	if a.Start > ev.End {
		lo, hi = ev.End, a.Start
	}
	if lo < 0 || hi > len(d.Text) || lo > hi {
		return true
	}
	return !strings.Contains(d.Text[lo:hi], ";")
}

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}
