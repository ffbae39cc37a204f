package geo

// region is a place news mentions that GeoNames' populated places and
// administrative tables lack: disputed territories, seas, physical and
// historical regions, continents. Written for sitrep from general
// geographic knowledge; the point is a representative location inside
// the region.
type region struct {
	names       []string
	class, code string
	country     string
	lat, lon    float64
}

// regions lists the features added to the gazetteer beside GeoNames.
var regions = []region{
	// Disputed and occupied territories.
	{[]string{"Crimea", "Crimean Peninsula", "Crimean peninsula"}, "L", "PEN", "UKR", 45.3, 34.4},
	{[]string{"Gaza Strip", "Gaza strip"}, "A", "TERR", "PSE", 31.42, 34.36},
	{[]string{"West Bank"}, "A", "TERR", "PSE", 31.95, 35.25},
	{[]string{"Palestinian territories", "Palestinian Territories", "occupied territories"}, "A", "TERR", "PSE", 31.9, 35.2},
	{[]string{"Donbas", "Donbass", "Donets Basin"}, "L", "RGN", "UKR", 48.0, 38.5},
	{[]string{"Kashmir", "Jammu and Kashmir"}, "L", "RGN", "IND", 34.1, 74.8},
	{[]string{"Golan Heights", "Golan"}, "T", "PLAT", "SYR", 33.0, 35.75},
	{[]string{"Sinai", "Sinai Peninsula"}, "L", "PEN", "EGY", 29.5, 33.8},
	{[]string{"Nagorno-Karabakh", "Nagorno Karabakh", "Karabakh"}, "L", "RGN", "AZE", 39.9, 46.7},
	{[]string{"Abkhazia"}, "L", "RGN", "GEO", 43.0, 41.0},
	{[]string{"South Ossetia"}, "L", "RGN", "GEO", 42.3, 44.0},
	{[]string{"Transnistria"}, "L", "RGN", "MDA", 47.2, 29.4},
	{[]string{"Western Sahara"}, "A", "TERR", "ESH", 24.5, -13.0},
	{[]string{"Darfur"}, "L", "RGN", "SDN", 13.5, 24.0},
	{[]string{"Kurdistan", "Iraqi Kurdistan", "Kurdistan Region"}, "L", "RGN", "IRQ", 36.2, 44.0},
	{[]string{"Tibet"}, "L", "RGN", "CHN", 31.0, 88.0},
	{[]string{"Xinjiang"}, "L", "RGN", "CHN", 41.0, 85.0},
	{[]string{"Balochistan", "Baluchistan"}, "L", "RGN", "PAK", 28.5, 65.5},
	{[]string{"Taiwan Strait", "Strait of Taiwan"}, "H", "STRT", "", 24.5, 119.5},
	{[]string{"Tigray"}, "L", "RGN", "ETH", 14.0, 39.0},
	{[]string{"Ogaden"}, "L", "RGN", "ETH", 7.0, 44.0},
	{[]string{"Mindanao"}, "T", "ISL", "PHL", 7.5, 125.0},
	{[]string{"Sahrawi Republic"}, "A", "TERR", "ESH", 24.5, -13.0},
	// Seas, gulfs, straits, rivers and lakes.
	{[]string{"Persian Gulf", "Arabian Gulf", "the Gulf"}, "H", "GULF", "", 27.0, 51.0},
	{[]string{"Red Sea"}, "H", "SEA", "", 20.0, 38.5},
	{[]string{"South China Sea"}, "H", "SEA", "", 12.0, 114.0},
	{[]string{"East China Sea"}, "H", "SEA", "", 29.0, 125.0},
	{[]string{"Black Sea"}, "H", "SEA", "", 43.4, 34.3},
	{[]string{"Caspian Sea"}, "H", "LK", "", 41.7, 50.6},
	{[]string{"Mediterranean", "Mediterranean Sea"}, "H", "SEA", "", 35.0, 18.0},
	{[]string{"Baltic Sea", "Baltic"}, "H", "SEA", "", 58.0, 20.0},
	{[]string{"North Sea"}, "H", "SEA", "", 56.0, 3.0},
	{[]string{"Aegean Sea", "Aegean"}, "H", "SEA", "", 39.0, 25.0},
	{[]string{"Adriatic Sea", "Adriatic"}, "H", "SEA", "", 43.0, 15.0},
	{[]string{"Arabian Sea"}, "H", "SEA", "", 15.0, 65.0},
	{[]string{"Sea of Japan", "East Sea"}, "H", "SEA", "", 40.0, 135.0},
	{[]string{"Yellow Sea"}, "H", "SEA", "", 35.0, 123.0},
	{[]string{"Caribbean Sea"}, "H", "SEA", "", 15.0, -75.0},
	{[]string{"Sea of Azov"}, "H", "SEA", "", 46.0, 36.5},
	{[]string{"Gulf of Aden"}, "H", "GULF", "", 12.5, 48.0},
	{[]string{"Gulf of Oman"}, "H", "GULF", "", 24.5, 58.5},
	{[]string{"Gulf of Mexico"}, "H", "GULF", "", 25.0, -90.0},
	{[]string{"Gulf of Guinea"}, "H", "GULF", "", 2.0, 4.0},
	{[]string{"Strait of Hormuz"}, "H", "STRT", "", 26.6, 56.4},
	{[]string{"Bab el-Mandeb", "Bab al-Mandab", "Bab-el-Mandeb"}, "H", "STRT", "", 12.6, 43.3},
	{[]string{"Suez Canal"}, "H", "CNL", "EGY", 30.6, 32.3},
	{[]string{"Panama Canal"}, "H", "CNL", "PAN", 9.1, -79.7},
	{[]string{"Bosphorus", "Bosporus"}, "H", "STRT", "TUR", 41.1, 29.05},
	{[]string{"Strait of Malacca"}, "H", "STRT", "", 3.0, 100.5},
	{[]string{"English Channel"}, "H", "CHN", "", 50.2, -1.0},
	{[]string{"Kerch Strait"}, "H", "STRT", "", 45.3, 36.6},
	{[]string{"Atlantic Ocean", "Atlantic"}, "H", "OCN", "", 30.0, -40.0},
	{[]string{"Pacific Ocean", "Pacific"}, "H", "OCN", "", 0.0, -160.0},
	{[]string{"Indian Ocean"}, "H", "OCN", "", -20.0, 80.0},
	{[]string{"Arctic Ocean", "Arctic"}, "H", "OCN", "", 85.0, 0.0},
	{[]string{"Euphrates", "Euphrates River"}, "H", "STM", "", 35.0, 40.5},
	{[]string{"Tigris", "Tigris River"}, "H", "STM", "IRQ", 34.0, 43.9},
	{[]string{"Nile", "Nile River", "River Nile"}, "H", "STM", "", 26.0, 32.0},
	{[]string{"Jordan River", "River Jordan"}, "H", "STM", "", 32.0, 35.55},
	{[]string{"Dnieper", "Dnipro River", "Dnieper River"}, "H", "STM", "UKR", 47.5, 34.0},
	{[]string{"Mississippi River"}, "H", "STM", "USA", 35.0, -90.1},
	{[]string{"Rio Grande"}, "H", "STM", "", 29.5, -104.0},
	{[]string{"Amazon River"}, "H", "STM", "BRA", -3.0, -60.0},
	{[]string{"Lake Chad"}, "H", "LK", "", 13.0, 14.5},
	{[]string{"Lake Victoria"}, "H", "LK", "", -1.0, 33.0},
	// Physical and political regions.
	{[]string{"Sahel"}, "L", "RGN", "", 15.0, 5.0},
	{[]string{"Sahara", "Sahara Desert"}, "T", "DSRT", "", 23.0, 13.0},
	{[]string{"Balkans", "the Balkans", "Balkan Peninsula"}, "L", "RGN", "", 43.0, 21.0},
	{[]string{"Caucasus", "North Caucasus", "South Caucasus"}, "L", "RGN", "", 42.5, 44.5},
	{[]string{"Horn of Africa"}, "L", "RGN", "", 8.0, 45.0},
	{[]string{"Middle East", "Mideast", "Near East"}, "L", "RGN", "", 29.0, 41.0},
	{[]string{"Levant"}, "L", "RGN", "", 33.5, 36.0},
	{[]string{"Maghreb"}, "L", "RGN", "", 32.0, 2.0},
	{[]string{"Gulf region"}, "L", "RGN", "", 25.0, 51.0},
	{[]string{"Korean Peninsula", "Korean peninsula"}, "L", "PEN", "", 37.5, 127.5},
	{[]string{"Arabian Peninsula"}, "L", "PEN", "", 23.0, 46.0},
	{[]string{"Iberian Peninsula"}, "L", "PEN", "", 40.0, -4.0},
	{[]string{"Scandinavia"}, "L", "RGN", "", 62.0, 15.0},
	{[]string{"Siberia"}, "L", "RGN", "RUS", 60.0, 100.0},
	{[]string{"Patagonia"}, "L", "RGN", "", -44.0, -69.0},
	{[]string{"Amazon", "Amazon rainforest", "Amazonia"}, "L", "RGN", "BRA", -4.0, -62.0},
	{[]string{"Himalayas", "Himalaya"}, "T", "MTS", "", 28.5, 84.0},
	{[]string{"Alps"}, "T", "MTS", "", 46.5, 10.0},
	{[]string{"Andes"}, "T", "MTS", "", -20.0, -67.0},
	{[]string{"Hindu Kush"}, "T", "MTS", "AFG", 35.5, 70.5},
	{[]string{"Tora Bora"}, "T", "MTS", "AFG", 34.1, 70.2},
	{[]string{"Khyber Pass"}, "T", "PASS", "", 34.08, 71.1},
	{[]string{"Federally Administered Tribal Areas", "tribal areas", "FATA"}, "L", "RGN", "PAK", 33.0, 70.5},
	{[]string{"Kurdish region"}, "L", "RGN", "", 37.0, 43.0},
	{[]string{"Central Asia"}, "L", "RGN", "", 43.0, 65.0},
	{[]string{"South Asia"}, "L", "RGN", "", 22.0, 78.0},
	{[]string{"Southeast Asia", "South-East Asia", "South East Asia"}, "L", "RGN", "", 5.0, 110.0},
	{[]string{"East Asia"}, "L", "RGN", "", 35.0, 115.0},
	{[]string{"West Africa"}, "L", "RGN", "", 12.0, -2.0},
	{[]string{"East Africa"}, "L", "RGN", "", 0.0, 37.0},
	{[]string{"North Africa"}, "L", "RGN", "", 28.0, 10.0},
	{[]string{"Central Africa"}, "L", "RGN", "", 2.0, 20.0},
	{[]string{"Southern Africa"}, "L", "RGN", "", -25.0, 25.0},
	{[]string{"Sub-Saharan Africa"}, "L", "RGN", "", 0.0, 20.0},
	{[]string{"Eastern Europe"}, "L", "RGN", "", 50.0, 28.0},
	{[]string{"Western Europe"}, "L", "RGN", "", 48.0, 5.0},
	{[]string{"Central Europe"}, "L", "RGN", "", 49.0, 15.0},
	{[]string{"Latin America"}, "L", "RGN", "", -10.0, -60.0},
	{[]string{"Central America"}, "L", "RGN", "", 14.0, -87.0},
	{[]string{"Caribbean", "the Caribbean"}, "L", "RGN", "", 18.0, -72.0},
	{[]string{"Midwest"}, "L", "RGN", "USA", 41.5, -90.0},
	{[]string{"New England"}, "L", "RGN", "USA", 43.5, -71.5},
	{[]string{"Gulf Coast"}, "L", "RGN", "USA", 30.0, -90.0},
	{[]string{"West Coast"}, "L", "RGN", "USA", 38.0, -121.0},
	{[]string{"East Coast"}, "L", "RGN", "USA", 39.0, -76.0},
	{[]string{"Kurdish-held northeast"}, "L", "RGN", "SYR", 36.5, 40.5},
	{[]string{"European Union", "EU", "E.U."}, "L", "ZN", "", 48.69, 9.14},
	{[]string{"Eastern Ghouta", "Ghouta", "East Ghouta"}, "L", "RGN", "SYR", 33.55, 36.45},
	{[]string{"Kaveri", "Cauvery", "Kaveri River", "Cauvery River"}, "H", "STM", "IND", 11.9, 78.4},
	{[]string{"Ganges", "Ganga", "Ganges River"}, "H", "STM", "IND", 25.3, 83.0},
	{[]string{"Indus", "Indus River"}, "H", "STM", "PAK", 27.7, 68.9},
	{[]string{"Mekong", "Mekong River"}, "H", "STM", "", 15.1, 105.8},
	{[]string{"Yangtze", "Yangtze River"}, "H", "STM", "CHN", 30.6, 114.3},
	{[]string{"Danube", "Danube River"}, "H", "STM", "", 45.2, 28.7},
	{[]string{"Rhine", "Rhine River"}, "H", "STM", "DEU", 50.4, 7.6},
	{[]string{"Congo River"}, "H", "STM", "", -4.3, 15.3},
	{[]string{"Niger River"}, "H", "STM", "", 13.5, -4.0},
	{[]string{"Blue Nile"}, "H", "STM", "", 11.6, 35.1},
	{[]string{"Great Lakes"}, "H", "LKS", "", 45.0, -84.0},
	{[]string{"Great Barrier Reef"}, "H", "RF", "AUS", -18.3, 147.7},
	{[]string{"Gulf of Aqaba"}, "H", "GULF", "", 28.5, 34.8},
	{[]string{"Sea of Marmara"}, "H", "SEA", "TUR", 40.7, 28.2},
	{[]string{"Ionian Sea"}, "H", "SEA", "", 38.0, 19.0},
	{[]string{"Barents Sea"}, "H", "SEA", "", 74.0, 36.0},
	{[]string{"Bering Strait"}, "H", "STRT", "", 65.8, -169.0},
	{[]string{"Kurdish-held northeast Syria", "Rojava"}, "L", "RGN", "SYR", 36.6, 40.8},
	{[]string{"Rakhine State"}, "A", "ADM1", "MMR", 19.8, 93.9},
	{[]string{"Zaporizhzhia Nuclear Power Plant"}, "S", "PS", "UKR", 47.51, 34.59},
	{[]string{"Chernobyl"}, "S", "PS", "UKR", 51.39, 30.1},
	// Continents.
	{[]string{"Africa"}, "L", "CONT", "", 7.19, 21.09},
	{[]string{"Europe"}, "L", "CONT", "", 48.69, 9.14},
	{[]string{"Asia"}, "L", "CONT", "", 29.84, 89.3},
	{[]string{"North America"}, "L", "CONT", "", 46.07, -100.55},
	{[]string{"South America"}, "L", "CONT", "", -14.6, -57.66},
	{[]string{"Oceania"}, "L", "CONT", "", -18.31, 138.52},
	{[]string{"Antarctica"}, "L", "CONT", "", -78.16, 16.41},
}

