package actor

import (
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/doc"
)

// phrase is a composed actor mention: [former] [country|org ['s]]
// [modifiers] agent... [name] [of country].
type phrase struct {
	start, end int // tokens
	mod        *unit
	agents     []*unit
	name       *unit
	former     bool
	// ofPerson is a known person after "of" ("the government of
	// Nicolas Maduro"), who lends the agent a country and stays an
	// actor of their own.
	ofPerson *unit
}

// compose turns the sentence's units and pronouns into entities, in token
// order.
func (r *Recognizer) compose(ds *docState, si int, s *doc.Sentence, st *sentState) {
	sort.SliceStable(st.units, func(i, j int) bool { return st.units[i].start < st.units[j].start })
	st.index()
	n := len(st.words)
	for p := 0; p < n; {
		if st.at[p] < 0 {
			if pr := pronounKind(st.keys[p]); pr != "" {
				r.pronoun(ds, si, s, p, pr)
			} else if p == 0 && st.keys[p] == "it" && (n == 1 || !expletiveVerbs[st.keys[1]]) {
				r.itSubject(ds, si, s, p)
			} else if p+1 < n && (st.keys[p] == "two" || st.keys[p] == "both") && pairNouns[st.keys[p+1]] && st.at[p+1] < 0 {
				r.pair(ds, si, s, p)
				p += 2
				continue
			} else if p > 0 && st.keys[p-1] == "the" && placeNouns[st.keys[p]] {
				r.theCity(ds, si, s, p)
			}
			p++
			continue
		}
		ph, ok := r.buildPhrase(st, p)
		if ok {
			r.emitPhrase(ds, si, s, st, ph)
			p = ph.end
			continue
		}
		u := &st.units[st.at[p]]
		r.emitUnit(ds, si, s, st, u)
		p = u.end
	}
}

// isModifierWord reports whether the token at i is a modifier word.
func (r *Recognizer) isModifierWord(st *sentState, i int) bool {
	nd := r.Dict.agents.next[st.keys[i]]
	if nd == nil {
		return false
	}
	for _, h := range nd.hits {
		if h.kind == Modifier {
			return true
		}
	}
	return false
}

// buildPhrase tries to read a composed actor phrase at token p.
func (r *Recognizer) buildPhrase(st *sentState, p int) (phrase, bool) {
	ph := phrase{start: p}
	i := p
	if ph.start > 0 && (st.keys[ph.start-1] == "former" || st.keys[ph.start-1] == "ex-" || st.keys[ph.start-1] == "ex") {
		ph.former = true
		ph.start--
	}
	u := &st.units[st.at[i]]
	if u.kind == Country || u.kind == Adjective || u.kind == Org || u.kind == Capital || u.kind == Seat {
		// A modifier "Kenyan-trained" or "Russian-backed" is not the actor.
		e := u.end
		if e+1 < len(st.keys) && st.keys[e] == "-" && strings.HasSuffix(st.keys[e+1], "ed") {
			if st.keys[e+1] != "led" {
				return ph, false
			}
			e += 2
		}
		ph.mod = u
		i = e
		if i < len(st.keys) && st.keys[i] == "'s" {
			i++
		}
	}
	for i < len(st.keys) {
		if st.at[i] >= 0 {
			a := &st.units[st.at[i]]
			if a.kind != Agent {
				break
			}
			ph.agents = append(ph.agents, a)
			i = a.end
			continue
		}
		if len(ph.agents) == 0 && r.isModifierWord(st, i) {
			i++
			continue
		}
		if len(ph.agents) == 0 && ph.mod != nil && i-p < 4 {
			// "Ethiopia's trade ministry", "China's Commerce
			// Ministry": up to two nouns naming a portfolio.
			if k := portfolioEnd(st, i); k > i {
				i = k
				continue
			}
		}
		break
	}
	if len(ph.agents) == 0 {
		return ph, false
	}
	if first := ph.agents[0]; ph.mod == nil && !first.entry.Person && first.start > 0 && startsUpperRune(st.words[first.start]) {
		// "New York Jets": a capitalised group word after other
		// capitalised words is part of a name, not an agent.
		if k := first.start - 1; isNameWord(st.words[k]) && (st.at[k] < 0 || st.units[st.at[k]].ner != "") {
			return ph, false
		}
	}
	last := ph.agents[len(ph.agents)-1]
	if first := ph.agents[0]; ph.mod == nil && len(ph.agents) == 1 && ambiguousTitles[st.keys[first.start]] && first.end == first.start+1 && startsUpperRune(st.words[first.start]) {
		// "GNU General Public License", "U.S. General Services
		// Administration", "Marine One": a word that is a rank only
		// before a person's name, inside another name.
		if k := first.start - 1; k > 0 && isNameWord(st.words[k]) && (st.at[k] < 0 || st.units[st.at[k]].kind != Agent) {
			return ph, false
		}
		if i < len(st.keys) && st.at[i] >= 0 {
			if nu := &st.units[st.at[i]]; nu.ner != "" && nu.end-nu.start == 1 && commonWord(st, nu.start) {
				return ph, false
			}
		}
	}
	if ph.mod == nil && !ph.former {
		// Capitalised words before an office are part of its title
		// ("Emergencies Minister", "Deputy Governor").
		for k := p - 1; k >= 0 && k >= p-3 && st.at[k] < 0 && last.entry.Person && isTitleWord(st.words[k]); k-- {
			ph.start = k
		}
	}
	if i < len(st.keys) && st.at[i] >= 0 && last.entry.Person {
		if nu := &st.units[st.at[i]]; nu.kind == Person || nu.ner == "PER" || (nu.entry != nil && nu.entry.Petrarch && nu.kind != Agent) {
			ph.name = nu
			i = nu.end
			// "Chief of Staff Howard Baker" when the tagger split the
			// name: take the next capitalised words it tagged too.
			if nu.ner != "" {
				merged := *nu
				for i < len(st.keys) && st.at[i] >= 0 && st.units[st.at[i]].ner != "" && i-merged.start < 4 {
					merged.end = st.units[st.at[i]].end
					i = merged.end
				}
				ph.name = &merged
			}
		}
	}
	if ph.mod == nil && i+1 < len(st.keys) && (st.keys[i] == "of" || (st.keys[i] == "in" && ph.name == nil)) {
		j := i + 1
		if st.keys[j] == "the" && j+1 < len(st.keys) {
			j++
		}
		if st.at[j] >= 0 {
			if mu := &st.units[st.at[j]]; mu.kind == Country || (mu.kind == Org && st.keys[i] == "of") {
				ph.mod = mu
				if st.keys[i] == "of" {
					i = mu.end
				}
				// "Police in Kenya": the mention stops before "in",
				// leaving the place to be a place too.
			} else if mu.kind == Person && st.keys[i] == "of" && !last.entry.Person {
				ph.ofPerson = mu
			}
		}
	}
	ph.end = i
	if ph.name == nil && compoundModifier(st, ph) {
		return ph, false
	}
	return ph, true
}

