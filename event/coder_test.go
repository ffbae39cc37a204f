package event

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// build makes a one-sentence document from a hand-written tree: one token
// per line, "form lemma UPOS[.XPOS] head rel [@CODE]", tokens joined by
// spaces. Consecutive tokens marked with the same @CODE form one entity.
func build(t *testing.T, tree string) *doc.Document {
	t.Helper()
	var text strings.Builder
	var toks []doc.Token
	var codes []string
	for _, line := range strings.Split(strings.TrimSpace(tree), "\n") {
		f := strings.Fields(line)
		if len(f) < 5 {
			t.Fatalf("bad tree line %q", line)
		}
		head, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatalf("bad head in %q", line)
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		upos, xpos, _ := strings.Cut(f[2], ".")
		toks = append(toks, doc.Token{Start: text.Len(), End: text.Len() + len(f[0]), Text: f[0], Lemma: f[1], UPOS: upos, XPOS: xpos, Head: head, Rel: f[4]})
		text.WriteString(f[0])
		code := ""
		if len(f) > 5 {
			code = strings.TrimPrefix(f[5], "@")
		}
		codes = append(codes, code)
	}
	d := doc.New("test", text.String())
	d.Date = doc.DayOf(2024, 3, 5)
	d.Sentences = []doc.Sentence{{Start: 0, End: text.Len(), Text: text.String(), Tokens: toks}}
	for i := 0; i < len(toks); i++ {
		if codes[i] == "" {
			continue
		}
		j := i + 1
		for j < len(toks) && codes[j] == codes[i] {
			j++
		}
		d.Entities = append(d.Entities, doc.Entity{Start: toks[i].Start, End: toks[j-1].End, Text: d.Text[toks[i].Start:toks[j-1].End], Code: codes[i], Type: "GPE", TokStart: i, TokEnd: j, Ref: -1})
		i = j - 1
	}
	return d
}

func coder(t *testing.T) *Coder {
	t.Helper()
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return New(d)
}

// treeCase is one sentence, written as a tree (see build), and the
// summary of the events it must code.
type treeCase struct{ name, tree, want string }

