package quote

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/wordscan"
)

// speechVerbs introduce speech, before or after the speaker.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true,
	"added": true, "adds": true, "stated": true, "states": true,
	"declared": true, "announced": true, "warned": true, "warns": true,
	"insisted": true, "insists": true, "explained": true, "noted": true,
	"stressed": true, "wrote": true, "writes": true, "tweeted": true,
	"posted": true, "claimed": true, "claims": true, "argued": true,
	"argues": true, "continued": true, "acknowledged": true,
	"admitted": true, "complained": true, "urged": true, "vowed": true,
	"promised": true, "reiterated": true, "emphasised": true,
	"emphasized": true, "recalled": true, "cautioned": true,
	"observed": true, "remarked": true, "predicted": true, "suggested": true,
	"conceded": true, "confirmed": true, "denied": true, "responded": true,
	"replied": true, "countered": true, "maintained": true, "alleged": true,
	"asserted": true, "contended": true, "asked": true, "quoted": true,
	"saying": true, "testified": true, "commented": true, "concluded": true,
	"quipped": true, "joked": true, "shouted": true, "pledged": true,
	"proclaimed": true, "demanded": true, "threatened": true,
	"announces": true, "warning": true, "adding": true, "telling": true,
	"asks": true, "notes": true, "explains": true, "recalls": true,
	"continues": true, "admits": true, "suggests": true, "concludes": true,
	"replies": true, "responds": true, "acknowledges": true, "quips": true,
	"jokes": true, "declares": true, "stresses": true, "emphasizes": true,
	"emphasises": true, "observes": true, "predicts": true, "concedes": true,
	"counters": true, "maintains": true, "contends": true, "laments": true,
	"lamented": true, "wonders": true, "wondered": true, "recounts": true,
	"recounted": true, "answered": true, "answers": true, "exclaimed": true,
	"cautions": true, "reasoned": true, "reasons": true, "boasted": true,
	"boasts": true, "mused": true, "muses": true,
	"pleaded": true, "pleads": true, "urges": true, "vows": true,
	"promises": true, "tweets": true,
}

// invertedVerbs may come before the speaker ("said Smith").
var invertedVerbs = map[string]bool{
	"said": true, "says": true, "added": true, "adds": true, "asked": true,
	"wrote": true, "continued": true, "explained": true, "declared": true,
	"insisted": true, "noted": true, "recalled": true, "warned": true,
	"replied": true, "quipped": true, "recounted": true, "stated": true,
	"writes": true, "asks": true, "notes": true, "explains": true,
	"continues": true, "announced": true, "responded": true,
	"answered": true, "wondered": true, "joked": true, "shouted": true,
	"tweeted": true, "concluded": true, "argued": true, "argues": true,
	"observed": true, "remarked": true, "exclaimed": true, "replies": true,
	"responds": true, "insists": true, "warns": true, "recalls": true,
	"cautioned": true, "conceded": true, "acknowledged": true,
}

// partialVerbs take a partial quotation as their object ("described the
// talks as “constructive”").
var partialVerbs = map[string]bool{
	"described": true, "called": true, "accused": true, "branded": true,
	"labelled": true, "labeled": true, "termed": true, "dismissed": true,
	"praised": true, "condemned": true, "hailed": true, "denounced": true,
	"slammed": true, "criticised": true, "criticized": true, "describes": true,
	"calls": true, "welcomed": true, "rejected": true,
}

// npStart words are dropped from the start of a speaker phrase.
var npLead = map[string]bool{
	"and": true, "but": true, "so": true, "then": true, "as": true,
	"while": true, "when": true, "also": true, "meanwhile": true,
	"however": true, "yet": true, "because": true, "since": true,
	"although": true, "though": true, "if": true, "unless": true,
}

// npTrail words are dropped from the end of a speaker phrase.
var npTrail = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "has": true,
	"had": true, "have": true, "also": true, "quoted": true, "as": true,
	"then": true, "later": true, "would": true, "will": true, "once": true,
	"again": true, "previously": true, "earlier": true, "reportedly": true,
	"late": true, "being": true, "been": true, "and": true, "or": true,
	"but": true, "long": true, "do": true, "does": true, "did": true,
	"can": true, "could": true,
}

