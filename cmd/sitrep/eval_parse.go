package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/internal/cputime"
	prfcount "github.com/sitrep/sitrep/internal/prf" // prf names eval segment's formatter
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	registerEval(command{
		name:    "parse",
		summary: "UAS and LAS of the parser (with predicted tags) on gold CoNLL-U",
		run:     runEvalParse,
	})
}

// parseScore counts parser agreement with gold trees.
type parseScore struct {
	words, uas, las, sents int
	noPunct, uasNP, lasNP  int
	elapsed, cpu           time.Duration
	// per relation: gold count, predicted count, correct (head and label)
	gold, pred, correct map[string]int
}

func scoreParse(tg *tag.Tagger, p *parse.Parser, gold []*conllu.Sentence, goldTags bool) parseScore {
	sc := parseScore{gold: map[string]int{}, pred: map[string]int{}, correct: map[string]int{}}
	var forms, upos, xpos []string
	for _, s := range gold {
		forms, upos, xpos = forms[:0], upos[:0], xpos[:0]
		for _, w := range s.Words {
			forms = append(forms, w.Form)
			upos = append(upos, w.UPOS)
			xpos = append(xpos, w.XPOS)
		}
		if !goldTags {
			tg.TagInto(forms, upos, xpos)
		}
		heads := make([]int, len(forms))
		rels := make([]string, len(forms))
		start, cpu := time.Now(), cputime.Used()
		p.ParseInto(forms, xpos, heads, rels)
		sc.elapsed += time.Since(start)
		sc.cpu += cputime.Used() - cpu
		sc.sents++
		for i, w := range s.Words {
			sc.words++
			sc.gold[w.Deprel]++
			sc.pred[rels[i]]++
			punct := w.UPOS == "PUNCT"
			if !punct {
				sc.noPunct++
			}
			if heads[i] == w.Head {
				sc.uas++
				if !punct {
					sc.uasNP++
				}
				if rels[i] == w.Deprel {
					sc.las++
					sc.correct[w.Deprel]++
					if !punct {
						sc.lasNP++
					}
				}
			}
		}
	}
	return sc
}

func runEvalParse(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("conllu", "", "gold CoNLL-U file (default: the shared EWT test set)")
	taggerModel := fs.String("tagger", "", "tagger model file (default: the embedded model)")
	parserModel := fs.String("model", "", "parser model file (default: the embedded model)")
	goldTags := fs.Bool("gold-tags", false, "parse with the gold XPOS tags instead of predicted ones")
	rels := fs.Bool("relations", false, "print precision, recall and F1 per relation")
	branches := fs.Int("branches", parse.DefaultBranches, "alternative parses tried per sentence by selectional branching (0: greedy)")
	maxMargin := fs.Float64("max-margin", parse.DefaultMaxMargin, "largest margin between the best and second-best action at which the parser branches")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	file, gold, err := readGoldCoNLLU(*path)
	if err != nil {
		return err
	}
	tg, err := loadTagger(*taggerModel)
	if err != nil {
		return err
	}
	p, err := loadParser(*parserModel)
	if err != nil {
		return err
	}
	if b, m := p.Branching(); b != *branches || m != float32(*maxMargin) {
		p.SetBranching(*branches, float32(*maxMargin))
	}
	sc := scoreParse(tg, p, gold, *goldTags)
	tags := "predicted"
	if *goldTags {
		tags = "gold"
	}
	fmt.Fprintf(stdout, "file        %s (gold tokens, %s tags)\n", file, tags)
	fmt.Fprintf(stdout, "sentences   %d\nwords       %d\n", sc.sents, sc.words)
	fmt.Fprintf(stdout, "UAS         %.2f%%\n", pct(sc.uas, sc.words))
	fmt.Fprintf(stdout, "LAS         %.2f%%\n", pct(sc.las, sc.words))
	fmt.Fprintf(stdout, "UAS no punct %.2f%%\nLAS no punct %.2f%%\n", pct(sc.uasNP, sc.noPunct), pct(sc.lasNP, sc.noPunct))
	if sc.cpu > 0 {
		fmt.Fprintf(stdout, "speed       %.0f sentences, %.0f words per CPU second parsing (%.0f sentences/s wall clock)\n",
			float64(sc.sents)/sc.cpu.Seconds(), float64(sc.words)/sc.cpu.Seconds(), float64(sc.sents)/sc.elapsed.Seconds())
	}
	if *rels {
		fmt.Fprintf(stdout, "\n%-14s %6s %7s %7s %7s\n", "relation", "gold", "prec", "recall", "F1")
		for _, r := range byCount(sc.gold) {
			c := prfcount.Counts{Gold: sc.gold[r], System: sc.pred[r], Correct: sc.correct[r]}
			fmt.Fprintf(stdout, "%-14s %6d %6.2f%% %6.2f%% %6.2f%%\n", r, c.Gold, 100*c.Precision(), 100*c.Recall(), 100*c.F1())
		}
	}
	return nil
}

// readGoldCoNLLU reads the gold CoNLL-U file at path, by default the
// shared EWT test set, and returns the path it read.
func readGoldCoNLLU(path string) (string, []*conllu.Sentence, error) {
	if path == "" {
		p, err := shared.Path("data/ud/en_ewt-ud-test.conllu.gz")
		if err != nil {
			return "", nil, fmt.Errorf("%w: --conllu is required when the shared data is absent: %v", errUsage, err)
		}
		path = p
	}
	gold, err := conllu.ReadFile(path)
	return path, gold, err
}

func loadParser(path string) (*parse.Parser, error) {
	if path == "" {
		return parse.Default()
	}
	return parse.LoadFile(path)
}
