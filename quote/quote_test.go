package quote

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// ent describes an actor mention for a test document: the n-th occurrence
// (from 0) of Text.
type ent struct {
	text, typ, code, name string
	n                     int
}

func newDoc(text string, ents ...ent) *doc.Document {
	d := doc.New("t", text)
	for _, e := range ents {
		at := -1
		for k, from := 0, 0; k <= e.n; k++ {
			i := strings.Index(text[from:], e.text)
			if i < 0 {
				panic("no " + e.text)
			}
			at = from + i
			from = at + len(e.text)
		}
		d.Entities = append(d.Entities, doc.Entity{
			Start: at, End: at + len(e.text), Text: e.text, Type: e.typ,
			Code: e.code, Name: e.name, Ref: -1,
		})
	}
	return d
}

type want struct {
	text, kind, speaker, code, name string
}

func TestExtract(t *testing.T) {
	putin := ent{"Vladimir Putin", "PER", "RUSGOV", "Vladimir Putin", 0}
	tests := []struct {
		name string
		text string
		ents []ent
		want []want
	}{
		{"said after, curly", "“We will not retreat,” Putin said.",
			[]ent{{"Putin", "PER", "RUSGOV", "Vladimir Putin", 0}},
			[]want{{"We will not retreat,", Direct, "Putin", "RUSGOV", "Vladimir Putin"}}},
		{"said after, inverted, straight", `"The border stays closed," said Ahmed Hassan, the interior minister.`,
			[]ent{{"Ahmed Hassan", "PER", "EGYGOV", "Ahmed Hassan", 0}},
			[]want{{"The border stays closed,", Direct, "Ahmed Hassan", "EGYGOV", "Ahmed Hassan"}}},
		{"colon before", "Vladimir Putin told reporters: “Sanctions will not break us.”",
			[]ent{putin},
			[]want{{"Sanctions will not break us.", Direct, "Vladimir Putin", "RUSGOV", "Vladimir Putin"}}},
		{"according to before", "According to the army, “the road is now open to convoys.”",
			[]ent{{"army", "ORG", "SYRMIL", "Syrian Army", 0}},
			[]want{{"the road is now open to convoys.", Direct, "the army", "SYRMIL", "Syrian Army"}}},
		{"according to after", "“The road is open,” according to Colonel Ali Saleh.",
			[]ent{{"Colonel Ali Saleh", "PER", "YEMMIL", "Ali Saleh", 0}},
			[]want{{"The road is open,", Direct, "Colonel Ali Saleh", "YEMMIL", "Ali Saleh"}}},
		{"quoted as saying", "Vladimir Putin arrived in Ankara. Putin was quoted as saying: “Turkey is our partner.”",
			[]ent{putin, {"Putin", "PER", "", "", 1}},
			[]want{{"Turkey is our partner.", Direct, "Putin", "RUSGOV", "Vladimir Putin"}}},
		{"ministry in a statement", "The Russian Foreign Ministry condemned the strike. “This is a gross violation,” the ministry said in a statement.",
			[]ent{{"Russian Foreign Ministry", "ORG", "RUSGOV", "Ministry of Foreign Affairs (Russia)", 0}},
			[]want{{"This is a gross violation,", Direct, "the ministry", "RUSGOV", "Ministry of Foreign Affairs (Russia)"}}},
		{"russian president", "Vladimir Putin met Recep Tayyip Erdogan in Sochi. “We agreed on a buffer zone,” the Russian president said.",
			[]ent{putin, {"Recep Tayyip Erdogan", "PER", "TURGOV", "Recep Tayyip Erdogan", 0}},
			[]want{{"We agreed on a buffer zone,", Direct, "the Russian president", "RUSGOV", "Vladimir Putin"}}},
		{"pronoun and added", "Vladimir Putin spoke in Moscow. “The talks were useful,” he added.",
			[]ent{putin},
			[]want{{"The talks were useful,", Direct, "he", "RUSGOV", "Vladimir Putin"}}},
		{"split by he said", "“We are ready to talk,” Putin said. “But we will defend our interests.”",
			[]ent{{"Putin", "PER", "RUSGOV", "Vladimir Putin", 0}},
			[]want{
				{"We are ready to talk,", Direct, "Putin", "RUSGOV", "Vladimir Putin"},
				{"But we will defend our interests.", Direct, "Putin", "RUSGOV", "Vladimir Putin"},
			}},
		{"split mid-sentence", "“We are ready,” Putin said, “but not at any price.”",
			[]ent{{"Putin", "PER", "RUSGOV", "Vladimir Putin", 0}},
			[]want{
				{"We are ready,", Direct, "Putin", "RUSGOV", "Vladimir Putin"},
				{"but not at any price.", Direct, "Putin", "RUSGOV", "Vladimir Putin"},
			}},
		{"multi-paragraph", "Angela Merkel spoke for an hour.\n\n“Europe must act together. We cannot wait.\n\n“The refugees need our help now,” Merkel said.",
			[]ent{{"Angela Merkel", "PER", "DEUGOV", "Angela Merkel", 0}, {"Merkel", "PER", "DEUGOV", "Angela Merkel", 1}},
			[]want{{"Europe must act together. We cannot wait.\n\n“The refugees need our help now,", Direct, "Merkel", "DEUGOV", "Angela Merkel"}}},
		{"surname without actor code", "Angela Merkel visited Athens. “Greece will recover,” Merkel told the parliament.",
			[]ent{{"Angela Merkel", "PER", "DEUGOV", "Angela Merkel", 0}},
			[]want{{"Greece will recover,", Direct, "Merkel", "DEUGOV", "Angela Merkel"}}},
		{"partial quote", "Putin described the talks as “constructive and very useful” for both sides.",
			[]ent{{"Putin", "PER", "RUSGOV", "Vladimir Putin", 0}},
			[]want{{"constructive and very useful", Direct, "Putin", "RUSGOV", "Vladimir Putin"}}},
		{"short partial quote after a verb", "Heiko Maas called the decision “incomprehensible” and left.",
			[]ent{{"Heiko Maas", "PER", "DEUGOV", "Heiko Maas", 0}},
			[]want{{"incomprehensible", Direct, "Heiko Maas", "DEUGOV", "Heiko Maas"}}},
		{"title before a name", "U.N. envoy Martin Halvorsen arrived. “This is a small step,” Halvorsen said.",
			[]ent{{"U.N. envoy", "PER", "IGOUNOGOV", "", 0}},
			[]want{{"This is a small step,", Direct, "Halvorsen", "IGOUNOGOV", "Martin Halvorsen"}}},
		{"pronoun it", "India's foreign ministry protested. It summoned the envoy over what it called “an act of aggression”.",
			[]ent{{"India's foreign ministry", "ORG", "INDGOV", "India government", 0}, {"India", "GPE", "IND", "India", 0}},
			[]want{{"an act of aggression", Direct, "it", "INDGOV", "India government"}}},
		{"abbreviated title", "“A shutdown is a no-win proposition,” Ms. Capito said.",
			[]ent{{"Capito", "PER", "USALEG", "Shelley Moore Capito", 0}},
			[]want{{"A shutdown is a no-win proposition,", Direct, "Ms. Capito", "USALEG", "Shelley Moore Capito"}}},
		{"present tense, inverted", "“Who was hurt?” asks Dr. Murthy. “Nobody,” replied the nurse.",
			nil,
			[]want{{"Who was hurt?", Direct, "Dr. Murthy", "", ""}, {"Nobody,", Direct, "the nurse", "", ""}}},
		{"dash attribution", "“We never met him” — former press secretary Sean Spicer",
			[]ent{{"Sean Spicer", "PER", "USAGOV", "Sean Spicer", 0}},
			[]want{{"We never met him", Direct, "former press secretary Sean Spicer", "USAGOV", "Sean Spicer"}}},
		{"speaker is not the name inside it", "Klobuchar's supporters in the Legislature said that the vote was close.",
			[]ent{{"Klobuchar", "PER", "", "Amy Klobuchar", 0}},
			[]want{{"the vote was close", Indirect, "Klobuchar's supporters", "", ""}}},
		{"show title with comma inside", "On NBC's “Meet the Press,” the senator criticized the plan.",
			nil, nil},
		{"introduction wins over a later verb", "The director said, “From now on, Ebola is curable.” He went on to praise the nurses.",
			[]ent{{"director", "PER", "COGHLH", "", 0}},
			[]want{{"From now on, Ebola is curable.", Direct, "The director", "COGHLH", ""}}},
		{"and inside a name", "Nils Haagenrud of Rogaland Fire and Rescue said late on Tuesday that nobody would be sent in.",
			[]ent{{"Rogaland Fire and Rescue", "ORG", "NORGOV", "Rogaland Fire and Rescue", 0}},
			[]want{{"nobody would be sent in", Indirect, "Nils Haagenrud of Rogaland Fire and Rescue", "NORGOV", "Rogaland Fire and Rescue"}}},
		{"a term after say", "I can't say anything about “software-as-a-service” because it is broad.",
			nil, nil},
		{"colon ending the paragraph before", "In a statement, the ministry said:\n\n“We condemn this attack in the strongest terms.”",
			[]ent{{"ministry", "ORG", "FRAGOV", "France government", 0}},
			[]want{{"We condemn this attack in the strongest terms.", Direct, "the ministry", "FRAGOV", "France government"}}},
		{"pronoun of the other gender", "“We will win,” Mr. Biden said. “Nobody will stop us,” Ms. Harris said. “We are ready,” he added.",
			[]ent{{"Biden", "PER", "USAELI", "Joe Biden", 0}, {"Harris", "PER", "USAELI", "Kamala Harris", 0}},
			[]want{
				{"We will win,", Direct, "Mr. Biden", "USAELI", "Joe Biden"},
				{"Nobody will stop us,", Direct, "Ms. Harris", "USAELI", "Kamala Harris"},
				{"We are ready,", Direct, "he", "USAELI", "Joe Biden"},
			}},
		{"fronted phrase is not reported speech", "Based on preliminary results for the year, the company said.",
			nil, nil},
		{"negated speech is not a quotation", "They have not said how they will vote on the budget.",
			nil, nil},
		{"scare quote", "The army called off the “peace” talks after the raid.",
			nil, nil},
		{"title of operation", "Israel launched Operation “Protective Edge” in July.",
			nil, nil},
		{"title case name", "Protesters chanted slogans from the “Arab Spring Youth Movement” outside.",
			nil, nil},
		{"indirect that", "The Iranian foreign minister said that talks with Washington would resume next month.",
			[]ent{{"Iranian", "NORP", "IRN", "Iran", 0}},
			[]want{{"talks with Washington would resume next month", Indirect, "The Iranian foreign minister", "IRNGOV", ""}}},
		{"indirect after", "Talks with the rebels will resume on Monday, the UN envoy said.",
			[]ent{{"UN", "ORG", "IGOUNO", "United Nations", 0}},
			[]want{{"Talks with the rebels will resume on Monday", Indirect, "the UN envoy", "IGOUNO", "United Nations"}}},
		{"indirect according to", "According to the police, six protesters were detained overnight.",
			[]ent{{"police", "ORG", "COP", "", 0}},
			[]want{{"six protesters were detained overnight", Indirect, "the police", "COP", ""}}},
		{"indirect after a time", "Pakistan said on Wednesday it had shot down two jets.",
			[]ent{{"Pakistan", "GPE", "PAK", "Pakistan", 0}},
			[]want{{"it had shot down two jets", Indirect, "Pakistan", "PAK", "Pakistan"}}},
		{"indirect after a fronted time", "A month ago, most voters said significant spending cuts were needed.",
			nil,
			[]want{{"significant spending cuts were needed", Indirect, "most voters", "", ""}}},
		{"indirect with a scene phrase after the speaker", "Maureen Dowd, in her weekly column, says the senators have lost their way.",
			[]ent{{"Maureen Dowd", "PER", "USAMED", "Maureen Dowd", 0}},
			[]want{{"the senators have lost their way", Indirect, "Maureen Dowd", "USAMED", "Maureen Dowd"}}},
		{"indirect told", "Erdogan told reporters that Turkey would not accept the plan.",
			[]ent{{"Erdogan", "PER", "TURGOV", "Recep Tayyip Erdogan", 0}},
			[]want{{"Turkey would not accept the plan", Indirect, "Erdogan", "TURGOV", "Recep Tayyip Erdogan"}}},
	}
	for _, tt := range tests {
		d := newDoc(tt.text, tt.ents...)
		got := Extract(d)
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %d quotes, want %d: %s", tt.name, len(got), len(tt.want), show(got))
			continue
		}
		for k, w := range tt.want {
			q := got[k]
			if d.Text[q.Start:q.End] != q.Text {
				t.Errorf("%s: span %d:%d is not %q", tt.name, q.Start, q.End, q.Text)
			}
			sp := doc.Speaker{}
			if q.Speaker != nil {
				sp = *q.Speaker
				if d.Text[sp.Start:sp.End] != sp.Text {
					t.Errorf("%s: speaker span %d:%d is not %q", tt.name, sp.Start, sp.End, sp.Text)
				}
			}
			if q.Text != w.text || q.Kind != w.kind || sp.Text != w.speaker || sp.Code != w.code || sp.Name != w.name {
				t.Errorf("%s:\n got  %q %s by %q %s %q\n want %q %s by %q %s %q", tt.name,
					q.Text, q.Kind, sp.Text, sp.Code, sp.Name, w.text, w.kind, w.speaker, w.code, w.name)
			}
		}
	}
}

