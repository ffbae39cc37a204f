package petrarch

import (
	"fmt"
	"strings"
)

// Transform is one line of a verb dictionary's TRANSFORMATIONS section,
// which PETRARCH2 uses to turn a nested event (one whose target is
// another event) into one event:
//
//	~ a (b . ATTACK) WANT = a b 021
//
// reads "a WANTs (b ATTACKs anyone)": a appeals to b (021). The pattern
// is an event whose target may itself be a parenthesised event; actors
// are variables — a letter binds an actor and must name the same actor
// wherever it recurs, "_" is no actor and "." any actor, bound to
// nothing. A verb is a dictionary verb (words joined by "_", whose codes
// add up) or "Q", any verb no other transformation names. The result is
// the new event's source and target variables and its code, or "Q" for
// the code of the event Q matched.
type Transform struct {
	Pattern TransformEvent
	// Source and Target are variables of the pattern; Code is a CAMEO
	// code or "Q".
	Source, Target, Code string
	Text                 string
	Line                 int
}

// TransformEvent is one event of a transformation pattern: its source,
// its target (a variable, or Nested when it is an event) and its verb.
type TransformEvent struct {
	Source, Target string
	Nested         *TransformEvent
	// Verb holds the verb's words ("WILL", "ATTACK" for WILL_ATTACK), or
	// "Q" alone for any verb.
	Verb []string
}

// AnyVerb reports whether the event's verb is the wildcard Q.
func (e *TransformEvent) AnyVerb() bool { return len(e.Verb) == 1 && e.Verb[0] == "Q" }

// parseTransform reads a transformation line without its leading "~".
func parseTransform(s string) (Transform, error) {
	lhs, rhs, ok := strings.Cut(s, "=")
	if !ok {
		return Transform{}, fmt.Errorf("transformation %q: no '='", s)
	}
	toks := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(lhs))
	ev, rest, err := parseTransformEvent(toks, 0)
	if err != nil {
		return Transform{}, fmt.Errorf("transformation %q: %w", s, err)
	}
	if len(rest) > 0 {
		return Transform{}, fmt.Errorf("transformation %q: %q after the pattern", s, strings.Join(rest, " "))
	}
	out := strings.Fields(rhs)
	if len(out) != 3 {
		return Transform{}, fmt.Errorf("transformation %q: result is not 'source target code'", s)
	}
	t := Transform{Pattern: ev, Source: out[0], Target: out[1], Code: out[2], Text: strings.TrimSpace(s)}
	vars := map[string]bool{}
	ev.vars(vars)
	for _, v := range []string{t.Source, t.Target} {
		if !isTransformVar(v) {
			return Transform{}, fmt.Errorf("transformation %q: result actor %q is no variable", s, v)
		}
		if v != "_" && v != "." && !vars[v] {
			return Transform{}, fmt.Errorf("transformation %q: result variable %q is not in the pattern", s, v)
		}
	}
	if t.Code == "Q" {
		if !ev.hasQ() {
			return Transform{}, fmt.Errorf("transformation %q: result code Q with no Q verb", s)
		}
	} else if !isCode(t.Code) {
		return Transform{}, fmt.Errorf("transformation %q: result code %q", s, t.Code)
	}
	return t, nil
}

// parseTransformEvent reads "SOURCE TARGET VERB", where TARGET may be a
// parenthesised event, from toks. depth bounds the nesting.
func parseTransformEvent(toks []string, depth int) (TransformEvent, []string, error) {
	var ev TransformEvent
	if depth > 8 {
		return ev, nil, fmt.Errorf("events nested too deep")
	}
	if len(toks) < 3 {
		return ev, nil, fmt.Errorf("an event needs a source, a target and a verb")
	}
	if !isTransformVar(toks[0]) {
		return ev, nil, fmt.Errorf("source %q is no variable", toks[0])
	}
	ev.Source, toks = toks[0], toks[1:]
	if toks[0] == "(" {
		sub, rest, err := parseTransformEvent(toks[1:], depth+1)
		if err != nil {
			return ev, nil, err
		}
		if len(rest) == 0 || rest[0] != ")" {
			return ev, nil, fmt.Errorf("unclosed '('")
		}
		ev.Nested, toks = &sub, rest[1:]
	} else {
		if !isTransformVar(toks[0]) {
			return ev, nil, fmt.Errorf("target %q is no variable", toks[0])
		}
		ev.Target, toks = toks[0], toks[1:]
	}
	if len(toks) == 0 || toks[0] == "(" || toks[0] == ")" {
		return ev, nil, fmt.Errorf("event without a verb")
	}
	ev.Verb = words(toks[0])
	if len(ev.Verb) == 0 {
		return ev, nil, fmt.Errorf("event without a verb")
	}
	return ev, toks[1:], nil
}