// npCut words end a speaker phrase: what follows is when or where.
var npCut = map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "after": true,
	"before": true, "yesterday": true, "today": true, "tonight": true,
	"told": true, "when": true, "while": true, "who": true, "via": true,
	"adding": true, "speaking": true, "last": true, "this": true, "earlier": true,
	"that": true, "through": true,
}

// sceneWords open a sentence with a scene-setting phrase, not a speaker.
var sceneWords = map[string]bool{
	"in": true, "on": true, "at": true, "after": true, "before": true,
	"during": true, "speaking": true, "asked": true, "earlier": true,
	"later": true, "meanwhile": true, "however": true, "but": true,
	"and": true, "when": true, "while": true, "since": true, "despite": true,
	"although": true, "following": true, "addressing": true, "writing": true,
	"separately": true, "instead": true, "still": true, "yet": true,
}

var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

// cleanNP trims a speaker phrase given as token indexes.
func (x *extractor) cleanNP(idx []int) []int {
	for len(idx) > 0 && (x.toks[idx[0]].Kind == wordscan.Punct || npLead[x.toks[idx[0]].Lower]) {
		idx = idx[1:]
	}
	for k, i := range idx {
		t := x.toks[i]
		if k > 0 && (npCut[t.Lower] || weekdayNames[t.Lower] || isMark(t.Text) || t.Text == "(" || t.Text == "—" || t.Text == "–") {
			idx = idx[:k]
			break
		}
	}
	for _, i := range idx {
		if x.toks[i].Is("not", "n't", "never", "neither", "nor") {
			return nil // "They have not said": no speech
		}
	}
	for len(idx) > 0 {
		t := x.toks[idx[len(idx)-1]]
		if t.Kind == wordscan.Punct || npTrail[t.Lower] || (strings.HasSuffix(t.Lower, "ly") && len(t.Lower) > 4 && !t.Capitalized()) {
			idx = idx[:len(idx)-1]
			continue
		}
		break
	}
	if len(idx) == 0 || len(idx) > 10 || x.toks[idx[0]].Is("in", "on", "at", "for", "with", "from", "to", "by", "of", "into", "about") {
		return nil
	}
	hasWord := false
	for _, i := range idx {
		t := x.toks[i]
		if t.Kind == wordscan.Word {
			hasWord = true
		}
		if isVerb(t, speechVerbs) || isVerb(t, partialVerbs) || isMark(t.Text) || t.Lower == "n't" {
			return nil
		}
	}
	if !hasWord {
		return nil
	}
	return idx
}

// backNP chooses the speaker phrase among the tokens before a verb: the
// part after the last comma, or the name before an appositive ("Peskov,
// the Kremlin spokesman, said").
func (x *extractor) backNP(idx []int) []int {
	var segs [][]int
	cur := []int{}
	for _, i := range idx {
		if x.toks[i].Text == "," {
			if len(cur) > 0 {
				segs = append(segs, cur)
			}
			cur = []int{}
			continue
		}
		cur = append(cur, i)
	}
	if len(cur) > 0 {
		segs = append(segs, cur)
	}
	if len(segs) == 0 {
		return nil
	}
	last := segs[len(segs)-1]
	if len(segs) >= 2 && (x.toks[last[0]].Is("the", "a", "an", "who", "whose", "which", "himself", "herself") || sceneWords[x.toks[last[0]].Lower]) {
		prev := segs[len(segs)-2]
		first := x.toks[prev[0]]
		if len(prev) <= 6 && first.Capitalized() && !sceneWords[first.Lower] && !x.toks[prev[0]].Is("the", "a", "an") {
			return x.cleanNP(prev)
		}
	}
	return x.cleanNP(last)
}

// attribution finds the speaker named right after or right before a
// quotation and names the pattern. It reports false when there is no
// attribution.
func (x *extractor) attribution(r raw) (*doc.Speaker, string, bool) {
	before, okBefore := x.before(r.open)
	// "X said: “…”" and "X said, “…”" introduce the quotation; they win
	// over words after it ("… He went on to say").
	if okBefore && r.open > 0 && (x.toks[r.open-1].Text == ":" || x.toks[r.open-1].Text == ",") {
		return x.resolve(before, r.start), "before", true
	}
	if r.close >= 0 {
		if np, ok := x.after(r.close + 1); ok {
			return x.resolve(np, r.start), "after", true
		}
	}
	if okBefore {
		return x.resolve(before, r.start), "before", true
	}
	return nil, "", false
}

