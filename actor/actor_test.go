package actor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/petrarch"
	"github.com/sitrep/sitrep/text"
)

// capTagger is a stand-in for the NER model: it tags every run of
// capitalised words after the first word as a person.
type capTagger struct{}

func (capTagger) Tag(words []string) []string {
	tags := make([]string, len(words))
	for i, w := range words {
		tags[i] = "O"
		if i > 0 && isNameWord(w) {
			if i > 0 && strings.HasSuffix(tags[i-1], "PER") {
				tags[i] = "I-PER"
			} else {
				tags[i] = "B-PER"
			}
		}
	}
	return tags
}

func recognize(t *testing.T, txt, date string, ner Tagger) *doc.Document {
	t.Helper()
	d := segmented(t, txt, date)
	recognizeDoc(t, d, ner)
	return d
}

// segmented returns the text as a document of date, split into sentences.
func segmented(t *testing.T, txt, date string) *doc.Document {
	t.Helper()
	d := doc.New("t", txt)
	day, err := doc.ParseDay(date)
	if err != nil {
		t.Fatal(err)
	}
	d.Date = day
	text.Segment(d)
	return d
}

// recognizeDoc finds d's actors with the embedded dictionaries and
// checks that every entity's text is its span.
func recognizeDoc(t *testing.T, d *doc.Document, ner Tagger) {
	t.Helper()
	dict, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r := &Recognizer{Dict: dict, NER: ner}
	r.Recognize(d)
	for _, e := range d.Entities {
		if d.Text[e.Start:e.End] != e.Text {
			t.Fatalf("entity text %q does not match its span", e.Text)
		}
	}
}

// find returns the entity whose text is s (the n-th such), or fails.
func find(t *testing.T, d *doc.Document, s string, n int) doc.Entity {
	t.Helper()
	for _, e := range d.Entities {
		if e.Text == s {
			if n == 0 {
				return e
			}
			n--
		}
	}
	t.Fatalf("no entity %q in %s", s, dump(d))
	return doc.Entity{}
}

func dump(d *doc.Document) string {
	var b strings.Builder
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "\n  %q %s %s %q %s", e.Text, e.Type, e.Code, e.Name, e.By)
	}
	return b.String()
}

