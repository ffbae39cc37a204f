package amount

import "github.com/sitrep/sitrep/internal/wordscan"

// roleWords maps the forms of casualty verbs, adjectives and nouns to the
// role they give what is counted.
var roleWords = map[string]string{
	"kill": "killed", "kills": "killed", "killed": "killed", "killing": "killed",
	"dead": "killed", "died": "killed", "die": "killed", "dies": "killed",
	"deaths": "killed", "fatalities": "killed", "lives": "killed",
	"slain": "killed", "massacred": "killed", "massacring": "killed",
	"executed": "killed", "executing": "killed", "perished": "killed",
	"injure": "injured", "injures": "injured", "injured": "injured",
	"injuring": "injured", "wound": "injured", "wounds": "injured",
	"wounded": "injured", "wounding": "injured", "hurt": "injured",
	"hurting": "injured", "injuries": "injured",
	"arrest": "arrested", "arrests": "arrested", "arrested": "arrested",
	"arresting": "arrested", "detain": "detained", "detains": "detained",
	"detained": "detained", "detaining": "detained", "jailed": "detained",
	"imprisoned": "detained",
	"displaced":  "displaced", "displacing": "displaced", "fled": "displaced",
	"uprooted": "displaced", "missing": "missing",
	"abducted": "abducted", "abducting": "abducted", "kidnapped": "abducted",
	"kidnapping": "abducted", "abduct": "abducted", "kidnap": "abducted",
	"hostage": "abducted", "hostages": "abducted",
	"evacuated": "evacuated", "evacuating": "evacuated",
	"rescued": "rescued", "rescuing": "rescued", "freed": "rescued",
}

// roleNouns are units that say the role themselves ("12 dead").
var roleNouns = map[string]bool{
	"dead": true, "deaths": true, "fatalities": true, "injured": true,
	"wounded": true, "injuries": true, "hostages": true, "missing": true,
}

// auxWords may stand between a count and its verb ("12 people were
// reportedly killed").
var auxWords = map[string]bool{
	"were": true, "was": true, "have": true, "has": true, "had": true,
	"been": true, "are": true, "is": true, "being": true, "reportedly": true,
	"also": true, "all": true, "later": true, "allegedly": true, "now": true,
	"confirmed": true, "reported": true, "believed": true, "to": true,
	"be": true, "feared": true, "still": true, "remain": true, "remained": true,
	"left": true, "who": true, "got": true, "had been": true,
}

// roleNear reports whether a casualty word is right before or after the
// quantity at tokens [i, j).
func (f *finder) roleNear(i, j int) bool {
	return f.roleBefore(i) != "" || f.roleAfter(j) != ""
}

// roleBefore reads "killing 12", "killed at least 12", "the death toll rose
// to 12", "claimed the lives of 12".
func (f *finder) roleBefore(i int) string {
	if r := roleWords[f.tok(i-1).Lower]; r != "" && f.tok(i-1).Kind == wordscan.Word {
		if f.tok(i-1).Is("lives") && !f.is(i-2, "the", "their") {
			return ""
		}
		return r
	}
	if f.is(i-1, "of") && f.is(i-2, "lives") {
		return "killed"
	}
	// "the death toll rose to 12", "a toll of 12"
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := f.tok(k)
		if t.Kind == wordscan.Punct {
			break
		}
		if t.Is("toll") {
			return "killed"
		}
	}
	return ""
}

// roleAfter reads "12 people were killed", "12 dead", "12 people died".
func (f *finder) roleAfter(j int) string {
	for k := j; k < len(f.toks) && k < j+4; k++ {
		t := f.tok(k)
		if t.Kind != wordscan.Word {
			return ""
		}
		if r := roleWords[t.Lower]; r != "" && !t.Is("lives", "hostage") {
			return r
		}
		if t.Is("taken") && f.is(k+1, "hostage") {
			return "abducted"
		}
		if !auxWords[t.Lower] {
			return ""
		}
	}
	return ""
}

// role fills q's Role and Of: from the verb before or after it, from a
// unit that says it ("12 dead"), or from the quantity it is part of
// ("including three police officers").
func (f *finder) role(q *Quantity, i, end int, prev []Quantity) {
	if u := q.Unit; roleNouns[u] {
		q.Role = roleWords[u]
		if u == "hostages" {
			q.Role = "abducted"
		}
	}
	if q.Role == "" {
		q.Role = f.roleBefore(i)
	}
	if q.Role == "" {
		q.Role = f.roleAfter(f.unitEnd)
	}
	// "including three police officers", "among them two children", "of
	// whom five were children"
	part := f.is(i-1, "including") || (f.is(i-1, "them") && f.is(i-2, "among")) ||
		(f.is(i-1, "whom", "which") && f.is(i-2, "of"))
	if part {
		for k := len(prev) - 1; k >= 0; k-- {
			p := prev[k]
			if p.Kind != Count || p.End > f.tok(i).Start {
				continue
			}
			if f.s[p.End:f.tok(i).Start] != "" && containsAny(f.s[p.End:f.tok(i).Start], ".;") {
				break
			}
			q.Of = k
			if q.Role == "" {
				q.Role = p.Role
			}
			break
		}
	}
}

func containsAny(s, chars string) bool {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(chars); j++ {
			if s[i] == chars[j] {
				return true
			}
		}
	}
	return false
}