// boundary reports whether token k ends an attribution's reach.
func (x *extractor) boundary(k int) bool {
	t := x.toks[k]
	if t.Text == "." && k > 0 {
		p := x.toks[k-1]
		if wordscan.Adjacent(p, t) && p.Kind == wordscan.Word && (len(p.Text) == 1 || abbreviations[p.Lower]) {
			return false // "U.N.", "Gen."
		}
	}
	return t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ";" || isMark(t.Text)
}

// nameMark reports whether a punctuation mark may stand inside a speaker
// phrase: a comma before an appositive, an abbreviation's period ("U.S.",
// "Ms."), an apostrophe ("O’Keefe") or a hyphen.
func nameMark(p string) bool {
	switch p {
	case ",", ".", "'", "’", "-", "*", "_", "&":
		return true
	}
	return false
}

// after reads an attribution after a closing mark at token k: ", he
// said", ", said X", ", according to X", ", X told reporters".
func (x *extractor) after(k int) ([]int, bool) {
	para := x.paraIndex(x.toks[k-1].Start)
	var a []int
	for ; k < len(x.toks) && len(a) < 25; k++ {
		if x.boundary(k) || x.paraIndex(x.toks[k].Start) != para {
			break
		}
		a = append(a, k)
	}
	i := 0
	for i < len(a) && x.toks[a[i]].Text == "," {
		i++
	}
	if len(a) > 1 && (x.toks[a[0]].Text == "—" || x.toks[a[0]].Text == "–" || x.toks[a[0]].Text == "-") && len(a) <= 12 {
		// a byline-style attribution: “…” — Former press secretary Sean Spicer
		np := x.cleanNP(x.untilComma(a[1:]))
		if np != nil && x.toks[np[len(np)-1]].Capitalized() {
			return np, true
		}
	}
	if i+1 < len(a) && x.toks[a[i]].Is("according") && x.toks[a[i+1]].Is("to") {
		np := x.untilComma(a[i+2:])
		np = x.cleanNP(np)
		return np, np != nil
	}
	for v := i; v < len(a) && v < i+12; v++ {
		t := x.toks[a[v]]
		if t.Kind == wordscan.Punct && !nameMark(t.Text) {
			return nil, false
		}
		if !isVerb(t, speechVerbs) {
			continue
		}
		lead := v == i || (v == i+1 && (x.toks[a[i]].Is("also", "then", "later") || strings.HasSuffix(x.toks[a[i]].Lower, "ly")))
		if lead {
			if !invertedVerbs[t.Lower] {
				return nil, false
			}
			np := x.cleanNP(x.untilComma(a[v+1:]))
			return np, np != nil
		}
		np := x.backNP(a[i:v])
		return np, np != nil
	}
	return nil, false
}

// before reads an attribution before an opening mark at token k: "X
// said:", "X told reporters:", "According to X,", "X was quoted as saying".
func (x *extractor) before(k int) ([]int, bool) {
	if k == 0 {
		return nil, false
	}
	para := x.paraIndex(x.toks[k].Start)
	if x.toks[k-1].Text == ":" && x.paraIndex(x.toks[k-1].Start) != para {
		// "The ministry said:" ending the paragraph before the quotation
		para = x.paraIndex(x.toks[k-1].Start)
	}
	var b []int
	for j := k - 1; j >= 0 && len(b) < 25; j-- {
		if x.boundary(j) || x.paraIndex(x.toks[j].Start) != para {
			break
		}
		b = append([]int{j}, b...)
	}
	for len(b) > 0 && (x.toks[b[len(b)-1]].Text == ":" || x.toks[b[len(b)-1]].Text == ",") {
		b = b[:len(b)-1]
	}
	if len(b) == 0 {
		return nil, false
	}
	if len(b) > 2 && x.toks[b[0]].Is("according") && x.toks[b[1]].Is("to") {
		np := x.cleanNP(x.untilComma(b[2:]))
		return np, np != nil
	}
	for v := len(b) - 1; v >= 0 && v >= len(b)-7; v-- {
		t := x.toks[b[v]]
		if t.Text == "," && v < len(b)-1 {
			return nil, false
		}
		if !isVerb(t, speechVerbs) {
			continue
		}
		if v == 0 {
			return nil, false
		}
		np := x.backNP(b[:v])
		return np, np != nil
	}
	return nil, false
}

