package actor

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// codes returns the codes of the entities whose text is s, in order.
func codes(d *doc.Document, s string) []string {
	var out []string
	for _, e := range d.Entities {
		if e.Text == s {
			out = append(out, e.Code)
		}
	}
	return out
}

func TestPortfolioBeforeBody(t *testing.T) {
	tests := []struct {
		name, text, mention, code string
	}{
		{"possessive, lower case", "Trade could double, according to Ethiopia's trade ministry.", "Ethiopia's trade ministry", "ETHGOV"},
		{"possessive, capitalised", "China's Commerce Ministry announced new tariffs on Monday.", "China's Commerce Ministry", "CHNGOV"},
		{"adjective", "The Kenyan agriculture ministry banned the imports.", "Kenyan agriculture ministry", "KENGOV"},
		{"two portfolio words", "Kenya's foreign trade ministry said the deal would hold.", "Kenya's foreign trade ministry", "KENGOV"},
		{"known portfolio", "Russia's defence ministry said its jets struck the town.", "Russia's defence ministry", "RUSGOV"},
		{"adjective, known", "The Iranian foreign ministry denied the report.", "Iranian foreign ministry", "IRNGOV"},
		{"office", "Ghana's trade minister opened the fair.", "Ghana's trade minister", "GHAGOV"},
		{"department", "The U.S. Commerce Department added the firms to its list.", "U.S. Commerce Department", "USAGOV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2019-03-06", nil)
			if e := find(t, d, tc.mention, 0); e.Code != tc.code {
				t.Errorf("%q: got %s, want %s%s", tc.mention, e.Code, tc.code, dump(d))
			}
		})
	}
}

func TestPortfolioNeedsBody(t *testing.T) {
	// A noun between a country and an agent that is no government body
	// does not join them.
	d := recognize(t, "Russia's oil exporters met in Vienna.", "2019-03-06", nil)
	for _, e := range d.Entities {
		if e.Text == "Russia's oil exporters" {
			t.Errorf("joined a country to a non-body agent:%s", dump(d))
		}
	}
}

func TestTitledNameTakesDocumentContext(t *testing.T) {
	tests := []struct {
		name, text, mention, code string
	}{
		{"dateline outweighs the nearest country",
			"BEIJING, March 6 (Reuters) - China rejected the accusations on Tuesday. British Prime Minister Theresa May had accused the Chinese of interference in Britain. Foreign Ministry spokesman Liu Weiming told reporters the claims were groundless.",
			"Foreign Ministry spokesman Liu Weiming", "CHNGOV"},
		{"the title's ministry named just before",
			"Iran's foreign ministry rejected the British note. The British embassy in London said it would reply. Foreign Ministry spokesman Reza Nouri told reporters the note was a provocation.",
			"Foreign Ministry spokesman Reza Nouri", "IRNGOV"},
		{"dateline country not in the context: the nearest",
			"WASHINGTON (Reuters) - Ghana signed the deal on Monday. Senator Kwame Ofori welcomed it.",
			"Senator Kwame Ofori", "GHALEG"},
		{"no dateline: the nearest",
			"Ghana signed the deal. Ghana and Togo will share the costs, Togo said. Senator Kwame Ofori welcomed it.",
			"Senator Kwame Ofori", "TGOLEG"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2017-03-06", capTagger{})
			if e := find(t, d, tc.mention, 0); e.Code != tc.code {
				t.Errorf("%q: got %s, want %s%s", tc.mention, e.Code, tc.code, dump(d))
			}
		})
	}
}

func TestAdministration(t *testing.T) {
	tests := []struct {
		name, text, mention, code string
	}{
		{"bare, another country mentioned more", "Iran said it would resist. Iran's foreign minister said Iran would not talk. The administration imposed new sanctions on Iran.", "administration", "USAGOV"},
		{"leader attached", "The Modi administration welcomed the move.", "administration", "INDGOV"},
		{"leader possessive", "Erdogan's government rejected the call.", "government", "TURGOV"},
		{"country's administration named before", "Kenya's administration denied it. The administration said the claims were false.", "administration", "KENGOV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2018-03-06", nil)
			got := codes(d, tc.mention)
			if len(got) == 0 || got[len(got)-1] != tc.code {
				t.Errorf("%q: got %v, want %s last%s", tc.mention, got, tc.code, dump(d))
			}
		})
	}
}

