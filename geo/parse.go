package geo

import (
	"math"
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
	evidence   bool
	strong     bool // best prior candidate is a country, region or big city
	localA1    map[string]bool
	localCC    string
	entityLoc  bool
	reason     string
}

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

// word is the normalized form of one token for lookup.
type word struct {
	norm  string
	cap   bool // starts with an upper-case letter
	upper bool // all letters upper case
	punct bool // no letters or digits
	lower string
	trim  int // bytes of a possessive 's cut from the token's end
}

func makeWord(t *doc.Token) word {
	s := t.Word()
	w := word{}
	for _, suf := range []string{"'s", "’s"} {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) && t.Form == "" {
			s = s[:len(s)-len(suf)]
			w.trim = len(suf)
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	w.cap = unicode.IsUpper(r)
	w.punct = true
	w.upper = true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			w.punct = false
		}
		if unicode.IsLower(r) {
			w.upper = false
		}
	}
	w.lower = strings.ToLower(s)
	if w.cap || connectors[w.lower] || w.punct {
		w.norm = Normalize(s)
	}
	return w
}

// recognize finds the candidate toponyms of every sentence and decides
// which are places.
func (p *Parser) recognize(d *doc.Document, sents []doc.Sentence) []*mention {
	var out []*mention
	var words []word
	var kb strings.Builder
	for si := range sents {
		toks := sents[si].Tokens
		words = words[:0]
		for ti := range toks {
			words = append(words, makeWord(&toks[ti]))
		}
		for i := 0; i < len(toks); i++ {
			w := words[i]
			if !w.cap || w.norm == "" {
				continue
			}
			maxW := p.g.maxWords(w.norm)
			if maxW == 0 {
				continue
			}
			// Collect the longest run that is a gazetteer name.
			bestJ := -1
			var bestKey string
			kb.Reset()
			nw := 0
			for j := i; j < len(toks) && nw < maxW; j++ {
				wj := words[j]
				if j > i {
					if wj.punct && wj.lower != "-" && wj.lower != "." {
						break
					}
					if !wj.cap && !connectors[wj.lower] && !wj.punct {
						break
					}
					if words[j-1].trim > 0 {
						break
					}
				}
				if wj.norm == "" {
					continue
				}
				if kb.Len() > 0 {
					kb.WriteByte(' ')
				}
				kb.WriteString(wj.norm)
				nw++
				if !wj.cap {
					continue
				}
				if p.g.lookup(kb.String()) != nil {
					bestJ = j + 1
					bestKey = kb.String()
				}
			}
			if bestJ < 0 {
				continue
			}
			m := &mention{sent: si, i: i, j: bestJ, start: toks[i].Start, end: toks[bestJ-1].End - words[bestJ-1].trim,
				key: bestKey, cands: p.g.lookup(bestKey), best: 0}
			if m.end <= m.start || m.end > len(d.Text) || m.start < 0 {
				continue
			}
			out = append(out, m)
			i = bestJ - 1
		}
	}
	p.filter(d, sents, out)
	propagatePersons(out)
	restoreWeak(out)
	return kept(out)
}

// kept returns the mentions not rejected.
func kept(ms []*mention) []*mention {
	out := ms[:0]
	for _, m := range ms {
		if m.best >= 0 {
			out = append(out, m)
		}
	}
	return out
}

// weakPopulation is the size under which a town named without evidence
// needs another place of its region in the document to be believed.
const weakPopulation = 20000

// prune rejects resolved mentions of small places that have neither
// local evidence nor a supporting place of the same region elsewhere in
// the document ("Warden", "Williams" as surnames). It reports whether it
// rejected any.
func (p *Parser) prune(ms []*mention) bool {
	support := map[string]int{}
	for _, m := range ms {
		e := m.top(p.g)
		if e != nil && (m.evidence || m.strong) && e.Admin1Key != "" {
			support[e.Admin1Key]++
		}
	}
	changed := false
	for _, m := range ms {
		e := m.top(p.g)
		if e == nil || m.evidence || m.entityLoc {
			continue
		}
		weak := e.Class == "P" && e.Population < weakPopulation || e.Code == "ADM2" && m.j-m.i == 1
		if !weak {
			continue
		}
		if support[e.Admin1Key] > 0 && !(m.strong && support[e.Admin1Key] == 1) {
			continue
		}
		m.reject("small place without evidence")
		changed = true
	}
	return changed
}