// untilComma returns the tokens up to the first comma.
func (x *extractor) untilComma(idx []int) []int {
	for k, i := range idx {
		if x.toks[i].Text == "," {
			return idx[:k]
		}
	}
	return idx
}

// sentenceSpeaker finds the speaker of the sentence holding a partial
// quotation: the subject of its speech verb ("Putin described the talks as
// “…”").
func (x *extractor) sentenceSpeaker(r raw) *doc.Speaker {
	si := x.sentIndex(r.start)
	if si < 0 {
		return nil
	}
	s := x.sents[si]
	first := x.tokAt(s.start)
	inside := false
	var seen []int
	for k := first; k < len(x.toks) && x.toks[k].End <= s.end; k++ {
		t := x.toks[k]
		if isMark(t.Text) {
			inside = !inside
			continue
		}
		if inside {
			continue
		}
		if isVerb(t, speechVerbs) || isVerb(t, partialVerbs) {
			np := x.backNP(x.subject(seen))
			if np != nil {
				return x.resolve(np, r.start)
			}
		}
		seen = append(seen, k)
	}
	return nil
}

// lastClause keeps the tokens after the last clause boundary word.
func (x *extractor) lastClause(idx []int) []int {
	for k := len(idx) - 1; k >= 0; k-- {
		if x.toks[idx[k]].Is("and") && k > 0 && k+1 < len(idx) && x.toks[idx[k-1]].Capitalized() && x.toks[idx[k+1]].Capitalized() {
			continue // "Rogaland Fire and Rescue"
		}
		if x.toks[idx[k]].Is("and", "but", "while", "whereas", "because", "that", "after", "when", "though", "although", "as", "since", "if", "unless", "where", "which", "who", "before", "until", "so", "whether") || x.toks[idx[k]].Text == ";" {
			return idx[k+1:]
		}
	}
	return idx
}

var pronouns = map[string]string{
	"he": "PER", "she": "PER", "him": "PER", "her": "PER", "i": "PER",
	"they": "ORG", "it": "ORG", "we": "ORG",
}

// roleNouns name offices and bodies in a description of a speaker.
var roleNouns = []string{
	"prime minister", "foreign minister", "defence minister", "defense minister",
	"interior minister", "finance minister", "president", "minister",
	"ministry", "spokesman", "spokeswoman", "spokesperson", "chancellor",
	"king", "queen", "premier", "leader", "government", "army", "military",
	"police", "embassy", "foreign office", "state department", "pentagon",
	"kremlin", "white house", "commander", "general", "governor", "mayor",
	"ambassador", "envoy", "secretary", "official", "officials", "rebels",
	"militants", "insurgents", "opposition", "party", "court", "agency",
}

// sectorCode gives the CAMEO sector for a role noun.
func sectorCode(role string) string {
	switch role {
	case "army", "military", "commander", "general":
		return "MIL"
	case "police":
		return "COP"
	case "rebels", "militants", "insurgents":
		return "REB"
	case "opposition":
		return "OPP"
	case "court":
		return "JUD"
	case "party", "agency", "leader":
		return ""
	}
	return "GOV"
}

// sectorNames name the sectors as the actor dictionaries do ("India
// government").
var sectorNames = map[string]string{
	"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels",
	"OPP": "opposition", "JUD": "judiciary",
}

// nationalities maps adjectives to CAMEO country codes, for descriptions
// such as "the Russian president" when no actor mention covers them.
var nationalities = map[string]string{
	"russian": "RUS", "american": "USA", "u.s.": "USA", "us": "USA",
	"chinese": "CHN", "british": "GBR", "french": "FRA", "german": "DEU",
	"iranian": "IRN", "iraqi": "IRQ", "syrian": "SYR", "israeli": "ISR",
	"palestinian": "PSE", "turkish": "TUR", "ukrainian": "UKR",
	"indian": "IND", "pakistani": "PAK", "afghan": "AFG", "egyptian": "EGY",
	"saudi": "SAU", "japanese": "JPN", "korean": "KOR", "italian": "ITA",
	"spanish": "ESP", "polish": "POL", "canadian": "CAN", "mexican": "MEX",
	"brazilian": "BRA", "nigerian": "NGA", "kenyan": "KEN", "ethiopian": "ETH",
	"sudanese": "SDN", "libyan": "LBY", "yemeni": "YEM", "lebanese": "LBN",
	"jordanian": "JOR", "qatari": "QAT", "emirati": "ARE", "venezuelan": "VEN",
	"colombian": "COL", "australian": "AUS", "somali": "SOM", "malian": "MLI",
}

