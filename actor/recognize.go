package actor

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// Tagger labels a sentence's words with BIO tags ("B-PER", "I-ORG", "O").
type Tagger interface {
	Tag(words []string) []string
}

// Recognizer finds and codes the actors of documents. It is safe for
// concurrent use.
type Recognizer struct {
	Dict *Dict
	// NER, when set, finds the names the dictionaries lack.
	NER Tagger
	// DefaultDate is used for documents without a date; when both are
	// zero the current date is used.
	DefaultDate doc.Day
}

// unit is a dictionary match, a name found by NER or a run of capitalised
// words, over tokens [start, end) of a sentence.
type unit struct {
	start, end int
	kind       Kind
	entry      *Entry
	code       string // code override from the dictionary (seats, capitals)
	ner        string // PER, ORG or LOC for NER units
	// anaphor marks "the country's" before an agent, resolved to the
	// country of the context when its phrase is composed.
	anaphor bool
}

// sentState holds the per-sentence arrays.
type sentState struct {
	date  time.Time
	toks  []doc.Token
	words []string
	keys  []string
	poss  []bool
	units []unit
	// at maps a token to the index of the unit covering it, or -1.
	at []int
}

// index points every token of st at the unit covering it, or -1.
func (st *sentState) index() {
	for i := range st.at {
		st.at[i] = -1
	}
	for ui, u := range st.units {
		for k := u.start; k < u.end; k++ {
			st.at[k] = ui
		}
	}
}

// push adds unit u and points its tokens at it.
func (st *sentState) push(u unit) {
	for k := u.start; k < u.end; k++ {
		st.at[k] = len(st.units)
	}
	st.units = append(st.units, u)
}

// docState is what the recognizer remembers across a document's sentences.
type docState struct {
	d       *doc.Document
	date    time.Time
	surname map[string]int // surname key → entity index
	// dateline is the country of the document's dateline ("BEIJING,
	// March 6 (Reuters) -"), or "".
	dateline string
	first    map[*Entry]int // dictionary entry → its first mention
	named    map[int]bool   // entities that name a person
	// descriptive marks entities composed from a description without a
	// name ("Peru's foreign minister"), which may lend their code to a
	// name beside them.
	descriptive map[int]bool
	// nerType keeps the type NER first gave a name, so that the name
	// keeps it through the document.
	nerType map[string]string
	// settled is the number of entities no step changes any more: those
	// of the sentences before the current one (the steps that revise
	// entities, such as appositions and origins, only touch the current
	// sentence's).
	settled int
	// countries tallies the country mentions of settled entities for
	// docCountry, so that it does not rescan the document on each call.
	countries countryTally
}

// Recognize fills d.Entities with the actors found in d's sentences.
func (r *Recognizer) Recognize(d *doc.Document) {
	date := d.Date.Time
	if d.Date.IsZero() {
		date = r.DefaultDate.Time
		if r.DefaultDate.IsZero() {
			date = time.Now().UTC()
		}
	}
	ds := &docState{d: d, date: date, surname: map[string]int{}, first: map[*Entry]int{}, named: map[int]bool{}, descriptive: map[int]bool{}, nerType: map[string]string{}}
	if d.Entities == nil {
		d.Entities = []doc.Entity{}
	}
	for si := range d.Sentences {
		r.sentence(ds, si)
	}
}

func (r *Recognizer) sentence(ds *docState, si int) {
	ds.settled = len(ds.d.Entities)
	s := &ds.d.Sentences[si]
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	st := &sentState{date: ds.date, toks: s.Tokens, words: make([]string, n), keys: make([]string, n), poss: make([]bool, n), at: make([]int, n)}
	for i := range s.Tokens {
		w := s.Tokens[i].Word()
		st.words[i] = w
		k := normKey(w)
		if len(k) > 2 && (strings.HasSuffix(k, "'s")) {
			k = k[:len(k)-2]
			st.poss[i] = true
		}
		st.keys[i] = k
		st.at[i] = -1
	}
	r.matchDict(ds, s, st)
	if b := s.Block; ds.dateline == "" && b >= 0 && b < len(ds.d.Layout.Blocks) && ds.d.Layout.Blocks[b].Kind == doc.BlockDateline {
		ds.dateline = r.datelineCountry(st)
	}
	if r.NER != nil && needsNER(st) {
		r.addNER(ds, st)
	}
	r.firstNames(ds, st)
	r.namesWithCountries(st)
	r.addCapRuns(ds, s, st)
	r.addCountryAnaphors(st)
	first := len(ds.d.Entities)
	r.compose(ds, si, s, st)
	r.appositions(ds, first)
	r.origins(ds, first)
}