// filter applies the evidence rules to the mentions, marking rejected
// ones with best = -1.
func (p *Parser) filter(d *doc.Document, sents []doc.Sentence, ms []*mention) {
	ents := d.Entities
	for k, m := range ms {
		toks := sents[m.sent].Tokens
		first := &p.g.Entries[m.cands[0].entry]
		single := m.j-m.i == 1
		m.strong = isCountryCode(first.Code) || first.Code == "ADM1" || (first.Population == 0 && first.Class != "P" && first.Class != "A") || first.Population >= 100000
		w0 := toks[m.i].Word()
		lower := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w0, "'s"), "’s"))
		prev, next := "", ""
		prevCap, nextCap := false, false
		if m.i > 0 {
			prev = strings.ToLower(toks[m.i-1].Word())
			prevCap = startsUpper(toks[m.i-1].Word())
		}
		if m.j < len(toks) {
			next = strings.ToLower(toks[m.j].Word())
			nextCap = startsUpper(toks[m.j].Word())
		}
		// Entities from the actor/NER stage.
		for ei := range ents {
			e := &ents[ei]
			if e.End <= m.start || e.Start >= m.end {
				continue
			}
			switch {
			case e.By == "metonym":
				m.reject("metonym entity")
			case e.Type == "LOC" || e.Type == "GPE":
				// Only an entity that is the place name itself is evidence;
				// "Center" inside "Kennedy Center" is not.
				if e.Start == m.start && e.End == m.end {
					m.evidence = true
					m.entityLoc = true
				} else if e.Start <= m.start && e.End >= m.end && !m.strong && !(e.Start == m.start && orgHeads[next]) {
					m.reject("inside a longer name")
				}
				if isActorCode(e.Code) && isSubject(toks, m) {
					m.reject("actor by metonymy")
				}
			case e.Type == "PER":
				m.reject("inside a person's name")
			case e.Type == "ORG" && !m.strong && !(e.Start == m.start && orgHeads[next]):
				// "Alexandria Police" still names Alexandria.
				m.reject("inside an organization's name")
			}
		}
		if m.best < 0 {
			continue
		}
		// Local evidence.
		if locatives[prev] || (m.i >= 2 && prev == "of" && placeNouns[strings.ToLower(toks[m.i-2].Word())]) {
			m.evidence = true
		}
		if m.i >= 2 && placeNouns[strings.ToLower(toks[m.i-1].Word())] {
			m.evidence = true // "the port city Hodeidah"
		}
		if placeNouns[next] {
			m.evidence = true // "Idlib province"
		}
		if next == "," && k+1 < len(ms) && ms[k+1].sent == m.sent && ms[k+1].i == m.j+1 {
			m.evidence = true // "Paris, Texas"
			ms[k+1].evidence = true
		}
		if next == "," && m.j+1 < len(toks) && usState(toks[m.j+1].Word()) != "" {
			m.evidence = true
		}
		if k > 0 && prev == "," && ms[k-1].sent == m.sent && ms[k-1].j == m.i-1 {
			m.evidence = true
		}
		acronym := single && len(w0) <= 4 && strings.ToUpper(w0) == w0
		// Person names: a title, or a capitalized word that is not a
		// place before it; "said" after a small place's name.
		if single && titles[strings.TrimSuffix(prev, ".")] && prevCap {
			m.reject("after a title")
			continue
		}
		if prevCap && m.i > 0 && !directions[prev] && !titleWords[prev] && !m.entityLoc && !(k > 0 && ms[k-1].sent == m.sent && ms[k-1].j == m.i && ms[k-1].best >= 0 && isContainer(&p.g.Entries[ms[k-1].cands[0].entry])) && !(prev == "," || prev == "-") && !sentenceStart(toks, m.i-1) {
			if !m.strong || single {
				m.reject("after a capitalized word")
				continue
			}
		}
		if abbrevKeys[m.key] && m.j-m.i <= 2 {
			tok := toks[m.j-1].Word()
			dotted := strings.HasSuffix(tok, ".") || next == "."
			// "D.C.", "N.Y." are unambiguous; "Ill.", "Miss." only after a
			// comma ("Springfield, Ill.").
			if !(dotted && (prev == "," || strings.Contains(m.key, " "))) {
				m.reject("state abbreviation out of a dateline")
				continue
			}
		}
		if single && isContraction(lower) {
			m.reject("contraction")
			continue
		}
		if nextCap && orgHeads[strings.TrimSuffix(strings.TrimSuffix(next, "'s"), "’s")] && m.best >= 0 {
			// "Hartford Hospital", "Middletown High School": the place
			// names the institution's town.
			nextCap = false
		}
		if nextCap && !m.entityLoc && !placeNouns[next] && !directionsAfter[next] && !calendarWords[next] && !(k+1 < len(ms) && ms[k+1].sent == m.sent && ms[k+1].i == m.j && isContainer(&p.g.Entries[ms[k+1].cands[0].entry])) {
			if !isCountryCode(first.Code) && first.Code != "ADM1" && !(first.Population == 0 && first.Class != "P" && first.Class != "A") {
				m.reject("before a capitalized word")
				continue
			}
		}
		if (next == "said" || next == "says" || next == "told") && !isContainer(first) && first.Code != "PPLC" && !m.entityLoc {
			m.reject("speaker")
			continue
		}
		// Tagger: a word it tags as something other than a noun is not a
		// place name without evidence ("Reading the report").
		if upos := toks[m.i].UPOS; single && upos != "" && upos != "PROPN" && upos != "NOUN" && upos != "X" && !m.evidence {
			m.reject("tagged " + upos)
			continue
		}
		if _, ok := demonyms[lower]; ok && single {
			m.reject("nationality word")
			continue
		}
		if single && calendarWords[lower] && m.localA1 == nil && !m.entityLoc {
			m.reject("month or weekday")
			continue
		}
		strongEvidence := m.localA1 != nil || placeNouns[next] ||
			(m.i >= 2 && prev == "of" && placeNouns[strings.ToLower(toks[m.i-2].Word())]) ||
			next == "," && m.j+1 < len(toks) && usState(toks[m.j+1].Word()) != ""
		if (single && ordinaryWords[lower] || ordinaryWords[m.key]) && !strongEvidence && !isCountryCode(first.Code) {
			m.reject("ordinary word")
			continue
		}
		if acronym && !isContainer(first) && !isFeature(first) && !strongEvidence {
			m.reject("acronym of no country or region")
			continue
		}
		if next == "$" || strings.HasPrefix(next, "$") {
			m.reject("currency")
			continue
		}
		if single && !anyPrimary(m.cands) && !m.evidence && !isContainer(first) {
			m.reject("alternate name without evidence")
			continue
		}
		if single && !acronym && commonWords[lower] && !m.evidence {
			m.reject("common word")
			continue
		}
		if single && sentenceStart(toks, m.i) && len(w0) > 3 && strings.ToUpper(w0) == w0 && (next == "—" || next == "--" || next == "-" || next == "," || next == "–" || next == "(") {
			m.evidence = true // a dateline: "MIDDLETOWN — ..."
		}
		if single && !acronym && !m.evidence && sentenceStart(toks, m.i) && !m.strong && toks[m.i].UPOS != "PROPN" {
			m.reject("sentence start")
			continue
		}
		// Metonymy without an actor stage: a country or capital that is
		// the subject of a political verb.
		if isCountryCode(first.Code) || first.Code == "PPLC" || capitalLike(p.g, m) {
			if isSubject(toks, m) && governingVerbPolitical(toks, m) {
				m.reject("actor by metonymy")
				continue
			}
			if isObjectOfPolitical(toks, m, prev) {
				m.reject("actor by metonymy (object)")
				continue
			}
		}
	}
}

