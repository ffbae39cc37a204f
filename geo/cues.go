package geo

import (
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/doc"
)

// Cues in a mention's words say what kind of place a name is when its
// readings are of different kinds: a country and a town ("Jordan",
// "Lebanon"), a first-level region and a town ("Delta"), a county and a
// town ("Madison").
const (
	// cueTown: the name has the institutions or residents of a
	// municipality ("the Jordan Police Department", "a Lebanon woman",
	// "Terry Jolly, 60, of Lebanon"); no country has them.
	cueTown uint8 = 1 << iota
	// cueLocal: the name has a local police force, council or schools
	// ("Berea police"), which a first-level region rarely has.
	cueLocal
	// cueCounty: the name is one of a list of counties or townships
	// ("Becker, Clay and Douglas counties").
	cueCounty
	// cueBorder: the name has a border ("near the New York border"),
	// which towns do not.
	cueBorder
	// cueState: the name is followed by "state" ("the Georgia state
	// line", "Washington state"): a first-level region.
	cueState
)

// cuePenalty is taken from a reading of the wrong kind for a cue.
const cuePenalty = 8.0

// capitalAsTown is taken from a national capital's reading of a name
// with a local police force or council: the capital's bonus in prior
// (3.5) is for the seat of a government the text is not talking about,
// and the capital competes as a town that is a region's seat (1).
const capitalAsTown = 2.5

// townHeads are nouns after a name that make it a municipality's name
// whatever its other readings: neither countries nor states have city
// councils or police departments.
var townHeads = set("mayor", "council", "councilman", "councilwoman", "councilor", "councilors", "councillor",
	"selectmen", "selectman", "aldermen", "alderman", "elementary", "township", "firefighters", "policemen")

// townPairs are two-word heads with the same effect ("High School",
// "Police Department", "City Council").
var townPairs = set("police department", "police dept", "police chief", "fire department", "fire chief",
	"fire dept", "high school", "middle school", "junior high", "elementary school", "public library",
	"city council", "city hall", "city manager", "city schools", "city commission", "town council",
	"town hall", "town board", "village board", "independent school")

// residentHeads are nouns after a name that make it a town rather than a
// country: "a Lebanon woman" is from a town, a woman from the country is
// "a Lebanese woman" ("a Texas man" is from the state, though).
var residentHeads = set("resident", "man", "woman", "girl", "boy", "teen", "native", "couple")

// localHeads are nouns after a name that suggest a town over a
// first-level region of the same name ("Delta police").
var localHeads = set("police")

// countyPlurals end a list of county or township names.
var countyPlurals = map[string]string{"counties": "county", "townships": "township", "parishes": "parish", "boroughs": "borough"}

// mentionCues returns the cues of the mention covering tokens [i, j) of
// toks.
func mentionCues(toks []doc.Token, i, j int) uint8 {
	var c uint8
	lw := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		w := strings.ToLower(toks[k].Word())
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		return strings.TrimSuffix(w, ".")
	}
	n1, n2 := lw(j), lw(j+1)
	switch {
	case townHeads[n1] || townPairs[n1+" "+n2]:
		c |= cueTown | cueLocal
	case residentHeads[n1]:
		c |= cueTown
	case localHeads[n1]:
		c |= cueLocal
	}
	switch {
	case n1 == "border" || n1 == "borders":
		c |= cueBorder
	case n1 == "state" && toks[j].Word() == "state":
		c |= cueBorder | cueState
	}
	switch p1 := lw(i - 1); {
	case p1 == "downtown":
		c |= cueTown | cueLocal
	case p1 == "of" && (lw(i-2) == "city" || lw(i-2) == "town" || lw(i-2) == "village" || lw(i-2) == "township") && startsUpper(toks[i-2].Word()):
		// "the City of Athens".
		c |= cueTown | cueLocal
	case residence(toks, i):
		c |= cueTown
	}
	if (listed(lw(i-1)) || listed(n1)) && countyOf(toks, j) != "" {
		c |= cueCounty
	}
	return c
}