func TestRecognize(t *testing.T) {
	tests := []struct {
		name, text, date string
		mention          string
		typ, code, canon string
	}{
		{"dated role", "Secretary of State Hillary Clinton met the press.", "2011-05-02", "Secretary of State Hillary Clinton", "PER", "USAGOV", "Hillary Clinton"},
		{"after the role", "Hillary Clinton spoke in Ohio.", "2016-05-02", "Hillary Clinton", "PER", "USAELI", "Hillary Clinton"},
		{"before the role", "Hillary Clinton voted on the bill.", "2005-05-02", "Hillary Clinton", "PER", "USALEG", "Hillary Clinton"},
		{"successor", "John Kerry arrived on Friday.", "2014-01-10", "John Kerry", "PER", "USAGOV", "John Kerry"},
		{"two terms", "Donald Trump spoke.", "2023-03-01", "Donald Trump", "PER", "USAELI", "Donald Trump"},
		{"second term", "Donald Trump spoke.", "2025-03-01", "Donald Trump", "PER", "USAGOV", "Donald Trump"},
		{"country agent", "Turkish jets struck the villages.", "2019-10-10", "Turkish jets", "ORG", "TURMIL", "Turkey military"},
		{"group adjective", "Houthi fighters fired two missiles.", "2019-10-10", "Houthi fighters", "ORG", "YEMREB", "Houthis"},
		{"metonymy", "Beijing has suspended the talks.", "2019-10-10", "Beijing", "GPE", "CHNGOV", "China government"},
		{"seat of power", "The Kremlin denied the report.", "2019-10-10", "Kremlin", "ORG", "RUSGOV", "Russia government"},
		{"role holder", "The Chinese president arrived in Paris.", "2019-06-01", "Chinese president", "PER", "CHNGOV", "Xi Jinping"},
		{"role holder before", "The Chinese president arrived in Paris.", "2010-06-01", "Chinese president", "PER", "CHNGOV", "Hu Jintao"},
		{"chancellor before", "The German chancellor flew to Paris.", "2010-06-01", "German chancellor", "PER", "DEUGOV", "Angela Merkel"},
		{"chancellor after", "The German chancellor flew to Paris.", "2023-06-01", "German chancellor", "PER", "DEUGOV", "Olaf Scholz"},
		{"capital before a change of state", "Moscow rejected the proposal.", "1987-03-02", "Moscow", "GPE", "USRGOV", "Soviet Union government"},
		{"capital after a change of state", "Moscow rejected the proposal.", "2020-03-02", "Moscow", "GPE", "RUSGOV", "Russia government"},
		{"seat before a change of state", "The Kremlin rejected the proposal.", "1987-03-02", "Kremlin", "ORG", "USRGOV", "Soviet Union government"},
		{"same name, elder", "Vice-President George Bush met the press.", "1987-03-02", "Vice-President George Bush", "PER", "USAGOV", "George H. W. Bush"},
		{"same name, younger", "President George Bush met the press.", "2005-03-02", "President George Bush", "PER", "USAGOV", "George W. Bush"},
		{"seat sector", "A Pentagon spokesman declined to comment.", "2015-03-02", "Pentagon spokesman", "PER", "USAMIL", "United States military"},
		{"ethnic group", "Kurdish fighters took the town.", "2016-03-02", "Kurdish fighters", "ORG", "KURREB", "Kurds"},
		{"soviet", "Soviet troops left Kabul.", "1989-02-15", "Soviet troops", "ORG", "USRMIL", "Soviet Union military"},
		{"forces", "Malian forces retook the town.", "2022-01-10", "Malian forces", "ORG", "MLIMIL", "Mali military"},
		{"trained by another country", "Kenyan-trained Somali troops entered the town.", "2022-01-10", "Somali troops", "ORG", "SOMMIL", "Somalia military"},
		{"title and name", "Indian External Affairs Minister S. Jaishankar met his counterpart.", "2023-02-01", "Indian External Affairs Minister S. Jaishankar", "PER", "INDGOV", "S. Jaishankar"},
		{"possessive", "Japan's defence minister Gen Nakatani visited the base.", "2025-01-15", "Japan's defence minister Gen Nakatani", "PER", "JPNGOV", "Gen Nakatani"},
		{"text names an undated office", "Japan's defence minister Gen Nakatani visited the base.", "2019-01-15", "Japan's defence minister Gen Nakatani", "PER", "JPNGOV", "Gen Nakatani"},
		{"capital after with", "The talks with Washington stalled.", "2019-01-15", "Washington", "GPE", "USAGOV", "United States government"},
		{"unknown name with title", "Malian Foreign Minister Amadou Kelita said the talks failed.", "2022-01-10", "Malian Foreign Minister Amadou Kelita", "PER", "MLIGOV", "Amadou Kelita"},
		{"of country", "The foreign minister of Japan said no.", "2024-01-10", "foreign minister of Japan", "PER", "JPNGOV", "Yoko Kamikawa"},
		{"led coalition", "Saudi-led coalition warplanes struck the port.", "2019-01-10", "Saudi-led coalition warplanes", "ORG", "SAUMIL", "Saudi Arabia military"},
		{"in country", "Police in Kenya arrested two men.", "2024-01-10", "Police", "ORG", "KENCOP", "Kenya police"},
		{"former", "A former Iraqi minister was arrested.", "2024-01-10", "former Iraqi minister", "PER", "IRQELI", "Iraq elites"},
		{"group changes code", "The Taliban seized the district.", "2020-01-10", "Taliban", "ORG", "AFGREB", "Taliban"},
		{"group in power", "The Taliban banned the meeting.", "2022-01-10", "Taliban", "ORG", "AFGGOV", "Taliban"},
		{"igo", "NATO allies met in Brussels.", "2022-01-10", "NATO", "ORG", "IGOWSTNAT", "NATO"},
		{"civilians", "Iraqi protesters blocked the road.", "2022-01-10", "Iraqi protesters", "ORG", "IRQCVL", "Iraq civilians"},
		{"bare agent", "Police arrested three men.", "2022-01-10", "Police", "ORG", "COP", "police"},
		{"capital after the dateline", "KABUL, March 3 - Afghan police said.", "2022-01-10", "Afghan police", "ORG", "AFGCOP", "Afghanistan police"},
		{"abbreviation", "U.S. troops left the base.", "2022-01-10", "U.S. troops", "ORG", "USAMIL", "United States military"},
		{"government forces", "Syrian government forces shelled the town.", "2016-01-10", "Syrian government forces", "ORG", "SYRMIL", "Syria military"},
		{"islamic state", "Islamic State militants attacked the base.", "2016-01-10", "Islamic State militants", "ORG", "IMGREBISI", "Islamic State"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := recognize(t, tc.text, tc.date, nil)
			e := find(t, d, tc.mention, 0)
			if e.Type != tc.typ || e.Code != tc.code || e.Name != tc.canon {
				t.Errorf("%q: got %s %s %q, want %s %s %q%s", tc.mention, e.Type, e.Code, e.Name, tc.typ, tc.code, tc.canon, dump(d))
			}
		})
	}
}

