package petrarch

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

const sampleVerbs = `<!-- a test dictionary
   of our own -->
&TIETYPES
+MILITARY
+ECONOMIC

&WEAPON_
+ROCKET
+MORTAR SHELL

--- RESTORE  [064]  ---
RESTORE
REESTABLISH {REESTABLISHES REESTABLISHED}  # a comment
- * &TIETYPES TIES (WITH +)  [064:064]
- $ * (TO {FULL CONTROL}) [0842]

--- CALL  [---]  ---
+CALL_OFF [160]
- * FOR_RESTRAINT  [025]
`

func TestReadVerbs(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader(sampleVerbs), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(vd.Blocks) != 2 || len(vd.Synsets) != 2 {
		t.Fatalf("blocks %d synsets %d", len(vd.Blocks), len(vd.Synsets))
	}
	b := vd.Blocks[0]
	if b.Name != "RESTORE" || b.Code != "064" || len(b.Verbs) != 2 || len(b.Patterns) != 2 {
		t.Fatalf("block %+v", b)
	}
	if got := strings.Join(b.Verbs[1].Inflections(), " "); got != "REESTABLISH REESTABLISHES REESTABLISHED" {
		t.Errorf("listed forms: %s", got)
	}
	if got := strings.Join(b.Verbs[0].Inflections(), " "); got != "RESTORE RESTORES RESTORED RESTORING" {
		t.Errorf("regular forms: %s", got)
	}
	p := b.Patterns[0]
	if p.Code != "064" || p.Code2 != "064" || len(p.Before) != 0 || len(p.After) != 3 {
		t.Fatalf("pattern %+v", p)
	}
	if p.After[0].Kind != ElemSynset || p.After[1].Words[0] != "TIES" || p.After[2].Kind != ElemPhrase || p.After[2].Words[0] != "WITH" || p.After[2].Sub[0].Kind != ElemTarget {
		t.Errorf("elements %+v", p.After)
	}
	if got := vd.Expand(p.After[0]); len(got) != 2 || got[1][0] != "ECONOMIC" {
		t.Errorf("expand %v", got)
	}
	q := b.Patterns[1]
	if len(q.Before) != 1 || q.Before[0].Kind != ElemSource || q.After[0].Sub[0].Kind != ElemGroup || strings.Join(q.After[0].Sub[0].Words, " ") != "FULL CONTROL" {
		t.Errorf("pattern 2 %+v", q)
	}
	call := vd.Blocks[1]
	if call.Code != "---" || strings.Join(call.Verbs[0].Words, " ") != "CALL OFF" || call.Verbs[0].Code != "160" {
		t.Errorf("call block %+v", call)
	}
	if w := call.Patterns[0].After; len(w) != 2 || w[0].Words[0] != "FOR" || w[1].Words[0] != "RESTRAINT" {
		t.Errorf("underscore words %+v", w)
	}
}

func TestReadVerbsErrors(t *testing.T) {
	for in, want := range map[string]string{
		"- * TIES [064]\n--- X [01] ---\nX": "outside a verb block",
		"--- X [01] ---\nX\n- * TIES":       "no [code]",
		"--- X [01] ---\nX\n- TIES [02]":    "no *",
		"--- X [01] ---\nX\n- * (TIES [02]": "unclosed (",
		"--- X [01] ---\nX\n- * {TIES [02]": "unclosed {",
		"&SET\n+A\n":                        "no verb blocks",
		"--- X [01] ---\nX\n- * TIES) [02]": "unexpected )",
	} {
		vd, err := ReadVerbs(strings.NewReader(in), "t")
		if err == nil && len(vd.Skipped) == 1 {
			err = errors.New(vd.Skipped[0])
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err %v, want %q", in, err, want)
		}
	}
}