// listed reports whether a word joins the names of a list.
func listed(w string) bool { return w == "," || w == "and" || w == "or" || w == "&" }

// countyOf returns "county", "township", "parish" or "borough" when the
// name ending before token j is one of a list of them ("Becker, Clay,
// Douglas and Grant counties"), else "".
func countyOf(toks []doc.Token, j int) string {
	for k := j; k < len(toks) && k < j+24; k++ {
		w := strings.ToLower(toks[k].Word())
		if s, ok := countyPlurals[w]; ok {
			return s
		}
		if listed(w) || startsUpper(toks[k].Word()) {
			continue
		}
		break
	}
	return ""
}

// residence reports whether the name at token i follows a person's name
// and age, as local news gives a person's town: "Terry Jolly, 60,
// Lebanon" or "Terry Jolly, 60, of Lebanon".
func residence(toks []doc.Token, i int) bool {
	k := i - 1
	if k >= 0 && strings.EqualFold(toks[k].Word(), "of") {
		k--
	}
	if k < 2 || toks[k].Word() != "," {
		return false
	}
	age := toks[k-1].Word()
	if age == "" || len(age) > 3 {
		return false
	}
	for _, r := range age {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return toks[k-2].Word() == ","
}

// cueScore is the adjustment a candidate gets from its mention group's
// cues: a reading of the wrong kind loses cuePenalty, but only when the
// name has a reading of the right kind.
func cueScore(e *Entry, cue uint8, kinds uint8) float64 {
	switch {
	case cue&cueCounty != 0 && kinds&kindADM2 != 0 && e.Code != "ADM2":
		return -cuePenalty
	case cue&cueTown != 0 && kinds&kindTown != 0 && isCountryCode(e.Code):
		return -cuePenalty
	case cue&cueLocal != 0 && kinds&kindTown != 0 && e.Code == "ADM1":
		return -cuePenalty
	case cue&cueState != 0 && kinds&kindADM1 != 0 && e.Code != "ADM1":
		return -cuePenalty
	case cue&cueBorder != 0 && kinds&kindContainer != 0 && !isContainer(e):
		return -cuePenalty
	case cue&cueLocal != 0 && e.Code == "PPLC":
		return -capitalAsTown
	}
	return 0
}

// Kinds of reading a name has, for cueScore.
const (
	kindTown uint8 = 1 << iota
	kindADM2
	kindADM1      // a first-level region's own name
	kindContainer // a country's or first-level region's own name
)

// readingKinds returns the kinds of the candidates that are the entry's
// own name.
func readingKinds(g *Gazetteer, ps []posting) uint8 {
	var k uint8
	for _, p := range ps {
		e := &g.Entries[p.entry]
		switch {
		case e.Class == "P" && p.primary:
			k |= kindTown
		case e.Code == "ADM2":
			k |= kindADM2
		case e.Code == "ADM1" && p.primary:
			k |= kindADM1 | kindContainer
		case isCountryCode(e.Code) && p.primary:
			k |= kindContainer
		}
	}
	return k
}

// markCues sets the cues of the mentions. A name in a list of counties
// ("Becker, Clay and Douglas counties") takes the candidates of "Becker
// County" where the gazetteer has that name.
func (p *Parser) markCues(sents []doc.Sentence, ms []*mention) {
	for _, m := range ms {
		if m == nil || m.sent < 0 || m.sent >= len(sents) || m.j > len(sents[m.sent].Tokens) || m.i >= m.j {
			continue
		}
		toks := sents[m.sent].Tokens
		m.cue = mentionCues(toks, m.i, m.j)
		if m.cue&cueCounty != 0 {
			k := m.key + " " + countyOf(toks, m.j)
			if cs := p.g.lookup(k); len(cs) > 0 {
				m.key, m.cands = k, cs
			}
		}
	}
}
