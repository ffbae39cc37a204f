// Package petrarch reads the dictionaries of PETRARCH and TABARI, the
// open-source event coders whose curated dictionaries many users keep:
// actor dictionaries (names, "+" synonyms, dated codes such as
// [USAGOV >011222]), agent dictionaries (sector words with "~" codes,
// {plural} forms and !PERSON! substitution sets), discard lists, and (in
// verbs.go) verb dictionaries.
//
// The helpers in this file for reading dictionary lines (stripping "#"
// comments and <!-- --> blocks, cleanLines) are shared by all the readers
// of the package.
package petrarch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Line is one meaningful line of a dictionary: its 1-based number, its text
// with comments removed and right-trimmed, and whether it was indented.
type Line struct {
	N        int
	Text     string
	Indented bool
}

// cleanLines reads r and returns its non-blank lines without "#" comments
// and <!-- --> comment blocks, which may span lines.
func cleanLines(r io.Reader) ([]Line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []Line
	inBlock := false
	n := 0
	for sc.Scan() {
		n++
		s := sc.Text()
		var b strings.Builder
		for s != "" {
			if inBlock {
				i := strings.Index(s, "-->")
				if i < 0 {
					s = ""
					break
				}
				s = s[i+3:]
				inBlock = false
				continue
			}
			i := strings.Index(s, "<!--")
			if i < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:i])
			s = s[i+4:]
			inBlock = true
		}
		t := b.String()
		if i := strings.IndexByte(t, '#'); i >= 0 {
			t = t[:i]
		}
		t = strings.TrimRightFunc(t, unicode.IsSpace)
		if strings.TrimSpace(t) == "" {
			continue
		}
		out = append(out, Line{N: n, Text: t, Indented: t[0] == ' ' || t[0] == '\t'})
	}
	return out, sc.Err()
}

// DatedCode is an actor code with the period it applies to: From
// inclusive, To exclusive; a zero bound is open.
type DatedCode struct {
	Code     string
	From, To time.Time
}

// Applies reports whether the code applies on day t.
func (c DatedCode) Applies(t time.Time) bool {
	if !c.From.IsZero() && t.Before(c.From) {
		return false
	}
	return c.To.IsZero() || t.Before(c.To)
}

// Actor is one entry of an actor dictionary: its names (each a list of
// upper-case words) and its codes.
type Actor struct {
	Names [][]string
	// Stem marks names written without a final "_", which PETRARCH also
	// matches as the prefix of a longer last word ("ARGENTIN").
	Stem  []bool
	Codes []DatedCode
	File  string
	Line  int
}

// CodeAt returns the code that applies on day t: a dated code whose period
// holds t, else the undated code, else "".
func (a *Actor) CodeAt(t time.Time) string {
	undated := ""
	for _, c := range a.Codes {
		if c.From.IsZero() && c.To.IsZero() {
			if undated == "" {
				undated = c.Code
			}
			continue
		}
		if c.Applies(t) {
			return c.Code
		}
	}
	return undated
}

// Agent is one entry of an agent dictionary: a phrase and its sector code.
// Prefix marks codes written "[NGO~]", which PETRARCH puts before the
// actor's code rather than after it.
type Agent struct {
	Words  []string
	Code   string
	Prefix bool
	// Plural marks the plural forms, listed or regular.
	Plural bool
	File   string
	Line   int
}

// Dict holds PETRARCH/TABARI actor, agent and discard dictionaries with a
// longest-match index over their phrases.
type Dict struct {
	Actors []*Actor
	Agents []*Agent
	// Discards are sentence-level discard phrases; StoryDiscards the "+"
	// story-level ones.
	Discards, StoryDiscards [][]string
	// Notes lists lines read with a repair, such as a seven-digit date.
	Notes []string

	actorIdx map[string][]nameRef
	stemIdx  []nameRef
	agentIdx map[string][]*Agent
}

type nameRef struct {
	actor *Actor
	words []string
	stem  bool
}

// NewDict returns an empty dictionary.
func NewDict() *Dict {
	return &Dict{actorIdx: map[string][]nameRef{}, agentIdx: map[string][]*Agent{}}
}

