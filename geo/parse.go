package geo

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// Parser finds and resolves the place names of documents. It is safe for
// concurrent use.
type Parser struct {
	g *Gazetteer
}

// NewParser returns a parser over g.
func NewParser(g *Gazetteer) *Parser { return &Parser{g: g} }

// Gazetteer returns the parser's gazetteer.
func (p *Parser) Gazetteer() *Gazetteer { return p.g }

// mention is a candidate toponym: a token range of one sentence whose
// words are a gazetteer name.
type mention struct {
	sent       int
	i, j       int // token range [i, j)
	start, end int // byte span
	key        string
	cands      []posting
	scores     []float64
	best       int // index into cands, -1 if rejected
	// evidence is local support for a place reading: a locative
	// preposition, a place noun or an admin context; an NER place tag
	// is entityLoc, which counts for less.
	evidence bool
	strong   bool // best prior candidate is a country, region or big city
	// localA1 holds the admin-1 keys ("US.TX") and countries ("cc:USA")
	// named right after the mention ("Paris, Texas"), or nil.
	localA1 map[string]bool
	// stateAbbrev: localA1 comes from a state's abbreviation ("Minn.",
	// "TX") or from "in" before a region ("Belgrade in central
	// Minnesota"), never an item of a list, so the name falls back to
	// the region when it has no reading there (regionFallback).
	stateAbbrev bool
	entityLoc   bool  // a LOC/GPE entity spans exactly the mention
	cue         uint8 // what the words around say the place is (cueTown ...)
	// longForm holds the readings of a longer name of the document that
	// the mention's name starts ("Avondale" of "Avondale Estates").
	longForm map[int32]bool
	reason   string
}

// top returns the chosen entry, or nil if the mention was rejected.
func (m *mention) top(g *Gazetteer) *Entry {
	if m.best < 0 {
		return nil
	}
	return &g.Entries[m.cands[m.best].entry]
}

// Process finds the places of d and sets d.Places, sorted by position.
// It reads the sentences and tokens of the text stage when present (and
// tokenizes the text itself otherwise), the entities of the actor stage
// and the dependency parse when present.
func (p *Parser) Process(d *doc.Document) {
	sents := d.Sentences
	if len(sents) == 0 && strings.TrimSpace(d.Text) != "" {
		sents = Tokenize(d.Text)
	}
	ms := p.recognize(d, sents)
	p.markCues(sents, ms)
	p.shortForms(ms)
	nat := demonymCountries(sents)
	p.resolve(d, ms, nat)
	if p.prune(ms) {
		ms = kept(ms)
		p.resolve(d, ms, nat)
	}
	places := make([]doc.Place, 0, len(ms))
	for _, m := range ms {
		e := m.top(p.g)
		if e == nil {
			continue
		}
		places = append(places, doc.Place{
			Start: m.start, End: m.end, Text: d.Text[m.start:m.end],
			Name: e.Name, Country: e.Country, Admin1: e.Admin1, Lat: e.Lat, Lon: e.Lon,
			GeonameID: e.ID, Feature: e.Feature(), Sentence: m.sent,
		})
	}
	d.Places = places
}

// ResolveSpans resolves given toponym spans of d (for evaluation against
// gold spans), using the places the parser finds elsewhere in d as
// context. It returns one place per span, nil where the name is not in
// the gazetteer and the text does not place it either: a township takes
// its story's central place (centralPlace), and a name the text puts in
// a state or in or near a town takes that place (qualifiedBy).
func (p *Parser) ResolveSpans(d *doc.Document, spans []doc.Span) []*doc.Place {
	forSpan := p.resolveSpans(d, spans)
	out := make([]*doc.Place, len(spans))
	for si, m := range forSpan {
		if m == nil {
			continue
		}
		e := m.top(p.g)
		out[si] = &doc.Place{Start: m.start, End: m.end, Text: d.Text[m.start:m.end], Name: e.Name,
			Country: e.Country, Admin1: e.Admin1, Lat: e.Lat, Lon: e.Lon, GeonameID: e.ID, Feature: e.Feature(), Sentence: m.sent}
	}
	return out
}