func TestCapitalLiteral(t *testing.T) {
	d := recognize(t, "The delegation arrived in Beijing on Monday. BEIJING, May 2 - Talks went on. Police in the city made arrests.", "2019-10-10", nil)
	for _, e := range d.Entities {
		if strings.EqualFold(e.Text, "Beijing") && (e.Code != "" || e.Type != "LOC" || e.By == "metonym") {
			t.Errorf("literal capital coded as an actor: %+v", e)
		}
	}
	if e := find(t, d, "city", 0); e.Type != "LOC" || e.By != "coref" || e.Ref < 0 || !strings.EqualFold(d.Entities[e.Ref].Text, "Beijing") {
		t.Errorf("the city: %+v%s", e, dump(d))
	}
}

func TestCoreference(t *testing.T) {
	d := recognize(t, "Angela Merkel met Emmanuel Macron in Berlin. Merkel said she wanted a deal. Russia's foreign ministry rejected the plan. The ministry said it was unfair. The rebels said they would fight.", "2019-03-01", nil)
	tests := []struct {
		text string
		n    int
		code string
		name string
		ref  string
	}{
		{"Merkel", 0, "DEUGOV", "Angela Merkel", "Angela Merkel"},
		{"she", 0, "DEUGOV", "Angela Merkel", "Angela Merkel"},
		{"ministry", 0, "RUSGOV", "Russia government", "Russia's foreign ministry"},
		{"they", 0, "REB", "rebels", "rebels"},
	}
	for _, tc := range tests {
		e := find(t, d, tc.text, tc.n)
		if e.Code != tc.code || e.Name != tc.name || e.Ref < 0 || d.Entities[e.Ref].Text != tc.ref {
			t.Errorf("%q: got %s %q by %s ref %d%s", tc.text, e.Code, e.Name, e.By, e.Ref, dump(d))
		}
	}
}

func TestPronounGender(t *testing.T) {
	d := recognize(t, "Former Secretary of State Hillary Clinton praised George W. Bush on CNN. She said he had helped Africa.", "2017-03-01", nil)
	if e := find(t, d, "She", 0); e.Name != "Hillary Clinton" {
		t.Errorf("she: %+v%s", e, dump(d))
	}
	if e := find(t, d, "he", 0); e.Name != "George W. Bush" {
		t.Errorf("he: %+v%s", e, dump(d))
	}
	if e := find(t, d, "CNN", 0); e.Name != "CNN" || e.Code != "USAMED" {
		t.Errorf("CNN: %+v", e)
	}
}

func TestListIsNotApposition(t *testing.T) {
	d := recognize(t, "Yesterday Donald Trump, Pedro Almira and others spoke.", "2019-03-01", capTagger{})
	if e := find(t, d, "Pedro Almira", 0); e.Code != "" {
		t.Errorf("a name in a list took its neighbour's code: %+v%s", e, dump(d))
	}
	if e := find(t, d, "Donald Trump", 0); e.Name != "Donald Trump" {
		t.Errorf("the neighbour's name changed: %+v", e)
	}
}

func TestApposition(t *testing.T) {
	d := recognize(t, "Yesterday Pedro Almira, Peru's foreign minister, said the border was open. Later Almira met Chilean officials.", "2020-03-01", capTagger{})
	e := find(t, d, "Pedro Almira", 0)
	if e.Code != "PERGOV" || e.Type != "PER" {
		t.Errorf("apposition: %+v%s", e, dump(d))
	}
	e = find(t, d, "Almira", 0)
	if e.Code != "PERGOV" || e.Name != "Pedro Almira" || e.By != "coref" {
		t.Errorf("surname: %+v%s", e, dump(d))
	}
	e = find(t, d, "Chilean officials", 0)
	if e.Code != "CHLGOV" || e.Type != "ORG" {
		t.Errorf("officials: %+v%s", e, dump(d))
	}
}

