package actor

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/doc"
)

// Kind tells what an entry names.
type Kind uint8

// The kinds of dictionary entries.
const (
	// Country is a country or region by name ("Russia"): entity type GPE.
	Country Kind = iota + 1
	// Adjective is a demonym or adjective ("Russian"): entity type NORP.
	Adjective
	// Capital is a capital city, an actor only when used as one
	// ("Moscow said"): entity type GPE, coded as the government.
	Capital
	// Seat is a seat of power, always an actor ("the Kremlin").
	Seat
	// Org is an organisation or group ("NATO", "Hezbollah").
	Org
	// Person is a named person with dated roles.
	Person
	// Agent is a word or phrase for a sector ("troops", "foreign
	// minister"); it has no country of its own.
	Agent
	// Modifier is a word allowed between a country and an agent
	// ("senior", "security") that changes nothing.
	Modifier
)

var kindNames = map[string]Kind{
	"country": Country, "person": Person, "org": Org, "agent": Agent, "modifier": Modifier,
}

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Adjective:
		return "adjective"
	case Capital:
		return "capital"
	case Seat:
		return "seat"
	case Org:
		return "org"
	case Person:
		return "person"
	case Agent:
		return "agent"
	case Modifier:
		return "modifier"
	}
	return "unknown"
}

// Role is one dated office or affiliation of a person: Code applies from
// From (inclusive) to To (exclusive); a zero bound is open.
type Role struct {
	Code  string
	From  doc.Day
	To    doc.Day
	Title string
	// TitleKey is Title normalised through the agent dictionary
	// ("Minister of Foreign Affairs" → "foreign minister"), used to answer
	// "the Chinese president".
	TitleKey string
}

// Active reports whether the role applies on day d.
func (r Role) Active(d time.Time) bool {
	if !r.From.IsZero() && d.Before(r.From.Time) {
		return false
	}
	if !r.To.IsZero() && !d.Before(r.To.Time) {
		return false
	}
	return true
}

// Entry is one dictionary entry: a canonical name, its kind and its code
// or dated roles.
type Entry struct {
	// Name is the canonical name (the first name given).
	Name string
	Kind Kind
	// Code is the undated code: a country for countries, adjectives and
	// people outside their roles, the full code for organisations, the
	// sector for agents.
	Code string
	// Roles are a person's dated roles, in file order.
	Roles []Role
	// Title is the canonical title of an agent that is an office
	// ("foreign minister"); empty for other agents.
	Title string
	// Plural marks agent forms that name groups ("troops").
	Plural bool
	// Person marks agents that name one person ("minister", "spokesman")
	// rather than a body ("ministry"); offices are persons.
	Person bool
	// Source is "file:line" where the entry was defined.
	Source string
	// Petrarch marks entries imported from PETRARCH dictionaries, which
	// do not tell people from countries: any of them may follow an
	// office ("Bree President Romendacil").
	Petrarch bool
}

// active reports whether one of e's roles applies on day t.
func (e *Entry) active(t time.Time) bool {
	for _, r := range e.Roles {
		if r.Active(t) {
			return true
		}
	}
	return false
}