// compoundModifier reports an agent used as an adjective or as the first
// part of a compound ("criminal case", "police station", "army base"),
// which is not an actor. It needs part-of-speech tags and says no without
// them.
func compoundModifier(st *sentState, ph phrase) bool {
	last := ph.agents[len(ph.agents)-1]
	lt := &st.toks[last.end-1]
	if lt.UPOS == "ADJ" {
		return true
	}
	if last.end < len(st.toks) && last.end == ph.end && st.at[last.end] < 0 {
		nt := &st.toks[last.end]
		if nt.UPOS == "NOUN" || (nt.UPOS == "" && compoundHeads[st.keys[last.end]]) {
			return true
		}
	}
	return false
}

// compoundHeads are nouns that make an agent before them a modifier, used
// when there are no part-of-speech tags.
var compoundHeads = map[string]bool{
	"station": true, "stations": true, "base": true, "bases": true, "headquarters": true, "operation": true,
	"operations": true, "exercise": true, "exercises": true, "drills": true, "budget": true, "spending": true,
	"car": true, "cars": true, "vehicle": true, "vehicles": true, "raid": true, "raids": true, "custody": true,
	"checkpoint": true, "checkpoints": true, "barracks": true, "camp": true, "camps": true, "facility": true,
	"case": true, "cases": true, "investigation": true, "sources": true, "source": true, "statement": true,
	"report": true, "reports": true, "record": true, "records": true, "court": true, "service": true,
	"coup": true, "rule": true, "aid": true, "equipment": true, "hardware": true, "presence": true,
}

// portfolioEnd returns the end of one or two free nouns or adjectives at
// i that stand between a country and a government body or office
// ("Ethiopia's trade ministry", "China's Commerce Ministry"), or i. The
// words must be lower case, or capitalised like the agent after them.
func portfolioEnd(st *sentState, i int) int {
	n := len(st.keys)
	for j := i; j < n && j < i+2; j++ {
		if st.at[j] >= 0 || st.poss[j] || !portfolioWord(st, j) {
			return i
		}
		if j+1 >= n || st.at[j+1] < 0 {
			continue
		}
		a := &st.units[st.at[j+1]]
		if a.kind != Agent || !portfolioHeads[st.keys[a.end-1]] {
			return i
		}
		for k := i; k <= j; k++ {
			if startsUpperRune(st.words[k]) != startsUpperRune(st.words[a.start]) {
				return i
			}
		}
		return j + 1
	}
	return i
}

// portfolioWord reports a word that can name a portfolio: a noun or
// adjective of letters (without tags, any word of letters).
func portfolioWord(st *sentState, j int) bool {
	for _, r := range st.words[j] {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	switch st.toks[j].UPOS {
	case "NOUN", "ADJ", "PROPN", "":
		return !sentenceStarters[st.keys[j]]
	}
	return false
}

// portfolioHeads are the agent heads a portfolio word may stand before.
var portfolioHeads = map[string]bool{
	"ministry": true, "ministries": true, "minister": true, "ministers": true, "department": true, "secretary": true,
	"office": true, "agency": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"officials": true, "authority": true, "authorities": true, "committee": true, "regulator": true, "commission": true,
}

// commonWord reports a capitalised word that looks like no surname: a
// number, a common noun or a plural ("One", "Services").
func commonWord(st *sentState, k int) bool {
	switch st.toks[k].UPOS {
	case "NUM", "NOUN", "ADJ":
		return true
	}
	w := st.keys[k]
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || numberWords[w]
}

// numberWords are capitalised numbers that follow a rank in a name
// ("Marine One").
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true}

// ambiguousTitles are ranks that are also common words ("General
// Services", "Marine One").
var ambiguousTitles = map[string]bool{"general": true, "marine": true, "private": true, "major": true}