// isFeature reports whether e is a feature written for sitrep (seas,
// continents, regions).
func isFeature(e *Entry) bool { return e.Population == 0 && e.Class != "P" && e.Class != "A" }

// anyPrimary reports whether some posting is an entry's own name.
func anyPrimary(ps []posting) bool {
	for _, p := range ps {
		if p.primary {
			return true
		}
	}
	return false
}

// isContainer reports whether e is a country or first-level region.
func isContainer(e *Entry) bool { return isCountryCode(e.Code) || e.Code == "ADM1" }

// isContraction reports whether a word is a contraction such as "I'll"
// or "don't", whose letters may spell a place ("Ill").
func isContraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	for _, suf := range []string{"'ll", "'d", "'re", "'ve", "n't", "'m"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// titleWords are function words capitalized in headlines ("Fire In
// Alexandria"), which do not make the next word part of a name.
var titleWords = set("the", "a", "an", "and", "of", "in", "at", "for", "to", "on", "from", "near", "by", "with", "after", "before")

// weakReasons are rejections for lack of evidence, which another mention
// of the same name with evidence overrules.
var weakReasons = map[string]bool{"sentence start": true, "common word": true}

// restoreWeak keeps the mentions rejected only for lack of evidence when
// the document names the same place elsewhere with evidence ("in
// Decatur ... Decatur police").
func restoreWeak(ms []*mention) {
	backed := map[string]bool{}
	for _, m := range ms {
		if m.best >= 0 && (m.evidence || m.entityLoc) {
			backed[m.key] = true
		}
	}
	for _, m := range ms {
		if m.best < 0 && weakReasons[m.reason] && backed[m.key] {
			m.best, m.reason = 0, ""
		}
	}
}

// personReasons are the rejections that mark a name as a person's.
var personReasons = map[string]bool{"after a title": true, "after a capitalized word": true,
	"speaker": true, "inside a person's name": true}

// propagatePersons rejects every mention of a name that the document
// uses for a person elsewhere ("Bruce McArthur ... McArthur's van"),
// unless a mention has strong local evidence of a place.
func propagatePersons(ms []*mention) {
	persons := map[string]bool{}
	for _, m := range ms {
		if m.best < 0 && personReasons[m.reason] {
			persons[m.key] = true
		}
	}
	for _, m := range ms {
		if m.best >= 0 && persons[m.key] && !m.strong && m.localA1 == nil && !m.entityLoc {
			m.reject("name of a person elsewhere")
		}
	}
}

// directionsAfter are capitalized words that may follow a place and
// describe it ("Syria Province", "Gaza City" are in the gazetteer; these
// are not names on their own).
var directionsAfter = set("county", "city", "province", "state", "region", "district", "parish", "river", "valley", "governorate", "oblast")

func (m *mention) reject(why string) {
	m.best = -1
	m.reason = why
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentenceStart reports whether token i starts its sentence (after
// opening quotes or brackets).
func sentenceStart(toks []doc.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := toks[k].Word()
		if w == "\"" || w == "“" || w == "(" || w == "'" || w == "‘" || w == "-" || w == "—" {
			continue
		}
		return false
	}
	return true
}

// isSubject reports whether the mention is a clause subject: by the
// parse when there is one, else by position (sentence start, or after
// "and", "but", "that", a comma).
func isSubject(toks []doc.Token, m *mention) bool {
	for k := m.i; k < m.j; k++ {
		if toks[k].Rel != "" {
			h := toks[k].Head - 1
			if h >= m.i && h < m.j {
				continue
			}
			return strings.HasPrefix(toks[k].Rel, "nsubj")
		}
	}
	if m.i == 0 || sentenceStart(toks, m.i) {
		return true
	}
	switch strings.ToLower(toks[m.i-1].Word()) {
	case "and", "but", "that", ",", "while", "as", "because", "after", "when", "since", "though", "although", "then":
		return true
	}
	return false
}

// governingVerbPolitical reports whether the verb the mention is the
// subject of makes it an actor.
func governingVerbPolitical(toks []doc.Token, m *mention) bool {
	for k := m.i; k < m.j; k++ {
		h := toks[k].Head - 1
		if toks[k].Rel != "" && (h < m.i || h >= m.j) {
			if h < 0 || h >= len(toks) {
				return false
			}
			lemma := toks[h].Lemma
			if lemma == "" {
				lemma = strings.ToLower(toks[h].Word())
			}
			return actorVerbs[lemma]
		}
	}
	// Without a parse: the verb after the name, past any auxiliaries.
	for k := m.j; k < len(toks) && k < m.j+5; k++ {
		w := strings.ToLower(toks[k].Word())
		if auxiliaries[w] {
			continue
		}
		return metonymVerbs[w] && !auxiliaries[w]
	}
	return false
}

// isObjectOfPolitical reports whether the mention is the direct object of
// a verb of communication or pressure ("accused Tokyo", "urged
// Washington"), which makes it a government.
func isObjectOfPolitical(toks []doc.Token, m *mention, prev string) bool {
	for k := m.i; k < m.j; k++ {
		h := toks[k].Head - 1
		if toks[k].Rel != "" && (h < m.i || h >= m.j) {
			if toks[k].Rel != "obj" || h < 0 || h >= len(toks) {
				return false
			}
			lemma := toks[h].Lemma
			if lemma == "" {
				lemma = strings.ToLower(toks[h].Word())
			}
			return objectVerbs[lemma] || objectVerbs[strings.ToLower(toks[h].Word())]
		}
	}
	return objectVerbs[prev]
}

// capitalLike reports whether the mention's best prior candidate is a
// national capital.
func capitalLike(g *Gazetteer, m *mention) bool {
	for _, c := range m.cands[:min(3, len(m.cands))] {
		if g.Entries[c.entry].Code == "PPLC" {
			return true
		}
	}
	return false
}

// isActorCode reports whether an actor code names a government or other
// state actor rather than a place ("SYRGOV", "USAMIL").
func isActorCode(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "GOV", "MIL", "LEG", "JUD", "SPY", "COP":
		return true
	}
	return false
}

// usState returns the admin-1 key of a US state postal code or AP
// abbreviation ("TX", "Tex."), or "".
func usState(w string) string {
	if len(w) == 2 && strings.ToUpper(w) == w {
		if _, ok := usStateAbbrevs[w]; ok {
			return "US." + w
		}
	}
	return ""
}

// The weights of resolution.
const (
	wCountry    = 3.5 // times the document's share of the candidate's country
	wAdmin1     = 2.0 // the candidate's admin-1 region is mentioned elsewhere
	wLocal      = 8.0 // "X, Y" with Y containing the candidate
	wContains   = 1.5 // the candidate contains places mentioned elsewhere
	cityOverAdm = 4.0 // a town may beat its same-name region by this
	wNear       = 2.0 // per other name with a candidate near the candidate
	latentNear  = 0.7 // share of wNear for a reading that is not a name's current choice
)

// docContext is what a document says about where it is.
type docContext struct {
	country map[string]float64
	admin1  map[string]float64
	total   float64
}

func (c *docContext) add(e *Entry, w float64) {
	if e.Country != "" {
		c.country[e.Country] += w
		c.total += w
	}
	switch {
	case e.Code == "ADM1":
		// A region named outright says more than a town inside it.
		c.admin1[e.Admin1Key] += 2 * w
	case e.Admin1Key != "":
		c.admin1[e.Admin1Key] += w
	}
}

// resolve picks a gazetteer entry for every kept mention.
func (p *Parser) resolve(d *doc.Document, ms []*mention, nationality map[string]float64) {
	g := p.g
	base := docContext{country: map[string]float64{}, admin1: map[string]float64{}}
	for cc, n := range nationality {
		w := 0.3 * math.Min(n, 3)
		base.country[cc] += w
		base.total += w
	}
	for _, e := range d.Entities {
		// Actors (people, organizations, nationalities) tell the
		// document's countries; place-like entities, and actors named
		// after a place ("Georgia residents"), are resolved here instead,
		// since a dictionary codes every "Georgia" as the country.
		if len(e.Code) >= 3 && e.Type != "GPE" && e.Type != "LOC" && !overlapsMention(ms, e.Start, e.End) {
			if c := g.Country(e.Code[:3]); c != nil {
				base.country[c.Country] += 0.5
				base.total += 0.5
			}
		}
	}
	// Local admin context: "X, Y" and "X, TX".
	for k, m := range ms {
		m.localA1 = nil
		if k+1 < len(ms) && ms[k+1].sent == m.sent && ms[k+1].i == m.j+1 && d.Text[m.end:ms[k+1].start] != "" && strings.TrimSpace(d.Text[m.end:ms[k+1].start]) == "," {
			m.localA1 = map[string]bool{}
			for _, c := range ms[k+1].cands {
				e := &g.Entries[c.entry]
				switch {
				case e.Code == "ADM1" || e.Code == "ADM2":
					m.localA1[e.Admin1Key] = true
				case isCountryCode(e.Code):
					m.localA1["cc:"+e.Country] = true
				}
			}
		}
		if rest := d.Text[m.end:min(len(d.Text), m.end+6)]; strings.HasPrefix(rest, ", ") {
			w := strings.TrimRight(rest[2:min(len(rest), 4)], " .,")
			if a := usState(w); a != "" && (len(rest) < 5 || !unicode.IsLetter(rune(rest[4]))) {
				if m.localA1 == nil {
					m.localA1 = map[string]bool{}
				}
				m.localA1[a] = true
			}
		}
	}
	// Mentions of the same name form a group that contributes to the
	// document's context once, and never to its own resolution.
	group := make([]int, len(ms))
	keys := map[string]int{}
	for k, m := range ms {
		gi, ok := keys[m.key]
		if !ok {
			gi = len(keys)
			keys[m.key] = gi
		}
		group[k] = gi
	}
	gConf := make([]float64, len(keys))
	gEntry := make([]*Entry, len(keys))
	choice := make([]*Entry, len(keys))
	// Pass 1: prior and local context only; passes 2 and 3 add the
	// document's context from the other groups' current choices.
	for pass := 0; pass < 3; pass++ {
		ctx := docContext{country: map[string]float64{}, admin1: map[string]float64{}}
		for k, v := range base.country {
			ctx.country[k] = v
		}
		ctx.total = base.total
		if pass > 0 {
			clear(gConf)
			for k, m := range ms {
				if c := confidence(m); c > gConf[group[k]] {
					gConf[group[k]] = c
					gEntry[group[k]] = m.top(g)
				}
			}
			for gi, e := range gEntry {
				ctx.add(e, gConf[gi])
			}
		}
		// Proximity counts the other names' current choices fully and
		// their other readings a little.
		for k, m := range ms {
			if pass == 0 {
				choice[group[k]] = &g.Entries[m.cands[0].entry]
			} else if m.best >= 0 {
				choice[group[k]] = gEntry[group[k]]
			}
		}
		near := p.proximity(ms, group, len(keys), choice)
		for k, m := range ms {
			own, ownW := gEntry[group[k]], gConf[group[k]]
			for ci, c := range m.cands {
				e := &g.Entries[c.entry]
				s := g.prior(c)
				if ci < len(near[group[k]]) {
					s += near[group[k]][ci]
				}
				if m.localA1 != nil && (m.localA1[e.Admin1Key] || m.localA1["cc:"+e.Country]) {
					s += wLocal
				}
				if pass > 0 {
					cw, tot := ctx.country[e.Country], ctx.total
					a1 := ctx.admin1[e.Admin1Key]
					if own != nil {
						if own.Country != "" {
							tot -= ownW
							if own.Country == e.Country {
								cw -= ownW
							}
						}
						if own.Admin1Key == e.Admin1Key {
							if own.Code == "ADM1" {
								a1 -= 2 * ownW
							} else {
								a1 -= ownW
							}
						}
					}
					if tot > 0.01 && e.Country != "" {
						s += wCountry * cw / tot
					}
					if a1 > 0.01 && e.Code != "ADM1" && !isCountryCode(e.Code) {
						s += wAdmin1 * math.Min(1.5, a1)
					}
					if e.Code == "ADM1" && a1 > 0.01 {
						s += wContains * math.Min(1, a1)
					}
				}
				if m.scores == nil {
					m.scores = make([]float64, len(m.cands))
				}
				m.scores[ci] = s
			}
			m.best = pickBest(g, m)
		}
	}
	oneSensePerDiscourse(g, ms)
}

// proximity returns, for each group of mentions and each of its first
// candidates, a bonus for the other groups that have a candidate near it
// (within 30 km full, within 100 km more weakly) or a candidate region
// containing it: places named together tend to lie together ("Paris and
// Henry County" are in Tennessee). Candidates are sorted by latitude, so
// only a band of them is compared.
func (p *Parser) proximity(ms []*mention, group []int, n int, choice []*Entry) [][]float64 {
	g := p.g
	const top = maxPostings
	out := make([][]float64, n)
	if n < 2 {
		return out
	}
	cands := make([][]posting, n)
	for k, m := range ms {
		if cands[group[k]] == nil {
			cands[group[k]] = m.cands[:min(top, len(m.cands))]
		}
	}
	type pt struct {
		g          int
		e          *Entry
		lat, cosLt float64
	}
	type region struct {
		key string
		g   int
		e   *Entry
	}
	var pts []pt
	var adm1 []region
	for gi, cs := range cands {
		for _, c := range cs {
			e := &g.Entries[c.entry]
			switch {
			case isCountryCode(e.Code) || e.Class == "L" || e.Class == "H":
			case e.Code == "ADM1":
				adm1 = append(adm1, region{e.Admin1Key, gi, e})
			default:
				pts = append(pts, pt{gi, e, e.Lat, math.Cos(e.Lat * math.Pi / 180)})
			}
		}
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i].lat < pts[j].lat })
	// weight is how much a candidate of another group counts: fully if
	// it is that group's current choice, else a little, so that a name
	// with forty readings ("Springfield") does not support every town.
	weight := func(gj int, e *Entry) float64 {
		if choice[gj] == e {
			return 1
		}
		return latentNear
	}
	seen := make([]float64, n)
	var touched []int
	for gi, cs := range cands {
		out[gi] = make([]float64, len(cs))
		for ci, c := range cs {
			e := &g.Entries[c.entry]
			if isCountryCode(e.Code) || e.Class == "L" || e.Class == "H" {
				continue
			}
			touched = touched[:0]
			note := func(gj int, v float64) {
				if gj == gi || v <= seen[gj] {
					return
				}
				if seen[gj] == 0 {
					touched = append(touched, gj)
				}
				seen[gj] = v
			}
			if e.Code != "ADM1" {
				for _, r := range adm1 {
					if r.key == e.Admin1Key {
						note(r.g, 0.7*weight(r.g, r.e))
					}
				}
			}
			cosLt := math.Cos(e.Lat * math.Pi / 180)
			const maxDeg = 100 / 111.2
			lo := sort.Search(len(pts), func(i int) bool { return pts[i].lat >= e.Lat-maxDeg })
			for i := lo; i < len(pts) && pts[i].lat <= e.Lat+maxDeg; i++ {
				q := &pts[i]
				if q.g == gi || q.e == e {
					continue
				}
				x := (q.e.Lon - e.Lon) * (cosLt + q.cosLt) / 2
				y := q.e.Lat - e.Lat
				d2 := (x*x + y*y) * 111.2 * 111.2
				if d2 <= 30*30 {
					note(q.g, weight(q.g, q.e))
				} else if d2 <= 100*100 {
					note(q.g, 0.6*weight(q.g, q.e))
				}
			}
			bonus := 0.0
			for _, gj := range touched {
				bonus += seen[gj]
				seen[gj] = 0
			}
			out[gi][ci] = wNear * math.Min(bonus, 2)
		}
	}
	return out
}

