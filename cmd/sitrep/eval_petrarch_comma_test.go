package main

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// ptbWords returns the words of a bracketed parse, in order.
func ptbWords(parse string) string {
	items, ok := ptbItems(parse)
	if !ok {
		return "<unbalanced>"
	}
	var w []string
	for _, it := range items {
		if it.kind == 'w' {
			w = append(w, it.label)
		}
	}
	return strings.Join(w, " ")
}

func TestPetrDropCommaPhrases(t *testing.T) {
	// Norland sent aid to Suden, the agency said.
	final := `(ROOT (S (S (NP (NNP Norland)) (VP (VBD sent) (NP (NN aid)) (PP (TO to) (NP (NNP Suden))))) (, ,) (NP (DT the) (NN agency)) (VP (VBD said)) (. .)))`
	// Norland, its ministers said, sent aid to Suden.
	middle := `(ROOT (S (NP (NNP Norland)) (PRN (, ,) (S (NP (PRP$ its) (NNS ministers)) (VP (VBD said))) (, ,)) (VP (VBD sent) (NP (NN aid)) (PP (TO to) (NP (NNP Suden)))) (. .)))`
	// After long talks, Norland sent aid to Suden.
	initial := `(ROOT (S (PP (IN After) (NP (JJ long) (NNS talks))) (, ,) (NP (NNP Norland)) (VP (VBD sent) (NP (NN aid)) (PP (TO to) (NP (NNP Suden)))) (. .)))`
	// Norland sent aid to Suden, Estmark and Wold.  (commas inside a noun phrase)
	list := `(ROOT (S (NP (NNP Norland)) (VP (VBD sent) (NP (NN aid)) (PP (TO to) (NP (NNP Suden) (, ,) (NNP Estmark) (CC and) (NNP Wold)))) (. .)))`
	tests := []struct {
		name  string
		parse string
		rules petrCommaRules
		want  string
	}{
		{"final phrase within the limits goes, its comma too", final, petrCommaDefaults, "Norland sent aid to Suden ."},
		{"final phrase longer than comma_emax stays", final, petrCommaRules{Min: 2, Max: 8, EMin: 2, EMax: 2}, "Norland sent aid to Suden , the agency said ."},
		{"final phrase shorter than comma_emin stays", final, petrCommaRules{EMin: 4, EMax: 8}, "Norland sent aid to Suden , the agency said ."},
		{"final rule off", final, petrCommaRules{Min: 2, Max: 8}, "Norland sent aid to Suden , the agency said ."},
		{"middle phrase goes, the second comma stays", middle, petrCommaRules{Min: 2, Max: 8}, "Norland , sent aid to Suden ."},
		// As in PETRARCH, the final rule reads whatever follows the
		// last comma, the main clause included.
		{"the final rule takes a short main clause", middle, petrCommaDefaults, "Norland ."},
		{"middle phrase shorter than comma_min stays", middle, petrCommaRules{Min: 4, Max: 8}, "Norland , its ministers said , sent aid to Suden ."},
		{"middle rule off", middle, petrCommaRules{Min: 2, Max: 0}, "Norland , its ministers said , sent aid to Suden ."},
		{"initial rule off by default", initial, petrCommaRules{Min: 2, Max: 8}, "After long talks , Norland sent aid to Suden ."},
		{"initial phrase goes when comma_bmax allows", initial, petrCommaRules{BMin: 2, BMax: 6}, "Norland sent aid to Suden ."},
		{"initial phrase shorter than comma_bmin stays", initial, petrCommaRules{BMin: 4, BMax: 6}, "After long talks , Norland sent aid to Suden ."},
		{"commas of a noun phrase delimit nothing", list, petrCommaDefaults, "Norland sent aid to Suden , Estmark and Wold ."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := petrDropCommaPhrases(tc.parse, tc.rules)
			if got := ptbWords(out); got != tc.want {
				t.Errorf("words\n got %s\nwant %s\n(parse %s)", got, tc.want, out)
			}
			if _, err := ptbDocument("t", out, nil); err != nil {
				t.Errorf("result does not parse: %v\n%s", err, out)
			}
		})
	}
}

func TestPetrDropCommaPhrasesKeepsBadInput(t *testing.T) {
	for _, parse := range []string{
		`(ROOT (S (NP (NNP Norland)) (VP (VBD left)) (. .)))`, // no comma
		`(ROOT (S (NP (NNP Norland)) (, ,) (VP (VBD left))`,   // unbalanced
		``,                                 // empty
		"(S (NP \xff\xfe) (, ,) (VP \xc3(", // invalid UTF-8, unbalanced
		"\x00\x01(\x02 , \x03)))",          // binary, a stray closing
		`) (, ,) (`,                        // closing first
		strings.Repeat(`(S (NP (NNP A)) (, ,) `, 50000), // huge, never closed
	} {
		if got := petrDropCommaPhrases(parse, petrCommaDefaults); got != parse {
			t.Errorf("petrDropCommaPhrases(%q) = %q, want it unchanged", parse, got)
		}
	}
}