func TestReadSharedVerbDictionaries(t *testing.T) {
	for _, f := range []string{"PETR.Validate.verbs.txt", "CAMEO.2.0.txt", "PETR_Validate_verbs_2_02.txt"} {
		p := shared.Require(t, "data/eval/petrarch/dicts/"+f)
		vd, err := LoadVerbs(p)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		np := 0
		for _, b := range vd.Blocks {
			np += len(b.Patterns)
		}
		for _, s := range vd.Skipped {
			t.Logf("skipped %s", s)
		}
		t.Logf("%s: %d blocks, %d patterns, %d synsets", f, len(vd.Blocks), np, len(vd.Synsets))
		// CAMEO.2.0 ends with eight transformations (a ninth is
		// commented out), all of whose verbs it lists.
		if f == "CAMEO.2.0.txt" {
			if len(vd.Transforms) != 8 {
				t.Errorf("%s: %d transformations, want 8", f, len(vd.Transforms))
			}
			for _, tr := range vd.Transforms {
				for p := &tr.Pattern; p != nil; p = p.Nested {
					if _, ok := vd.VerbCode(p.Verb); !ok && !p.AnyVerb() {
						t.Errorf("%s:%d: verb %v not in the dictionary", f, tr.Line, p.Verb)
					}
				}
			}
		}
		if len(vd.Blocks) < 50 || np < 100 {
			t.Errorf("%s: only %d blocks and %d patterns", f, len(vd.Blocks), np)
		}
	}
}

