package geo

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

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
	out = p.entityMentions(d, sents, out)
	p.filter(d, sents, out)
	propagatePersons(out)
	restoreWeak(out)
	return kept(out)
}

// entityMentions adds the LOC and GPE entities of the NER stage whose
// whole text is a gazetteer name that the token scan missed or only found
// part of ("al-Hasakah", whose article is lower case), keeping the
// mentions in position order.
func (p *Parser) entityMentions(d *doc.Document, sents []doc.Sentence, ms []*mention) []*mention {
	added := false
	for _, e := range d.Entities {
		if e.Type != "LOC" && e.Type != "GPE" || e.By == "metonym" || e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End {
			continue
		}
		if e.Sentence < 0 || e.Sentence >= len(sents) {
			continue
		}
		key := strings.TrimPrefix(Normalize(d.Text[e.Start:e.End]), "the ")
		cands := p.g.lookup(key)
		if len(cands) == 0 {
			continue
		}
		// The entity replaces shorter names inside it ("Hasakah" in
		// "al-Hasakah") but not names that cross its edges.
		crosses := false
		for _, m := range ms {
			if m.start < e.End && e.Start < m.end && (m.start < e.Start || m.end > e.End || m.start == e.Start && m.end == e.End) {
				crosses = true
			}
		}
		if crosses {
			continue
		}
		rest := ms[:0:0]
		for _, m := range ms {
			if !(m.start >= e.Start && m.end <= e.End) {
				rest = append(rest, m)
			}
		}
		ms = rest
		toks := sents[e.Sentence].Tokens
		i, j := tokenAt(toks, e.Start), tokenAt(toks, e.End-1)
		if i < 0 || j < i {
			continue
		}
		ms = append(ms, &mention{sent: e.Sentence, i: i, j: j + 1, start: e.Start, end: e.End, key: key, cands: cands})
		added = true
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	}
	return ms
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
		if e == nil || m.evidence {
			continue
		}
		weak := e.Class == "P" && e.Population < weakPopulation || e.Code == "ADM2" && m.j-m.i == 1
		if !weak {
			continue
		}
		if e.Code == "ADM2" && !m.cands[m.best].primary && m.localA1 == nil {
			// "Castro" for Castro County needs local evidence.
			m.reject("county name without evidence")
			changed = true
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
		nerPerson := false
		// Entities from the actor/NER stage.
		for ei := range ents {
			e := &ents[ei]
			if e.End <= m.start || e.Start >= m.end {
				continue
			}
			switch {
			case e.By == "metonym" && !orgHeads[next]:
				// "Athens Police" is the town's police, not a government.
				m.reject("metonym entity")
			case e.Type == "LOC" || e.Type == "GPE":
				// Only an entity that is the place name itself is evidence;
				// "Center" inside "Kennedy Center" is not.
				if e.Start == m.start && e.End == m.end {
					m.entityLoc = true
				} else if e.Start < m.start && e.End >= m.end && !m.strong {
					m.reject("inside a longer name")
				}
				if isActorCode(e.Code) && isSubject(toks, m) {
					m.reject("actor by metonymy")
				}
			case e.Type == "PER" && e.Start == m.start && e.End == m.end && e.Code != "":
				// A person of the actor dictionary ("Obama") is no town.
				m.reject("a person of the actor dictionary")
			case e.Type == "PER" && e.Start == m.start && e.End == m.end:
				// A one-name person by the NER ("Greer") is weaker than
				// local evidence of a place; decided below.
				nerPerson = true
			case e.Type == "PER" && !(e.Start == m.start && titles[strings.TrimSuffix(next, ".")]):
				// "Alaska Gov. Sarah Palin" names Alaska before the person.
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
		if next == "," && postalStateAfter(d.Text, m.end) != "" {
			m.evidence = true // "Dayton, OH"
		}
		if k > 0 && prev == "," && ms[k-1].sent == m.sent && ms[k-1].j == m.i-1 {
			m.evidence = true
		}
		if nerPerson && !m.evidence && !m.strong {
			m.reject("a person by the NER")
			continue
		}
		acronym := single && len(w0) <= 4 && strings.ToUpper(w0) == w0
		// Person names: a title, or a capitalized word that is not a
		// place before it; "said" after a small place's name.
		if single && titles[strings.TrimSuffix(prev, ".")] && prevCap {
			m.reject("after a title")
			continue
		}
		if prevCap && m.i > 0 && !directions[prev] && !titleWords[prev] && !(k > 0 && ms[k-1].sent == m.sent && ms[k-1].j == m.i && ms[k-1].best >= 0 && isContainer(&p.g.Entries[ms[k-1].cands[0].entry])) && !(prev == "," || prev == "-") && !sentenceStart(toks, m.i-1) {
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
		if nextCap && !placeNouns[next] && !directionsAfter[next] && !calendarWords[next] && !(k+1 < len(ms) && ms[k+1].sent == m.sent && ms[k+1].i == m.j && isContainer(&p.g.Entries[ms[k+1].cands[0].entry])) {
			if !isCountryCode(first.Code) && first.Code != "ADM1" && !(first.Population == 0 && first.Class != "P" && first.Class != "A") {
				m.reject("before a capitalized word")
				continue
			}
		}
		if (next == "said" || next == "says" || next == "told") && !isContainer(first) && first.Code != "PPLC" {
			m.reject("speaker")
			continue
		}
		// Tagger: a word it tags as something other than a noun is not a
		// place name without evidence ("Reading the report").
		if upos := toks[m.i].UPOS; single && upos != "" && upos != "PROPN" && upos != "NOUN" && upos != "X" && !m.evidence && !m.entityLoc {
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
			next == "," && postalStateAfter(d.Text, m.end) != ""
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
		if single && !acronym && commonWords[lower] && !m.evidence && !m.entityLoc {
			m.reject("common word")
			continue
		}
		if single && sentenceStart(toks, m.i) && len(w0) > 3 && strings.ToUpper(w0) == w0 && (next == "—" || next == "--" || next == "-" || next == "," || next == "–" || next == "(") {
			m.evidence = true // a dateline: "MIDDLETOWN — ..."
		}
		if single && !acronym && !m.evidence && !m.entityLoc && sentenceStart(toks, m.i) && !m.strong {
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
	"speaker": true}

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
		if m.best >= 0 && persons[m.key] && !m.strong && m.localA1 == nil {
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
