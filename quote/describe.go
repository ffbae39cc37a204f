package quote

import "github.com/sitrep/sitrep/doc"

// SpeakerLabel writes a quotation's speaker for people to read: the words
// of the text, then the actor code and canonical name when they add
// something, as in "the Russian president (RUSGOV Vladimir Putin)"; "?"
// when the speaker is unknown.
func SpeakerLabel(sp *doc.Speaker) string {
	if sp == nil {
		return "?"
	}
	s := sp.Text
	extra := sp.Code
	if sp.Name != "" && sp.Name != sp.Text {
		if extra != "" {
			extra += " "
		}
		extra += sp.Name
	}
	if extra != "" {
		s += " (" + extra + ")"
	}
	return s
}