// origins turns a country in a from-phrase after a person ("Bruce
// McArthur, from Toronto, Canada,") into the place the person comes from:
// a place, not an actor of the sentence. A person without a country takes
// it, as a civilian when they have no sector either. Entities from first
// on are looked at.
func (r *Recognizer) origins(ds *docState, first int) {
	ents := ds.d.Entities
	for j := first; j < len(ents); j++ {
		c := &ents[j]
		if c.Type != "GPE" || c.By != "dict" || CountryOf(c.Code) == "" || SectorOf(c.Code) != "" {
			continue
		}
		toks := ds.d.Sentences[c.Sentence].Tokens
		k, before := c.TokStart-1, j-1
		if k > 0 && toks[k].Word() == "," && before >= first && ents[before].Code == "" && ents[before].TokEnd == k {
			// "from Toronto, Canada": a place, whatever NER took it for.
			k, before = ents[before].TokStart-1, before-1
		}
		if k < 1 || normKey(toks[k].Word()) != "from" {
			continue
		}
		if k--; toks[k].Word() == "," {
			k--
		}
		if before < first || ents[before].Type != "PER" || ents[before].TokEnd != k+1 {
			continue
		}
		per := &ents[before]
		if CountryOf(per.Code) == "" {
			sector := SectorOf(per.Code)
			if sector == "" {
				sector = "CVL"
			}
			per.Code = Compose(CountryOf(c.Code), sector)
		}
		c.Type, c.Code = "LOC", ""
	}
}