// checkCoded codes each case's tree with c and compares the summary of
// its events with the case's want.
func checkCoded(t *testing.T, c *Coder, tests []treeCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := build(t, tc.tree)
			c.Code(d)
			if got := summary(d.Events); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// summary renders events as "SRC>TGT CODE modality" sorted as coded.
func summary(evs []doc.Event) string {
	var out []string
	for _, e := range evs {
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		src := e.Source.Code
		if src == "" {
			src = "-"
		}
		out = append(out, src+">"+tgt+" "+e.Code+" "+e.Modality)
	}
	return strings.Join(out, "; ")
}

func TestMechanisms(t *testing.T) {
	tests := []treeCase{
		{"subject and object", `
Egypt Egypt PROPN 2 nsubj @EGY
condemned condemn VERB 0 root
Israel Israel PROPN 2 obj @ISR
. . PUNCT 2 punct`, "EGY>ISR 111 asserted"},
		{"emphatic do taken for the main verb", `
Egypt Egypt PROPN 2 nsubj @EGY
did do VERB 0 root
condemn condemn VERB 2 ccomp
Israel Israel PROPN 3 obj @ISR
. . PUNCT 2 punct`, "EGY>ISR 111 asserted"},
		{"object control through an adverbial to-clause", `
Egypt Egypt PROPN 2 nsubj @EGY
urged urge VERB 0 root
Jordan Jordan PROPN 2 obj @JOR
to to PART 5 mark
condemn condemn VERB 2 advcl
Israel Israel PROPN 5 obj @ISR
. . PUNCT 2 punct`, "EGY>JOR 020 asserted; JOR>ISR 111 hypothetical"},
		{"passive object control through an adverbial to-clause", `
Jordan Jordan PROPN 3 nsubj:pass @JOR
was be AUX 3 aux:pass
urged urge VERB.VBN 0 root
by by ADP 5 case
Egypt Egypt PROPN 3 obl:agent @EGY
to to PART 7 mark
condemn condemn VERB 3 advcl
Israel Israel PROPN 7 obj @ISR
. . PUNCT 3 punct`, "EGY>JOR 020 asserted; JOR>ISR 111 hypothetical"},
		{"a by-agent hung on an adverb of the passive verb", `
Chad Chad PROPN 3 nsubj:pass @TCD
was be AUX 3 aux:pass
condemned condemn VERB.VBN 0 root
again again ADV 3 advmod
by by ADP 6 case
Libya Libya PROPN 4 obl @LBY
. . PUNCT 3 punct`, "LBY>TCD 111 asserted"},
		{"a bare sector takes the party of its of-phrase", `
Israel Israel PROPN 2 nsubj @ISR
condemned condemn VERB 0 root
the the DET 4 det
mayor mayor NOUN 2 obj @---GOV
of of ADP 6 case
Hebron Hebron PROPN 4 nmod @PSE
. . PUNCT 2 punct`, "ISR>PSEGOV 111 asserted"},
		{"a speech verb's relative-clause gap is no target", `
Rebels rebel NOUN 2 nsubj @REB
attacked attack VERB 0 root
the the DET 4 det
envoy envoy NOUN 2 obj @USAGOV
Kenyan Kenyan ADJ 6 amod @KENCOP
police police NOUN 7 nsubj @KENCOP
told tell VERB 4 acl:relcl
. . PUNCT 2 punct`, "REB>USAGOV 190 asserted; KENCOP>- 010 asserted"},
		{"the one jailed for a deed did it", `
Chad Chad PROPN 2 nsubj @TCD
jailed jail VERB 0 root
a a DET 5 det
Libyan Libyan ADJ 5 amod @LBY
smuggler smuggler NOUN 2 obj @LBY
for for SCONJ 7 mark
helping help VERB.VBG 2 advcl
rebels rebel NOUN 7 obj @TCDREB
. . PUNCT 2 punct`, "TCD>LBY 173 asserted; LBY>TCDREB 070 asserted"},
		{"a free adjunct after a parenthetical speech verb", `
Chad Chad PROPN 2 nsubj @TCD
shelled shell VERB 0 root
Libya Libya PROPN 2 obj @LBY
, , PUNCT 6 punct
officials official NOUN 6 nsubj
said say VERB 2 parataxis
, , PUNCT 8 punct
capturing capture VERB.VBG 6 advcl
soldiers soldier NOUN 8 obj @SDNMIL
. . PUNCT 2 punct`, "TCD>LBY 194 reported; TCD>SDNMIL 190 reported"},
		{"a passive verb's subject is its patient despite a stray object", `
Chad Chad PROPN 3 nsubj:pass @TCD
was be AUX 3 aux:pass
condemned condemn VERB.VBN 0 root
by by ADP 5 case
Libya Libya PROPN 3 obl @LBY
, , PUNCT 8 punct
its its PRON 8 nmod:poss
neighbour neighbour NOUN 3 obj
. . PUNCT 3 punct`, "LBY>TCD 111 asserted"},
		{"neighbours reopen a border crossing", `
Chad Chad PROPN 4 nsubj @TCD
and and CCONJ 3 cc
Niger Niger PROPN 1 conj @NER
reopened reopen VERB 0 root
the the DET 7 det
border border NOUN 7 compound
crossing crossing NOUN 4 obj
. . PUNCT 4 punct`, "TCD>NER 061 asserted; NER>TCD 061 asserted"},
		{"deaths in an accident are no attack", `
Ten ten NUM 3 nummod
Chadian Chadian ADJ 3 amod @TCDMIL
soldiers soldier NOUN 5 nsubj:pass @TCDMIL
were be AUX 5 aux:pass
killed kill VERB.VBN 0 root
in in ADP 8 case
a a DET 8 det
crash crash NOUN 5 obl
. . PUNCT 5 punct`, ""},
		{"on behalf of someone is no addressee", `
Chad Chad PROPN 2 nsubj @TCD
called call VERB 0 root
on on ADP 4 case
behalf behalf NOUN 2 obl
of of ADP 6 case
Niger Niger PROPN 4 nmod @NER
for for ADP 8 case
talks talk NOUN 2 obl
. . PUNCT 2 punct`, "TCD>- 020 asserted"},
		{"a speaking adjunct after a parenthetical speech verb is the speaker's", `
Chad Chad PROPN 2 nsubj @TCD
shelled shell VERB 0 root
Libya Libya PROPN 2 obj @LBY
, , PUNCT 6 punct
Sudan Sudan PROPN 6 nsubj @SDN
said say VERB 2 parataxis
, , PUNCT 8 punct
accusing accuse VERB.VBG 6 advcl
Chad Chad PROPN 8 obj @TCD
. . PUNCT 2 punct`, "TCD>LBY 194 reported; SDN>TCD 112 reported"},
		{"an act someone is needed for is not done", `
We we PRON 2 nsubj
need need VERB 0 root
Chad Chad PROPN 2 obj @TCD
to to PART 5 mark
condemn condemn VERB 2 xcomp
Libya Libya PROPN 5 obj @LBY
. . PUNCT 2 punct`, "TCD>LBY 111 hypothetical"},
		{"coordinated country modifiers share the head", `
Chadian Chadian ADJ 4 amod @TCD
and and CCONJ 3 cc
Nigerien Nigerien ADJ 1 conj @NEROPP
activists activist NOUN 5 nsubj @NEROPP
denounced denounce VERB 0 root
Libya Libya PROPN 5 obj @LBY
. . PUNCT 5 punct`, "NEROPP>LBY 111 asserted; TCDOPP>LBY 111 asserted"},
		{"calling something a name is no phone call", `
Chad Chad PROPN 2 nsubj @TCD
called call VERB 0 root
the the DET 4 det
decision decision NOUN 2 obj
absurd absurd ADJ 4 appos
. . PUNCT 2 punct`, ""},
		{"an appeal to unnamed parties leaves the appealer out of their act", `
Chad Chad PROPN 2 nsubj @TCD
called call VERB 0 root
on on ADP 5 case
both both DET 5 det
sides side NOUN 2 obl
to to PART 7 mark
attack attack VERB 2 advcl
Libya Libya PROPN 7 obj @LBY
. . PUNCT 2 punct`, "TCD>- 020 asserted"},
		{"abusing export controls is no torture", `
Chad Chad PROPN 2 nsubj @TCD
abused abuse VERB 0 root
export export NOUN 4 compound
controls control NOUN 2 obj
. . PUNCT 2 punct`, ""},
		{"an act someone is forced into happened", `
Egypt Egypt PROPN 2 nsubj @EGY
forced force VERB 0 root
Jordan Jordan PROPN 2 obj @JOR
to to PART 5 mark
condemn condemn VERB 2 xcomp
Israel Israel PROPN 5 obj @ISR
. . PUNCT 2 punct`, "EGY>JOR 170 asserted; JOR>ISR 111 asserted"},
		{"the object of want does the wanted act", `
Egypt Egypt PROPN 2 nsubj @EGY
wants want VERB 0 root
Jordan Jordan PROPN 2 obj @JOR
to to PART 5 mark
condemn condemn VERB 2 xcomp
Israel Israel PROPN 5 obj @ISR
. . PUNCT 2 punct`, "JOR>ISR 111 hypothetical"},
		{"a request with no addressee is the subject's intent", `
Egypt Egypt PROPN 2 nsubj @EGY
wants want VERB 0 root
to to PART 4 mark
condemn condemn VERB 2 xcomp
Israel Israel PROPN 4 obj @ISR
. . PUNCT 2 punct`, "EGY>ISR 111 intended"},
		{"the request of an appeal on someone", `
Egypt Egypt PROPN 2 nsubj @EGY
called call VERB 0 root
on on ADP 4 case
Jordan Jordan PROPN 2 obl @JOR
to to PART 6 mark
expel expel VERB 2 xcomp
Israeli Israeli ADJ 8 amod @ISR
diplomats diplomat NOUN 6 obj @ISR
. . PUNCT 2 punct`, "EGY>JOR 020 asserted; JOR>- 166 hypothetical"},
		{"a second subject after a conjunction", `
Chad Chad PROPN 4 nsubj @TCD
and and CCONJ 4 cc
Sudan Sudan PROPN 4 nsubj @SDN
agreed agree VERB 0 root
to to PART 6 mark
talk talk VERB 4 xcomp
. . PUNCT 4 punct`, "TCD>SDN 036 asserted; SDN>TCD 036 asserted"},
		{"a participle after a comma modifies the main clause", `
Ghana Ghana PROPN 2 nsubj @GHA
ordered order VERB 0 root
Togo Togo PROPN 5 nmod:poss @TGO
's 's PART 3 case
envoy envoy NOUN 2 obj @TGOGOV
to to PART 7 mark
leave leave VERB 2 advcl
, , PUNCT 9 punct
accusing accuse VERB.VBG 7 advcl
him he PRON 9 obj
of of SCONJ 11 mark
spying spy VERB.VBG 9 advcl
. . PUNCT 2 punct`, "GHA>TGOGOV 166 asserted; GHA>- 112 asserted"},
		{"the accused does the act charged", `
Syria Syria PROPN 2 nsubj @SYR
accused accuse VERB 0 root
Turkey Turkey PROPN 2 obj @TUR
of of SCONJ 5 mark
shelling shell VERB.VBG 2 advcl
Aleppo Aleppo PROPN 5 obj @SYR
. . PUNCT 2 punct`, "SYR>TUR 112 asserted; TUR>SYR 194 reported"},
		{"controller of a passive raising verb", `
Egypt Egypt PROPN 3 nsubj:pass @EGY
is be AUX 3 aux:pass
scheduled schedule VERB.VBN 0 root
to to PART 5 mark
condemn condemn VERB 3 xcomp
Israel Israel PROPN 5 obj @ISR
. . PUNCT 3 punct`, "EGY>ISR 111 intended"},
		{"auxiliary taken for the main verb", `
Egypt Egypt PROPN 2 nsubj @EGY
would would AUX 0 root
condemn condemn VERB 2 ccomp
Israel Israel PROPN 3 obj @ISR
. . PUNCT 2 punct`, "EGY>ISR 111 intended"},
		{"object with an oblique target", `
Russia Russia PROPN 2 nsubj @RUS
sent send VERB 0 root
weapons weapon NOUN 2 obj
to to ADP 5 case
Syria Syria PROPN 2 obl @SYR
. . PUNCT 2 punct`, "RUS>SYR 072 asserted"},
		{"passive participle with by-agent", `
Oman Oman PROPN 2 nsubj @OMN
presented present VERB 0 root
a a DET 5 det
ceasefire ceasefire NOUN 5 compound
plan plan NOUN 2 obj
rejected reject VERB.VBN 5 acl
by by ADP 9 case
the the DET 9 det
Houthis Houthis PROPN 6 obl:agent @YEMREB
. . PUNCT 2 punct`, "YEMREB>- 127 asserted"},
		{"compound subject gives one event each", `
Egypt Egypt PROPN 4 nsubj @EGY
and and CCONJ 3 cc
Jordan Jordan PROPN 1 conj @JOR
criticized criticize VERB 0 root
Iran Iran PROPN 4 obj @IRN
. . PUNCT 4 punct`, "EGY>IRN 111 asserted; JOR>IRN 111 asserted"},
		{"relative clause subject", `
Police police NOUN 2 nsubj @KENCOP
arrested arrest VERB 0 root
the the DET 4 det
rebels rebel NOUN 2 obj @KENREB
who who PRON 6 nsubj
attacked attack VERB 4 acl:relcl
the the DET 8 det
embassy embassy NOUN 6 obj
of of ADP 10 case
Uganda Uganda PROPN 8 nmod @UGA
. . PUNCT 2 punct`, "KENCOP>KENREB 173 asserted; KENREB>UGA 190 asserted"},
		{"xcomp controller with refuse", `
Iran Iran PROPN 2 nsubj @IRN
refused refuse VERB 0 root
to to PART 4 mark
meet meet VERB 2 xcomp
American American ADJ 6 amod @USA
envoys envoy NOUN 4 obj @USA
. . PUNCT 2 punct`, "IRN>USA 125 asserted"},
		{"object control and appeal to negotiate", `
France France PROPN 2 nsubj @FRA
urged urge VERB 0 root
Israel Israel PROPN 2 obj @ISR
to to PART 5 mark
negotiate negotiate VERB 2 xcomp
with with ADP 7 case
Hamas Hamas PROPN 5 obl @PSEHMS
. . PUNCT 2 punct`, "FRA>ISR 026 asserted"},
		{"negation", `
China China PROPN 4 nsubj @CHN
did do AUX 4 aux
not not PART 4 advmod
attack attack VERB 0 root
Taiwan Taiwan PROPN 4 obj @TWN
. . PUNCT 4 punct`, "CHN>TWN 190 negated"},
		{"no assurance is negated", `
Turkey Turkey PROPN 2 nsubj @TUR
offered offer VERB 0 root
no no DET 4 det
aid aid NOUN 2 obj
to to ADP 6 case
Greece Greece PROPN 2 obl @GRC
. . PUNCT 2 punct`, "TUR>GRC 033 negated"},
		{"intended with would", `
Britain Britain PROPN 3 nsubj @GBR
would would AUX 3 aux
send send VERB 0 root
troops troop NOUN 3 obj
to to ADP 6 case
Estonia Estonia PROPN 3 obl @EST
next next ADJ 8 amod
month month NOUN 3 obl:tmod
. . PUNCT 3 punct`, "GBR>EST 154 intended"},
		{"intended with plan to", `
Japan Japan PROPN 2 nsubj @JPN
plans plan VERB 0 root
to to PART 4 mark
host host VERB 2 xcomp
Indian Indian ADJ 6 amod @IND
leaders leader NOUN 4 obj @IND
. . PUNCT 2 punct`, "JPN>IND 043 intended"},
		{"hypothetical with could", `
Russia Russia PROPN 3 nsubj @RUS
could could AUX 3 aux
invade invade VERB 0 root
Moldova Moldova PROPN 3 obj @MDA
. . PUNCT 3 punct`, "RUS>MDA 190 hypothetical"},
		{"hypothetical with if", `
If if SCONJ 3 mark
Iran Iran PROPN 3 nsubj @IRN
attacks attack VERB 7 advcl
Israel Israel PROPN 3 obj @ISR
, , PUNCT 7 punct
oil oil NOUN 7 nsubj
rises rise VERB 0 root
. . PUNCT 7 punct`, "IRN>ISR 190 hypothetical"},
		{"reported speech", `
Kenya Kenya PROPN 2 nsubj @KEN
said say VERB 0 root
that that SCONJ 5 mark
Somalia Somalia PROPN 5 nsubj @SOM
attacked attack VERB 2 ccomp
Kenyan Kenyan ADJ 7 amod @KEN
troops troop NOUN 5 obj
. . PUNCT 2 punct`, "SOM>KEN 190 reported"},
		{"statement with a target and the reported event", `
Germany Germany PROPN 2 nsubj @DEU
told tell VERB 0 root
Poland Poland PROPN 2 obj @POL
that that SCONJ 7 mark
Russia Russia PROPN 7 nsubj @RUS
had have AUX 7 aux
shelled shell VERB 2 ccomp
Ukraine Ukraine PROPN 7 obj @UKR
. . PUNCT 2 punct`, "DEU>POL 010 asserted; RUS>UKR 194 reported"},
		{"phrasal verb", `
Serbia Serbia PROPN 2 nsubj @SRB
turned turn VERB 0 root
down down ADP 2 compound:prt
Kosovo Kosovo PROPN 6 nmod:poss @XKX
's 's PART 4 case
proposal proposal NOUN 2 obj
. . PUNCT 2 punct`, "SRB>XKX 120 asserted"},
		{"sever ties", `
Bolivia Bolivia PROPN 2 nsubj @BOL
severed sever VERB 0 root
ties tie NOUN 2 obj
with with ADP 5 case
Israel Israel PROPN 2 obl @ISR
. . PUNCT 2 punct`, "BOL>ISR 161 asserted"},
		{"threaten with a military object", `
Turkey Turkey PROPN 2 nsubj @TUR
threatened threaten VERB 0 root
military military ADJ 4 amod
action action NOUN 2 obj
against against ADP 7 case
Kurdish Kurdish ADJ 7 amod @KURREB
militias militia NOUN 2 obl @KURREB
. . PUNCT 2 punct`, "TUR>KURREB 138 asserted"},
		{"nominal event with possessor and by-phrase", `
The the DET 2 det
bombing bombing NOUN 9 nsubj
of of ADP 5 case
the the DET 5 det
market market NOUN 2 nmod
by by ADP 8 case
government government NOUN 8 compound @SYRGOV
aircraft aircraft NOUN 2 nmod
killed kill VERB 0 root
ten ten NUM 11 nummod
people people NOUN 9 obj
. . PUNCT 9 punct`, "SYRGOV>- 183 asserted"},
		{"nominal drone strikes", `
American American ADJ 3 amod @USA
drone drone NOUN 3 compound
strikes strike NOUN 7 nsubj
against against ADP 6 case
al-Shabaab al-Shabaab PROPN 6 compound @SOMREB
positions position NOUN 3 nmod
hit hit VERB 0 root
. . PUNCT 7 punct`, "USA>SOMREB 195 asserted"},
		{"nominal visit carried by a light verb", `
Modi Modi PROPN 2 nsubj @INDGOV
began begin VERB 0 root
an a DET 5 det
official official ADJ 5 amod
visit visit NOUN 2 obj
to to ADP 7 case
Moscow Moscow PROPN 5 nmod @RUS
. . PUNCT 2 punct`, "INDGOV>RUS 042 asserted"},
		{"nominal accusation", `
Chinese Chinese ADJ 2 amod @CHN
accusations accusation NOUN 5 nsubj
against against ADP 4 case
Japan Japan PROPN 2 nmod @JPN
angered anger VERB 0 root
Tokyo Tokyo PROPN 5 obj @JPN
. . PUNCT 5 punct`, "CHN>JPN 112 asserted"},
		{"sports sense discarded", `
Brazil Brazil PROPN 2 nsubj @BRA
attacked attack VERB 0 root
Argentina Argentina PROPN 2 obj @ARG
and and CCONJ 5 cc
scored score VERB 2 conj
a a DET 7 det
goal goal NOUN 5 obj
. . PUNCT 2 punct`, ""},
		{"lemmatizer slip falls back to the word's base forms", `
Kenya Kenya PROPN 2 nsubj @KEN
blamed blam VERB 0 root
Somalia Somalia PROPN 2 obj @SOM
. . PUNCT 2 punct`, "KEN>SOM 112 asserted"},
		{"the act one is accused of is reported", `
Iran Iran PROPN 2 nsubj @IRN
accused accuse VERB 0 root
Israeli Israeli ADJ 4 amod @ISR
forces force NOUN 2 obj @ISRMIL
of of ADP 6 mark
shelling shell VERB 4 acl
Lebanon Lebanon PROPN 6 obj @LBN
. . PUNCT 2 punct`, "IRN>ISRMIL 112 asserted; ISRMIL>LBN 194 reported"},
		{"joint act between conjuncts", `
Egypt Egypt PROPN 4 nsubj @EGY
and and CCONJ 3 cc
Israel Israel PROPN 1 conj @ISR
signed sign VERB 0 root
a a DET 7 det
gas gas NOUN 7 compound
agreement agreement NOUN 4 obj
. . PUNCT 4 punct`, "EGY>ISR 057 asserted; ISR>EGY 057 asserted"},
		{"natural disaster sense discarded", `
An a DET 2 det
earthquake earthquake NOUN 3 nsubj
struck strike VERB 0 root
Chile Chile PROPN 3 obj @CHL
. . PUNCT 3 punct`, ""},
		{"a day is no addressee: a phone call, not a call on", `
Chile Chile PROPN 2 nsubj @CHL
called call VERB 0 root
Peru Peru PROPN 2 obj @PER
on on ADP 5 case
Tuesday Tuesday PROPN 2 obl
. . PUNCT 2 punct`, "CHL>PER 041 asserted"},
		{"released a statement is a statement", `
Peru Peru PROPN 2 nsubj @PER
released release VERB 0 root
a a DET 4 det
statement statement NOUN 2 obj
. . PUNCT 2 punct`, "PER>- 010 asserted"},
		{"unresolved pronoun of a reported clause is the speaker", `
Israel Israel PROPN 2 nsubj @ISR
announced announce VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
free free VERB 2 ccomp
Palestinian Palestinian ADJ 7 amod @PSE
prisoners prisoner NOUN 5 obj @PSE
. . PUNCT 2 punct`, "ISR>- 010 asserted; ISR>PSE 0841 intended"},
		{"neither nor is negated", `
Neither neither CCONJ 2 cc:preconj
Chile Chile PROPN 6 nsubj @CHL
nor nor CCONJ 4 cc
Peru Peru PROPN 2 conj @PER
would would AUX 6 aux
endorse endorse VERB 0 root
Bolivia Bolivia PROPN 6 obj @BOL
. . PUNCT 6 punct`, "CHL>BOL 051 negated; PER>BOL 051 negated"},
		{"conjunct inside a mention", `
The the DET 2 det
governments government NOUN 7 nsubj @NERGOV
of of ADP 4 case @NERGOV
Niger Niger PROPN 2 nmod @NERGOV
and and CCONJ 6 cc
Mali Mali PROPN 4 conj @MLI
met meet VERB 0 root
. . PUNCT 7 punct`, "NERGOV>MLI 040 asserted; MLI>NERGOV 040 asserted"},
		{"no subject across a speech verb", `
Gunmen gunman NOUN 2 nsubj
stormed storm VERB 6 advcl
the the DET 4 det
base base NOUN 2 obj
, , PUNCT 6 punct
Kenya Kenya PROPN 6 nsubj @KEN
said say VERB 0 root
. . PUNCT 6 punct`, ""},
		{"no actor no event", `
Someone someone PRON 2 nsubj
attacked attack VERB 0 root
the the DET 4 det
house house NOUN 2 obj
. . PUNCT 2 punct`, ""},
	}
	checkCoded(t, coder(t), tests)
}

func TestLayoutBlocksSkipped(t *testing.T) {
	tree := `
Egypt Egypt PROPN 2 nsubj @EGY
condemned condemn VERB 0 root
Israel Israel PROPN 2 obj @ISR
. . PUNCT 2 punct`
	tests := []struct {
		name   string
		blocks []doc.BlockKind
		at     int
		want   int
	}{
		{"no layout", nil, 0, 1},
		{"paragraph", []doc.BlockKind{doc.BlockParagraph}, 0, 1},
		{"own title", []doc.BlockKind{doc.BlockTitle, doc.BlockParagraph}, 0, 1},
		{"dateline", []doc.BlockKind{doc.BlockDateline, doc.BlockParagraph}, 0, 0},
		{"byline", []doc.BlockKind{doc.BlockTitle, doc.BlockByline, doc.BlockParagraph}, 1, 0},
		{"headline of another story", []doc.BlockKind{doc.BlockTitle, doc.BlockParagraph, doc.BlockTitle}, 2, 0},
		{"related links after the body", []doc.BlockKind{doc.BlockParagraph, doc.BlockListItem}, 1, 0},
		{"list inside the body", []doc.BlockKind{doc.BlockListItem, doc.BlockParagraph}, 0, 1},
	}
	c := coder(t)
	for _, tt := range tests {
		d := build(t, tree)
		for _, k := range tt.blocks {
			d.Layout.Blocks = append(d.Layout.Blocks, doc.Block{Kind: k})
		}
		d.Sentences[0].Block = tt.at
		c.Code(d)
		if len(d.Events) != tt.want {
			t.Errorf("%s: %d events, want %d", tt.name, len(d.Events), tt.want)
		}
	}
}

func TestProvenance(t *testing.T) {
	d := build(t, `
Russia Russia PROPN 2 nsubj @RUS
sent send VERB 0 root
weapons weapon NOUN 2 obj
to to ADP 5 case
Syria Syria PROPN 2 obl @SYR
. . PUNCT 2 punct`)
	coder(t).Code(d)
	if len(d.Events) != 1 {
		t.Fatalf("events: %s", summary(d.Events))
	}
	e := d.Events[0]
	if e.Trigger != "sent" || d.Text[e.Start:e.End] != "sent" || e.Source.Text != "Russia" || d.Text[e.Target.Start:e.Target.End] != "Syria" {
		t.Errorf("spans: %+v", e)
	}
	if e.Root != "07" || e.QuadClass != 2 || e.Goldstein != 8.3 || e.Plover.Type != "AID" || e.Plover.Mode != "" {
		t.Errorf("ontology: %+v", e)
	}
	if !strings.HasPrefix(e.Rule, "patterns.txt:") || !strings.Contains(e.Rule, "072 verb send") {
		t.Errorf("rule = %q", e.Rule)
	}
	if e.Date != "2024-03-05" || e.DatePrecision != "day" || e.Place != nil {
		t.Errorf("date/place: %q %q %v", e.Date, e.DatePrecision, e.Place)
	}
	if e.Confidence <= 0.5 || e.Confidence >= 1 {
		t.Errorf("confidence %v", e.Confidence)
	}
	ex := Explain(d, &e)
	for _, want := range []string{"072 Provide military aid: RUS (Russia) → SYR (Syria), asserted", "rule:    patterns.txt:", "source:  sent —nsubj→ Russia", "target:  sent —obl→ Syria"} {
		if !strings.Contains(ex, want) {
			t.Errorf("Explain lacks %q:\n%s", want, ex)
		}
	}
}

func TestMalformedTrees(t *testing.T) {
	c := coder(t)
	d := doc.New("bad", "Egypt attacked Israel")
	d.Sentences = []doc.Sentence{{Start: 0, End: 21, Tokens: []doc.Token{
		{Start: 0, End: 5, Text: "Egypt", Lemma: "Egypt", UPOS: "PROPN", Head: 2, Rel: "nsubj"},
		{Start: 6, End: 14, Text: "attacked", Lemma: "attack", UPOS: "VERB", Head: 3, Rel: "root"},
		{Start: 15, End: 21, Text: "Israel", Lemma: "Israel", UPOS: "PROPN", Head: 2, Rel: "obj"},
	}}}
	// A cycle, an entity past the sentence end and one in a missing sentence.
	d.Entities = []doc.Entity{{Code: "EGY", TokStart: 0, TokEnd: 9, Sentence: 0}, {Code: "ISR", TokStart: 2, TokEnd: 3, Sentence: 7}}
	c.Code(d)
	d.Sentences[0].Tokens[1].Head = 99
	c.Code(d)
}

func BenchmarkCode(b *testing.B) {
	dict, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	c := New(dict)
	t := &testing.T{}
	docs := []*doc.Document{
		build(t, `
Germany Germany PROPN 2 nsubj @DEU
told tell VERB 0 root
Poland Poland PROPN 2 obj @POL
that that SCONJ 7 mark
Russia Russia PROPN 7 nsubj @RUS
had have AUX 7 aux
shelled shell VERB 2 ccomp
Ukraine Ukraine PROPN 7 obj @UKR
. . PUNCT 2 punct`),
		build(t, `
American American ADJ 3 amod @USA
drone drone NOUN 3 compound
strikes strike NOUN 7 nsubj
against against ADP 6 case
al-Shabaab al-Shabaab PROPN 6 compound @SOMREB
positions position NOUN 3 nmod
hit hit VERB 0 root
. . PUNCT 7 punct`),
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			d.Events = d.Events[:0]
			c.Code(d)
		}
	}
}