// CodeAt returns the code and role title of e on day d. A person in one of
// their roles gets that role's code (a head of state or government's
// office before a portfolio held with it, then the latest-starting, if
// several apply: Netanyahu in 2016 is the prime minister who also held
// foreign affairs); a person after the end of a role in a country gets
// that country with ELI (a former office-holder, never the stale office);
// before any role the undated Code applies. Other entries get their dated
// code if one applies and their undated Code otherwise.
func (e *Entry) CodeAt(d time.Time) (code, title string) {
	best := -1
	for i, r := range e.Roles {
		if !r.Active(d) {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		b := e.Roles[best]
		if h, bh := headTitles[r.TitleKey], headTitles[b.TitleKey]; h != bh {
			if h {
				best = i
			}
		} else if r.From.After(b.From.Time) {
			best = i
		}
	}
	if best >= 0 {
		return e.Roles[best].Code, e.Roles[best].Title
	}
	if e.Kind != Person {
		return e.Code, ""
	}
	var former string
	var formerEnd time.Time
	for _, r := range e.Roles {
		if !r.To.IsZero() && !d.Before(r.To.Time) && r.To.After(formerEnd) {
			if c := CountryOf(r.Code); c != "" {
				former, formerEnd = Compose(c, "ELI"), r.To.Time
			} else if strings.HasPrefix(r.Code, "IGO") {
				former, formerEnd = "ELI", r.To.Time
			}
		}
	}
	if former != "" {
		if CountryOf(e.Code) != "" {
			return Compose(CountryOf(e.Code), "ELI"), ""
		}
		return former, ""
	}
	return e.Code, ""
}

// headTitles are the title keys of heads of state and government, which
// name a person before any portfolio they hold at the same time.
var headTitles = map[string]bool{
	"president": true, "prime minister": true, "chancellor": true, "king": true,
	"emir": true, "sultan": true, "supreme leader": true, "emperor": true,
}

// Dict is a set of actor dictionary entries with a trie over their token
// sequences for longest-match lookup.
type Dict struct {
	Entries []*Entry
	root    *node
	// titles maps "CCC|title key" to the people who held that office.
	titles map[string][]*Entry
	// countryName maps a country code to its canonical name.
	countryName map[string]string
	// orgName maps an organisation code to its first canonical name.
	orgName map[string]string
	agents  *node
	// stems maps word prefixes to entries that match any word starting
	// with them (PETRARCH names written without a final "_").
	stems map[string][]hit
}

// AddStem indexes e under a one-word prefix: any capitalised word starting
// with stem (at least three letters) matches when no whole-word name does.
func (d *Dict) AddStem(e *Entry, stem string) {
	k := normKey(stem)
	if len([]rune(k)) < 3 {
		return
	}
	if d.stems == nil {
		d.stems = map[string][]hit{}
	}
	d.stems[k] = append(d.stems[k], hit{entry: e, kind: e.Kind, caps: 1})
}

// stem returns the entry of the longest stem that begins key.
func (d *Dict) stem(key, word string) (hit, bool) {
	for l := len(key); l >= 3; l-- {
		if hs, ok := d.stems[key[:l]]; ok {
			if h, ok := pick(hs, []string{word}); ok {
				return h, true
			}
		}
	}
	return hit{}, false
}

// node is a trie node over normalised tokens.
type node struct {
	next map[string]*node
	hits []hit
}

// hit is an entry reachable at a trie node.
type hit struct {
	entry *Entry
	kind  Kind
	// caps has bit i set when the i-th token of the name is capitalised
	// in the dictionary and must be in the text too; upper when it is
	// all capitals ("WHO", "IS") and must be so in the text.
	caps, upper uint64
	// code overrides the entry's code for this name: a full code, or for
	// a country's capitals and seats the sector put after the country's
	// code on the document's date ("GOV", "MIL"); "" means the entry's.
	code string
}

func newNode() *node { return &node{} }

func (n *node) child(k string) *node {
	if n.next == nil {
		n.next = map[string]*node{}
	}
	c := n.next[k]
	if c == nil {
		c = newNode()
		n.next[k] = c
	}
	return c
}

// NewDict returns an empty dictionary.
func NewDict() *Dict {
	return &Dict{root: newNode(), titles: map[string][]*Entry{}, countryName: map[string]string{}, orgName: map[string]string{}, agents: newNode()}
}

// Len returns the number of entries.
func (d *Dict) Len() int { return len(d.Entries) }

// CountryName returns the canonical name of a country code, or "".
func (d *Dict) CountryName(code string) string { return d.countryName[code] }

// OrgName returns the canonical name of an organisation code, or "".
func (d *Dict) OrgName(code string) string { return d.orgName[code] }

// Holder returns the person who held the office titled title (an agent
// title key such as "president") in country on day t, or nil.
func (d *Dict) Holder(country, title string, t time.Time) *Entry {
	var best *Entry
	var bestFrom time.Time
	for _, e := range d.titles[country+"|"+title] {
		for _, r := range e.Roles {
			if r.TitleKey == title && CountryOf(r.Code) == country && r.Active(t) && (best == nil || r.From.After(bestFrom)) {
				best, bestFrom = e, r.From.Time
			}
		}
	}
	return best
}

// ParseError is a problem at one line of a dictionary file.
type ParseError struct {
	File string
	Line int
	Msg  string
}

// Error returns "file:line: message".
func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Parse reads one dictionary file in sitrep's format (docs/DICTIONARIES.md)
// and adds its entries. All problems are returned joined; good entries are
// kept.
func (d *Dict) Parse(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	kind := Kind(0)
	var cur *Entry
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, &ParseError{name, line, fmt.Sprintf(format, args...)})
	}
	lineNo := 0
	for sc.Scan() {
		lineNo++
		raw := sc.Text()
		if i := strings.IndexByte(raw, '#'); i >= 0 {
			raw = raw[:i]
		}
		if strings.TrimSpace(raw) == "" {
			continue
		}
		indented := raw[0] == ' ' || raw[0] == '\t'
		line := strings.TrimSpace(raw)
		src := fmt.Sprintf("%s:%d", name, lineNo)
		if strings.HasPrefix(line, "%kind") {
			k, ok := kindNames[strings.TrimSpace(strings.TrimPrefix(line, "%kind"))]
			if !ok {
				bad(lineNo, "unknown kind in %q (want country, person, org, agent or modifier)", line)
				continue
			}
			kind, cur = k, nil
			continue
		}
		if kind == 0 {
			bad(lineNo, "entry before any %%kind line")
			continue
		}
		if indented {
			if cur == nil {
				bad(lineNo, "indented line without an entry")
				continue
			}
			if err := d.parseDetail(cur, line, src); err != nil {
				bad(lineNo, "%v", err)
			}
			continue
		}
		e, err := d.parseHeader(kind, line, src)
		if err != nil {
			bad(lineNo, "%v", err)
			cur = nil
			continue
		}
		cur = e
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("read %s: %w", name, err))
	}
	return errors.Join(errs...)
}

