package actor

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/tag"
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

// codeCase is a text, a mention in it and the code of the mention's
// first entity.
type codeCase struct{ name, text, mention, code string }

// checkCodes recognizes each case's text on date with ner and checks the
// code of the mention's first entity.
func checkCodes(t *testing.T, date string, ner Tagger, tests []codeCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, date, ner)
			if e := find(t, d, tc.mention, 0); e.Code != tc.code {
				t.Errorf("%q: got %s, want %s%s", tc.mention, e.Code, tc.code, dump(d))
			}
		})
	}
}

func TestPortfolioBeforeBody(t *testing.T) {
	tests := []codeCase{
		{"possessive, lower case", "Trade could double, according to Ethiopia's trade ministry.", "Ethiopia's trade ministry", "ETHGOV"},
		{"possessive, capitalised", "China's Commerce Ministry announced new tariffs on Monday.", "China's Commerce Ministry", "CHNGOV"},
		{"adjective", "The Kenyan agriculture ministry banned the imports.", "Kenyan agriculture ministry", "KENGOV"},
		{"two portfolio words", "Kenya's foreign trade ministry said the deal would hold.", "Kenya's foreign trade ministry", "KENGOV"},
		{"known portfolio", "Russia's defence ministry said its jets struck the town.", "Russia's defence ministry", "RUSGOV"},
		{"adjective, known", "The Iranian foreign ministry denied the report.", "Iranian foreign ministry", "IRNGOV"},
		{"office", "Ghana's trade minister opened the fair.", "Ghana's trade minister", "GHAGOV"},
		{"department", "The U.S. Commerce Department added the firms to its list.", "U.S. Commerce Department", "USAGOV"},
	}
	checkCodes(t, "2019-03-06", nil, tests)
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
	tests := []codeCase{
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
	checkCodes(t, "2017-03-06", capTagger{}, tests)
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
	tests := []codeCase{
		{"office after adjective", "Indian Prime Minister Narendra Modi arrived.", "Indian Prime Minister Narendra Modi", "INDGOV"},
		{"region of a country", "Fighting spread across Northern Iraq on Monday.", "Iraq", "IRQ"},
		{"title words before an office", "U.S. District Judge Mary Roe ruled on Friday.", "District Judge Mary Roe", "USAJUD"},
		{"title words joined before an office", "Bangladeshi Road Transport and Bridges Minister Obaidul Quader spoke.", "Bridges Minister Obaidul Quader", "BGDGOV"},
		{"capitalised word without other evidence", "U.S. Attorney Jane Roe charged him.", "U.S.", "USA"},
		{"headline", "Russia Warns Ukraine Over Troops", "Russia", "RUS"},
		{"sentence start", "Yesterday Russia said it would withdraw.", "Russia", "RUS"},
	}
	checkCodes(t, "2018-03-06", nil, tests)
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

// recognizeParsed is recognize after tagging and parsing the text with the
// embedded models, as the pipeline does.
func recognizeParsed(t *testing.T, txt, date string, ner Tagger) *doc.Document {
	t.Helper()
	tg, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := segmented(t, txt, date)
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		forms := make([]string, len(toks))
		for i := range toks {
			forms[i] = toks[i].Word()
		}
		upos, xpos := tg.Tag(forms)
		heads, rels := p.Parse(forms, xpos)
		for i := range toks {
			toks[i].UPOS, toks[i].XPOS = upos[i], xpos[i]
			toks[i].Lemma = tg.Lemmatizer.Lemma(forms[i], upos[i], xpos[i])
			toks[i].Head, toks[i].Rel = heads[i], rels[i]
		}
	}
	recognizeDoc(t, d, ner)
	return d
}

func TestPairOutsideItsClause(t *testing.T) {
	tests := []struct {
		name, text, mention string
		want                []string
	}{
		{"subject pair is not the antecedent",
			"India shelled posts in Kashmir. Pakistan said its jets struck back. Pakistan's prime minister called for talks. China and the United States urged both countries to show restraint.",
			"both countries", []string{"IND", "PAK"}},
		{"an earlier pair beats the subject pair",
			"Armenia and Azerbaijan traded fire on Sunday. Russia and France urged the two countries to stop.",
			"two countries", []string{"ARM", "AZE"}},
		{"a pair in another clause still counts",
			"Ethiopia and Eritrea said that the two countries would reopen the border.",
			"two countries", []string{"ETH", "ERI"}},
		{"no second country above the rest",
			"Kenya sent troops. Uganda and Tanzania urged both countries to talk.",
			"both countries", nil},
	}
	for _, tc := range tests {
		for _, parsed := range []bool{false, true} {
			t.Run(tc.name, func(t *testing.T) {
				d := recognize(t, tc.text, "2019-03-06", nil)
				if parsed {
					d = recognizeParsed(t, tc.text, "2019-03-06", nil)
				}
				got := codes(d, tc.mention)
				if strings.Join(got, " ") != strings.Join(tc.want, " ") {
					t.Errorf("parsed=%v %q: got %v, want %v%s", parsed, tc.mention, got, tc.want, dump(d))
				}
			})
		}
	}
}

func TestItAfterAnOrganisation(t *testing.T) {
	tests := []struct {
		name, text, code string
	}{
		{"ministry", "India's foreign ministry confirmed that a pilot was missing. It summoned Pakistan's envoy.", "INDGOV"},
		{"international organisation", "NATO condemned the strike. It called for calm.", "IGOWSTNAT"},
		{"dummy subject", "India's foreign ministry confirmed the loss. It was unclear what happened.", ""},
		{"a person is no it", "Narendra Modi spoke on Monday. It rained all day.", ""},
		{"not at the start", "India's foreign ministry spoke. Delhi says it will respond.", ""},
	}
	for _, tc := range tests {
		for _, parsed := range []bool{false, true} {
			t.Run(tc.name, func(t *testing.T) {
				d := recognize(t, tc.text, "2019-02-27", nil)
				if parsed {
					d = recognizeParsed(t, tc.text, "2019-02-27", nil)
				}
				got := strings.Join(codes(d, "It"), " ")
				if got != tc.code {
					t.Errorf("parsed=%v: It is %q, want %q%s", parsed, got, tc.code, dump(d))
				}
			})
		}
	}
}

func TestEnvoys(t *testing.T) {
	tests := []codeCase{
		{"acting", "India summoned Pakistan's acting high commissioner.", "Pakistan's acting high commissioner", "PAKGOV"},
		{"capitalised", "Britain's High Commissioner to India met the minister.", "Britain's High Commissioner", "GBRGOV"},
		{"chargé d'affaires", "Venezuela expelled the German chargé d'affaires.", "German chargé d'affaires", "DEUGOV"},
		{"UN agency", "The UN High Commissioner for Refugees visited the camp.", "UN High Commissioner for Refugees", "IGOUNOREF"},
	}
	checkCodes(t, "2019-02-27", nil, tests)
}

func TestOtherGivenName(t *testing.T) {
	tests := []struct {
		name, text, mention, code, canon string
	}{
		{"son of a known person", "The reward for Hamza bin Laden, son of Osama, was doubled.", "Hamza bin Laden", "", "Hamza bin Laden"},
		{"surname later in the story", "The reward for Hamza bin Laden was doubled. Bin Laden has called for attacks.", "Bin Laden", "", "Hamza bin Laden"},
		{"relative of a president", "Ivanka Trump visited Seoul on Friday.", "Ivanka Trump", "", "Ivanka Trump"},
		{"relative after the known person", "Joe Biden spoke on Friday. His son Hunter Biden was not there.", "Hunter Biden", "", "Hunter Biden"},
		{"surname stays with the known person", "U.S. Representative Elijah Cummings died on Thursday. His wife Maya Rockeymoore Cummings spoke. Later, Cummings was praised.", "Cummings", "USALEG", "Elijah Cummings"},
		{"unknown full name, then a namesake", "Police said Bruce Miller was arrested. Later, Anna Miller spoke.", "Anna Miller", "", "Anna Miller"},
		{"the known person by surname", "Officials said bin Laden was hiding.", "bin Laden", "IMGREBALQ", "Osama bin Laden"},
		{"known person first, then surname", "Donald Trump met Ivanka Trump. Trump said the talks went well.", "Trump", "USAGOV", "Donald Trump"},
		{"spelling of the same given name", "Sergej Lavrov arrived in Ankara.", "Lavrov", "RUSGOV", "Sergei Lavrov"},
		{"title of address", "Mr Trump arrived on Friday.", "Trump", "USAGOV", "Donald Trump"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2019-03-06", capTagger{})
			e := find(t, d, tc.mention, 0)
			if e.Code != tc.code || e.Name != tc.canon {
				t.Errorf("%q: got %s %q, want %s %q%s", tc.mention, e.Code, e.Name, tc.code, tc.canon, dump(d))
			}
		})
	}
}

