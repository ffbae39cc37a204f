package actor

import (
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/petrarch"
)

// AddPetrarch adds the actors and agents of PETRARCH/TABARI dictionaries.
// Actors whose codes are all three letters become countries (places), the
// others people when their codes are dated and organisations otherwise; "---" and "+++" codes are skipped. Names are
// matched as whole words, and PETRARCH's stem matching of names written
// without a final "_" applies to one-word names ("ISRAEL" matches
// "Israeli"). It returns the number of entries added.
func (d *Dict) AddPetrarch(p *petrarch.Dict) int {
	d.addModifiers()
	n := 0
	for _, a := range p.Actors {
		e := &Entry{Source: a.File + ":" + strconv.Itoa(a.Line), Petrarch: true}
		dated := false
		for _, c := range a.Codes {
			if c.Code == "---" || c.Code == "+++" {
				continue
			}
			if c.From.IsZero() && c.To.IsZero() {
				if e.Code == "" {
					e.Code = c.Code
				}
				continue
			}
			dated = true
			e.Roles = append(e.Roles, Role{Code: c.Code, From: doc.Day{Time: c.From}, To: doc.Day{Time: c.To}})
		}
		if e.Code == "" && len(e.Roles) == 0 {
			continue
		}
		switch {
		case allCountries(e):
			e.Kind = Country
		case dated:
			e.Kind = Person
		default:
			e.Kind = Org
		}
		names := make([]string, len(a.Names))
		for i, w := range a.Names {
			names[i] = titleCase(w)
		}
		e.Name = names[0]
		d.Add(e, names...)
		for i, w := range a.Names {
			if a.Stem[i] && len(w) == 1 {
				d.AddStem(e, w[0])
			}
		}
		n++
	}
	for _, a := range p.Agents {
		if a.Code == "---" {
			continue
		}
		// PETRARCH does not say which agents name one person, so any may
		// be followed by a name ("Bree President Romendacil").
		e := &Entry{Kind: Agent, Code: a.Code, Person: true, Plural: a.Plural, Name: strings.ToLower(strings.Join(a.Words, " ")), Source: a.File + ":" + strconv.Itoa(a.Line)}
		d.Add(e, e.Name)
		n++
	}
	return n
}

// titleCase writes PETRARCH's upper-case words as a name: "BAN KI-MOON"
// becomes "Ban Ki-Moon", so that capitalised text still matches.
func titleCase(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		lw := strings.ToLower(w)
		if lw == "" {
			continue
		}
		out[i] = strings.ToUpper(lw[:1]) + lw[1:]
	}
	return strings.Join(out, " ")
}

// addModifiers copies the embedded modifier words ("senior", "first",
// "security") into a dictionary that has none, since PETRARCH
// dictionaries have no such list.
func (d *Dict) addModifiers() {
	for _, e := range d.Entries {
		if e.Kind == Modifier {
			return
		}
	}
	def, err := Default()
	if err != nil {
		return
	}
	for _, e := range def.Entries {
		if e.Kind == Modifier {
			d.Entries = append(d.Entries, e)
			d.addTo(d.agents, e, Modifier, e.Name, "")
		}
	}
}

// allCountries reports whether e looks like a place: none of its codes
// carries a sector after its country ("UKRAINE_ [USRUKR <910824] [UKRUNR
// 910824-911221] [UKR >911221]"), where a person's codes do ("USAGOV",
// "USAELI").
func allCountries(e *Entry) bool {
	codes := []string{e.Code}
	for _, r := range e.Roles {
		codes = append(codes, r.Code)
	}
	n := 0
	for _, c := range codes {
		switch {
		case c == "":
			continue
		case len(c) < 3 || strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO") || strings.HasPrefix(c, "IMG"):
			return false
		case len(c) >= 6 && isSector(c[3:6]):
			return false
		}
		n++
	}
	return n > 0
}
