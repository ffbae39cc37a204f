package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/internal/cputime"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	registerEval(command{
		name:    "pos",
		summary: "UPOS, XPOS and lemma accuracy of the tagger on gold CoNLL-U",
		run:     runEvalPOS,
	})
}

// posScore counts tagger agreement with gold words.
type posScore struct {
	words, upos, xpos, both, lemma, vnWords, vnLemma int
	elapsed, cpu                                     time.Duration
	// misses counts the wrong lemmas by "gold-UPOS form
	// gold-lemma/gold-XPOS → lemma/predicted-XPOS".
	misses map[string]int
}

// scorePOS tags gold and scores the tags and lemmas; with goldTags the
// lemmas are found from the gold tags.
func scorePOS(tg *tag.Tagger, gold []*conllu.Sentence, goldTags bool) posScore {
	sc := posScore{misses: map[string]int{}}
	var forms, upos, xpos []string
	for _, s := range gold {
		forms, upos, xpos = forms[:0], upos[:0], xpos[:0]
		for _, w := range s.Words {
			forms = append(forms, w.Form)
			upos = append(upos, "")
			xpos = append(xpos, "")
		}
		start, cpu := time.Now(), cputime.Used()
		tg.TagInto(forms, upos, xpos)
		sc.elapsed += time.Since(start)
		sc.cpu += cputime.Used() - cpu
		if goldTags {
			for i, w := range s.Words {
				upos[i], xpos[i] = w.UPOS, w.XPOS
			}
		}
		for i, w := range s.Words {
			sc.words++
			if upos[i] == w.UPOS {
				sc.upos++
			}
			if xpos[i] == w.XPOS {
				sc.xpos++
			}
			if upos[i] == w.UPOS && xpos[i] == w.XPOS {
				sc.both++
			}
			got := tg.Lemmatizer.Lemma(w.Form, upos[i], xpos[i])
			ok := got == w.Lemma
			if ok {
				sc.lemma++
			} else {
				sc.misses[fmt.Sprintf("%s %s %s/%s → %s/%s", w.UPOS, w.Form, w.Lemma, w.XPOS, got, xpos[i])]++
			}
			if w.UPOS == "VERB" || w.UPOS == "NOUN" {
				sc.vnWords++
				if ok {
					sc.vnLemma++
				}
			}
		}
	}
	return sc
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func runEvalPOS(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval pos", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("conllu", "", "gold CoNLL-U file (default: the shared EWT test set)")
	model := fs.String("model", "", "tagger model file (default: the embedded model)")
	goldTags := fs.Bool("gold-tags", false, "lemmatize from the gold tags instead of the predicted ones (the tag accuracy is still the tagger's)")
	misses := fs.Int("lemma-misses", 0, "also list the N most frequent wrong lemmas, with gold and predicted tags")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	file, gold, err := readGoldCoNLLU(*path)
	if err != nil {
		return err
	}
	tg, err := loadTagger(*model)
	if err != nil {
		return err
	}
	sc := scorePOS(tg, gold, *goldTags)
	fmt.Fprintf(stdout, "file        %s\n", file)
	fmt.Fprintf(stdout, "sentences   %d\nwords       %d\n", len(gold), sc.words)
	fmt.Fprintf(stdout, "UPOS        %.2f%%\n", pct(sc.upos, sc.words))
	fmt.Fprintf(stdout, "XPOS        %.2f%%\n", pct(sc.xpos, sc.words))
	fmt.Fprintf(stdout, "UPOS+XPOS   %.2f%%\n", pct(sc.both, sc.words))
	fmt.Fprintf(stdout, "lemma       %.2f%%\n", pct(sc.lemma, sc.words))
	fmt.Fprintf(stdout, "lemma V+N   %.2f%% (%d gold VERB and NOUN words)\n", pct(sc.vnLemma, sc.vnWords), sc.vnWords)
	if *misses > 0 {
		keys := byCount(sc.misses)
		for _, k := range keys[:min(*misses, len(keys))] {
			fmt.Fprintf(stdout, "miss %4d  %s\n", sc.misses[k], k)
		}
	}
	if sc.cpu > 0 {
		fmt.Fprintf(stdout, "speed       %.0f words per CPU second tagging (%.0f words/s wall clock)\n",
			float64(sc.words)/sc.cpu.Seconds(), float64(sc.words)/sc.elapsed.Seconds())
	}
	return nil
}

// byCount returns the keys of counts, most frequent first and in
// lexical order among equals.
func byCount(counts map[string]int) []string {
	keys := slices.Collect(maps.Keys(counts))
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(counts[b]-counts[a], strings.Compare(a, b))
	})
	return keys
}