// Load reads the dictionaries at paths, deciding each file's kind from its
// name: "*agents*", "*discards*" or else an actor dictionary. Verb and other
// files are not read here.
func Load(paths ...string) (*Dict, error) {
	d := NewDict()
	var errs []error
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("petrarch dictionary: %w", err))
			continue
		}
		name := filepath.Base(p)
		lower := strings.ToLower(name)
		switch {
		case strings.Contains(lower, "agent"):
			err = d.ReadAgents(f, name)
		case strings.Contains(lower, "discard"):
			err = d.ReadDiscards(f, name)
		default:
			err = d.ReadActors(f, name)
		}
		f.Close()
		if err != nil {
			errs = append(errs, err)
		}
	}
	return d, errors.Join(errs...)
}

// LoadDir reads the actor, agent and discard dictionaries in dir: files
// whose names contain "actors", "agents" or "discards".
func LoadDir(dir string) (*Dict, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("petrarch dictionaries: %w", err)
	}
	var paths []string
	for _, e := range ents {
		n := strings.ToLower(e.Name())
		if !e.IsDir() && (strings.Contains(n, "actors") || strings.Contains(n, "agents") || strings.Contains(n, "discards")) {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("petrarch dictionaries: no actors, agents or discards files in %s", dir)
	}
	sort.Strings(paths)
	return Load(paths...)
}

// ParseError is a line that could not be read.
type ParseError struct {
	File string
	Line int
	Msg  string
}

// Error returns "file:line: message".
func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// phraseWords splits a dictionary phrase at underscores and spaces into
// upper-case words; stem reports that it had no final underscore.
func phraseWords(s string) (words []string, stem bool) {
	s = strings.TrimSpace(s)
	stem = !strings.HasSuffix(s, "_")
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '_' || unicode.IsSpace(r) }) {
		words = append(words, strings.ToUpper(w))
	}
	return words, stem
}

// ReadActors reads an actor dictionary. A line starting a new actor holds
// its first name and possibly its codes; "+" lines add synonyms; indented
// or bracketed lines add codes. Consecutive names without codes take the
// codes that follow them.
func (d *Dict) ReadActors(r io.Reader, name string) error {
	lines, err := cleanLines(r)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	var errs []error
	var cur *Actor
	var pending []*Actor // entries still waiting for a code
	flush := func() {
		if cur != nil && len(cur.Codes) > 0 {
			for _, p := range pending {
				p.Codes = cur.Codes
				d.addActor(p)
			}
			pending = nil
			d.addActor(cur)
		} else if cur != nil {
			pending = append(pending, cur)
		}
		cur = nil
	}
	for _, ln := range lines {
		t := strings.TrimSpace(ln.Text)
		switch {
		case strings.HasPrefix(t, "["):
			if cur == nil {
				errs = append(errs, &ParseError{name, ln.N, "code without an actor"})
				continue
			}
			codes, err := d.parseCodes(t, name, ln.N)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			cur.Codes = append(cur.Codes, codes...)
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				errs = append(errs, &ParseError{name, ln.N, "synonym without an actor"})
				continue
			}
			phrase, rest := splitBracket(t[1:])
			w, stem := phraseWords(phrase)
			if len(w) > 0 {
				cur.Names = append(cur.Names, w)
				cur.Stem = append(cur.Stem, stem)
			}
			if rest != "" {
				codes, err := d.parseCodes(rest, name, ln.N)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				cur.Codes = append(cur.Codes, codes...)
			}
		default:
			flush()
			phrase, rest := splitBracket(t)
			w, stem := phraseWords(phrase)
			if len(w) == 0 {
				errs = append(errs, &ParseError{name, ln.N, fmt.Sprintf("no actor name in %q", t)})
				continue
			}
			cur = &Actor{Names: [][]string{w}, Stem: []bool{stem}, File: name, Line: ln.N}
			if rest != "" {
				codes, err := d.parseCodes(rest, name, ln.N)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				cur.Codes = codes
			}
		}
	}
	flush()
	for _, p := range pending {
		d.Notes = append(d.Notes, fmt.Sprintf("%s:%d: actor %s has no code", name, p.Line, strings.Join(p.Names[0], "_")))
	}
	return errors.Join(errs...)
}

// splitBracket splits "NAME [CODE]" at the first "[" or "{".
func splitBracket(s string) (phrase, rest string) {
	i := strings.IndexAny(s, "[")
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i:])
}

