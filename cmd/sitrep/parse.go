package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	register(command{
		name:    "parse",
		summary: "tag, lemmatise and parse CoNLL-U or plain text into CoNLL-U or JSON",
		run:     runParse,
	})
}

func runParse(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	inFormat := fs.String("input-format", "", "input `format`: conllu (keep its tokens and sentences) or text (default: conllu for .conllu[.gz] files, else text)")
	outFormat := fs.String("output-format", "conllu", "output `format`: conllu or json")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep parse [flags] [FILE|-]")
		fmt.Fprintln(stderr, "\nFills UPOS, XPOS, LEMMA, HEAD and DEPREL. With CoNLL-U input the given")
		fmt.Fprintln(stderr, "tokens and sentences are kept (FEATS and DEPS are cleared), so the output")
		fmt.Fprintln(stderr, "can be scored with the CoNLL 2018 evaluation script.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("%w: at most one input file", errUsage)
	}
	path := "-"
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	if *inFormat == "" {
		*inFormat = "text"
		if strings.HasSuffix(path, ".conllu") || strings.HasSuffix(path, ".conllu.gz") {
			*inFormat = "conllu"
		}
	}
	if *outFormat != "conllu" && *outFormat != "json" {
		return fmt.Errorf("%w: --output-format must be conllu or json, not %q", errUsage, *outFormat)
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	defer out.Flush()
	switch *inFormat {
	case "conllu":
		return parseCoNLLU(path, *outFormat, out, stderr)
	case "text":
		return parseText(path, *outFormat, out)
	}
	return fmt.Errorf("%w: --input-format must be conllu or text, not %q", errUsage, *inFormat)
}

func parseCoNLLU(path, outFormat string, out io.Writer, stderr io.Writer) error {
	var r *conllu.Reader
	if path == "-" {
		r = conllu.NewReader(os.Stdin)
	} else {
		cr, c, err := conllu.Open(path)
		if err != nil {
			return err
		}
		defer c.Close()
		r = cr
	}
	tg, err := tag.Default()
	if err != nil {
		return err
	}
	p, err := parse.Default()
	if err != nil {
		return err
	}
	var sents []*conllu.Sentence
	bad := 0
	for {
		s, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintf(stderr, "sitrep parse: skipping a sentence: %v\n", err)
			bad++
			continue
		}
		annotate(tg, p, s)
		if outFormat == "conllu" {
			if err := conllu.Write(out, s); err != nil {
				return err
			}
			continue
		}
		sents = append(sents, s)
	}
	if outFormat == "json" {
		return writeJSON(out, conllu.ToDocument(filepath.Base(path), sents))
	}
	if bad > 0 {
		return fmt.Errorf("%d malformed sentence(s) skipped", bad)
	}
	return nil
}

// annotate fills a CoNLL-U sentence's tags, lemmas and tree in place.
func annotate(tg *tag.Tagger, p *parse.Parser, s *conllu.Sentence) {
	n := len(s.Words)
	forms, upos, xpos := make([]string, n), make([]string, n), make([]string, n)
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	tg.TagInto(forms, upos, xpos)
	heads, rels := p.Parse(forms, xpos)
	for i := range s.Words {
		w := &s.Words[i]
		w.UPOS, w.XPOS = upos[i], xpos[i]
		w.Lemma = tg.Lemmatizer.Lemma(forms[i], upos[i], xpos[i])
		w.Head, w.Deprel = heads[i], rels[i]
		w.Feats, w.Deps = "_", "_"
	}
}

func parseText(path, outFormat string, out io.Writer) error {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(os.Stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	pl, err := engine.New(engine.Config{Stages: []string{"tag", "parse"}})
	if err != nil {
		return err
	}
	id := filepath.Base(path)
	if path == "-" {
		id = "stdin"
	}
	d, err := input.FromText(id, string(data), input.Options{})
	if err != nil {
		return err
	}
	if err := pl.Process(d); err != nil {
		return err
	}
	if outFormat == "json" {
		return writeJSON(out, d.WithoutText())
	}
	for _, s := range conllu.FromDocument(d) {
		if err := conllu.Write(out, s); err != nil {
			return err
		}
	}
	return nil
}

func writeJSON(out io.Writer, d *doc.Document) error {
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// writeDebugParse writes the document's sentences as CoNLL-U (the tags,
// lemmas and tree the pipeline found), for sitrep code --debug-parse. Each
// sentence is preceded by its tree drawn as indented comment lines, heads
// above their dependents:
//
//	# tree: met VBD root
//	# tree:   mediators NNS nsubj
//	# tree:     Egyptian JJ amod
func writeDebugParse(w io.Writer, d *doc.Document) {
	var buf bytes.Buffer
	for _, s := range conllu.FromDocument(d) {
		s.Comments = append(s.Comments, treeLines(s)...)
		conllu.Write(&buf, s)
	}
	w.Write(buf.Bytes())
}

// treeLines draws the dependency tree of s as indented lines, children in
// word order; words unreachable from the root (there are none in a valid
// tree) are listed after it.
func treeLines(s *conllu.Sentence) []string {
	n := len(s.Words)
	kids := make([][]int, n+1)
	for i, w := range s.Words {
		if w.Head >= 0 && w.Head <= n {
			kids[w.Head] = append(kids[w.Head], i+1)
		}
	}
	var lines []string
	seen := make([]bool, n+1)
	var walk func(id, depth int)
	walk = func(id, depth int) {
		if seen[id] || depth > n {
			return
		}
		seen[id] = true
		w := s.Words[id-1]
		lines = append(lines, fmt.Sprintf("tree: %s%s %s %s", strings.Repeat("  ", depth), w.Form, w.XPOS, w.Deprel))
		for _, k := range kids[id] {
			walk(k, depth+1)
		}
	}
	for _, r := range kids[0] {
		walk(r, 0)
	}
	for id := 1; id <= n; id++ {
		walk(id, 0)
	}
	return lines
}