// splitNames splits "a; b; c" into trimmed non-empty names.
func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, ";") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// leadingCode splits "CODE: rest" when CODE is a valid code.
func leadingCode(line string) (code, rest string, ok bool) {
	i := strings.IndexByte(line, ':')
	if i <= 0 {
		return "", line, false
	}
	c := strings.TrimSpace(line[:i])
	if !ValidCode(c) {
		return "", line, false
	}
	return c, strings.TrimSpace(line[i+1:]), true
}

func (d *Dict) parseHeader(kind Kind, line, src string) (*Entry, error) {
	e := &Entry{Kind: kind, Source: src}
	switch kind {
	case Country, Org:
		code, rest, ok := leadingCode(line)
		if !ok {
			return nil, fmt.Errorf("want CODE: name; name ... in %q", line)
		}
		e.Code = code
		names := splitNames(rest)
		if len(names) == 0 {
			return nil, fmt.Errorf("no names in %q", line)
		}
		e.Name = names[0]
		switch kind {
		case Country:
			if _, dup := d.countryName[code]; !dup {
				d.countryName[code] = e.Name
			}
		case Org:
			if _, dup := d.orgName[code]; !dup {
				d.orgName[code] = e.Name
			}
		}
		d.addNames(e, kind, names, "")
	case Person:
		names := line
		if code, rest, ok := leadingCode(line); ok {
			e.Code, names = code, rest
		}
		ns := splitNames(names)
		if len(ns) == 0 {
			return nil, fmt.Errorf("no names in %q", line)
		}
		e.Name = ns[0]
		d.addNames(e, Person, ns, "")
	case Agent:
		head, rest, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("want SECTOR: phrase; phrase ... in %q", line)
		}
		f := strings.Fields(head)
		if len(f) == 0 || !ValidCode(f[0]) {
			return nil, fmt.Errorf("bad sector %q", head)
		}
		e.Code = f[0]
		names := splitNames(rest)
		if len(names) == 0 {
			return nil, fmt.Errorf("no phrases in %q", line)
		}
		if len(f) > 1 {
			if (f[1] != "title" && f[1] != "person") || len(f) > 2 {
				return nil, fmt.Errorf("want SECTOR, SECTOR person or SECTOR title before ':' in %q", line)
			}
			e.Person = true
			if f[1] == "title" {
				e.Title = strings.ToLower(strings.Split(names[0], "/")[0])
			}
		}
		e.Name = strings.Split(names[0], "/")[0]
		for _, n := range names {
			sing, plur, hasPlur := strings.Cut(n, "/")
			d.addAgent(e, sing, false)
			switch {
			case hasPlur && plur != "":
				d.addAgent(e, plur, true)
			case !hasPlur:
				d.addAgent(e, pluralize(sing), true)
			}
		}
	case Modifier:
		for _, n := range splitNames(line) {
			e := &Entry{Kind: Modifier, Name: n, Source: src}
			d.Entries = append(d.Entries, e)
			d.addTo(d.agents, e, Modifier, n, "")
		}
		return nil, nil
	}
	d.Entries = append(d.Entries, e)
	return e, nil
}