func TestPetrCommaConfig(t *testing.T) {
	tests := []struct {
		cfg    map[string]string
		want   petrCommaRules
		wantOK bool
	}{
		{nil, petrCommaDefaults, false},
		{map[string]string{"require_dyad": "true"}, petrCommaDefaults, false},
		{map[string]string{"comma_emax": "6"}, petrCommaRules{Min: 2, Max: 8, EMin: 2, EMax: 6}, true},
		{map[string]string{"comma_min": "4", "comma_max": "6", "comma_bmin": "3", "comma_bmax": "6", "comma_emin": "3", "comma_emax": "0"},
			petrCommaRules{Min: 4, Max: 6, BMin: 3, BMax: 6, EMin: 3, EMax: 0}, true},
		{map[string]string{"comma_max": "many"}, petrCommaDefaults, false},
	}
	for _, tc := range tests {
		got, ok := petrCommaConfig(tc.cfg)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("petrCommaConfig(%v) = %+v, %v; want %+v, %v", tc.cfg, got, ok, tc.want, tc.wantOK)
		}
	}
}

func TestPetrCommaParseFollowsRecordConfig(t *testing.T) {
	parse := `(ROOT (S (S (NP (NNP Norland)) (VP (VBD sent) (NP (NN aid)) (PP (TO to) (NP (NNP Suden))))) (, ,) (NP (DT the) (NN agency)) (VP (VBD said)) (. .)))`
	tests := []struct {
		cfg  map[string]string
		want string
	}{
		{nil, "Norland sent aid to Suden , the agency said ."},
		{map[string]string{"comma_emax": "8"}, "Norland sent aid to Suden ."},
		{map[string]string{"comma_emax": "0"}, "Norland sent aid to Suden , the agency said ."},
	}
	for _, tc := range tests {
		if got := ptbWords(petrCommaParse(petrRecord{Parse: parse, Config: tc.cfg})); got != tc.want {
			t.Errorf("config %v: got %q, want %q", tc.cfg, got, tc.want)
		}
	}
}

