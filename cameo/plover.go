package cameo

import "strings"

// Plover is a PLOVER event type with its mode and context.
type Plover struct {
	Type    string
	Mode    string
	Context string
}

// PloverTypes lists the sixteen PLOVER event types (PLOVER manual, 2021
// draft) in the order of the manual, cooperative to conflictual.
var PloverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
	"MOBILIZE", "COERCE", "ASSAULT",
}

// PloverModes lists the modes PLOVER defines for each event type.
var PloverModes = map[string][]string{
	"CONSULT":  {"phone", "visit", "third-party", "multilateral"},
	"CONCEDE":  {"policy", "territory", "resign", "apologize"},
	"RETREAT":  {"release", "return", "ease", "access", "disarm", "ceasefire", "withdraw"},
	"REQUEST":  {"assist", "change", "yield", "meet"},
	"ACCUSE":   {"investigate", "disapprove", "allege"},
	"REJECT":   {"assist", "change", "yield", "meet"},
	"THREATEN": {"relations", "restrict", "ban", "political", "expel", "violence", "territory"},
	"PROTEST":  {"demo", "hunger", "boycott", "obstruct", "riot"},
	"SANCTION": {"withdraw", "discontinue", "expel"},
	"MOBILIZE": {"police", "troops"},
	"COERCE":   {"seize", "restrict", "ban", "curfew", "martial-law", "arrest", "deport"},
	"ASSAULT":  {"abduct", "beat", "sexual", "torture", "suicide-attack", "explosives", "assassinate", "firearms", "heavy-weapons", "massacre", "cleansing", "unconventional"},
}

