package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	sitactor "github.com/sitrep/sitrep/actor"
	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/event"
	"github.com/sitrep/sitrep/internal/jsonl"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/petrarch"
)

func init() {
	registerEval(command{
		name:    "petrarch",
		summary: "event coding against the PETRARCH unit and GSR records (--suite FILE)",
		run:     runEvalPetrarch,
	})
}

// petrRecord is one record of the PETRARCH validation suites.
type petrRecord struct {
	ID          string            `json:"id"`
	Date        *string           `json:"date"`
	DateRaw     string            `json:"date_raw"`
	Text        string            `json:"text"`
	Expected    []petrEvent       `json:"expected"`
	ExpectNone  bool              `json:"expect_none"`
	Category    string            `json:"category"`
	Suite       string            `json:"suite"`
	Valid       bool              `json:"valid"`
	Environment map[string]string `json:"environment"`
	ParseFormat string            `json:"parse_format"`
	Parse       string            `json:"parse"`
	Config      map[string]string `json:"config"`
}

// day returns the record's date: its ISO date, or else its raw PETRARCH
// date, YYYYMMDD or YYMMDD with years 00-30 read as 20YY (PETRARCH's
// dstr_to_ordate), so dated actor codes apply as they did for PETRARCH.
func (r *petrRecord) day() doc.Day {
	if r.Date != nil {
		d, _ := doc.ParseDay(*r.Date)
		return d
	}
	raw := strings.TrimSpace(r.DateRaw)
	if len(raw) != 6 && len(raw) != 8 {
		return doc.Day{}
	}
	full := petrFullDate(raw)
	d, _ := doc.ParseDay(full[:4] + "-" + full[4:6] + "-" + full[6:8])
	return d
}

// petrEvent is a coded event as PETRARCH writes it; "---" is a null actor.
type petrEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

func (e petrEvent) String() string { return e.Source + " " + e.Target + " " + e.Code }

func runEvalPetrarch(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval petrarch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	suitePath := fs.String("suite", "", "validation records (JSONL; default: the shared petrarch_validation.jsonl)")
	dictDir := fs.String("dicts", "", "folder of the PETRARCH dictionaries the records name (default: dicts/ beside the suite)")
	only := fs.String("only", "", "comma-separated suites to run (PETR_UnitTest, PETR2_GSR, PETR2_pytest, UDP_Validate_2_02)")
	own := fs.Bool("own", false, "code the record texts with sitrep's own pipeline and dictionaries, scored at country+root level")
	show := fs.Int("show", 20, "print at most this many wrong records per suite (0: none, -1: all)")
	actorsVia := fs.String("actors", "phrases", "how PETRARCH actor dictionaries are applied: importer (the actor package's PETRARCH import and recognizer) or phrases (this command's own phrase matcher)")
	debug := fs.String("debug", "", "print the dependency tree, entities and event explanations of the record with this `id`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	if *suitePath == "" {
		p, err := shared.Path("data/eval/petrarch/petrarch_validation.jsonl")
		if err != nil {
			return fmt.Errorf("%w: --suite FILE is required (%v)", errUsage, err)
		}
		*suitePath = p
	}
	if *dictDir == "" {
		*dictDir = filepath.Join(filepath.Dir(*suitePath), "dicts")
	}
	recs, err := readPetrRecords(*suitePath)
	if err != nil {
		return err
	}
	keep := map[string]bool{}
	for _, s := range strings.Split(*only, ",") {
		if s = strings.TrimSpace(s); s != "" {
			keep[s] = true
		}
	}
	var coder petrCoder
	if *own {
		coder, err = newPetrOwnCoder()
	} else {
		if *actorsVia != "importer" && *actorsVia != "phrases" {
			return fmt.Errorf("%w: --actors must be importer or phrases", errUsage)
		}
		coder, err = newPetrDictCoder(*dictDir, *actorsVia == "importer")
	}
	if err != nil {
		return err
	}
	type tally struct{ n, ok int }
	bySuite := map[string]*tally{}
	byCat := map[string]*tally{}
	var wrong = map[string][]string{}
	var suites []string
	for _, r := range recs {
		if len(keep) > 0 && !keep[r.Suite] || !r.included() {
			continue
		}
		got, err := coder.code(r)
		if r.ID == *debug {
			if dc, ok := coder.(*petrDictCoder); ok && dc.last != nil {
				petrDebug(stdout, dc.last)
			}
		}
		want := r.expected()
		if *own {
			got, want = petrCountryRoot(got), petrCountryRoot(want)
		}
		// A record whose parse cannot be read yields no events, which is
		// right for the ERROR records that expect none.
		ok := (err == nil || len(want) == 0) && petrSame(got, want)
		if bySuite[r.Suite] == nil {
			bySuite[r.Suite] = &tally{}
			suites = append(suites, r.Suite)
		}
		for _, t := range []*tally{bySuite[r.Suite], petrTally(byCat, r.Suite+" "+r.Category)} {
			t.n++
			if ok {
				t.ok++
			}
		}
		if !ok {
			wrong[r.Suite] = append(wrong[r.Suite], petrDescribe(r, got, want, err))
		}
	}
	if len(suites) == 0 {
		return fmt.Errorf("no records to code in %s", *suitePath)
	}
	mode := "PETRARCH dictionaries named by each record, exact source/target/code"
	if *own {
		mode = "sitrep's own pipeline and dictionaries, country+root level"
	}
	fmt.Fprintf(stdout, "PETRARCH validation: %s\n(%s)\n\n", *suitePath, mode)
	var cats []string
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Fprintf(stdout, "%-34s %7s %7s %7s\n", "suite / category", "records", "exact", "rate")
	for _, s := range suites {
		t := bySuite[s]
		fmt.Fprintf(stdout, "%-34s %7d %7d %6.1f%%\n", s, t.n, t.ok, petrPct(t.ok, t.n))
		for _, c := range cats {
			if strings.HasPrefix(c, s+" ") {
				t := byCat[c]
				fmt.Fprintf(stdout, "  %-32s %7d %7d %6.1f%%\n", strings.TrimPrefix(c, s+" "), t.n, t.ok, petrPct(t.ok, t.n))
			}
		}
	}
	for _, s := range suites {
		ws := wrong[s]
		if *show == 0 || len(ws) == 0 {
			continue
		}
		fmt.Fprintf(stdout, "\n%s: %d records not exactly right\n", s, len(ws))
		for i, w := range ws {
			if *show > 0 && i >= *show {
				fmt.Fprintf(stdout, "  … %d more (use --show -1)\n", len(ws)-i)
				break
			}
			fmt.Fprint(stdout, w)
		}
	}
	return nil
}

func petrTally[T any](m map[string]*T, k string) *T {
	if m[k] == nil {
		m[k] = new(T)
	}
	return m[k]
}

