package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/event"
)

// VerbDict is a PETRARCH/TABARI verb dictionary: synonym sets and verb
// blocks, each with its verbs, a default code and its patterns.
type VerbDict struct {
	// Synsets maps a set name ("&CURRENCY") to its phrases, each a list
	// of upper-case words.
	Synsets map[string][][]string
	Blocks  []*VerbBlock
	// Transforms are the TRANSFORMATIONS section's "~ … = …" lines, in
	// file order.
	Transforms []Transform
	// Skipped lists the lines that could not be read, with the reason;
	// PETRARCH's own dictionaries hold a few such typos.
	Skipped []string
	// forms caches Lemmas while rules are built.
	forms map[string]string
	// skipMembers holds, while Rules converts a pattern, the words of
	// its set that later lines name themselves (shadowedPatterns).
	skipMembers map[string]bool
	// BracketedPhrasesOnly reads a preposition written outside brackets
	// right after the verb ("- * FROM +") as PETRARCH2's
	// read_verb_dictionary does: a word of the object noun phrase, which
	// no object has, so Rules gives such a pattern no rule. By default it
	// opens a prepositional phrase, as in TABARI and PETRARCH.
	BracketedPhrasesOnly bool
}

// VerbBlock is one "--- NAME [CODE] ---" block.
type VerbBlock struct {
	Name string
	// Code is the block's default code ("---" for none); Code2 the
	// second code of a pair such as [042:043], which PETRARCH gives to
	// the reversed dyad (visit / host).
	Code, Code2 string
	Verbs       []Verb
	Patterns    []VerbPattern
	Line        int
}

// Verb is one verb of a block: its words ("CALL", "OFF" for +CALL_OFF),
// its listed irregular forms, and a code of its own if the line has one.
type Verb struct {
	Words []string
	Forms []string
	Code  string
	Line  int
}

// VerbPattern is a "- … * … [CODE]" line: the elements before and after
// the verb's position.
type VerbPattern struct {
	Text          string
	Code, Code2   string
	Before, After []Elem
	// Adjacent is true when the words before the verb are joined to it
	// ("RECENTLY_*"): they must stand right before it.
	Adjacent bool
	Line     int
}

// ElemKind tells what a pattern element is.
type ElemKind int

// The kinds of pattern elements.
const (
	ElemWord     ElemKind = iota // a literal word
	ElemGroup                    // {A B}: a noun phrase of these words
	ElemSynset                   // &NAME: any phrase of the set
	ElemSource                   // $: the source actor
	ElemTarget                   // +: the target actor
	ElemCompound                 // %: a compound actor
	ElemSkip                     // ^: skip a noun phrase
	ElemPhrase                   // (PREP …): a prepositional phrase
)

// Elem is one element of a pattern. Words holds the word of ElemWord, the
// words of ElemGroup and the preposition of ElemPhrase (with the phrase's
// elements in Sub); Synset names the set of ElemSynset.
type Elem struct {
	Kind   ElemKind
	Words  []string
	Synset string
	Sub    []Elem
	// Glued is true when "_" joins the element to the one before it
	// ("NEW_&TIETYPES_RELATIONS"): no word may come between them.
	Glued bool
}

var (
	blockHead = regexp.MustCompile(`^---\s*(.+?)\s*\[([^\]]*)\].*---\s*$`)
	codeTail  = regexp.MustCompile(`\[([^\]]*)\]\s*$`)
)

// LoadVerbs reads a verb dictionary file.
func LoadVerbs(path string) (*VerbDict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("verb dictionary: %w", err)
	}
	defer f.Close()
	return ReadVerbs(f, path)
}

