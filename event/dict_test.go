package event

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/cameo"
)

func TestDefaultDictCoversEveryRoot(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	verbs := map[string]int{}
	for _, r := range d.Rules {
		if !r.Noun {
			verbs[r.Code[:2]] += len(r.Lemmas)
		}
	}
	for _, root := range cameo.Roots() {
		if verbs[root.Code] < 3 {
			t.Errorf("root %s (%s) has %d verb lemmas, want several", root.Code, root.Name, verbs[root.Code])
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"999 verb attack", "unknown CAMEO code"},
		{"190 adj attack", "want verb or noun"},
		{"190 verb attack obj", "want key=value"},
		{"190 verb attack colour=red", "unknown constraint"},
		{"190 verb attack target=subj", "target"},
		{"040 verb call need=source", "want need=target"},
		{"040 verb call need=", "want key=value"},
		{"111 verb attack between=people", "want between=persons"},
		{"042 verb train party=\xff\xfe", "want party=political"},
		{"041 verb speak pobj=phone", "pobj needs prep"},
		{"discard attack", "discard LEMMAS"},
		{"# only a comment", "no rules"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.in), "test.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestParseRule(t *testing.T) {
	d, err := Parse(strings.NewReader("# x\n\n195 verb carry prt=out obj=strike|airstrike target=obl:on,obj # note\n"), "dir/my.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := d.Rules[0]
	if r.Code != "195" || r.Noun || r.Weight != 2 || strings.Join(r.Obj, ",") != "strike,airstrike" || strings.Join(r.Targets, ",") != "obl:on,obj" {
		t.Errorf("rule = %+v", r)
	}
	if r.Name != "my.txt:3 195 verb carry prt=out obj=strike|airstrike target=obl:on,obj" {
		t.Errorf("name = %q", r.Name)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("195 verb carry prt=out obj=strike target=obl:on,obj\n")
	f.Add("light carry|launch\ndiscard attack if=goal\n190 noun attack mod=air\n")
	f.Add("\xff\x00 verb")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(strings.NewReader(s), "fuzz.txt")
		if err != nil {
			return
		}
		for _, r := range d.Rules {
			if len(r.Lemmas) == 0 || r.Code == "" {
				t.Fatalf("rule without lemma or code: %+v", r)
			}
		}
	})
}

// TestParseRuleOptions reads the constraints that are flags or name a
// preposition's word.
func TestParseRuleOptions(t *testing.T) {
	d, err := Parse(strings.NewReader("041 verb speak prep=by pobj=phone need=target\n111 verb attack obj=* between=persons\n042 verb train obj=* party=political\n"), "opts.txt")
	if err != nil {
		t.Fatal(err)
	}
	speak, attack, train := d.Rules[0], d.Rules[1], d.Rules[2]
	if strings.Join(speak.PrepObj, ",") != "phone" || !speak.NeedTarget || speak.Weight != 2 || speak.Persons || speak.PoliticalObj {
		t.Errorf("speak = %+v", speak)
	}
	if !attack.Persons || attack.Weight != 1 || attack.NeedTarget {
		t.Errorf("attack = %+v", attack)
	}
	if !train.PoliticalObj || train.Weight != 0 || train.Persons {
		t.Errorf("train = %+v", train)
	}
}
