package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/internal/cputime"
	"github.com/sitrep/sitrep/internal/shared"
)

func init() {
	register(command{
		name:    "bench",
		summary: "measure the pipeline's throughput over a corpus on all cores",
		run:     runBench,
	})
}

func runBench(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "", "corpus `FILE` (.jsonl or .jsonl.gz); default the shared data/corpus/bench.jsonl.gz")
	limit := fs.Int("limit", 0, "stop after `N` documents (0 = all)")
	stages := fs.String("stages", "", "comma-separated `stages` to run (the text stage always runs); default all")
	workers := fs.Int("workers", runtime.NumCPU(), "number of documents coded in parallel")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to `FILE`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep bench [flags]")
		fmt.Fprintln(stderr, "\nRuns the pipeline over a corpus and prints documents/s, sentences/s,")
		fmt.Fprintln(stderr, "tokens/s, MB/s, peak RSS and the time spent in each stage.")
		fmt.Fprintln(stderr, "Stages:", strings.Join(engine.StageNames(), ", "))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v (use --corpus)", errUsage, fs.Args())
	}
	path := *corpus
	if path == "" {
		p, err := shared.Path("data/corpus/bench.jsonl.gz")
		if err != nil {
			return fmt.Errorf("default corpus: %w (or pass --corpus)", err)
		}
		path = p
	}
	var cfg engine.Config
	if *stages != "" {
		for _, s := range strings.Split(*stages, ",") {
			if s = strings.TrimSpace(s); s != "" {
				cfg.Stages = append(cfg.Stages, s)
			}
		}
	}
	pl, err := engine.New(cfg)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	var done atomic.Int64
	stop := make(chan struct{})
	if benchTTY(stderr) {
		go progress(stderr, &done, *limit, stop)
	}
	start := time.Now()
	cpuStart := cputime.Used()
	st := codeAllLimit([]string{path}, input.Options{}, pl, *workers, *limit, true, stderr, func(*doc.Document) {
		done.Add(1)
	})
	elapsed := time.Since(start)
	cpu := cputime.Used() - cpuStart
	close(stop)
	if benchTTY(stderr) {
		fmt.Fprint(stderr, "\r\033[K")
	}
	if st.read == 0 {
		return fmt.Errorf("nothing could be read from %s", path)
	}

	sec := elapsed.Seconds()
	mb := float64(st.bytes) / 1e6
	fmt.Fprintf(stdout, "corpus     %s\n", path)
	fmt.Fprintf(stdout, "stages     %s\n", strings.Join(pl.Stages(), ","))
	fmt.Fprintf(stdout, "machine    %s/%s, %d CPUs, %d workers, %s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), max(*workers, 1), runtime.Version())
	fmt.Fprintf(stdout, "documents  %d (%d coded, %d failed, %d unreadable, %d with warnings)\n", st.read, st.coded, st.codeErrors, st.inputErrors, st.warned)
	fmt.Fprintf(stdout, "wall       %.2fs\n", sec)
	fmt.Fprintf(stdout, "docs/s     %.1f\n", float64(st.read)/sec)
	fmt.Fprintf(stdout, "sents/s    %.0f  (%d sentences)\n", float64(st.sentences)/sec, st.sentences)
	fmt.Fprintf(stdout, "tokens/s   %.0f  (%d tokens)\n", float64(st.tokens)/sec, st.tokens)
	fmt.Fprintf(stdout, "MB/s       %.3g  (%.1f MB of text; %.3g MB/s per worker)\n", mb/sec, mb, mb/sec/float64(max(*workers, 1)))
	if cpu > 0 {
		fmt.Fprintf(stdout, "CPU        %.2fs user+sys (reading, decompressing and GC included): %.3g MB per CPU-second\n", cpu.Seconds(), mb/cpu.Seconds())
	}
	fmt.Fprintf(stdout, "peak RSS   %s\n", peakRSS())

	times := pl.Times()
	var total time.Duration
	for _, t := range times {
		total += t.Time
	}
	fmt.Fprintln(stdout, "\ntime in each stage (wall time summed over workers):")
	for _, t := range times {
		share := 0.0
		if total > 0 {
			share = 100 * float64(t.Time) / float64(total)
		}
		perDoc := time.Duration(0)
		if st.read > 0 {
			perDoc = t.Time / time.Duration(st.read)
		}
		fmt.Fprintf(stdout, "  %-10s %10s  %5.1f%%  %10s/doc\n", t.Stage, t.Time.Round(time.Millisecond), share, perDoc.Round(time.Microsecond))
	}
	return nil
}

// benchTTY reports whether w is a terminal (a character device).
func benchTTY(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progress prints the number of documents done twice a second.
func progress(w io.Writer, done *atomic.Int64, limit int, stop <-chan struct{}) {
	start := time.Now()
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
			n := done.Load()
			rate := float64(n) / time.Since(start).Seconds()
			if limit > 0 {
				fmt.Fprintf(w, "\r\033[K%d/%d documents, %.0f docs/s", n, limit, rate)
			} else {
				fmt.Fprintf(w, "\r\033[K%d documents, %.0f docs/s", n, rate)
			}
		}
	}
}