func (d *Dict) addActor(a *Actor) {
	d.Actors = append(d.Actors, a)
	for i, n := range a.Names {
		ref := nameRef{actor: a, words: n, stem: a.Stem[i] && len(n) == 1}
		if ref.stem {
			d.stemIdx = append(d.stemIdx, ref)
		}
		d.actorIdx[n[0]] = append(d.actorIdx[n[0]], ref)
	}
}

// parseCodes reads one or more "[CODE restriction]" groups. Text after
// the groups and unreadable restrictions, both found in PETRARCH's own
// dictionaries, are skipped with a note.
func (d *Dict) parseCodes(s, file string, line int) ([]DatedCode, error) {
	var out []DatedCode
	for s != "" {
		if s[0] != '[' {
			if len(out) == 0 {
				return nil, &ParseError{file, line, fmt.Sprintf("want [CODE ...], got %q", s)}
			}
			d.notef(file, line, "ignored text after the codes: %q", s)
			break
		}
		j := strings.IndexByte(s, ']')
		if j < 0 {
			return nil, &ParseError{file, line, fmt.Sprintf("unclosed [ in %q", s)}
		}
		c, err := d.parseCode(s[1:j], file, line)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
		s = strings.TrimSpace(s[j+1:])
	}
	return out, nil
}

func (d *Dict) notef(file string, line int, format string, args ...any) {
	d.Notes = append(d.Notes, fmt.Sprintf("%s:%d: ", file, line)+fmt.Sprintf(format, args...))
}

// parseCode reads "CODE", "CODE >YYMMDD", "CODE <YYMMDD" or
// "CODE YYMMDD-YYMMDD" (six- or eight-digit dates). A bare date is read as
// ">date"; alternatives "A/B" keep A; an unreadable date drops the
// restriction; each with a note.
func (d *Dict) parseCode(s, file string, line int) (DatedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return DatedCode{}, &ParseError{file, line, "empty code"}
	}
	code := strings.ToUpper(f[0])
	if a, _, ok := strings.Cut(code, "/"); ok && validCode(a) {
		d.notef(file, line, "alternative codes %s: kept %s", code, a)
		code = a
	}
	c := DatedCode{Code: code}
	if !validCode(c.Code) {
		return c, &ParseError{file, line, fmt.Sprintf("bad code %q", f[0])}
	}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return c, nil
	}
	var err error
	switch {
	case rest[0] == '>':
		c.From, err = d.parseDate(rest[1:], file, line)
	case rest[0] == '<':
		c.To, err = d.parseDate(rest[1:], file, line)
	case !strings.Contains(rest, "-"):
		d.notef(file, line, "date %s without > or <: read as >%s", rest, rest)
		c.From, err = d.parseDate(rest, file, line)
	default:
		a, b, _ := strings.Cut(rest, "-")
		if c.From, err = d.parseDate(a, file, line); err == nil {
			c.To, err = d.parseDate(b, file, line)
			// A closed range includes its last day.
			c.To = c.To.AddDate(0, 0, 1)
		}
	}
	var pe *ParseError
	if errors.As(err, &pe) && strings.HasPrefix(pe.Msg, "bad date") {
		d.notef(file, line, "%s: restriction dropped", pe.Msg)
		return DatedCode{Code: code}, nil
	}
	return c, err
}

// parseDate reads YYMMDD (years 00-30 are 20YY) or YYYYMMDD; a
// seven-digit YYYYMMD is read with a note.
func (d *Dict) parseDate(s, file string, line int) (time.Time, error) {
	for _, r := range s {
		if r < '0' || r > '9' {
			return time.Time{}, &ParseError{file, line, fmt.Sprintf("bad date %q", s)}
		}
	}
	var y, m, day int
	switch len(s) {
	case 6:
		y, _ = strconv.Atoi(s[:2])
		m, _ = strconv.Atoi(s[2:4])
		day, _ = strconv.Atoi(s[4:])
		if y <= 30 { // PETRARCH's dstr_to_ordate: 00-30 are 20YY
			y += 2000
		} else {
			y += 1900
		}
	case 8:
		y, _ = strconv.Atoi(s[:4])
		m, _ = strconv.Atoi(s[4:6])
		day, _ = strconv.Atoi(s[6:])
	case 7:
		y, _ = strconv.Atoi(s[:4])
		m, _ = strconv.Atoi(s[4:6])
		day, _ = strconv.Atoi(s[6:])
		d.Notes = append(d.Notes, fmt.Sprintf("%s:%d: seven-digit date %s read as %04d-%02d-%02d", file, line, s, y, m, day))
	default:
		return time.Time{}, &ParseError{file, line, fmt.Sprintf("bad date %q (want YYMMDD or YYYYMMDD)", s)}
	}
	if m < 1 || m > 12 || day < 1 || day > 31 {
		return time.Time{}, &ParseError{file, line, fmt.Sprintf("bad date %q", s)}
	}
	return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC), nil
}