// matchDict finds the longest dictionary matches, left to right.
func (r *Recognizer) matchDict(ds *docState, s *doc.Sentence, st *sentState) {
	n := len(st.keys)
	for i := 0; i < n; {
		if clockWords[st.words[i]] {
			// "8 p.m." is no prime minister.
			i++
			continue
		}
		nd := r.Dict.root
		bestEnd, best := -1, hit{}
		for j := i; j < n; j++ {
			next := nd.next[st.keys[j]]
			if next == nil && s.Tokens[j].Lemma != "" {
				next = nd.next[strings.ToLower(s.Tokens[j].Lemma)]
			}
			if next == nil {
				break
			}
			nd = next
			if h, ok := pickAt(nd.hits, st.words[i:j+1], st.date); ok {
				bestEnd, best = j+1, h
			}
			if st.poss[j] {
				break
			}
		}
		if bestEnd < 0 && len(r.Dict.stems) > 0 {
			if h, ok := r.Dict.stem(st.keys[i], st.words[i]); ok {
				bestEnd, best = i+1, h
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		if best.kind == Person && bestEnd < n && isNameWord(st.words[bestEnd]) && !st.poss[bestEnd-1] && r.Dict.root.next[st.keys[bestEnd]] == nil {
			// "Francis Rooney" is not Pope Francis: a known name
			// followed by an unknown one is someone else.
			i = bestEnd + 1
			continue
		}
		if best.kind == Person && tailOfName(st, i, bestEnd, best.entry) {
			a := i
			if r.otherGivenName(st, i, bestEnd, best.entry) {
				// "Hamza bin Laden" is not Osama bin Laden.
				a = i - 1
			} else if ref, ok := ds.surname[st.keys[bestEnd-1]]; !ok || ds.d.Entities[ref].Name == best.entry.Name || ds.seen(best.entry) >= 0 {
				a = -1
			}
			// Else "Bin Laden" after "Hamza bin Laden" is Hamza again,
			// unless Osama was named first.
			if a >= 0 {
				st.push(unit{start: a, end: bestEnd, ner: "PER"})
				i = bestEnd
				continue
			}
		}
		st.push(unit{start: i, end: bestEnd, kind: best.kind, entry: best.entry, code: best.code})
		i = bestEnd
	}
}

// tailOfName reports whether tokens [a, b) are the end of person e's
// canonical name without its beginning ("bin Laden", "Trump").
func tailOfName(st *sentState, a, b int, e *Entry) bool {
	canon := strings.Fields(e.Name)
	n := b - a
	if n >= len(canon) {
		return false
	}
	for k := 0; k < n; k++ {
		if normKey(canon[len(canon)-n+k]) != st.keys[a+k] {
			return false
		}
	}
	return true
}

// otherGivenName reports whether the person e matched from token a by the
// end of their name over tokens [a, b) (tailOfName) is someone else: the name word right
// before it, unknown to the dictionaries, is a given name that differs
// from e's ("Hamza bin Laden", "Ivanka Trump"). Initials, titles of
// address, sentence-initial function words and headlines do not count.
func (r *Recognizer) otherGivenName(st *sentState, a, b int, e *Entry) bool {
	canon := strings.Fields(e.Name)
	n := b - a
	if a == 0 || n >= len(canon) {
		return false
	}
	p := a - 1
	w, k := st.words[p], st.keys[p]
	if !isNameWord(w) || isAllCaps(w) || st.poss[p] || st.at[p] >= 0 || len(strings.TrimSuffix(k, ".")) < 2 ||
		r.Dict.root.next[k] != nil && len(r.Dict.root.next[k].hits) > 0 || titlesOfAddress[k] || p == 0 && sentenceStarters[k] {
		return false
	}
	if u := st.toks[p].UPOS; u != "" && u != "PROPN" || headlineCase(st.toks, st.words) {
		return false
	}
	return !sameGivenName(k, normKey(canon[len(canon)-n-1]))
}

// sameGivenName reports whether two given names are spellings of one
// name: the same first letter and at most two letters apart ("Sergei",
// "Sergey"; "Mohammed", "Muhammad").
func sameGivenName(x, y string) bool {
	if x == y {
		return true
	}
	if x == "" || y == "" || x[0] != y[0] {
		return false
	}
	return editDistance(x, y) <= 2
}

// editDistance is the Levenshtein distance between two strings' bytes.
func editDistance(x, y string) int {
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// clockWords are times of day that abbreviations in the dictionaries
// would otherwise match once their periods are dropped.
var clockWords = map[string]bool{"p.m.": true, "a.m.": true, "p.m": true, "a.m": true}

// pickAt is pick, preferring among people of the same name the one in
// office on day t ("George Bush" is the elder in 1990, the younger in
// 2005).
func pickAt(hits []hit, words []string, t time.Time) (hit, bool) {
	best, ok := pick(hits, words)
	if !ok || best.kind != Person || best.entry.active(t) {
		return best, ok
	}
	for _, h := range hits {
		if h.kind == Person && h.entry != best.entry && h.entry.active(t) {
			if c, ok := pick([]hit{h}, words); ok {
				return c, true
			}
		}
	}
	return best, ok
}

// kindRank orders the kinds when one phrase names several entries.
var kindRank = [...]int{Person: 7, Org: 6, Seat: 5, Country: 4, Capital: 3, Adjective: 2, Agent: 1, Modifier: 0}

// pick returns the best hit whose capitalisation fits the words.
func pick(hits []hit, words []string) (hit, bool) {
	var best hit
	found := false
	for _, h := range hits {
		if h.kind == Modifier {
			continue
		}
		ok := true
		for i, w := range words {
			if i < 64 && h.caps&(1<<i) != 0 && (!startsUpperRune(w) || (h.upper&(1<<i) != 0 && !isAllCaps(w))) {
				ok = false
				break
			}
		}
		if ok && (!found || kindRank[h.kind] >= kindRank[best.kind]) {
			best, found = h, true
		}
	}
	return best, found
}

func startsUpperRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// needsNER reports whether some capitalised word after the first is not
// covered by the dictionaries.
func needsNER(st *sentState) bool {
	for i := 1; i < len(st.words); i++ {
		if st.at[i] < 0 && startsUpperRune(st.words[i]) && !pronounOrDigit(st.keys[i]) {
			return true
		}
	}
	return len(st.words) > 0 && st.at[0] < 0 && startsUpperRune(st.words[0]) && !sentenceStarters[st.keys[0]] && !pronounOrDigit(st.keys[0])
}

// pronounOrDigit reports keys that are never names: "I" and numbers.
func pronounOrDigit(k string) bool {
	if k == "i" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(k)
	return unicode.IsDigit(r)
}

// sentenceStarters are common capitalised first words that are not names;
// a sentence whose only capitalised word is one of them needs no NER.
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an in on at to of by for with from after before during since until
	when while as if but and or so yet also however meanwhile moreover although though because it its he she
	they we you i this that these those there here his her their our my some many most several all both each
	no not one two three four five six seven eight nine ten according last next on earlier later what who why
	how where which such other another more less only even still then now today yesterday`) {
		sentenceStarters[w] = true
	}
}

// addNER adds the tagger's names that no dictionary match overlaps; a
// name keeps the type it was first given in the document.
func (r *Recognizer) addNER(ds *docState, st *sentState) {
	tags := r.NER.Tag(st.words)
	for i := 0; i < len(tags); {
		if !strings.HasPrefix(tags[i], "B-") {
			i++
			continue
		}
		typ := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		free := true
		for k := i; k < j; k++ {
			if st.at[k] >= 0 {
				free = false
			}
		}
		if free {
			name := strings.Join(st.keys[i:j], " ")
			if t, ok := ds.nerType[name]; ok {
				typ = t
			} else {
				ds.nerType[name] = typ
			}
			st.push(unit{start: i, end: j, ner: typ})
		}
		i = j
	}
}

// addCapRuns turns a run of capitalised words right after an office title
// ("Foreign Minister Ana Lopez") or equal to a surname seen earlier in the
// document into a name unit, when NER did not already.
func (r *Recognizer) addCapRuns(ds *docState, s *doc.Sentence, st *sentState) {
	n := len(st.words)
	for i := 0; i < n; i++ {
		if st.at[i] >= 0 || !isNameWord(st.words[i]) {
			continue
		}
		_, known := ds.surname[st.keys[i]]
		j := i + 1
		for j < n && j-i < 4 && st.at[j] < 0 && isNameWord(st.words[j]) && !st.poss[j-1] {
			j++
		}
		// After an office ("Foreign Minister Ana Lopez") or, for a
		// full name, after any word for a person ("spokesman Daniel
		// Moreau").
		afterTitle := false
		if i > 0 && st.at[i-1] >= 0 {
			if u := st.units[st.at[i-1]]; u.kind == Agent && u.entry.Person {
				afterTitle = startsUpperRune(st.words[u.start]) || j-i >= 2
			}
		}
		if !known && !afterTitle {
			continue
		}
		st.push(unit{start: i, end: j, ner: "PER"})
		i = j - 1
	}
}

// anaphorEntry stands for the country of "the country's" until its phrase
// is composed.
var anaphorEntry = &Entry{Name: "the country", Kind: Country}

// addCountryAnaphors makes "the country's" before an agent ("the
// country's forces", "the country's president") a country unit whose
// country the context gives.
func (r *Recognizer) addCountryAnaphors(st *sentState) {
	n := len(st.keys)
	for i := 1; i < n; i++ {
		if st.keys[i] != "country" || st.keys[i-1] != "the" || st.at[i] >= 0 {
			continue
		}
		j := i + 1
		if !st.poss[i] {
			if j >= n || st.keys[j] != "'s" {
				continue
			}
			j++
		}
		for j < n && st.at[j] < 0 && r.isModifierWord(st, j) {
			j++
		}
		if j >= n || st.at[j] < 0 || st.units[st.at[j]].kind != Agent {
			continue
		}
		st.at[i] = len(st.units)
		st.units = append(st.units, unit{start: i, end: i + 1, kind: Country, entry: anaphorEntry, anaphor: true})
	}
}

// isNameWord reports whether w can be part of a person's name: capitalised
// letters, initials ("S."), hyphens and apostrophes.
func isNameWord(w string) bool {
	if !startsUpperRune(w) || w == "I" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return false
	}
	switch strings.ToLower(strings.TrimSuffix(w, "'s")) {
	case "the", "a", "an", "on", "in", "at", "and", "but", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december":
		return false
	}
	return true
}

// locative words before a capital mean the place, not its government.
var locatives = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "into": true, "outside": true, "across": true,
	"around": true, "toward": true, "towards": true, "via": true, "through": true, "visit": true, "visited": true,
	"visiting": true, "visits": true, "of": true, "between": true, "reached": true, "arrived": true, "left": true,
	"on": true, "over": true, "inside": true, "within": true, "throughout": true, "leave": true, "fled": true, "for": true,
}

// subjectRels are the dependency relations where a capital names its
// government.
var subjectRels = map[string]bool{"nsubj": true, "nsubj:pass": true, "csubj": true, "nmod:poss": true, "obl:agent": true, "obj": true, "iobj": true}

// actorPreps are prepositions after which a capital is a party to
// something ("talks with Washington", "sanctions against Moscow").
var actorPreps = map[string]bool{"with": true, "against": true, "by": true, "toward": true, "towards": true}

// metonymic reports whether the capital in tokens [a, b) stands for its
// government: in subject position, possessive, or before a verb, and not
// after a locative word or in a dateline.
func metonymic(s *doc.Sentence, st *sentState, a, b int) bool {
	if a > 0 && locatives[st.keys[a-1]] {
		return false
	}
	if st.poss[b-1] || (b < len(st.keys) && st.keys[b] == "'s") {
		return true
	}
	if a == 0 && b < len(st.words) && (st.words[b] == "," || st.words[b] == "(" || st.words[b] == "-" || st.words[b] == "—") {
		return false
	}
	if a > 0 && actorPreps[st.keys[a-1]] {
		return true
	}
	head := &s.Tokens[b-1]
	if head.Rel != "" {
		return subjectRels[head.Rel]
	}
	if b < len(s.Tokens) {
		nt := &s.Tokens[b]
		if nt.UPOS == "VERB" || nt.UPOS == "AUX" {
			return true
		}
		switch st.keys[b] {
		case "said", "says", "has", "have", "had", "is", "was", "will", "would", "announced", "accused", "rejected",
			"warned", "denied", "wants", "insisted", "called", "urged", "condemned", "responded", "agreed", "refused", "threatened":
			return true
		}
	}
	return false
}

// GazetteerTags returns one dictionary feature per word for the NER
// tagger: "B-person", "I-org", "B-country", "B-adj", "B-agent" and so on,
// or "O". keys are the normalised words (normKey); words the originals.
func (d *Dict) GazetteerTags(keys, words []string) []string {
	out := make([]string, len(keys))
	for i := range out {
		out[i] = "O"
	}
	for i := 0; i < len(keys); {
		nd := d.root
		bestEnd, best := -1, hit{}
		for j := i; j < len(keys); j++ {
			nd = nd.next[keys[j]]
			if nd == nil {
				break
			}
			if h, ok := pick(nd.hits, words[i:j+1]); ok {
				bestEnd, best = j+1, h
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		name := best.kind.String()
		out[i] = "B-" + name
		for k := i + 1; k < bestEnd; k++ {
			out[k] = "I-" + name
		}
		i = bestEnd
	}
	return out
}

// Keys returns the normalised dictionary keys of words, for GazetteerTags.
func Keys(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		k := normKey(w)
		if len(k) > 2 && strings.HasSuffix(k, "'s") {
			k = k[:len(k)-2]
		}
		out[i] = k
	}
	return out
}

// namesWithCountries turns a country, adjective or capital that is part of
// a longer capitalised name ("New England Patriots", "British Airways",
// "Air France", "Indian Premier League") into an organisation name without
// a country code. The evidence is a capitalised word joined to it that no
// dictionary knows (or that NER tagged as an organisation or place), or a
// name ending in a word for a club, company or competition. Sentences
// written in title case are left alone.
func (r *Recognizer) namesWithCountries(st *sentState) {
	if len(st.units) == 0 || headlineCase(st.toks, st.words) {
		return
	}
	changed := false
	for ui := range st.units {
		u := &st.units[ui]
		if u.entry == nil || u.ner != "" || u.end <= u.start || (u.kind != Country && u.kind != Adjective && u.kind != Capital) {
			continue
		}
		country := CountryOf(unitCode(u, st.date))
		if r.Dict.CountryName(country) == "" {
			// Religions and regions are no country to lose.
			continue
		}
		a, b := u.start, u.end
		for a > 0 && r.nameJoin(st, a-1, true) {
			a--
		}
		for b < len(st.words) && !st.poss[b-1] && r.nameJoin(st, b, false) {
			b++
		}
		if b > u.end && officeFollows(st, b) {
			// "U.S. District Judge", "Bangladeshi Road Transport and
			// Bridges Minister": the words are part of an office.
			continue
		}
		if a == u.start && b == u.end {
			// "Indian Premier League": a title word inside a name
			// that ends in a word for a competition or company.
			k := b
			for k < len(st.words) && k-b < 3 && !st.poss[k-1] && startsUpperRune(st.words[k]) && isTitleWord(st.words[k]) {
				k++
			}
			if k == b || !nameHeads[st.keys[k-1]] {
				continue
			}
			b = k
		}
		typ, nerOrg := "ORG", false
		for k := a; k < b; k++ {
			if j := st.at[k]; j >= 0 && j != ui && st.units[j].ner != "" {
				typ, nerOrg = st.units[j].ner, true
			}
		}
		head := st.keys[b-1]
		switch {
		case b > u.end && a == u.start && !nerOrg && !nameHeads[head] && stateHeads[head] == "":
			// A capitalised word after a country with nothing else
			// to show a name ("U.S. Attorney") may be an office.
			continue
		case u.kind == Capital && !nerOrg && !nameHeads[head]:
			// "London Bridge", "George Washington": a place or a
			// person, not the government; the capital is no actor
			// there anyway.
			continue
		case b == u.end && u.kind == Adjective:
			// "Native American": still the country's people.
			continue
		case b == u.end && !nerOrg && !orgPrefixes[st.keys[a]] && !slices.Contains(st.keys[a:b], "party"):
			// "New Mexico", "New England": another place.
			typ = "LOC"
		}
		code := ""
		if slices.Contains(st.keys[a:b], "party") {
			// "Scottish National Party": the country's party.
			code = Compose(country, "PTY")
		} else if sec := stateHeads[head]; sec != "" && Regions[country] == "" {
			// "Iranian Expediency Discernment Council": a body of
			// the state keeps its country.
			code, typ = Compose(country, sec), "ORG"
		}
		// The name absorbs the units it overlaps.
		for k := a; k < b; k++ {
			if j := st.at[k]; j >= 0 && j != ui {
				if o := &st.units[j]; o.start < a || o.end > b {
					a, b = min(a, o.start), max(b, o.end)
				}
				st.units[j].end = st.units[j].start // dropped below
			}
		}
		*u = unit{start: a, end: b, ner: typ, code: code}
		changed = true
	}
	if !changed {
		return
	}
	kept := st.units[:0]
	for _, u := range st.units {
		if u.end > u.start {
			kept = append(kept, u)
		}
	}
	st.units = kept
	st.index()
}

// nameJoin reports whether the word at k continues a capitalised name
// with a country in it: a name word no dictionary knows, or that NER
// tagged as an organisation or place, and not a person's name.
func (r *Recognizer) nameJoin(st *sentState, k int, before bool) bool {
	w := st.words[k]
	if !isNameWord(w) || !isTitleWord(w) || compassWords[st.keys[k]] || (before && st.poss[k]) {
		return false
	}
	if isAllCaps(w) && len(w) > 1 {
		return false
	}
	if j := st.at[k]; j >= 0 && (st.units[j].ner == "" || st.units[j].ner == "PER") {
		return false
	}
	switch st.toks[k].UPOS {
	case "VERB", "AUX", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "NUM":
		return false
	}
	if before && k == 0 && sentenceStarters[st.keys[k]] {
		return false
	}
	return true
}

// headlineCase reports a sentence written like a headline, in title
// case: a verb or a short function word after the first is capitalised
// ("Russia Warns Ukraine Over Troops").
func headlineCase(toks []doc.Token, words []string) bool {
	for i := 1; i < len(words); i++ {
		if !startsUpperRune(words[i]) || isAllCaps(words[i]) {
			continue
		}
		if u := toks[i].UPOS; u == "VERB" || u == "AUX" || headlineWords[strings.ToLower(words[i])] {
			return true
		}
	}
	return false
}

// headlineWords are lower-case in running text and capitalised in title
// case.
var headlineWords = map[string]bool{
	"of": true, "in": true, "on": true, "for": true, "to": true, "with": true, "and": true, "a": true, "over": true,
	"after": true, "as": true, "at": true, "by": true, "from": true, "is": true, "are": true, "says": true, "said": true,
}

// compassWords qualify a country's name without making it another name
// ("Northern Iraq").
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "upper": true, "lower": true,
	"greater": true, "mainland": true, "rural": true, "occupied": true, "free": true, "modern": true,
}

// orgPrefixes begin names of companies and clubs ("Air France", "Team
// Sky").
var orgPrefixes = map[string]bool{
	"air": true, "radio": true, "team": true, "club": true, "bank": true, "banco": true, "real": true,
	"atletico": true, "sporting": true, "olympique": true, "inter": true, "royal": true,
}

// stateHeads end names of state bodies, with their sector.
var stateHeads = map[string]string{
	"council": "GOV", "commission": "GOV", "agency": "GOV", "bureau": "GOV", "directorate": "GOV", "court": "JUD",
	"assembly": "LEG", "guard": "MIL", "guards": "MIL", "corps": "MIL",
}

// nameHeads end names of clubs, competitions, companies and newspapers.
var nameHeads = map[string]bool{
	"league": true, "cup": true, "championship": true, "championships": true, "open": true, "games": true, "club": true,
	"fc": true, "airways": true, "airlines": true, "airport": true, "railways": true, "motors": true, "telecom": true,
	"petroleum": true, "times": true, "post": true, "herald": true, "tribune": true, "gazette": true, "express": true,
	"inc": true, "ltd": true, "plc": true, "corp": true, "corporation": true, "holdings": true, "museum": true,
	"prix": true, "tour": true, "party": true, "federation": true, "association": true, "institute": true,
	"foundation": true, "society": true, "company": true, "fund": true, "railway": true, "marathon": true, "exchange": true, "series": true, "idol": true,
}

// datelineCountry returns the country of the first capital or country
// named in a dateline sentence, or "".
func (r *Recognizer) datelineCountry(st *sentState) string {
	for i := range st.units {
		u := &st.units[i]
		if u.kind == Capital || u.kind == Country {
			if c := CountryOf(unitCode(u, st.date)); c != "" && r.Dict.CountryName(c) != "" {
				return c
			}
		}
	}
	return ""
}

// officeFollows reports whether a capitalised office follows token b,
// possibly after more title words joined by "and" ("Road Transport and
// Bridges Minister").
func officeFollows(st *sentState, b int) bool {
	for k := b; k < len(st.words) && k < b+4; k++ {
		if j := st.at[k]; j >= 0 && st.units[j].ner == "" {
			return st.units[j].kind == Agent && startsUpperRune(st.words[k])
		}
		if st.keys[k] != "and" && st.keys[k] != "&" && !isTitleWord(st.words[k]) {
			return false
		}
	}
	return false
}

// titlesOfAddress before a word make it part of a person's name ("Dr
// Christian Keysers").
var titlesOfAddress = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "professor": true, "sir": true, "dame": true, "miss": true}

// firstNames turns an adjective or country word that begins a person's
// name into that name: after a title of address ("Dr Christian
// Keysers") or before a surname already seen in the document
// ("Christian Keysers said").
func (r *Recognizer) firstNames(ds *docState, st *sentState) {
	n := len(st.words)
	for ui := range st.units {
		u := &st.units[ui]
		if u.entry == nil || u.ner != "" || u.end != u.start+1 || (u.kind != Adjective && u.kind != Country) || st.poss[u.start] {
			continue
		}
		b := u.end
		for b < n && b-u.end < 3 && st.at[b] < 0 && isNameWord(st.words[b]) && !isAllCaps(st.words[b]) && !st.poss[b-1] {
			b++
		}
		if b == u.end {
			continue
		}
		known := false
		if ref, ok := ds.surname[st.keys[b-1]]; ok {
			// The same full name seen before.
			f := strings.Fields(ds.d.Entities[ref].Name)
			known = len(f) == b-u.start && strings.EqualFold(f[0], st.words[u.start])
		}
		if !known && (u.start == 0 || !titlesOfAddress[st.keys[u.start-1]]) {
			continue
		}
		for k := u.start; k < b; k++ {
			st.at[k] = ui
		}
		*u = unit{start: u.start, end: b, ner: "PER"}
	}
}
