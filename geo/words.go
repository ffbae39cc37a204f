package geo

import "strings"

// Word lists the recognizer uses. Written for sitrep from general knowledge
// of English usage.

// commonWords are place names that are also ordinary English words or
// frequent given names and surnames. They are taken as places only with
// evidence: a locative preposition, an admin context ("Mobile, Ala."), a
// place-type noun, or a LOC/GPE entity from the NER stage.
var commonWords = set(
	"mobile", "reading", "nice", "split", "bath", "of", "march", "may", "orange", "price", "hope",
	"independence", "liberty", "union", "victoria", "eagle", "deal", "dover", "best", "most", "police",
	"man", "bar", "along", "said", "sale", "date", "gap", "cork", "sandwich", "wells", "bridge",
	"chester", "temple", "park", "lincoln", "jackson", "jefferson",
	"franklin", "hamilton", "clinton", "alexander", "eugene",
	"marion", "troy",
	"york", "warren", "mesa", "ogden", "bend", "normal", "mission", "friendly",
	"enterprise", "commerce", "industry", "justice", "concord", "harmony", "unity", "progress", "reform",
	"energy", "power", "opportunity", "fairview", "center", "centre", "plain", "plains", "lake", "river",
	"valley", "city", "town", "home", "post", "office", "college", "university", "school", "church",
	"street", "road", "market", "bank", "banks", "mount", "fort", "port", "beach", "hall", "fall", "falls",
	"spring", "springs", "summer", "winter", "autumn", "early", "late", "today", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "june", "july", "august", "april",
	"president", "governor", "mayor", "senate", "congress", "parliament", "army", "navy", "state",
	"national", "federal", "republic", "democrat", "republican", "independent", "media", "news",
	"times", "star", "sun", "globe", "herald", "tribune", "press", "daily", "weekly", "north", "south",
	"east", "west", "central", "northern", "southern", "eastern", "western", "new", "old", "little",
	"big", "long", "good", "grand", "great", "royal", "green", "white", "black", "red", "blue", "gold",
	"golden", "silver", "young", "page", "pages", "mark", "john", "james", "david", "michael", "paul",
	"george", "peter", "mary", "anna", "maria", "ana", "eva", "laura", "sara", "sarah", "elizabeth",
	"ali", "mohammed", "muhammad", "ahmed", "hassan", "omar",
	"goodwill", "trust", "time", "way", "hill", "hills", "wood", "woods", "forest", "field", "fields",
	"rock", "stone", "iron", "steel", "coal", "oil", "gas", "cotton", "sugar", "rice", "corn", "wheat",
	"as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "on", "or", "so",
	"to", "up", "we", "an", "am", "the", "and", "but", "for", "not", "all", "any", "can", "had",
	"her", "his", "how", "its", "one", "our", "out", "she", "who", "why", "yes", "you", "also", "when",
	"what", "where", "here", "there", "then", "than", "that", "this", "these", "those", "they", "them",
	"with", "from", "into", "over", "under", "after", "before", "between", "during", "about", "against",
	"still", "even", "just", "only", "both", "each", "every", "such", "same", "other", "another",
	"many", "much", "more", "less", "last", "next", "first", "second", "third", "wednesdays", "santa",
	"pain", "bad", "worms", "hope", "sale", "vera", "rose", "ruth", "grace", "joy", "faith", "angel",
	"angels", "christmas", "easter", "trump", "obama", "biden", "bush", "putin", "carter", "regan",
	"moore", "kennedy", "johnson", "nixon", "ford", "wilson", "taylor", "harrison",
	"tyler", "polk", "grant", "hayes", "arthur", "monroe", "adams", "buchanan", "pierce", "douglas",
	"marshall", "morgan", "allen", "scott", "young", "king", "wright", "hill", "green", "baker",
	"nelson", "carson", "sherman", "welch", "webster", "mcpherson", "patrick", "stevens", "polk", "harlan", "burke", "wayne",
	"aurora", "sharon", "shelby", "chelsea", "beverly", "camden", "dayton", "stanley",
	"vernon", "milton", "clayton", "clifton", "newton", "preston", "brighton", "hudson", "logan",
	"tucker", "parker", "porter", "hunter", "cooper", "fisher", "miller", "butler", "mayer",
	"summit", "pleasant", "prosperity", "victory", "glory", "triumph", "content", "lead", "rich",
	"success", "welcome", "advance", "genesis", "eden", "ida", "ada", "alma", "elgin",
	"roma", "part", "god", "roy", "lewis", "jones", "smith", "brown", "davis", "williams", "lee",
	"walker", "hall", "young", "clark", "lewis", "robinson", "wood", "turner", "amber", "crystal", "diamond", "pearl", "ruby", "jade", "ivory", "dawn", "sky",
)