func TestFromPhraseIsOrigin(t *testing.T) {
	tests := []struct {
		name, text, person, code string
	}{
		{"city and country", "Police said Bruce Miller, from Toronto, Canada, admitted the murders.", "Bruce Miller", "CANCVL"},
		{"country only", "The winner was Anna Berg, from Sweden, on Sunday.", "Anna Berg", "SWECVL"},
		{"known person keeps their code", "Justin Trudeau, from Ottawa, Canada, spoke.", "Justin Trudeau", "CANGOV"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, "2019-02-01", capTagger{})
			if e := find(t, d, tc.person, 0); e.Code != tc.code {
				t.Errorf("%q: got %s, want %s%s", tc.person, e.Code, tc.code, dump(d))
			}
			for _, e := range d.Entities {
				if e.Type == "GPE" && e.Code != "" {
					t.Errorf("%q stays an actor (%s)%s", e.Text, e.Code, dump(d))
				}
			}
		})
	}
}

func TestPronounsAndUnknownPeople(t *testing.T) {
	tests := []struct {
		name, text, pronoun, code, canon string
	}{
		{"an unknown person nearer than a known one", "Donald Trump praised the film. Later, Rudy Giuliani said he was surprised.", "he", "", "Rudy Giuliani"},
		{"object is not its clause's subject", "Hassan Rouhani spoke on the radio. Later, Imran Khan thanked him.", "him", "IRNGOV", "Hassan Rouhani"},
		{"subject pronoun after a subject", "Imran Khan spoke on the radio. He called for talks.", "He", "PAKGOV", "Imran Khan"},
		{"the previous subject before its object", "Donald Trump met Volodymyr Zelensky in New York. He said the talks went well.", "He", "USAGOV", "Donald Trump"},
		{"the nearest person in the pronoun's own sentence", "Donald Trump spoke on Monday. Reporters asked Boris Johnson about it, but he declined to comment.", "he", "GBRELI", "Boris Johnson"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognizeParsed(t, tc.text, "2019-03-06", capTagger{})
			e := find(t, d, tc.pronoun, 0)
			if e.Code != tc.code || e.Name != tc.canon || e.By != "coref" {
				t.Errorf("%q: got %s %q by %s, want %s %q%s", tc.pronoun, e.Code, e.Name, e.By, tc.code, tc.canon, dump(d))
			}
		})
	}
}
