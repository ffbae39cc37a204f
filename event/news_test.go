package event

import "testing"

// TestNewsSenses checks the senses of common verbs in international news
// that are not the event their lemma usually codes: naming with "call",
// speaking with no one named, holding events rather than people, building
// things, attacking in words, being denied something; and the events
// those verbs do code when their arguments fit.
func TestNewsSenses(t *testing.T) {
	tests := []struct {
		name, tree string
		// persons lists the tokens whose mention is a person.
		persons []int
		want    string
	}{
		{"naming through a wh-object is no phone call", `
India India PROPN 2 nsubj @IND
struck strike VERB.VBD 0 root
what what PRON.WP 5 obj
Pakistan Pakistan PROPN 5 nsubj @PAK
called call VERB.VBD 2 ccomp
a a DET 7 det
camp camp NOUN 5 obj
. . PUNCT 2 punct`, nil, "IND>- 190 asserted"},
		{"naming with a second object is no phone call", `
Moscow Moscow PROPN 2 nsubj @RUSGOV
called call VERB.VBD 0 root
Kyiv Kyiv PROPN 2 obj @UKRGOV
a a DET 5 det
puppet puppet NOUN 2 obj
. . PUNCT 2 punct`, nil, ""},
		{"a call to a party is a phone call", `
Putin Putin PROPN 2 nsubj @RUSGOV
called call VERB.VBD 0 root
Erdogan Erdogan PROPN 2 obj @TURGOV
on on ADP 5 case
Tuesday Tuesday PROPN 2 obl
. . PUNCT 2 punct`, nil, "RUSGOV>TURGOV 041 asserted"},
		{"calling a halt calls no one", `
The the DET 2 det
minister minister NOUN 3 nsubj @RUSGOV
called call VERB.VBD 0 root
a a DET 5 det
halt halt NOUN 3 obj
to to ADP 8 case
the the DET 8 det
search search NOUN 5 nmod
. . PUNCT 3 punct`, nil, ""},
		{"speaking with a party is consulting", `
Merkel Merkel PROPN 2 nsubj @DEUGOV
spoke speak VERB.VBD 0 root
with with ADP 4 case
Macron Macron PROPN 2 obl @FRAGOV
. . PUNCT 2 punct`, nil, "DEUGOV>FRAGOV 040 asserted"},
		{"speaking over one's time is no event", `
Pence Pence PROPN 2 nsubj @USAGOV
spoke speak VERB.VBD 0 root
over over ADP 5 case
his his PRON 5 nmod:poss
time time NOUN 2 obl
. . PUNCT 2 punct`, nil, ""},
		{"summoning an envoy is a formal protest", `
The the DET 3 det
foreign foreign ADJ 3 amod @INDGOV
ministry ministry NOUN 4 nsubj @INDGOV
summoned summon VERB.VBD 0 root
Pakistan Pakistan PROPN 8 nmod:poss @PAK
's 's PART 5 case
high high ADJ 8 amod
commissioner commissioner NOUN 4 obj
to to PART 10 mark
protest protest VERB 4 advcl
. . PUNCT 4 punct`, nil, "INDGOV>PAK 114 asserted"},
		{"an adjunct's object pronoun is the party the main clause acts on", `
Venezuela Venezuela PROPN 2 nsubj @VEN
ordered order VERB.VBD 0 root
the the DET 4 det
ambassador ambassador NOUN 2 obj @DEUGOV
to to PART 6 mark
leave leave VERB 2 advcl
the the DET 8 det
country country NOUN 6 obj
, , PUNCT 10 punct
accusing accuse VERB.VBG 6 advcl
him he PRON 10 obj
of of SCONJ 13 mark
meddling meddle VERB.VBG 10 advcl
. . PUNCT 2 punct`, []int{3}, "VEN>DEUGOV 166 asserted; VEN>DEUGOV 112 asserted"},
		{"him is a person, not the country left", `
Venezuela Venezuela PROPN 2 nsubj @VEN
ordered order VERB.VBD 0 root
the the DET 4 det
envoy envoy NOUN 2 obj
to to PART 6 mark
leave leave VERB 2 advcl
Caracas Caracas PROPN 6 obj @VEN
, , PUNCT 9 punct
accusing accuse VERB.VBG 6 advcl
him he PRON 9 obj
. . PUNCT 2 punct`, nil, "VEN>- 166 asserted; VEN>- 112 asserted"},
		{"conjoined signatories sign with each other", `
Ethiopia Ethiopia PROPN 4 nsubj @ETH
and and CCONJ 3 cc
Eritrea Eritrea PROPN 1 conj @ERI
signed sign VERB.VBD 0 root
a a DET 7 det
peace peace NOUN 7 compound
agreement agreement NOUN 4 obj
. . PUNCT 4 punct`, nil, "ETH>ERI 057 asserted; ERI>ETH 057 asserted"},
		{"attacking someone for an act is criticism", `
Trump Trump PROPN 2 nsubj @USAGOV
attacked attack VERB.VBD 0 root
Biden Biden PROPN 2 obj @USAELI
for for SCONJ 5 mark
accumulating accumulate VERB.VBG 2 advcl
wealth wealth NOUN 5 obj
. . PUNCT 2 punct`, nil, "USAGOV>USAELI 111 asserted"},
		{"attacking someone over a matter is criticism", `
Democrats Democrat PROPN 2 nsubj @USAPTY
attacked attack VERB.VBD 0 root
Trump Trump PROPN 2 obj @USAGOV
over over ADP 6 case
his his PRON 6 nmod:poss
taxes tax NOUN 2 obl
. . PUNCT 2 punct`, nil, "USAPTY>USAGOV 111 asserted"},
		{"attacking over the weekend is still force", `
Rebels rebel NOUN 2 nsubj @REB
attacked attack VERB.VBD 0 root
Goma Goma PROPN 2 obj @COD
over over ADP 6 case
the the DET 6 det
weekend weekend NOUN 2 obl
. . PUNCT 2 punct`, nil, "REB>COD 190 asserted"},
		{"warplanes striking deliver aerial weapons", `
Indian Indian ADJ 2 amod @INDMIL
warplanes warplane NOUN 3 nsubj @INDMIL
struck strike VERB.VBD 0 root
a a DET 5 det
camp camp NOUN 3 obj
in in ADP 7 case
Pakistan Pakistan PROPN 5 nmod @PAK
. . PUNCT 3 punct`, nil, "INDMIL>PAK 195 asserted"},
		{"building statues is no force posture", `
Islanders islander NOUN 2 nsubj @CVL
built build VERB.VBD 0 root
statues statue NOUN 2 obj
before before ADP 5 case
contact contact NOUN 2 obl
with with ADP 7 case
Europeans European PROPN 5 nmod @EUR
. . PUNCT 2 punct`, nil, ""},
		{"building up forces on a border is", `
Russia Russia PROPN 2 nsubj @RUS
built build VERB.VBD 0 root
up up ADP 2 compound:prt
forces force NOUN 2 obj
near near ADP 7 case
the the DET 7 det
Ukraine Ukraine PROPN 2 obl @UKR
. . PUNCT 2 punct`, nil, "RUS>UKR 154 asserted"},
		{"holding town halls on a network detains no one", `
Trump Trump PROPN 2 nsubj @USAGOV
held hold VERB.VBD 0 root
town town NOUN 4 compound
halls hall NOUN 2 obj
on on ADP 6 case
NBC NBC PROPN 2 obl
. . PUNCT 2 punct`, nil, ""},
		{"holding a person on charges is detention", `
Police police NOUN 2 nsubj @EGYCOP
held hold VERB.VBD 0 root
the the DET 4 det
activist activist NOUN 2 obj @EGYOPP
on on ADP 6 case
charges charge NOUN 2 obl
. . PUNCT 2 punct`, nil, "EGYCOP>EGYOPP 173 asserted"},
		{"being denied something is no denial", `
He he PRON 2 nsubj @USAELI
vowed vow VERB.VBD 0 root
to to PART 4 mark
protect protect VERB 2 xcomp
patients patient NOUN 4 obj
from from SCONJ 8 mark
being be AUX 8 aux:pass
denied deny VERB.VBN 4 advcl
coverage coverage NOUN 8 obj
. . PUNCT 2 punct`, nil, ""},
		{"attacking a decision is criticism", `
Erdogan Erdogan PROPN 2 nsubj @TURGOV
attacked attack VERB.VBD 0 root
the the DET 4 det
decision decision NOUN 2 obj
of of ADP 6 case
Washington Washington PROPN 4 nmod @USAGOV
. . PUNCT 2 punct`, nil, "TURGOV>USAGOV 111 asserted"},
		{"releasing a summary frees no one", `
The the DET 3 det
White White PROPN 3 compound @USAGOV
House House PROPN 4 nsubj @USAGOV
released release VERB.VBD 0 root
a a DET 6 det
summary summary NOUN 4 obj
of of ADP 9 case
the the DET 9 det
call call NOUN 6 nmod
. . PUNCT 4 punct`, nil, "USAGOV>- 010 asserted"},
		{"releasing prisoners is a release", `
Egypt Egypt PROPN 2 nsubj @EGY
released release VERB.VBD 0 root
200 200 NUM 4 nummod
prisoners prisoner NOUN 2 obj @EGYCVL
. . PUNCT 2 punct`, nil, "EGY>EGYCVL 0841 asserted"},
		{"what a virus kills is no victim of an attack", `
Officials official NOUN 2 nsubj @CHNGOV
confirmed confirm VERB.VBD 0 root
it it PRON 5 nsubj
has have AUX 5 aux
infected infect VERB.VBN 2 ccomp
200 200 NUM 7 nummod
people people NOUN 5 obj @CVL
and and CCONJ 9 cc
killed kill VERB.VBN 5 conj
three three NUM 11 nummod
people people NOUN 9 obj @CVL
. . PUNCT 2 punct`, nil, ""},
		{"members of one party do not meet each other", `
Israel's Israel's PROPN 2 nmod:poss @ISRGOV
premier premier NOUN 8 nsubj @ISRGOV
and and CCONJ 5 cc
energy energy NOUN 5 compound
minister minister NOUN 2 conj @ISRGOV
and and CCONJ 7 cc
Mitsotakis Mitsotakis PROPN 2 conj @GRCGOV
attended attend VERB.VBD 0 root
the the DET 10 det
summit summit NOUN 8 obj
. . PUNCT 8 punct`, nil, "ISRGOV>GRCGOV 040 asserted; ISRGOV>GRCGOV 040 asserted; GRCGOV>ISRGOV 040 asserted; GRCGOV>ISRGOV 040 asserted"},
		{"a vow to do a coded act is that act, intended", `
Democrats Democrat PROPN 2 nsubj @USAPTY
vowed vow VERB.VBD 0 root
to to PART 4 mark
investigate investigate VERB 2 xcomp
the the DET 6 det
minister minister NOUN 4 obj @USAGOV
. . PUNCT 2 punct`, nil, "USAPTY>USAGOV 090 intended"},
		{"a vow with no coded act is an intent", `
Democrats Democrat PROPN 2 nsubj @USAPTY
vowed vow VERB.VBD 0 root
to to PART 4 mark
win win VERB 2 xcomp
the the DET 6 det
election election NOUN 4 obj
. . PUNCT 2 punct`, nil, "USAPTY>- 030 asserted"},
		{"meeting a requirement meets no one", `
Harris Harris PROPN 2 nsubj @USALEG
meets meet VERB.VBZ 0 root
the the DET 4 det
requirement requirement NOUN 2 obj
. . PUNCT 2 punct`, nil, ""},
		{"amassing delegates is no force posture", `
Biden Biden PROPN 3 nsubj @USAELI
has have AUX 3 aux
amassed amass VERB.VBN 0 root
1,217 1,217 NUM 5 nummod
delegates delegate NOUN 3 obj
. . PUNCT 3 punct`, nil, ""},
		{"massing troops on a border is", `
Russia Russia PROPN 2 nsubj @RUS
massed mass VERB.VBD 0 root
troops troop NOUN 2 obj
on on ADP 6 case
the the DET 6 det
border border NOUN 2 obl
with with ADP 8 case
Ukraine Ukraine PROPN 6 nmod @UKR
. . PUNCT 2 punct`, nil, "RUS>UKR 154 asserted"},
		{"an event noun inside an unrecognized name is no event", `
The the DET 4 det
ruling ruling ADJ 4 amod
Democratic Democratic PROPN 4 compound
Rally Rally PROPN 5 nsubj
hailed hail VERB.VBD 0 root
the the DET 7 det
pipeline pipeline NOUN 5 obj
in in ADP 9 case
Cyprus Cyprus PROPN 7 nmod @CYP
. . PUNCT 5 punct`, nil, ""},
		{"an event noun in lower case is an event", `
Students student NOUN 2 nsubj @EGYEDU
held hold VERB.VBD 0 root
a a DET 4 det
rally rally NOUN 2 obj
against against ADP 6 case
Cairo Cairo PROPN 4 nmod @EGYGOV
. . PUNCT 2 punct`, nil, "EGYEDU>EGYGOV 141 asserted"},
		{"one person attacking another is criticism", `
Harris Harris PROPN 2 nsubj @USALEG
attacked attack VERB.VBD 0 root
Biden Biden PROPN 2 obj @USAELI
during during ADP 5 case
debates debate NOUN 2 obl
. . PUNCT 2 punct`, []int{0, 2}, "USALEG>USAELI 111 asserted"},
		{"a group attacking a person is force", `
Gunmen gunman NOUN 2 nsubj @REB
attacked attack VERB.VBD 0 root
the the DET 4 det
governor governor NOUN 2 obj @AFGGOV
. . PUNCT 2 punct`, []int{0, 3}, "REB>AFGGOV 190 asserted"},
		{"meeting an uncoded name is still a meeting", `
Blinken Blinken PROPN 2 nsubj @USAGOV
met meet VERB.VBD 0 root
Xi Xi PROPN 2 obj
Jinping Jinping PROPN 3 flat
. . PUNCT 2 punct`, nil, "USAGOV>- 040 asserted"},
		{"attacking positions is force", `
Russian Russian ADJ 2 amod @RUSMIL
forces force NOUN 3 nsubj @RUSMIL
attacked attack VERB.VBD 0 root
Ukrainian Ukrainian ADJ 5 amod @UKR
positions position NOUN 3 obj
. . PUNCT 3 punct`, nil, "RUSMIL>UKR 190 asserted"},
		{"meeting with no object named is still a meeting", `
Blinken Blinken PROPN 2 nsubj @USAGOV
met meet VERB.VBD 0 root
on on ADP 4 case
Monday Monday PROPN 2 obl
. . PUNCT 2 punct`, nil, "USAGOV>- 040 asserted"},
		{"speaking with a party by phone is a phone call", `
Austin Austin PROPN 2 nsubj @USAGOV
spoke speak VERB.VBD 0 root
with with ADP 4 case
Dong Dong PROPN 2 obl @CHNGOV
by by ADP 6 case
phone phone NOUN 2 obl
. . PUNCT 2 punct`, nil, "USAGOV>CHNGOV 041 asserted"},
		{"a phone phrase hung on the interlocutor still makes a phone call", `
Austin Austin PROPN 2 nsubj @USAGOV
spoke speak VERB.VBD 0 root
with with ADP 4 case
Dong Dong PROPN 2 obl @CHNGOV
by by ADP 6 case
phone phone NOUN 4 nmod
. . PUNCT 2 punct`, nil, "USAGOV>CHNGOV 041 asserted"},
		{"an act in an open question is hypothetical", `
Biden Biden PROPN 2 nsubj @USAELI
refused refuse VERB.VBD 0 root
to to PART 4 mark
answer answer VERB 2 xcomp
whether whether SCONJ 8 mark
they they PRON 8 nsubj @USAELI
would would AUX 8 aux
support support VERB 4 ccomp
Kyiv Kyiv PROPN 8 obj @UKRGOV
. . PUNCT 2 punct`, nil, "USAELI>- 120 asserted; USAELI>UKRGOV 051 hypothetical"},
		{"proposing a policy to no one is no intent to cooperate", `
He he PRON 2 nsubj @USAELI
proposed propose VERB.VBD 0 root
a a DET 5 det
public public ADJ 5 amod
option option NOUN 2 obj
. . PUNCT 2 punct`, nil, ""},
		{"offering a party help is an intent to cooperate", `
Iran Iran PROPN 2 nsubj @IRN
offered offer VERB.VBD 0 root
Iraq Iraq PROPN 2 iobj @IRQ
help help NOUN 2 obj
. . PUNCT 2 punct`, nil, "IRN>IRQ 031 asserted"},
		{"a campaign rally is no protest", `
He he PRON 2 nsubj @USAGOV
returned return VERB.VBD 0 root
to to ADP 6 case
the the DET 6 det
campaign campaign NOUN 6 compound
trail trail NOUN 2 obl
with with ADP 9 case
a a DET 9 det
rally rally NOUN 2 obl
. . PUNCT 2 punct`, nil, ""},
		{"an act asked about is hypothetical", `
Did do AUX 3 aux
Iran Iran PROPN 3 nsubj @IRN
attack attack VERB 0 root
Iraq Iraq PROPN 3 obj @IRQ
? ? PUNCT 3 punct`, nil, "IRN>IRQ 190 hypothetical"},
		{"a wh-question presupposes the act", `
Why why ADV.WRB 4 advmod
did do AUX 4 aux
Iran Iran PROPN 4 nsubj @IRN
attack attack VERB 0 root
Iraq Iraq PROPN 4 obj @IRQ
? ? PUNCT 4 punct`, nil, "IRN>IRQ 190 asserted"},
		{"a participle describing a noun is a state", `
Police police NOUN 2 nsubj @USACOP
shot shoot VERB.VBD 0 root
a a DET 4 det
man man NOUN 2 obj @USACVL
armed arm VERB.VBN 4 acl
with with ADP 8 case
a a DET 8 det
knife knife NOUN 5 obl
. . PUNCT 2 punct`, nil, "USACOP>USACVL 193 asserted"},
		{"arming a party is cooperation", `
Iran Iran PROPN 2 nsubj @IRN
armed arm VERB.VBD 0 root
the the DET 4 det
Houthis Houthi PROPN 2 obj @YEMREB
. . PUNCT 2 punct`, nil, "IRN>YEMREB 062 asserted"},
		{"what sparks demonstrations does not demonstrate", `
The the DET 2 det
arrest arrest NOUN 6 nsubj
of of ADP 4 case
Navalny Navalny PROPN 2 nmod @RUSOPP
has have AUX 6 aux
sparked spark VERB.VBN 0 root
demonstrations demonstration NOUN 6 obj
against against ADP 10 case
the the DET 10 det
Kremlin Kremlin PROPN 7 nmod @RUSGOV
. . PUNCT 6 punct`, nil, "->RUSOPP 173 asserted; ->RUSGOV 141 asserted"},
		{"who stages demonstrations demonstrates", `
Students student NOUN 2 nsubj @RUSEDU
staged stage VERB.VBD 0 root
demonstrations demonstration NOUN 2 obj
against against ADP 6 case
the the DET 6 det
Kremlin Kremlin PROPN 3 nmod @RUSGOV
. . PUNCT 2 punct`, nil, "RUSEDU>RUSGOV 141 asserted"},
		{"remembering the dead is commemoration", `
Poland Poland PROPN 2 nsubj @POL
remembered remember VERB.VBD 0 root
the the DET 4 det
victims victim NOUN 2 obj @CVL
. . PUNCT 2 punct`, nil, "POL>CVL 017 asserted"},
		{"remembering a figure is not", `
Biden Biden PROPN 2 nsubj @USAELI
remembered remember VERB.VBD 0 root
the the DET 4 det
figure figure NOUN 2 obj
. . PUNCT 2 punct`, nil, ""},
		{"committing a murder is no pledge", `
Agents agent NOUN 2 nsubj @SAUGOV
committed commit VERB.VBD 0 root
the the DET 4 det
murder murder NOUN 2 obj
. . PUNCT 2 punct`, nil, ""},
		{"committing to dialogue is", `
Iran Iran PROPN 2 nsubj @IRN
committed commit VERB.VBD 0 root
to to ADP 4 case
dialogue dialogue NOUN 2 obl
with with ADP 6 case
Oman Oman PROPN 4 nmod @OMN
. . PUNCT 2 punct`, nil, "IRN>OMN 030 asserted"},
		{"an act considered is intended", `
Mexico Mexico PROPN 3 nsubj @MEX
would would AUX 3 aux
consider consider VERB 0 root
charging charge VERB.VBG 3 xcomp
the the DET 6 det
gunman gunman NOUN 4 obj @USAREB
with with ADP 8 case
terrorism terrorism NOUN 4 obl
. . PUNCT 3 punct`, nil, "MEX>- 014 intended; MEX>USAREB 173 intended"},
		{"hosting a program hosts no one", `
The the DET 2 det
university university NOUN 3 nsubj @GBREDU
hosted host VERB.VBD 0 root
a a DET 5 det
program program NOUN 3 obj
. . PUNCT 3 punct`, nil, ""},
		{"releasing files frees no one", `
The the DET 2 det
CIA CIA PROPN 3 nsubj @USASPY
released release VERB.VBD 0 root
the the DET 5 det
files file NOUN 3 obj
. . PUNCT 3 punct`, nil, "USASPY>- 010 asserted"},
		{"a passive conjunct acts on the first conjunct's subject", `
Mugabe Mugabe PROPN 2 nsubj @ZWEELI
founded found VERB.VBD 0 root
ZANU ZANU PROPN 2 obj
but but CCONJ 7 cc
was be AUX 7 aux:pass
later later ADV 7 advmod
arrested arrest VERB.VBN 2 conj
. . PUNCT 2 punct`, nil, "->ZWEELI 173 asserted"},
		{"a relative clause's head fills its object gap", `
States state NOUN 2 nsubj @USAJUD
sued sue VERB.VBD 0 root
over over ADP 6 case
the the DET 6 det
state state NOUN 6 compound
emergency emergency NOUN 2 obl
Trump Trump PROPN 8 nsubj @USAGOV
declared declare VERB.VBD 6 acl:relcl
. . PUNCT 2 punct`, nil, "USAJUD>- 115 asserted; USAGOV>- 1724 asserted"},
		{"helping bring about a coded act is that act", `
Volker Volker PROPN 2 nsubj @USAGOV
helped help VERB.VBD 0 root
facilitate facilitate VERB 2 xcomp
talks talk NOUN 3 obj
with with ADP 6 case
Kyiv Kyiv PROPN 3 obl @UKRGOV
. . PUNCT 2 punct`, nil, "USAGOV>- 045 asserted"},
		{"helping a party do something is aid", `
Washington Washington PROPN 2 nsubj @USAGOV
helped help VERB.VBD 0 root
Kyiv Kyiv PROPN 2 obj @UKRGOV
retake retake VERB 2 xcomp
Kherson Kherson PROPN 4 obj @UKR
. . PUNCT 2 punct`, nil, "USAGOV>UKRGOV 070 asserted; UKRGOV>UKR 190 asserted"},
		{"a participle naming is no phone call", `
The the DET 2 det
mayor mayor NOUN 4 nsubj @GBRGOV
had have VERB.VBD 0 root
a a DET 5 det
retreat retreat NOUN 3 obj
called call VERB.VBN 5 acl
Bryn Bryn PROPN 6 obj
Tirion Tirion PROPN 7 flat
. . PUNCT 3 punct`, nil, ""},
		{"a passive call with its caller is a phone call", `
Putin Putin PROPN 3 nsubj:pass @RUSGOV
was be AUX 3 aux:pass
called call VERB.VBN 0 root
by by ADP 5 case
Biden Biden PROPN 3 obl:agent @USAGOV
. . PUNCT 3 punct`, nil, "USAGOV>RUSGOV 041 asserted"},
		{"calling someone names for something is no appeal", `
Biden Biden PROPN 2 nsubj @USAELI
called call VERB.VBD 0 root
Trump Trump PROPN 2 obj @USAGOV
an a DET 5 det
embarrassment embarrassment NOUN 2 obj
for for ADP 8 case
his his PRON 8 nmod:poss
performance performance NOUN 2 obl
. . PUNCT 2 punct`, nil, ""},
		{"discussing a matter with no one is no consultation", `
Trump Trump PROPN 2 nsubj @USAGOV
discussed discuss VERB.VBD 0 root
the the DET 4 det
wildfires wildfire NOUN 2 obj
. . PUNCT 2 punct`, nil, ""},
		{"the killing of animals is no violence", `
Egypt Egypt PROPN 2 nsubj @EGYGOV
ordered order VERB.VBD 0 root
the the DET 4 det
killing killing NOUN 2 obj
of of ADP 6 case
pigs pig NOUN 4 nmod
. . PUNCT 2 punct`, nil, ""},
		{"an agreement between two parties is theirs, not its broker's", `
Roosevelt Roosevelt PROPN 2 nsubj @USAGOV
mediated mediate VERB.VBD 0 root
an a DET 4 det
agreement agreement NOUN 2 obj
between between ADP 6 case
Japan Japan PROPN 4 nmod @JPN
and and CCONJ 8 cc
Russia Russia PROPN 6 conj @RUS
. . PUNCT 2 punct`, nil, "USAGOV>JPN 045 asserted; USAGOV>RUS 045 asserted; JPN>RUS 057 asserted; RUS>JPN 057 asserted"},
		{"the killing of an uncoded name is still a killing", `
Riyadh Riyadh PROPN 2 nsubj @SAUGOV
ordered order VERB.VBD 0 root
the the DET 4 det
killing killing NOUN 2 obj
of of ADP 6 case
Khashoggi Khashoggi PROPN 4 nmod
. . PUNCT 2 punct`, nil, "SAUGOV>- 1823 asserted"},
		{"calling someone a name is no phone call", `
Biden Biden PROPN 2 nsubj @USAELI
called call VERB.VBD 0 root
Trump Trump PROPN 2 obj @USAGOV
a a DET 5 det
clown clown NOUN 3 appos
. . PUNCT 2 punct`, nil, ""},
		{"calling a result for a party is no phone call", `
AP AP PROPN 2 nsubj @USAMED
called call VERB.VBD 0 root
Nevada Nevada PROPN 2 obj @USA
for for ADP 5 case
Biden Biden PROPN 2 obl @USAELI
. . PUNCT 2 punct`, nil, ""},
		{"a meeting arranged is intended", `
Volker Volker PROPN 2 nsubj @USAGOV
arranged arrange VERB.VBD 0 root
a a DET 4 det
meeting meeting NOUN 2 obj
between between ADP 6 case
Zelensky Zelensky PROPN 4 nmod @UKRGOV
and and CCONJ 8 cc
Trump Trump PROPN 6 conj @USAGOV
. . PUNCT 2 punct`, nil, "UKRGOV>USAGOV 040 intended; USAGOV>UKRGOV 040 intended"},
		{"calling a result for a party hung on the result", `
AP AP PROPN 2 nsubj @USAMED
called call VERB.VBD 0 root
the the DET 4 det
election election NOUN 2 obj
for for ADP 6 case
Biden Biden PROPN 4 nmod @USAELI
. . PUNCT 2 punct`, nil, ""},
		{"battling an illness is no fight", `
The the DET 2 det
senator senator NOUN 3 nsubj @USALEG
battled battle VERB.VBD 0 root
cancer cancer NOUN 3 obj
. . PUNCT 3 punct`, nil, ""},
	}
	c := coder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, tt.tree)
			for k := range d.Entities {
				for _, p := range tt.persons {
					if d.Entities[k].TokStart == p {
						d.Entities[k].Type = "PER"
					}
				}
			}
			c.Code(d)
			if got := summary(d.Events); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPluralMention checks that a plural the actor layer resolved to