// addAgent indexes one agent phrase.
func (d *Dict) addAgent(e *Entry, phrase string, plural bool) {
	pe := e
	if plural {
		cp := *e
		cp.Plural = true
		pe = &cp
	}
	d.addTo(d.agents, pe, Agent, phrase, "")
	d.addTo(d.root, pe, Agent, phrase, "")
}

func (d *Dict) addNames(e *Entry, kind Kind, names []string, code string) {
	for _, n := range names {
		d.addTo(d.root, e, kind, n, code)
	}
}

// parseDetail reads an indented line of an entry.
func (d *Dict) parseDetail(e *Entry, line, src string) error {
	switch e.Kind {
	case Country, Org:
		key, rest, ok := strings.Cut(line, ":")
		if !ok {
			return d.parseRole(e, line)
		}
		key = strings.TrimSpace(key)
		names := splitNames(rest)
		switch {
		case key == "name":
			d.addNames(e, e.Kind, names, "")
		case key == "adj":
			d.addNames(e, Adjective, names, "")
			d.addNames(e, Adjective, demonymPlurals(names), "")
		case key == "capital" && e.Kind == Country:
			d.addNames(e, Capital, names, "GOV")
		case key == "capital":
			d.addNames(e, Capital, names, e.Code)
		case isSector(key) && e.Kind == Country:
			d.addNames(e, Seat, names, strings.ToUpper(key))
		case isSector(key):
			d.addNames(e, Seat, names, Compose(e.Code, strings.ToUpper(key)))
		case ValidCode(key):
			d.addNames(e, Seat, names, key)
		default:
			return fmt.Errorf("unknown key %q (want name, adj, capital or a sector)", key)
		}
		return nil
	case Person:
		f := strings.Fields(line)
		if strings.HasPrefix(f[0], "name:") || f[0] == "name" {
			_, rest, _ := strings.Cut(line, ":")
			d.addNames(e, Person, splitNames(rest), "")
			return nil
		}
		if len(f) == 1 && ValidCode(f[0]) {
			e.Code = f[0]
			return nil
		}
		return d.parseRole(e, line)
	}
	return fmt.Errorf("unexpected indented line %q", line)
}

// parseRole reads "CODE FROM..TO [title]" into a dated role of e.
func (d *Dict) parseRole(e *Entry, line string) error {
	f := strings.Fields(line)
	if !ValidCode(f[0]) {
		return fmt.Errorf("bad code %q", f[0])
	}
	if len(f) < 2 {
		return fmt.Errorf("want CODE FROM..TO [title] in %q", line)
	}
	from, to, err := parseRange(f[1])
	if err != nil {
		return err
	}
	title := strings.Join(f[2:], " ")
	r := Role{Code: f[0], From: from, To: to, Title: title}
	r.TitleKey = d.titleKey(title)
	e.Roles = append(e.Roles, r)
	if c := CountryOf(r.Code); c != "" && r.TitleKey != "" {
		k := c + "|" + r.TitleKey
		if len(d.titles[k]) == 0 || d.titles[k][len(d.titles[k])-1] != e {
			d.titles[k] = append(d.titles[k], e)
		}
	}
	return nil
}

// titleKey normalises an office title through the agent trie: the title of
// the longest agent phrase inside it that names an office.
func (d *Dict) titleKey(title string) string {
	toks := tokenize(title)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = normKey(t)
	}
	best, bestLen := "", 0
	for i := range keys {
		if i > 0 && subordinate[keys[i-1]] {
			// "Deputy Foreign Minister" is not the foreign minister.
			continue
		}
		n := d.agents
		for j := i; j < len(keys); j++ {
			n = n.next[keys[j]]
			if n == nil {
				break
			}
			for _, h := range n.hits {
				if h.entry.Title != "" && j-i+1 > bestLen {
					best, bestLen = h.entry.Title, j-i+1
				}
			}
		}
	}
	return best
}