func TestTitleRepeatsDropped(t *testing.T) {
	d := build(t, `
Egypt Egypt PROPN 2 nsubj @EGY
condemned condemn VERB 0 root
Israel Israel PROPN 2 obj @ISR
. . PUNCT 2 punct`)
	// The same sentence again as the body of the article.
	s := d.Sentences[0]
	s.Block = 1
	d.Sentences = append(d.Sentences, s)
	for _, e := range d.Entities {
		e.Sentence = 1
		d.Entities = append(d.Entities, e)
	}
	d.Layout.Blocks = []doc.Block{{Kind: doc.BlockTitle}, {Kind: doc.BlockParagraph}}
	coder(t).Code(d)
	if len(d.Events) != 1 || d.Events[0].Sentence != 1 {
		t.Errorf("events %s in sentences %v", summary(d.Events), d.Events)
	}
}

// TestClauseTargets checks the PETRARCH-style option that takes the
// subject of a clausal complement as the target, and object phrases
// found inside the clause when the verb has no object.
func TestClauseTargets(t *testing.T) {
	tree := `
Norway Norway PROPN 2 nsubj @NOR
conceded concede VERB 0 root
that that SCONJ 5 mark
Sweden Sweden PROPN 5 nsubj @SWE
is be AUX 2 ccomp
not not PART 5 advmod
a a DET 10 det
really really ADV 9 advmod
pleasant pleasant ADJ 10 amod
neighbour neighbour NOUN 5 obj
. . PUNCT 2 punct`
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "concede", Code: "080", Lemmas: []string{"concede"}},
		{Name: "concede pleasant", Code: "024", Lemmas: []string{"concede"}, Obj: []string{"pleasant"}, ObjLoose: true, ObjPhrases: [][]string{{"really", "pleasant"}}, Weight: 1},
		{Name: "concede nice", Code: "025", Lemmas: []string{"concede"}, Obj: []string{"nice"}, ObjLoose: true, ObjPhrases: [][]string{{"really", "nice"}}, Weight: 1},
	}
	tests := []struct {
		name   string
		clause bool
		want   string
	}{
		{"default: a clause names no target", false, "NOR>- 024 asserted"},
		{"clause targets", true, "NOR>SWE 024 asserted"},
	}
	participle := `
Norway Norway PROPN 2 nsubj @NOR
conceded concede VERB 0 root
roads road NOUN 2 obj
leading lead VERB 2 ccomp
into into ADP 6 case
Sweden Sweden PROPN 4 obl @SWE
. . PUNCT 2 punct`
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dict := NewDict(rules, base)
			dict.KeepBareSectors()
			if tc.clause {
				dict.ClauseTargets()
			}
			d := build(t, tree)
			New(dict).Code(d)
			if got := summary(d.Events); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			// A subjectless clause: its first oblique naming a party.
			d = build(t, participle)
			New(dict).Code(d)
			want := "NOR>- 080 asserted"
			if tc.clause {
				want = "NOR>SWE 080 asserted"
			}
			if got := summary(d.Events); got != want {
				t.Errorf("participle clause: got %q, want %q", got, want)
			}
		})
	}
}