// ReadVerbs parses a verb dictionary in the PETRARCH format. name is used
// in error messages.
func ReadVerbs(r io.Reader, name string) (*VerbDict, error) {
	vd := &VerbDict{Synsets: map[string][][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var block *VerbBlock
	synset := ""
	inComment := false
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if inComment || strings.HasPrefix(strings.TrimSpace(line), "<!--") {
			inComment = !strings.Contains(line, "-->")
			continue
		}
		if m := blockHead.FindStringSubmatch(line); m != nil {
			block = &VerbBlock{Name: m[1], Line: n}
			block.Code, block.Code2 = splitCode(m[2])
			vd.Blocks = append(vd.Blocks, block)
			synset = ""
			continue
		}
		if strings.TrimSpace(line) == "" {
			synset = ""
			continue
		}
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		switch {
		case strings.HasPrefix(line, "~"):
			t, err := parseTransform(line[1:])
			if err != nil {
				vd.Skipped = append(vd.Skipped, fmt.Sprintf("%s:%d: %v", name, n, err))
				continue
			}
			t.Line = n
			vd.Transforms = append(vd.Transforms, t)
		case strings.HasPrefix(line, "&"):
			synset = strings.Fields(line)[0]
			synset = strings.TrimSuffix(synset, "_")
			vd.Synsets[synset] = vd.Synsets[synset][:0:0]
		case synset != "" && strings.HasPrefix(line, "+"):
			vd.Synsets[synset] = append(vd.Synsets[synset], words(strings.TrimPrefix(line, "+")))
		case strings.HasPrefix(line, "-"):
			if block == nil {
				vd.Skipped = append(vd.Skipped, fmt.Sprintf("%s:%d: pattern outside a verb block", name, n))
				continue
			}
			p, err := parsePattern(strings.TrimSpace(line[1:]))
			if err != nil {
				vd.Skipped = append(vd.Skipped, fmt.Sprintf("%s:%d: %v", name, n, err))
				continue
			}
			p.Line = n
			block.Patterns = append(block.Patterns, p)
		default:
			if block == nil {
				vd.Skipped = append(vd.Skipped, fmt.Sprintf("%s:%d: verb %q outside a verb block", name, n, line))
				continue
			}
			block.Verbs = append(block.Verbs, parseVerb(line, n))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(vd.Blocks) == 0 {
		return nil, fmt.Errorf("%s: no verb blocks", name)
	}
	return vd, nil
}

// splitCode splits "042:043" into its codes; "---" and "" mean none.
func splitCode(s string) (string, string) {
	a, b, _ := strings.Cut(strings.TrimSpace(s), ":")
	return strings.TrimSpace(a), strings.TrimSpace(b)
}

// words splits a phrase on spaces and underscores into upper-case words.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == ' ' || r == '_' || r == '\t' })
}

func parseVerb(line string, n int) Verb {
	v := Verb{Line: n}
	if m := codeTail.FindStringSubmatch(line); m != nil {
		v.Code, _ = splitCode(m[1])
		line = strings.TrimSpace(line[:len(line)-len(m[0])])
	}
	if i := strings.Index(line, "{"); i >= 0 {
		forms := strings.Trim(line[i:], "{} ")
		for _, f := range strings.Fields(forms) {
			v.Forms = append(v.Forms, strings.ToUpper(strings.Trim(f, "+_")))
		}
		line = line[:i]
	}
	v.Words = words(strings.TrimPrefix(strings.TrimSpace(line), "+"))
	return v
}

func parsePattern(s string) (VerbPattern, error) {
	p := VerbPattern{Text: s}
	m := codeTail.FindStringSubmatch(s)
	if m == nil {
		return p, fmt.Errorf("pattern %q has no [code]", s)
	}
	p.Code, p.Code2 = splitCode(m[1])
	body := strings.TrimSpace(s[:len(s)-len(m[0])])
	p.Adjacent = strings.Contains(body, "_*")
	toks := tokenize(body)
	elems, rest, err := parseElems(toks, false)
	if err != nil {
		return p, fmt.Errorf("pattern %q: %w", s, err)
	}
	if len(rest) > 0 {
		return p, fmt.Errorf("pattern %q: unbalanced parentheses", s)
	}
	star := -1
	for i, e := range elems {
		if e.Kind == ElemWord && len(e.Words) == 1 && e.Words[0] == "*" {
			star = i
		}
	}
	if star < 0 {
		return p, fmt.Errorf("pattern %q has no * for the verb", s)
	}
	p.Before, p.After = elems[:star], elems[star+1:]
	return p, nil
}

// tokenize splits a pattern into brackets, braces and words; underscores
// join words that must be adjacent and are split into separate words.
func tokenize(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ", "{", " { ", "}", " } ", "*", " * ").Replace(s)) {
		if f == "(" || f == ")" || f == "{" || f == "}" {
			out = append(out, f)
			continue
		}
		n := 0
		for _, w := range strings.Split(f, "_") {
			if w != "" {
				// "*" glued to words ("IN_*_OUT") stands alone; "_"
				// marks a word joined to the one before.
				if n > 0 {
					out = append(out, "_")
				}
				out = append(out, strings.ToUpper(w))
				n++
			}
		}
	}
	return out
}

func parseElems(toks []string, inPhrase bool) ([]Elem, []string, error) {
	var out []Elem
	glued := false
	for len(toks) > 0 {
		t := toks[0]
		toks = toks[1:]
		if t == "_" {
			glued = true
			continue
		}
		start, g := len(out), glued && len(out) > 0
		glued = false
		switch {
		case t == ")":
			if !inPhrase {
				return nil, nil, fmt.Errorf("unexpected )")
			}
			return out, toks, nil
		case t == "(":
			sub, rest, err := parseElems(toks, true)
			if err != nil {
				return nil, nil, err
			}
			toks = rest
			e := Elem{Kind: ElemPhrase, Sub: sub}
			if len(sub) > 0 && sub[0].Kind == ElemWord {
				e.Words, e.Sub = sub[0].Words, sub[1:]
			}
			out = append(out, e)
		case t == "{":
			e := Elem{Kind: ElemGroup}
			for len(toks) > 0 && toks[0] != "}" {
				if toks[0] != "_" {
					e.Words = append(e.Words, toks[0])
				}
				toks = toks[1:]
			}
			if len(toks) == 0 {
				return nil, nil, fmt.Errorf("unclosed {")
			}
			toks = toks[1:]
			out = append(out, e)
		case t == "}":
			return nil, nil, fmt.Errorf("unexpected }")
		case t == "$":
			out = append(out, Elem{Kind: ElemSource})
		case t == "%":
			out = append(out, Elem{Kind: ElemCompound})
		case t == "^":
			out = append(out, Elem{Kind: ElemSkip})
		case strings.HasPrefix(t, "&"):
			out = append(out, Elem{Kind: ElemSynset, Synset: strings.TrimSuffix(t, "_")})
		case strings.HasPrefix(t, "+") && t != "+":
			// "+WITH": the target follows the word.
			out = append(out, Elem{Kind: ElemWord, Words: []string{t[1:]}}, Elem{Kind: ElemTarget})
		case t == "+":
			out = append(out, Elem{Kind: ElemTarget})
		default:
			out = append(out, Elem{Kind: ElemWord, Words: []string{t}})
		}
		if g && len(out) > start {
			out[start].Glued = true
		}
	}
	if inPhrase {
		return nil, nil, fmt.Errorf("unclosed (")
	}
	return out, nil, nil
}

// maxGroupPhrases bounds the phrases one group expands to: each set in a
// group multiplies them, so a short line of sets could otherwise ask
// for billions. PETRARCH's own dictionaries reach 1,350.
const maxGroupPhrases = 10000

// Expand returns the phrases an element matches: its own words, or every
// phrase of its synset (synsets may nest); a group gives at most
// maxGroupPhrases phrases, the first in order.
func (vd *VerbDict) Expand(e Elem) [][]string {
	return vd.expand(e, 0)
}

func (vd *VerbDict) expand(e Elem, depth int) [][]string {
	switch e.Kind {
	case ElemWord:
		return [][]string{e.Words}
	case ElemGroup:
		// "{NEW &TIETYPES RELATIONS}": a set inside a group stands for
		// each of its phrases.
		out := [][]string{nil}
		for _, w := range e.Words {
			alts := [][]string{{w}}
			if strings.HasPrefix(w, "&") && depth <= 4 {
				alts = vd.expand(Elem{Kind: ElemSynset, Synset: strings.TrimSuffix(w, "_")}, depth+1)
			}
			var next [][]string
			for _, ph := range out {
				for _, a := range alts {
					if len(next) == maxGroupPhrases {
						break
					}
					next = append(next, append(slices.Clone(ph), a...))
				}
			}
			out = next
		}
		return out
	case ElemSynset:
		if depth > 4 {
			return nil
		}
		var out [][]string
		for _, ph := range vd.Synsets[e.Synset] {
			// A phrase of the set headed by such a word ("GUIDED_MISSILE")
			// goes too: the rule keeps only its head word.
			if len(ph) > 0 && vd.skipMembers[ph[len(ph)-1]] {
				continue
			}
			if len(ph) == 1 && strings.HasPrefix(ph[0], "&") {
				out = append(out, vd.expand(Elem{Kind: ElemSynset, Synset: strings.TrimSuffix(ph[0], "_")}, depth+1)...)
				continue
			}
			out = append(out, ph)
		}
		return out
	}
	return nil
}

// Inflections returns the forms of a verb: its base, the listed forms,
// and the regular -s, -ed and -ing forms PETRARCH generates.
func (v Verb) Inflections() []string {
	if len(v.Words) == 0 {
		return nil
	}
	b := v.Words[0]
	out := []string{b}
	for _, f := range v.Forms {
		// A form names the verb's words joined as in the dictionary
		// ("CORDONED_OFF"): its first word is the verb's form.
		if w := words(f); len(w) > 0 {
			out = append(out, w[0])
		}
	}
	if len(v.Forms) > 0 {
		return out
	}
	switch {
	case strings.HasSuffix(b, "E"):
		out = append(out, b+"S", b+"D", b[:len(b)-1]+"ING")
	case strings.HasSuffix(b, "Y") && len(b) > 1 && !strings.ContainsRune("AEIOU", rune(b[len(b)-2])):
		out = append(out, b[:len(b)-1]+"IES", b[:len(b)-1]+"IED", b+"ING")
	case strings.HasSuffix(b, "S") || strings.HasSuffix(b, "SH") || strings.HasSuffix(b, "CH") || strings.HasSuffix(b, "X"):
		out = append(out, b+"ES", b+"ED", b+"ING")
	default:
		out = append(out, b+"S", b+"ED", b+"ING")
	}
	return out
}

// particles are the words that follow a verb as its particle ("call
// off", "back down") rather than as its object.
var particles = map[string]bool{"up": true, "down": true, "off": true, "out": true, "in": true, "on": true,
	"over": true, "away": true, "back": true, "forward": true, "through": true, "aside": true}

// Lemmas maps every inflected form of the dictionary's verbs (upper case)
// to the verb's base form (lower case), for parses that carry no lemmas.
func (vd *VerbDict) Lemmas() map[string]string {
	m := map[string]string{}
	for _, b := range vd.Blocks {
		for _, v := range b.Verbs {
			if len(v.Words) == 0 {
				continue
			}
			h, _ := v.head()
			for _, f := range h.Inflections() {
				if _, ok := m[f]; !ok {
					m[f] = strings.ToLower(h.Words[0])
				}
			}
		}
	}
	return m
}

// head returns the verb reduced to its head word, the one marked "+" in
// "WIRE_+TAP" (the first word otherwise) with the words after it, its
// forms reduced likewise ("WIRE_+TAPPED" → "TAPPED"), and the words
// before the head.
func (v Verb) head() (Verb, []string) {
	k := 0
	for i, w := range v.Words {
		if strings.HasPrefix(w, "+") && i > 0 {
			k = i
		}
	}
	if k == 0 {
		return v, nil
	}
	h := Verb{Words: append([]string{strings.TrimPrefix(v.Words[k], "+")}, v.Words[k+1:]...), Code: v.Code, Line: v.Line}
	for _, f := range v.Forms {
		if i := strings.LastIndex(f, "+"); i >= 0 {
			h.Forms = append(h.Forms, f[i+1:])
		}
	}
	return h, lower(v.Words[:k])
}

// Rules converts the dictionary to rules of sitrep's dependency coder.
// Each verb gives a rule with its block's default code, and each pattern
// one rule per verb of its block, whose constraints approximate the
// pattern over the dependency tree: the first word or phrase after the
// verb becomes an object (or particle) constraint, the first
// prepositional phrase a preposition constraint, and a target marked
// inside a phrase ("(WITH +)") the oblique the target is taken from.
// Words before the verb ("SAID WOULD *") have no dependency equivalent
// and are dropped; a pattern left with no constraint is skipped so it
// cannot shadow the default code. A pattern repeated word for word by a
// later line of a block of the same name gives way to that line
// (shadowedPatterns). name is the file name used in rule names.
func (vd *VerbDict) Rules(name string) []*event.Rule {
	base := filepath.Base(name)
	var out []*event.Rule
	shadowed, overridden := vd.shadowedPatterns()
	defer func() { vd.skipMembers = nil }()
	for _, b := range vd.Blocks {
		for _, v := range b.Verbs {
			if len(v.Words) == 0 {
				continue
			}
			full := v
			v, prefix := v.head()
			// The words before a "+" head must stand right before it.
			withPrefix := func(r *event.Rule) {
				switch {
				case len(prefix) == 0:
				case len(r.Pre) == 0:
					r.Pre, r.PreNext = [][]string{prefix}, true
					r.Weight++
				default:
					for i := range r.Pre {
						r.Pre[i] = append(r.Pre[i], prefix...)
					}
					r.PreNext = false
				}
			}
			lemma := strings.ToLower(v.Words[0])
			code, code2 := v.Code, ""
			if code == "" {
				code, code2 = b.Code, b.Code2
			}
			if usable(code) {
				r := &event.Rule{Name: fmt.Sprintf("%s:%d %s [%s]", base, v.Line, strings.Join(full.Words, "_"), code), Code: code, Lemmas: []string{lemma}}
				withPrefix(r)
				if usable(code2) {
					r.Code2 = code2
				}
				if len(v.Words) > 1 {
					w := strings.ToLower(v.Words[len(v.Words)-1])
					if particles[w] {
						r.Prt = []string{w}
					} else {
						r.Obj = []string{w}
					}
					r.Weight = 1
				}
				out = append(out, r)
			}
			for _, p := range b.Patterns {
				if shadowed[p.Line] {
					continue
				}
				// "[:030]" codes only the other party's act: in "received
				// assurances from the government" the government assures.
				reverse := !usable(p.Code) && usable(p.Code2)
				if !usable(p.Code) && !reverse {
					continue
				}
				vd.skipMembers = overridden[p.Line]
				r := vd.patternRule(p)
				vd.skipMembers = nil
				if r == nil {
					continue
				}
				if reverse {
					r.Sources, r.Targets = r.Targets, nil
					if len(r.Sources) == 0 {
						r.Sources = []string{"obl:from", "iobj", "obj", "obl:*"}
					}
					p.Code, p.Code2 = p.Code2, ""
				}
				r.Name = fmt.Sprintf("%s:%d %s: %s [%s]", base, p.Line, lemma, p.Text[:strings.LastIndex(p.Text, "[")], p.Code)
				r.Name = strings.Join(strings.Fields(r.Name), " ")
				r.Code, r.Lemmas = p.Code, []string{lemma}
				withPrefix(r)
				// A phrasal verb's particle holds for its patterns too:
				// "CORDON_OFF" with "* FOR CONSTRUCTION".
				if w := strings.ToLower(v.Words[len(v.Words)-1]); len(v.Words) > 1 && particles[w] && len(r.Prt) == 0 {
					r.Prt = []string{w}
					r.Weight++
				}
				if usable(p.Code2) {
					r.Code2 = p.Code2
				}
				out = append(out, r)
			}
		}
	}
	return out
}

// shadowedPatterns returns the lines of the patterns that a later line
// of a block of the same name repeats word for word: PETRARCH2's
// read_verb_dictionary files each pattern under its block's name in a
// word tree, so the later line's code overwrites the earlier one ("- *
// SANCTION [0351]" then "- * SANCTION [085]" under LIFT codes 085). It
// also returns, for a pattern naming one set ("- &WEAPON * [183]"), the
// set's words a later line names itself ("- MISSILE * [194]"), which
// PETRARCH2's resolve_synset files under the same path.
func (vd *VerbDict) shadowedPatterns() (map[int]bool, map[int]map[string]bool) {
	type key struct{ block, body string }
	last := map[key]int{}
	body := func(p VerbPattern) string {
		text := p.Text
		if i := strings.LastIndex(text, "["); i >= 0 {
			text = text[:i]
		}
		return strings.Join(strings.Fields(strings.ToUpper(text)), " ")
	}
	// variants maps a pattern's set member to its body with the set
	// replaced by that member.
	variants := func(b string) map[string]string {
		var set string
		for _, f := range strings.Fields(b) {
			if i := strings.Index(f, "&"); i >= 0 {
				if set != "" {
					return nil
				}
				set = strings.TrimRight(f[i:], "_})")
			}
		}
		if set == "" {
			return nil
		}
		out := map[string]string{}
		for _, ph := range vd.expand(Elem{Kind: ElemSynset, Synset: set}, 0) {
			if len(ph) == 1 {
				out[ph[0]] = strings.Replace(b, set, ph[0], 1)
			}
		}
		return out
	}
	// Each pattern's body and variants, worked out once for both passes.
	type read struct {
		block, body string
		line        int
		variants    map[string]string
	}
	var pats []read
	for _, b := range vd.Blocks {
		for _, p := range b.Patterns {
			bd := body(p)
			r := read{block: b.Name, body: bd, line: p.Line, variants: variants(bd)}
			pats = append(pats, r)
			last[key{b.Name, bd}] = p.Line
			for _, v := range r.variants {
				last[key{b.Name, v}] = p.Line
			}
		}
	}
	out, members := map[int]bool{}, map[int]map[string]bool{}
	for _, r := range pats {
		if last[key{r.block, r.body}] != r.line {
			out[r.line] = true
			continue
		}
		for m, v := range r.variants {
			if last[key{r.block, v}] != r.line {
				if members[r.line] == nil {
					members[r.line] = map[string]bool{}
				}
				members[r.line][m] = true
			}
		}
	}
	return out, members
}

// usable reports whether a code is a real code rather than "---" (none)
// or empty.
func usable(code string) bool {
	return code != "" && strings.Trim(code, "-") != ""
}

var prepositions = map[string]bool{"for": true, "to": true, "with": true, "against": true, "on": true, "in": true,
	"at": true, "from": true, "of": true, "into": true, "by": true, "over": true, "about": true, "toward": true, "towards": true,
	"near": true, "under": true, "after": true, "before": true, "during": true, "behind": true, "between": true, "among": true,
	"through": true, "across": true, "without": true, "within": true, "via": true, "despite": true, "around": true,
	"beyond": true, "outside": true, "inside": true, "upon": true, "onto": true}

// auxWords are the words before a verb that constrain its auxiliaries
// or negation rather than its subject.
var auxWords = map[string]bool{"will": true, "would": true, "not": true, "n't": true, "has": true, "have": true, "had": true,
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "did": true, "does": true, "do": true,
	"can": true, "could": true, "may": true, "might": true, "should": true, "must": true, "to": true, "never": true}

func (vd *VerbDict) patternRule(p VerbPattern) *event.Rule {
	r := &event.Rule{}
	// Words before the verb: one subject word ("GUERRILLA * &WEAPON")
	// constrains the subject's head; otherwise the words must occur in
	// order between the subject and the verb ("UNEXPECTEDLY
	// &NEGATVAUXVRB *").
	var before []Elem
	for _, e := range p.Before {
		if e.Kind == ElemCompound {
			r.CompoundSubj = true
			r.Weight++
		}
		if e.Kind == ElemWord || e.Kind == ElemGroup || e.Kind == ElemSynset {
			before = append(before, e)
		}
	}
	if len(before) == 1 && !isAux(vd.Expand(before[0])) && !p.Adjacent && !vd.verbForm(before[0]) {
		for _, ph := range vd.Expand(before[0]) {
			if len(ph) > 0 {
				r.Subj = append(r.Subj, strings.ToLower(ph[len(ph)-1]))
			}
		}
	} else if len(before) > 0 {
		r.Pre = vd.gluedPhrases(before)
		r.PreNext = p.Adjacent
		if len(r.Pre) > 0 {
			r.Weight += len(r.Pre[0]) - 1
		}
	}
	if vd.BracketedPhrasesOnly && len(p.After) > 0 && p.After[0].Kind == ElemWord && prepositions[strings.ToLower(p.After[0].Words[0])] {
		return nil
	}
	// The run of words right after the verb is its object phrase (or a
	// particle, or a bare prepositional phrase "FOR_RESTRAINT").
	var run []Elem
	for i, e := range p.After {
		if e.Kind != ElemWord && e.Kind != ElemGroup && e.Kind != ElemSynset {
			break
		}
		// "* AT ^ +": a preposition before a skipped noun or an actor
		// opens a phrase, not an object.
		if len(run) == 0 && e.Kind == ElemWord && prepositions[strings.ToLower(e.Words[0])] && i+1 < len(p.After) {
			if k := p.After[i+1].Kind; k == ElemSkip || k == ElemTarget || k == ElemSource || k == ElemCompound {
				break
			}
		}
		// A preposition after the object starts a prepositional phrase:
		// "* EID AT ^ WITH +".
		if len(run) > 0 && e.Kind == ElemWord && prepositions[strings.ToLower(e.Words[0])] {
			break
		}
		run = append(run, e)
	}
	if len(run) > 0 {
		first := run[0]
		switch {
		case len(run) == 1 && first.Kind == ElemWord && particles[strings.ToLower(first.Words[0])]:
			r.Prt = []string{strings.ToLower(first.Words[0])}
		case len(run) == 1 && len(p.After) == 1 && first.Kind == ElemWord && prepositions[strings.ToLower(first.Words[0])]:
			// "* FOR": "called for a boycott".
			r.Prep = []string{strings.ToLower(first.Words[0])}
		case len(run) > 1 && first.Kind == ElemWord && prepositions[strings.ToLower(first.Words[0])]:
			r.Prep = []string{strings.ToLower(first.Words[0])}
			r.PrepObj = vd.heads(run[len(run)-1])
			r.PrepPhrases = vd.longPhrases(run[1:])
		case len(run) > 1 && first.Kind == ElemSynset && allPrepositions(vd.Expand(first)):
			// "&PREPOSIT1 RESOLUTION": any of the set's prepositions.
			for _, ph := range vd.Expand(first) {
				r.Prep = append(r.Prep, strings.ToLower(ph[0]))
			}
			r.PrepObj = vd.heads(run[len(run)-1])
			r.PrepPhrases = vd.longPhrases(run[1:])
		case len(run) > 1 && first.Kind == ElemWord && particles[strings.ToLower(first.Words[0])]:
			r.Prt = []string{strings.ToLower(first.Words[0])}
		default:
			phrases := vd.gluedPhrases(run)
			for _, ph := range phrases {
				if len(ph) > 0 && !slices.Contains(r.Obj, strings.TrimPrefix(ph[len(ph)-1], "_")) {
					r.Obj = append(r.Obj, strings.TrimPrefix(ph[len(ph)-1], "_"))
				}
			}
			r.ObjPhrases, r.ObjLoose = phrases, true
			if len(run) > 1 || len(phrases) > 0 && len(phrases[0]) > 1 {
				r.Weight++
			}
		}
	}
	prep := "" // the preposition of the bare phrase being read
	// skipped is true once the phrase's own noun phrase was skipped
	// ("AT ^ +"): the target is the next phrase after it.
	skipped := false
	for _, e := range p.After[len(run):] {
		switch e.Kind {
		case ElemSkip:
			skipped = prep != ""
		case ElemWord:
			w := strings.ToLower(e.Words[0])
			switch {
			case prepositions[w]:
				prep, skipped = w, false
				if len(r.Prep) == 0 {
					r.Prep = []string{w}
				}
			case prep != "" && len(r.PrepObj) == 0 && len(r.Prep) == 1 && r.Prep[0] == prep:
				r.PrepObj = []string{w}
			}
		case ElemSource:
			// "+ * FROM $": the source in a phrase after the verb.
			if prep != "" && !skipped && targetBefore(p.Before) {
				r.Sources = append(r.Sources, "obl:"+prep)
			}
			// "+ * MONEY $": the subject receives the object; the giver
			// stands in the phrase it came from.
			if prep == "" && len(run) > 0 && targetBefore(p.Before) {
				r.Sources = append(r.Sources, "obl:from")
			}
		case ElemTarget, ElemCompound:
			switch {
			case prep != "" && skipped:
				r.Targets = append(r.Targets, "after:"+prep)
			case prep != "":
				r.Targets = append(r.Targets, "obl:"+prep)
			case len(r.Targets) == 0 && len(run) == 0:
				r.Targets = []string{"obj"}
			}
		case ElemPhrase:
			if len(e.Words) == 0 {
				continue
			}
			prep := strings.ToLower(e.Words[0])
			if len(r.Prep) == 0 {
				r.Prep = []string{prep}
				// "(FROM EXPERIENCE)": the phrase's last word is its head.
				var words []Elem
				for _, s := range e.Sub {
					if s.Kind == ElemWord || s.Kind == ElemGroup || s.Kind == ElemSynset {
						words = append(words, s)
					}
				}
				if len(words) > 0 && len(r.PrepObj) == 0 {
					r.PrepObj = vd.heads(words[len(words)-1])
				}
			}
			for _, s := range e.Sub {
				switch s.Kind {
				case ElemTarget:
					r.Targets = append(r.Targets, "obl:"+prep)
				case ElemSource:
					// "* (FROM $)": the source stands in the phrase.
					r.Sources = append(r.Sources, "obl:"+prep)
				}
			}
		}
	}
	if len(r.Pre) > 0 {
		r.Weight++
	}
	for _, c := range [][]string{r.Prt, r.Obj, r.Prep, r.Subj, r.Aux} {
		if len(c) > 0 {
			r.Weight++
		}
	}
	if r.Weight == 0 {
		return nil
	}
	return r
}

func lower(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// phrases returns the word sequences a run of elements matches: the
// cross product of their expansions (at most 500), lower-cased.
func (vd *VerbDict) phrases(run []Elem) [][]string {
	phrases := [][]string{nil}
	for _, e := range run {
		var next [][]string
		for _, p := range phrases {
			for _, ph := range vd.Expand(e) {
				if len(next) < 500 {
					next = append(next, append(append([]string(nil), p...), lower(ph)...))
				}
			}
		}
		phrases = next
	}
	return phrases
}

// gluedPhrases is phrases with each word that must directly follow the
// one before marked by a leading "_" (see event.Rule.ObjPhrases): the
// later words of a multi-word synset entry, and the first word of an
// element joined by "_" to the one before.
func (vd *VerbDict) gluedPhrases(run []Elem) [][]string {
	phrases := [][]string{nil}
	for _, e := range run {
		var next [][]string
		for _, p := range phrases {
			for _, ph := range vd.Expand(e) {
				if len(next) >= 500 {
					break
				}
				words := lower(ph)
				for i := range words {
					if i > 0 && e.Kind == ElemSynset || i == 0 && e.Glued && len(p) > 0 {
						words[i] = "_" + words[i]
					}
				}
				next = append(next, append(append([]string(nil), p...), words...))
			}
		}
		phrases = next
	}
	return phrases
}

// longPhrases is gluedPhrases when one of the phrases has more than one
// word (a head word alone says less), nil otherwise.
func (vd *VerbDict) longPhrases(run []Elem) [][]string {
	phrases := vd.gluedPhrases(run)
	for _, ph := range phrases {
		if len(ph) > 1 {
			return phrases
		}
	}
	return nil
}

// targetBefore reports whether the target stands before the verb.
func targetBefore(before []Elem) bool {
	for _, e := range before {
		if e.Kind == ElemTarget {
			return true
		}
	}
	return false
}

// verbForm reports whether a word before the verb is itself a verb of
// the dictionary ("INDICATED *"): a governing verb, not the subject.
func (vd *VerbDict) verbForm(e Elem) bool {
	if e.Kind != ElemWord || len(e.Words) != 1 {
		return false
	}
	if vd.forms == nil {
		vd.forms = vd.Lemmas()
	}
	w := strings.ToUpper(e.Words[0])
	_, ok := vd.forms[w]
	// A past form the dictionary does not list: "INDICATED".
	return ok || len(w) > 4 && strings.HasSuffix(w, "ED")
}

// isAux reports whether the phrases are auxiliaries or negations.
func isAux(phrases [][]string) bool {
	for _, ph := range phrases {
		if len(ph) > 0 && auxWords[strings.ToLower(ph[len(ph)-1])] {
			return true
		}
	}
	return false
}

// heads returns the last words of an element's phrases, lower-cased.
func (vd *VerbDict) heads(e Elem) []string {
	var out []string
	for _, ph := range vd.Expand(e) {
		if len(ph) > 0 {
			out = append(out, strings.ToLower(ph[len(ph)-1]))
		}
	}
	return out
}

// allPrepositions reports whether every phrase is a single preposition.
func allPrepositions(phrases [][]string) bool {
	for _, ph := range phrases {
		if len(ph) != 1 || !prepositions[strings.ToLower(ph[0])] {
			return false
		}
	}
	return len(phrases) > 0
}