// isTransformVar reports whether s is an actor variable: one lower-case
// letter, "_" or ".".
func isTransformVar(s string) bool {
	return s == "_" || s == "." || len(s) == 1 && s[0] >= 'a' && s[0] <= 'z'
}

// isCode reports whether s is a CAMEO code: two to four digits.
func isCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func (e *TransformEvent) vars(m map[string]bool) {
	m[e.Source] = true
	if e.Nested != nil {
		e.Nested.vars(m)
	} else {
		m[e.Target] = true
	}
}

func (e *TransformEvent) hasQ() bool {
	return e.AnyVerb() || e.Nested != nil && e.Nested.hasQ()
}

// NestedEvent is an event as the transformations read it: its source and
// target actor codes ("" for none), or a nested event as its target,
// and its code.
type NestedEvent struct {
	Source, Target string
	Nested         *NestedEvent
	Code           string
}

// VerbMatch tells whether an event code falls under the code of a
// dictionary verb (PETRARCH2 compares them in its internal coding
// ontology, where 190 covers 193). code is the verb's code from
// VerbCode; ok is false when a word of the verb is no dictionary verb.
type VerbMatch func(verbCode, eventCode string) bool

// VerbCode returns the code PETRARCH2 gives a verb of the dictionary
// standing alone: its own code, or its block's. A verb of several words
// joined by "_" ("WILL_ATTACK") is looked up word by word and its codes
// are returned in order. A verb listed twice takes its later entry.
func (vd *VerbDict) VerbCode(verb []string) ([]string, bool) {
	var codes []string
	for _, w := range verb {
		code, found := "", false
		for _, b := range vd.Blocks {
			for _, v := range b.Verbs {
				if len(v.Words) == 1 && v.Words[0] == w {
					code, found = v.Code, true
					if code == "" {
						code = b.Code
					}
				}
			}
		}
		if !found {
			return nil, false
		}
		codes = append(codes, code)
	}
	return codes, true
}

// ApplyTransforms returns the event e becomes under the first of the
// dictionary's transformations that matches it: source, target and
// code, and the transformation. match compares an event's code with a
// verb's code; a verb of several words matches when each of its codes
// does (PETRARCH2 adds them up).
func (vd *VerbDict) ApplyTransforms(e NestedEvent, match VerbMatch) (src, tgt, code string, t *Transform, ok bool) {
	for i := range vd.Transforms {
		t := &vd.Transforms[i]
		b := binding{vars: map[string]string{}}
		if !vd.matchEvent(&t.Pattern, &e, match, &b, 0) {
			continue
		}
		code := t.Code
		if code == "Q" {
			code = b.q
		}
		return b.vars[t.Source], b.vars[t.Target], code, t, true
	}
	return "", "", "", nil, false
}

type binding struct {
	vars map[string]string
	q    string
}

func (vd *VerbDict) matchEvent(p *TransformEvent, e *NestedEvent, match VerbMatch, b *binding, depth int) bool {
	if !b.bind(p.Source, e.Source) {
		return false
	}
	switch {
	case p.Nested != nil && e.Nested != nil:
		if !vd.matchEvent(p.Nested, e.Nested, match, b, depth+1) {
			return false
		}
	case p.Nested == nil && e.Nested == nil:
		if !b.bind(p.Target, e.Target) {
			return false
		}
	default:
		return false
	}
	if p.AnyVerb() {
		// Q stands for a verb no transformation at this depth names.
		if vd.namedAt(e.Code, match, depth) {
			return false
		}
		b.q = e.Code
		return true
	}
	return vd.verbMatches(p.Verb, e.Code, match)
}

func (vd *VerbDict) verbMatches(verb []string, code string, match VerbMatch) bool {
	codes, ok := vd.VerbCode(verb)
	if !ok {
		return false
	}
	for _, c := range codes {
		if !match(c, code) {
			return false
		}
	}
	return true
}

// namedAt reports whether some transformation names a verb at the given
// depth of its pattern that code falls under.
func (vd *VerbDict) namedAt(code string, match VerbMatch, depth int) bool {
	for i := range vd.Transforms {
		p := &vd.Transforms[i].Pattern
		for d := 0; d < depth && p != nil; d++ {
			p = p.Nested
		}
		if p != nil && !p.AnyVerb() && vd.verbMatches(p.Verb, code, match) {
			return true
		}
	}
	return false
}

// bind matches a pattern variable against an actor code: "_" only the
// absence of an actor, "." any actor, and a letter any actor the first
// time and the same actor after.
func (b *binding) bind(v, actor string) bool {
	switch v {
	case "_":
		return actor == ""
	case ".":
		return actor != ""
	}
	if actor == "" {
		return false
	}
	if got, ok := b.vars[v]; ok {
		return got == actor
	}
	b.vars[v] = actor
	return true
}