// TestPreNext checks words that must stand right before the verb.
func TestPreNext(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "praise", Code: "051", Lemmas: []string{"praise"}, Targets: []string{"obj"}},
		{Name: "recently praise", Code: "025", Lemmas: []string{"praise"}, Pre: [][]string{{"recently"}}, PreNext: true, Targets: []string{"obj"}, Weight: 1},
		{Name: "most_certainly praise", Code: "024", Lemmas: []string{"praise"}, Pre: [][]string{{"most", "_certainly"}}, Targets: []string{"obj"}, Weight: 1},
	}
	c := New(NewDict(rules, base))
	tests := []treeCase{
		{"right before the verb", `
Chile Chile PROPN 3 nsubj @CHL
recently recently ADV 3 advmod
praised praise VERB 0 root
Peru Peru PROPN 3 obj @PER`, "CHL>PER 025 asserted"},
		{"a word between", `
Chile Chile PROPN 4 nsubj @CHL
recently recently ADV 4 advmod
warmly warmly ADV 4 advmod
praised praise VERB 0 root
Peru Peru PROPN 4 obj @PER`, "CHL>PER 051 asserted"},
		{"glued words apart from the verb", `
Chile Chile PROPN 5 nsubj @CHL
most most ADV 3 advmod
certainly certainly ADV 5 advmod
warmly warmly ADV 5 advmod
praised praise VERB 0 root
Peru Peru PROPN 5 obj @PER`, "CHL>PER 024 asserted"},
		{"glued words split", `
Chile Chile PROPN 5 nsubj @CHL
most most ADV 5 advmod
warmly warmly ADV 5 advmod
certainly certainly ADV 5 advmod
praised praise VERB 0 root
Peru Peru PROPN 5 obj @PER`, "CHL>PER 051 asserted"},
	}
	checkCoded(t, c, tests)
}