func petrPct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func readPetrRecords(path string) ([]petrRecord, error) {
	jr, err := jsonl.Open(path)
	if err != nil {
		return nil, fmt.Errorf("petrarch suite: %w", err)
	}
	defer jr.Close()
	var out []petrRecord
	for jr.Next() {
		var r petrRecord
		if err := jr.Decode(&r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := jr.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// included reports whether the upstream harness ran the record: valid,
// and of a category its environment's Include line lists.
func (r *petrRecord) included() bool {
	if !r.Valid {
		return false
	}
	inc := strings.Fields(r.Environment["Include"])
	if len(inc) == 0 {
		return true
	}
	for _, c := range inc {
		if c == r.Category {
			return true
		}
	}
	return false
}

func (r *petrRecord) expected() []petrEvent {
	if r.ExpectNone {
		return nil
	}
	return petrDedupe(r.Expected)
}

func petrDedupe(es []petrEvent) []petrEvent {
	seen := map[string]bool{}
	var out []petrEvent
	for _, e := range es {
		if !seen[e.String()] {
			seen[e.String()] = true
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

func petrSame(a, b []petrEvent) bool {
	a, b = petrDedupe(a), petrDedupe(b)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// petrCountryRoot reduces events to their country codes (first three letters
// of the actor code) and two-digit roots, for comparing coders whose
// actor and event dictionaries differ in detail.
func petrCountryRoot(es []petrEvent) []petrEvent {
	out := make([]petrEvent, len(es))
	for i, e := range es {
		out[i] = petrEvent{Source: petrFirst3(e.Source), Target: petrFirst3(e.Target), Code: e.Code[:min(2, len(e.Code))]}
	}
	return petrDedupe(out)
}

func petrFirst3(s string) string {
	if len(s) < 3 {
		return "---"
	}
	return s[:3]
}

func petrDescribe(r petrRecord, got, want []petrEvent, err error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %s [%s] %s\n", r.ID, r.Category, petrClip(r.Text, 150))
	if err != nil {
		fmt.Fprintf(&b, "    error: %v\n", err)
	}
	have := map[string]bool{}
	for _, e := range got {
		have[e.String()] = true
	}
	exp := map[string]bool{}
	for _, e := range want {
		exp[e.String()] = true
		if !have[e.String()] {
			fmt.Fprintf(&b, "    miss:  %s\n", e)
		}
	}
	for _, e := range petrDedupe(got) {
		if !exp[e.String()] {
			fmt.Fprintf(&b, "    extra: %s\n", e)
		}
	}
	return b.String()
}

func petrClip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// petrCoder codes one record.
type petrCoder interface {
	code(r petrRecord) ([]petrEvent, error)
}

// petrOwnCoder runs sitrep's own pipeline over the record's text.
type petrOwnCoder struct {
	run func(d *doc.Document) error
}

func newPetrOwnCoder() (petrCoder, error) {
	pl, err := engine.New(engine.Config{})
	if err != nil {
		return nil, err
	}
	return petrOwnCoder{run: pl.Process}, nil
}

func (c petrOwnCoder) code(r petrRecord) ([]petrEvent, error) {
	d := doc.New(r.ID, r.Text)
	d.Date = r.day()
	if err := c.run(d); err != nil {
		return nil, err
	}
	return petrDyads(r, petrEvents(d)), nil
}

// petrDyads keeps the events with both a source and a target unless the
// record's configuration turns PETRARCH's require_dyad off, and splits
// codes listing alternatives ("FRO/BIL/SAM") into one event each.
func petrDyads(r petrRecord, evs []petrEvent) []petrEvent {
	dyad := !strings.EqualFold(r.Config["require_dyad"], "false")
	var out []petrEvent
	for _, e := range evs {
		if dyad && (e.Source == "---" || e.Target == "---") {
			continue
		}
		for _, src := range strings.Split(e.Source, "/") {
			for _, tgt := range strings.Split(e.Target, "/") {
				out = append(out, petrEvent{Source: src, Target: tgt, Code: e.Code})
			}
		}
	}
	return out
}

func petrEvents(d *doc.Document) []petrEvent {
	var out []petrEvent
	for _, e := range d.Events {
		if e.Modality == doc.Negated {
			continue
		}
		pe := petrEvent{Source: petrNull(e.Source.Code), Target: "---", Code: e.Code}
		if e.Target != nil {
			pe.Target = petrNull(e.Target.Code)
		}
		out = append(out, pe)
	}
	return out
}

func petrNull(s string) string {
	if s == "" {
		return "---"
	}
	return s
}

// petrDictCoder codes records from their gold parses with the PETRARCH
// dictionaries each record's environment names, loaded once per file set.
type petrDictCoder struct {
	dir  string
	base *event.Dict
	sets map[string]*petrSet
	// last is the document coded last, for --debug.
	last *doc.Document
	// importer uses the actor package's PETRARCH import and recognizer
	// instead of the phrase matcher here.
	importer bool
}

// petrSet is one environment's dictionaries, ready to code with.
type petrSet struct {
	coder *event.Coder
	// exact codes bracketed parses, whose verbs carry the lemmas of the
	// verb dictionary's forms: a word that is no form of a dictionary
	// verb matches none, as in PETRARCH.
	exact  *event.Coder
	lemmas map[string]string
	tag    func(d *doc.Document)
	// actors is the phrase matcher tag uses, nil with the importer.
	actors *petrActors
	pico   *petrPICO
	// verbs is the verb dictionary, whose transformations compose
	// nested events.
	verbs *petrarch.VerbDict
	// discards holds the environment's discard phrases: a record that
	// contains one codes no events, as in PETRARCH.
	discards *petrarch.Dict
}

func newPetrDictCoder(dir string, importer bool) (petrCoder, error) {
	dflt, err := event.Default()
	if err != nil {
		return nil, err
	}
	return &petrDictCoder{dir: dir, base: dflt, sets: map[string]*petrSet{}, importer: importer}, nil
}

// set returns the dictionaries of environment env, loaded once per set
// of files it names.
func (c *petrDictCoder) set(env map[string]string) (*petrSet, error) {
	// Every file the set is built from, the PICO ontology included: it
	// also decides how the verb dictionary is read and coded with.
	key := env["Verbfile"] + "|" + env["Actorfile"] + "|" + env["Agentfile"] + "|" + env["Discardfile"] + "|" + env["PICOfile"]
	if s := c.sets[key]; s != nil {
		return s, nil
	}
	vd, err := petrarch.LoadVerbs(filepath.Join(c.dir, env["Verbfile"]))
	if err != nil {
		return nil, err
	}
	var actorFiles []string
	for _, f := range strings.Split(env["Actorfile"], ",") {
		if f = strings.TrimSpace(f); f != "" {
			actorFiles = append(actorFiles, filepath.Join(c.dir, f))
		}
	}
	agentFile := ""
	if env["Agentfile"] != "" {
		agentFile = filepath.Join(c.dir, env["Agentfile"])
	}
	var tag func(d *doc.Document)
	var actors *petrActors
	if c.importer {
		files := actorFiles
		if agentFile != "" {
			files = append(files, agentFile)
		}
		if env["Discardfile"] != "" {
			files = append(files, filepath.Join(c.dir, env["Discardfile"]))
		}
		pd, err := petrarch.Load(files...)
		if err != nil {
			return nil, err
		}
		ad := sitactor.NewDict()
		ad.AddPetrarch(pd)
		rec := &sitactor.Recognizer{Dict: ad}
		tag = rec.Recognize
	} else {
		acts, err := loadPetrActors(actorFiles, agentFile)
		if err != nil {
			return nil, err
		}
		tag = acts.tag
		actors = acts
	}
	// PETRARCH2 (the PICO environments) reads a bare preposition in a
	// pattern as a noun phrase's word.
	pico := env["PICOfile"] != ""
	vd.BracketedPhrasesOnly = pico
	rules := vd.Rules(env["Verbfile"])
	s := &petrSet{coder: event.New(petrEventDict(rules, c.base, false, pico)), exact: event.New(petrEventDict(rules, c.base, true, pico)),
		lemmas: vd.Lemmas(), tag: tag, verbs: vd, actors: actors}
	if f := env["Discardfile"]; f != "" {
		if s.discards, err = petrarch.Load(filepath.Join(c.dir, f)); err != nil {
			return nil, err
		}
	}
	if f := env["PICOfile"]; f != "" {
		if s.pico, err = loadPICO(filepath.Join(c.dir, f)); err != nil {
			return nil, err
		}
	}
	c.sets[key] = s
	return s, nil
}

// petrEventDict builds the event dictionary of a PETRARCH verb
// dictionary's rules, set to code as PETRARCH does. exact matches verbs
// only on their lemma (PETRARCH's verb forms, see event.Dict.ExactForms)
// and lets an adverb before the verb meet a pattern's word before it, as
// PETRARCH reads a bracketed parse; pico tells a PETRARCH2 environment,
// which names a PICO ontology: PETRARCH2 reads voice, PETRARCH reads an
// agentless passive's subject as its source.
func petrEventDict(rules []*event.Rule, base *event.Dict, exact, pico bool) *event.Dict {
	dict := event.NewDict(rules, base)
	// PETRARCH takes the first actor after the verb as the target,
	// whatever its preposition.
	dict.SetTargetPreps([]string{"with", "against", "to", "at", "in", "on", "into", "toward", "towards", "upon", "over", "for", "by", "from", "of", "about", "across", "near", "inside", "through"}, false)
	dict.KeepBareSectors()
	dict.ReciprocalAlways()
	dict.ClauseTargets()
	dict.KeepIntents()
	// PETRARCH2 reads a passive's doer from its by-, from- and
	// in-phrases; PETRARCH's patterns do as much ("- + WAS * DEAD IN $").
	dict.PassiveSources("from", "in")
	if pico {
		dict.PatternPhrasesNoParty()
		dict.AgentSubjects()
	}
	if exact {
		dict.ExactForms()
		dict.AdverbSubjectWords()
	}
	if !pico {
		dict.VoicelessPassives()
		dict.FirstActorTarget()
	}
	return dict
}

func (c *petrDictCoder) code(r petrRecord) ([]petrEvent, error) {
	s, err := c.set(r.Environment)
	if err != nil {
		return nil, err
	}
	var d *doc.Document
	// parse is the bracketed parse read, with its comma phrases dropped
	// as the record's configuration asks.
	var parse string
	coder := s.coder
	switch r.ParseFormat {
	case "conllu":
		sents, err := conllu.ReadAll(strings.NewReader(r.Parse + "\n\n"))
		if err != nil {
			return nil, fmt.Errorf("record %s: %w", r.ID, err)
		}
		d = conllu.ToDocument(r.ID, sents)
	case "ptb":
		parse = petrCommaParse(r)
		d, err = ptbDocument(r.ID, parse, s.lemmas)
		if err != nil {
			return nil, fmt.Errorf("record %s: %w", r.ID, err)
		}
		coder = s.exact
	default:
		return nil, fmt.Errorf("record %s: unknown parse format %q", r.ID, r.ParseFormat)
	}
	d.Date = r.day()
	if s.discards != nil {
		// PETRARCH matches discards on the whitespace-split sentence,
		// so punctuation attached to a word blocks a match.
		if found, _ := s.discards.Discarded(strings.Fields(r.Text)); found {
			c.last = d
			return nil, nil
		}
	}
	run := func(d *doc.Document, extra func(*doc.Document)) {
		s.tag(d)
		if extra != nil {
			extra(d)
		}
		if s.pico != nil {
			petrPronouns(d)
		}
		coder.Code(d)
		if s.pico != nil {
			petrDropNounClauses(d)
			s.pico.compose(d, s.verbs)
		}
		petrDropSubordinate(d)
		if s.pico != nil {
			inheritSources(d)
		}
		petrDropNoLowerPhrase(d)
	}
	if s.actors != nil {
		s.actors.phrases = nil
		if r.ParseFormat == "ptb" && s.pico == nil {
			s.actors.phrases = ptbWordPhrases(parse)
		}
	}
	var first func(*doc.Document)
	if r.ParseFormat == "ptb" && s.pico == nil {
		phrases := ptbBaseNounPhrases(parse)
		first = func(d *doc.Document) { petrFirstActorPerPhrase(d, phrases) }
	}
	run(d, first)
	// New actors: code again with the noun phrases no dictionary names
	// as actors of their own, and keep what they add.
	if n := petrNewActorLength(r); n > 0 && r.ParseFormat == "ptb" {
		if d2, err := ptbDocument(r.ID, parse, s.lemmas); err == nil {
			d2.Date = d.Date
			run(d2, func(d2 *doc.Document) {
				if first != nil {
					first(d2)
				}
				petrAddNewActors(d2, ptbNounPhrases(parse), n)
			})
			d.Events = petrMergeNewActors(d.Events, d2.Events)
		}
	}
	c.last = d
	return petrDyads(r, petrEvents(d)), nil
}

// ptbNode is a node of a Penn Treebank bracketed parse.
type ptbNode struct {
	label string
	kids  []*ptbNode
	tok   int // token index of a leaf, -1 otherwise
	head  int
}

// ptbDocument converts a bracketed constituency parse into a one-sentence
// document with a Universal Dependencies style tree, found with head
// rules and labelled from the constituent configuration. lemmas maps
// upper-case verb forms to their base.
func ptbDocument(id, parse string, lemmas map[string]string) (*doc.Document, error) {
	toks := ptbTokens(parse)
	var words, tags []string
	root, rest, err := ptbParse(toks, &words, &tags)
	if err != nil {
		return nil, err
	}
	if len(strings.Join(rest, "")) > 0 {
		return nil, fmt.Errorf("ptb parse: text after the tree")
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("ptb parse: no words")
	}
	var text strings.Builder
	dt := make([]doc.Token, len(words))
	for i, w := range words {
		if i > 0 {
			text.WriteByte(' ')
		}
		upos := ptbUPOS(tags[i])
		lemma := strings.ToLower(w)
		if l, ok := lemmas[strings.ToUpper(w)]; ok && upos == "VERB" {
			lemma = l
		} else if l, ok := ptbBeForms[lemma]; ok {
			lemma = l
		}
		dt[i] = doc.Token{Start: text.Len(), End: text.Len() + len(w), Text: w, XPOS: tags[i], UPOS: upos, Lemma: lemma}
		text.WriteString(w)
	}
	cv := &ptbConv{toks: dt}
	cv.headOf(root)
	cv.deps(root)
	cv.passives()
	dt[root.head].Rel = "root"
	d := doc.New(id, text.String())
	d.Sentences = []doc.Sentence{{Start: 0, End: text.Len(), Text: text.String(), Tokens: dt}}
	return d, nil
}

// ptbTokens splits a bracketed parse into brackets and words.
func ptbTokens(parse string) []string {
	return strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(parse))
}

var ptbBeForms = map[string]string{"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be", "'s": "be",
	"has": "have", "had": "have", "got": "get", "gets": "get", "will": "will", "would": "would", "n't": "not"}

func ptbParse(toks []string, words, tags *[]string) (*ptbNode, []string, error) {
	if len(toks) == 0 || toks[0] != "(" {
		return nil, nil, fmt.Errorf("ptb parse: want (")
	}
	toks = toks[1:]
	n := &ptbNode{tok: -1}
	if len(toks) > 0 && toks[0] != "(" && toks[0] != ")" {
		n.label = toks[0]
		toks = toks[1:]
	}
	// A preterminal: (TAG word).
	if len(toks) >= 2 && toks[0] != "(" && toks[0] != ")" && toks[1] == ")" {
		n.tok = len(*words)
		*words = append(*words, toks[0])
		*tags = append(*tags, n.label)
		return n, toks[2:], nil
	}
	for len(toks) > 0 && toks[0] != ")" {
		if toks[0] != "(" {
			return nil, nil, fmt.Errorf("ptb parse: stray word %q", toks[0])
		}
		k, rest, err := ptbParse(toks, words, tags)
		if err != nil {
			return nil, nil, err
		}
		n.kids = append(n.kids, k)
		toks = rest
	}
	if len(toks) == 0 {
		return nil, nil, fmt.Errorf("ptb parse: unbalanced parentheses")
	}
	if len(n.kids) == 0 {
		return nil, nil, fmt.Errorf("ptb parse: empty constituent %q", n.label)
	}
	if n.label == "" && len(n.kids) == 1 {
		return n.kids[0], toks[1:], nil
	}
	return n, toks[1:], nil
}

func ptbUPOS(tag string) string {
	switch {
	case tag == "NNP" || tag == "NNPS":
		return "PROPN"
	case strings.HasPrefix(tag, "NN"):
		return "NOUN"
	case strings.HasPrefix(tag, "VB"):
		return "VERB"
	case tag == "MD":
		return "AUX"
	case strings.HasPrefix(tag, "JJ"):
		return "ADJ"
	case strings.HasPrefix(tag, "RB") || tag == "WRB":
		return "ADV"
	case tag == "IN" || tag == "RP":
		return "ADP"
	case tag == "DT" || tag == "PDT" || tag == "WDT":
		return "DET"
	case strings.HasPrefix(tag, "PRP") || strings.HasPrefix(tag, "WP") || tag == "EX":
		return "PRON"
	case tag == "CD":
		return "NUM"
	case tag == "CC":
		return "CCONJ"
	case tag == "TO" || tag == "POS":
		return "PART"
	case !strings.ContainsAny(tag, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
		return "PUNCT"
	}
	return "X"
}

type ptbConv struct {
	toks []doc.Token
}

func ptbBase(label string) string {
	if i := strings.IndexAny(label, "-="); i > 0 {
		return label[:i]
	}
	return label
}

func (c *ptbConv) isLeaf(n *ptbNode) bool { return n.tok >= 0 }

func (c *ptbConv) tag(n *ptbNode) string {
	if n.tok >= 0 {
		return c.toks[n.tok].XPOS
	}
	return ptbBase(n.label)
}

// headChild picks the child that heads a constituent.
func (c *ptbConv) headChild(n *ptbNode) *ptbNode {
	ks := n.kids
	find := func(pred func(k *ptbNode) bool) *ptbNode {
		for _, k := range ks {
			if pred(k) {
				return k
			}
		}
		return nil
	}
	hasCC := find(func(k *ptbNode) bool { return c.tag(k) == "CC" }) != nil
	switch ptbBase(n.label) {
	case "VP":
		if !hasCC {
			var last *ptbNode
			for _, k := range ks {
				if c.tag(k) == "VP" {
					last = k
				}
			}
			if last != nil {
				return last
			}
		}
		if h := find(func(k *ptbNode) bool { return c.tag(k) == "VP" }); h != nil && hasCC {
			return h
		}
		if h := find(func(k *ptbNode) bool { t := c.tag(k); return strings.HasPrefix(t, "VB") || t == "MD" }); h != nil {
			return h
		}
	case "S", "SINV", "SQ", "ROOT", "":
		for _, want := range []string{"VP", "S", "SINV", "FRAG", "NP"} {
			if h := find(func(k *ptbNode) bool { return c.tag(k) == want }); h != nil {
				return h
			}
		}
	case "SBAR":
		if h := find(func(k *ptbNode) bool { t := c.tag(k); return t == "S" || t == "SQ" || t == "SINV" }); h != nil {
			return h
		}
	case "PP":
		if h := find(func(k *ptbNode) bool { t := c.tag(k); return t == "NP" || t == "S" || t == "SBAR" || t == "ADJP" }); h != nil {
			return h
		}
	case "NP", "NML", "NX", "WHNP":
		if len(ks) > 0 && c.tag(ks[0]) == "NP" && !strings.HasSuffix(c.lastTag(ks[0]), "POS") {
			return ks[0]
		}
		if hasCC {
			// Flat coordination "Mordor , Rohan and Bree": the first
			// conjunct heads; the nouns after a comma or conjunction are
			// its conjuncts (see label).
			var h *ptbNode
			for _, k := range ks {
				t := c.tag(k)
				if t == "," || t == "CC" {
					break
				}
				if strings.HasPrefix(t, "NN") || t == "NP" || t == "PRP" {
					h = k
				}
			}
			if h != nil {
				return h
			}
		}
		var h *ptbNode
		for _, k := range ks {
			t := c.tag(k)
			if t == "PP" || t == "SBAR" || t == "VP" || t == "," || t == "S" || t == "PRN" {
				break
			}
			if strings.HasPrefix(t, "NN") || t == "PRP" || t == "CD" || t == "NML" || t == "NP" || t == "WP" || t == "WDT" || t == "EX" || t == "QP" {
				h = k
			}
		}
		if h != nil {
			return h
		}
	case "ADJP", "WHADJP":
		if h := find(func(k *ptbNode) bool { return strings.HasPrefix(c.tag(k), "JJ") }); h != nil {
			return h
		}
	case "ADVP", "WHADVP":
		if h := find(func(k *ptbNode) bool { return strings.HasPrefix(c.tag(k), "RB") }); h != nil {
			return h
		}
	}
	if h := find(func(k *ptbNode) bool { return ptbUPOS(c.tag(k)) != "PUNCT" }); h != nil {
		return h
	}
	return ks[0]
}

func (c *ptbConv) lastTag(n *ptbNode) string {
	for !c.isLeaf(n) && len(n.kids) > 0 {
		n = n.kids[len(n.kids)-1]
	}
	return c.tag(n)
}

func (c *ptbConv) headOf(n *ptbNode) int {
	if c.isLeaf(n) {
		n.head = n.tok
		return n.tok
	}
	for _, k := range n.kids {
		c.headOf(k)
	}
	n.head = c.headChild(n).head
	return n.head
}

// deps attaches every non-head child's head to the constituent's head.
func (c *ptbConv) deps(n *ptbNode) {
	if c.isLeaf(n) {
		return
	}
	hc := c.headChild(n)
	pl := ptbBase(n.label)
	seenCC := false
	npCount := 0
	for _, k := range n.kids {
		if c.tag(k) == "NP" {
			npCount++
		}
	}
	afterHead := false
	for i, k := range n.kids {
		c.deps(k)
		if k == hc {
			afterHead = true
			continue
		}
		t := c.tag(k)
		if t == "CC" {
			seenCC = true
		}
		tok := &c.toks[k.head]
		tok.Head = n.head + 1
		tok.Rel = c.label(pl, t, k, afterHead, seenCC, i, n, npCount)
		if tok.Rel == "aux" || tok.Rel == "cop" {
			tok.UPOS = "AUX"
		}
	}
}

func (c *ptbConv) label(pl, t string, k *ptbNode, afterHead, seenCC bool, i int, n *ptbNode, npCount int) string {
	word := strings.ToLower(c.toks[k.head].Text)
	switch {
	case ptbUPOS(t) == "PUNCT" && c.isLeaf(k):
		return "punct"
	case t == "CC":
		return "cc"
	case seenCC && afterHead && (t == pl || t == "NP" || t == "VP" || t == "S" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "VB")):
		return "conj"
	case (pl == "NP" || pl == "NML") && afterHead && i > 0 && c.hasCC(n) && (c.tag(n.kids[i-1]) == "," || c.tag(n.kids[i-1]) == "CC" || c.conjAfter(n, i)) &&
		(strings.HasPrefix(t, "NNP") || t == "NP"):
		return "conj"
	}
	switch pl {
	case "S", "SINV", "SQ", "ROOT", "":
		switch {
		case t == "NP" && !afterHead:
			return "nsubj"
		case t == "PP":
			return "obl"
		case t == "SBAR":
			return "advcl"
		case t == "S" || t == "VP":
			if afterHead {
				return "parataxis"
			}
			return "advcl"
		case t == "ADVP" || strings.HasPrefix(t, "RB"):
			return "advmod"
		case t == "MD" || strings.HasPrefix(t, "VB"):
			return "aux"
		}
	case "VP":
		switch {
		case t == "MD" || strings.HasPrefix(t, "VB") || t == "TO" && !afterHead:
			if t == "TO" {
				return "mark"
			}
			return "aux"
		case t == "TO":
			return "mark"
		case t == "NP" && afterHead && strings.HasSuffix(k.label, "-TMP"):
			// "said today": a temporal noun phrase is no object.
			return "obl:tmod"
		case t == "NP":
			if npCount > 1 && i+1 < len(n.kids) && c.tag(n.kids[i+1]) == "NP" {
				return "iobj"
			}
			if !afterHead {
				return "nsubj"
			}
			return "obj"
		case t == "PP":
			return "obl"
		case t == "PRT" || t == "RP":
			return "compound:prt"
		case t == "S":
			if c.startsWithTo(k) {
				return "xcomp"
			}
			return "ccomp"
		case t == "SBAR":
			if m := c.firstWord(k); m == "that" || m == "whether" || !c.hasMark(k) {
				return "ccomp"
			}
			return "advcl"
		case t == "ADJP":
			return "xcomp"
		case t == "ADVP" || strings.HasPrefix(t, "RB"):
			return "advmod"
		}
	case "NP", "NML", "NX", "WHNP":
		switch {
		case t == "DT" || t == "PDT" || t == "WDT":
			return "det"
		case t == "PRP$" || t == "WP$":
			return "nmod:poss"
		case t == "POS":
			return "case"
		case strings.HasPrefix(t, "JJ") || t == "ADJP" || t == "VBN" || t == "VBG":
			return "amod"
		case t == "CD" || t == "QP":
			return "nummod"
		case strings.HasPrefix(t, "NN") || t == "NML":
			return "compound"
		case t == "NP":
			if strings.HasSuffix(c.lastTag(k), "POS") {
				return "nmod:poss"
			}
			if i > 0 && c.tag(n.kids[i-1]) == "," {
				return "appos"
			}
			return "compound"
		case t == "PP":
			return "nmod"
		case t == "SBAR":
			if c.firstTag(k) == "WHNP" || strings.HasPrefix(c.firstTag(k), "W") {
				return "acl:relcl"
			}
			return "acl"
		case t == "VP" || t == "S":
			return "acl"
		case t == "ADVP" || strings.HasPrefix(t, "RB"):
			return "advmod"
		case t == "PRN":
			return "appos"
		}
	case "PP":
		if t == "IN" || t == "TO" {
			return "case"
		}
	case "SBAR":
		switch {
		case t == "IN":
			return "mark"
		case strings.HasPrefix(t, "WH"):
			return "nsubj"
		}
	case "ADJP", "ADVP", "QP":
		if word == "not" {
			return "advmod"
		}
		return "advmod"
	}
	return "dep"
}

func (c *ptbConv) hasCC(n *ptbNode) bool {
	for _, k := range n.kids {
		if c.tag(k) == "CC" {
			return true
		}
	}
	return false
}

// conjAfter reports whether the kids of n after i, up to the next comma
// or conjunction, are all modifiers of a proper noun that starts a new
// conjunct ("the evil awful Gondor").
func (c *ptbConv) conjAfter(n *ptbNode, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := c.tag(n.kids[j])
		if t == "," || t == "CC" {
			return true
		}
		if !(t == "DT" || strings.HasPrefix(t, "JJ")) {
			return false
		}
	}
	return false
}

func (c *ptbConv) firstLeaf(n *ptbNode) *ptbNode {
	for !c.isLeaf(n) && len(n.kids) > 0 {
		n = n.kids[0]
	}
	return n
}

func (c *ptbConv) firstWord(n *ptbNode) string {
	return strings.ToLower(c.toks[c.firstLeaf(n).tok].Text)
}

func (c *ptbConv) firstTag(n *ptbNode) string {
	if len(n.kids) == 0 {
		return c.tag(n)
	}
	return c.tag(n.kids[0])
}

func (c *ptbConv) hasMark(n *ptbNode) bool {
	if len(n.kids) == 0 {
		return false
	}
	t := c.tag(n.kids[0])
	return t == "IN" || strings.HasPrefix(t, "WH")
}

func (c *ptbConv) startsWithTo(n *ptbNode) bool {
	for !c.isLeaf(n) && len(n.kids) > 0 {
		if ptbBase(n.label) == "VP" {
			return c.tag(n.kids[0]) == "TO"
		}
		n = n.kids[0]
	}
	return false
}

// passives relabels passive clauses: a VBN head with a form of "be" or
// "get" as its auxiliary.
func (c *ptbConv) passives() {
	for h := range c.toks {
		if c.toks[h].XPOS != "VBN" {
			continue
		}
		pass := false
		for i := range c.toks {
			if c.toks[i].Head == h+1 && c.toks[i].Rel == "aux" && (c.toks[i].Lemma == "be" || c.toks[i].Lemma == "get") {
				c.toks[i].Rel = "aux:pass"
				pass = true
			}
		}
		if !pass {
			continue
		}
		for i := range c.toks {
			if c.toks[i].Head != h+1 {
				continue
			}
			switch c.toks[i].Rel {
			case "nsubj":
				c.toks[i].Rel = "nsubj:pass"
			case "obl":
				for j := range c.toks {
					if c.toks[j].Head == i+1 && c.toks[j].Rel == "case" && strings.EqualFold(c.toks[j].Text, "by") {
						c.toks[i].Rel = "obl:agent"
					}
				}
			}
		}
	}
}

// petrActors is a PETRARCH actor and agent dictionary read for the
// evaluation: phrases (upper-case words) with their dated codes.
type petrActors struct {
	first  map[string][]*petrActor
	agents map[string][]*petrActor
	// phrases, when set, are the token ranges of the noun phrases of the
	// sentence to tag whose children are all words: conjoined agents
	// share an actor only inside one of them.
	phrases [][2]int
}

type petrActor struct {
	words []string
	// gaps marks the words joined to the one before by a space, which
	// other words of the noun phrase may come between.
	gaps  []bool
	exact bool // a trailing "_": no plural
	codes []petrDatedCode
	agent string
	// prefix marks an agent written "NGO~": its code goes before the
	// actor's ("MSF Arnor" → NGOARN).
	prefix bool
}

type petrDatedCode struct {
	code     string
	from, to string // YYYYMMDD, "" for open
}

var petrCodeLine = regexp.MustCompile(`\[([^\]]*)\]`)

// loadPetrActors reads PETRARCH actor files and an agent file.
func loadPetrActors(actorFiles []string, agentFile string) (*petrActors, error) {
	pa := &petrActors{first: map[string][]*petrActor{}, agents: map[string][]*petrActor{}}
	for _, f := range actorFiles {
		if err := pa.readActors(f); err != nil {
			return nil, err
		}
	}
	if agentFile != "" {
		if err := pa.readAgents(agentFile); err != nil {
			return nil, err
		}
	}
	return pa, nil
}

func petrWords(s string) ([]string, bool) {
	ws, _, exact := petrPhrase(s)
	return ws, exact
}

// petrPhrase splits a dictionary phrase into its upper-case words and
// tells, per word, whether a space (rather than "_") joins it to the word
// before: other words of the noun phrase may then come between.
func petrPhrase(s string) (words []string, gaps []bool, exact bool) {
	s = strings.TrimSpace(s)
	exact = strings.HasSuffix(s, "_")
	for _, f := range strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == '_' }) {
		for k, w := range strings.Fields(f) {
			words = append(words, w)
			gaps = append(gaps, k > 0)
		}
	}
	return words, gaps, exact
}

// readActors reads the PETRARCH actor dictionary at path.
func (pa *petrActors) readActors(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("actor dictionary: %w", err)
	}
	defer f.Close()
	if err := pa.readActorsFrom(f); err != nil {
		return fmt.Errorf("actor dictionary %s: %w", path, err)
	}
	return nil
}

// readActorsFrom reads a PETRARCH actor dictionary: a name line with its
// dated codes, "+" lines naming the same actor, and "[...]" lines adding
// codes to the group above.
func (pa *petrActors) readActorsFrom(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var group []*petrActor
	inComment := false
	for sc.Scan() {
		line := sc.Text()
		if inComment || strings.HasPrefix(strings.TrimSpace(line), "<!--") {
			inComment = !strings.Contains(line, "-->")
			continue
		}
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		trim := strings.TrimSpace(line)
		if trim == "" {
			continue
		}
		switch {
		case strings.HasPrefix(trim, "["):
			dc := petrParseDatedCode(petrCodeLine.FindStringSubmatch(trim))
			for _, a := range group {
				a.codes = append(a.codes, dc)
			}
		case strings.HasPrefix(trim, "+"):
			ws, gaps, exact := petrPhrase(strings.TrimPrefix(trim, "+"))
			if len(ws) == 0 {
				continue
			}
			a := &petrActor{words: ws, gaps: gaps, exact: exact}
			if len(group) > 0 {
				a.codes = group[0].codes
			}
			group = append(group, a)
			pa.add(pa.first, a)
		default:
			name := trim
			var dc []petrDatedCode
			if m := petrCodeLine.FindStringSubmatchIndex(trim); m != nil {
				name = trim[:m[0]]
				for _, sm := range petrCodeLine.FindAllStringSubmatch(trim, -1) {
					dc = append(dc, petrParseDatedCode(sm))
				}
			}
			ws, gaps, exact := petrPhrase(name)
			if len(ws) == 0 {
				continue
			}
			a := &petrActor{words: ws, gaps: gaps, exact: exact, codes: dc}
			group = []*petrActor{a}
			pa.add(pa.first, a)
		}
	}
	return sc.Err()
}

func (pa *petrActors) add(m map[string][]*petrActor, a *petrActor) {
	m[a.words[0]] = append(m[a.words[0]], a)
}

// petrParseDatedCode reads "CODE", "CODE >YYMMDD", "CODE <YYMMDD" or
// "CODE YYMMDD-YYMMDD" (six- or eight-digit dates).
func petrParseDatedCode(m []string) petrDatedCode {
	if m == nil {
		return petrDatedCode{}
	}
	f := strings.Fields(strings.NewReplacer(">", " > ", "<", " < ", "-", " - ").Replace(m[1]))
	if len(f) == 0 {
		return petrDatedCode{}
	}
	// A code made of dashes ("---") survives the split as separate dashes.
	code := f[0]
	i := 1
	for strings.Trim(code, "-") == "" && i < len(f) && f[i] == "-" {
		code += "-"
		i++
	}
	if code == "--" || code == "-" {
		code = "---"
	}
	dc := petrDatedCode{code: code}
	rest := f[i:]
	switch {
	case len(rest) >= 2 && rest[0] == ">":
		dc.from = petrFullDate(rest[1])
	case len(rest) >= 2 && rest[0] == "<":
		dc.to = petrFullDate(rest[1])
	case len(rest) >= 3 && rest[1] == "-":
		dc.from, dc.to = petrFullDate(rest[0]), petrFullDate(rest[2])
	}
	return dc
}

func petrFullDate(s string) string {
	if len(s) == 6 {
		if n, err := strconv.Atoi(s[:2]); err == nil && n > 30 {
			return "19" + s
		}
		return "20" + s
	}
	return s
}

func (a *petrActor) codeAt(date string) string {
	var dflt string
	for _, c := range a.codes {
		if c.from == "" && c.to == "" {
			if dflt == "" {
				dflt = c.code
			}
			continue
		}
		if date != "" && (c.from == "" || date >= c.from) && (c.to == "" || date <= c.to) {
			return c.code
		}
	}
	return dflt
}

// readAgents reads the PETRARCH agent dictionary at path.
func (pa *petrActors) readAgents(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("agent dictionary: %w", err)
	}
	defer f.Close()
	if err := pa.readAgentsFrom(f); err != nil {
		return fmt.Errorf("agent dictionary %s: %w", path, err)
	}
	return nil
}

// readAgentsFrom reads a PETRARCH agent dictionary: "!X! = A, B"
// substitutions and agent lines "NAME {FORMS} [CODE]", a code written
// "CODE~" marking an agent that prefixes an actor.
func (pa *petrActors) readAgentsFrom(r io.Reader) error {
	subst := map[string][]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	inComment := false
	for sc.Scan() {
		line := sc.Text()
		if inComment || strings.HasPrefix(strings.TrimSpace(line), "<!--") {
			inComment = !strings.Contains(line, "-->")
			continue
		}
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		trim := strings.TrimSpace(line)
		if trim == "" {
			continue
		}
		if strings.HasPrefix(trim, "!") && strings.Contains(trim, "=") {
			k, v, _ := strings.Cut(trim, "=")
			for _, w := range strings.Split(v, ",") {
				subst[strings.TrimSpace(k)] = append(subst[strings.TrimSpace(k)], strings.TrimSpace(w))
			}
			continue
		}
		m := petrCodeLine.FindStringSubmatchIndex(trim)
		if m == nil {
			continue
		}
		raw := strings.TrimSpace(trim[m[2]:m[3]])
		prefix := strings.HasSuffix(raw, "~") && !strings.HasPrefix(raw, "~")
		code := strings.Trim(raw, "~")
		name := trim[:m[0]]
		var forms []string
		// "POLICE {}": the listed forms (none here) replace the regular
		// plural.
		noPlural := false
		if i := strings.Index(name, "{"); i >= 0 {
			forms = strings.Fields(strings.Trim(name[i:], "{} "))
			name, noPlural = name[:i], true
		}
		for _, n := range append([]string{name}, forms...) {
			for _, e := range petrExpandSubst(strings.TrimSpace(n), subst) {
				ws, exact := petrWords(e)
				if len(ws) > 0 {
					pa.add(pa.agents, &petrActor{words: ws, agent: code, prefix: prefix, exact: exact || noPlural})
				}
			}
		}
	}
	return sc.Err()
}

func petrExpandSubst(s string, subst map[string][]string) []string {
	for k, vs := range subst {
		if strings.Contains(s, k) {
			var out []string
			for _, v := range vs {
				out = append(out, strings.ReplaceAll(s, k, v))
			}
			return out
		}
	}
	return []string{s}
}

// match returns the longest phrase of m starting at token i, and its
// length in tokens.
func (pa *petrActors) match(m map[string][]*petrActor, words []string, i int, skippable func(k int) bool) (*petrActor, int) {
	var best *petrActor
	bestN, bestLen := 0, 0
	for _, a := range m[words[i]] {
		n := len(a.words)
		// Of two entries with the same words, the later one wins: PETRARCH2
		// stores actors in a word tree, where a repeated phrase overwrites
		// the codes of the earlier entry ("PRESIDENT_BUSH" under both
		// Bushes).
		if n < bestN || i+n > len(words) {
			continue
		}
		if l, ok := a.matchAt(words, i, skippable); ok {
			best, bestN, bestLen = a, n, l
		}
	}
	if best == nil {
		// Plural of a one-word agent or actor: "DIPLOMATS".
		for _, suf := range []string{"S", "ES"} {
			if w := strings.TrimSuffix(words[i], suf); w != words[i] {
				for _, a := range m[w] {
					if len(a.words) == 1 && !a.exact {
						return a, 1
					}
				}
			}
		}
	}
	return best, bestLen
}

// petrMaxGap is the most words a space in an actor phrase may stand for.
const petrMaxGap = 3

// matchAt reports whether the actor's phrase matches words from i, and
// how many words the match spans. Words joined by "_" must be adjacent;
// a word after a space may follow up to petrMaxGap words that skippable
// allows, as PETRARCH's actor_phrase_match lets intervening words of the
// noun phrase through: "ITHILEN TELEVISION" matches "Ithilen state-run
// television".
func (a *petrActor) matchAt(words []string, i int, skippable func(k int) bool) (int, bool) {
	n := len(a.words)
	x := i
	for j, w := range a.words {
		gap := 0
		for {
			if x >= len(words) {
				return 0, false
			}
			if words[x] == w || j == n-1 && !a.exact && (words[x] == w+"S" || words[x] == w+"ES") {
				break
			}
			if j == 0 || j >= len(a.gaps) || !a.gaps[j] || skippable == nil || !skippable(x) || gap >= petrMaxGap {
				return 0, false
			}
			gap++
			x++
		}
		x++
	}
	return x - i, true
}

// samePhrase reports whether tokens [a, b) lie in one of pa.phrases,
// always true when none are set.
func (pa *petrActors) samePhrase(a, b int) bool {
	if pa.phrases == nil {
		return true
	}
	for _, ph := range pa.phrases {
		if ph[0] <= a && b <= ph[1] {
			return true
		}
	}
	return false
}

// tag finds actor and agent mentions in every sentence and adds them as
// entities: an agent next to an actor (or after "of") takes the actor's
// country ("Arnor diplomat" → ARNGOV), a lone agent is coded "---" plus
// the agent.
func (pa *petrActors) tag(d *doc.Document) {
	date := strings.ReplaceAll(d.Date.String(), "-", "")
	for si := range d.Sentences {
		s := &d.Sentences[si]
		words := make([]string, len(s.Tokens))
		for i := range s.Tokens {
			words[i] = strings.ToUpper(s.Tokens[i].Word())
		}
		// Words of the noun phrase an actor phrase may reach across.
		skippable := func(k int) bool {
			switch s.Tokens[k].UPOS {
			case "ADJ", "NOUN", "PROPN", "NUM":
				return true
			}
			return false
		}
		type span struct {
			a, b  int
			code  string
			agent string
		}
		var spans []span
		for i := 0; i < len(words); {
			if a, n := pa.match(pa.first, words, i, skippable); a != nil {
				spans = append(spans, span{a: i, b: i + n, code: a.codeAt(date)})
				i += n
				continue
			}
			if a, n := pa.match(pa.agents, words, i, nil); a != nil {
				// A prefix agent right before an actor joins it.
				if a.prefix && i+n < len(words) {
					if b, m := pa.match(pa.first, words, i+n, skippable); b != nil {
						spans = append(spans, span{a: i, b: i + n + m, code: a.agent + b.codeAt(date)})
						i += n + m
						continue
					}
				}
				spans = append(spans, span{a: i, b: i + n, agent: a.agent})
				i += n
				continue
			}
			i++
		}
		// Join actor + agent ("Arnor 's first deputy prime minister",
		// "Arnor diplomat"); give the agents before "of"/"in" to every
		// actor of the list that follows ("ambassadors of Arnor ,
		// Osgiliath and Gondor", "lawmakers and officials in Fornost").
		var merged []span
		for k := 0; k < len(spans); k++ {
			sp := spans[k]
			if sp.agent == "" && k+1 < len(spans) && spans[k+1].agent != "" && petrModifierGap(s.Tokens[sp.b:spans[k+1].a]) {
				nx := spans[k+1]
				code := sp.code
				if !strings.HasSuffix(code, nx.agent) {
					code += nx.agent
				}
				end := nx.b
				k++
				// Stacked agents: "Danish Islamist media" → DNKMUSMED.
				stem := sp.code
				for k+1 < len(spans) && spans[k+1].agent != "" && spans[k+1].a == end {
					stem = code
					if !strings.HasSuffix(code, spans[k+1].agent) {
						code += spans[k+1].agent
					}
					end = spans[k+1].b
					k++
				}
				// "Bree Prime Minister Romendacil": the name joins too.
				if k+1 < len(spans) && spans[k+1].agent == "" && spans[k+1].a == end {
					end = spans[k+1].b
					k++
				}
				merged = append(merged, span{a: sp.a, b: end, code: code})
				// "Danish media and government": conjoined agents share
				// the actor and the agents before the last, unless each is
				// a noun phrase of its own ("the Danish media and
				// government" parsed (NP (NP the Danish media) and (NP
				// government))).
				for k+1 < len(spans) && spans[k+1].agent != "" && strings.Join(words[spans[k].b:spans[k+1].a], " ") == "AND" && pa.samePhrase(spans[k].a, spans[k+1].b) {
					k++
					merged = append(merged, span{a: spans[k].a, b: spans[k].b, code: stem + spans[k].agent})
				}
				continue
			}
			if sp.agent != "" {
				agents := []string{sp.agent}
				j := k + 1
				for j < len(spans) && spans[j].agent != "" && strings.Join(words[spans[j-1].b:spans[j].a], " ") == "AND" {
					agents = append(agents, spans[j].agent)
					j++
				}
				if j < len(spans) && spans[j].agent == "" && petrOfGap(words[spans[j-1].b:spans[j].a]) {
					for ; j < len(spans) && spans[j].agent == ""; j++ {
						// "ministers from the Georgian government": the
						// actor's own agent noun joins it.
						a, b, own := spans[j].a, spans[j].b, ""
						if j+1 < len(spans) && spans[j+1].agent != "" && petrModifierGap(s.Tokens[b:spans[j+1].a]) {
							b, own = spans[j+1].b, spans[j+1].agent
						}
						var codes []string
						for _, ag := range agents {
							c := spans[j].code + ag
							if own != "" && own != ag {
								c += own
							}
							codes = append(codes, c)
						}
						merged = append(merged, span{a: a, b: b, code: strings.Join(codes, "/")})
						if own != "" {
							j++
						}
						if j+1 < len(spans) && !petrListGap(words[spans[j].b:spans[j+1].a]) {
							j++
							break
						}
					}
					k = j - 1
					continue
				}
				sp.code = "---" + sp.agent
			}
			merged = append(merged, sp)
		}
		// A noun phrase with an agent and no actor of its own takes the
		// actor of a prepositional phrase hung on its head, as PETRARCH2
		// mixes a phrase's agents with its PP's actors: "an Islamist
		// target southwest of Gondor" → GONMUS, "a strict Islamic state
		// in Norland" → NORMUS. The phrase, from the agent to its head,
		// becomes the actor.
		for k := range merged {
			sp := &merged[k]
			if !strings.HasPrefix(sp.code, "---") || len(sp.code) != 6 {
				continue
			}
			h := petrNPHead(s.Tokens, sp.b-1)
			// The words up to the head must be no other actor's.
			taken := false
			for _, x := range merged {
				if x.a <= h && x.b > sp.b {
					taken = true
				}
			}
			if taken {
				continue
			}
			for _, x := range merged {
				if x.code == "" || strings.HasPrefix(x.code, "---") || x.a <= h {
					continue
				}
				if xh := petrNPHead(s.Tokens, x.b-1); s.Tokens[xh].Head-1 == h && s.Tokens[xh].Rel == "nmod" {
					agent := sp.code[3:]
					sp.code = x.code
					if !strings.HasSuffix(x.code, agent) {
						sp.code += agent
					}
					sp.b = h + 1
					break
				}
			}
		}
		for _, sp := range merged {
			if sp.code == "" || sp.code == "---" {
				continue
			}
			start, end := s.Tokens[sp.a].Start, s.Tokens[sp.b-1].End
			d.Entities = append(d.Entities, doc.Entity{Start: start, End: end, Text: d.Text[start:end], Type: "ORG",
				Code: sp.code, Name: d.Text[start:end], Sentence: si, By: "petrarch", TokStart: sp.a, TokEnd: sp.b, Ref: -1})
		}
	}
}

// petrNPHead climbs from token i through the compound, adjective and
// name modifiers to the head noun they modify, which follows them.
func petrNPHead(toks []doc.Token, i int) int {
	for i >= 0 && i < len(toks) {
		h := toks[i].Head - 1
		if h <= i || h >= len(toks) || toks[i].Rel != "compound" && toks[i].Rel != "amod" && toks[i].Rel != "name" {
			break
		}
		i = h
	}
	return i
}

// petrToMarked reports whether token i has the infinitive marker "to":
// "asking Obama to help" parsed as an adverbial clause.
func petrToMarked(toks []doc.Token, i int) bool {
	for _, t := range toks {
		if t.Head-1 == i && t.Rel == "mark" && strings.EqualFold(t.Text, "to") {
			return true
		}
	}
	return false
}

// petrDebug prints a coded record's tree, entities and events.
func petrDebug(w io.Writer, d *doc.Document) {
	for si, s := range d.Sentences {
		for i, t := range s.Tokens {
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", i+1, t.Text, t.Lemma, t.UPOS, t.XPOS, t.Head, t.Rel)
		}
		for _, e := range d.Entities {
			if e.Sentence == si {
				fmt.Fprintf(w, "entity %q %s tokens %d-%d\n", e.Text, e.Code, e.TokStart+1, e.TokEnd)
			}
		}
	}
	for i := range d.Events {
		fmt.Fprint(w, event.Explain(d, &d.Events[i]))
	}
	fmt.Fprintln(w)
}

// petrModifierGap reports whether the tokens between an actor and an
// agent only modify the agent ("'s first deputy").
func petrModifierGap(toks []doc.Token) bool {
	// "Ithilen and the government of Gondor" is a list, not a modifier.
	if len(toks) > 4 || len(toks) > 0 && toks[0].UPOS == "CCONJ" {
		return false
	}
	for _, t := range toks {
		switch {
		case t.XPOS == "POS" || t.UPOS == "ADJ" || t.UPOS == "DET" || t.UPOS == "NUM" || t.UPOS == "PROPN" || t.UPOS == "CCONJ":
		case t.UPOS == "PART" && strings.HasPrefix(t.Text, "'"):
		default:
			return false
		}
	}
	return true
}

// petrOfGap reports whether the words between agents and an actor link
// them as "of", "in" or "from" (with an optional "the").
func petrOfGap(ws []string) bool {
	switch strings.Join(ws, " ") {
	case "OF", "IN", "FROM", "OF THE", "IN THE", "FROM THE":
		return true
	}
	return false
}

// petrListGap reports whether the words between two actors continue a
// list ("," "and" "the").
func petrListGap(ws []string) bool {
	for _, w := range ws {
		if w != "," && w != "AND" && w != "THE" && w != "OR" {
			return false
		}
	}
	return true
}

// petrPICO is PETRARCH-2's internal coding ontology: each CAMEO code as a
// number whose top hex digit is the verbal frame (say, appeal, intend,
// demand, threaten…) and whose lower digits are the act, so that "intend"
// (0x3000) plus "provide aid" (0x0040) is 0x3040, code 033, and a negated
// act is -0xFFFF plus the act.
type petrPICO struct {
	value map[string]int
	code  map[int]string
	// frame is a code's framing class given as a later alternative
	// ("110:0x1007f#0xFFFF+0x0080#0x7000": disapproval frames as 0x7000).
	frame map[string]int
}

// loadPICO reads a PICO file: "CODE:EXPR#EXPR…#label" lines, where EXPR
// is a sum of hex numbers such as "-0xFFFF+0x0070".
func loadPICO(path string) (*petrPICO, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("PICO ontology: %w", err)
	}
	p := &petrPICO{value: map[string]int{}, code: map[int]string{}, frame: map[string]int{}}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		code, rest, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") || code == "" {
			continue
		}
		for i, alt := range strings.Split(rest, "#") {
			v, ok := picoValue(alt)
			if !ok {
				continue
			}
			if i == 0 {
				p.value[code] = v
			} else if _, ok := p.frame[code]; !ok && picoFrame(v) {
				p.frame[code] = v
			}
			if _, dup := p.code[v]; !dup {
				p.code[v] = code
			}
		}
	}
	if len(p.value) == 0 {
		return nil, fmt.Errorf("PICO ontology %s: no codes", path)
	}
	return p, nil
}

