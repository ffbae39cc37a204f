package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/text/segeval"
)

func init() {
	registerEval(command{
		name:    "segment",
		summary: "sentence and token F1 of the text layer on UD English EWT and GUM test",
		run:     runEvalSegment,
	})
}

// segmentDefaults are the treebanks evaluated when no file is named.
var segmentDefaults = []string{"data/ud/en_ewt-ud-test.conllu.gz", "data/ud/en_gum-ud-test.conllu.gz"}

func runEvalSegment(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval segment", flag.ContinueOnError)
	fs.SetOutput(stderr)
	limit := fs.Int("limit", 0, "evaluate only the first `N` documents of each file")
	showErrors := fs.Int("errors", 0, "print `N` examples of boundary errors per file")
	tokenErrors := fs.Bool("token-errors", false, "with --errors, print token errors instead of boundary errors")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep eval segment [flags] [FILE.conllu[.gz]...]")
		fmt.Fprintln(stderr, "\nScores sentence segmentation and tokenization against CoNLL-U gold;")
		fmt.Fprintln(stderr, "without files, the EWT and GUM test sets of the shared data.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	files := fs.Args()
	if len(files) == 0 {
		for _, rel := range segmentDefaults {
			p, err := shared.Path(rel)
			if err != nil {
				return fmt.Errorf("default treebank: %w", err)
			}
			files = append(files, p)
		}
	}
	fmt.Fprintln(stdout, "Spans are byte ranges [start,end) in each document's raw text, rebuilt from the")
	fmt.Fprintln(stdout, "'# text' lines (sentences joined by a space, a blank line at # newpar/# newdoc).")
	fmt.Fprintln(stdout, "sentence F1: a sentence is right when both its start and end match gold;")
	fmt.Fprintln(stdout, "boundary F1: a boundary is a sentence's end offset; token F1: a syntactic word")
	fmt.Fprintln(stdout, "is right when its span matches a gold word's (contraction parts spelled out).")
	fmt.Fprintln(stdout)
	fmt.Fprintf(stdout, "%-28s %5s  %-22s %-22s %-22s\n", "file", "docs", "sentence P/R/F1", "boundary P/R/F1", "token P/R/F1")
	for _, f := range files {
		res, err := segeval.Evaluate(f, segeval.Options{Limit: *limit, MaxErrors: *showErrors, TokenErrors: *tokenErrors})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%-28s %5d  %-22s %-22s %-22s\n", shortName(f), res.Docs, prf(res.Sentences), prf(res.Boundaries), prf(res.Tokens))
		fmt.Fprintf(stdout, "%-28s %5s  gold %d / system %d sentences, gold %d / system %d words\n", "", "",
			res.Sentences.Gold, res.Sentences.System, res.Tokens.Gold, res.Tokens.System)
		for _, e := range res.Errors {
			fmt.Fprintln(stdout, "   ", e)
		}
		if strings.HasPrefix(filepath.Base(f), "en_ewt-ud-test") {
			fmt.Fprintf(stdout, "%-28s %5s  targets (boundary F1 >= 0.95, token F1 >= 0.99): %s\n", "", "",
				met(res.Boundaries.F1() >= 0.95 && res.Tokens.F1() >= 0.99))
		}
	}
	return nil
}

func met(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

func prf(p segeval.PRF) string {
	return fmt.Sprintf("%.3f/%.3f/%.4f", p.Precision(), p.Recall(), p.F1())
}

func shortName(path string) string { return filepath.Base(path) }
