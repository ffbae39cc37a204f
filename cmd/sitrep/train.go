package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	register(command{
		name:    "train",
		summary: "train the POS tagger or the dependency parser on CoNLL-U",
		run:     runTrain,
	})
}

func runTrain(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || (args[0] != "tagger" && args[0] != "parser") {
		fmt.Fprintln(stderr, "Usage: sitrep train tagger|parser --train FILE --dev FILE --out FILE [--epochs N] [--seed S]")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return fmt.Errorf("%w: name what to train: tagger or parser", errUsage)
	}
	what := args[0]
	fs := flag.NewFlagSet("train "+what, flag.ContinueOnError)
	fs.SetOutput(stderr)
	trainPath := fs.String("train", "", "training CoNLL-U files (.conllu or .conllu.gz), comma-separated; the tagger's lemmatizer learns from the first only")
	gumGenres := fs.String("gum-genres", "academic,bio,court,interview,news,voyage", "keep only GUM documents (newdoc id GUM_<genre>_...) of these genres: the ones whose texts are under CC BY or CC BY-SA licences")
	devPath := fs.String("dev", "", "development CoNLL-U file, scored after every epoch")
	out := fs.String("out", "", "model file to write (gzip)")
	epochs := fs.Int("epochs", 0, "training epochs (default 12 for the tagger, 15 for the parser)")
	seed := fs.Uint64("seed", 1, "random seed for shuffling and exploration")
	minWeight := fs.Float64("min-weight", 1, "drop averaged weights below this absolute value (smaller, faster models)")
	tagger := fs.String("tagger", "", "parser only: tagger model used to tag the training and dev data (default: the embedded one; \"gold\" keeps gold tags)")
	writeTagged := fs.String("write-tagged", "", "parser only: also write the retagged training and dev data to PREFIX.train.conllu and PREFIX.dev.conllu, to train again on them with --tagger gold")
	folds := fs.Int("jackknife", 0, "parser: tag the training data by N-fold jackknifing with fresh taggers (0 = use --tagger); tagger: N >= 2 adds a second pass that sees the first pass's tags of the words to the right, trained on N-fold jackknifed first-pass tags")
	explore := fs.Float64("explore", 0.9, "parser only: probability of following the parser's own wrong action from the second epoch on (0 means the default 0.9; a negative value never follows it)")
	capitals := fs.String("capitals", "", "tagger only: word table (as ner/clusters.tsv.gz) whose capitalisation classes become features; saved with the model")
	wordClasses := fs.String("word-classes", "", "hierarchical word-class table (as tag/wordclasses.tsv.gz, from go run ./tag/wordclass) whose class bit-string prefixes become features of the tagger or the parser; saved with the model")
	sourceFeats := fs.Bool("source-features", false, "tagger only: learn key features also per training file (treebank) and predict in the first file's convention")
	if err := fs.Parse(args[1:]); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if *trainPath == "" || *out == "" {
		return fmt.Errorf("%w: --train and --out are required", errUsage)
	}
	var train, lemmaTrain []*conllu.Sentence
	var sources []int
	for i, path := range strings.Split(*trainPath, ",") {
		sents, err := conllu.ReadFile(path)
		if err != nil {
			return err
		}
		kept := filterGUM(sents, strings.Split(*gumGenres, ","))
		fmt.Fprintf(stderr, "%s: %d sentences, %d kept\n", path, len(sents), len(kept))
		train = append(train, kept...)
		for range kept {
			sources = append(sources, i)
		}
		if i == 0 {
			lemmaTrain = kept
		}
	}
	var dev []*conllu.Sentence
	var err error
	if *devPath != "" {
		if dev, err = conllu.ReadFile(*devPath); err != nil {
			return err
		}
	}
	var classes tag.WordClasses
	if *wordClasses != "" {
		if classes, err = tag.ReadWordClassesFile(*wordClasses); err != nil {
			return err
		}
	}
	start := time.Now()
	fmt.Fprintf(stderr, "train %s: %d training sentences, %d dev sentences\n", what, len(train), len(dev))
	switch what {
	case "tagger":
		opt := tag.TrainOptions{Epochs: orDefault(*epochs, 12), Seed: *seed, MinWeight: float32(*minWeight), LemmaTrain: lemmaTrain, Log: stderr, Folds: *folds}
		if *capitals != "" {
			caps, err := tag.ReadCapitalsFile(*capitals)
			if err != nil {
				return err
			}
			opt.Capitals = caps
		}
		opt.Classes = classes
		if *sourceFeats {
			opt.Sources = sources
		}
		tg, err := tag.Train(train, dev, opt)
		if err != nil {
			return err
		}
		if err := tg.SaveFile(*out); err != nil {
			return err
		}
	case "parser":
		opt := parse.TrainOptions{Epochs: orDefault(*epochs, 15), Seed: *seed, MinWeight: float32(*minWeight), Explore: *explore, Classes: classes, Log: stderr}
		switch {
		case *tagger == "gold":
		case *folds > 1:
			fmt.Fprintf(stderr, "jackknifing tags over %d folds\n", *folds)
			if err := tag.Jackknife(train, *folds, *seed, stderr); err != nil {
				return err
			}
			tg, err := loadTagger(*tagger)
			if err != nil {
				return err
			}
			tag.Retag(tg, dev)
		default:
			tg, err := loadTagger(*tagger)
			if err != nil {
				return err
			}
			tag.Retag(tg, train)
			tag.Retag(tg, dev)
		}
		if *writeTagged != "" {
			if err := writeCoNLLU(*writeTagged+".train.conllu", train); err != nil {
				return err
			}
			if err := writeCoNLLU(*writeTagged+".dev.conllu", dev); err != nil {
				return err
			}
		}
		p, err := parse.Train(train, dev, opt)
		if err != nil {
			return err
		}
		if err := p.SaveFile(*out); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "wrote %s in %s\n", *out, time.Since(start).Round(time.Second))
	return nil
}

// filterGUM drops the sentences of GUM documents whose genre is not in
// genres (documents are named by "# newdoc id = GUM_<genre>_<name>");
// sentences of other treebanks are kept.
func filterGUM(sents []*conllu.Sentence, genres []string) []*conllu.Sentence {
	keep := true
	var out []*conllu.Sentence
	for _, s := range sents {
		if s.NewDoc() {
			id, _ := s.Comment("newdoc id")
			keep = true
			if rest, ok := strings.CutPrefix(id, "GUM_"); ok {
				genre, _, _ := strings.Cut(rest, "_")
				keep = slices.Contains(genres, genre)
			}
		}
		if keep {
			out = append(out, s)
		}
	}
	return out
}

// writeCoNLLU writes sents to the file path.
func writeCoNLLU(path string, sents []*conllu.Sentence) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write tagged data: %w", err)
	}
	w := bufio.NewWriter(f)
	for _, s := range sents {
		if err := conllu.Write(w, s); err != nil {
			f.Close()
			return fmt.Errorf("write tagged data %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write tagged data %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write tagged data %s: %w", path, err)
	}
	return nil
}

func loadTagger(path string) (*tag.Tagger, error) {
	if path == "" {
		return tag.Default()
	}
	return tag.LoadFile(path)
}

func orDefault(v, d int) int {
	if v <= 0 {
		return d
	}
	return v
}