// ordinaryWords are English words that GeoNames also lists as towns
// ("Mars", "Congress", "University") but that news text almost never
// uses for those towns. They are places only with strong evidence: an
// admin context ("Mars, Pa."), a place noun ("the town of Mars"), or a
// LOC/GPE entity; a preposition is not enough ("life on Mars").
var ordinaryWords = set(
	"earth", "mars", "moon", "venus", "mercury", "jupiter", "saturn", "pluto", "sun", "congress",
	"university", "maritime", "basic", "superior", "bishop", "gay", "crown", "supreme", "court",
	"marine", "marines", "coast", "guard", "navy", "air", "force", "defense", "defence", "security",
	"council", "assembly", "commission", "committee", "agency", "ministry", "department", "office",
	"embassy", "consulate", "parliament", "cabinet", "premier", "chancellor", "general", "admiral",
	"north", "south", "east", "west", "central", "liberal", "labour", "labor", "conservative",
	"senate", "house", "white", "capitol", "pentagon", "kremlin", "state", "nation", "union",
	"republic", "federal", "national", "international", "global", "world", "city", "county",
	"village", "town", "center", "centre", "plaza", "square", "market", "bank", "exchange",
	"church", "mosque", "temple", "school", "hospital", "airport", "station", "port", "harbor",
	"police", "army", "military", "government", "president", "minister", "leader", "people",
	"christian", "muslim", "jewish", "catholic", "protestant", "democrat", "republican",
	"independence", "liberty", "freedom", "justice", "victory", "unity", "progress", "hope",
	"faith", "paradise", "eden", "heaven", "hell", "zion", "olympia", "olympic", "olympics",
	"media", "internet", "online", "phone", "mobile", "apple", "google", "amazon", "twitter",
	"pop", "rock", "jazz", "soul", "gospel", "country", "music", "film", "movie", "art", "science",
	"emerita", "latina", "parkinson", "alzheimer", "normal", "standard", "premium", "deal",
	"northeast", "northwest", "southeast", "southwest", "western", "eastern", "northern", "southern",
	"gulf", "pack", "free", "but", "god", "commerce", "metro", "woodlands", "story", "christmas",
	"toyota", "honda", "hamas", "continental", "side", "emerald", "van", "mary", "shaping",
	"white house", "wall street", "downing street", "main street", "capitol", "hezbollah",
	"taliban", "fatah", "nato", "opec", "lincoln memorial", "ground zero",
)

// abbrevKeys are the normalized AP abbreviations of US states ("Ill.",
// "Miss.", "Wash."), which are places only when written with their
// period after a comma ("Springfield, Ill.").
var abbrevKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, ab := range usStateAbbrevs {
		for _, a := range ab {
			m[Normalize(a)] = true
		}
	}
	for _, ab := range admin1Extra {
		for _, a := range ab {
			if strings.HasSuffix(a, ".") {
				m[Normalize(a)] = true
			}
		}
	}
	return m
}()

// calendarWords are month and weekday names, never places on their own
// ("in March" is a date).
var calendarWords = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec")

// placeNouns are nouns that announce a place name ("the city of X",
// "X province").
var placeNouns = set(
	"city", "town", "village", "county", "province", "district", "region", "state", "capital",
	"port", "parish", "governorate", "oblast", "municipality", "suburb", "neighborhood",
	"neighbourhood", "area", "country", "island", "islands", "enclave", "territory", "border",
	"outskirts", "borough", "township", "prefecture", "emirate", "kingdom", "republic",
	"hamlet", "settlement", "camp", "base", "airport", "coast", "valley", "peninsula",
)