// TestDegradedInput feeds the recognizer empty, binary, invalid UTF-8,
// huge and truncated text, with and without a parse, including the
// openings of its coreference rules cut short ("both countries", "It",
// "the country's", "from"): it must neither panic nor give an entity a
// span that is not its text.
func TestDegradedInput(t *testing.T) {
	for _, s := range []string{
		"", "   ", "\x00\x01 Russia", strings.Repeat("Russian troops ", 2000), "he she they",
		"\xff\xfe Russia\xc3 and Kenya\x80.", "\x00\x00\x00\x00\x1f\x8b\x08", "both countries", "It", "the country's",
		"from Canada,", "8 p.m.", "the administration", "Congress", "BEIJING, Kenyan \xff",
		strings.Repeat("Ethiopia and Eritrea. The two countries. It said the country's forces ", 300),
		strings.Repeat("x", 1<<16),
	} {
		recognizeDoc(t, segmented(t, s, "2019-03-06"), nil)
		recognizeDoc(t, segmented(t, s, "2019-03-06"), capTagger{})
		recognizeParsed(t, s, "2019-03-06", capTagger{})
	}
}

func TestNotActors(t *testing.T) {
	tests := []string{
		"Who said that? Is it true? Us and them.",
		"The criminal case was opened at the police station.",
		"He visited the army base in Moscow.",
		"The New York Jets lost again.",
	}
	for _, s := range tests {
		d := recognize(t, s, "2020-01-01", nil)
		for _, e := range d.Entities {
			switch e.Text {
			case "Who", "Is", "Us", "criminal", "police", "army", "Moscow", "Jets":
				if e.Type == "LOC" && e.Code == "" {
					continue // a place, not an actor
				}
				t.Errorf("%q: %q coded as %s%s", s, e.Text, e.Code, dump(d))
			}
		}
	}
}

func TestPetrarchImport(t *testing.T) {
	p := petrarch.NewDict()
	if err := p.ReadActors(strings.NewReader("ARNOR [ARN]\nGOLLUM\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV 950601-990815]\n\t[HOBREB >990816]\n"), "test"); err != nil {
		t.Fatal(err)
	}
	if err := p.ReadAgents(strings.NewReader("SOLDIER [~MIL]\n"), "agents"); err != nil {
		t.Fatal(err)
	}
	d := NewDict()
	if n := d.AddPetrarch(p); n != 4 {
		t.Errorf("added %d entries, want 4", n)
	}
	r := &Recognizer{Dict: d}
	for _, tc := range []struct{ date, text, code string }{
		{"1996-01-01", "Smeagol", "HOBGOV"},
		{"2001-01-01", "Gollum", "HOBREB"},
		{"1990-01-01", "Gollum", "HOB"},
		{"2001-01-01", "Arnorian soldiers", "ARNMIL"},
	} {
		dd := doc.New("p", tc.text+" attacked the town.")
		dd.Date, _ = doc.ParseDay(tc.date)
		text.Segment(dd)
		r.Recognize(dd)
		if len(dd.Entities) == 0 || dd.Entities[0].Code != tc.code {
			t.Errorf("%s on %s: %s", tc.text, tc.date, dump(dd))
		}
	}
}

// flipTagger tags "Valmora" ORG on its first call and LOC after, as a
// tagger unsure of a name might.
type flipTagger struct{ calls *int }

func (f flipTagger) Tag(words []string) []string {
	*f.calls++
	tags := make([]string, len(words))
	for i, w := range words {
		tags[i] = "O"
		if w == "Valmora" {
			tags[i] = "B-LOC"
			if *f.calls == 1 {
				tags[i] = "B-ORG"
			}
		}
	}
	return tags
}

func TestNERTypeKeptInDocument(t *testing.T) {
	calls := 0
	d := recognize(t, "Talks with Valmora ended on Monday. Officials said Valmora would return next week.", "2020-05-04", flipTagger{&calls})
	for n := 0; n < 2; n++ {
		if e := find(t, d, "Valmora", n); e.Type != "ORG" {
			t.Errorf("Valmora mention %d: type %s, want ORG as first tagged%s", n, e.Type, dump(d))
		}
	}
	if calls != 2 {
		t.Errorf("tagger called %d times, want 2", calls)
	}
}