// resolve turns a speaker phrase into a Speaker, with the code and
// canonical name of the actor it refers to where one can be found.
func (x *extractor) resolve(np []int, at int) *doc.Speaker {
	sp := x.resolvePhrase(np, at)
	x.noteGender(sp)
	return sp
}

// resolvePhrase does the work of resolve.
func (x *extractor) resolvePhrase(np []int, at int) *doc.Speaker {
	first, last := x.toks[np[0]], x.toks[np[len(np)-1]]
	sp := &doc.Speaker{Start: first.Start, End: last.End, Text: x.d.Text[first.Start:last.End]}
	ents := x.d.Entities
	// An actor mention inside the phrase, a person first.
	best, bestRank := -1, 0
	for _, i := range x.entsIn(sp.Start, sp.End) {
		e := ents[i]
		if e.End > sp.End || !x.headedBy(e, np) {
			continue
		}
		rank := 1
		switch {
		case e.Type == "PER" && e.Code != "":
			rank = 4
		case len(e.Code) >= 6:
			rank = 3
		case e.Code != "":
			rank = 2
		}
		if best < 0 || rank > bestRank {
			best, bestRank = i, rank
		}
	}
	if best >= 0 && ents[best].Type != "NORP" {
		e := ents[best]
		x.fill(sp, best)
		if e.Type != "PER" || !endsInName(e.Text) || e.End < sp.End {
			x.nameAfter(sp, np, e.End)
		}
		if (e.Type == "GPE" || e.Type == "NORP") && len(sp.Code) == 3 {
			// "Ethiopia's trade ministry": the country's government
			if role := roleOf(strings.ToLower(sp.Text)); role != "" && sectorCode(role) != "" {
				sp.Code += sectorCode(role)
				sp.Name = strings.TrimSpace(sp.Name + " " + sectorNames[sectorCode(role)])
			}
		}
		if _, pron := pronouns[strings.ToLower(sp.Text)]; pron && sp.Code != "" {
			if prev := x.previousSpeaker(at); prev != nil && prev.Code == sp.Code && prev.Name != "" {
				sp.Name = prev.Name
			}
		}
		if sp.Code != "" {
			return sp
		}
	}
	lower := strings.ToLower(sp.Text)
	// A pronoun: the last speaker, or the last actor of the right kind.
	if typ, ok := pronouns[lower]; ok {
		if prev := x.previousSpeakerOf(at, genderOf(lower)); prev != nil {
			sp.Name, sp.Code = prev.Name, prev.Code
			return sp
		}
		if e := x.antecedent(sp.Start, func(e doc.Entity) bool {
			return e.Code != "" && (e.Type == typ || (typ == "ORG" && (e.Type == "GPE" || e.Type == "ORG")))
		}); e >= 0 {
			x.fill(sp, e)
		}
		return sp
	}
	// A surname or a name the actor stage did not tag.
	if last.Capitalized() && len(np) <= 3 {
		if i, ok := x.surnames()[last.Text]; ok {
			x.fill(sp, i)
			return sp
		}
	}
	if last.Capitalized() && len(np) <= 3 && x.titledName(sp, last.Text, at) {
		return sp
	}
	// A description: "the Russian president", "the ministry".
	role := roleOf(lower)
	if role == "" {
		return sp
	}
	country := ""
	for _, i := range x.entsIn(sp.Start, sp.End) {
		if e := ents[i]; e.End <= sp.End && len(e.Code) >= 3 && (e.Type == "NORP" || e.Type == "GPE") {
			country = e.Code[:3]
		}
	}
	if country == "" {
		for _, i := range np {
			if c := nationalities[x.toks[i].Lower]; c != "" {
				country = c
			}
		}
	}
	match := func(e doc.Entity) bool {
		if country != "" && !strings.HasPrefix(e.Code, country) {
			return false
		}
		txt := strings.ToLower(e.Text + " " + e.Name + " " + e.Role)
		return containsWord(txt, role)
	}
	if e := x.lastEntity(at, match); e >= 0 {
		x.fill(sp, e)
		return sp
	}
	if e := x.firstEntityAfter(at, match); e >= 0 {
		x.fill(sp, e)
		return sp
	}
	if country != "" && sectorCode(role) == "GOV" {
		// "the Russian president": the last person of that country's
		// government named before.
		typ := "PER"
		if role == "ministry" || role == "government" || role == "embassy" {
			typ = "ORG"
		}
		if e := x.lastEntity(at, func(e doc.Entity) bool {
			return e.Type == typ && strings.HasPrefix(e.Code, country+"GOV")
		}); e >= 0 {
			x.fill(sp, e)
			return sp
		}
	}
	if country != "" {
		sp.Code = country + sectorCode(role)
	}
	return sp
}