// TestPhraseAfterSkipped checks the target taken from the phrase after a
// skipped one, and a rule's preposition found on the object.
func TestPhraseAfterSkipped(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "mark", Code: "181", Lemmas: []string{"mark"}},
		{Name: "mark holiday at ^ with +", Code: "043", Lemmas: []string{"mark"}, Obj: []string{"holiday"}, ObjLoose: true, Prep: []string{"at"}, Targets: []string{"after:at"}, Weight: 2},
	}
	d := build(t, `
Chile Chile PROPN 2 nsubj @CHL
marked mark VERB 0 root
the the DET 4 det
holiday holiday NOUN 2 obj
at at ADP 6 case
Lima Lima PROPN 4 nmod @PER
with with ADP 8 case
Bolivia Bolivia PROPN 2 obl @BOL
. . PUNCT 2 punct`)
	New(NewDict(rules, base)).Code(d)
	if got, want := summary(d.Events), "CHL>BOL 043 asserted"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestGluedObjectWords checks object phrases whose "_" words must follow
// the word before directly.
func TestGluedObjectWords(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "drop", Code: "345", Lemmas: []string{"drop"}, Targets: []string{"obl:with"}},
		{Name: "drop new_economic_relations", Code: "903", Lemmas: []string{"drop"}, Obj: []string{"relations"}, ObjLoose: true, ObjPhrases: [][]string{{"new", "_economic", "_relations"}}, Targets: []string{"obl:with"}, Weight: 2},
	}
	c := New(NewDict(rules, base))
	tests := []treeCase{
		{"adjacent", `
Chile Chile PROPN 2 nsubj @CHL
dropped drop VERB 0 root
new new ADJ 5 amod
economic economic ADJ 5 amod
relations relations NOUN 2 obj
with with ADP 7 case
Peru Peru PROPN 2 obl @PER`, "CHL>PER 903 asserted"},
		{"a word between", `
Chile Chile PROPN 2 nsubj @CHL
dropped drop VERB 0 root
new new ADJ 6 amod
regional regional ADJ 6 amod
economic economic ADJ 6 amod
relations relations NOUN 2 obj
with with ADP 8 case
Peru Peru PROPN 2 obl @PER`, "CHL>PER 345 asserted"},
	}
	checkCoded(t, c, tests)
}

