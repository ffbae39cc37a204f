package lemma

import "strings"

// irregularVerbs lists English irregular verbs as "lemma past participle"
// (participle omitted when equal to the past); written for sitrep.
var irregularVerbs = []string{
	"arise arose arisen", "awake awoke awoken", "be was been", "be were", "bear bore borne",
	"beat beat beaten", "become became become", "begin began begun", "bend bent", "bet bet",
	"bid bid", "bind bound", "bite bit bitten", "bleed bled", "blow blew blown", "break broke broken",
	"breed bred", "bring brought", "broadcast broadcast", "build built", "burn burnt", "burst burst",
	"buy bought", "cast cast", "catch caught", "choose chose chosen", "cling clung", "come came come",
	"cost cost", "creep crept", "cut cut", "deal dealt", "dig dug", "do did done", "draw drew drawn",
	"dream dreamt", "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen",
	"feed fed", "feel felt", "fight fought", "find found", "flee fled", "fling flung", "fly flew flown",
	"forbid forbade forbidden", "forecast forecast", "foresee foresaw foreseen", "forget forgot forgotten",
	"forgive forgave forgiven", "freeze froze frozen", "get got gotten", "give gave given", "go went gone",
	"grind ground", "grow grew grown", "hang hung", "have had", "hear heard", "hide hid hidden", "hit hit",
	"hold held", "hurt hurt", "keep kept", "kneel knelt", "know knew known", "lay laid", "lead led",
	"lean leant", "leap leapt", "learn learnt", "leave left", "lend lent", "let let", "lie lay lain",
	"light lit", "lose lost", "make made", "mean meant", "meet met", "mislead misled", "mistake mistook mistaken",
	"overcome overcame overcome", "overrun overran overrun", "oversee oversaw overseen", "overtake overtook overtaken",
	"overthrow overthrew overthrown", "pay paid", "prove proved proven", "put put", "quit quit", "read read",
	"rebuild rebuilt", "redo redid redone", "rid rid", "ride rode ridden", "ring rang rung", "rise rose risen",
	"run ran run", "say said", "see saw seen", "seek sought", "sell sold", "send sent", "set set",
	"shake shook shaken", "shed shed", "shine shone", "shoot shot", "show showed shown", "shrink shrank shrunk",
	"shut shut", "sing sang sung", "sink sank sunk", "sit sat", "slay slew slain", "sleep slept", "slide slid",
	"speak spoke spoken", "speed sped", "spend spent", "spin spun", "spit spat", "split split", "spread spread",
	"spring sprang sprung", "stand stood", "steal stole stolen", "stick stuck", "sting stung", "stink stank stunk",
	"strike struck", "strive strove striven", "swear swore sworn", "sweep swept", "swim swam swum", "swing swung",
	"take took taken", "teach taught", "tear tore torn", "tell told", "think thought", "throw threw thrown",
	"thrust thrust", "tread trod trodden", "undergo underwent undergone", "understand understood",
	"undertake undertook undertaken", "undo undid undone", "uphold upheld", "upset upset", "wake woke woken",
	"wear wore worn", "weave wove woven", "weep wept", "win won", "wind wound", "withdraw withdrew withdrawn",
	"withhold withheld", "withstand withstood", "write wrote written", "forsee foresaw foreseen",
	"sew sewed sewn", "saw sawed sawn", "mow mowed mown", "swell swelled swollen", "hew hewed hewn",
}

// irregularPresent covers present-tense forms that rules get wrong.
var irregularPresent = map[string]string{
	"is": "be", "am": "be", "are": "be", "'s": "be", "'re": "be", "'m": "be", "has": "have", "'ve": "have",
	"does": "do", "goes": "go", "'ll": "will", "'d": "would", "ca": "can", "wo": "will", "sha": "shall",
}

// irregularNouns lists irregular plurals as "singular plural".
var irregularNouns = []string{
	"man men", "woman women", "child children", "person people", "foot feet", "tooth teeth",
	"mouse mice", "goose geese", "ox oxen", "crisis crises", "thesis theses", "analysis analyses",
	"hypothesis hypotheses", "diagnosis diagnoses", "basis bases", "criterion criteria",
	"phenomenon phenomena", "medium media", "datum data", "bacterium bacteria", "curriculum curricula",
	"index indices", "appendix appendices", "cactus cacti", "fungus fungi", "nucleus nuclei",
	"radius radii", "stimulus stimuli", "syllabus syllabi", "alumnus alumni", "life lives", "wife wives",
	"knife knives", "leaf leaves", "wolf wolves", "half halves", "self selves", "shelf shelves",
	"thief thieves", "loaf loaves", "calf calves", "militiaman militiamen", "chairman chairmen",
	"spokesman spokesmen", "spokeswoman spokeswomen", "policeman policemen", "gunman gunmen",
	"congressman congressmen", "congresswoman congresswomen", "fisherman fishermen", "businessman businessmen",
	"tribesman tribesmen", "countryman countrymen", "serviceman servicemen", "clergyman clergymen",
}