// picoValue evaluates a sum of signed hex numbers.
func picoValue(expr string) (int, bool) {
	expr = strings.TrimSpace(expr)
	if expr == "" {
		return 0, false
	}
	total, sign, num := 0, 1, ""
	flush := func() bool {
		if num == "" {
			return true
		}
		n, err := strconv.ParseInt(strings.TrimPrefix(strings.ToLower(num), "0x"), 16, 64)
		if err != nil || !strings.HasPrefix(strings.ToLower(num), "0x") {
			return false
		}
		total += sign * int(n)
		num = ""
		return true
	}
	for _, r := range expr {
		switch {
		case r == '+' || r == '-':
			if !flush() {
				return 0, false
			}
			sign = 1
			if r == '-' {
				sign = -1
			}
		case r == ' ' || r == '\t':
		default:
			num += string(r)
		}
	}
	if !flush() {
		return 0, false
	}
	return total, true
}

// compose folds an event whose trigger governs another event's trigger
// (as xcomp or ccomp) into one, as PETRARCH-2 does: "Obama said he would
// not provide support to Israel" is a negated provision, a rejection
// (121); "Obama and Putin said they will attack Iraq" is a statement
// (0x1000) of an attack (0x00A0), 015. The verb dictionary's
// transformations come first (transform); the ontology's sums compose
// what they leave.
func (p *petrPICO) compose(d *doc.Document, vd *petrarch.VerbDict) {
	// Negated acts first: -0xFFFF plus the act.
	for i := range d.Events {
		e := &d.Events[i]
		if e.Modality != doc.Negated {
			continue
		}
		if v, ok := p.value[e.Code]; ok {
			if c, ok := p.code[v-0xFFFF]; ok {
				e.Code, e.Root, e.Modality = c, c[:min(2, len(c))], doc.Asserted
			}
		}
	}
	drop := map[int]bool{}
	add := p.transform(d, vd, drop)
	for i := range d.Events {
		main := &d.Events[i]
		mv0, ok := p.value[main.Code]
		toks := d.Sentences[main.Sentence].Tokens
		// A speech verb whose code frames only as an alternative
		// ("claimed", 110: 0x7000) frames another party's reported act
		// as an accusation: "the US claimed that ISIL attacked Iraq".
		alt, hasAlt := p.frame[main.Code]
		hasAlt = hasAlt && main.TriggerToken < len(toks) && petrSpeech[strings.ToLower(toks[main.TriggerToken].Lemma)]
		// Only a framing class in the top digit (0x1000–0xF000) composes;
		// 170's 0x10086 is a negated cooperation, not a frame.
		if !ok || (mv0 < 0x1000 || mv0 > 0xFFFF) && !hasAlt || drop[i] {
			continue
		}
		for j := range d.Events {
			sub := &d.Events[j]
			if j == i || drop[j] || sub.Sentence != main.Sentence || sub.TriggerToken >= len(toks) {
				continue
			}
			mv := mv0
			if mv < 0x1000 || mv > 0xFFFF {
				if sub.Source.Code == main.Source.Code {
					continue
				}
				mv = alt
			}
			// An intent to use force (a threat) and a statement that
			// another party used force (an accusation) are the verb
			// dictionary's transformations, applied before (transform).
			t := toks[sub.TriggerToken]
			if t.Head-1 != main.TriggerToken || (t.Rel != "xcomp" && t.Rel != "ccomp" && !(t.Rel == "advcl" && petrToMarked(toks, sub.TriggerToken))) {
				continue
			}
			sv, ok := p.value[sub.Code]
			if ok && sv >= 0x1000 && mv == mv0 && mv == 0x3000 && sub.Source.Code == main.Source.Code && sub.Source.Code != "" {
				// "Qatar pledged to expel the leaders": an act with a
				// class of its own does not compose with an expression
				// of intent (0x3000); the act is coded as intended and
				// the intent adds nothing.
				drop[i] = true
				break
			}
			if !ok || sv < 0 || sv >= 0x1000 {
				continue
			}
			c, ok := p.code[mv&0xF000+sv]
			if !ok {
				continue
			}
			ev := *main
			ev.Code, ev.Root = c, c[:min(2, len(c))]
			switch {
			case mv == 0x7000 && sub.Source.Code != "" && sub.Source.Code != main.Source.Code:
				// An accusation targets the accused, the nested act's doer.
				src := sub.Source
				ev.Target = &src
			case main.Target != nil && !reciprocalOf(d.Events, main) || main.Target != nil && sub.Target == nil:
			case sub.Target != nil && (sub.Source.Code == main.Source.Code || main.Target != nil):
				ev.Target = sub.Target
			case sub.Source.Code != "" && sub.Source.Code != main.Source.Code && petrSubjectSource(d, sub):
				src := sub.Source
				ev.Target = &src
			default:
				ev.Target = sub.Target
			}
			add = append(add, ev)
			drop[i], drop[j] = true, true
			dropConjuncts(d, i, j, drop)
			break
		}
	}
	add = append(add, p.combineControlled(d, drop)...)
	add = append(add, p.composeParticiples(d, drop)...)
	// "Obama and Putin said they will attack Iraq": a speech verb with no
	// event of its own frames the act of its pronoun subject, the
	// speaker's, as a statement (0x1000 plus the act).
	for j := range d.Events {
		sub := &d.Events[j]
		toks := d.Sentences[sub.Sentence].Tokens
		if drop[j] || sub.TriggerToken >= len(toks) {
			continue
		}
		t := toks[sub.TriggerToken]
		h := t.Head - 1
		if t.Rel != "ccomp" || h < 0 || h >= len(toks) || !petrSpeech[strings.ToLower(toks[h].Lemma)] || !petrPronounSubject(toks, sub.TriggerToken) {
			continue
		}
		if sv, ok := p.value[sub.Code]; ok && sv >= 0 && sv < 0x1000 {
			if c, ok := p.code[0x1000+sv]; ok {
				sub.Code, sub.Root = c, c[:min(2, len(c))]
			}
		}
	}
	// "Obama wants Putin to attack Switzerland": the act asked of
	// someone (hypothetical, the complement of another coded event) is
	// not an event; the request is. Nor is a purpose clause restating
	// the main act.
	for j := range d.Events {
		sub := &d.Events[j]
		toks := d.Sentences[sub.Sentence].Tokens
		if drop[j] || sub.TriggerToken >= len(toks) {
			continue
		}
		t := toks[sub.TriggerToken]
		if t.Rel != "xcomp" && !(t.Rel == "advcl" && petrToMarked(toks, sub.TriggerToken)) {
			continue
		}
		for i := range d.Events {
			main := &d.Events[i]
			if i == j || main.Sentence != sub.Sentence || main.TriggerToken != t.Head-1 {
				continue
			}
			// "will meet in Zurich to discuss": an act of the same kind
			// by the same party restates the main one.
			if sub.Modality == doc.Hypothetical || sub.Code == main.Code && sub.Source.Code == main.Source.Code {
				drop[j] = true
				break
			}
		}
	}
	out := d.Events[:0]
	for i, e := range d.Events {
		if !drop[i] {
			out = append(out, e)
		}
	}
	d.Events = append(out, add...)
}