// extraCountryNames are English names of countries that the country table
// lacks, keyed by alpha-3.
var extraCountryNames = map[string][]string{
	"USA": {"U.S.A", "United States"},
	"GBR": {"U.K."},
	"COD": {"Democratic Republic of Congo", "DR Congo"},
	"COG": {"Republic of Congo"},
	"PSE": {"Palestinian Territory", "Palestinian territories"},
	"ARE": {"U.A.E."},
	"MKD": {"Republic of North Macedonia"},
}

// countryDisplay are the short English names used as the Name of
// countries whose table name is formal ("Syrian Arab Republic").
var countryDisplay = map[string]string{
	"ARE": "United Arab Emirates", "BRN": "Brunei", "CHN": "China", "BOL": "Bolivia", "COD": "DR Congo",
	"COG": "Republic of the Congo", "CIV": "Ivory Coast", "FSM": "Micronesia", "GBR": "United Kingdom",
	"GMB": "Gambia", "IRN": "Iran", "KOR": "South Korea", "PRK": "North Korea", "LAO": "Laos",
	"MDA": "Moldova", "MKD": "North Macedonia", "NLD": "Netherlands", "PSE": "Palestine",
	"RUS": "Russia", "SYR": "Syria", "TUR": "Turkey", "TWN": "Taiwan", "TZA": "Tanzania",
	"USA": "United States", "VAT": "Vatican City", "VEN": "Venezuela", "VNM": "Vietnam",
}