var (
	verbPast, verbPart map[string]string
	nounPlural         map[string]string
)

func init() {
	verbPast, verbPart, nounPlural = map[string]string{}, map[string]string{}, map[string]string{}
	for _, line := range irregularVerbs {
		f := strings.Fields(line)
		verbPast[f[1]] = f[0]
		part := f[1]
		if len(f) > 2 {
			part = f[2]
		}
		verbPart[part] = f[0]
	}
	for _, line := range irregularNouns {
		f := strings.Fields(line)
		nounPlural[f[1]] = f[0]
	}
}

// irregular looks low up in the irregular tables.
func irregular(low, upos, xpos string) (string, bool) {
	switch {
	case upos == "VERB" || upos == "AUX":
		if v, ok := irregularPresent[low]; ok {
			return v, true
		}
		switch xpos {
		case "VBD":
			if v, ok := verbPast[low]; ok {
				return v, true
			}
			if v, ok := verbPart[low]; ok {
				return v, true
			}
		case "VBN":
			if v, ok := verbPart[low]; ok {
				return v, true
			}
			if v, ok := verbPast[low]; ok {
				return v, true
			}
		}
	case upos == "NOUN" && (xpos == "NNS" || xpos == ""):
		if v, ok := nounPlural[low]; ok {
			return v, true
		}
	}
	return "", false
}

// ruleLemma is the fallback for words no learned rule covers.
func ruleLemma(low, xpos string) (string, bool) {
	switch xpos {
	case "NNS":
		switch {
		case strings.HasSuffix(low, "ies") && len(low) > 4:
			return low[:len(low)-3] + "y", true
		case strings.HasSuffix(low, "sses"), strings.HasSuffix(low, "shes"), strings.HasSuffix(low, "ches"),
			strings.HasSuffix(low, "xes"), strings.HasSuffix(low, "zzes"):
			return low[:len(low)-2], true
		case strings.HasSuffix(low, "ss"), strings.HasSuffix(low, "us"), strings.HasSuffix(low, "is"):
			return low, true
		case strings.HasSuffix(low, "s") && len(low) > 2:
			return low[:len(low)-1], true
		}
	case "VBZ":
		switch {
		case strings.HasSuffix(low, "ies") && len(low) > 4:
			return low[:len(low)-3] + "y", true
		case strings.HasSuffix(low, "sses"), strings.HasSuffix(low, "shes"), strings.HasSuffix(low, "ches"),
			strings.HasSuffix(low, "xes"), strings.HasSuffix(low, "zes"):
			return low[:len(low)-2], true
		case strings.HasSuffix(low, "s") && len(low) > 2:
			return low[:len(low)-1], true
		}
	case "VBD", "VBN":
		if strings.HasSuffix(low, "ied") && len(low) > 4 {
			return low[:len(low)-3] + "y", true
		}
		if strings.HasSuffix(low, "ed") && len(low) > 3 {
			return restoreStem(low[:len(low)-2]), true
		}
	case "VBG":
		if strings.HasSuffix(low, "ing") && len(low) > 4 {
			return restoreStem(low[:len(low)-3]), true
		}
	case "JJR", "RBR":
		if strings.HasSuffix(low, "ier") {
			return low[:len(low)-3] + "y", true
		}
		if strings.HasSuffix(low, "er") && len(low) > 4 {
			return undouble(low[:len(low)-2]), true
		}
	case "JJS", "RBS":
		if strings.HasSuffix(low, "iest") {
			return low[:len(low)-4] + "y", true
		}
		if strings.HasSuffix(low, "est") && len(low) > 5 {
			return undouble(low[:len(low)-3]), true
		}
	}
	return "", false
}

// restoreStem undoes consonant doubling ("stopp" → "stop") and restores a
// silent e after a consonant-vowel-consonant stem ending in c, v, z or a
// -at/-iz/-ut sequence ("creat" → "create").
func restoreStem(s string) string {
	if u := undouble(s); u != s {
		return u
	}
	for _, suf := range []string{"at", "iz", "ut", "iv", "ur", "uc", "ag", "ak", "ok", "ar", "ov", "ir"} {
		if strings.HasSuffix(s, suf) && len(s) > 3 {
			return s + "e"
		}
	}
	if strings.HasSuffix(s, "c") || strings.HasSuffix(s, "v") || strings.HasSuffix(s, "z") || strings.HasSuffix(s, "dg") {
		return s + "e"
	}
	return s
}

func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && strings.IndexByte("bdgklmnprt", s[n-1]) >= 0 && !strings.HasSuffix(s, "ll") {
		return s[:n-1]
	}
	return s
}