// isTitleWord reports a capitalised word that may begin an office title.
func isTitleWord(w string) bool {
	if !startsUpperRune(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	switch strings.ToLower(w) {
	case "the", "a", "an", "and", "but", "when", "then", "if", "as", "on", "in", "at", "by", "for", "with", "after", "before", "while",
		"only", "also", "even", "now", "later", "earlier", "meanwhile", "yesterday", "today", "there", "here", "so", "yet", "still", "both":
		return false
	}
	return true
}

// sectorOf picks the sector of an agent sequence: the first agent's, but a
// government word before a force ("government troops") yields the force.
func sectorOf(agents []*unit) string {
	sec := agents[0].entry.Code
	if sec == "GOV" {
		for _, a := range agents[1:] {
			switch a.entry.Code {
			case "MIL", "COP", "SPY", "JUD", "LEG", "MED":
				return a.entry.Code
			}
		}
	}
	return sec
}

func (r *Recognizer) emitPhrase(ds *docState, si int, s *doc.Sentence, st *sentState, ph phrase) {
	anaphorRef := -1
	if ph.mod != nil && ph.mod.anaphor {
		// "the country's forces": the country of the context.
		ph.mod = nil
		if ref := r.contextCountry(ds, si, true); ref >= 0 {
			c := CountryOf(ds.d.Entities[ref].Code)
			ph.mod = &unit{start: ph.start, end: ph.start + 1, kind: Country, entry: &Entry{Name: r.Dict.CountryName(c), Kind: Country, Code: c}}
			anaphorRef = ref
		}
	}
	last := ph.agents[len(ph.agents)-1].entry
	sec := sectorOf(ph.agents)
	title := ""
	for _, a := range ph.agents {
		if a.entry.Title != "" {
			title = a.entry.Title
		}
	}
	e := doc.Entity{Type: "ORG", By: "dict", Ref: -1}
	country := ""
	if ph.mod != nil {
		mc := unitCode(ph.mod, ds.date)
		if ph.mod.kind == Org || ph.mod.entry.Kind == Org {
			if strings.HasPrefix(mc, "IGO") || SectorOf(mc) == "" {
				e.Code = Compose(mc, sec)
				e.Name = ph.mod.entry.Name
			} else {
				e.Code = mc
				e.Name = ph.mod.entry.Name
			}
		} else {
			country = CountryOf(mc)
			if country == "" {
				country = mc
			}
			e.Code = Compose(country, sec)
			if ph.mod.kind == Seat && sec == "GOV" && SectorOf(mc) != "" {
				// "Pentagon spokesman": the seat's sector.
				e.Code = mc
			}
		}
	} else {
		e.Code = sec
		if ph.ofPerson != nil {
			if c := CountryOf(unitCode(ph.ofPerson, ds.date)); c != "" {
				country = c
				e.Code = Compose(c, sec)
			}
		}
		if c := r.leaderCountry(ds, si, st, ph); c != "" {
			// "the Modi administration": the leader's country.
			country = c
			e.Code = Compose(c, sec)
		}
		if ph.name != nil && ph.name.kind != Person {
			// "Senator Jane Roe": the country of the context.
			if c := r.titleCountry(ds, si, st, ph); c != "" {
				country = c
				e.Code = Compose(country, sec)
			}
		}
	}
	if ph.former {
		e.Code = WithSector(e.Code, "ELI")
		if CountryOf(e.Code) == "" {
			e.Code = "ELI"
		}
	}
	singular := !last.Plural
	switch {
	case ph.name != nil && ph.name.entry != nil && ph.name.kind != Person:
		// A PETRARCH actor after an office: its code is the country.
		e.Type, e.Name = "PER", ph.name.entry.Name
		if ph.mod == nil {
			nc, _ := ph.name.entry.CodeAt(ds.date)
			e.Code = Compose(nc, sec)
		}
	case ph.name != nil && ph.name.kind == Person:
		e.Type = "PER"
		e.Name = ph.name.entry.Name
		code, role := ph.name.entry.CodeAt(ds.date)
		switch {
		case role == "" && ph.mod != nil && !ph.former && country != "":
			// The text names the office and its country ("Japan's
			// defence minister Gen Nakatani"): it is the better
			// witness for an office the dictionary does not date.
			e.Role = roleText(st, ph)
		case code != "":
			e.Code, e.Role = code, role
		}
		e.Ref = ds.seen(ph.name.entry)
	case ph.name != nil:
		e.Type = "PER"
		e.By = "ner"
		e.Name = joinWords(st.words[ph.name.start:ph.name.end])
		e.Role = roleText(st, ph)
	case title != "" && singular && country != "" && !ph.former:
		e.Type = "PER"
		e.Role = roleText(st, ph)
		if h := r.Dict.Holder(country, title, ds.date); h != nil {
			e.Name = h.Name
			if code, role := h.CodeAt(ds.date); code != "" {
				e.Code, e.Role = code, role
			}
		}
	case title != "" && singular:
		e.Type = "PER"
		e.Role = roleText(st, ph)
	case last.Person && singular:
		e.Type = "PER"
	}
	if e.Name == "" {
		e.Name = r.describe(e.Code)
	}
	det := ph.start - 1
	for det >= 0 && st.at[det] < 0 && r.isModifierWord(st, det) {
		// "the federal government", "the new cabinet".
		det--
	}
	if CountryOf(e.Code) == "" && ph.mod == nil && ph.name == nil && ph.start == ph.agents[0].start && st.keys[ph.end-1] == "congress" && startsUpperRune(st.words[ph.end-1]) {
		// "obstruction of Congress": American usage unless a
		// congress with a country was just named.
		if ref := r.sameHead(ds, si, "congress"); ref >= 0 {
			e.Code = Compose(CountryOf(ds.d.Entities[ref].Code), e.Code)
			e.By, e.Ref = "coref", ref
		} else {
			e.Code = Compose("USA", e.Code)
		}
		e.Name = r.describe(e.Code)
	}
	if CountryOf(e.Code) == "" && (singular || definitePlurals[st.keys[ph.end-1]]) && ph.mod == nil && ph.name == nil && det >= 0 && st.keys[det] == "the" {
		head := st.keys[ph.end-1]
		ref := r.sameHead(ds, si, head)
		switch {
		case ref >= 0:
		case head == "administration":
			// "the administration" without a country or leader is
			// American usage.
			e.Code = Compose("USA", e.Code)
			e.Name = r.describe(e.Code)
		case e.Type == "PER":
			// "the president": the nearest country, whose holder
			// was most likely just named.
			ref = r.nearestCountry(ds, si)
		default:
			ref = r.contextCountry(ds, si, false)
		}
		if ref < 0 && CountryOf(e.Code) == "" {
			// No country near: the one the document is about.
			ref = r.docCountry(ds)
		}
		if ref >= 0 {
			if c := CountryOf(ds.d.Entities[ref].Code); c != "" {
				e.Code = Compose(c, e.Code)
			} else {
				// "U.N. Secretary-General spokesman ... the
				// Secretary-General": the organisation.
				e.Code = Compose(withoutSector(ds.d.Entities[ref].Code), e.Code)
			}
			e.Name = r.describe(e.Code)
			if n := r.Dict.OrgName(withoutSector(e.Code)); CountryOf(e.Code) == "" && n != "" {
				e.Name = n
			}
			e.By, e.Ref = "coref", ref
			if e.Type == "PER" && title != "" {
				if h := r.Dict.Holder(CountryOf(e.Code), title, ds.date); h != nil {
					e.Name = h.Name
				}
			}
		}
	}
	if anaphorRef >= 0 {
		e.By = "coref"
		if e.Ref < 0 {
			e.Ref = anaphorRef
		}
	}
	idx := r.add(ds, si, s, ph.start, ph.end, e)
	if ph.name == nil {
		ds.descriptive[idx] = true
	}
	if ph.name != nil {
		ds.register(idx)
		if ph.name.kind == Person && e.Ref < 0 {
			ds.first[ph.name.entry] = idx
		}
	}
}

// roleText is the title words of a phrase ("External Affairs Minister").
func roleText(st *sentState, ph phrase) string {
	var parts []string
	for _, a := range ph.agents {
		parts = append(parts, joinWords(st.words[a.start:a.end]))
	}
	return strings.Join(parts, " ")
}

// describe names a composed code: "Mali military", "rebels".
func (r *Recognizer) describe(code string) string {
	c := CountryOf(code)
	sec := SectorOf(code)
	name := r.Dict.CountryName(c)
	if name == "" {
		name = Regions[c]
	}
	switch {
	case name != "" && sec != "":
		return name + " " + Sectors[sec]
	case name != "":
		return name
	case sec != "":
		return Sectors[sec]
	}
	return ""
}

func (r *Recognizer) emitUnit(ds *docState, si int, s *doc.Sentence, st *sentState, u *unit) {
	if u.anaphor {
		return
	}
	e := doc.Entity{By: "dict", Ref: -1}
	switch {
	case u.ner != "":
		e.Type, e.By, e.Code = u.ner, "ner", u.code
		e.Name = joinWords(st.words[u.start:u.end])
		if u.ner == "PER" {
			last := st.keys[u.end-1]
			if ref, ok := ds.surname[last]; ok && sameFirstName(st.keys[u.start:u.end], ds.d.Entities[ref].Name) {
				ref0 := ds.d.Entities[ref]
				e.Code, e.Name, e.Role, e.By, e.Ref = ref0.Code, ref0.Name, ref0.Role, "coref", ref
			}
		}
		idx := r.add(ds, si, s, u.start, u.end, e)
		if u.ner == "PER" && e.Ref < 0 && u.end-u.start > 1 {
			ds.register(idx)
		}
		return
	case u.kind == Person:
		e.Type = "PER"
		e.Name = u.entry.Name
		e.Code, e.Role = u.entry.CodeAt(ds.date)
		e.Ref = ds.seen(u.entry)
		idx := r.add(ds, si, s, u.start, u.end, e)
		ds.register(idx)
		if e.Ref < 0 {
			ds.first[u.entry] = idx
		}
		return
	case u.kind == Org:
		e.Type, e.Name = "ORG", u.entry.Name
		e.Code, _ = u.entry.CodeAt(ds.date)
	case u.kind == Country:
		e.Type, e.Name = "GPE", u.entry.Name
		e.Code, _ = u.entry.CodeAt(ds.date)
	case u.kind == Adjective:
		e.Type, e.Name = "NORP", u.entry.Name
		e.Code, _ = u.entry.CodeAt(ds.date)
	case u.kind == Seat:
		e.Type, e.Code, e.By = "ORG", unitCode(u, ds.date), "metonym"
		e.Name = r.describe(e.Code)
		if u.entry.Kind == Org {
			e.Name = u.entry.Name
		}
	case u.kind == Capital:
		if !metonymic(s, st, u.start, u.end) {
			// The city itself: a place, with no actor code.
			e.Type, e.Name = "LOC", joinWords(st.words[u.start:u.end])
			break
		}
		e.Type, e.Code, e.By = "GPE", unitCode(u, ds.date), "metonym"
		e.Name = r.describe(e.Code)
	default:
		return
	}
	r.add(ds, si, s, u.start, u.end, e)
}

// seen returns the index of the first mention of a dictionary entry in the
// document, or -1.
func (ds *docState) seen(e *Entry) int {
	if i, ok := ds.first[e]; ok {
		return i
	}
	return -1
}

// add appends an entity over tokens [a, b) of sentence si and returns its
// index. A leading "the" is left out of the mention.
func (r *Recognizer) add(ds *docState, si int, s *doc.Sentence, a, b int, e doc.Entity) int {
	if b-a > 1 && strings.EqualFold(s.Tokens[a].Word(), "the") {
		a++
	}
	for b > a+1 && s.Tokens[b-1].Word() == "'s" {
		b--
	}
	e.Start, e.End = s.Tokens[a].Start, s.Tokens[b-1].End
	e.Text = ds.d.Text[e.Start:e.End]
	e.Sentence, e.TokStart, e.TokEnd = si, a, b
	ds.d.Entities = append(ds.d.Entities, e)
	idx := len(ds.d.Entities) - 1
	if e.Type == "PER" && e.Name != "" && e.Name != r.describe(e.Code) {
		ds.named[idx] = true
	}
	return idx
}

// register remembers a person's surname for later mentions. A surname
// shared by several people stays with the first one named unless a later
// one is known to the dictionaries and the first is not: "Cummings" after
// "Elijah Cummings ... his wife Maya Rockeymoore Cummings" is still
// Elijah.
func (ds *docState) register(idx int) {
	e := &ds.d.Entities[idx]
	f := strings.Fields(e.Name)
	if len(f) < 2 {
		return
	}
	k := normKey(f[len(f)-1])
	if len(k) < 2 {
		return
	}
	if old, ok := ds.surname[k]; ok {
		o := &ds.d.Entities[old]
		if o.Name != e.Name && (o.Code != "" || e.Code == "") {
			return
		}
	}
	ds.surname[k] = idx
}

// nearestCountry returns the latest entity with a country code in this
// sentence or the two before it, or -1.
func (r *Recognizer) nearestCountry(ds *docState, si int) int {
	for i := len(ds.d.Entities) - 1; i >= 0; i-- {
		e := &ds.d.Entities[i]
		if e.Sentence < si-2 {
			break
		}
		if r.isNation(CountryOf(e.Code)) {
			return i
		}
	}
	return -1
}

// isNation reports whether c is the code of a country of the
// dictionaries, not a region or bloc.
func (r *Recognizer) isNation(c string) bool {
	return c != "" && r.Dict.CountryName(c) != "" && Regions[c] == ""
}

// withoutSector drops a final sector from an organisation's code
// ("IGOUNOGOV" → "IGOUNO").
func withoutSector(code string) string {
	if len(code) > 6 && isSector(code[len(code)-3:]) {
		return code[:len(code)-3]
	}
	return code
}

// sameHead returns the latest mention in this sentence or the two before
// it that contains the word head and has a country or organisation ("Russia's foreign ministry ... the ministry", "U.N.
// Secretary-General spokesman ... the Secretary-General"), or -1.
func (r *Recognizer) sameHead(ds *docState, si int, head string) int {
	for i := len(ds.d.Entities) - 1; i >= 0; i-- {
		e := &ds.d.Entities[i]
		if e.Sentence < si-2 {
			break
		}
		c := CountryOf(e.Code)
		switch {
		case c == "" && !(strings.HasPrefix(e.Code, "IGO") && len(e.Code) > 3):
			continue
		case c != "" && !r.isNation(c):
			continue
		}
		toks := ds.d.Sentences[e.Sentence].Tokens
		for k := e.TokStart; k < e.TokEnd && k < len(toks); k++ {
			if normKey(toks[k].Word()) == head {
				return i
			}
		}
	}
	return -1
}

// contextCountry picks the country of a definite body without one ("the
// ministry", "the defence ministry") that no earlier description names
// (sameHead): the country mentioned most often in this sentence and the
// two before it, the latest on a tie, so that a country named in passing
// ("near Niger's border with Mali, the defence ministry said") does not
// outweigh the one the story is about. With countriesOnly, only mentions
// of countries themselves count, not of their people and bodies ("Trump
// threatened North Korea, saying the country's leader"). It returns the
// index of the latest mention of that country, or -1.
func (r *Recognizer) contextCountry(ds *docState, si int, countriesOnly bool) int {
	counts := map[string]int{}
	latest := map[string]int{}
	for i := len(ds.d.Entities) - 1; i >= 0; i-- {
		e := &ds.d.Entities[i]
		if e.Sentence < si-2 {
			break
		}
		c := CountryOf(e.Code)
		if !r.isNation(c) || countriesOnly && e.Type != "GPE" {
			continue
		}
		if _, ok := latest[c]; !ok {
			latest[c] = i
		}
		counts[c]++
	}
	best := -1
	for c, i := range latest {
		if best < 0 || counts[c] > counts[CountryOf(ds.d.Entities[best].Code)] ||
			counts[c] == counts[CountryOf(ds.d.Entities[best].Code)] && i > best {
			best = i
		}
	}
	return best
}

// pronounKind returns "m" for he/him, "f" for she, "pl" for they/them,
// else "".
func pronounKind(k string) string {
	switch k {
	case "he", "him":
		return "m"
	case "she":
		return "f"
	case "they", "them":
		return "pl"
	}
	return ""
}

// female reports whether a person's name starts with a common female
// first name; "she" only links to such people, and "he" never does.
func female(name string) bool {
	f := strings.Fields(name)
	for len(f) > 1 && honorifics[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		f = f[1:]
	}
	return len(f) > 0 && femaleNames[strings.ToLower(f[0])]
}

var honorifics = map[string]bool{"queen": true, "pope": true, "king": true, "sheikh": true, "dr": true, "ms": true, "mrs": true}

var femaleNames = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
	sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura
	cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine
	debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria
	kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa
	ann anne sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris
	marilyn danielle beverly isabella theresa diana natalie charlotte marie hillary condoleezza madeleine
	kamala ursula liz giorgia jacinda yulia hasina marine kaja annalena kristalina federica dilma cristina
	penny marise melanie mélanie chrystia anita claudia dina samia droupadi nirmala sushma indira benazir
	golda sanna mette hatice monika magdalena sviatlana svetlana tulsi nikki elise kristi gina yvette tzipi ayelet miri
	orit sheikha maryam narges fatima aisha ngozi amina graça graca winnie naledi nkosazana helle erna
	viola zuzana maia salome hilda beata ewa iryna olena oksana veronika valentina ella ilhan alexandria
	rashida ayanna kirsten tammy maxine sonia gabriela michèle michele edith ségolène segolene christiane
	angelika annegret nadia laurence sandrine retno yoko sanae yuriko yingluck paetongtarn corazon leila
	roza sahra yvonne`) {
		femaleNames[n] = true
	}
}

// pronoun links a pronoun to the nearest fitting actor in this sentence or
// the two before it. "He" and "she" link to the nearest named person even
// when the dictionaries do not know them (and then carry no code), so that
// an unknown person next to the pronoun does not lose it to a known one
// further away; such a person must have a full name and, in a parsed
// sentence, be a subject (unknownAntecedent). An object pronoun ("him",
// "them") never links to the subject of its own verb ("Sirhan shot him").
// When the nearest fitting person is in an earlier parsed sentence and no
// subject there, "he" and "she" prefer the latest fitting subject of that
// sentence ("Trump met Zelensky in Kyiv. He said" is Trump).
func (r *Recognizer) pronoun(ds *docState, si int, s *doc.Sentence, p int, kind string) {
	object := objectPronouns[normKey(s.Tokens[p].Word())]
	nearest := -1
	for i := len(ds.d.Entities) - 1; i >= 0; i-- {
		c := &ds.d.Entities[i]
		if c.Sentence < si-2 {
			break
		}
		if c.Code == "" && (kind == "pl" || c.Type != "PER" || !unknownAntecedent(ds, c)) {
			continue
		}
		if object && c.Sentence == si && clauseSubject(s, c.TokStart, c.TokEnd, p) {
			continue
		}
		var fit bool
		switch kind {
		case "pl":
			fit = c.Type == "ORG"
		case "f":
			fit = c.Type == "PER" && ds.named[i] && female(c.Name)
		default:
			fit = c.Type == "PER" && ds.named[i] && !female(c.Name)
		}
		if !fit {
			continue
		}
		if nearest < 0 {
			nearest = i
			if object || kind == "pl" || c.Sentence == si || !parsedNonSubject(ds, c) {
				break
			}
			continue
		}
		if c.Sentence != ds.d.Entities[nearest].Sentence {
			break
		}
		if !parsedNonSubject(ds, c) {
			nearest = i
			break
		}
	}
	if nearest < 0 {
		return
	}
	r.add(ds, si, s, p, p+1, corefTo(ds.d.Entities, nearest))
}

// corefTo returns a mention referring to entity i (or to the entity i
// itself refers to), with its type, code, name and role.
func corefTo(ents []doc.Entity, i int) doc.Entity {
	c := &ents[i]
	ref := i
	if c.Ref >= 0 {
		ref = c.Ref
	}
	return doc.Entity{Type: c.Type, Code: c.Code, Name: c.Name, Role: c.Role, By: "coref", Ref: ref}
}

// parsedNonSubject reports whether mention c is in a parsed sentence and
// holds no subject there.
func parsedNonSubject(ds *docState, c *doc.Entity) bool {
	parsed, subject := holdsSubject(ds, c)
	return parsed && !subject
}

// holdsSubject reports whether mention c's sentence is parsed and, if
// so, whether c holds a subject there.
func holdsSubject(ds *docState, c *doc.Entity) (parsed, subject bool) {
	toks := ds.d.Sentences[c.Sentence].Tokens
	if !isParsed(toks) {
		return false, false
	}
	for k := c.TokStart; k < c.TokEnd && k < len(toks); k++ {
		if subjectRel[toks[k].Rel] {
			return true, true
		}
	}
	return true, false
}

// isParsed reports whether a sentence's tokens carry a dependency parse.
func isParsed(toks []doc.Token) bool { return len(toks) > 0 && toks[0].Rel != "" }

// expletiveVerbs after a sentence-initial "it" make it a dummy subject
// ("It was unclear whether ...").
var expletiveVerbs = map[string]bool{"is": true, "was": true, "'s": true, "has": true, "had": true, "seems": true, "seemed": true,
	"appears": true, "appeared": true, "remains": true, "remained": true, "will": true, "would": true, "may": true, "might": true, "could": true}

// subjectRel reports the dependency relations of a clause's subject.
var subjectRel = map[string]bool{"nsubj": true, "nsubj:pass": true}

// itSubject links "It" beginning sentence si to the subject of the
// sentence before when that is a government, organisation or country,
// not a group of civilians ("India's foreign ministry confirmed ... It summoned ..."): the
// mention holding the subject of the main verb in a parsed sentence, else
// the mention the sentence begins with.
func (r *Recognizer) itSubject(ds *docState, si int, s *doc.Sentence, p int) {
	if si == 0 {
		return
	}
	prev := ds.d.Sentences[si-1].Tokens
	parsed := isParsed(prev)
	for i := len(ds.d.Entities) - 1; i >= 0; i-- {
		c := &ds.d.Entities[i]
		if c.Sentence < si-1 {
			return
		}
		if c.Sentence != si-1 {
			continue
		}
		subject := c.TokStart == 0 || c.TokStart == 1 && normKey(prev[0].Word()) == "the"
		if parsed {
			subject = false
			for k := c.TokStart; k < c.TokEnd && k < len(prev); k++ {
				h := prev[k].Head
				if subjectRel[prev[k].Rel] && h > 0 && h <= len(prev) && prev[h-1].Rel == "root" {
					subject = true
				}
			}
		}
		if !subject {
			continue
		}
		if c.Code == "" || (c.Type != "ORG" && c.Type != "GPE") || SectorOf(c.Code) == "CVL" {
			return
		}
		r.add(ds, si, s, p, p+1, corefTo(ds.d.Entities, i))
		return
	}
}

// sameFirstName reports whether a name's words may name the person whose
// full name is full: a surname alone ("Biden", "bin Laden"), or the same
// given name ("Hunter Biden" is not Joe Biden).
func sameFirstName(keys []string, full string) bool {
	f := strings.Fields(full)
	if len(keys) < 2 || len(f) <= len(keys) {
		return len(keys) < 2 || len(f) < 2 || len(f) == len(keys) && sameGivenName(keys[0], normKey(f[0]))
	}
	tail := true
	for i, k := range keys {
		tail = tail && normKey(f[len(f)-len(keys)+i]) == k
	}
	if tail {
		// "bin Laden"
		return true
	}
	k := keys[0]
	if titlesOfAddress[strings.TrimSuffix(k, ".")] {
		return true
	}
	return sameGivenName(k, normKey(f[0])) || len(strings.TrimSuffix(k, ".")) == 1 && k[0] == normKey(f[0])[0]
}

// unknownAntecedent reports whether an uncoded person mention c may take
// a pronoun: its name has two words or more ("Rudy Giuliani", not a
// stray "Rushmore"), and in a parsed sentence it is the subject of its
// verb.
func unknownAntecedent(ds *docState, c *doc.Entity) bool {
	if len(strings.Fields(c.Name)) < 2 {
		return false
	}
	parsed, subject := holdsSubject(ds, c)
	return !parsed || subject
}

// objectPronouns are the object forms of the pronouns pronoun links.
var objectPronouns = map[string]bool{"him": true, "them": true}

// clauseSubject reports whether tokens [a, b) of a parsed sentence hold
// the subject of the verb that token p depends on.
func clauseSubject(s *doc.Sentence, a, b, p int) bool {
	toks := s.Tokens
	if p >= len(toks) || toks[p].Rel == "" || toks[p].Head <= 0 {
		return false
	}
	for k := a; k < b && k < len(toks); k++ {
		if subjectRel[toks[k].Rel] && toks[k].Head == toks[p].Head {
			return true
		}
	}
	return false
}

// placeNouns are the nouns of "the city" coreference.
var placeNouns = map[string]bool{"city": true, "capital": true, "town": true}

// theCity links "the city" to the latest place named in this sentence or
// the two before it.
func (r *Recognizer) theCity(ds *docState, si int, s *doc.Sentence, p int) {
	for i := len(ds.d.Entities) - 1; i >= 0; i-- {
		c := &ds.d.Entities[i]
		if c.Sentence < si-2 {
			return
		}
		if c.Type != "LOC" {
			continue
		}
		ref := i
		if c.Ref >= 0 {
			ref = c.Ref
		}
		r.add(ds, si, s, p, p+1, doc.Entity{Type: "LOC", Name: c.Name, By: "coref", Ref: ref})
		return
	}
}

// appositions copies codes between a name and a description set off by a
// comma ("Gen Nakatani, Japan's defence minister") among the entities from
// first on.
func (r *Recognizer) appositions(ds *docState, first int) {
	ents := ds.d.Entities
	for i := first; i+1 < len(ents); i++ {
		a, b := &ents[i], &ents[i+1]
		if a.Sentence != b.Sentence || b.TokStart != a.TokEnd+1 {
			continue
		}
		sent := &ds.d.Sentences[a.Sentence]
		if sent.Tokens[a.TokEnd].Word() != "," {
			continue
		}
		name, desc := a, b
		if a.By != "ner" || a.Type != "PER" {
			name, desc = b, a
		}
		di := i
		if desc == b {
			di = i + 1
		}
		if name.Type != "PER" || name.By != "ner" || desc.Type != "PER" || CountryOf(desc.Code) == "" || !ds.descriptive[di] {
			continue
		}
		name.Code, name.Role = desc.Code, desc.Role
		if desc.By != "coref" {
			desc.Name = name.Name
		}
		if desc == a {
			desc.Ref = i + 1
		} else {
			desc.Ref = i
		}
	}
}

// joinWords joins tokens with spaces, without space before punctuation.
func joinWords(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && w != "'s" && w != "." && w != "," && w != "-" && !strings.HasSuffix(ws[i-1], "-") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// unitCode returns the code of a dictionary unit on day t: a capital or
// seat of a country gets its sector after the country's code of that day
// (Moscow in 1987 is USRGOV, in 2020 RUSGOV).
func unitCode(u *unit, t time.Time) string {
	code, _ := u.entry.CodeAt(t)
	switch {
	case u.code == "":
		return code
	case u.entry.Kind == Country && len(u.code) == 3 && isSector(u.code):
		return Compose(code, u.code)
	}
	return u.code
}

// leaderBodies are the agent heads a leader's name before them attaches
// to ("the Modi administration", "Assad's regime").
var leaderBodies = map[string]bool{"administration": true, "government": true, "regime": true, "cabinet": true, "presidency": true}

// leaderCountry returns the country of a person named right before a
// government body without a country ("the Modi administration", "Assad's
// regime"), or "".
func (r *Recognizer) leaderCountry(ds *docState, si int, st *sentState, ph phrase) string {
	a := ph.agents[0]
	if !leaderBodies[st.keys[a.end-1]] || ph.start == 0 || len(ds.d.Entities) == 0 {
		return ""
	}
	k := ph.start
	if st.keys[k-1] == "'s" {
		k--
	}
	e := &ds.d.Entities[len(ds.d.Entities)-1]
	if e.Sentence != si || e.TokEnd != k || e.Type != "PER" {
		return ""
	}
	return CountryOf(e.Code)
}

// titleCountry returns the country of an office holder named without one
// ("Foreign Ministry spokesman Geng Shuang"): the country of a body of
// the title mentioned just before ("China's foreign ministry ... Foreign
// Ministry spokesman"), else the dateline's country when this sentence or
// the two before it mention it or no country at all, else the nearest
// country. It returns "" when there is none.
func (r *Recognizer) titleCountry(ds *docState, si int, st *sentState, ph phrase) string {
	for _, a := range ph.agents {
		if a.entry.Person {
			continue
		}
		if ref := r.sameHead(ds, si, st.keys[a.end-1]); ref >= 0 {
			if c := CountryOf(ds.d.Entities[ref].Code); c != "" {
				return c
			}
		}
	}
	near := ""
	if ref := r.nearestCountry(ds, si); ref >= 0 {
		near = CountryOf(ds.d.Entities[ref].Code)
	}
	if ds.dateline == "" || near == "" {
		if near == "" {
			return ds.dateline
		}
		return near
	}
	for i := len(ds.d.Entities) - 1; i >= 0 && ds.d.Entities[i].Sentence >= si-2; i-- {
		if CountryOf(ds.d.Entities[i].Code) == ds.dateline {
			return ds.dateline
		}
	}
	return near
}

// pairNouns follow "two" or "both" in a mention of two countries.
var pairNouns = map[string]bool{"countries": true, "nations": true, "states": true, "neighbours": true, "neighbors": true, "governments": true}

// pair resolves "the two countries" or "both countries" at token p to the
// two countries named together just before ("Ethiopia and Eritrea"), else
// to the only two countries named in this sentence and the two before it,
// else to the two countries mentioned most often in the document so far.
// A country named in the clause of the plural is never its antecedent:
// "China and the United States urged both countries" speaks of two other
// countries. It adds one entity per country over the same span, each
// referring to its antecedent, so that the event coder can make one event
// per country.
func (r *Recognizer) pair(ds *docState, si int, s *doc.Sentence, p int) {
	ents := ds.d.Entities
	country := func(i int) string {
		e := &ents[i]
		if e.Type != "GPE" || e.By == "metonym" || e.Sentence == si && sameClause(s, e.TokStart, p) {
			return ""
		}
		if c := CountryOf(e.Code); r.isNation(c) && SectorOf(e.Code) == "" {
			return c
		}
		return ""
	}
	var refs []int
	for i := len(ents) - 1; i > 0 && ents[i].Sentence >= si-2; i-- {
		a, b := &ents[i-1], &ents[i]
		if a.Sentence != b.Sentence || b.TokStart != a.TokEnd+1 || country(i-1) == "" || country(i) == "" || country(i-1) == country(i) {
			continue
		}
		toks := ds.d.Sentences[a.Sentence].Tokens
		if w := normKey(toks[a.TokEnd].Word()); w == "and" || w == "&" {
			if a.TokStart > 0 && toks[a.TokStart-1].Word() == "," {
				// "Serbia, Croatia and Hungary": more than two.
				return
			}
			refs = []int{i - 1, i}
			break
		}
	}
	if refs == nil {
		seen := map[string]bool{}
		for i := len(ents) - 1; i >= 0 && ents[i].Sentence >= si-2; i-- {
			if c := country(i); c != "" && !seen[c] {
				seen[c] = true
				refs = append([]int{i}, refs...)
			}
		}
		if len(refs) != 2 {
			refs = r.mostPresentPair(ds, si, s, p)
		}
		if len(refs) != 2 {
			return
		}
	}
	start := p
	if p > 0 && normKey(s.Tokens[p-1].Word()) == "the" {
		start = p - 1
	}
	for _, ref := range refs {
		if ents[ref].Ref >= 0 {
			ref = ents[ref].Ref
		}
		c := CountryOf(ds.d.Entities[ref].Code)
		r.add(ds, si, s, start, p+2, doc.Entity{Type: "GPE", Code: c, Name: r.Dict.CountryName(c), By: "coref", Ref: ref})
	}
}

// mostPresentPair returns the latest mentions of the two countries
// mentioned most often, by themselves or by their people and bodies, in
// the document before the clause of token p of sentence si, when no third
// country is mentioned as often as the second; else nil.
func (r *Recognizer) mostPresentPair(ds *docState, si int, s *doc.Sentence, p int) []int {
	cs, counts, latest := r.rankCountries(ds, func(e *doc.Entity) bool {
		return e.Sentence == si && sameClause(s, e.TokStart, p)
	})
	if len(cs) < 2 || len(cs) > 2 && counts[cs[2]] == counts[cs[1]] {
		return nil
	}
	a, b := latest[cs[0]], latest[cs[1]]
	if a > b {
		a, b = b, a
	}
	return []int{a, b}
}

// clauseRels are the dependency relations that start a clause of their
// own; an open complement (xcomp) shares its controller's clause.
var clauseRels = map[string]bool{"root": true, "ccomp": true, "advcl": true, "acl": true, "acl:relcl": true, "parataxis": true, "csubj": true}

// clauseBreaks are words that end one clause and start another when the
// sentence has no parse.
var clauseBreaks = map[string]bool{",": true, ";": true, ":": true, "that": true, "after": true, "before": true, "while": true,
	"when": true, "because": true, "since": true, "as": true, "but": true, "although": true, "though": true, "if": true,
	"which": true, "who": true, "whereas": true, "said": true, "says": true}

// sameClause reports whether tokens a and b of s belong to the same
// clause: by the parse when there is one, else when no clause-breaking
// word lies between them.
func sameClause(s *doc.Sentence, a, b int) bool {
	toks := s.Tokens
	if a < 0 || b < 0 || a >= len(toks) || b >= len(toks) {
		return false
	}
	if toks[b].Rel != "" {
		return clauseHead(toks, a) == clauseHead(toks, b)
	}
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if clauseBreaks[normKey(toks[k].Word())] {
			return false
		}
	}
	return true
}

// clauseHead returns the index of the token that heads the clause of
// token i in a parsed sentence.
func clauseHead(toks []doc.Token, i int) int {
	for n := 0; n < len(toks); n++ {
		t := &toks[i]
		verbConj := t.Rel == "conj" && (t.UPOS == "VERB" || t.UPOS == "AUX")
		if clauseRels[t.Rel] || verbConj || t.Head <= 0 || t.Head > len(toks) {
			return i
		}
		i = t.Head - 1
	}
	return i
}

// definitePlurals are plural bodies that "the" makes the ones of the
// story's country ("the authorities", "the police").
var definitePlurals = map[string]bool{"authorities": true, "officials": true, "police": true}

// docCountry returns the latest mention of the country the document is
// about so far: mentioned at least twice, and more often than any other
// country. It returns -1 when there is none. It gives what rankCountries
// would, but counts each settled entity once per document and only
// rescans the current sentence's.
func (r *Recognizer) docCountry(ds *docState) int {
	t := &ds.countries
	ents := ds.d.Entities
	settled := min(ds.settled, len(ents))
	if t.counts == nil {
		t.counts, t.latest = map[string]int{}, map[string]int{}
	}
	for ; t.n < settled; t.n++ {
		if c := r.countedCountry(&ents[t.n]); c != "" {
			t.counts[c]++
			t.latest[c] = t.n
		}
	}
	// The current sentence's entities may still change: count them on
	// the side, in a short list.
	var cur []countryCount
	for i := t.n; i < len(ents); i++ {
		c := r.countedCountry(&ents[i])
		if c == "" {
			continue
		}
		k := 0
		for k < len(cur) && cur[k].country != c {
			k++
		}
		if k == len(cur) {
			cur = append(cur, countryCount{country: c})
		}
		cur[k].n++
		cur[k].latest = i
	}
	best, bestN, secondN := "", 0, 0
	consider := func(c string, n int) {
		switch {
		case n > bestN:
			best, bestN, secondN = c, n, bestN
		case n > secondN:
			secondN = n
		}
	}
	for c, n := range t.counts {
		for _, x := range cur {
			if x.country == c {
				n += x.n
			}
		}
		consider(c, n)
	}
	for _, x := range cur {
		if _, ok := t.counts[x.country]; !ok {
			consider(x.country, x.n)
		}
	}
	if bestN < 2 || secondN == bestN {
		return -1
	}
	for _, x := range cur {
		if x.country == best {
			return x.latest
		}
	}
	return t.latest[best]
}

// countryTally counts the country mentions of a document's first n
// entities: how many each country has and the index of its latest.
type countryTally struct {
	n      int
	counts map[string]int
	latest map[string]int
}

// countryCount is one country's mentions among a few entities.
type countryCount struct {
	country   string
	n, latest int
}

// countedCountry returns the country an entity counts as a mention of in
// rankCountries (a nation, named by itself or by its people and bodies,
// not by coreference), or "".
func (r *Recognizer) countedCountry(e *doc.Entity) string {
	c := CountryOf(e.Code)
	if !r.isNation(c) || e.By == "coref" {
		return ""
	}
	return c
}

// rankCountries counts the mentions of each country in the document so
// far, by themselves or by their people and bodies, leaving out
// coreferent mentions and those skip (if not nil) reports. It returns the
// countries, most mentioned first (then by code), with their counts and
// the index of their latest mention.
func (r *Recognizer) rankCountries(ds *docState, skip func(*doc.Entity) bool) (cs []string, counts, latest map[string]int) {
	counts, latest = map[string]int{}, map[string]int{}
	for i := range ds.d.Entities {
		e := &ds.d.Entities[i]
		c := r.countedCountry(e)
		if c == "" || skip != nil && skip(e) {
			continue
		}
		counts[c]++
		latest[c] = i
	}
	for c := range counts {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if counts[cs[i]] != counts[cs[j]] {
			return counts[cs[i]] > counts[cs[j]]
		}
		return cs[i] < cs[j]
	})
	return cs, counts, latest
}