// TestContextCountry checks the country given to a definite agent without
// one: a country named in passing does not outweigh the one the story is
// about, and an earlier mention with the same head word wins.
func TestContextCountry(t *testing.T) {
	tests := []struct {
		name, text, mention string
		n                   int
		code, ref           string
	}{
		{
			"story country over a border mention",
			"Mali and Niger vow joint response\n\nNIAMEY, Niger — Militants killed 23 soldiers near Niger's border with Mali, the defence ministry said. The ministry said five were missing.",
			"defence ministry", 0, "NERGOV", "Niger",
		},
		{
			"the same head word later",
			"Mali and Niger vow joint response\n\nNIAMEY, Niger — Militants killed 23 soldiers near Niger's border with Mali, the defence ministry said. The ministry said five were missing.",
			"ministry", 0, "NERGOV", "defence ministry",
		},
		{
			"an earlier ministry of another country",
			"U.S. officials met in Geneva. Russia's foreign ministry rejected the plan of the United States. The ministry said it was unfair.",
			"ministry", 0, "RUSGOV", "Russia's foreign ministry",
		},
		{
			"a person after of",
			"Germany's foreign minister Heiko Maas said Berlin backed Guaido. The European Union called on the government of Nicolas Maduro to reverse it.",
			"government", 0, "VENGOV", "",
		},
		{
			"the only country",
			"Kenya opened its border on Monday. The government said trade would resume.",
			"government", 0, "KENGOV", "Kenya",
		},
	}
	for _, tt := range tests {
		d := recognize(t, tt.text, "2019-12-15", nil)
		e := find(t, d, tt.mention, tt.n)
		if e.Code != tt.code || (tt.ref != "" && (e.Ref < 0 || d.Entities[e.Ref].Text != tt.ref)) {
			t.Errorf("%s: %q is %s ref %d, want %s ref %q%s", tt.name, tt.mention, e.Code, e.Ref, tt.code, tt.ref, dump(d))
		}
	}
}

// TestSameHeadAndNamesAfterAgents checks that "the Secretary-General"
// refers to the organisation of an earlier "U.N. Secretary-General", and
// that a full name after a word for a person is that person.
func TestSameHeadAndNamesAfterAgents(t *testing.T) {
	d := recognize(t, "France offered air support. U.N. Secretary-General spokesman Daniel Moreau said the Secretary-General was concerned.", "2019-12-15", nil)
	tests := []struct {
		mention, code, name string
	}{
		{"U.N. Secretary-General spokesman Daniel Moreau", "IGOUNOGOV", "Daniel Moreau"},
		{"Secretary-General", "IGOUNOGOV", "United Nations"},
	}
	for _, tt := range tests {
		e := find(t, d, tt.mention, 0)
		if e.Code != tt.code || e.Name != tt.name {
			t.Errorf("%q: %s %q, want %s %q%s", tt.mention, e.Code, e.Name, tt.code, tt.name, dump(d))
		}
	}
	d = recognize(t, "Trump's former campaign adviser George Papadopoulos pleaded guilty.", "2018-06-01", nil)
	if e := find(t, d, "adviser George Papadopoulos", 0); e.Type != "PER" || e.Name != "George Papadopoulos" {
		t.Errorf("adviser George Papadopoulos: %s %q%s", e.Type, e.Name, dump(d))
	}
}

// TestCountryAnaphor checks "the country's" before an agent.
func TestCountryAnaphor(t *testing.T) {
	tests := []struct {
		text, date, mention, code, name string
	}{
		{"NIAMEY, Niger — Militants attacked an army post near Niger's border with Mali, the deadliest assault on the country's forces this year.", "2019-12-15", "country's forces", "NERMIL", "Niger military"},
		{"Kenya closed its border on Monday. The country's president said trade would resume.", "2019-12-15", "country's president", "KENGOV", "Uhuru Kenyatta"},
		{"Turkey and Russia held talks. The country's top diplomat flew to Moscow.", "2019-12-15", "country's top diplomat", "RUSGOV", "Sergei Lavrov"},
		{"Mr Trump has threatened to annihilate North Korea, saying the country's leader was a madman.", "2019-12-15", "country's leader", "PRKGOV", "North Korea government"},
	}
	for _, tt := range tests {
		d := recognize(t, tt.text, tt.date, nil)
		e := find(t, d, tt.mention, 0)
		if e.Code != tt.code || e.Name != tt.name || e.By != "coref" {
			t.Errorf("%q: %s %q by %s, want %s %q%s", tt.mention, e.Code, e.Name, e.By, tt.code, tt.name, dump(d))
		}
	}
}
