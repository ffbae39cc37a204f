package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// ReadIOB2 reads UNER-style files: tab-separated index, token and IOB2
// tag, with "#" comments and a blank line after each sentence.
func ReadIOB2(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if strings.TrimSpace(line) == "" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = Sentence{}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("line %d: want index, token and tag", n)
		}
		cur.Words = append(cur.Words, f[1])
		cur.Tags = append(cur.Tags, normTag(f[2]))
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// ReadCoNLL2003 reads the CoNLL-2003 format: "token POS chunk NER" lines
// with blank lines between sentences. MISC entities become "O", since the
// tagger knows only PER, ORG and LOC.
func ReadCoNLL2003(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = Sentence{}
			continue
		}
		if len(f) < 4 {
			return nil, fmt.Errorf("line %d: want token POS chunk NER", n)
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, normTag(f[len(f)-1]))
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// normTag keeps PER, ORG and LOC tags (GPE counted as LOC) and maps the
// rest to "O".
func normTag(t string) string {
	if len(t) < 3 || (t[0] != 'B' && t[0] != 'I') || t[1] != '-' {
		return "O"
	}
	switch typ := t[2:]; typ {
	case "PER", "ORG", "LOC":
		return t
	case "GPE":
		return t[:2] + "LOC"
	}
	return "O"
}

// ReadGUM reads GUM CoNLL-U with entity annotations in MISC (Entity=) and
// returns sentences tagged with the named mentions of people, places and
// organisations: a mention counts as named when its head word is a proper
// noun; its span runs from its first to its last proper noun. Documents
// whose ids start with a prefix in skip are left out (masked or
// non-commercially licensed genres).
func ReadGUM(r io.Reader, skip []string) ([]Sentence, error) {
	var out []Sentence
	type tok struct {
		form, upos, misc string
		head             int
	}
	var toks []tok
	skipping := false
	flush := func() {
		if len(toks) == 0 {
			return
		}
		defer func() { toks = toks[:0] }()
		if skipping {
			return
		}
		s := Sentence{Words: make([]string, len(toks)), Tags: make([]string, len(toks))}
		for i, t := range toks {
			s.Words[i] = t.form
			s.Tags[i] = "O"
		}
		type open struct {
			id, typ string
			start   int
		}
		var stack []open
		type mention struct {
			typ        string
			start, end int
		}
		var ms []mention
		for i, t := range toks {
			ent := ""
			for _, kv := range strings.Split(t.misc, "|") {
				if strings.HasPrefix(kv, "Entity=") {
					ent = kv[len("Entity="):]
				}
			}
			for ent != "" {
				switch {
				case ent[0] == '(':
					j := strings.IndexAny(ent[1:], "()")
					var body string
					if j < 0 {
						body, ent = ent[1:], ""
					} else {
						body, ent = ent[1:1+j], ent[1+j:]
					}
					parts := strings.Split(body, "-")
					typ := ""
					if len(parts) > 1 {
						typ = parts[1]
					}
					if strings.HasPrefix(ent, ")") {
						ms = append(ms, mention{typ, i, i + 1})
						ent = ent[1:]
					} else {
						stack = append(stack, open{parts[0], typ, i})
					}
				default:
					j := strings.IndexByte(ent, ')')
					if j < 0 {
						ent = ""
						break
					}
					id := ent[:j]
					ent = ent[j+1:]
					for k := len(stack) - 1; k >= 0; k-- {
						if stack[k].id == id {
							ms = append(ms, mention{stack[k].typ, stack[k].start, i + 1})
							stack = append(stack[:k], stack[k+1:]...)
							break
						}
					}
				}
			}
		}
		// Outer mentions first: "Port of Valmora" is one name.
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].end-ms[i].start > ms[j].end-ms[j].start })
		for _, m := range ms {
			var typ string
			switch m.typ {
			case "person":
				typ = "PER"
			case "place":
				typ = "LOC"
			case "organization":
				typ = "ORG"
			default:
				continue
			}
			// The head is the word whose head lies outside the mention.
			head := -1
			for k := m.start; k < m.end; k++ {
				h := toks[k].head - 1
				if h < m.start || h >= m.end {
					head = k
					break
				}
			}
			if head < 0 || toks[head].upos != "PROPN" {
				continue
			}
			// The name is the run of proper nouns around the head, with
			// connectors inside ("Bank of England", "Harley-Davidson").
			a, b := head, head+1
			for a > m.start && (toks[a-1].upos == "PROPN" || (a-2 >= m.start && connector(toks[a-1].form) && toks[a-2].upos == "PROPN")) {
				a--
			}
			for b < m.end && (toks[b].upos == "PROPN" || (b+1 < m.end && connector(toks[b].form) && toks[b+1].upos == "PROPN")) {
				b++
			}
			free := true
			for k := a; k < b; k++ {
				if s.Tags[k] != "O" {
					free = false
				}
			}
			if !free {
				continue
			}
			for k := a; k < b; k++ {
				s.Tags[k] = "I-" + typ
			}
			s.Tags[a] = "B-" + typ
		}
		out = append(out, s)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# newdoc id") {
			flush()
			id := strings.TrimSpace(line[strings.IndexByte(line, '=')+1:])
			skipping = false
			for _, p := range skip {
				if strings.HasPrefix(id, p) {
					skipping = true
				}
			}
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		if line == "" {
			flush()
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 || strings.ContainsAny(f[0], "-.") {
			continue
		}
		head := 0
		fmt.Sscan(f[6], &head)
		toks = append(toks, tok{form: f[1], upos: f[3], misc: f[9], head: head})
	}
	flush()
	return out, sc.Err()
}

// connector reports words that may join the parts of a name.
func connector(w string) bool {
	switch w {
	case "of", "the", "de", "-", "&", "and", "for", "du", "del", "la":
		return true
	}
	return false
}
