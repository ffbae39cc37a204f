package geo

import (
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// TestCuesPickTheKindOfPlace checks that the words around a name that is
// both a country or region and a town, or both a town and a county, pick
// the right kind of reading.
func TestCuesPickTheKindOfPlace(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, country, code string // country "": any
	}{
		// Municipal institutions and residents: a town, not the country.
		{"The Jordan City Council voted to repave Water Street next spring.", "Jordan", "", "P"},
		{"A Lebanon woman was charged with theft after a traffic stop on Main Street.", "Lebanon", "USA", "P"},
		{"Mark Reed, 44, of Lebanon, was booked into the county jail on Friday.", "Lebanon", "USA", "P"},
		{"The Palestine Police Department is asking for help to find a stolen pickup.", "Palestine", "USA", "P"},
		{"Delta police said the driver was taken to hospital with minor injuries.", "Delta", "CAN", "P"},
		// A border or "state" makes a region of a city's name.
		{"Tolls will return on the stretch from the New York border to Boston.", "New York", "USA", "A"},
		{"The storm moved east from the Alabama line toward the Georgia state line overnight.", "Georgia", "USA", "A"},
		// Without such words the country or the state stands.
		{"King Abdullah of Jordan met the prime minister of Lebanon in Amman.", "Jordan", "JOR", "A"},
		{"Israeli jets struck targets in Lebanon overnight, the army said.", "Lebanon", "LBN", "A"},
		{"A Texas man was arrested in Oklahoma City after a high-speed chase.", "Texas", "USA", "A"},
		{"Voters in Georgia lined up for hours in Atlanta and Savannah on election day.", "Georgia", "USA", "A"},
		// A list of counties: each name is a county.
		{"Flood warnings cover Becker, Clay, Otter Tail and Wilkin counties in western Minnesota.", "Becker", "USA", "A"},
		{"Flood warnings cover Becker, Clay, Otter Tail and Wilkin counties in western Minnesota.", "Clay", "USA", "A"},
		// "Indiana counties" are the counties of Indiana.
		{"Unemployment rose in most Indiana counties in February.", "Indiana", "USA", "A"},
	}
	for _, tt := range tests {
		got := resolveWord(p, tt.text, tt.name)
		if got == nil {
			t.Errorf("%q: %s not resolved", tt.text, tt.name)
			continue
		}
		if tt.country != "" && got.Country != tt.country || got.Feature[:1] != tt.code {
			t.Errorf("%q: %s = %s (%s, %s); want %s, class %s", tt.text, tt.name, got.Name, got.Country, got.Feature, tt.country, tt.code)
		}
	}
}

// resolveWord resolves the first whole-word occurrence of w in text as a
// given toponym span.
func resolveWord(p *Parser, text, w string) *doc.Place {
	start := indexWord(text, w)
	return p.ResolveSpans(doc.New("t", text), []doc.Span{{Start: start, End: start + len(w)}})[0]
}

