package when

import (
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/depgraph"
)

// Process fills d.Dates with the date expressions of every sentence (or of
// the whole text when it has no sentences), resolved against d.Date, or def
// when d has no date. With neither, relative expressions keep an empty
// value and the document gets a warning saying so.
func Process(d *doc.Document, def doc.Day) {
	pub := d.Date.Time
	if d.Date.IsZero() {
		pub = def.Time
	}
	unresolved := 0
	// anchor is the last day the text spoke of, for "the next day" and
	// "two weeks later"; the publication date until there is one.
	anchor := pub
	add := func(base, sent int, text string) {
		for _, e := range Find(text, pub) {
			if e.Duration {
				continue
			}
			if e.Shift != nil && !anchor.IsZero() {
				e.Value = e.Shift.Apply(anchor).Format(time.DateOnly)
			}
			if e.Value == "" {
				unresolved++
			} else if e.Precision == Day {
				if t, err := time.Parse(time.DateOnly, e.Value); err == nil {
					anchor = t
				}
			}
			d.Dates = append(d.Dates, doc.Date{
				Start: base + e.Start, End: base + e.End, Text: e.Text,
				Value: e.Value, Precision: e.Precision, Rule: e.Rule, Sentence: sent,
			})
		}
	}
	if d.Dates == nil {
		d.Dates = []doc.Date{}
	}
	if len(d.Sentences) == 0 {
		add(0, 0, d.Text)
	}
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			continue
		}
		add(s.Start, i, d.Text[s.Start:s.End])
	}
	switch {
	case unresolved == 1:
		d.Warnf("no publication date: 1 relative date expression left without a value")
	case unresolved > 1:
		d.Warnf("no publication date: %d relative date expressions left without a value", unresolved)
	}
}

// AttachEvents sets each event's Date and DatePrecision: the date whose
// expression attaches, through the dependency tree, to the event's trigger
// or to the nearest of its governors ("rebels attacked the town on
// Tuesday", "the ministry said on Tuesday that rebels attacked"); without
// a tree, or when no date attaches, the date nearest the trigger in the
// same sentence; else the publication date (d.Date, or def), at day
// precision.
func AttachEvents(d *doc.Document, def doc.Day) {
	pub := d.Date
	if pub.IsZero() {
		pub = def
	}
	for i := range d.Events {
		ev := &d.Events[i]
		if k, ok := governingDate(d, ev); ok {
			ev.Date, ev.DatePrecision = d.Dates[k].Value, d.Dates[k].Precision
			continue
		}
		if pub.IsZero() {
			ev.Date, ev.DatePrecision = "", ""
			continue
		}
		ev.Date, ev.DatePrecision = pub.Format(time.DateOnly), Day
	}
}

// governingDate picks the date of an event's clause, as described at
// AttachEvents.
func governingDate(d *doc.Document, ev *doc.Event) (int, bool) {
	var cands []int
	for k, dt := range d.Dates {
		if dt.Sentence == ev.Sentence && dt.Value != "" {
			cands = append(cands, k)
		}
	}
	if len(cands) == 0 {
		return 0, false
	}
	if ev.Sentence >= 0 && ev.Sentence < len(d.Sentences) {
		g := depgraph.New(d.Sentences[ev.Sentence].Tokens)
		if g.Parsed() && ev.TriggerToken >= 0 && ev.TriggerToken < g.Len() {
			chain := g.Ancestors(ev.TriggerToken)
			best, bestRank := -1, len(chain)
			for _, k := range cands {
				h := g.HeadOf(d.Dates[k].Start, d.Dates[k].End)
				if h < 0 {
					continue
				}
				gov := g.Head(h)
				for rank, a := range chain {
					if (a == gov || a == h) && rank < bestRank {
						best, bestRank = k, rank
					}
				}
			}
			if best >= 0 {
				return best, true
			}
			// Dates inside another predicate's subordinate clause ("the
			// proclamation, which was made on Monday", "legislation that
			// would fund the government through September") are not the
			// event's.
			kept := cands[:0:0]
			for _, k := range cands {
				if !g.InSubordinate(g.HeadOf(d.Dates[k].Start, d.Dates[k].End), chain) {
					kept = append(kept, k)
				}
			}
			cands = kept
		}
	}
	best, bestDist := -1, 0
	for _, k := range cands {
		dist := d.Dates[k].Start - ev.Start
		if dist < 0 {
			dist = ev.End - d.Dates[k].End
		}
		if dist < 0 {
			dist = 0
		}
		if best < 0 || dist < bestDist {
			best, bestDist = k, dist
		}
	}
	return best, best >= 0
}