// orgHeads are capitalized words after a place name that make the whole
// an institution of that place ("Hartford Hospital"), where the place
// still counts as a toponym.
var orgHeads = set(
	"hospital", "high", "school", "schools", "university", "college", "police", "fire", "airport",
	"court", "council", "department", "regional", "medical", "memorial", "public", "library",
	"church", "mall", "station", "board", "chamber", "community", "city", "county", "township",
	"municipal", "district", "area", "metro", "metropolitan", "zoo", "museum", "harbor", "harbour",
	"port", "bay", "river", "lake", "stadium", "arena", "jail", "prison", "courthouse", "hall",
	"elementary", "middle", "academy", "campus", "center", "centre", "village", "township",
	"prosecutor", "sheriff", "commissioners", "commissioner", "commission", "judge", "coroner",
	"health", "clerk", "treasurer", "auditor", "engineer", "administrator", "fair", "fairgrounds",
	"mayor", "attorney", "emergency", "planning", "water", "parks", "transit", "housing",
	"economic", "development", "road", "highway", "schools", "officials", "government", "legislature",
	"assembly", "senate", "house", "police", "officers", "deputies", "residents", "voters",
	"authorities",
)

// locatives are words after which a capitalized name is very likely a
// place ("in Reading", "near Mobile").
var locatives = set(
	"in", "at", "near", "from", "to", "outside", "inside", "across", "around", "towards", "toward",
	"into", "throughout", "via", "through", "within", "beyond", "reached", "visited", "visiting",
	"entered", "left", "leaving", "leaves", "arrived", "northwest", "northeast", "southwest",
	"southeast", "north", "south", "east", "west", "of",
)

// titles are words before a name that make it a person's ("Mr Jackson",
// "President Lincoln").
var titles = set(
	"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "president", "gov", "governor", "sen",
	"senator", "rep", "representative", "judge", "justice", "officer", "sgt", "sergeant", "lt",
	"lieutenant", "capt", "captain", "gen", "general", "col", "colonel", "chief", "minister",
	"king", "queen", "prince", "princess", "pope", "father", "rev", "reverend", "sheikh", "prof",
	"professor", "coach", "mayor", "secretary", "ambassador", "deputy", "commissioner", "detective",
	"trooper", "councilman", "councilwoman", "sheriff", "attorney", "agent", "pastor", "brother",
	"sister", "uncle", "aunt", "saint", "st",
)

// directions are capitalized words that may precede a place and belong to
// its description ("Northern Syria", "Greater London").
var directions = set(
	"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"greater", "downtown", "upper", "lower", "northeastern", "northwestern", "southeastern",
	"southwestern", "northeast", "northwest", "southeast", "southwest", "metro", "suburban",
	"rural", "urban", "coastal", "inner", "outer", "mid", "midtown", "uptown", "occupied",
	"annexed", "rebel-held", "war-torn", "besieged",
)

// connectors are lower-case words allowed inside multi-word place names.
var connectors = set(
	"of", "de", "del", "la", "le", "les", "al", "el", "and", "upon", "on", "the", "du", "des", "da",
	"do", "dos", "das", "y", "ad", "an", "es", "sur", "am", "im", "in", "di", "der", "den", "van",
	"von", "bin", "ibn", "abu", "sous", "en", "e", "i", "-",
)

