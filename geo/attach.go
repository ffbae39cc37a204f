package geo

import (
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// anaphors are nouns that, after "the", refer back to a place named
// earlier ("the attack on the eastern district of the city"), with the
// feature classes they may refer to.
var anaphors = map[string]func(e *doc.Place) bool{
	"city":     isTown,
	"town":     isTown,
	"village":  isTown,
	"capital":  func(p *doc.Place) bool { return p.Feature == "P.PPLC" || isTown(p) },
	"province": isRegion,
	"region":   func(p *doc.Place) bool { return isRegion(p) || strings.HasPrefix(p.Feature, "L.") },
	"state":    isRegion,
	"county":   func(p *doc.Place) bool { return p.Feature == "A.ADM2" },
	"country":  func(p *doc.Place) bool { return isCountryCode(strings.TrimPrefix(p.Feature, "A.")) },
	"area":     func(*doc.Place) bool { return true },
}

func isTown(p *doc.Place) bool   { return strings.HasPrefix(p.Feature, "P.") }
func isRegion(p *doc.Place) bool { return p.Feature == "A.ADM1" || p.Feature == "A.ADM2" }

// AttachEvents sets the Place of every event of d: the place that its
// clause governs in the dependency tree (or, for "the city", the place
// last named before), else the place nearest its trigger in its
// sentence, else none. It never guesses a capital or a country from the
// actors.
func AttachEvents(d *doc.Document) {
	if len(d.Places) == 0 || len(d.Events) == 0 {
		return
	}
	sents := d.Sentences
	if len(sents) == 0 {
		sents = Tokenize(d.Text)
	}
	for ei := range d.Events {
		ev := &d.Events[ei]
		ev.Place = nil
		if ev.Sentence < 0 || ev.Sentence >= len(sents) {
			continue
		}
		s := &sents[ev.Sentence]
		if p := placeFor(d, sents, s, ev); p != nil {
			ev.Place = &doc.EventPlace{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID}
		}
	}
}

// tokenAt returns the index of the sentence token covering byte offset
// off, or -1.
func tokenAt(toks []doc.Token, off int) int {
	for i := range toks {
		if toks[i].Start <= off && off < toks[i].End {
			return i
		}
	}
	return -1
}

func placeFor(d *doc.Document, sents []doc.Sentence, s *doc.Sentence, ev *doc.Event) *doc.Place {
	toks := s.Tokens
	trig := ev.TriggerToken
	if trig < 0 || trig >= len(toks) || toks[trig].Start > ev.Start || toks[trig].End < ev.Start {
		trig = tokenAt(toks, ev.Start)
	}
	var inSent []*doc.Place
	for pi := range d.Places {
		p := &d.Places[pi]
		if p.Start >= s.Start && p.End <= s.End {
			inSent = append(inSent, p)
		}
	}
	parsed := trig >= 0 && hasParse(toks)
	if parsed {
		// The governed place: the closest place whose path up the tree
		// reaches the trigger.
		var best *doc.Place
		bestDepth := 1 << 30
		for _, p := range inSent {
			t := tokenAt(toks, p.Start)
			if t < 0 || overlapsActor(ev, p) {
				continue
			}
			if dep := depthTo(toks, t, trig); dep >= 0 && dep < bestDepth {
				best, bestDepth = p, dep
			}
		}
		if best != nil {
			return best
		}
		// "the city" under the trigger refers to a place named before.
		for k := range toks {
			if depthTo(toks, k, trig) < 0 {
				continue
			}
			if p := anaphorPlace(d, toks, k, s.Start); p != nil {
				return p
			}
		}
	} else {
		for k := range toks {
			if p := anaphorPlace(d, toks, k, s.Start); p != nil && len(inSent) == 0 {
				return p
			}
		}
	}
	// The nearest place in the sentence.
	var best *doc.Place
	bestDist := 1 << 30
	for _, p := range inSent {
		if overlapsActor(ev, p) && len(inSent) > 1 {
			continue
		}
		dist := p.Start - ev.End
		if p.End <= ev.Start {
			dist = ev.Start - p.End
		}
		if dist < 0 {
			dist = 0
		}
		if dist < bestDist {
			best, bestDist = p, dist
		}
	}
	return best
}

// anaphorPlace returns the place last named before offset before that
// "the <noun>" at token k refers to, or nil.
func anaphorPlace(d *doc.Document, toks []doc.Token, k, before int) *doc.Place {
	if k == 0 || !strings.EqualFold(toks[k-1].Word(), "the") && !(k >= 2 && strings.EqualFold(toks[k-2].Word(), "the")) {
		return nil
	}
	fit, ok := anaphors[strings.ToLower(toks[k].Word())]
	if !ok {
		return nil
	}
	if k+1 < len(toks) && strings.EqualFold(toks[k+1].Word(), "of") {
		return nil // "the city of Homs" names its own place
	}
	for pi := len(d.Places) - 1; pi >= 0; pi-- {
		p := &d.Places[pi]
		if p.End <= before && fit(p) {
			return p
		}
	}
	return nil
}

func hasParse(toks []doc.Token) bool {
	for i := range toks {
		if toks[i].Rel != "" {
			return true
		}
	}
	return false
}

// depthTo returns how many steps up the tree token t is below token
// ancestor, or -1 if it is not below it.
func depthTo(toks []doc.Token, t, ancestor int) int {
	for dep := 0; dep <= len(toks); dep++ {
		if t == ancestor {
			return dep
		}
		h := toks[t].Head - 1
		if h < 0 || h >= len(toks) {
			return -1
		}
		t = h
	}
	return -1
}

func overlapsActor(ev *doc.Event, p *doc.Place) bool {
	in := func(a doc.ActorRef) bool { return a.End > a.Start && a.Start < p.End && p.Start < a.End }
	return in(ev.Source) || ev.Target != nil && in(*ev.Target)
}