func FuzzReadVerbs(f *testing.F) {
	f.Add(sampleVerbs)
	f.Add("--- X [01] ---\nX {XS}\n- (A (B {C}) * [02]\n")
	f.Add(transformVerbs)
	f.Add("--- X [01] ---\nX\n~ a (b (c ( d . X) X) X) X = a d Q\n~ ( ( = \n")
	f.Add("&A\n+B\n+C_B\n+&D_\n&D\n+E\n--- X [01] ---\nX\n- &A * [02]\n- B * [03]\n- * FROM + [04]\n- * FROM + [05]\n--- X [01] ---\nY\n- E * (FROM $) [06]\n")
	f.Fuzz(func(t *testing.T, s string) {
		vd, err := ReadVerbs(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		match := func(verb, code string) bool { return verb == code }
		inner := &NestedEvent{Source: "A", Target: "B", Code: "01"}
		vd.ApplyTransforms(NestedEvent{Source: "A", Nested: inner, Code: "01"}, match)
		vd.ApplyTransforms(NestedEvent{Source: "B", Nested: &NestedEvent{Nested: inner, Code: "01"}, Code: "01"}, match)
		for _, b := range vd.Blocks {
			for _, p := range b.Patterns {
				for _, e := range append(p.Before, p.After...) {
					vd.Expand(e)
				}
			}
			for _, v := range b.Verbs {
				v.Inflections()
			}
		}
		vd.Rules("fuzz")
		vd.BracketedPhrasesOnly = true
		vd.Rules("fuzz")
	})
}

func TestRules(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader(sampleVerbs), "dir/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("dir/sample.txt") {
		got = append(got, r.Code+" "+strings.Join(r.Lemmas, "|")+" prt="+strings.Join(r.Prt, "|")+" obj="+strings.Join(r.Obj, "|")+" prep="+strings.Join(r.Prep, "|")+" target="+strings.Join(r.Targets, ","))
	}
	want := []string{
		"064 restore prt= obj= prep= target=",
		"064 restore prt= obj=ties prep=with target=obl:with",
		"0842 restore prt= obj= prep=to target=",
		"064 reestablish prt= obj= prep= target=",
		"064 reestablish prt= obj=ties prep=with target=obl:with",
		"0842 reestablish prt= obj= prep=to target=",
		"160 call prt=off obj= prep= target=",
		// The block's patterns hold for its phrasal verb with its particle.
		"025 call prt=off obj= prep=for target=",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rules:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if l := vd.Lemmas(); l["REESTABLISHED"] != "reestablish" || l["RESTORING"] != "restore" {
		t.Errorf("lemmas %v", l)
	}
}

// TestPreVerbWords checks how words before the verb become constraints:
// one word apart is the subject's head, one joined to the verb by "_"
// must stand right before it.
func TestPreVerbWords(t *testing.T) {
	const dict = `--- PRAISE  [051]  ---
PRAISE
- RECENTLY_*  [025]
- GUERRILLA *  [190]
- FAILED_TO_*  [111]
- INDICATED *  [123]
`
	vd, err := ReadVerbs(strings.NewReader(dict), "pre.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("pre.txt") {
		var pre []string
		for _, ph := range r.Pre {
			pre = append(pre, strings.Join(ph, " "))
		}
		got = append(got, r.Code+" subj="+strings.Join(r.Subj, "|")+" pre="+strings.Join(pre, "|")+" next="+map[bool]string{true: "y", false: "n"}[r.PreNext])
	}
	want := []string{
		"051 subj= pre= next=n",
		"025 subj= pre=recently next=y",
		"190 subj=guerrilla pre= next=n",
		"111 subj= pre=failed _to next=y",
		"123 subj= pre=indicated next=n",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rules:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSkippedPhraseTargets checks "PREP ^ +" (the target follows the
// phrase's own noun) and the head word of a bracketed phrase.
func TestSkippedPhraseTargets(t *testing.T) {
	const dict = `--- MARK  [181]  ---
MARK
- * HOLIDAY IN ^ +  [045]
- * HOLIDAY AT ^ WITH +  [043]
- * (FROM EXPERIENCE)  [036]
- * AT ^ +  [162]
- * FOR  [096]
`
	vd, err := ReadVerbs(strings.NewReader(dict), "mark.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("mark.txt") {
		got = append(got, r.Code+" prep="+strings.Join(r.Prep, "|")+" pobj="+strings.Join(r.PrepObj, "|")+" target="+strings.Join(r.Targets, ","))
	}
	want := []string{
		"181 prep= pobj= target=",
		"045 prep=in pobj= target=after:in",
		"043 prep=at pobj= target=obl:with",
		"036 prep=from pobj=experience target=",
		"162 prep=at pobj= target=after:at",
		"096 prep=for pobj= target=",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rules:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGluedObjectPhrases checks that "_" and multi-word synset entries
// keep their words adjacent while spaces allow words between.
func TestGluedObjectPhrases(t *testing.T) {
	const dict = `&TIES
+ECONOMIC
+SOFT LOAN

--- DROP  [345]  ---
DROP
- * NEW_&TIES_RELATIONS  [903]
- * OLD &TIES RELATIONS  [904]
- * FOR &TIES  [172]
`
	vd, err := ReadVerbs(strings.NewReader(dict), "drop.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("drop.txt") {
		var phs []string
		for _, ph := range r.ObjPhrases {
			phs = append(phs, strings.Join(ph, " "))
		}
		line := r.Code + " obj=" + strings.Join(r.Obj, "|") + " phrases=" + strings.Join(phs, "|")
		if len(r.PrepPhrases) > 0 {
			var pp []string
			for _, ph := range r.PrepPhrases {
				pp = append(pp, strings.Join(ph, " "))
			}
			line += " prep phrases=" + strings.Join(pp, "|")
		}
		got = append(got, line)
	}
	want := []string{
		"345 obj= phrases=",
		"903 obj=relations phrases=new _economic _relations|new _soft _loan _relations",
		"904 obj=relations phrases=old economic relations|old soft _loan relations",
		"172 obj= phrases= prep phrases=economic|soft _loan",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rules:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMarkedHeadVerb checks verbs whose head word is marked "+"
// ("WIRE_+TAP"): the head is the lemma, the words before it must stand
// right before it, and its listed forms teach the lemmas.
func TestMarkedHeadVerb(t *testing.T) {
	const dict = `--- SEIZE  [1711] ---
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- WILL NOT * [081]
`
	vd, err := ReadVerbs(strings.NewReader(dict), "tap.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("tap.txt") {
		var pre []string
		for _, ph := range r.Pre {
			pre = append(pre, strings.Join(ph, " "))
		}
		got = append(got, r.Code+" "+strings.Join(r.Lemmas, "|")+" pre="+strings.Join(pre, "|")+" next="+map[bool]string{true: "y", false: "n"}[r.PreNext])
	}
	want := []string{
		"1711 tap pre=wire next=y",
		"081 tap pre=will not wire next=n",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rules:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if l := vd.Lemmas(); l["TAPPED"] != "tap" || l["TAPPING"] != "tap" {
		t.Errorf("lemmas %v", l)
	}
}

// TestSourceAfterVerb checks "+ * FROM $": the source in a phrase after
// the verb, the target before it.
func TestSourceAfterVerb(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader("--- FREE  [066] ---\nFREE\n- + * FROM $  [066]\n- * FROM $  [067]\n"), "free.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("free.txt")[1:] {
		got = append(got, r.Code+" prep="+strings.Join(r.Prep, "|")+" sources="+strings.Join(r.Sources, ","))
	}
	if want := "066 prep=from sources=obl:from|067 prep=from sources="; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestSourceAfterObject checks "+ * MONEY $": the subject receives the
// object, and the giver is in the from-phrase.
func TestSourceAfterObject(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader("--- GET  [033] ---\nGET\n- + * LOANS $  [071]\n- * LOANS $  [072]\n"), "get.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("get.txt")[1:] {
		got = append(got, r.Code+" obj="+strings.Join(r.Obj, "|")+" sources="+strings.Join(r.Sources, ","))
	}
	if want := "071 obj=loans sources=obl:from|072 obj=loans sources="; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestReverseOnlyCode checks "[:030]": a pattern that codes only the
// other party's act takes its source after the verb and the subject as
// target.
func TestReverseOnlyCode(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader("--- OBTAIN  [---] ---\nOBTAIN\n- * PLEDGE  [:030]\n"), "obtain.txt")
	if err != nil {
		t.Fatal(err)
	}
	rules := vd.Rules("obtain.txt")
	if len(rules) != 1 {
		t.Fatalf("got %d rules, want 1", len(rules))
	}
	r := rules[0]
	got := r.Code + " obj=" + strings.Join(r.Obj, "|") + " sources=" + strings.Join(r.Sources, ",") + " targets=" + strings.Join(r.Targets, ",") + " code2=" + r.Code2
	if want := "030 obj=pledge sources=obl:from,iobj,obj,obl:* targets= code2="; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSynsetInGroup checks that a set named inside a noun-phrase group
// stands for each of its phrases: "{NEW &TIES RELATIONS}".
func TestSynsetInGroup(t *testing.T) {
	src := "&TIES\n+TRADE\n+ARMS DEAL\n\n--- DROP  [161] ---\nDROP\n- * {NEW &TIES RELATIONS}  [1951]\n"
	vd, err := ReadVerbs(strings.NewReader(src), "drop.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ph := range vd.Expand(Elem{Kind: ElemGroup, Words: []string{"NEW", "&TIES", "RELATIONS"}}) {
		got = append(got, strings.Join(ph, " "))
	}
	if want := "NEW TRADE RELATIONS|NEW ARMS DEAL RELATIONS"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
	rules := vd.Rules("drop.txt")
	if len(rules) != 2 || rules[1].Code != "1951" || !slices.Contains(rules[1].Obj, "relations") {
		t.Errorf("rules %+v", rules)
	}
}

// TestGroupOfSetsIsBounded feeds groups of sets whose phrases multiply:
// two sets of 30 give all 900 phrases, six (729 million) stop at
// the first maxGroupPhrases (the 10,000th is 0,0,0,11,3,9 in base 30)
// rather than exhausting memory.
func TestGroupOfSetsIsBounded(t *testing.T) {
	var src strings.Builder
	src.WriteString("&A\n")
	for i := range 30 {
		fmt.Fprintf(&src, "+W%02d\n", i)
	}
	src.WriteString("\n--- X  [010] ---\nX\n- * {&A &A &A &A &A &A}  [010]\n")
	vd, err := ReadVerbs(strings.NewReader(src.String()), "sets.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words      []string
		n          int
		first, end string
	}{
		{[]string{"&A", "&A"}, 900, "W00 W00", "W29 W29"},
		{[]string{"&A", "&A", "&A", "&A", "&A", "&A"}, maxGroupPhrases, "W00 W00 W00 W00 W00 W00", "W00 W00 W00 W11 W03 W09"},
	}
	for _, tt := range tests {
		got := vd.Expand(Elem{Kind: ElemGroup, Words: tt.words})
		if len(got) != tt.n || strings.Join(got[0], " ") != tt.first || strings.Join(got[len(got)-1], " ") != tt.end {
			t.Errorf("%v: %d phrases from %v to %v, want %d from %s to %s", tt.words, len(got), got[0], got[len(got)-1], tt.n, tt.first, tt.end)
		}
	}
	if rules := vd.Rules("sets.txt"); len(rules) != 2 {
		t.Errorf("%d rules, want 2", len(rules))
	}
}

// TestRepeatedPatternTakesLaterCode checks that a pattern a later line of
// a block of the same name repeats word for word gives way to that line,
// as PETRARCH2's pattern tree overwrites it, while a pattern that only
// looks alike (another word, another block) stays.
func TestRepeatedPatternTakesLaterCode(t *testing.T) {
	const dict = `--- EASE  [---]  ---
EASE
- * TARIFF   [0351]
- * TARIFFS  [085]
- *   tariff [085]   # the later line of the same words
- * QUOTA    [081]

--- LOOSEN  [---]  ---
LOOSEN
- * TARIFF   [0351]

--- EASE  [---]  ---
RELAX
- * QUOTA    [085]
`
	vd, err := ReadVerbs(strings.NewReader(dict), "ease.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("ease.txt") {
		got = append(got, r.Lemmas[0]+" "+strings.Join(r.Obj, "|")+" "+r.Code)
	}
	want := []string{"ease tariffs 085", "ease tariff 085", "loosen tariff 0351", "relax quota 085"}
	if !slices.Equal(got, want) {
		t.Errorf("rules = %q, want %q", got, want)
	}
}

// TestSourceInPhrase checks that a source marked inside a bracketed
// phrase ("(FROM $)") is taken from that phrase, as a target marked
// there is.
func TestSourceInPhrase(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader("--- FIRE  [190]  ---\nFIRE\nSHOOT\n- &SHELLS * (FROM $) (AT +)  [193]\n&SHELLS\n+SHELL\n+ROCKET\n"), "fire.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("fire.txt") {
		if r.Code == "193" {
			got = append(got, r.Lemmas[0]+" sources="+strings.Join(r.Sources, ",")+" targets="+strings.Join(r.Targets, ","))
		}
	}
	want := []string{"fire sources=obl:from targets=obl:at", "shoot sources=obl:from targets=obl:at"}
	if !slices.Equal(got, want) {
		t.Errorf("rules = %q, want %q", got, want)
	}
}

// TestBracketedPhrasesOnly checks that with BracketedPhrasesOnly a
// pattern whose first word after the verb is a bare preposition gives no
// rule, while a bracketed phrase and the same dictionary read the
// default way still do.
func TestBracketedPhrasesOnly(t *testing.T) {
	const dict = "--- RETREAT  [080]  ---\nRETREAT\n- * FROM +  [0874]\n- * (FROM BORDER)  [0874]\n- * TROOPS  [087]\n"
	for _, tc := range []struct {
		bracketed bool
		want      []string
	}{
		{false, []string{"080", "0874 prep=from", "0874 prep=from", "087"}},
		{true, []string{"080", "0874 prep=from", "087"}},
	} {
		vd, err := ReadVerbs(strings.NewReader(dict), "retreat.txt")
		if err != nil {
			t.Fatal(err)
		}
		vd.BracketedPhrasesOnly = tc.bracketed
		var got []string
		for _, r := range vd.Rules("retreat.txt") {
			s := r.Code
			if len(r.Prep) > 0 {
				s += " prep=" + strings.Join(r.Prep, "|")
			}
			got = append(got, s)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("bracketed=%v: rules %q, want %q", tc.bracketed, got, tc.want)
		}
	}
}

// TestSetMemberTakesLaterCode checks that a word of a set that a later
// line of the block names itself leaves the set's pattern, with the
// set's phrases headed by it, while the set's other words stay.
func TestSetMemberTakesLaterCode(t *testing.T) {
	const dict = `&ARMS
+SHELL
+ROCKET
+GUIDED_ROCKET

--- BLAST  [190]  ---
BLAST
- &ARMS *  [183]
- ROCKET *  [194]
`
	vd, err := ReadVerbs(strings.NewReader(dict), "blast.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range vd.Rules("blast.txt") {
		got = append(got, r.Code+" "+strings.Join(r.Subj, "|"))
	}
	want := []string{"190 ", "183 shell", "194 rocket"}
	if !slices.Equal(got, want) {
		t.Errorf("rules = %q, want %q", got, want)
	}
}

// TestInflectionsOfJoinedForms checks that a multi-word verb's listed
// forms, written joined as in the dictionary, give the verb's own forms.
func TestInflectionsOfJoinedForms(t *testing.T) {
	tests := []struct{ line, want string }{
		{"+SEAL_OFF {+SEALED_OFF +SEALS_OFF +SEALING_OFF}", "SEAL SEALED SEALS SEALING"},
		{"+HAND_OVER {HANDED_OVER HANDS_OVER}", "HAND HANDED HANDS"},
		{"WITHDRAW {WITHDREW WITHDRAWN WITHDRAWS}", "WITHDRAW WITHDREW WITHDRAWN WITHDRAWS"},
		{"+BACK_DOWN", "BACK BACKS BACKED BACKING"},
	}
	for _, tc := range tests {
		if got := strings.Join(parseVerb(tc.line, 1).Inflections(), " "); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.line, got, tc.want)
		}
	}
}