// TestParticipleTarget checks the target found in a participle that
// modifies the object: "welcomed memos sent by Peru".
func TestParticipleTarget(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dict := NewDict([]*Rule{{Name: "welcome", Code: "041", Lemmas: []string{"welcome"}}}, base)
	dict.SetTargetPreps([]string{"with", "to", "by", "from"}, false)
	d := build(t, `
Chile Chile PROPN 2 nsubj @CHL
welcomed welcome VERB 0 root
memos memo NOUN 2 obj
sent send VERB.VBN 3 acl
by by ADP 6 case
Peru Peru PROPN 4 obl:agent @PER
. . PUNCT 2 punct`)
	New(dict).Code(d)
	if got, want := summary(d.Events), "CHL>PER 041 asserted"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestParticipleObjectClauseTargets checks that with clause targets the
// party a participle of the object names is the target, but not that of
// an infinitive.
func TestParticipleObjectClauseTargets(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dict := NewDict([]*Rule{{Name: "shun", Code: "081", Lemmas: []string{"shun"}}}, base)
	dict.ClauseTargets()
	tests := []treeCase{
		{"participle", `
Norway Norway PROPN 2 nsubj @NOR
shunned shun VERB 0 root
the the DET 4 det
parade parade NOUN 2 obj
supporting support VERB.VBG 4 acl
Sweden Sweden PROPN 5 obj @SWE`, "NOR>SWE 081 asserted"},
		{"infinitive", `
Norway Norway PROPN 2 nsubj @NOR
shunned shun VERB 0 root
efforts effort NOUN 2 obj
to to PART 5 mark
support support VERB 3 acl
Sweden Sweden PROPN 5 obj @SWE`, "NOR>- 081 asserted"},
	}
	checkCoded(t, New(dict), tests)
}

// TestPrepPhrases checks whole word sequences required of an oblique.
func TestPrepPhrases(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "call for", Code: "096", Lemmas: []string{"call"}, Prep: []string{"for"}, Weight: 1},
		{Name: "call for total boycott", Code: "172", Lemmas: []string{"call"}, Prep: []string{"for"}, PrepObj: []string{"boycott"}, PrepPhrases: [][]string{{"total", "_boycott"}}, Weight: 2},
	}
	c := New(NewDict(rules, base))
	tree := `
Chile Chile PROPN 2 nsubj @CHL
called call VERB 0 root
for for ADP 6 case
a a DET 6 det
%s
boycott boycott NOUN 2 obl
against against ADP 8 case
Peru Peru PROPN 6 nmod @PER`
	for _, tc := range []struct{ mod, want string }{
		{"total total ADJ 6 amod", "CHL>- 172 asserted"},
		{"brief brief ADJ 6 amod", "CHL>- 096 asserted"},
	} {
		d := build(t, strings.Replace(tree, "%s", tc.mod, 1))
		c.Code(d)
		if got := summary(d.Events); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.mod, got, tc.want)
		}
	}
}