func show(qs []doc.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("\n  " + q.Kind + " " + strings.ReplaceAll(q.Text, "\n", `\n`))
		if q.Speaker != nil {
			b.WriteString(" <- " + q.Speaker.Text + " " + q.Speaker.Code)
		}
	}
	return b.String()
}

func TestBadInput(t *testing.T) {
	for _, s := range []string{"The company said on Tuesday", "Prices rose sharply over the year, said Smith,",
		"Officials in the city said late", "", "“", "”", `"""`, "\xff\xfe“ab”", "“unclosed\n\nnext para", strings.Repeat("“a ", 1000)} {
		d := doc.New("bad", s)
		for _, q := range Extract(d) {
			if s[q.Start:q.End] != q.Text {
				t.Errorf("%q: bad span %+v", s, q)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("“We will not retreat,” Putin said. “Never.”")
	f.Add("According to the army, six people died.")
	f.Add("\"a\n\n\"b\" he said")
	f.Add("The company said on Tuesday")
	f.Add("Prices rose sharply over the year, said Smith,")
	f.Fuzz(func(t *testing.T, s string) {
		d := doc.New("f", s)
		for _, q := range Extract(d) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %+v in %q", q, s)
			}
			if sp := q.Speaker; sp != nil && s[sp.Start:sp.End] != sp.Text {
				t.Fatalf("bad speaker span %+v in %q", sp, s)
			}
		}
	})
}

func TestSpeakerLabel(t *testing.T) {
	tests := []struct {
		sp   *doc.Speaker
		want string
	}{
		{nil, "?"},
		{&doc.Speaker{Text: "witnesses"}, "witnesses"},
		{&doc.Speaker{Text: "Putin", Code: "RUSGOV", Name: "Vladimir Putin"}, "Putin (RUSGOV Vladimir Putin)"},
		{&doc.Speaker{Text: "Vladimir Putin", Code: "RUSGOV", Name: "Vladimir Putin"}, "Vladimir Putin (RUSGOV)"},
	}
	for _, tt := range tests {
		if got := SpeakerLabel(tt.sp); got != tt.want {
			t.Errorf("SpeakerLabel(%+v) = %q, want %q", tt.sp, got, tt.want)
		}
	}
}

func TestRules(t *testing.T) {
	text := "Putin said: “We are ready.” “We will talk,” he added. “Not at any price.”\n\n" +
		"Putin called the offer “a step in the right direction” for both sides.\n\n" +
		"According to the Kremlin, the talks will resume. The envoy said that nothing was agreed. Talks will go on, officials said."
	got := Extract(newDoc(text, ent{"Putin", "PER", "RUSGOV", "Vladimir Putin", 0}))
	want := []string{"before", "after", "continues", "partial", "according-to", "speaker-first", "speaker-last"}
	if len(got) != len(want) {
		t.Fatalf("got %d quotes, want %d: %s", len(got), len(want), show(got))
	}
	for k, w := range want {
		if got[k].Rule != w {
			t.Errorf("quote %q: rule %q, want %q", got[k].Text, got[k].Rule, w)
		}
	}
}
