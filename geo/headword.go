package geo

import (
	"slices"
	"strings"
)

// Feature head words a news text puts around a town's or county's name
// ("the Kanawha River", "Madison Township", "Lake Lanier", "Town of
// Groton", "the Port of Oakland", "Greater Boston"), and their
// abbreviations, which expand before any lookup.
var (
	headSuffixes = []string{" river", " township", " county", " lake"}
	headPrefixes = []string{"lake ", "river ", "town of ", "township of ", "city of ", "port of ", "greater "}
	headAbbrev   = map[string]string{"twp": "township", "co": "county"}
	// headStop are names never taken from a feature name: points of the
	// compass and words that are places only by accident ("West Side" is
	// no Side, Turkey).
	headStop = map[string]bool{
		"north": true, "south": true, "east": true, "west": true, "side": true,
		"upper": true, "lower": true, "big": true, "little": true, "great": true,
		"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
		"new": true, "old": true, "red": true, "black": true, "white": true, "green": true,
	}
)

// expandHead spells out a trailing "Twp." or "Co." ("Loudon Co." is
// "loudon county"); other keys are returned unchanged.
func expandHead(key string) string {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return key
	}
	if w, ok := headAbbrev[key[i+1:]]; ok {
		return key[:i+1] + w
	}
	return key
}

// headName returns the place name inside a feature name the gazetteer
// lacks ("kanawha river" → "kanawha", "lake lanier" → "lanier"), or "".
func headName(key string) string {
	key = expandHead(key)
	var x string
	for _, s := range headSuffixes {
		if r, ok := strings.CutSuffix(key, s); ok {
			x = r
		}
	}
	for _, s := range headPrefixes {
		if r, ok := strings.CutPrefix(key, s); ok {
			x = r
		}
	}
	if x == "" || headStop[x] {
		return ""
	}
	return x
}

// headFallback resolves a feature name the gazetteer lacks to the place
// it is named after, only among the readings that lie in a first-level
// region the document's other places are already in: "the Kanawha River"
// in a story about West Virginia towns is by Kanawha County, West
// Virginia, and nowhere else. (A township the gazetteer lacks is first
// given its story's central place: see centralPlace.)
// It returns the candidates kept, or nil.
func (g *Gazetteer) headFallback(key string, docA1 map[string]bool) []posting {
	x := headName(key)
	if x == "" {
		return nil
	}
	var out []posting
	for _, c := range g.lookup(x) {
		e := &g.Entries[c.entry]
		if e.Admin1Key == "" || !docA1[e.Admin1Key] || isCountryCode(e.Code) || e.Code == "ADM1" {
			continue
		}
		if !isPoint(e) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// wShort is the bonus of a reading of a short form ("Avondale") that the
// document names in full elsewhere ("Avondale Estates").
const wShort = 4.0

// shortForms gives a name that starts a longer name of the same document
// ("Avondale" after "Avondale Estates", "Boone" after "Boone County") the
// longer name's town and county readings, favoured by wShort. A country's
// or state's own name ("Kansas" beside "Kansas City", "New York" beside
// "New York City") keeps its own, and a city's name before "City"
// ("Dublin City Council") is no short form.
// Every mention of a name gets the same candidates.
func (p *Parser) shortForms(ms []*mention) {
	g := p.g
	var long []*mention // the first mention of each multi-word name
	for _, m := range ms {
		if strings.IndexByte(m.key, ' ') > 0 && !slices.ContainsFunc(long, func(l *mention) bool { return l.key == m.key }) {
			long = append(long, m)
		}
	}
	if len(long) == 0 {
		return
	}
	type ext struct {
		cands []posting
		of    map[int32]bool
	}
	done := map[string]*ext{}
	for _, m := range ms {
		x, seen := done[m.key]
		if !seen {
			for _, lm := range long {
				l, lc := lm.key, lm.cands
				rest, ok := strings.CutPrefix(l, m.key+" ")
				if !ok || rest == "city" || namesContainer(g, m) {
					continue
				}
				if x == nil {
					x = &ext{cands: m.cands[:len(m.cands):len(m.cands)], of: map[int32]bool{}}
				}
				for _, c := range lc {
					e := &g.Entries[c.entry]
					if !isPoint(e) || x.of[c.entry] {
						continue
					}
					x.of[c.entry] = true
					if !hasEntry(x.cands, c.entry) {
						x.cands = append(x.cands, c)
					}
				}
			}
			done[m.key] = x
		}
		if x != nil && len(x.of) > 0 {
			m.cands, m.longForm = x.cands, x.of
			m.scores = nil
		}
	}
}

// namesContainer reports whether the mention's name is the own name of a
// country or first-level region ("New York", "Kansas").
func namesContainer(g *Gazetteer, m *mention) bool {
	for _, c := range m.cands {
		if c.primary && isContainer(&g.Entries[c.entry]) {
			return true
		}
	}
	return false
}

// hasEntry reports whether ps holds a posting of entry e.
func hasEntry(ps []posting, e int32) bool {
	for _, p := range ps {
		if p.entry == e {
			return true
		}
	}
	return false
}
