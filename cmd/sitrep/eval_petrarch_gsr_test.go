package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// TestPICOCombine checks picoCombine on each of its cases: a higher lower
// act, a lower one added, two frames and a negated lower act.
func TestPICOCombine(t *testing.T) {
	for _, tc := range []struct{ upper, lower, want int }{
		{0x0080, 0x0205, 0x0205},                   // agree + ease sanctions: the higher lower act
		{0x0205, 0x0080, 0x0285},                   // a lower act below the governor adds to it
		{0x1000, 0x3040, 0x3040},                   // two frames: the lower one
		{0x0080, 0x0070 - 0xFFFF, 0x00F0 - 0xFFFF}, // a negated lower act adds the governor
	} {
		if got := picoCombine(tc.upper, tc.lower); got != tc.want {
			t.Errorf("picoCombine(%#x, %#x) = %#x, want %#x", tc.upper, tc.lower, got, tc.want)
		}
	}
}

// TestCombineControlled checks that a plain act controlling another act
// with no object of its own codes one event, the two codes combined, and
// that a governor naming a party in a phrase of its own is left alone.
func TestCombineControlled(t *testing.T) {
	p := petrTestPICO(t, "050:0x0080#DiplomaticCoop\n085:0x0205\n0351:0x320B\n")
	tok := func(text string, head int, rel string) doc.Token {
		return doc.Token{Text: text, Lemma: strings.ToLower(text), Head: head, Rel: rel}
	}
	// "Norland agreed to ease the tariffs on Suden."
	agreedToEase := []doc.Token{tok("Norland", 2, "nsubj"), tok("agreed", 0, "root"), tok("to", 4, "mark"), tok("ease", 2, "xcomp"),
		tok("the", 6, "det"), tok("tariffs", 4, "obj"), tok("on", 8, "case"), tok("Suden", 4, "obl")}
	// "Norland agreed with Suden to ease the tariffs."
	agreedWith := []doc.Token{tok("Norland", 2, "nsubj"), tok("agreed", 0, "root"), tok("with", 4, "case"), tok("Suden", 2, "obl"),
		tok("to", 6, "mark"), tok("ease", 2, "xcomp"), tok("the", 8, "det"), tok("tariffs", 6, "obj")}
	// "Norland agreed that Suden would ease the tariffs."
	agreedThat := []doc.Token{tok("Norland", 2, "nsubj"), tok("agreed", 0, "root"), tok("that", 6, "mark"), tok("Suden", 6, "nsubj"),
		tok("would", 6, "aux"), tok("ease", 2, "ccomp"), tok("the", 8, "det"), tok("tariffs", 6, "obj")}
	tests := []struct {
		name       string
		toks       []doc.Token
		sud        int // token of Suden
		sub        string
		subSrc     string
		agreeTgt   bool
		easeTarget bool
		want       string
	}{
		{"controlled act", agreedToEase, 7, "085", "NOR", true, true, "085 NOR>SUD"},
		{"controlled act higher than a frame", agreedToEase, 7, "0351", "NOR", true, true, "0351 NOR>SUD"},
		{"governor's own phrase", agreedWith, 3, "085", "NOR", true, false, "050 NOR>SUD|085 NOR>-"},
		{"clause with a subject of its own", agreedThat, 3, "085", "SUD", false, false, "050 NOR>-|085 SUD>-"},
	}
	for _, tc := range tests {
		d := doc.New("t", "")
		d.Sentences = []doc.Sentence{{Tokens: tc.toks}}
		d.Entities = []doc.Entity{{TokStart: 0, TokEnd: 1, Code: "NOR"}, {TokStart: tc.sud, TokEnd: tc.sud + 1, Code: "SUD"}}
		nor, sud := doc.ActorRef{Code: "NOR", Entity: 0}, doc.ActorRef{Code: "SUD", Entity: 1}
		agree := doc.Event{Code: "050", Source: nor, TriggerToken: 1, Modality: doc.Asserted}
		if tc.agreeTgt {
			agree.Target = &sud
		}
		ease := doc.Event{Code: tc.sub, Source: doc.ActorRef{Code: tc.subSrc, Entity: -1}, TriggerToken: 3, Modality: doc.Intended}
		if tc.toks[5].Rel == "xcomp" {
			ease.TriggerToken = 5
		}
		if tc.easeTarget {
			ease.Target = &sud
		}
		d.Events = []doc.Event{agree, ease}
		drop := map[int]bool{}
		add := p.combineControlled(d, drop)
		if g := petrKept(d.Events, add, drop); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
	}
}

// petrKept renders the events of evs that drop does not mark, then those
// of add, as "CODE SRC>TGT" joined by "|".
func petrKept(evs, add []doc.Event, drop map[int]bool) string {
	var got []string
	for i, e := range append(slices.Clip(evs), add...) {
		if drop[i] {
			continue
		}
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		got = append(got, e.Code+" "+e.Source.Code+">"+tgt)
	}
	return strings.Join(got, "|")
}