// metonymVerbs are verbs whose subject, when it is a country or a capital,
// is a government rather than a place ("Washington has broken off
// relations", "Moscow warned").
var metonymVerbs = set(
	"said", "says", "say", "has", "have", "had", "will", "would", "could", "should", "must", "may",
	"might", "accused", "accuses", "announced", "announces", "warned", "warns", "condemned",
	"condemns", "denied", "denies", "rejected", "rejects", "urged", "urges", "called", "calls",
	"agreed", "agrees", "signed", "signs", "threatened", "threatens", "demanded", "demands",
	"blamed", "blames", "welcomed", "welcomes", "recalled", "recalls", "expelled", "expels",
	"imposed", "imposes", "sanctioned", "launched", "launches", "sent", "sends", "deployed",
	"deploys", "claimed", "claims", "insisted", "insists", "vowed", "vows", "pledged", "pledges",
	"refused", "refuses", "backed", "backs", "supports", "supported", "responded", "responds",
	"broke", "recognized", "recognised", "recognizes", "offered", "offers", "proposed", "proposes",
	"asked", "asks", "told", "tells", "wants", "wanted", "hopes", "fears", "believes", "considers",
	"sought", "seeks", "plans", "intends", "announced", "criticized", "criticised", "criticizes",
	"praised", "praises", "protested", "protests", "retaliated", "retaliates", "struck", "strikes",
	"attacked", "attacks", "invaded", "invades", "annexed", "annexes", "ordered", "orders", "approved",
	"approves", "vetoed", "vetoes", "voted", "votes", "negotiated", "negotiates", "mediated",
	"hosted", "hosts", "joined", "joins", "withdrew", "withdraws", "suspended", "suspends",
	"cut", "cuts", "froze", "freezes", "lifted", "lifts", "eased", "eases", "insisted", "is",
	"was", "sees", "saw", "appealed", "summoned", "summons", "dismissed", "dismisses",
	"broken", "taken", "given", "begun", "withdrawn", "frozen", "warn", "accuse", "condemn",
	"reject", "urge", "sign", "threaten", "demand", "impose", "send", "deploy", "respond", "recognize",
)

// auxiliaries may stand between a subject and its verb ("Washington has
// broken off relations").
var auxiliaries = set("has", "have", "had", "will", "would", "could", "should", "must", "may", "might",
	"is", "was", "are", "were", "did", "does", "not", "also", "already", "repeatedly", "now", "again",
	"reportedly", "previously", "recently", "then", "been", "be", "to", "never", "later")

// objectVerbs are verbs whose object, when it is a country or a capital,
// is a government ("accused Tokyo", "urged Washington").
var objectVerbs = set(
	"accuse", "accused", "accuses", "warn", "warned", "warns", "urge", "urged", "urges", "criticize",
	"criticized", "criticizes", "criticise", "criticised", "condemn", "condemned", "condemns", "tell",
	"told", "tells", "ask", "asked", "asks", "blame", "blamed", "blames", "praise", "praised",
	"praises", "thank", "thanked", "thanks", "congratulate", "congratulated", "sanction", "sanctioned",
	"sanctions", "recognize", "recognized", "recognise", "recognised", "support", "supported",
	"supports", "back", "backed", "backs", "press", "pressed", "presses", "pressure", "pressured",
	"threaten", "threatened", "threatens", "reassure", "reassured", "rebuke", "rebuked", "snub",
	"snubbed", "lobby", "lobbied", "join", "joined", "defy", "defied", "sue", "sued", "notify",
	"notified", "inform", "informed", "invite", "invited", "reject", "rejected", "rejects",
)

// actorVerbs are the lemmas of verbs whose subject, when it is a country
// or a capital, is a government ("Egypt warned", "Moscow has broken off
// relations"), unlike "Egypt is poised" or "Egypt needs".
var actorVerbs = set(
	"say", "warn", "accuse", "announce", "condemn", "deny", "reject", "urge", "call", "agree",
	"sign", "threaten", "demand", "blame", "welcome", "recall", "expel", "impose", "sanction",
	"launch", "send", "deploy", "claim", "insist", "vow", "pledge", "refuse", "back", "support",
	"respond", "break", "recognize", "recognise", "offer", "propose", "ask", "tell", "criticize",
	"criticise", "praise", "protest", "retaliate", "strike", "attack", "invade", "annex", "order",
	"approve", "veto", "vote", "negotiate", "mediate", "join", "withdraw", "suspend", "freeze",
	"lift", "appeal", "summon", "dismiss", "accept", "decline", "sever", "cut", "resume", "halt",
	"announce", "declare", "reaffirm", "pressure", "press", "seek", "decide", "retract", "ban",
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