// ploverTable maps a CAMEO code prefix to "TYPE,mode,context"; the longest
// prefix wins. Our own reading of the PLOVER manual's correspondence:
// appeals (02) are REQUESTs, the 03 intentions are AGREE, and CAMEO's 01
// statements have no PLOVER type (PLOVER leaves plain comment out).
var ploverTable = map[string]string{
	"02": "REQUEST,,", "021": "REQUEST,assist,", "0211": "REQUEST,assist,economic", "0212": "REQUEST,assist,military",
	"0213": "REQUEST,assist,legal", "0214": "REQUEST,assist,intelligence", "022": "REQUEST,assist,diplomatic",
	"023": "REQUEST,assist,", "0231": "REQUEST,assist,economic", "0232": "REQUEST,assist,military",
	"0233": "REQUEST,assist,humanitarian", "0234": "REQUEST,assist,peacekeeping",
	"024": "REQUEST,change,political_institutions", "0241": "REQUEST,change,executive", "0242": "REQUEST,change,executive",
	"0243": "REQUEST,change,rights_freedoms", "025": "REQUEST,yield,", "026": "REQUEST,meet,diplomatic",
	"027": "REQUEST,meet,diplomatic", "028": "REQUEST,meet,diplomatic",

	"03": "AGREE,,diplomatic", "0311": "AGREE,,economic", "0312": "AGREE,,military", "0313": "AGREE,,legal",
	"0314": "AGREE,,intelligence", "0331": "AGREE,,economic", "0332": "AGREE,,military", "0333": "AGREE,,humanitarian",
	"0334": "AGREE,,peacekeeping", "034": "AGREE,,political_institutions", "0342": "AGREE,,executive",
	"0343": "AGREE,,rights_freedoms", "035": "AGREE,,", "0351": "AGREE,,rights_freedoms", "0353": "AGREE,,rights_freedoms",
	"0354": "AGREE,,economic", "0356": "AGREE,,military",

	"04": "CONSULT,,", "041": "CONSULT,phone,", "042": "CONSULT,visit,", "043": "CONSULT,visit,",
	"044": "CONSULT,third-party,", "045": "CONSULT,,diplomatic", "046": "CONSULT,,diplomatic",

	"05": "SUPPORT,,diplomatic",

	"06": "COOPERATE,,", "061": "COOPERATE,,economic", "062": "COOPERATE,,military", "063": "COOPERATE,,legal",
	"064": "COOPERATE,,intelligence",

	"07": "AID,,", "071": "AID,,economic", "072": "AID,,military", "073": "AID,,humanitarian",
	"074": "AID,,peacekeeping", "075": "AID,,asylum",

	"08": "CONCEDE,,", "081": "CONCEDE,,legal", "0811": "CONCEDE,,democracy", "0812": "CONCEDE,,democracy",
	"0813": "RETREAT,ease,legal", "0814": "RETREAT,ease,legal", "082": "CONCEDE,,democracy",
	"083": "CONCEDE,policy,political_institutions", "0831": "CONCEDE,resign,political_institutions",
	"0832": "CONCEDE,policy,executive", "0833": "CONCEDE,policy,rights_freedoms",
	"084": "RETREAT,release,", "0841": "RETREAT,release,legal", "0842": "RETREAT,return,legal",
	"085": "RETREAT,ease,economic", "086": "RETREAT,access,diplomatic", "0861": "RETREAT,access,peacekeeping",
	"0863": "RETREAT,access,humanitarian", "087": "RETREAT,disarm,military", "0871": "RETREAT,ceasefire,military",
	"0872": "RETREAT,withdraw,military",

	"09": "ACCUSE,investigate,", "091": "ACCUSE,investigate,crime", "092": "ACCUSE,investigate,human_rights",
	"093": "ACCUSE,investigate,military", "094": "ACCUSE,investigate,military",

	"10": "REQUEST,,", "101": "REQUEST,assist,", "1011": "REQUEST,assist,economic", "1012": "REQUEST,assist,military",
	"1013": "REQUEST,assist,legal", "1014": "REQUEST,assist,intelligence", "102": "REQUEST,assist,diplomatic",
	"103": "REQUEST,assist,", "1031": "REQUEST,assist,economic", "1032": "REQUEST,assist,military",
	"1033": "REQUEST,assist,humanitarian", "1034": "REQUEST,assist,peacekeeping",
	"104": "REQUEST,change,political_institutions", "1041": "REQUEST,change,executive", "1042": "REQUEST,change,executive",
	"1043": "REQUEST,change,rights_freedoms", "105": "REQUEST,change,legal", "1051": "REQUEST,yield,legal",
	"1052": "REQUEST,yield,legal", "1053": "REQUEST,yield,legal", "1054": "REQUEST,yield,economic",
	"1055": "REQUEST,yield,diplomatic", "1056": "REQUEST,yield,military", "106": "REQUEST,meet,diplomatic",
	"107": "REQUEST,meet,diplomatic", "108": "REQUEST,meet,diplomatic",

	"11": "ACCUSE,disapprove,", "112": "ACCUSE,disapprove,", "1121": "ACCUSE,allege,crime", "1122": "ACCUSE,allege,human_rights",
	"1123": "ACCUSE,allege,military", "1124": "ACCUSE,allege,military", "1125": "ACCUSE,allege,legal",
	"114": "ACCUSE,allege,diplomatic", "115": "ACCUSE,allege,legal", "116": "ACCUSE,disapprove,legal",

	"12": "REJECT,,", "121": "REJECT,assist,", "1211": "REJECT,assist,economic", "1212": "REJECT,assist,military",
	"122": "REJECT,assist,", "1221": "REJECT,assist,economic", "1222": "REJECT,assist,military",
	"1223": "REJECT,assist,humanitarian", "1224": "REJECT,assist,peacekeeping",
	"123": "REJECT,change,political_institutions", "1231": "REJECT,change,executive", "1232": "REJECT,change,executive",
	"1233": "REJECT,change,rights_freedoms", "124": "REJECT,change,", "1241": "REJECT,change,executive",
	"1243": "REJECT,yield,legal", "1244": "REJECT,yield,economic", "1245": "REJECT,yield,diplomatic",
	"1246": "REJECT,yield,military", "125": "REJECT,meet,diplomatic", "126": "REJECT,meet,diplomatic",
	"127": "REJECT,meet,diplomatic", "128": "REJECT,yield,legal", "129": "REJECT,yield,diplomatic",

	"13": "THREATEN,,", "1311": "THREATEN,relations,", "1312": "THREATEN,restrict,economic",
	"1313": "THREATEN,relations,diplomatic", "132": "THREATEN,ban,executive", "1321": "THREATEN,political,human_rights",
	"1322": "THREATEN,ban,pro_autocracy", "1323": "THREATEN,restrict,pro_autocracy", "1324": "THREATEN,restrict,pro_autocracy",
	"133": "THREATEN,relations,", "134": "THREATEN,relations,diplomatic", "135": "THREATEN,relations,diplomatic",
	"136": "THREATEN,expel,diplomatic", "137": "THREATEN,violence,pro_autocracy", "138": "THREATEN,violence,military",
	"1381": "THREATEN,restrict,military", "1382": "THREATEN,territory,military", "1385": "THREATEN,violence,cbrn",
	"139": "THREATEN,relations,diplomatic",

	"14": "PROTEST,,", "141": "PROTEST,demo,", "142": "PROTEST,hunger,", "143": "PROTEST,boycott,",
	"144": "PROTEST,obstruct,", "145": "PROTEST,riot,",

	"15": "MOBILIZE,,", "151": "MOBILIZE,police,", "152": "MOBILIZE,troops,military", "153": "MOBILIZE,police,",
	"154": "MOBILIZE,troops,military",

	"16": "SANCTION,,", "161": "SANCTION,withdraw,diplomatic", "162": "SANCTION,discontinue,human_security",
	"1621": "SANCTION,discontinue,economic", "1622": "SANCTION,discontinue,military", "1623": "SANCTION,discontinue,humanitarian",
	"163": "COERCE,restrict,diplomatic", "164": "SANCTION,withdraw,diplomatic", "165": "SANCTION,withdraw,diplomatic",
	"166": "SANCTION,expel,diplomatic", "1661": "SANCTION,expel,military", "1663": "SANCTION,expel,human_security",

	"17": "COERCE,,", "171": "COERCE,seize,human_security", "1712": "ASSAULT,,human_security",
	"172": "COERCE,restrict,executive", "1721": "COERCE,restrict,rights_freedoms", "1722": "COERCE,ban,pro_autocracy",
	"1723": "COERCE,curfew,pro_autocracy", "1724": "COERCE,martial-law,pro_autocracy", "173": "COERCE,arrest,legal",
	"174": "COERCE,deport,legal", "175": "ASSAULT,,military",

	"18": "ASSAULT,,", "181": "ASSAULT,abduct,", "182": "ASSAULT,beat,", "1821": "ASSAULT,sexual,",
	"1822": "ASSAULT,torture,", "183": "ASSAULT,suicide-attack,", "1832": "ASSAULT,explosives,",
	"1833": "ASSAULT,explosives,", "184": "ASSAULT,abduct,", "185": "ASSAULT,assassinate,", "186": "ASSAULT,assassinate,",

	"19": "ASSAULT,,military", "191": "COERCE,restrict,military", "192": "COERCE,seize,military",
	"193": "ASSAULT,firearms,military", "194": "ASSAULT,heavy-weapons,military", "195": "ASSAULT,heavy-weapons,military",
	"196": "ASSAULT,,legal",

	"20": "ASSAULT,massacre,military", "201": "ASSAULT,cleansing,religion_ethnicity",
	"202": "ASSAULT,massacre,religion_ethnicity", "203": "ASSAULT,cleansing,religion_ethnicity",
	"204": "ASSAULT,unconventional,cbrn",
}

// ToPlover returns the PLOVER type, mode and context of a CAMEO code. It
// reports false for codes PLOVER does not cover (the 01 statements) and
// for unknown codes.
func ToPlover(code string) (Plover, bool) {
	if !Valid(code) {
		return Plover{}, false
	}
	for n := len(code); n >= 2; n-- {
		if v, ok := ploverTable[code[:n]]; ok {
			f := strings.SplitN(v, ",", 3)
			return Plover{Type: f[0], Mode: f[1], Context: f[2]}, true
		}
	}
	return Plover{}, false
}