// overlapsMention reports whether a place mention overlaps [start, end).
func overlapsMention(ms []*mention, start, end int) bool {
	for _, m := range ms {
		if m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// confidence is how much a mention's current choice says about the
// document's place: full for clear choices, less when the runner-up is
// close.
func confidence(m *mention) float64 {
	if len(m.cands) == 1 {
		return 1
	}
	second := math.Inf(-1)
	for i, s := range m.scores {
		if i != m.best && s > second {
			second = s
		}
	}
	margin := m.scores[m.best] - second
	return math.Max(0.2, math.Min(1, margin/2))
}

// pickBest returns the best-scoring candidate, preferring a town over the
// same-name region that contains it ("Tripoli" the city, not the
// district).
func pickBest(g *Gazetteer, m *mention) int {
	best := 0
	for i, s := range m.scores {
		if s > m.scores[best] {
			best = i
		}
	}
	b := &g.Entries[m.cands[best].entry]
	if b.Code == "ADM1" || b.Code == "ADM2" {
		for i, c := range m.cands {
			e := &g.Entries[c.entry]
			if e.Class == "P" && e.Admin1Key == b.Admin1Key && m.scores[i] >= m.scores[best]-cityOverAdm &&
				(b.Code == "ADM1" && e.Code != "PPL" || distanceKm(e.Lat, e.Lon, b.Lat, b.Lon) < 100) {
				return i
			}
		}
	}
	return best
}

// oneSensePerDiscourse gives every mention of the same name in a document
// the choice of its most confident mention.
func oneSensePerDiscourse(g *Gazetteer, ms []*mention) {
	byKey := map[string]*mention{}
	for _, m := range ms {
		b := byKey[m.key]
		if b == nil || (m.localA1 != nil && b.localA1 == nil) || (m.localA1 != nil) == (b.localA1 != nil) && m.scores[m.best] > b.scores[b.best] {
			byKey[m.key] = m
		}
	}
	for _, m := range ms {
		b := byKey[m.key]
		if b != m && m.localA1 == nil {
			m.best = b.best
		}
	}
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// DistanceKm is the great-circle distance in kilometres between two
// points given in degrees.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 { return distanceKm(lat1, lon1, lat2, lon2) }

// sortPlaces orders places by position.
func sortPlaces(ps []doc.Place) {
	sort.Slice(ps, func(i, j int) bool { return ps[i].Start < ps[j].Start })
}

// ResolveSpans resolves given toponym spans of d (for evaluation against
// gold spans), using the places the parser finds elsewhere in d as
// context. It returns one place per span, nil where the name is not in
// the gazetteer.
func (p *Parser) ResolveSpans(d *doc.Document, spans []doc.Span) []*doc.Place {
	sents := d.Sentences
	if len(sents) == 0 && strings.TrimSpace(d.Text) != "" {
		sents = Tokenize(d.Text)
	}
	found := p.recognize(d, sents)
	nat := demonymCountries(sents)
	p.resolve(d, found, nat)
	if p.prune(found) {
		found = kept(found)
	}
	var ms []*mention
	forSpan := make([]*mention, len(spans))
	for si, sp := range spans {
		if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
			continue
		}
		key := Normalize(d.Text[sp.Start:sp.End])
		cands := p.g.lookup(key)
		if len(cands) == 0 {
			cands = p.g.lookup(strings.TrimPrefix(key, "the "))
		}
		if r, ok := regionDemonyms[key]; ok && len(p.g.lookup(r)) > 0 {
			cands = p.g.lookup(r)
		} else if _, ok := demonyms[key]; ok || len(cands) == 0 {
			cands = nil
			if cc, ok := demonyms[key]; ok {
				if i, ok := p.g.byCountry[cc]; ok {
					cands = []posting{{entry: int32(i), primary: true}}
				}
			}
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
	p.resolve(d, ms, nat)
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
