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
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/ner"
)

// skipGenres are the GUM genres left out: masked Reddit text, and genres
// under non-commercial or unlisted licences.
var skipGenres = []string{
	"GUM_reddit", "GUM_essay", "GUM_letter", "GUM_podcast", "GUM_fiction", "GUM_whow",
	"GUM_conversation", "GUM_speech", "GUM_textbook", "GUM_vlog",
}

func main() {
	out := flag.String("out", "ner/model.bin.gz", "where to write the model")
	epochs := flag.Int("epochs", 10, "training epochs")
	allGenres := flag.Bool("all-genres", false, "also train on GUM's non-commercial genres (the model then inherits CC BY-NC-SA)")
	unerTest := flag.Bool("uner-test", true, "also train on UNER EWT test (then only GUM test is held out)")
	minCount := flag.Int("min-count", 2, "drop features seen fewer times")
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
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", rel, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{zr, f}, nil
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
	addGaz(gz, train)
	fmt.Fprintf(os.Stderr, "training on %d sentences\n", len(train))
	m := ner.Train(train, ner.TrainOptions{Epochs: epochs, MinCount: minCount, Seed: 1, Progress: os.Stderr})
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
	}
	return nil
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
		fmt.Fprintf(os.Stderr, "  %-4s P %.3f R %.3f F1 %.3f (gold %d)\n", k, s.P(), s.R(), s.F1(), s.Gold)
	}
}
