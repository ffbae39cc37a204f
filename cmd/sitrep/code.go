package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/event"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/pipeline"
)

func init() {
	register(command{
		name:    "code",
		summary: "code articles (.txt, .md, .jsonl[.gz], -) into events as JSON",
		run:     runCode,
	})
}

func runCode(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg engine.Config

	// Flags. Stages that need options add theirs to this block.
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for documents that have none")
	pretty := fs.Bool("pretty", false, "indent the JSON output")
	format := fs.String("format", "json", "output `format`: json (one object per document) or table")
	withText := fs.Bool("with-text", false, "include each document's text (after UTF-8 repair) in the output")
	stages := fs.String("stages", "", "comma-separated `stages` to run (the text stage always runs); default all")
	inFormat := fs.String("input", "", "force the input `format`: text, markdown or jsonl (default: from the file name)")
	workers := fs.Int("workers", runtime.NumCPU(), "number of documents coded in parallel")
	limit := fs.Int("limit", 0, "stop after `N` documents (0 = all)")
	debugParse := fs.Bool("debug-parse", false, "write each sentence's tags and dependency tree as CoNLL-U to standard error")
	explain := fs.Bool("explain", false, "print each event with its sentence, rule and tree paths instead of JSON")
	fs.StringVar(&cfg.DictDir, "dict", "", "`folder` of dictionaries overlaying the embedded ones (docs/DICTIONARIES.md)")
	fs.StringVar(&cfg.PetrarchDicts, "petrarch-dicts", "", "`folder` of PETRARCH/TABARI actor, agent and discard dictionaries to add")

	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep code [flags] FILE...|FOLDER...|-")
		fmt.Fprintln(stderr, "\nCodes each document of the inputs (.txt, .md, .jsonl, .jsonl.gz, folders of")
		fmt.Fprintln(stderr, "them, or - for standard input) and writes one JSON object per document, in")
		fmt.Fprintln(stderr, "input order.")
		fmt.Fprintln(stderr, "Stages:", strings.Join(engine.StageNames(), ", "))
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: name at least one input file, or - for standard input", errUsage)
	}
	day, err := parseDayFlag("date", *date)
	if err != nil {
		return err
	}
	cfg.DefaultDate = day
	if *format != "json" && *format != "table" {
		return fmt.Errorf("%w: --format must be json or table, not %q", errUsage, *format)
	}
	if *stages != "" {
		for _, s := range strings.Split(*stages, ",") {
			if s = strings.TrimSpace(s); s != "" {
				cfg.Stages = append(cfg.Stages, s)
			}
		}
	}
	opts := input.Options{DefaultDate: cfg.DefaultDate}
	switch *inFormat {
	case "":
	case "text", "txt":
		opts.Format = input.Text
	case "markdown", "md":
		opts.Format = input.Markdown
	case "jsonl":
		opts.Format = input.JSONL
	default:
		return fmt.Errorf("%w: --input must be text, markdown or jsonl, not %q", errUsage, *inFormat)
	}
	pl, err := engine.New(cfg)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}

	out := bufio.NewWriterSize(stdout, 1<<16)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	emit := func(d *doc.Document) error {
		if *debugParse {
			writeDebugParse(stderr, d)
		}
		if *explain {
			fmt.Fprintf(out, "# %s: %d events\n", d.ID, len(d.Events))
			for i := range d.Events {
				fmt.Fprint(out, event.Explain(d, &d.Events[i]))
			}
			return nil
		}
		if *format == "table" {
			writeTable(out, d)
			return nil
		}
		if !*withText {
			d = d.WithoutText()
		}
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("write document %q: %w", d.ID, err)
		}
		return nil
	}
	// Progress goes to a terminal on stderr while the output goes elsewhere.
	var done atomic.Int64
	showProgress := benchTTY(stderr) && !benchTTY(stdout)
	if showProgress {
		stop := make(chan struct{})
		defer func() {
			close(stop)
			fmt.Fprint(stderr, "\r\033[K")
		}()
		go progress(stderr, &done, 0, stop)
	}
	st := codeAllLimit(fs.Args(), opts, pl, *workers, *limit, false, stderr, func(d *doc.Document) {
		if err := emit(d); err != nil {
			fmt.Fprintf(stderr, "sitrep code: %v\n", err)
		}
		done.Add(1)
	})
	if st.read == 0 {
		return fmt.Errorf("nothing could be read (%d input error(s))", st.inputErrors)
	}
	return nil
}