// resolveSpans resolves the spans as ResolveSpans does and returns their
// mentions, nil where ResolveSpans returns no place.
func (p *Parser) resolveSpans(d *doc.Document, spans []doc.Span) []*mention {
	sents := d.Sentences
	if len(sents) == 0 && strings.TrimSpace(d.Text) != "" {
		sents = Tokenize(d.Text)
	}
	found := p.recognize(d, sents)
	p.markCues(sents, found)
	nat := demonymCountries(sents)
	p.resolve(d, found, nat)
	if p.prune(found) {
		found = kept(found)
	}
	var ms []*mention
	var docA1 map[string]bool
	central := int32(-2) // not yet computed
	qualified := qualifiedNames(p.g, d.Text, spans, found)
	forSpan := make([]*mention, len(spans))
	for si, sp := range spans {
		if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
			continue
		}
		key := Normalize(d.Text[sp.Start:sp.End])
		cands := p.g.lookup(key)
		bare := strings.TrimPrefix(key, "the ")
		if len(cands) == 0 {
			cands = p.g.lookup(bare)
		}
		if len(cands) == 0 && expandHead(bare) != bare {
			// "Loudon Co." is Loudon County.
			cands = p.g.lookup(expandHead(bare))
		}
		if r, ok := regionDemonyms[key]; ok && len(p.g.lookup(r)) > 0 {
			// "Londoner" is one more mention of London: it joins the
			// name's group rather than supporting a reading of its own.
			cands, key = p.g.lookup(r), r
		} else if _, ok := demonyms[key]; ok || len(cands) == 0 {
			cands = nil
			if cc, ok := demonyms[key]; ok {
				if i, ok := p.g.byCountry[cc]; ok {
					cands = []posting{{entry: int32(i), primary: true}}
				}
			}
		}
		if len(cands) == 0 {
			if r := p.demonymOf(key); r != "" {
				cands, key = p.g.lookup(r), r
			}
		}
		if len(cands) == 0 && isTownship(bare) {
			if central < -1 {
				central = centralPlace(p.g, found)
			}
			if central >= 0 {
				cands = []posting{{entry: central}}
			}
		}
		if len(cands) == 0 {
			if docA1 == nil {
				docA1 = admin1Of(p.g, found)
			}
			cands = p.g.headFallback(bare, docA1)
		}
		if len(cands) == 0 {
			cands = qualified[key]
		}
		if len(cands) == 0 {
			continue
		}
		m := &mention{sent: -1, start: sp.Start, end: sp.End, key: key, cands: cands, evidence: true}
		for k := range sents {
			if sents[k].Start <= sp.Start && sp.Start < sents[k].End {
				m.sent = k
				m.i = max(0, tokenAt(sents[k].Tokens, sp.Start))
				m.j = m.i + 1
				if t := tokenAt(sents[k].Tokens, sp.End-1); t >= m.i {
					m.j = t + 1
				}
			}
		}
		forSpan[si] = m
		ms = append(ms, m)
	}
	for _, f := range found {
		overlap := false
		for _, m := range ms {
			if m.start < f.end && f.start < m.end {
				overlap = true
				break
			}
		}
		if !overlap {
			ms = append(ms, f)
		}
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	p.markCues(sents, forSpan)
	p.shortForms(ms)
	p.resolve(d, ms, nat)
	return forSpan
}

// admin1Of returns the first-level regions a document is about: those of
// the places chosen for ms that hold at least two of its mentions, or
// the most mentioned one. A single stray reading elsewhere does not count.
func admin1Of(g *Gazetteer, ms []*mention) map[string]bool {
	n := map[string]int{}
	top := 0
	for _, m := range ms {
		if e := m.top(g); e != nil && e.Admin1Key != "" {
			n[e.Admin1Key]++
			top = max(top, n[e.Admin1Key])
		}
	}
	out := map[string]bool{}
	for k, c := range n {
		if c >= 2 || c == top {
			out[k] = true
		}
	}
	return out
}

// centralReach is the distance in km from the central place of a
// document within which at least half of its other places must lie.
const centralReach = 100.0

// maxCentralPlaces is the number of distinct places beyond which a
// document is no local story and has no central place (centralPlace
// compares every pair).
const maxCentralPlaces = 50

// isTownship reports whether a name is that of a township ("Readington
// Township", "Madison Twp."), a minor division the gazetteer's towns
// rarely hold and whose name seldom says where it lies: the Madison
// Townships of Ohio are nowhere near Madison, Ohio.
func isTownship(key string) bool {
	return strings.HasSuffix(expandHead(key), " township")
}

// centralPlace returns the best guess for a township of a local story
// that the gazetteer lacks: the town or county found in the story that
// lies nearest its other ones (their medoid), when at least half of the
// others lie within centralReach km of it; else -1, as for a story of no
// such places or of more than maxCentralPlaces.
func centralPlace(g *Gazetteer, ms []*mention) int32 {
	var es []int32
	for _, m := range ms {
		if m.best < 0 {
			continue
		}
		c := m.cands[m.best].entry
		if isPoint(&g.Entries[c]) && !slices.Contains(es, c) {
			if len(es) == maxCentralPlaces {
				return -1
			}
			es = append(es, c)
		}
	}
	if len(es) == 0 {
		return -1
	}
	best, bestSum := es[0], math.Inf(1)
	for _, a := range es {
		ea, sum := &g.Entries[a], 0.0
		for _, b := range es {
			eb := &g.Entries[b]
			sum += distanceKm(ea.Lat, ea.Lon, eb.Lat, eb.Lon)
		}
		if sum < bestSum {
			best, bestSum = a, sum
		}
	}
	near := 0
	eb := &g.Entries[best]
	for _, a := range es {
		if ea := &g.Entries[a]; a != best && distanceKm(ea.Lat, ea.Lon, eb.Lat, eb.Lon) <= centralReach {
			near++
		}
	}
	if 2*near < len(es)-1 {
		return -1
	}
	return best
}