// admin1Extra are other names of first-level regions, keyed by GeoNames
// admin-1 key.
var admin1Extra = map[string][]string{
	"CA.01": {"Alta."}, "CA.02": {"B.C."}, "CA.04": {"N.B."}, "CA.07": {"N.S."}, "CA.08": {"Ont."},
	"CA.10": {"Que.", "Québec"}, "CA.11": {"Sask."}, "CA.05": {"Newfoundland", "Nfld."},
	"GB.ENG": {"England"}, "GB.SCT": {"Scotland"}, "GB.WLS": {"Wales"},
}

// usStateAbbrevs maps the postal code of every US state and of DC to the
// state's AP style abbreviations, used in datelines and "Paris, Tex."
// constructions; the states AP spells out (Alaska, Hawaii, Idaho, Iowa,
// Maine, Ohio, Utah) have none, but their codes count as the others' do
// ("Dayton, OH").
var usStateAbbrevs = map[string][]string{
	"AK": nil, "HI": nil, "ID": nil, "IA": nil, "ME": nil, "OH": nil, "UT": nil,
	"AL": {"Ala."}, "AZ": {"Ariz."}, "AR": {"Ark."}, "CA": {"Calif.", "Cal."}, "CO": {"Colo."},
	"CT": {"Conn."}, "DE": {"Del."}, "DC": {"D.C."}, "FL": {"Fla."}, "GA": {"Ga."}, "IL": {"Ill."},
	"IN": {"Ind."}, "KS": {"Kan.", "Kans."}, "KY": {"Ky."}, "LA": {"La."}, "MD": {"Md."},
	"MA": {"Mass."}, "MI": {"Mich."}, "MN": {"Minn."}, "MS": {"Miss."}, "MO": {"Mo."},
	"MT": {"Mont."}, "NE": {"Neb.", "Nebr."}, "NV": {"Nev."}, "NH": {"N.H."}, "NJ": {"N.J."},
	"NM": {"N.M."}, "NY": {"N.Y."}, "NC": {"N.C."}, "ND": {"N.D."}, "OK": {"Okla."},
	"OR": {"Ore.", "Oreg."}, "PA": {"Pa.", "Penn."}, "RI": {"R.I."}, "SC": {"S.C."},
	"SD": {"S.D."}, "TN": {"Tenn."}, "TX": {"Tex."}, "VT": {"Vt."}, "VA": {"Va."},
	"WA": {"Wash."}, "WV": {"W.Va.", "W. Va."}, "WI": {"Wis.", "Wisc."}, "WY": {"Wyo."},
}
