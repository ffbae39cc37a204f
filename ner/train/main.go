// Command train builds sitrep's NER model (ner/model.bin.gz) from the
// shared corpora: GUM train and dev (only the genres under CC BY or CC
// BY-SA: academic, biographies, court, news, interviews, travel guides)
// and UNER English-EWT dev (CC BY-SA 4.0), with our actor dictionaries as
// gazetteer features. CoNLL-2003 is never read here: it is for evaluation
// only (sitrep eval ner).
//
// Usage, from the repository root:
//
//	go run ./ner/train -out ner/model.bin.gz
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/jsonl"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/ner"
)

// skipGenres are the GUM genres left out: masked Reddit text, and genres
// under non-commercial or unlisted licences.
var skipGenres = []string{
	"GUM_reddit", "GUM_essay", "GUM_letter", "GUM_podcast", "GUM_fiction", "GUM_whow",
	"GUM_conversation", "GUM_speech", "GUM_textbook", "GUM_vlog",
}

// selfArticles and selfMargin control self-training.
var (
	selfArticles int
	selfMargin   float64
)

// pruneBelow is the weight magnitude under which features are dropped.
var pruneBelow float64

// capsShare is the share of sentences added again in capitals.
var capsShare float64

func main() {
	out := flag.String("out", "ner/model.bin.gz", "where to write the model")
	epochs := flag.Int("epochs", 10, "training epochs")
	allGenres := flag.Bool("all-genres", false, "also train on GUM's non-commercial genres (the model then inherits CC BY-NC-SA)")
	unerTest := flag.Bool("uner-test", true, "also train on UNER EWT test (then only GUM test is held out)")
	minCount := flag.Int("min-count", 2, "drop features seen fewer times")
	flag.IntVar(&selfArticles, "self", 0, "self-training: tag this many unlabelled news articles with a first model and retrain with its confident sentences")
	flag.Float64Var(&selfMargin, "self-margin", 5, "smallest per-word score margin of a sentence kept for self-training")
	flag.Float64Var(&pruneBelow, "prune", 2, "drop features whose averaged weights are all smaller in magnitude")
	flag.Float64Var(&capsShare, "caps", 0.1, "share of training sentences also added in capitals, as in headlines")
	flag.Parse()
	if *allGenres {
		skipGenres = skipGenres[:1]
	}
	if err := run(*out, *epochs, *minCount, *unerTest); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func open(rel string) (io.ReadCloser, error) {
	p, err := shared.Path(rel)
	if err != nil {
		return nil, err
	}
	return jsonl.OpenText(p)
}

func gum(rel string) ([]ner.Sentence, error) {
	r, err := open(rel)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return ner.ReadGUM(r, skipGenres)
}

func uner(rel string) ([]ner.Sentence, error) {
	r, err := open(rel)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return ner.ReadIOB2(r)
}

func run(out string, epochs, minCount int, unerTest bool) error {
	gz, err := ner.DefaultGazetteer()
	if err != nil {
		return err
	}
	var train []ner.Sentence
	for _, rel := range []string{"data/ud/en_gum-ud-train.conllu.gz", "data/ud/en_gum-ud-dev.conllu.gz"} {
		s, err := gum(rel)
		if err != nil {
			return err
		}
		train = append(train, s...)
	}
	unerFiles := []string{"data/ud/uner_en_ewt-dev.iob2.gz"}
	heldOut := []string{"data/ud/en_gum-ud-test.conllu.gz"}
	if unerTest {
		unerFiles = append(unerFiles, "data/ud/uner_en_ewt-test.iob2.gz")
	} else {
		heldOut = append(heldOut, "data/ud/uner_en_ewt-test.iob2.gz")
	}
	for _, rel := range unerFiles {
		u, err := uner(rel)
		if err != nil {
			return err
		}
		train = append(train, u...)
	}
	train = append(train, capitalised(train, capsShare)...)
	addGaz(gz, train)
	fmt.Fprintf(os.Stderr, "training on %d sentences\n", len(train))
	m := ner.Train(train, ner.TrainOptions{Epochs: epochs, MinCount: minCount, Seed: 1, Progress: os.Stderr})
	if selfArticles > 0 {
		extra, err := selfTrain(m, gz)
		if err != nil {
			return err
		}
		train = append(train, extra...)
		fmt.Fprintf(os.Stderr, "retraining with %d self-labelled sentences\n", len(extra))
		m = ner.Train(train, ner.TrainOptions{Epochs: epochs, MinCount: minCount, Seed: 1, Progress: os.Stderr})
	}
	if pruneBelow > 0 {
		m = m.Prune(float32(pruneBelow))
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d features\n", out, m.Features())
	for _, name := range heldOut {
		read := gum
		if strings.Contains(name, "uner") {
			read = uner
		}
		test, err := read(name)
		if err != nil {
			return err
		}
		addGaz(gz, test)
		report(name, m, test)
		caps := capitalised(test, 1)
		addGaz(gz, caps)
		report(name+" in capitals", m, caps)
	}
	return nil
}

// capitalised returns copies in capitals of every n-th sentence, n chosen
// so that about share of them are copied.
func capitalised(sents []ner.Sentence, share float64) []ner.Sentence {
	if share <= 0 {
		return nil
	}
	every := max(1, int(1/share+0.5))
	var out []ner.Sentence
	for i := 0; i < len(sents); i += every {
		s := sents[i]
		words := make([]string, len(s.Words))
		for k, w := range s.Words {
			words[k] = strings.ToUpper(w)
		}
		out = append(out, ner.Sentence{Words: words, Tags: s.Tags})
	}
	return out
}

func addGaz(gz *ner.Gazetteer, sents []ner.Sentence) {
	for i := range sents {
		sents[i].Gaz = gz.Tags(sents[i].Words)
	}
}

func report(name string, m *ner.Model, test []ner.Sentence) {
	gold := make([][]string, len(test))
	pred := make([][]string, len(test))
	for i, s := range test {
		gold[i] = s.Tags
		pred[i] = m.Tag(s.Words, s.Gaz)
	}
	res := ner.Evaluate(gold, pred)
	keys := make([]string, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(os.Stderr, "held out %s:\n", name)
	for _, k := range keys {
		s := res[k]
		fmt.Fprintf(os.Stderr, "  %-4s P %.3f R %.3f F1 %.3f (gold %d)\n", k, s.Precision(), s.Recall(), s.F1(), s.Gold)
	}
}

// selfTrain tags the first selfArticles articles of the unlabelled news
// corpus with m and returns the sentences it is confident of that name at
// least one entity, with their gazetteer features.
func selfTrain(m *ner.Model, gz *ner.Gazetteer) ([]ner.Sentence, error) {
	p, err := shared.Path("data/corpus/bench.jsonl.gz")
	if err != nil {
		return nil, err
	}
	r, err := jsonl.Open(p)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var out []ner.Sentence
	seen, arts := 0, 0
	for arts < selfArticles && r.Next() {
		var a struct{ Text string }
		if err := r.Decode(&a); err != nil {
			continue
		}
		arts++
		for _, para := range strings.Split(a.Text, "\n\n") {
			for _, words := range ner.Words(para) {
				if len(words) < 6 || len(words) > 50 {
					continue
				}
				seen++
				g := gz.Tags(words)
				tags, margin := m.TagMargin(words, g)
				if float64(margin) < selfMargin || !hasEntity(tags) {
					continue
				}
				out = append(out, ner.Sentence{Words: words, Tags: tags, Gaz: g})
			}
		}
	}
	fmt.Fprintf(os.Stderr, "self-training: kept %d of %d sentences from %d articles\n", len(out), seen, arts)
	return out, r.Err()
}

func hasEntity(tags []string) bool {
	for _, t := range tags {
		if t != "O" {
			return true
		}
	}
	return false
}