// indexWord returns the offset of the first whole-word occurrence of w.
func indexWord(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w && (i == 0 || !isLetter(s[i-1])) && (i+len(w) == len(s) || !isLetter(s[i+len(w)])) {
			return i
		}
	}
	return -1
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func TestMentionCues(t *testing.T) {
	tests := []struct {
		text, name string
		want       uint8
	}{
		{"The Athens City Council met on Monday.", "Athens", cueTown | cueLocal},
		{"Berea police are searching for a suspect.", "Berea", cueLocal},
		{"A Jordan resident was flown to hospital.", "Jordan", cueTown},
		{"Terry Jolly, 60, Lebanon, was arrested on Thursday.", "Lebanon", cueTown},
		{"Shops in downtown Mansfield closed early.", "Mansfield", cueTown | cueLocal},
		{"Taxes rose in the City of Dublin this year.", "Dublin", cueTown | cueLocal},
		{"Schools in Butler, Clark and Warren counties closed.", "Clark", cueCounty},
		{"Schools in Butler, Clark and Warren counties closed.", "Warren", cueCounty},
		{"Most Indiana counties reported job losses.", "Indiana", 0},
		{"The Ontario Chamber of Commerce backed the budget.", "Ontario", 0},
		{"Troops left Jordan on Tuesday.", "Jordan", 0},
		{"Trucks waited at the Jordan border for days.", "Jordan", cueBorder},
		{"Crews reached the Georgia state line at noon.", "Georgia", cueBorder | cueState},
		{"Washington State beat Oregon on Saturday.", "Washington", 0},
	}
	for _, tt := range tests {
		sents := Tokenize(tt.text)
		toks := sents[0].Tokens
		start := indexWord(tt.text, tt.name)
		i, j := tokenAt(toks, start), tokenAt(toks, start+len(tt.name)-1)+1
		if got := mentionCues(toks, i, j); got != tt.want {
			t.Errorf("%q: cues of %s = %b, want %b", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestLatentCountrySupport checks that names with plausible readings in a
// shared country support each other's readings there, and that a world
// capital does not give way to a small namesake for it.
func TestLatentCountrySupport(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, country string
	}{
		{"London city councillors asked Toronto and Ottawa for transit money, and Hamilton backed the request.", "London", "CAN"},
		{"Troops deployed in the Bekaa and around Saida after the clashes.", "Saida", "LBN"},
		{"Protesters marched in London and Manchester, and rallies were also held in Birmingham and Leeds.", "London", "GBR"},
		{"Protesters marched in London and Manchester, and rallies were also held in Birmingham and Leeds.", "Birmingham", "GBR"},
		{"Diplomats flew from Washington to Paris and on to Berlin for talks with European ministers.", "Paris", "FRA"},
	}
	for _, tt := range tests {
		got := resolveWord(p, tt.text, tt.name)
		if got == nil || got.Country != tt.country {
			t.Errorf("%q: %s = %+v; want a place in %s", tt.text, tt.name, got, tt.country)
		}
	}
}

// TestCapitalWithLocalCouncil checks that a capital whose name has a
// local police force or council competes as an ordinary town.
func TestCapitalWithLocalCouncil(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, country string
	}{
		{"Dublin City Council members approved the budget, and the Dublin police chief asked Columbus for two more officers.", "Dublin", "USA"},
		{"Paris police fired tear gas at protesters near the Eiffel Tower as France's unions marched.", "Paris", "FRA"},
		{"Athens police said the protesters had gathered outside parliament before marching to the port of Piraeus.", "Athens", "GRC"},
	}
	for _, tt := range tests {
		d := doc.New("t", tt.text)
		p.Process(d)
		pl := place(d, tt.name)
		if pl == nil || pl.Country != tt.country {
			t.Errorf("%q: %s = %+v; want a place in %s", tt.text, tt.name, pl, tt.country)
		}
	}
}

// TestListIsNoAdminContext checks that a town followed by a comma and
// another town ("Louisville, New Haven and Sioux Falls") is read as a
// list, so every mention of the town takes the reading its admin context
// gave elsewhere ("Louisville, Ky.").
func TestListIsNoAdminContext(t *testing.T) {
	p := testParser(t)
	text := "The finalists are Louisville, Ky., and Surprise, Ariz. Last year Denver, Louisville, New Haven and Sioux Falls made the list."
	d := doc.New("t", text)
	p.Process(d)
	n := 0
	for _, pl := range d.Places {
		if pl.Text == "Louisville" {
			n++
			if pl.Admin1 != "Kentucky" {
				t.Errorf("Louisville at %d = %s, %s; want Kentucky", pl.Start, pl.Name, pl.Admin1)
			}
		}
	}
	if n != 2 {
		t.Errorf("found %d mentions of Louisville, want 2: %+v", n, d.Places)
	}
}

// TestStateAbbreviationFallback checks that a town a state's
// abbreviation places in that state resolves to the state when the
// gazetteer has no town of the name there, rather than to a namesake
// elsewhere; and that a list of capitals is not read that way.
func TestStateAbbreviationFallback(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, want, feature, country string
	}{
		{"A woman was found dead after a house fire in Belgrade, Minn., on Saturday.", "Belgrade", "Minnesota", "A.ADM1", "USA"},
		{"The inmate is held in the regional jail in Greenwood, W. Va., on a parole violation.", "Greenwood", "West Virginia", "A.ADM1", "USA"},
		{"Flood waters reached Alexandria, Minn., on Sunday.", "Alexandria", "Alexandria", "P.PPLA2", "USA"},
		{"Ministers met in Kiev, Minsk and Warsaw this week.", "Kiev", "Kyiv", "P.PPLC", "UKR"},
	}
	for _, tt := range tests {
		d := doc.New("t", tt.text)
		p.Process(d)
		pl := place(d, tt.name)
		if pl == nil || pl.Name != tt.want || pl.Feature != tt.feature || pl.Country != tt.country {
			t.Errorf("%q: %s = %+v; want %s (%s, %s)", tt.text, tt.name, pl, tt.want, tt.feature, tt.country)
		}
	}
}

// TestDemonymSpans checks that a toponym span that is a word for the
// people of a place resolves to the place by the English suffixes of
// demonyms.
func TestDemonymSpans(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, span, want, country string
	}{
		{"Iowans voted early in record numbers on Tuesday.", "Iowans", "Iowa", "USA"},
		{"Minnesotans braced for another snowstorm.", "Minnesotans", "Minnesota", "USA"},
		{"New Londoners packed the harbour for the tall ships, and Groton joined in.", "New Londoners", "New London", "USA"},
		{"The Czechs hold the rotating presidency this spring.", "Czechs", "Czech Republic", "CZE"},
	}
	for _, tt := range tests {
		got := resolveWord(p, tt.text, tt.span)
		if got == nil || got.Name != tt.want || got.Country != tt.country {
			t.Errorf("%q: %s = %+v; want %s in %s", tt.text, tt.span, got, tt.want, tt.country)
		}
	}
}

func TestDemonymOf(t *testing.T) {
	p := testParser(t)
	tests := []struct{ key, want string }{
		{"iowans", "iowa"},
		{"richmondites", "richmond"},
		{"russians", ""}, // a nationality of the demonym table, resolved there
		{"flowers", ""},
	}
	for _, tt := range tests {
		if got := p.demonymOf(tt.key); got != tt.want {
			t.Errorf("demonymOf(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}