// subordinate are the words that make an office title a lesser one
// ("Deputy President", "Assistant Secretary of State").
var subordinate = map[string]bool{"deputy": true, "vice": true, "assistant": true, "under": true, "junior": true, "shadow": true, "associate": true}

// parseRange reads "FROM..TO" with either side possibly empty.
func parseRange(s string) (from, to doc.Day, err error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return from, to, fmt.Errorf("want FROM..TO dates, got %q", s)
	}
	if from, err = parsePartialDay(a); err != nil {
		return
	}
	to, err = parsePartialDay(b)
	if err == nil && !from.IsZero() && !to.IsZero() && to.Before(from.Time) {
		err = fmt.Errorf("range %q ends before it starts", s)
	}
	return
}

// parsePartialDay reads "", "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the first
// day of that period.
func parsePartialDay(s string) (doc.Day, error) {
	switch len(s) {
	case 0:
		return doc.Day{}, nil
	case 4:
		s += "-01-01"
	case 7:
		s += "-01"
	}
	return doc.ParseDay(s)
}

// addTo indexes name under trie root for entry e.
func (d *Dict) addTo(root *node, e *Entry, kind Kind, name, code string) {
	for _, toks := range variants(tokenize(name)) {
		if len(toks) == 0 {
			continue
		}
		n := root
		var caps, upper uint64
		for i, t := range toks {
			n = n.child(normKey(t))
			if i < 64 && kind != Agent && kind != Modifier && startsUpper(t) {
				caps |= 1 << i
				if isAllCaps(t) {
					upper |= 1 << i
				}
			}
		}
		n.hits = append(n.hits, hit{entry: e, kind: kind, caps: caps, upper: upper, code: code})
	}
}

// variants returns the token sequence and, when some token has inner
// hyphens, the sequence with those tokens split at the hyphens.
func variants(toks []string) [][]string {
	out := [][]string{toks}
	var split []string
	changed := false
	for _, t := range toks {
		if len(t) > 2 && strings.Contains(t[1:len(t)-1], "-") {
			parts := strings.Split(t, "-")
			for i, p := range parts {
				if i > 0 {
					split = append(split, "-")
				}
				if p != "" {
					split = append(split, p)
				}
			}
			changed = true
			continue
		}
		split = append(split, t)
	}
	if changed {
		out = append(out, split)
	}
	return out
}

// tokenize splits a dictionary name into tokens the way the text layer
// does for names: at spaces, with "'s" and trailing commas split off.
func tokenize(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if strings.HasSuffix(f, "'s") && len(f) > 2 {
			out = append(out, f[:len(f)-2], "'s")
			continue
		}
		out = append(out, f)
	}
	return out
}

// pluralize forms the English plural of a phrase's last word.
func pluralize(p string) string {
	i := strings.LastIndexByte(p, ' ')
	head, w := p[:i+1], p[i+1:]
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "man"):
		return head + w[:len(w)-3] + "men"
	case strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x") || strings.HasSuffix(lw, "ch") || strings.HasSuffix(lw, "sh"):
		return head + w + "es"
	case strings.HasSuffix(lw, "y") && len(lw) > 1 && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return head + w[:len(w)-1] + "ies"
	}
	return head + w + "s"
}

// spellings unifies British and American spellings in keys.
var spellings = map[string]string{
	"defence": "defense", "labour": "labor", "programme": "program", "organisation": "organization",
	"organisations": "organizations", "centre": "center", "councillor": "councilor", "councillors": "councilors",
}

// normKey is the trie key of a token: lower case, curly apostrophes
// straightened, periods of abbreviations dropped ("U.S." → "us"), British
// spellings made American.
func normKey(t string) string {
	k := strings.ToLower(t)
	if strings.ContainsAny(k, "’‘") {
		k = strings.NewReplacer("’", "'", "‘", "'").Replace(k)
	}
	if len(k) > 1 && strings.Contains(k, ".") {
		if s := strings.ReplaceAll(k, ".", ""); s != "" {
			k = s
		}
	}
	if s, ok := spellings[k]; ok {
		return s
	}
	return k
}