// fill copies an entity's code and canonical name, following coreference
// when the mention itself has no code.
func (x *extractor) fill(sp *doc.Speaker, i int) {
	ents := x.d.Entities
	e := ents[i]
	for hops := 0; e.Code == "" && e.Ref >= 0 && e.Ref < len(ents) && e.Ref != i && hops < 5; hops++ {
		i = e.Ref
		e = ents[i]
	}
	sp.Code = e.Code
	sp.Name = e.Name
	if sp.Name == "" && e.Type == "PER" && endsInName(e.Text) {
		sp.Name = e.Text
	}
}

// lastEntity returns the last entity before pos that ok accepts, or -1.
func (x *extractor) lastEntity(pos int, ok func(doc.Entity) bool) int {
	order := x.sortedEnts()
	p := sort.Search(len(order), func(k int) bool { return x.d.Entities[order[k]].Start >= pos })
	for k := p - 1; k >= 0 && k >= p-entityReach; k-- {
		if e := x.d.Entities[order[k]]; e.End <= pos && ok(e) {
			return order[k]
		}
	}
	return -1
}

// entityReach bounds how many mentions the searches for an antecedent
// look through.
const entityReach = 1000

// sortedEnts returns the indexes of the entities in order of their start.
func (x *extractor) sortedEnts() []int {
	if x.entOrder == nil {
		x.entOrder = make([]int, len(x.d.Entities))
		for i := range x.entOrder {
			x.entOrder[i] = i
		}
		sort.SliceStable(x.entOrder, func(a, b int) bool {
			return x.d.Entities[x.entOrder[a]].Start < x.d.Entities[x.entOrder[b]].Start
		})
	}
	return x.entOrder
}

// entsIn returns the indexes of the entities starting in [start, end).
func (x *extractor) entsIn(start, end int) []int {
	order := x.sortedEnts()
	i := sort.Search(len(order), func(k int) bool { return x.d.Entities[order[k]].Start >= start })
	j := i
	for j < len(order) && x.d.Entities[order[j]].Start < end {
		j++
	}
	return order[i:j]
}

// surnames maps the last word of each coded person's name to the first
// such person.
func (x *extractor) surnames() map[string]int {
	if x.surname == nil {
		x.surname = map[string]int{}
		for i, e := range x.d.Entities {
			if e.Type != "PER" || e.Code == "" {
				continue
			}
			name := e.Name
			if name == "" {
				name = e.Text
			}
			if f := strings.Fields(name); len(f) > 0 {
				if _, seen := x.surname[f[len(f)-1]]; !seen {
					x.surname[f[len(f)-1]] = i
				}
			}
		}
	}
	return x.surname
}

// firstEntityAfter returns the first entity after pos that ok accepts.
func (x *extractor) firstEntityAfter(pos int, ok func(doc.Entity) bool) int {
	order := x.sortedEnts()
	p := sort.Search(len(order), func(k int) bool { return x.d.Entities[order[k]].Start >= pos })
	for k := p; k < len(order) && k < p+entityReach; k++ {
		if ok(x.d.Entities[order[k]]) {
			return order[k]
		}
	}
	return -1
}

