package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/store"
)

func init() {
	register(command{
		name:    "ingest",
		summary: "code files and folders (.txt .md .jsonl[.gz] .html RSS/Atom) into the event database",
		run:     runIngest,
	})
}

func runIngest(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg engine.Config
	dbPath := fs.String("db", store.DefaultPath, "event database `file` (created if missing)")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for documents that have none")
	workers := fs.Int("workers", runtime.NumCPU(), "number of documents coded in parallel")
	batch := fs.Int("batch", 200, "documents per transaction")
	stages := fs.String("stages", "", "comma-separated `stages` to run (the text stage always runs); default all")
	fs.StringVar(&cfg.DictDir, "dict", "", "`folder` of actor and verb dictionaries replacing the embedded ones")
	fs.StringVar(&cfg.PetrarchDicts, "petrarch-dicts", "", "`folder` of PETRARCH/TABARI dictionaries to load")
	quiet := fs.Bool("quiet", false, "no progress bar and no per-document warnings")
	retry := fs.Bool("retry-failed", false, "code again the documents an earlier ingest recorded as failed")
	cluster := fs.String("cluster", "incremental", "merge event mentions into clusters on every batch (incremental) or once after the ingest (end: faster for big loads of densely reported dyads)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep ingest [flags] PATH...")
		fmt.Fprintln(stderr, "\nCodes every document under the paths (folders are read recursively: .txt, .md,")
		fmt.Fprintln(stderr, ".jsonl, .jsonl.gz, .html, .rss/.atom/.xml feeds) and stores it with its events.")
		fmt.Fprintln(stderr, "Documents already stored (same text) are skipped, so an interrupted ingest can")
		fmt.Fprintln(stderr, "simply be run again. Documents that fail are recorded with their error.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: name at least one file or folder", errUsage)
	}
	day, err := parseDayFlag("date", *date)
	if err != nil {
		return err
	}
	cfg.DefaultDate = day
	for _, s := range strings.Split(*stages, ",") {
		if s = strings.TrimSpace(s); s != "" {
			cfg.Stages = append(cfg.Stages, s)
		}
	}
	if *batch < 1 {
		return fmt.Errorf("%w: --batch must be at least 1", errUsage)
	}
	p, err := engine.New(cfg)
	if err != nil {
		return err
	}
	if *cluster != "incremental" && *cluster != "end" {
		return fmt.Errorf("%w: --cluster must be incremental or end", errUsage)
	}
	st, err := store.Open(*dbPath, store.Options{NoClusters: *cluster == "end"})
	if err != nil {
		return err
	}
	defer st.Close()
	if *retry {
		n, err := st.DeleteFailed(context.Background())
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "ingest: retrying %d failed documents\n", n)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := ingest.Options{
		Input:     input.Options{DefaultDate: cfg.DefaultDate},
		Workers:   *workers,
		BatchSize: *batch,
	}
	if !*quiet {
		opts.Warn = stderr
		if isTerminal(stderr) {
			opts.Progress = stderr
		}
	}
	stats, err := ingest.Run(ctx, st, p, fs.Args(), opts)
	fmt.Fprintf(stdout, "ingest: %s\n", stats)
	if err != nil {
		return err
	}
	if *cluster == "end" {
		start := time.Now()
		progress := func(done, total int) {}
		if opts.Progress != nil {
			progress = func(done, total int) { fmt.Fprintf(stderr, "\rclustering: %d of %d blocks", done, total) }
		}
		if err := st.Recluster(ctx, progress); err != nil {
			return err
		}
		if opts.Progress != nil {
			fmt.Fprintln(stderr)
		}
		fmt.Fprintf(stdout, "ingest: clustered all events in %s\n", time.Since(start).Round(time.Millisecond))
	}
	total, err := st.Stats(context.Background())
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "database %s: %d documents (%d failed), %d events in %d clusters, %.1f MB\n",
		*dbPath, total.Documents, total.Failed, total.Events, total.Clusters, float64(total.Bytes)/1e6)
	return nil
}

// isTerminal reports whether w is a terminal (a character device), where
// progress lines are drawn; piped or redirected output stays quiet.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