// transform applies the verb dictionary's transformations to each event
// whose trigger governs another event's trigger as its complement: "Obama
// wants Putin to attack Switzerland" is (Obama (Putin . attack) want),
// which `~ a (b . ATTACK) WANT = a b 021` makes an appeal of Obama to
// Putin. The events it folds are marked in drop; it returns the events
// they become.
func (p *petrPICO) transform(d *doc.Document, vd *petrarch.VerbDict, drop map[int]bool) []doc.Event {
	if vd == nil || len(vd.Transforms) == 0 {
		return nil
	}
	var add []doc.Event
	for i := range d.Events {
		main := &d.Events[i]
		toks := d.Sentences[main.Sentence].Tokens
		if drop[i] || main.TriggerToken >= len(toks) {
			continue
		}
		for j := range d.Events {
			sub := &d.Events[j]
			if j == i || drop[j] || sub.Sentence != main.Sentence || sub.TriggerToken >= len(toks) {
				continue
			}
			t := toks[sub.TriggerToken]
			if t.Head-1 != main.TriggerToken || t.Rel != "xcomp" && t.Rel != "ccomp" {
				continue
			}
			inner := petrarch.NestedEvent{Source: sub.Source.Code, Code: sub.Code}
			if sub.Target != nil {
				inner.Target = sub.Target.Code
			}
			// A complement with no subject of its own whose verb has no
			// object is subjectless in PETRARCH's tree ("Obama wants to
			// attack"); with an object, the object is its subject
			// ("wants Putin to attack").
			if t.Rel == "xcomp" && !petrHasSubject(toks, sub.TriggerToken) {
				inner.Source = ""
				if obj := petrObject(toks, main.TriggerToken); obj >= 0 && main.Target != nil {
					inner.Source = main.Target.Code
				}
			}
			// A reflexive object names the nested subject, as PETRARCH2
			// finds a reflexive's antecedent in its own clause ("Iraq had
			// attacked themselves").
			if inner.Target == "" && petrReflexiveObject(toks, sub.TriggerToken) {
				inner.Target = inner.Source
			}
			outer := petrarch.NestedEvent{Source: main.Source.Code, Nested: &inner, Code: main.Code}
			src, tgt, code, _, ok := vd.ApplyTransforms(outer, p.verbMatch)
			if !ok || src == "" {
				continue
			}
			ev := *main
			ev.Code, ev.Root = code, code[:min(2, len(code))]
			ev.Source.Code = src
			ev.Target = nil
			if tgt != "" {
				ev.Target = &doc.ActorRef{Code: tgt, Entity: -1}
				for _, a := range []*doc.ActorRef{main.Target, sub.Target, &sub.Source} {
					if a != nil && a.Code == tgt {
						c := *a
						ev.Target = &c
						break
					}
				}
			}
			add = append(add, ev)
			drop[i], drop[j] = true, true
			dropConjuncts(d, i, j, drop)
			break
		}
	}
	return add
}