func TestCountryInsideName(t *testing.T) {
	tests := []struct {
		name, text, mention string
	}{
		{"team", "The fans cheered the New England Patriots on Sunday.", "New England Patriots"},
		{"airline", "Flights by British Airways were cancelled on Monday.", "British Airways"},
		{"airline, country last", "Pilots at Air France went on strike.", "Air France"},
		{"team, country last", "He joined Team Australia last year.", "Team Australia"},
		{"competition", "The Indian Premier League starts in April.", "Indian Premier League"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2018-03-06", nil)
			if e := find(t, d, tc.mention, 0); e.Code != "" || e.Type != "ORG" {
				t.Errorf("%q: got %s %q, want an ORG without a code%s", tc.mention, e.Type, e.Code, dump(d))
			}
		})
	}
}

func TestCountryBesideNameStays(t *testing.T) {
	tests := []struct {
		name, text, mention, code string
	}{
		{"office after adjective", "Indian Prime Minister Narendra Modi arrived.", "Indian Prime Minister Narendra Modi", "INDGOV"},
		{"region of a country", "Fighting spread across Northern Iraq on Monday.", "Iraq", "IRQ"},
		{"title words before an office", "U.S. District Judge Mary Roe ruled on Friday.", "District Judge Mary Roe", "USAJUD"},
		{"title words joined before an office", "Bangladeshi Road Transport and Bridges Minister Obaidul Quader spoke.", "Bridges Minister Obaidul Quader", "BGDGOV"},
		{"capitalised word without other evidence", "U.S. Attorney Jane Roe charged him.", "U.S.", "USA"},
		{"headline", "Russia Warns Ukraine Over Troops", "Russia", "RUS"},
		{"sentence start", "Yesterday Russia said it would withdraw.", "Russia", "RUS"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2018-03-06", nil)
			if e := find(t, d, tc.mention, 0); e.Code != tc.code {
				t.Errorf("%q: got %s, want %s%s", tc.mention, e.Code, tc.code, dump(d))
			}
		})
	}
}

func TestTwoCountries(t *testing.T) {
	tests := []struct {
		name, text, mention string
		want                []string
	}{
		{"pair in the previous sentence", "Ethiopia and Eritrea reopened the border. Trade between the two countries could double.", "two countries", []string{"ETH", "ERI"}},
		{"both", "Peru and Chile signed the pact. Both countries will cut tariffs.", "Both countries", []string{"PER", "CHL"}},
		{"only two countries in the context", "Serbia accused Kosovo of provocation. The two nations have no relations.", "two nations", []string{"SRB", "KSV"}},
		{"three countries, none joined", "Serbia, Croatia and Hungary met. The two countries were silent.", "two countries", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2019-03-06", nil)
			got := codes(d, tc.mention)
			if len(got) != len(tc.want) {
				t.Fatalf("%q: got %v, want %v%s", tc.mention, got, tc.want, dump(d))
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("%q: got %v, want %v%s", tc.mention, got, tc.want, dump(d))
				}
			}
			for _, e := range d.Entities {
				if e.Text == tc.mention && (e.By != "coref" || e.Ref < 0 || CountryOf(d.Entities[e.Ref].Code) != e.Code) {
					t.Errorf("%q %s: refers to %d, not to its country's mention", e.Text, e.Code, e.Ref)
				}
			}
		})
	}
}

func TestPlacesAndPartiesWithCountryNames(t *testing.T) {
	tests := []struct {
		name, text, mention, typ, code string
	}{
		{"state named after a country", "The governor of New Mexico signed the bill.", "New Mexico", "LOC", ""},
		{"party", "The Scottish National Party won the vote.", "Scottish National Party", "ORG", "GBRPTY"},
		{"party, country last", "He ran for the Socialist Party USA in 2016.", "Socialist Party USA", "ORG", "USAPTY"},
		{"state body", "The Iranian Expediency Discernment Council met on Sunday.", "Iranian Expediency Discernment Council", "ORG", "IRNGOV"},
		{"capital in a place name", "Traffic on London Bridge was stopped.", "London", "LOC", ""},
		{"people of a country", "Native American tribes filed the suit.", "Native American", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2018-03-06", nil)
			if tc.typ == "" {
				for _, e := range d.Entities {
					if e.Text == tc.mention {
						t.Errorf("%q became a name of its own%s", tc.mention, dump(d))
					}
				}
				return
			}
			if e := find(t, d, tc.mention, 0); e.Code != tc.code || e.Type != tc.typ {
				t.Errorf("%q: got %s %q, want %s %q%s", tc.mention, e.Type, e.Code, tc.typ, tc.code, dump(d))
			}
		})
	}
}