// containsWord reports whether phrase w occurs in s at word boundaries.
func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		end := k + len(w)
		okStart := k == 0 || !isWordByte(s[k-1])
		okEnd := end == len(s) || !isWordByte(s[end])
		if okStart && okEnd {
			return true
		}
		i = k + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isVerb reports whether t is a lower-case word in verbs ("States" in "the
// United States" is not the verb "states").
func isVerb(t wordscan.Tok, verbs map[string]bool) bool {
	return t.Kind == wordscan.Word && verbs[t.Lower] && !t.Capitalized()
}

// titledName resolves a name that the actor stage did not tag through the
// mention standing right before or after its first occurrence: "U.N.
// envoy Martin Halvorsen", "Aminata Keita, Mali's foreign minister".
func (x *extractor) titledName(sp *doc.Speaker, surname string, at int) bool {
	limit := max(at, sp.End)
	if x.firstCap == nil {
		x.firstCap = map[string]int{}
		for k, t := range x.toks {
			if _, seen := x.firstCap[t.Text]; !seen && t.Capitalized() {
				x.firstCap[t.Text] = k
			}
		}
	}
	if k, ok := x.firstCap[surname]; ok && x.toks[k].Start < limit {
		t := x.toks[k]
		first := k
		for first > 0 && x.toks[first-1].Capitalized() && !wordscan.Adjacent(x.toks[first-1], x.toks[first]) && k-first < 3 {
			first--
		}
		start, end := x.toks[first].Start, t.End
		for _, i := range x.entsIn(start-200, end+10) {
			e := x.d.Entities[i]
			if e.Code == "" || e.Type == "NORP" {
				continue
			}
			gapBefore := start - e.End
			gapAfter := e.Start - end
			if (gapBefore >= 0 && gapBefore <= 6 && strings.Trim(x.d.Text[e.End:start], " *_,") == "") ||
				(gapAfter >= 0 && gapAfter <= 8 && strings.Trim(x.d.Text[end:e.Start], " *_,") == "" && strings.Contains(x.d.Text[end:e.Start], ",")) {
				x.fill(sp, i)
				sp.Name = strings.Trim(x.d.Text[start:end], " *_")
				return true
			}
		}
	}
	return false
}

// headWords name people or bodies who speak for an organisation named
// before them ("the Kremlin spokesman", "a ministry official").
var headWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"spokesmen": true, "official": true, "officials": true, "source": true,
	"sources": true, "representative": true, "aide": true, "aides": true,
	"adviser": true, "advisor": true, "chief": true, "head": true,
	"director": true, "chairman": true, "chairwoman": true, "chair": true,
	"statement": true, "minister": true, "ministry": true, "president": true,
	"leader": true, "leaders": true, "commander": true, "ambassador": true,
	"envoy": true, "secretary": true, "government": true, "army": true,
	"military": true, "police": true, "office": true, "embassy": true,
	"prosecutor": true, "prosecutors": true, "lawyer": true, "lawyers": true,
	"attorney": true, "counsel": true, "negotiator": true, "delegation": true,
	"governor": true, "mayor": true, "premier": true, "chancellor": true,
	"general": true, "agency": true, "council": true, "committee": true,
	"department": true, "team": true, "staff": true, "members": true,
}

// headedBy reports whether entity e can stand for the whole speaker
// phrase np: it ends the phrase, or only words such as "spokesman" or
// "official" follow it ("the Kremlin spokesman"), or a name the actor stage
// left out follows a title ("U.N. envoy Martin Halvorsen").
func (x *extractor) headedBy(e doc.Entity, np []int) bool {
	var rest []wordscan.Tok
	for _, i := range np {
		if t := x.toks[i]; t.Start >= e.End && t.Kind == wordscan.Word && t.Lower != "'s" {
			rest = append(rest, t)
		}
	}
	if len(rest) == 0 {
		return true
	}
	k := len(rest)
	for k > 0 && rest[k-1].Capitalized() {
		k-- // a name at the end
	}
	if k == 0 {
		return !endsInName(e.Text) // a title, then a name
	}
	return headWords[rest[k-1].Lower]
}

// roleOf returns the first role noun in a lower-case phrase, or "".
func roleOf(lower string) string {
	for _, r := range roleNouns {
		if containsWord(lower, r) {
			return r
		}
	}
	return ""
}

// nameAfter sets the speaker's name from capitalized words that end the
// phrase after a title the actor stage found ("U.N. envoy Martin
// Halvorsen").
func (x *extractor) nameAfter(sp *doc.Speaker, np []int, after int) {
	first := -1
	for _, i := range np {
		t := x.toks[i]
		if t.Start < after || t.Kind == wordscan.Punct && (t.Text == "*" || t.Text == "_") {
			continue
		}
		if !t.Capitalized() {
			first = -1
			continue
		}
		if first < 0 {
			first = i
		}
	}
	last := x.toks[np[len(np)-1]]
	if first < 0 || !last.Capitalized() {
		return
	}
	sp.Name = strings.Trim(x.d.Text[x.toks[first].Start:last.End], " *_")
}