// TestDropNounClauses checks that an event whose trigger lies in a clause
// modifying a noun (a relative clause, a participle, or a clause below
// one) is dropped, and that the main clause's event stays.
func TestDropNounClauses(t *testing.T) {
	tok := func(text, upos string, head int, rel string) doc.Token {
		return doc.Token{Text: text, UPOS: upos, Head: head, Rel: rel}
	}
	// "Norland shelled the rebels who had attacked Suden to seize roads."
	d := doc.New("t", "")
	d.Sentences = []doc.Sentence{{Tokens: []doc.Token{
		tok("Norland", "PROPN", 2, "nsubj"), tok("shelled", "VERB", 0, "root"), tok("the", "DET", 4, "det"), tok("rebels", "NOUN", 2, "obj"),
		tok("who", "PRON", 7, "nsubj"), tok("had", "AUX", 7, "aux"), tok("attacked", "VERB", 4, "acl:relcl"), tok("Suden", "PROPN", 7, "obj"),
		tok("to", "PART", 10, "mark"), tok("seize", "VERB", 7, "advcl"), tok("roads", "NOUN", 10, "obj"),
	}}}
	d.Events = []doc.Event{{Code: "190", TriggerToken: 1}, {Code: "190", TriggerToken: 6}, {Code: "192", TriggerToken: 9}}
	petrDropNounClauses(d)
	if len(d.Events) != 1 || d.Events[0].TriggerToken != 1 {
		t.Errorf("kept %+v, want only the shelling", d.Events)
	}
}

// TestComposeParticiples checks that a participle clause on a coded verb
// composes with it, and codes nothing when the sum is no code.
func TestComposeParticiples(t *testing.T) {
	p := petrTestPICO(t, "010:0x1000#Say\n015:0x10a0\n060:0x0070\n190:0x00A0\n")
	tok := func(text, xpos string, head int, rel string) doc.Token {
		return doc.Token{Text: text, XPOS: xpos, Head: head, Rel: rel}
	}
	// "Norland said on Monday, attacking Suden." / "…, expanding ties with Suden."
	toks := []doc.Token{tok("Norland", "NNP", 2, "nsubj"), tok("said", "VBD", 0, "root"), tok("on", "IN", 4, "case"), tok("Monday", "NNP", 2, "obl"),
		tok(",", ",", 6, "punct"), tok("attacking", "VBG", 2, "advcl"), tok("Suden", "NNP", 6, "obj")}
	for _, tc := range []struct{ sub, want string }{{"190", "015 NOR>SUD"}, {"060", "010 NOR>-"}} {
		d := doc.New("t", "")
		d.Sentences = []doc.Sentence{{Tokens: toks}}
		nor, sud := doc.ActorRef{Code: "NOR", Entity: -1}, doc.ActorRef{Code: "SUD", Entity: -1}
		d.Events = []doc.Event{{Code: "010", Source: nor, TriggerToken: 1}, {Code: tc.sub, Source: nor, Target: &sud, TriggerToken: 5}}
		drop := map[int]bool{}
		add := p.composeParticiples(d, drop)
		if g := petrKept(d.Events, add, drop); g != tc.want {
			t.Errorf("participle %s: got %q, want %q", tc.sub, g, tc.want)
		}
	}
}