func TestPetrDropSubordinate(t *testing.T) {
	// Norland cut ties with Suden after rebels attacked its embassy.
	// Norland cut ties with Suden to punish rebels.
	tests := []struct {
		name  string
		parse string
		codes []string // trigger word: code, source, target
		want  []string
	}{
		{"clause after a coded verb", `(ROOT (S (NP (NNP Norland)) (VP (VBD cut) (NP (NNS ties)) (PP (IN with) (NP (NNP Suden))) (SBAR (IN after) (S (NP (NNS rebels)) (VP (VBD attacked) (NP (PRP$ its) (NN embassy)))))) (. .)))`,
			[]string{"cut:161:NOR:SUD", "attacked:190:REB:"}, []string{"161"}},
		{"clause after a verb with no target", `(ROOT (S (NP (NNP Norland)) (VP (VBD cut) (NP (NNS ties)) (SBAR (IN after) (S (NP (NNS rebels)) (VP (VBD attacked) (NP (PRP$ its) (NN embassy)))))) (. .)))`,
			[]string{"cut:161:NOR:", "attacked:190:REB:"}, []string{"161", "190"}},
		{"clause under a complement of a coded verb", `(ROOT (S (NP (NNP Norland)) (VP (VBD promised) (NP (NNP Suden)) (S (VP (TO to) (VP (VB cut) (NP (NNS ties)) (SBAR (IN after) (S (NP (NNS rebels)) (VP (VBD attacked) (NP (PRP$ its) (NN embassy))))))))) (. .)))`,
			[]string{"promised:057:NOR:SUD", "attacked:190:REB:"}, []string{"057"}},
		{"an infinitive keeps its event", `(ROOT (S (NP (NNP Norland)) (VP (VBD cut) (NP (NNS ties)) (PP (IN with) (NP (NNP Suden))) (S (VP (TO to) (VP (VB punish) (NP (NNS rebels)))))) (. .)))`,
			[]string{"cut:161:NOR:SUD", "punish:170:NOR:REB"}, []string{"161", "170"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ptbDocument("t", tc.parse, nil)
			if err != nil {
				t.Fatal(err)
			}
			toks := d.Sentences[0].Tokens
			for _, c := range tc.codes {
				f := strings.Split(c, ":")
				e := doc.Event{Code: f[1], TriggerToken: -1, Source: doc.ActorRef{Code: f[2]}}
				if f[3] != "" {
					e.Target = &doc.ActorRef{Code: f[3]}
				}
				for i, tok := range toks {
					if tok.Text == f[0] {
						e.TriggerToken = i
					}
				}
				d.Events = append(d.Events, e)
			}
			petrDropSubordinate(d)
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Code)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("events %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPetrDropCommaPhrasesOddTrees feeds balanced trees of odd shapes:
// a lone comma, commas only, phrases without words, a long run of
// clauses (of which about every other one goes with the comma before
// it, as the search resumes past each deletion).
func TestPetrDropCommaPhrasesOddTrees(t *testing.T) {
	np := "(NP (NNP A) (NNP B)) "
	tests := []struct{ name, parse, want string }{
		{"a lone comma", `(, ,)`, ``},
		{"a comma tag without its word", `(, )`, ``},
		{"a comma tag holding a phrase", `(S (NP (NNP A)) (, (NP (NNP B))) (VP (VBD left)))`, `(S (NP (NNP A)) (, (NP (NNP B))) (VP (VBD left)))`},
		{"commas only", `(S (, ,) (, ,) (, ,))`, `(S (, ,))`},
		{"no words", `(S (NP) (, ,) (VP))`, ``},
		{"a long run", "(ROOT (S " + strings.Repeat(np+"(, ,) ", 400) + "(. .)))", "(ROOT (S " + strings.Repeat(np+"(, ,) ", 198) + np + "(. .)))"},
	}
	rules := petrCommaRules{Min: 1, Max: 8, BMin: 1, BMax: 8, EMin: 1, EMax: 8}
	for _, tt := range tests {
		if got := petrDropCommaPhrases(tt.parse, rules); got != tt.want {
			t.Errorf("%s: got %.200q, want %.200q", tt.name, got, tt.want)
		}
	}
}

func FuzzPetrDropCommaPhrases(f *testing.F) {
	f.Add(`(ROOT (S (NP (NNP Norland)) (, ,) (NP (DT a) (NN official)) (, ,) (VP (VBD left)) (. .)))`)
	f.Add(`(S (, ,) (, ,))`)
	f.Add("((,\xff , ) (")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range []petrCommaRules{petrCommaDefaults, {Min: 0, Max: 100, BMin: 0, BMax: 100, EMin: 0, EMax: 100}} {
			out := petrDropCommaPhrases(s, r)
			if out != s {
				if _, ok := ptbItems(out); !ok {
					t.Fatalf("%q became unbalanced %q", s, out)
				}
			}
		}
	})
}

// TestPetrDropNoLowerPhrase checks that an event with no target is kept
// only when its verb governs a noun phrase after it, a temporal one
// aside, and that an event with a target always stays.
func TestPetrDropNoLowerPhrase(t *testing.T) {
	tests := []struct {
		name, parse, trigger string
		target               bool
		want                 int
	}{
		{"temporal noun phrase only", `(ROOT (S (NP (NNP Norland) (NNS officials)) (VP (VBD said) (NP-TMP (NN yesterday))) (. .)))`, "said", false, 0},
		{"a phrase after the verb", `(ROOT (S (NP (NNP Norland) (NNS officials)) (VP (VBD said) (PP (IN on) (NP (NNP Sunday)))) (. .)))`, "said", false, 1},
		{"a clause with a noun phrase", `(ROOT (S (NP (NNP Norland)) (VP (VBD warned) (SBAR (IN that) (S (NP (NNS prices)) (VP (MD would) (VP (VB rise)))))) (. .)))`, "warned", false, 1},
		{"nothing after the verb", `(ROOT (S (NP (NNP Norland)) (VP (VBD protested)) (. .)))`, "protested", false, 0},
		{"a target keeps it", `(ROOT (S (NP (NNP Norland)) (VP (VBD protested)) (. .)))`, "protested", true, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ptbDocument("t", tc.parse, nil)
			if err != nil {
				t.Fatal(err)
			}
			e := doc.Event{Code: "010", TriggerToken: -1, Source: doc.ActorRef{Code: "NOR"}}
			if tc.target {
				e.Target = &doc.ActorRef{Code: "SUD"}
			}
			for i, tok := range d.Sentences[0].Tokens {
				if tok.Text == tc.trigger {
					e.TriggerToken = i
				}
			}
			d.Events = append(d.Events, e)
			petrDropNoLowerPhrase(d)
			if len(d.Events) != tc.want {
				t.Errorf("%d events, want %d", len(d.Events), tc.want)
			}
		})
	}
}