func TestDocumentCountry(t *testing.T) {
	tests := []struct {
		name, text, mention, code string
	}{
		{"story's country, out of the window",
			"Polish doctors went on strike. Poland's hospitals closed wards. Patients waited for hours. Queues grew longer. Nurses joined them. The government offered a raise.",
			"government", "POLGOV"},
		{"plural body",
			"Polish doctors went on strike. Poland's hospitals closed wards. Patients waited for hours. Queues grew longer. Nurses joined them. The authorities offered a raise.",
			"authorities", "POLGOV"},
		{"no country twice",
			"Polish doctors went on strike. Patients waited for hours. Queues grew longer. Nurses joined them. The government offered a raise.",
			"government", "GOV"},
		{"two countries as often",
			"Polish and Czech doctors went on strike. Poland's and Czechia's hospitals closed. Patients waited for hours. Queues grew longer. Nurses joined them. The government offered a raise.",
			"government", "GOV"},
		{"not a time", "The vote closed at 8 p.m. on Sunday.", "p.m.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2019-03-06", nil)
			got := codes(d, tc.mention)
			if tc.code == "" {
				if len(got) != 0 {
					t.Errorf("%q: got %v, want no entity%s", tc.mention, got, dump(d))
				}
				return
			}
			if len(got) == 0 || got[0] != tc.code {
				t.Errorf("%q: got %v, want %s%s", tc.mention, got, tc.code, dump(d))
			}
		})
	}
}

func TestCongressAndModifiedBodies(t *testing.T) {
	tests := []struct {
		name, text, mention, code string
	}{
		{"bare Congress", "The second article accused him of obstruction of Congress.", "Congress", "USALEG"},
		{"Congress of a country named before", "Peru's Congress voted on Friday. Congress will meet again in May.", "Congress", "PERLEG"},
		{"modifier after the article", "Kenya held elections in March. Kenya's new parliament met in April. Crowds gathered. Traders closed shops. Nurses joined them. The federal government promised aid.", "government", "KENGOV"},
		{"modifier, body in the window", "Ghana signed the deal. The interim government welcomed it.", "government", "GHAGOV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2019-12-18", nil)
			got := codes(d, tc.mention)
			if len(got) == 0 || got[len(got)-1] != tc.code {
				t.Errorf("%q: got %v, want %s last%s", tc.mention, got, tc.code, dump(d))
			}
		})
	}
}

func TestRankWordsInsideNames(t *testing.T) {
	tests := []struct {
		name, text, mention string
		person              bool
	}{
		{"licence", "The code is released under the GNU General Public License.", "General", false},
		{"agency", "The U.S. General Services Administration signed the lease.", "General", false},
		{"helicopter", "He boarded Marine One on Friday.", "Marine One", false},
		{"rank and full name", "General Mark Milley briefed the press.", "General Mark Milley", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2020-03-06", capTagger{})
			found := false
			for _, e := range d.Entities {
				if strings.HasPrefix(e.Text, tc.mention) && e.Type == "PER" && SectorOf(e.Code) == "MIL" {
					found = true
				}
			}
			if found != tc.person {
				t.Errorf("%q coded as a military person: %v, want %v%s", tc.mention, found, tc.person, dump(d))
			}
		})
	}
}

func TestFirstNamesThatAreAdjectives(t *testing.T) {
	d := recognize(t, "We spoke with Dr Christian Keysers on Monday. Christian Keysers said the results were clear. Christian leaders met in Rome.", "2020-03-06", nil)
	tests := []struct {
		mention, typ, code string
		n                  int
	}{
		{"Christian Keysers", "PER", "", 0},
		{"Christian Keysers", "PER", "", 1},
		{"Christian leaders", "ORG", "CHR", 0},
	}
	for _, tc := range tests {
		if e := find(t, d, tc.mention, tc.n); e.Type != tc.typ || e.Code != tc.code {
			t.Errorf("%q #%d: got %s %q, want %s %q%s", tc.mention, tc.n, e.Type, e.Code, tc.typ, tc.code, dump(d))
		}
	}
}

func TestTerritoriesAndPapersNamedAfterCountries(t *testing.T) {
	tests := []struct {
		text, mention, typ, code string
	}{
		{"Voters in American Samoa went to the polls.", "American Samoa", "GPE", "ASM"},
		{"American Samoans voted on Tuesday.", "American Samoans", "NORP", "ASM"},
		{"A storm hit the U.S. Virgin Islands.", "U.S. Virgin Islands", "GPE", "VIR"},
		{"USA Today reported the figures.", "USA Today", "ORG", "USAMED"},
	}
	for _, tc := range tests {
		t.Run(tc.mention, func(t *testing.T) {
			d := recognize(t, tc.text, "2020-03-06", nil)
			if e := find(t, d, tc.mention, 0); e.Type != tc.typ || e.Code != tc.code {
				t.Errorf("%q: got %s %q, want %s %q%s", tc.mention, e.Type, e.Code, tc.typ, tc.code, dump(d))
			}
		})
	}
}