// endsInName reports whether a mention ends in a capitalized word, as a
// name does ("Heiko Maas") and a title does not ("U.N. envoy").
func endsInName(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	r := f[len(f)-1]
	return r[0] >= 'A' && r[0] <= 'Z'
}

// subject keeps the words right before a verb that can make up its
// subject: back to a clause word ("what it called") or to a word that
// belongs to a clause rather than a name ("summoned").
func (x *extractor) subject(idx []int) []int {
	k := len(idx)
	for k > 0 {
		t := x.toks[idx[k-1]]
		if !nounish(t) || t.Is("what", "which", "who", "whom", "whose", "that", "and", "but", "or", "to", "against", "because", "after", "when", "where", "as", "if", "than", "while") || t.Text == ";" || t.Text == ":" {
			break
		}
		k--
	}
	return idx[k:]
}

// antecedent finds what a pronoun at pos refers to: the first matching
// mention (the likely subject) of the pronoun's sentence before it, or of
// the closest sentence before that has one. A sentence that opens with a
// pronoun ("It summoned … what it called") looks back past itself.
func (x *extractor) antecedent(pos int, ok func(doc.Entity) bool) int {
	si := x.sentIndex(pos)
	if si < 0 {
		return x.lastEntity(pos, ok)
	}
	limit := pos
	if k := x.tokAt(x.sents[si].start); k < len(x.toks) {
		if _, isPron := pronouns[x.toks[k].Lower]; isPron {
			limit = x.sents[si].start
		}
	}
	for s := si; s >= 0 && s >= si-4; s-- {
		best := -1
		for _, i := range x.entsIn(x.sents[s].start, x.sents[s].end) {
			if e := x.d.Entities[i]; e.End <= x.sents[s].end && e.End <= limit && ok(e) {
				best = i
				break
			}
		}
		if best >= 0 {
			return best
		}
	}
	return x.lastEntity(pos, ok)
}

// previousSpeaker returns the resolved speaker of the closest quotation
// before pos within three paragraphs, or nil.
func (x *extractor) previousSpeaker(pos int) *doc.Speaker {
	return x.previousSpeakerOf(pos, 0)
}

// previousSpeakerOf is previousSpeaker for a pronoun of the given gender
// ('m' for "he", 'f' for "she", 0 for any): speakers known to be of the
// other gender are passed over.
func (x *extractor) previousSpeakerOf(pos int, gender byte) *doc.Speaker {
	// x.quotes holds the direct quotations in text order, then the
	// indirect ones in text order.
	var best *doc.Quote
	for _, part := range [][]doc.Quote{x.quotes[:x.direct], x.quotes[x.direct:]} {
		k := sort.Search(len(part), func(i int) bool { return part[i].Start >= pos })
		for k--; k >= 0; k-- {
			q := &part[k]
			if x.paraIndex(pos)-x.paraIndex(q.Start) > 3 {
				break
			}
			if q.Speaker == nil || (q.Speaker.Code == "" && q.Speaker.Name == "") {
				continue
			}
			if g := x.genders[speakerKey(q.Speaker)]; gender != 0 && g != 0 && g != gender {
				continue
			}
			if best == nil || q.Start > best.Start {
				best = q
			}
			break
		}
	}
	if best == nil {
		return nil
	}
	return best.Speaker
}

// speakerKey identifies a speaker's actor for the gender table.
func speakerKey(sp *doc.Speaker) string {
	if sp.Name != "" {
		return sp.Name
	}
	return sp.Code
}

// genderOf tells the gender a speaker phrase shows: a pronoun or an
// honorific ("Mr.", "Mrs.", "Ms."), else 0.
func genderOf(text string) byte {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return 0
	}
	switch strings.TrimSuffix(f[0], ".") {
	case "he", "him", "mr", "sir", "king", "prince", "lord":
		return 'm'
	case "she", "her", "mrs", "ms", "miss", "madam", "queen", "princess", "lady", "dame":
		return 'f'
	}
	return 0
}

// noteGender records what a resolved speaker phrase shows of the actor's
// gender.
func (x *extractor) noteGender(sp *doc.Speaker) {
	if sp == nil {
		return
	}
	if g := genderOf(sp.Text); g != 0 && speakerKey(sp) != "" {
		if x.genders == nil {
			x.genders = map[string]byte{}
		}
		x.genders[speakerKey(sp)] = g
	}
}