func startsUpper(t string) bool {
	return t != "" && t[0] >= 'A' && t[0] <= 'Z'
}

//go:embed data/*.txt
var embedded embed.FS

var (
	defaultOnce sync.Once
	defaultDict *Dict
	defaultErr  error
)

// Default returns the embedded dictionaries, parsed once.
func Default() (*Dict, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			defaultErr = err
			return
		}
		defaultDict, defaultErr = LoadFS(sub)
	})
	return defaultDict, defaultErr
}

// Files are the embedded dictionary files; a file of the same name in a
// user's dictionary folder replaces the embedded one.
var Files = []string{"agents.txt", "countries.txt", "orgs.txt", "people.txt"}

// Load returns the embedded dictionaries when dir is "", and otherwise the
// embedded files overlaid with dir's: each of Files present in dir replaces
// the embedded one, and every "*.actors.txt" in dir is added. Other files
// (such as the event patterns) are left alone.
func Load(dir string) (*Dict, error) {
	if dir == "" {
		return Default()
	}
	return Open(dir)
}

// Open is Load without the shared cache: it always returns a new
// dictionary, which the caller may extend with Add.
func Open(dir string) (*Dict, error) {
	if dir == "" {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			return nil, err
		}
		return LoadFS(sub)
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("actor dictionaries: %w", err)
	}
	user := os.DirFS(dir)
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, err
	}
	extra, err := fs.Glob(user, "*.actors.txt")
	if err != nil {
		return nil, fmt.Errorf("actor dictionaries: %w", err)
	}
	type src struct {
		fsys fs.FS
		name string
	}
	var srcs []src
	for _, n := range Files {
		if _, err := fs.Stat(user, n); err == nil {
			srcs = append(srcs, src{user, n})
		} else {
			srcs = append(srcs, src{sub, n})
		}
	}
	for _, n := range extra {
		srcs = append(srcs, src{user, n})
	}
	d := NewDict()
	var errs []error
	for _, s := range srcs {
		f, err := s.fsys.Open(s.name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := d.Parse(s.name, f); err != nil {
			errs = append(errs, err)
		}
		f.Close()
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("actor dictionaries: %w", err)
	}
	return d, nil
}

// LoadDir reads every *.txt dictionary file in dir.
func LoadDir(dir string) (*Dict, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("actor dictionaries: %w", err)
	}
	return LoadFS(os.DirFS(dir))
}

// LoadFS reads every *.txt file at the top of fsys. Agent files are read
// first so that people's titles can be normalised.
func LoadFS(fsys fs.FS) (*Dict, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("list dictionaries: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no *.txt dictionary files found")
	}
	sort.SliceStable(names, func(i, j int) bool {
		return strings.Contains(names[i], "agent") && !strings.Contains(names[j], "agent")
	})
	d := NewDict()
	var errs []error
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := d.Parse(filepath.Base(n), f); err != nil {
			errs = append(errs, err)
		}
		f.Close()
	}
	if err := errors.Join(errs...); err != nil {
		return d, fmt.Errorf("actor dictionaries: %w", err)
	}
	return d, nil
}

// Add indexes e under each of names, for entries built by other readers
// (PETRARCH dictionaries, for example). Agent entries are indexed as
// agents, with no plural forms added.
func (d *Dict) Add(e *Entry, names ...string) {
	d.Entries = append(d.Entries, e)
	for _, n := range names {
		if e.Kind == Agent {
			d.addTo(d.agents, e, Agent, n, "")
		}
		d.addTo(d.root, e, e.Kind, n, "")
	}
	if e.Kind == Country && d.countryName[e.Code] == "" {
		d.countryName[e.Code] = e.Name
	}
}

// demonymPlurals returns the plurals of demonyms that take -s ("Afghan" →
// "Afghans", "Iraqi" → "Iraqis"); others are listed in the dictionary.
func demonymPlurals(names []string) []string {
	var out []string
	for _, n := range names {
		if strings.HasSuffix(n, "an") || strings.HasSuffix(n, "i") {
			out = append(out, n+"s")
		}
	}
	return out
}

// isAllCaps reports a word of two or more letters, all capitals.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
