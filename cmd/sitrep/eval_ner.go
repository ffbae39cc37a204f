package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/ner"
)

func init() {
	registerEval(command{
		name:    "ner",
		summary: "PER/ORG/LOC precision, recall and F1 of the NER tagger on CoNLL-2003 test",
		run:     runEvalNER,
	})
}

func runEvalNER(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	conll := fs.String("conll", "", "CoNLL-2003 `file` to score (default: the shared eng.testb)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep eval ner [--conll FILE]")
		fmt.Fprintln(stderr, "\nTags each sentence of a CoNLL-2003 file and scores the PER, ORG and LOC")
		fmt.Fprintln(stderr, "entities by exact span match (MISC is not predicted and left out).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	path := *conll
	if path == "" {
		p, err := shared.Path("data/ner/eng.testb")
		if err != nil {
			return fmt.Errorf("no --conll file and %v", err)
		}
		path = p
	}
	m, err := ner.Default()
	if err != nil {
		return err
	}
	gz, err := ner.DefaultGazetteer()
	if err != nil {
		return err
	}
	for _, v := range []struct {
		name    string
		overlay bool
	}{{"model alone", false}, {"model with the actor dictionaries' names laid over it (as in the pipeline)", true}} {
		res, n, err := ner.EvaluateFile(path, ner.Tagger{Model: m, Gaz: gz, DictOverlay: v.overlay})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d sentences; %s\n", path, n, v.name)
		fmt.Fprintf(stdout, "%-5s %6s %6s %6s %6s %6s\n", "type", "gold", "pred", "P", "R", "F1")
		for _, k := range []string{"PER", "ORG", "LOC", "ALL"} {
			s := res[k]
			if s == nil {
				s = &ner.Score{}
			}
			fmt.Fprintf(stdout, "%-5s %6d %6d %6.3f %6.3f %6.3f\n", k, s.Gold, s.System, s.Precision(), s.Recall(), s.F1())
		}
		fmt.Fprintln(stdout)
	}
	return nil
}
