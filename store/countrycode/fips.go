package countrycode

// fipsDiff maps the ISO 3166 alpha-2 country codes whose FIPS 10-4 code
// (used by GDELT's geographic fields) differs; the others are equal.
var fipsDiff = map[string]string{
	"AD": "AN", "AG": "AC", "AI": "AV", "AQ": "AY", "AS": "AQ", "AT": "AU", "AU": "AS", "AW": "AA",
	"AZ": "AJ", "BA": "BK", "BD": "BG", "BF": "UV", "BG": "BU", "BH": "BA", "BI": "BY", "BJ": "BN",
	"BM": "BD", "BN": "BX", "BO": "BL", "BS": "BF", "BW": "BC", "BY": "BO", "BZ": "BH", "CC": "CK",
	"CD": "CG", "CF": "CT", "CG": "CF", "CH": "SZ", "CI": "IV", "CK": "CW", "CL": "CI", "CN": "CH",
	"CR": "CS", "CW": "UC", "CX": "KT", "CZ": "EZ", "DE": "GM", "DK": "DA", "DM": "DO", "DO": "DR",
	"DZ": "AG", "EE": "EN", "EH": "WI", "ES": "SP", "GA": "GB", "GB": "UK", "GD": "GJ", "GE": "GG",
	"GF": "FG", "GG": "GK", "GM": "GA", "GN": "GV", "GQ": "EK", "GS": "SX", "GU": "GQ", "GW": "PU",
	"HN": "HO", "HT": "HA", "IE": "EI", "IL": "IS", "IQ": "IZ", "IS": "IC", "JP": "JA", "KH": "CB",
	"KI": "KR", "KM": "CN", "KN": "SC", "KP": "KN", "KR": "KS", "KW": "KU", "KY": "CJ", "LB": "LE",
	"LC": "ST", "LI": "LS", "LK": "CE", "LR": "LI", "LS": "LT", "LT": "LH", "LV": "LG", "MA": "MO",
	"MC": "MN", "ME": "MJ", "MG": "MA", "MH": "RM", "MM": "BM", "MN": "MG", "MO": "MC", "MP": "CQ",
	"MQ": "MB", "MS": "MH", "MU": "MP", "MW": "MI", "NA": "WA", "NE": "NG", "NG": "NI", "NI": "NU",
	"NU": "NE", "OM": "MU", "PA": "PM", "PF": "FP", "PG": "PP", "PH": "RP", "PM": "SB", "PR": "RQ",
	"PS": "WE", "PT": "PO", "PW": "PS", "PY": "PA", "RS": "RI", "RU": "RS", "SB": "BP", "SC": "SE",
	"SD": "SU", "SE": "SW", "SG": "SN", "SJ": "SV", "SK": "LO", "SN": "SG", "SR": "NS", "SS": "OD",
	"ST": "TP", "SV": "ES", "SX": "NN", "SZ": "WZ", "TC": "TK", "TD": "CD", "TF": "FS", "TG": "TO",
	"TJ": "TI", "TK": "TL", "TL": "TT", "TM": "TX", "TN": "TS", "TO": "TN", "TR": "TU", "TT": "TD",
	"UA": "UP", "VA": "VT", "VG": "VI", "VI": "VQ", "VN": "VM", "VU": "NH", "XK": "KV", "YE": "YM",
	"YT": "MF", "ZA": "SF", "ZM": "ZA", "ZW": "ZI",
}

// FIPS returns the FIPS 10-4 country code GDELT uses for an ISO 3166
// alpha-2 or alpha-3 code ("" when unknown).
func FIPS(code string) string {
	iso2 := ISO2(code)
	if f, ok := fipsDiff[iso2]; ok {
		return f
	}
	return iso2
}