// qualifiedNames returns, for the names of spans that the gazetteer
// lacks, keyed by their normalized form, the reading of the place the text
// puts the first whole-word mention of the name in (qualifiedBy): one
// "Ridge Farm, Ill." places every "Ridge Farm" of the document. A name
// that is part of a longer word ("Kalb" of "DeKalb, Ill.") is not
// mentioned there. The text is read once for the places that hold what
// comes before them, not once per name.
func qualifiedNames(g *Gazetteer, text string, spans []doc.Span, found []*mention) map[string][]posting {
	out := map[string][]posting{}
	var ends []int
	var holds map[int][]posting
	tried := map[string]bool{}
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		name := text[sp.Start:sp.End]
		key := Normalize(name)
		if out[key] != nil || tried[name] || len(g.lookup(key)) > 0 {
			continue
		}
		tried[name] = true
		if holds == nil {
			ends, holds = holders(g, text, found)
		}
		for _, end := range ends {
			if start := end - len(name); start >= 0 && sameName(text[start:end], name) && wordStartAt(text, start) {
				out[key] = holds[end]
				break
			}
		}
	}
	return out
}

// holders returns the byte offsets, ascending, at which the text places
// the words before them in a place (qualifiedBy), and that place's reading
// at each.
func holders(g *Gazetteer, text string, found []*mention) ([]int, map[int][]posting) {
	byStart := map[int][]*mention{}
	for _, f := range found {
		if f.best >= 0 {
			byStart[f.start] = append(byStart[f.start], f)
		}
	}
	holds := map[int][]posting{}
	var ends []int
	seen := map[int]bool{}
	for _, w := range locatedIn {
		for at := 0; at < len(text); {
			i := strings.Index(text[at:], w)
			if i < 0 {
				break
			}
			end := at + i
			if !seen[end] {
				seen[end] = true
				if q := qualifiedBy(g, text, end, byStart); q != nil {
					holds[end] = q
					ends = append(ends, end)
				}
			}
			at = end + 1
		}
	}
	slices.Sort(ends)
	return ends, holds
}

// sameName reports whether two writings of a name are the same name:
// identical, or equal but for case where one is written in capitals
// ("RIDGE FARM, Ill." of a story that goes on about "Ridge Farm").
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	return strings.EqualFold(a, b) && (!hasLower(a) || !hasLower(b))
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }

// wordStartAt reports whether a word starts at byte offset i of s: no
// letter or digit ends right before it.
func wordStartAt(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// qualifiedBy returns, for a name the gazetteer lacks that the text places
// in a state or country right after it ("Thackerville, Okla.",
// "Maineville, Ohio") or in or near a place ("Hopkins Park in DeKalb",
// "Kentford, near Newmarket"), that place's reading, as regionFallback
// does for a name whose namesakes all lie elsewhere; else nil. end is the
// byte offset where the name ends and byStart the document's resolved
// places by the offset where they start.
func qualifiedBy(g *Gazetteer, text string, end int, byStart map[int][]*mention) []posting {
	rest := text[end:]
	for _, w := range locatedIn {
		r, ok := strings.CutPrefix(rest, w)
		if !ok {
			continue
		}
		for _, f := range byStart[len(text)-len(r)] {
			// After a bare comma only a region qualifies: "Harwinton,
			// Bantam and Litchfield" is a list of towns. After "in" or
			// "near" a town or a first-level region does, not a country,
			// which holds too much to place anything ("St. Gregory of
			// Narek in Vatican" is a saint's name).
			if e := &g.Entries[f.cands[f.best].entry]; isContainer(e) && (w == ", " || e.Code == "ADM1") || w != ", " && isPoint(e) {
				return []posting{f.cands[f.best]}
			}
		}
		if w != ", " {
			continue
		}
		// A state's abbreviation or postal code the recognizer left
		// alone ("RIDGE FARM, Ill. (AP)", "Ridge Farm, IL").
		key := postalStateAfter(text, end)
		if code := stateAbbrevAt(r); key == "" && code != "" {
			key = "US." + code
		}
		if i, ok := g.byAdmin1[key]; ok && key != "" {
			return []posting{{entry: int32(i)}}
		}
	}
	return nil
}

// locatedIn are the words between a name and the place that holds it
// ("Maineville, Ohio", "Hopkins Park in DeKalb", "the Hardeetown area of
// Chiefland").
var locatedIn = []string{", ", " in ", ", in ", " near ", ", near ", " outside ", ", outside ", " area of "}

// stateAbbrevAt returns the postal code of the US state whose AP
// abbreviation ("Ill.") s starts with as a whole word, or "";
// postalStateAfter reads the postal codes themselves.
func stateAbbrevAt(s string) string {
	for code, abs := range usStateAbbrevs {
		if slices.ContainsFunc(abs, func(a string) bool { return wordAt(s, a) }) {
			return code
		}
	}
	return ""
}

// wordAt reports whether s starts with w and no letter follows it.
func wordAt(s, w string) bool {
	r, ok := strings.CutPrefix(s, w)
	if !ok {
		return false
	}
	c, _ := utf8.DecodeRuneInString(r)
	return r == "" || !unicode.IsLetter(c)
}