// codeStats counts what codeAll did.
type codeStats struct {
	read, coded, inputErrors, codeErrors int
	// warned counts documents with warnings (printed unless quiet).
	warned            int
	bytes             int64
	sentences, tokens int
}

// job is one record on its way through the workers: decoded and coded
// there, written in seq order.
type job struct {
	seq int
	raw input.Raw
	rec input.Record
	err error
}

// codeAllLimit reads the documents of the inputs and runs the pipeline
// over them on workers goroutines, calling emit for each coded document in
// input order. Unreadable inputs, malformed records and documents whose
// coding fails are reported on stderr and skipped. limit > 0 stops after
// that many records; quiet counts document warnings instead of printing
// them.
func codeAllLimit(paths []string, opts input.Options, pl *pipeline.Pipeline, workers, limit int, quiet bool, stderr io.Writer, emit func(*doc.Document)) codeStats {
	workers = max(workers, 1)
	if os.Getenv("GOGC") == "" {
		// Documents are short-lived and the live heap is small: collect
		// less often (the peak stays in tens of megabytes).
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	var st codeStats
	var mu sync.Mutex // guards stderr writes and st's error counts
	report := func(format string, args ...any) {
		mu.Lock()
		fmt.Fprintf(stderr, "sitrep code: "+format+"\n", args...)
		mu.Unlock()
	}
	jobs := make(chan job, 2*workers)
	results := make(chan job, 2*workers)
	// slots bounds the documents in flight, so that the reordering buffer
	// stays small however slow one document is.
	slots := make(chan struct{}, 8*workers)

	go func() {
		defer close(jobs)
		seq := 0
		for _, p := range expandDirs(paths, report) {
			r, err := input.Open(p, opts)
			if err != nil {
				report("%v", err)
				mu.Lock()
				st.inputErrors++
				mu.Unlock()
				continue
			}
			for {
				if limit > 0 && seq >= limit {
					break
				}
				raw, err := r.NextRaw()
				if err == io.EOF {
					break
				}
				if err != nil {
					report("%v", err)
					mu.Lock()
					st.inputErrors++
					mu.Unlock()
					break
				}
				slots <- struct{}{}
				jobs <- job{seq: seq, raw: raw}
				seq++
			}
			r.Close()
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.rec = j.raw.Decode()
				j.raw = input.Raw{}
				if j.rec.Err == nil {
					j.err = pl.Process(j.rec.Doc)
				}
				results <- j
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]job{}
	next := 0
	for j := range results {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if j.rec.Err != nil {
				report("%v", j.rec.Err)
				mu.Lock()
				st.inputErrors++
				mu.Unlock()
				continue
			}
			d := j.rec.Doc
			if len(d.Warnings) > 0 {
				st.warned++
			}
			for _, w := range d.Warnings {
				if !quiet {
					report("%s: document %q: %s", j.rec.Where, d.ID, w)
				}
			}
			st.read++
			st.bytes += int64(len(d.Text))
			if j.err != nil {
				st.codeErrors++
				report("%v", j.err)
				continue
			}
			st.coded++
			st.sentences += len(d.Sentences)
			for i := range d.Sentences {
				st.tokens += len(d.Sentences[i].Tokens)
			}
			emit(d)
		}
	}
	return st
}

// inputExts are the file name endings read from a folder.
var inputExts = []string{".txt", ".md", ".markdown", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".txt.gz", ".md.gz"}

// expandDirs replaces each folder among paths by the input files under it
// (by name ending, in lexical order); other paths are kept as they are.
func expandDirs(paths []string, report func(string, ...any)) []string {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if p == "-" || err != nil || !st.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				report("%v", err)
				return nil
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			name := strings.ToLower(d.Name())
			for _, ext := range inputExts {
				if !d.IsDir() && strings.HasSuffix(name, ext) {
					out = append(out, path)
					break
				}
			}
			return nil
		})
		if err != nil {
			report("%v", err)
		}
	}
	return out
}