// several parties, as mentions of one span, stands for each of them.
func TestPluralMention(t *testing.T) {
	tests := []struct {
		name, tree string
		also       string // the second party of the @-marked span
		want       string
	}{
		{"the two countries sign with each other", `
the the DET 3 det
two two NUM 3 nummod
countries country NOUN 4 nsubj @ETH
signed sign VERB.VBD 0 root
a a DET 7 det
peace peace NOUN 7 compound
agreement agreement NOUN 4 obj
. . PUNCT 4 punct`, "ERI", "ETH>ERI 057 asserted; ERI>ETH 057 asserted"},
		{"both countries are urged", `
China China PROPN 2 nsubj @CHN
urged urge VERB.VBD 0 root
both both DET 4 det
countries country NOUN 2 obj @IND
to to PART 6 mark
talk talk VERB 2 xcomp
. . PUNCT 2 punct`, "PAK", "CHN>IND 026 asserted; CHN>PAK 026 asserted"},
		{"a plural acted on leaves out the actor's own party", `
China China PROPN 2 nsubj @CHN
urged urge VERB.VBD 0 root
both both DET 4 det
countries country NOUN 2 obj @IND
to to PART 6 mark
talk talk VERB 2 xcomp
. . PUNCT 2 punct`, "CHN", "CHN>IND 026 asserted"},
	}
	c := coder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(t, tt.tree)
			e := d.Entities[len(d.Entities)-1]
			e.Code = tt.also
			d.Entities = append(d.Entities, e)
			c.Code(d)
			if got := summary(d.Events); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPoliticalSenses checks senses that code only with a political or
// military object, and pleas in court that are no appeals.
func TestPoliticalSenses(t *testing.T) {
	tests := []treeCase{
		{"pleading guilty is no appeal", `
McArthur McArthur PROPN 2 nsubj @USA
pleaded plead VERB.VBD 0 root
guilty guilty ADJ 2 xcomp
to to ADP 6 case
the the DET 6 det
court court NOUN 2 obl @USAJUD
. . PUNCT 2 punct`, ""},
		{"pleading not guilty is no appeal", `
McArthur McArthur PROPN 2 nsubj @USA
pleaded plead VERB.VBD 0 root
not not PART 4 advmod
guilty guilty ADJ 2 xcomp
to to ADP 7 case
the the DET 7 det
court court NOUN 2 obl @USAJUD
. . PUNCT 2 punct`, ""},
		{"pleading to a body for aid is an appeal", `
Haiti Haiti PROPN 2 nsubj @HTI
pleaded plead VERB.VBD 0 root
to to ADP 5 case
the the DET 5 det
UN UN PROPN 2 obl @IGOUNO
for for ADP 7 case
help help NOUN 2 obl
. . PUNCT 2 punct`, "HTI>IGOUNO 020 asserted"},
		{"protecting people is no military protection", `
Democrats Democrats PROPN 2 nsubj @USAPTY
protect protect VERB 0 root
people people NOUN 2 obj @USACVL
with with ADP 6 case
chronic chronic ADJ 6 amod
conditions condition NOUN 3 nmod
. . PUNCT 2 punct`, ""},
		{"protecting people with a bare sector code is not either", `
He he PRON 2 nsubj @USAGOV
protect protect VERB 0 root
people people NOUN 2 obj @CVL
. . PUNCT 2 punct`, ""},
		{"protecting a state by name is", `
NATO NATO PROPN 2 nsubj @IGOWSTNAT
protects protect VERB 0 root
Latvia Latvia PROPN 2 obj @LVA
. . PUNCT 2 punct`, "IGOWSTNAT>LVA 074 asserted"},
		{"training troops with a bare sector code is", `
Turkey Turkey PROPN 2 nsubj @TUR
trains train VERB 0 root
troops troops NOUN 2 obj @MIL
. . PUNCT 2 punct`, "TUR>MIL 062 asserted"},
		{"protecting a minister is", `
Troops troops NOUN 2 nsubj @MIL
protected protect VERB.VBD 0 root
the the DET 5 det
Iraqi Iraqi ADJ 5 amod @IRQGOV
minister minister NOUN 2 obj @IRQGOV
. . PUNCT 2 punct`, "MIL>IRQGOV 074 asserted"},
		{"training people to be killers is no military cooperation", `
Daesh Daesh PROPN 2 nsubj @IMGREB
trains train VERB.VBZ 0 root
French French ADJ 4 amod @FRACVL
people people NOUN 2 obj @FRACVL
to to PART 7 mark
be be AUX 7 cop
killers killer NOUN 2 xcomp
. . PUNCT 2 punct`, ""},
		{"training soldiers is", `
Russia Russia PROPN 2 nsubj @RUS
trained train VERB.VBD 0 root
Syrian Syrian ADJ 4 amod @SYRMIL
soldiers soldier NOUN 2 obj @SYRMIL
. . PUNCT 2 punct`, "RUS>SYRMIL 062 asserted"},
		{"destroying growth is no destruction of property", `
Chinese Chinese ADJ 2 amod @CHN
tariffs tariff NOUN 4 nsubj
will will AUX 4 aux
destroy destroy VERB 0 root
the the DET 6 det
growth growth NOUN 4 obj
of of ADP 9 case
American American ADJ 9 amod @USAAGR
farmers farmer NOUN 6 nmod @USAAGR
. . PUNCT 4 punct`, ""},
		{"destroying a base is", `
Rebels rebel NOUN 2 nsubj @REB
destroyed destroy VERB.VBD 0 root
the the DET 6 det
Syrian Syrian ADJ 6 amod @SYR
army army NOUN 6 compound
base base NOUN 2 obj
. . PUNCT 2 punct`, "REB>SYR 1712 asserted"},
		{"destroying a party's forces is", `
Russia Russia PROPN 2 nsubj @RUS
vowed vow VERB.VBD 0 root
to to PART 4 mark
destroy destroy VERB 2 xcomp
Ukrainian Ukrainian ADJ 6 amod @UKRMIL
forces force NOUN 4 obj @UKRMIL
. . PUNCT 2 punct`, "RUS>UKRMIL 1712 intended"},
	}
	checkCoded(t, coder(t), tests)
}
