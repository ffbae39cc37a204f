// Package actor is sitrep's CAMEO actor coder: the actor code system
// (countries, regions, international organisations, non-state groups and
// the sector codes composed with them), our own dated dictionaries in a
// readable text format, and the recognizer that finds actors in parsed text
// and codes them for the document's date.
package actor

import "strings"

// Sectors maps each CAMEO sector (role) code to its description. A sector
// follows a country or group code ("RUS"+"GOV" = "RUSGOV") or stands alone
// when the country is unknown.
var Sectors = map[string]string{
	"GOV": "government",
	"MIL": "military",
	"REB": "rebels",
	"INS": "insurgents",
	"SEP": "separatists",
	"OPP": "political opposition",
	"PTY": "political party",
	"CVL": "civilians",
	"LEG": "legislature",
	"JUD": "judiciary",
	"COP": "police",
	"SPY": "intelligence",
	"BUS": "business",
	"MED": "media",
	"EDU": "education",
	"REL": "religious",
	"HLH": "health",
	"REF": "refugees",
	"LAB": "labour",
	"ELI": "elites",
	"IGO": "intergovernmental organisation",
	"NGO": "non-governmental organisation",
	"NGM": "non-governmental movement",
	"UAF": "unaligned armed forces",
	"CRM": "criminals",
	"AGR": "agriculture",
	"DEV": "development",
	"ENV": "environment",
	"HRI": "human rights",
	"MNC": "multinational corporation",
	"IMG": "international militarized group",
	"MOD": "moderate",
	"RAD": "radical",
	"CHR": "Christian",
	"MOS": "Muslim",
	"JEW": "Jewish",
	"HIN": "Hindu",
	"BUD": "Buddhist",
	"SHI": "Shia",
	"SUN": "Sunni",
	"ATH": "atheist",
	"ADR": "African diasporic religion",
	"ALE": "Alewite",
	"BAH": "Bahai",
	"CON": "Confucianism",
	"CPT": "Coptic",
	"CTH": "Catholic",
	"DOX": "Orthodox",
	"JAN": "Jain",
	"SIK": "Sikh",
	"TAO": "Taoist",
	"ZRO": "Zoroastrian",
	"PRO": "Protestant",
}

// Regions maps CAMEO's regional and bloc codes, used in place of a country
// code, to their names.
var Regions = map[string]string{
	"AFR": "Africa",
	"ASA": "Asia",
	"BLK": "Balkans",
	"CRB": "Caribbean",
	"CAU": "Caucasus",
	"CFR": "Central Africa",
	"CAS": "Central Asia",
	"CEU": "Central Europe",
	"EIN": "East Indies",
	"EAF": "Eastern Africa",
	"EEU": "Eastern Europe",
	"EUR": "Europe",
	"LAM": "Latin America",
	"MEA": "Middle East",
	"MDT": "Mediterranean",
	"NAF": "North Africa",
	"NMR": "North America",
	"PGS": "Persian Gulf",
	"SCN": "Scandinavia",
	"SAM": "South America",
	"SAS": "South Asia",
	"SEA": "Southeast Asia",
	"SAF": "Southern Africa",
	"WAF": "West Africa",
	"WST": "the West",
	"NTH": "North",
	"STH": "South",
	"DEV": "developed countries",
	"DVG": "developing countries",
}

// Compose joins a country, region or group code with a sector code. A
// sector already present in the code is not repeated, and an empty country
// yields the bare sector.
func Compose(country, sector string) string {
	if sector == "" {
		return country
	}
	if country == "" {
		return sector
	}
	for i := 3; i+3 <= len(country); i += 3 {
		if country[i:i+3] == sector {
			return country
		}
	}
	return country + sector
}

// CountryOf returns the leading three-letter country or region part of a
// code ("RUSGOV" → "RUS"), or "" when the code starts with a sector or an
// organisation ("GOV", "IGOUNO", "IMGISI").
func CountryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	head := code[:3]
	if _, ok := Sectors[head]; ok {
		return ""
	}
	if head == "IGO" || head == "IMG" || head == "NGO" || head == "MNC" || head == "NGM" || head == "---" {
		return ""
	}
	return head
}

// SectorOf returns the first sector code after the country part ("RUSGOV"
// → "GOV", "SYRREBISI" → "REB"), or "" if there is none.
func SectorOf(code string) string {
	start := 3
	if CountryOf(code) == "" {
		start = 0
	}
	for i := start; i+3 <= len(code); i += 3 {
		if _, ok := Sectors[code[i:i+3]]; ok {
			return code[i : i+3]
		}
	}
	return ""
}

// WithSector replaces the sector part of code with sector: "USAGOV" and
// "ELI" give "USAELI". Codes without a country get the bare sector.
func WithSector(code, sector string) string {
	c := CountryOf(code)
	if c == "" {
		return sector
	}
	return Compose(c, sector)
}

// ValidCode reports whether s looks like a CAMEO actor code: a non-empty
// sequence of three-letter upper-case groups.
func ValidCode(s string) bool {
	if s == "" || len(s)%3 != 0 {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// isSector reports whether s is a known sector code.
func isSector(s string) bool {
	_, ok := Sectors[strings.ToUpper(s)]
	return ok
}