// TestInheritSources checks that an event with no source takes the party
// of the subject of the clause it hangs from, climbing past a subject
// that names none, and that an event of a top clause, or one whose
// governor's party is its own target, stays as it is.
func TestInheritSources(t *testing.T) {
	tok := func(text string, head int, rel string) doc.Token { return doc.Token{Text: text, Head: head, Rel: rel} }
	// "It seems that no deal with Norland is possible unless Suden is disarmed."
	toks := []doc.Token{tok("It", 2, "nsubj"), tok("seems", 0, "root"), tok("that", 9, "mark"), tok("no", 5, "det"), tok("deal", 9, "nsubj"),
		tok("with", 7, "case"), tok("Norland", 5, "nmod"), tok("is", 9, "cop"), tok("possible", 2, "ccomp"), tok("unless", 13, "mark"),
		tok("Suden", 13, "nsubj:pass"), tok("is", 13, "aux:pass"), tok("disarmed", 9, "advcl")}
	for _, tc := range []struct {
		name    string
		trigger int
		target  string
		want    string
	}{
		{"clause below a subject naming a party", 12, "SUD", "NOR"},
		{"its own target", 12, "NOR", ""},
		{"top clause", 1, "SUD", ""},
	} {
		d := doc.New("t", "")
		d.Sentences = []doc.Sentence{{Tokens: toks}}
		d.Entities = []doc.Entity{{Code: "NOR", TokStart: 6, TokEnd: 7}, {Code: "SUD", TokStart: 10, TokEnd: 11}}
		d.Events = []doc.Event{{Code: "190", Source: doc.ActorRef{Entity: -1}, Target: &doc.ActorRef{Code: tc.target, Entity: 1}, TriggerToken: tc.trigger}}
		inheritSources(d)
		if got := d.Events[0].Source.Code; got != tc.want {
			t.Errorf("%s: source %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestNounInfinitive checks that a to-infinitive after an object noun
// naming no party is the noun's clause and codes nothing, while one after
// a party ("urged Suden to attack") is that party's act.
func TestNounInfinitive(t *testing.T) {
	tok := func(text, upos string, head int, rel string) doc.Token {
		return doc.Token{Text: text, UPOS: upos, Head: head, Rel: rel}
	}
	for _, tc := range []struct {
		name string
		obj  doc.Token
		ent  []doc.Entity
		want int
	}{
		// "Norland faces pressure from Suden to attack Estmark."
		{"object noun", tok("pressure", "NOUN", 2, "obj"), []doc.Entity{{Code: "SUD", TokStart: 4, TokEnd: 5}}, 1},
		// "Norland urged Suden from afar to attack Estmark."
		{"object party", tok("Suden", "PROPN", 2, "obj"), []doc.Entity{{Code: "SUD", TokStart: 2, TokEnd: 3}}, 2},
	} {
		d := doc.New("t", "")
		d.Sentences = []doc.Sentence{{Tokens: []doc.Token{
			tok("Norland", "PROPN", 2, "nsubj"), tok("faces", "VERB", 0, "root"), tc.obj, tok("from", "ADP", 5, "case"), tok("Suden", "PROPN", 3, "nmod"),
			tok("to", "PART", 7, "mark"), tok("attack", "VERB", 2, "advcl"), tok("Estmark", "PROPN", 7, "obj"),
		}}}
		d.Entities = tc.ent
		d.Events = []doc.Event{{Code: "100", TriggerToken: 1}, {Code: "190", TriggerToken: 6}}
		petrDropNounClauses(d)
		if len(d.Events) != tc.want {
			t.Errorf("%s: kept %d events, want %d", tc.name, len(d.Events), tc.want)
		}
	}
}

// TestPronouns checks that a pronoun of an embedded clause takes the
// party of the governing verb's object, else its subject, and that a
// pronoun of the top clause or a subject pronoun is left alone.
func TestPronouns(t *testing.T) {
	text := "Norland said a shell hit it ."
	tok := func(text, upos, xpos string, start, head int, rel string) doc.Token {
		return doc.Token{Text: text, UPOS: upos, XPOS: xpos, Start: start, End: start + len(text), Head: head, Rel: rel}
	}
	embedded := []doc.Token{tok("Norland", "PROPN", "NNP", 0, 2, "nsubj"), tok("said", "VERB", "VBD", 8, 0, "root"), tok("a", "DET", "DT", 13, 4, "det"),
		tok("shell", "NOUN", "NN", 15, 5, "nsubj"), tok("hit", "VERB", "VBD", 21, 2, "ccomp"), tok("it", "PRON", "PRP", 25, 5, "obj"), tok(".", "PUNCT", ".", 28, 2, "punct")}
	// "Norland said it hit Suden ." with "it" the embedded subject.
	subject := []doc.Token{tok("Norland", "PROPN", "NNP", 0, 2, "nsubj"), tok("said", "VERB", "VBD", 8, 0, "root"), tok("it", "PRON", "PRP", 13, 4, "nsubj"),
		tok("hit", "VERB", "VBD", 16, 2, "ccomp"), tok("Suden", "PROPN", "NNP", 20, 4, "obj")}
	// "Norland hit it ."
	top := []doc.Token{tok("Norland", "PROPN", "NNP", 0, 2, "nsubj"), tok("hit", "VERB", "VBD", 8, 0, "root"), tok("it", "PRON", "PRP", 12, 2, "obj")}
	for _, tc := range []struct {
		name string
		toks []doc.Token
		want string
	}{
		{"object pronoun of a reported clause", embedded, "NOR NOR"},
		{"subject pronoun", subject, "NOR"},
		{"top clause", top, "NOR"},
	} {
		d := doc.New("t", text+" Norland said it hit Suden")
		d.Sentences = []doc.Sentence{{Tokens: tc.toks}}
		d.Entities = []doc.Entity{{Code: "NOR", TokStart: 0, TokEnd: 1, Start: 0, End: 7}}
		petrPronouns(d)
		var got []string
		for _, e := range d.Entities {
			got = append(got, e.Code)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: entities %q, want %q", tc.name, g, tc.want)
		}
	}
	// Offsets past the text never panic.
	d := doc.New("t", "x")
	d.Sentences = []doc.Sentence{{Tokens: embedded}}
	d.Entities = []doc.Entity{{Code: "NOR", TokStart: 0, TokEnd: 1}}
	petrPronouns(d)
	if len(d.Entities) != 1 {
		t.Errorf("offsets past the text: %d mentions, want the 1 given", len(d.Entities))
	}
}