// TestFirstPhraseActor checks the PETRARCH-style target found deep in the
// verb's noun phrases, only with clause targets on.
func TestFirstPhraseActor(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tree := `
Norway Norway PROPN 2 nsubj @NOR
arranged arrange VERB 0 root
for for ADP 5 case
the the DET 5 det
reopening reopening NOUN 2 obl
of of ADP 7 case
houses house NOUN 5 nmod
in in ADP 9 case
Sweden Sweden PROPN 7 nmod @SWE`
	for _, clause := range []bool{false, true} {
		dict := NewDict([]*Rule{{Name: "arrange", Code: "031", Lemmas: []string{"arrange"}}}, base)
		want := "NOR>- 031 asserted"
		if clause {
			dict.ClauseTargets()
			want = "NOR>SWE 031 asserted"
		}
		d := build(t, tree)
		New(dict).Code(d)
		if got := summary(d.Events); got != want {
			t.Errorf("clause targets %v: got %q, want %q", clause, got, want)
		}
	}
}

// TestSourceSlot checks rules that take the source from an oblique and
// make the (passive) subject the target.
func TestSourceSlot(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{{Name: "free from", Code: "066", Lemmas: []string{"free"}, Prep: []string{"from"}, Sources: []string{"obl:from"}, Weight: 1}}
	d := build(t, `
Chilean Chilean ADJ 2 amod @CHL
sailors sailor NOUN 4 nsubj:pass
were be AUX 4 aux:pass
freed free VERB.VBN 0 root
from from ADP 6 case
Peru Peru PROPN 4 obl @PER
. . PUNCT 4 punct`)
	New(NewDict(rules, base)).Code(d)
	if got, want := summary(d.Events), "PER>CHL 066 asserted"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestObjectPhraseWordsNoParty checks that an actor named only by the
// words of a rule's object phrase is no target: the phrase names the
// event, and the target is found in the next slot.
func TestObjectPhraseWordsNoParty(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dict := NewDict([]*Rule{{Name: "stage drills", Code: "150", Lemmas: []string{"stage"}, Obj: []string{"drills"}, ObjPhrases: [][]string{{"naval", "drills"}}}}, base)
	dict.SetTargetPreps([]string{"against", "in", "near"}, false)
	tests := []treeCase{
		{"phrase word is no party", `
Norway Norway PROPN 2 nsubj @NOR
staged stage VERB 0 root
naval naval ADJ 4 amod @---NAV
drills drill NOUN 2 obj
near near ADP 6 case
Sweden Sweden PROPN 2 obl @SWE`, "NOR>SWE 150 asserted"},
		{"another actor on the object stays", `
Norway Norway PROPN 2 nsubj @NOR
staged stage VERB 0 root
Swedish Swedish ADJ 5 amod @SWE
naval naval ADJ 5 amod
drills drill NOUN 2 obj`, "NOR>SWE 150 asserted"},
	}
	checkCoded(t, New(dict), tests)
}

// TestExactForms checks that with ExactForms a verb matches only on its
// lemma: a misspelt form the dictionary does not list codes nothing,
// while the default coder guesses its base form.
func TestExactForms(t *testing.T) {
	const misspelt = `
Kenya Kenya PROPN 2 nsubj @KEN
condemnes condemnes VERB 0 root
Somalia Somalia PROPN 2 obj @SOM
. . PUNCT 2 punct`
	const listed = `
Kenya Kenya PROPN 2 nsubj @KEN
condemned condemn VERB 0 root
Somalia Somalia PROPN 2 obj @SOM
. . PUNCT 2 punct`
	checkCoded(t, coder(t), []treeCase{{"default guesses the base", misspelt, "KEN>SOM 111 asserted"}})
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d.ExactForms()
	checkCoded(t, New(d), []treeCase{
		{"exact: no base guessed", misspelt, ""},
		{"exact: the lemma still matches", listed, "KEN>SOM 111 asserted"},
	})
}

// TestClauseTargetAfterSubject checks that with ClauseTargets a clause
// whose subject names no party gives the first party named after it,
// except under a speech verb, and that a rule's subject word may be the
// verb governing the trigger ("has started to doubt").
func TestClauseTargetAfterSubject(t *testing.T) {
	const doubt = `
Norway Norway PROPN 3 nsubj @NOR
has have AUX 3 aux
started start VERB 0 root
to to PART 5 mark
doubt doubt VERB 3 xcomp
whether whether SCONJ 8 mark
it it PRON 8 nsubj
gains gain VERB 5 ccomp
anything anything PRON 8 obj
from from ADP 11 case
Sweden Sweden PROPN 8 obl @SWE
. . PUNCT 3 punct`
	const says = `
Norway Norway PROPN 2 nsubj @NOR
says say VERB 0 root
it it PRON 4 nsubj
gains gain VERB 2 ccomp
from from ADP 6 case
Sweden Sweden PROPN 4 obl @SWE
. . PUNCT 2 punct`
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "doubt", Code: "110", Lemmas: []string{"doubt"}},
		{Name: "started doubt", Code: "112", Lemmas: []string{"doubt"}, Subj: []string{"started"}, Weight: 1},
		{Name: "say", Code: "010", Lemmas: []string{"say"}},
	}
	tests := []struct {
		name, tree string
		clause     bool
		want       string
	}{
		{"default: no target in the clause", doubt, false, "NOR>- 112 asserted"},
		{"clause targets: the first party after its subject", doubt, true, "NOR>SWE 112 asserted"},
		{"not under a speech verb", says, true, "NOR>- 010 asserted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dict := NewDict(rules, base)
			if tc.clause {
				dict.ClauseTargets()
			}
			d := build(t, tc.tree)
			New(dict).Code(d)
			if got := summary(d.Events); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestToInfinitiveComplementControlled checks that a subjectless
// to-infinitive the parser labelled a complement clause takes its
// governor's subject, like an open complement.
func TestToInfinitiveComplementControlled(t *testing.T) {
	checkCoded(t, coder(t), []treeCase{
		{"to-infinitive as ccomp", `
Kenya Kenya PROPN 3 nsubj @KEN
is be AUX 3 aux
edging edge VERB 0 root
closer closer ADP 6 mark
to to PART 6 mark
condemn condemn VERB 3 ccomp
Somalia Somalia PROPN 6 obj @SOM
. . PUNCT 3 punct`, "KEN>SOM 111 asserted"},
		{"a finite complement keeps its own subject", `
Kenya Kenya PROPN 2 nsubj @KEN
hopes hope VERB 0 root
that that SCONJ 5 mark
Uganda Uganda PROPN 5 nsubj @UGA
condemns condemn VERB 2 ccomp
Somalia Somalia PROPN 5 obj @SOM
. . PUNCT 2 punct`, "UGA>SOM 111 asserted"},
	})
}

// TestPassiveSourcesShotDead checks that with PassiveSources an agentless finite
// passive takes its source from a phrase opened by one of the named
// prepositions, that a by-agent still wins, that a participle does not,
// and that an adjective predicated of the patient ("shot dead") meets a
// rule's object word.
func TestPassiveSourcesShotDead(t *testing.T) {
	const inPhrase = `
A a DET 2 det
Kenyan Kenyan NOUN 4 nsubj:pass @KEN
was be AUX 4 aux:pass
shot shoot VERB 0 root
dead dead ADJ 4 xcomp
in in ADP 7 case
Somalia Somalia PROPN 4 obl @SOM
. . PUNCT 4 punct`
	const byAgent = `
A a DET 2 det
Kenyan Kenyan NOUN 4 nsubj:pass @KEN
was be AUX 4 aux:pass
shot shoot VERB 0 root
in in ADP 6 case
Somalia Somalia PROPN 4 obl @SOM
by by ADP 8 case
Ethiopia Ethiopia PROPN 4 obl:agent @ETH
. . PUNCT 4 punct`
	const participle = `
Kenyans Kenyan NOUN 0 root @KEN
shot shoot VERB 1 acl
in in ADP 4 case
Somalia Somalia PROPN 2 obl @SOM
. . PUNCT 1 punct`
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "shoot", Code: "180", Lemmas: []string{"shoot"}},
		{Name: "shoot dead", Code: "186", Lemmas: []string{"shoot"}, Obj: []string{"dead"}, ObjLoose: true, ObjPhrases: [][]string{{"dead"}}, Weight: 1},
	}
	tests := []struct {
		name, tree string
		on         bool
		want       string
	}{
		{"default: no doer named", inPhrase, false, "->KEN 186 asserted"},
		{"in-phrase is the source", inPhrase, true, "SOM>KEN 186 asserted"},
		{"a by-agent wins", byAgent, true, "ETH>KEN 180 asserted"},
		{"not a participle's phrase", participle, true, "KEN>- 180 asserted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dict := NewDict(rules, base)
			if tc.on {
				dict.PassiveSources("from", "in")
			}
			d := build(t, tc.tree)
			New(dict).Code(d)
			if got := summary(d.Events); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestVoicelessPassives checks that with VoicelessPassives an agentless
// finite passive's subject is the source and the first party after it
// the target, while a by-agent keeps its reading, and that with
// AdverbSubjectWords an adverb before the verb meets a rule's subject
// word.
func TestVoicelessPassives(t *testing.T) {
	const agentless = `
Norway Norway PROPN 4 nsubj:pass @NOR
was be AUX 4 aux:pass
sharply sharply ADV 4 advmod
rebuked rebuke VERB 0 root
over over ADP 7 case
its its PRON 7 nmod:poss
quarrel quarrel NOUN 4 obl
with with ADP 9 case
Sweden Sweden PROPN 4 obl @SWE
. . PUNCT 4 punct`
	const byAgent = `
Norway Norway PROPN 3 nsubj:pass @NOR
was be AUX 3 aux:pass
rebuked rebuke VERB 0 root
by by ADP 5 case
Sweden Sweden PROPN 3 obl:agent @SWE
. . PUNCT 3 punct`
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "rebuke", Code: "111", Lemmas: []string{"rebuke"}},
		{Name: "sharply rebuke", Code: "112", Lemmas: []string{"rebuke"}, Subj: []string{"sharply"}, Weight: 1},
	}
	tests := []struct {
		name, tree         string
		voiceless, adverbs bool
		want               string
	}{
		{"default: the subject is the patient, no doer", agentless, false, false, ""},
		{"voiceless: the subject acts", agentless, true, false, "NOR>SWE 111 asserted"},
		{"voiceless, adverb as the word before", agentless, true, true, "NOR>SWE 112 asserted"},
		{"a by-agent still acts", byAgent, true, true, "SWE>NOR 111 asserted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dict := NewDict(rules, base)
			if tc.voiceless {
				dict.VoicelessPassives()
			}
			if tc.adverbs {
				dict.AdverbSubjectWords()
			}
			d := build(t, tc.tree)
			New(dict).Code(d)
			if got := summary(d.Events); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestFirstActorTarget checks that with FirstActorTarget a rule naming no
// target slot takes the first party named after the verb under it, not
// one inside an adverbial clause, and that a passive with an agent keeps
// its subject as the target.
func TestFirstActorTarget(t *testing.T) {
	const nested = `
Norway Norway PROPN 2 nsubj @NOR
welcomed welcome VERB 0 root
pledges pledge NOUN 2 obj
sent send VERB 3 acl
from from ADP 6 case
Sweden Sweden PROPN 4 obl @SWE
on on ADP 9 case
its its PRON 9 nmod:poss
role role NOUN 2 obl
. . PUNCT 2 punct`
	const adverbial = `
Norway Norway PROPN 2 nsubj @NOR
welcomed welcome VERB 0 root
pledges pledge NOUN 2 obj
after after SCONJ 6 mark
Sweden Sweden PROPN 6 nsubj @SWE
spoke speak VERB 2 advcl
. . PUNCT 2 punct`
	const byAgent = `
Norway Norway PROPN 3 nsubj:pass @NOR
was be AUX 3 aux:pass
welcomed welcome VERB 0 root
by by ADP 5 case
Sweden Sweden PROPN 3 obl:agent @SWE
. . PUNCT 3 punct`
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{{Name: "welcome", Code: "051", Lemmas: []string{"welcome"}}}
	tests := []struct {
		name, tree string
		on         bool
		want       string
	}{
		{"default: no target from a participle's phrase", nested, false, "NOR>- 051 asserted"},
		{"first party after the verb", nested, true, "NOR>SWE 051 asserted"},
		{"not inside an adverbial clause", adverbial, true, "NOR>- 051 asserted"},
		{"a passive's agent acts on its subject", byAgent, true, "SWE>NOR 051 asserted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dict := NewDict(rules, base)
			dict.KeepBareSectors()
			if tc.on {
				dict.FirstActorTarget()
			}
			d := build(t, tc.tree)
			New(dict).Code(d)
			if got := summary(d.Events); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestParticleReadAsPreposition checks that a rule's particle is met by
// the same word right after the verb read as the preposition of its
// phrase, but not by a phrase of time.
func TestParticleReadAsPreposition(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*Rule{
		{Name: "lean", Code: "010", Lemmas: []string{"lean"}},
		{Name: "lean on", Code: "100", Lemmas: []string{"lean"}, Prt: []string{"on"}, Weight: 1},
	}
	c := New(NewDict(rules, base))
	checkCoded(t, c, []treeCase{
		{"particle", `
Kenya Kenya PROPN 2 nsubj @KEN
leaned lean VERB 0 root
on on ADP 2 compound:prt
Somalia Somalia PROPN 2 obj @SOM
. . PUNCT 2 punct`, "KEN>SOM 100 asserted"},
		{"preposition right after the verb", `
Kenya Kenya PROPN 2 nsubj @KEN
leaned lean VERB 0 root
on on ADP 4 case
Somalia Somalia PROPN 2 obl @SOM
. . PUNCT 2 punct`, "KEN>SOM 100 asserted"},
		{"not a phrase of time", `
Kenya Kenya PROPN 2 nsubj @KEN
leaned lean VERB 0 root
on on ADP 4 case
Monday Monday PROPN 2 obl
against against ADP 6 case
Somalia Somalia PROPN 2 obl @SOM
. . PUNCT 2 punct`, "KEN>SOM 010 asserted"},
	})
}
