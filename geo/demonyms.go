package geo

import (
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// demonyms maps the adjectives and nouns of nationality to alpha-3 codes.
// They are not places (the recognizer never reports "Russian" as one), but
// they tell which countries a document is about, and gold sets such as
// LGL annotate them as toponyms, so ResolveSpans resolves them to the
// country.
var demonyms = map[string]string{
	"afghan": "AFG", "afghans": "AFG", "albanian": "ALB", "algerian": "DZA", "american": "USA",
	"americans": "USA", "angolan": "AGO", "argentine": "ARG", "argentinian": "ARG", "armenian": "ARM",
	"australian": "AUS", "australians": "AUS", "austrian": "AUT", "azerbaijani": "AZE", "azeri": "AZE",
	"bahraini": "BHR", "bangladeshi": "BGD", "belarusian": "BLR", "belgian": "BEL", "bolivian": "BOL",
	"bosnian": "BIH", "brazilian": "BRA", "brazilians": "BRA", "british": "GBR", "briton": "GBR",
	"britons": "GBR", "bulgarian": "BGR", "burmese": "MMR", "burundian": "BDI", "cambodian": "KHM",
	"cameroonian": "CMR", "canadian": "CAN", "canadians": "CAN", "chadian": "TCD", "chilean": "CHL",
	"chinese": "CHN", "colombian": "COL", "congolese": "COD", "croatian": "HRV", "cuban": "CUB",
	"cubans": "CUB", "cypriot": "CYP", "cypriots": "CYP", "czech": "CZE", "danish": "DNK",
	"dutch": "NLD", "ecuadorian": "ECU", "egyptian": "EGY", "egyptians": "EGY", "emirati": "ARE",
	"english": "GBR", "eritrean": "ERI", "estonian": "EST", "ethiopian": "ETH", "ethiopians": "ETH",
	"filipino": "PHL", "filipinos": "PHL", "finnish": "FIN", "french": "FRA", "georgian": "GEO",
	"georgians": "GEO", "german": "DEU", "germans": "DEU", "ghanaian": "GHA", "greek": "GRC",
	"greeks": "GRC", "guatemalan": "GTM", "haitian": "HTI", "haitians": "HTI", "honduran": "HND",
	"hungarian": "HUN", "icelandic": "ISL", "indian": "IND", "indians": "IND", "indonesian": "IDN",
	"iranian": "IRN", "iranians": "IRN", "iraqi": "IRQ", "iraqis": "IRQ", "irish": "IRL",
	"israeli": "ISR", "israelis": "ISR", "italian": "ITA", "italians": "ITA", "ivorian": "CIV",
	"jamaican": "JAM", "japanese": "JPN", "jordanian": "JOR", "jordanians": "JOR", "kazakh": "KAZ",
	"kenyan": "KEN", "kenyans": "KEN", "korean": "KOR", "kosovar": "XKX", "kuwaiti": "KWT",
	"kyrgyz": "KGZ", "laotian": "LAO", "latvian": "LVA", "latvians": "LVA", "lebanese": "LBN",
	"liberian": "LBR", "libyan": "LBY", "libyans": "LBY", "lithuanian": "LTU", "malaysian": "MYS",
	"malian": "MLI", "mauritanian": "MRT", "mexican": "MEX", "mexicans": "MEX", "moldovan": "MDA",
	"mongolian": "MNG", "moroccan": "MAR", "mozambican": "MOZ", "namibian": "NAM", "nepalese": "NPL",
	"nepali": "NPL", "nicaraguan": "NIC", "nigerian": "NGA", "nigerians": "NGA", "nigerien": "NER",
	"norwegian": "NOR", "omani": "OMN", "pakistani": "PAK", "pakistanis": "PAK", "palestinian": "PSE",
	"palestinians": "PSE", "panamanian": "PAN", "paraguayan": "PRY", "peruvian": "PER", "polish": "POL",
	"portuguese": "PRT", "qatari": "QAT", "romanian": "ROU", "russian": "RUS", "russians": "RUS",
	"rwandan": "RWA", "saudi": "SAU", "saudis": "SAU", "scottish": "GBR", "senegalese": "SEN",
	"serbian": "SRB", "serb": "SRB", "serbs": "SRB", "singaporean": "SGP", "slovak": "SVK",
	"slovenian": "SVN", "somali": "SOM", "somalis": "SOM", "south african": "ZAF", "south korean": "KOR",
	"north korean": "PRK", "south sudanese": "SSD", "spanish": "ESP", "sri lankan": "LKA",
	"sudanese": "SDN", "swedish": "SWE", "swiss": "CHE", "syrian": "SYR", "syrians": "SYR",
	"taiwanese": "TWN", "tajik": "TJK", "tanzanian": "TZA", "thai": "THA", "tunisian": "TUN",
	"turkish": "TUR", "turkmen": "TKM", "ugandan": "UGA", "ukrainian": "UKR", "ukrainians": "UKR",
	"uruguayan": "URY", "uzbek": "UZB", "venezuelan": "VEN", "vietnamese": "VNM", "welsh": "GBR",
	"yemeni": "YEM", "yemenis": "YEM", "zambian": "ZMB", "zimbabwean": "ZWE", "sinhalese": "LKA",
	"tamil": "LKA", "kurdish": "IRQ", "south ossetian": "GEO", "abkhaz": "GEO", "chechen": "RUS",
	"dagestani": "RUS", "new zealander": "NZL", "kiwi": "NZL", "quebecois": "CAN",
}

// regionDemonyms maps nationality and regional words to the gazetteer
// name of their region, which is more precise than their country.
var regionDemonyms = map[string]string{
	"abkhaz": "abkhazia", "abkhazian": "abkhazia", "south ossetian": "south ossetia",
	"south ossetians": "south ossetia", "dagestani": "dagestan", "chechen": "chechnya",
	"chechens": "chechnya", "kurdish": "kurdistan", "kurds": "kurdistan", "tibetan": "tibet",
	"tibetans": "tibet", "crimean": "crimea", "kashmiri": "kashmir", "texan": "texas",
	"texans": "texas", "californian": "california", "californians": "california",
	"ontarian": "ontario", "ontarians": "ontario", "ohioan": "ohio", "ohioans": "ohio",
	"floridian": "florida", "floridians": "florida", "new yorker": "new york", "new yorkers": "new york",
	"quebecer": "quebec", "quebecers": "quebec", "scots": "scotland", "welsh": "wales",
	"european": "europe", "europeans": "europe", "african": "africa", "africans": "africa",
	"asian": "asia", "asians": "asia", "latin american": "latin america", "central american": "central america",
	"north american": "north america", "south american": "south america", "middle eastern": "middle east",
	"balkan": "balkans", "scandinavian": "scandinavia", "caucasian": "caucasus", "sahrawi": "western sahara",
	"londoner": "london", "londoners": "london", "gazan": "gaza strip", "gazans": "gaza strip",
}

// extraPlaceNames are common short forms of big cities, keyed by admin-1
// key and GeoNames name.
var extraPlaceNames = map[string][]string{
	"US.CA|Los Angeles":      {"L.A."},
	"US.PA|Philadelphia":     {"Phila.", "Philly"},
	"US.NY|New York City":    {"NYC", "New York", "N.Y.C."},
	"US.DC|Washington, D.C.": {"Washington", "D.C."},
	"US.LA|New Orleans":      {"N.O."},
	"US.MA|Boston":           {"Beantown"},
	"US.CA|San Francisco":    {"S.F."},
	"US.NV|Las Vegas":        {"Vegas"},
	"GB.ENG|London":          {"Greater London"},
	"IL.06|Jerusalem":        {"East Jerusalem"},
	"VN.44|Ho Chi Minh City": {"Saigon"},
}

// demonymCountries counts the nationality words of the sentences by
// country.
func demonymCountries(sents []doc.Sentence) map[string]float64 {
	out := map[string]float64{}
	for si := range sents {
		toks := sents[si].Tokens
		for i := range toks {
			w := toks[i].Word()
			if !startsUpper(w) {
				continue
			}
			lw := strings.ToLower(w)
			if i+1 < len(toks) {
				if cc, ok := demonyms[lw+" "+strings.ToLower(toks[i+1].Word())]; ok {
					out[cc]++
					continue
				}
			}
			if cc, ok := demonyms[lw]; ok {
				out[cc]++
			}
		}
	}
	return out
}

// IsNationality reports whether s is a nationality or regional adjective
// or noun ("Russian", "Palestinians", "Texan"), which the geoparser does
// not report as a place.
func IsNationality(s string) bool {
	k := Normalize(s)
	_, ok := demonyms[k]
	_, ok2 := regionDemonyms[k]
	return ok || ok2
}

// demonymSuffixes turn a word for the people of a place into the place's
// name: "Iowans" → "Iowa", "New Londoners" → "New London", "Richmondites"
// → "Richmond"; a bare plural only for nationalities ("Czechs").
var demonymSuffixes = [][2]string{{"ians", "ia"}, {"ian", "ia"}, {"ans", "a"}, {"an", "a"}, {"ers", ""}, {"er", ""},
	{"ites", ""}, {"ite", ""}, {"s", ""}}

// demonymOf returns the key of the place whose people a normalized word
// names, by the English suffixes of demonyms, or "". It serves toponym
// spans given from outside (ResolveSpans); the recognizer does not report
// words for people as places.
func (p *Parser) demonymOf(key string) string {
	if _, ok := demonyms[key]; ok {
		return ""
	}
	for _, su := range demonymSuffixes {
		base, ok := strings.CutSuffix(key, su[0])
		if !ok || len(base) < 3 {
			continue
		}
		r := base + su[1]
		if cc, ok := demonyms[r]; ok {
			if c := p.g.Country(cc); c != nil {
				return Normalize(c.Name)
			}
		}
		if su[0] != "s" && anyPrimary(p.g.lookup(r)) {
			return r
		}
	}
	return ""
}