// dropConjuncts marks in drop the conjuncts of the nested event j by the
// same doer once event i frames it: in "claimed that ISIL had attacked
// Iraq and taken Mosul" the frame covers the taking too.
func dropConjuncts(d *doc.Document, i, j int, drop map[int]bool) {
	sub := &d.Events[j]
	toks := d.Sentences[sub.Sentence].Tokens
	for k := range d.Events {
		c := &d.Events[k]
		if k != i && k != j && c.Sentence == sub.Sentence && c.TriggerToken < len(toks) && c.Source.Code == sub.Source.Code &&
			toks[c.TriggerToken].Head-1 == sub.TriggerToken && toks[c.TriggerToken].Rel == "conj" {
			drop[k] = true
		}
	}
}

// verbMatch reports whether an event code falls under a verb's code in
// the ontology: equal to it, or to it with the lowest one, two or three
// hex digits cleared, as PETRARCH2 compares them.
func (p *petrPICO) verbMatch(verbCode, eventCode string) bool {
	vv, ok := p.value[verbCode]
	if !ok {
		return false
	}
	ev, ok := p.value[eventCode]
	if !ok {
		return false
	}
	for _, m := range []int{1, 0x10, 0x100, 0x1000} {
		if ev-ev%m == vv {
			return true
		}
	}
	return false
}

