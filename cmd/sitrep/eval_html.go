package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/sitrep/sitrep/htmltext"
	"github.com/sitrep/sitrep/internal/shared"
)

func init() {
	registerEval(command{
		name:    "html",
		summary: "article text extraction from web pages: token-level P/R/F1",
		run:     runEvalHTML,
	})
}

func runEvalHTML(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval html", flag.ContinueOnError)
	fs.SetOutput(stderr)
	def, _ := shared.Path("data/corpus/html")
	dir := fs.String("dir", def, "benchmark `folder` with manifest.jsonl, pages/ and expected/")
	worst := fs.Int("worst", 5, "list this many pages with the lowest F1")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep eval html [--dir FOLDER]")
		fmt.Fprintln(stderr, "\nExtracts each page's article text and compares it with the expected text:")
		fmt.Fprintln(stderr, "precision, recall and F1 over lowercased word tokens (as multisets), per page")
		fmt.Fprintln(stderr, "and averaged over pages.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		return fmt.Errorf("%w: --dir: no shared data found; name the benchmark folder", errUsage)
	}
	res, err := htmltext.EvalDir(*dir)
	if err != nil {
		return err
	}
	failed := 0
	for _, p := range res.Pages {
		if p.Err != nil {
			failed++
		}
	}
	fmt.Fprintf(stdout, "pages: %d (%d failed to extract)\n", len(res.Pages), failed)
	fmt.Fprintf(stdout, "mean precision %.3f  recall %.3f  F1 %.3f\n", res.Mean.Precision, res.Mean.Recall, res.Mean.F1)
	pages := append([]htmltext.PageScore(nil), res.Pages...)
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].F1 < pages[j].F1 })
	if *worst > 0 {
		fmt.Fprintln(stdout, "\nlowest F1:")
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		for _, p := range pages[:min(*worst, len(pages))] {
			note := p.URL
			if p.Err != nil {
				note = p.Err.Error()
			}
			fmt.Fprintf(tw, "  %.3f\tP %.3f\tR %.3f\t%s\n", p.F1, p.Precision, p.Recall, note)
		}
		tw.Flush()
	}
	return nil
}