// validCode accepts PETRARCH codes: letters and digits, "---" and "+++".
func validCode(s string) bool {
	if s == "---" || s == "+++" {
		return true
	}
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z') && !(r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// ReadAgents reads an agent dictionary: "!SET! = A, B" substitution
// sets, and "PHRASE [{PLURALS}] [~CODE]" entries whose phrase may use a
// set. Phrases get regular plurals unless "{}" or an explicit list is
// given.
func (d *Dict) ReadAgents(r io.Reader, name string) error {
	lines, err := cleanLines(r)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	sets := map[string][]string{}
	var errs []error
	for _, ln := range lines {
		t := strings.TrimSpace(ln.Text)
		if strings.HasPrefix(t, "!") {
			if k, v, ok := strings.Cut(t, "="); ok && strings.HasSuffix(strings.TrimSpace(k), "!") {
				var vals []string
				for _, x := range strings.Split(v, ",") {
					if x = strings.ToUpper(strings.TrimSpace(x)); x != "" {
						vals = append(vals, x)
					}
				}
				sets[strings.TrimSpace(k)] = vals
				continue
			}
		}
		i := strings.IndexByte(t, '[')
		j := strings.LastIndexByte(t, ']')
		if i >= 0 && j < i {
			// "[~ENV}" occurs upstream.
			j = strings.LastIndexByte(t, '}')
		}
		if i < 0 && strings.IndexFunc(t, func(r rune) bool { return !unicode.IsUpper(r) && r != '_' && r != '-' }) < 0 {
			d.notef(name, ln.N, "agent %s has no code: skipped", t)
			continue
		}
		if i < 0 || j < i {
			errs = append(errs, &ParseError{name, ln.N, fmt.Sprintf("want PHRASE [~CODE], got %q", t)})
			continue
		}
		code := strings.ReplaceAll(t[i+1:j], " ", "")
		prefix := strings.HasSuffix(code, "~") && !strings.HasPrefix(code, "~")
		code = strings.Trim(code, "~")
		if !validCode(code) {
			errs = append(errs, &ParseError{name, ln.N, fmt.Sprintf("bad agent code %q", t[i+1:j])})
			continue
		}
		phrase := t[:i]
		var plurals []string
		autoPlural := true
		if a := strings.IndexByte(phrase, '{'); a >= 0 {
			b := strings.IndexByte(phrase, '}')
			if b < a {
				errs = append(errs, &ParseError{name, ln.N, "unclosed {"})
				continue
			}
			plurals = strings.Fields(phrase[a+1 : b])
			autoPlural = false
			phrase = phrase[:a]
		}
		expanded, ok := expandSets(strings.TrimSpace(phrase), sets)
		if !ok {
			errs = append(errs, &ParseError{name, ln.N, fmt.Sprintf("phrase expands to more than %d forms", maxSetForms)})
			continue
		}
		for _, p := range expanded {
			forms := []string{p}
			if autoPlural {
				forms = append(forms, plural(p))
			}
			forms = append(forms, plurals...)
			for fi, f := range forms {
				w, _ := phraseWords(f)
				if len(w) == 0 {
					continue
				}
				a := &Agent{Words: w, Code: code, Prefix: prefix, Plural: fi > 0, File: name, Line: ln.N}
				d.Agents = append(d.Agents, a)
				d.agentIdx[w[0]] = append(d.agentIdx[w[0]], a)
			}
		}
	}
	return errors.Join(errs...)
}

// maxSetForms bounds the phrases one agent line may expand to.
const maxSetForms = 4096

// expandSets replaces each !SET! in a phrase by each of its values; a
// value is not expanded again, so a set naming itself expands once. An
// unknown set stands as its bare name. ok is false when the phrase would
// expand to more than maxSetForms phrases.
func expandSets(p string, sets map[string][]string) (out []string, ok bool) {
	i := strings.IndexByte(p, '!')
	if i < 0 {
		return []string{p}, true
	}
	j := strings.IndexByte(p[i+1:], '!')
	if j < 0 {
		return []string{p}, true
	}
	key := p[i : i+j+2]
	vals, known := sets[key]
	if !known {
		vals = []string{strings.Trim(key, "!")}
	}
	rest, ok := expandSets(p[i+j+2:], sets)
	if !ok || len(vals)*len(rest) > maxSetForms {
		return nil, false
	}
	for _, v := range vals {
		for _, r := range rest {
			out = append(out, p[:i]+v+r)
		}
	}
	return out, true
}

// plural forms PETRARCH's regular plural of a phrase's last word.
func plural(p string) string {
	u := strings.ToUpper(strings.TrimRight(p, "_ "))
	switch {
	case strings.HasSuffix(u, "MAN"):
		return u[:len(u)-3] + "MEN"
	case strings.HasSuffix(u, "Y") && !strings.HasSuffix(u, "AY") && !strings.HasSuffix(u, "EY") && !strings.HasSuffix(u, "OY"):
		return u[:len(u)-1] + "IES"
	case strings.HasSuffix(u, "S") || strings.HasSuffix(u, "SH") || strings.HasSuffix(u, "CH") || strings.HasSuffix(u, "X"):
		return u + "ES"
	}
	return u + "S"
}

// ReadDiscards reads a discard list: one phrase a line, "+" marking a
// story-level discard.
func (d *Dict) ReadDiscards(r io.Reader, name string) error {
	lines, err := cleanLines(r)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	for _, ln := range lines {
		t := strings.TrimSpace(ln.Text)
		story := strings.HasPrefix(t, "+")
		w, _ := phraseWords(strings.TrimPrefix(t, "+"))
		if len(w) == 0 {
			continue
		}
		if story {
			d.StoryDiscards = append(d.StoryDiscards, w)
		} else {
			d.Discards = append(d.Discards, w)
		}
	}
	return nil
}

// LookupActor finds the longest actor name at the start of words (any
// case) and returns its actor, the code that applies on day t and the
// number of words matched; n is 0 when nothing matches.
func (d *Dict) LookupActor(words []string, t time.Time) (a *Actor, code string, n int) {
	if len(words) == 0 {
		return nil, "", 0
	}
	up := upperAll(words, 12)
	// Of two names with the same words the later one wins, as in
	// PETRARCH2's word tree, where a repeated phrase overwrites the
	// codes of the earlier entry.
	for _, ref := range d.actorIdx[up[0]] {
		if len(ref.words) >= n && hasPrefixWords(up, ref.words) {
			a, n = ref.actor, len(ref.words)
		}
	}
	if n == 0 {
		for _, ref := range d.stemIdx {
			if strings.HasPrefix(up[0], ref.words[0]) {
				a, n = ref.actor, 1
				break
			}
		}
	}
	if a == nil {
		return nil, "", 0
	}
	return a, a.CodeAt(t), n
}

// LookupAgent finds the longest agent phrase at the start of words.
func (d *Dict) LookupAgent(words []string) (ag *Agent, n int) {
	if len(words) == 0 {
		return nil, 0
	}
	up := upperAll(words, 8)
	for _, a := range d.agentIdx[up[0]] {
		if len(a.Words) >= n && hasPrefixWords(up, a.Words) {
			ag, n = a, len(a.Words)
		}
	}
	return ag, n
}

// Discarded reports whether words contain a discard phrase, and whether
// it is a story-level one.
func (d *Dict) Discarded(words []string) (found, story bool) {
	up := upperAll(words, len(words))
	for i := range up {
		for _, p := range d.StoryDiscards {
			if hasPrefixWords(up[i:], p) {
				return true, true
			}
		}
		for _, p := range d.Discards {
			if hasPrefixWords(up[i:], p) {
				found = true
			}
		}
	}
	return found, false
}

func upperAll(words []string, max int) []string {
	if len(words) > max {
		words = words[:max]
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToUpper(w)
	}
	return out
}

func hasPrefixWords(words, p []string) bool {
	if len(p) > len(words) {
		return false
	}
	for i := range p {
		if words[i] != p[i] {
			return false
		}
	}
	return true
}