// petrHasSubject reports whether the verb at v has a subject of its own.
func petrHasSubject(toks []doc.Token, v int) bool {
	for _, t := range toks {
		if t.Head-1 == v && strings.HasPrefix(t.Rel, "nsubj") {
			return true
		}
	}
	return false
}

// petrReflexiveObject reports whether the verb at v has a reflexive
// pronoun as its object.
func petrReflexiveObject(toks []doc.Token, v int) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if t.Head-1 == v && (t.Rel == "dobj" || t.Rel == "obj") && (strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves")) {
			return true
		}
	}
	return false
}

// petrObject returns the index of the direct object of the verb at v,
// or -1.
func petrObject(toks []doc.Token, v int) int {
	return petrChild(toks, v, "dobj", "obj")
}

// reciprocalOf reports whether e's target is a co-subject coded both
// ways ("Obama and Putin said…"), not a party of its own.
func reciprocalOf(evs []doc.Event, e *doc.Event) bool {
	for i := range evs {
		o := &evs[i]
		if o.Code == e.Code && o.Sentence == e.Sentence && o.Target != nil && o.Source.Code == e.Target.Code && o.Target.Code == e.Source.Code {
			return true
		}
	}
	return false
}

var petrSpeech = map[string]bool{"say": true, "claim": true, "announce": true, "state": true, "declare": true, "tell": true}

// petrPronounSubject reports whether the verb at v has a personal pronoun
// as its subject.
func petrPronounSubject(toks []doc.Token, v int) bool {
	for _, t := range toks {
		if t.Head-1 == v && (t.Rel == "nsubj" || t.Rel == "nsubj:pass") {
			switch strings.ToLower(t.Text) {
			case "he", "she", "they", "it", "we":
				return true
			}
		}
	}
	return false
}

// petrSubjectSource reports whether the source of event e is the subject
// of its trigger (or has no entity to tell), rather than a phrase after
// it: in "a step enjoyed support from Moscow" Moscow supports but is not
// what the clause is about.
func petrSubjectSource(d *doc.Document, e *doc.Event) bool {
	k := e.Source.Entity
	if k < 0 || k >= len(d.Entities) {
		return true
	}
	ent := &d.Entities[k]
	return ent.TokEnd <= e.TriggerToken
}

// picoFrame reports whether a PICO value is a framing class: a top digit
// from 0x1000 to 0xF000 with nothing below it.
func picoFrame(v int) bool { return v >= 0x1000 && v <= 0xF000 && v&0xFFF == 0 }
