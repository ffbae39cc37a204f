package petrarch

import (
	"strings"
	"testing"
)

// transformVerbs is a dictionary of our own with a TRANSFORMATIONS
// section in PETRARCH2's format.
const transformVerbs = `--- SAY [010] ---
SAY {SAYS SAID SAYING}
--- WANT [---] ---
WANT [030]
WILL [---]
--- FIGHT [190] ---
ATTACK
--- KILL [186] ---
ASSASSINATE

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112   # an accusation
~ a (a b Q) SAY = a b Q
~ a (_ b ATTACK ) WANT = a b 138
~ a (b . ATTACK) WANT = a b 021
~ a (b (c d ATTACK) SAY) WANT = a c 021
~ a b = a b 015
~ a (b c ATTACK SAY = a b 015
~ a (b c ATTACK) SAY = a z 015
`

func TestReadTransforms(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader(transformVerbs), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(vd.Transforms) != 6 {
		t.Fatalf("%d transformations, want 6: %+v", len(vd.Transforms), vd.Transforms)
	}
	// The malformed lines are reported, not read as verbs.
	if len(vd.Skipped) != 3 {
		t.Errorf("skipped %q, want 3 lines", vd.Skipped)
	}
	for _, b := range vd.Blocks {
		for _, v := range b.Verbs {
			if strings.Contains(strings.Join(v.Words, " "), "~") {
				t.Errorf("transformation read as verb %v", v.Words)
			}
		}
	}
	tr := vd.Transforms[1]
	if tr.Line != 13 || tr.Pattern.Source != "a" || tr.Pattern.Nested == nil || tr.Pattern.Nested.Source != "b" ||
		tr.Pattern.Nested.Target != "." || strings.Join(tr.Pattern.Nested.Verb, "_") != "ATTACK" || strings.Join(tr.Pattern.Verb, "_") != "SAY" ||
		tr.Source != "a" || tr.Target != "b" || tr.Code != "112" {
		t.Errorf("transformation 2: %+v", tr)
	}
	if !vd.Transforms[2].Pattern.Nested.AnyVerb() || vd.Transforms[2].Code != "Q" {
		t.Errorf("transformation 3 has no Q: %+v", vd.Transforms[2])
	}
	codes, ok := vd.VerbCode([]string{"WANT"})
	if !ok || len(codes) != 1 || codes[0] != "030" {
		t.Errorf("VerbCode(WANT) = %v, %v", codes, ok)
	}
	if codes, ok := vd.VerbCode([]string{"SAID"}); ok {
		t.Errorf("VerbCode(SAID) = %v: only a verb's base form names it", codes)
	}
}

func TestApplyTransforms(t *testing.T) {
	vd, err := ReadVerbs(strings.NewReader(transformVerbs), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	// Codes fall under a verb's code by their first digits here; the
	// coder compares them in PETRARCH2's ontology.
	match := func(verb, code string) bool {
		return verb != "---" && strings.HasPrefix(code, strings.TrimRight(verb, "0"))
	}
	nested := func(src, tgt, code string) *NestedEvent { return &NestedEvent{Source: src, Target: tgt, Code: code} }
	tests := []struct {
		name           string
		e              NestedEvent
		src, tgt, code string
		ok             bool
	}{
		{"own attack stated", NestedEvent{Source: "NOR", Nested: nested("NOR", "SUD", "190"), Code: "010"}, "NOR", "SUD", "015", true},
		{"another's attack claimed", NestedEvent{Source: "NOR", Nested: nested("TOR", "SUD", "193"), Code: "010"}, "NOR", "TOR", "112", true},
		{"claimed attack with no target", NestedEvent{Source: "NOR", Nested: nested("TOR", "", "190"), Code: "010"}, "", "", "", false},
		{"own other act stated", NestedEvent{Source: "NOR", Nested: nested("NOR", "SUD", "186"), Code: "010"}, "NOR", "SUD", "186", true},
		{"intent to attack", NestedEvent{Source: "NOR", Nested: nested("", "SUD", "190"), Code: "030"}, "NOR", "SUD", "138", true},
		{"wanting another to attack", NestedEvent{Source: "NOR", Nested: nested("TOR", "SUD", "190"), Code: "030"}, "NOR", "TOR", "021", true},
		{"no nested event", NestedEvent{Source: "NOR", Target: "SUD", Code: "010"}, "", "", "", false},
		{"no source", NestedEvent{Nested: nested("NOR", "SUD", "190"), Code: "010"}, "", "", "", false},
		{"other verb", NestedEvent{Source: "NOR", Nested: nested("NOR", "SUD", "190"), Code: "042"}, "", "", "", false},
		{"two levels", NestedEvent{Source: "NOR", Nested: &NestedEvent{Source: "SUD", Nested: nested("TOR", "NOR", "190"), Code: "010"}, Code: "030"}, "NOR", "TOR", "021", true},
	}
	for _, tt := range tests {
		src, tgt, code, tr, ok := vd.ApplyTransforms(tt.e, match)
		if ok != tt.ok || src != tt.src || tgt != tt.tgt || code != tt.code {
			t.Errorf("%s: got %q %q %q %v, want %q %q %q %v", tt.name, src, tgt, code, ok, tt.src, tt.tgt, tt.code, tt.ok)
		}
		if ok && tr == nil {
			t.Errorf("%s: no transformation returned", tt.name)
		}
	}
}
