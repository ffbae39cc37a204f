// Package ingest reads articles from files and folders (text, Markdown,
// JSONL and gzipped JSONL, HTML pages, RSS and Atom feeds), codes them
// through the pipeline on all cores and stores them with one writer in
// batched transactions.
//
// Ingest is idempotent and crash-safe: a document whose content hash is
// already stored is skipped before it is coded, each document is written
// with all its rows in one transaction, and documents that fail are
// recorded with their error, so an ingest killed at any moment and run
// again stores every document exactly once.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/htmltext"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store"
)

// Options control an ingest.
type Options struct {
	// Input holds the reading options (default publication date).
	Input input.Options
	// Workers is the number of coding goroutines (0: one per core).
	Workers int
	// BatchSize is the number of documents per transaction (0: 200).
	BatchSize int
	// FlushEvery commits a partial batch after this long (0: 2s).
	FlushEvery time.Duration
	// Progress, when set, receives a progress line redrawn in place
	// (for a terminal).
	Progress io.Writer
	// Warn, when set, receives one line per failed document.
	Warn io.Writer
}

// Stats counts what an ingest did.
type Stats struct {
	Files    int
	Read     int // documents read
	Stored   int // new documents stored
	Replaced int // stored documents replaced by new text under their id
	Skipped  int // already stored (same content hash)
	Failed   int // recorded with an error
	Events   int // event mentions stored
	// Bytes and TotalBytes are the input bytes read and to read.
	Bytes, TotalBytes int64
	Elapsed           time.Duration
}

// Kind is how a file is read.
type Kind string

// The kinds of input files.
const (
	KindText  Kind = "text"
	KindJSONL Kind = "jsonl"
	KindHTML  Kind = "html"
	KindFeed  Kind = "feed"
)

// KindOf returns how a file is read from its name, or "" if ingest does
// not read such files when it walks a folder.
func KindOf(name string) Kind {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	switch filepath.Ext(n) {
	case ".txt", ".text", ".md", ".markdown":
		return KindText
	case ".jsonl", ".ndjson", ".json":
		return KindJSONL
	case ".html", ".htm", ".xhtml":
		return KindHTML
	case ".rss", ".atom", ".xml":
		return KindFeed
	}
	return ""
}

// File is one input file of an ingest.
type File struct {
	Path string
	Kind Kind
	Size int64
}

// Files lists the files an ingest of paths reads: folders are walked
// recursively in lexical order keeping the files KindOf knows; files named
// directly are read whatever their name (as text or JSONL by content).
func Files(paths []string) ([]File, error) {
	var out []File
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		if !st.IsDir() {
			k := KindOf(p)
			if k == "" {
				k = KindText
			}
			out = append(out, File{p, k, st.Size()})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			k := KindOf(d.Name())
			if k == "" || strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			out = append(out, File{path, k, info.Size()})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("ingest: walk %s: %w", p, err)
		}
	}
	return out, nil
}

// job is one document on its way to the store.
type job struct {
	doc    *doc.Document
	hash   string
	origin string
	err    error
}

// Run ingests paths into st, coding each new document with p.
func Run(ctx context.Context, st store.Store, p *pipeline.Pipeline, paths []string, opts Options) (Stats, error) {
	start := time.Now()
	files, err := Files(paths)
	if err != nil {
		return Stats{}, err
	}
	var stats Stats
	stats.Files = len(files)
	for _, f := range files {
		stats.TotalBytes += f.Size
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := opts.BatchSize
	if batchSize <= 0 {
		batchSize = 200
	}
	flushEvery := opts.FlushEvery
	if flushEvery <= 0 {
		flushEvery = 2 * time.Second
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var bytesRead, skipped, read atomic.Int64
	toCode := make(chan job, 4*workers)
	coded := make(chan job, 4*workers)

	// Reader: one goroutine reads files in order and drops documents
	// already stored.
	var readErr error
	go func() {
		defer close(toCode)
		seen := map[string]bool{}
		emit := func(j job) bool {
			read.Add(1)
			if j.hash == "" {
				if j.err != nil && j.doc.Text == "" {
					j.hash = store.Hash("error\x00" + j.origin + "\x00" + j.err.Error())
				} else {
					j.hash = store.Hash(j.doc.Text)
				}
			}
			if seen[j.hash] {
				skipped.Add(1)
				return true
			}
			seen[j.hash] = true
			has, err := st.HasHash(ctx, j.hash)
			if err != nil {
				cancel(err)
				return false
			}
			if has {
				skipped.Add(1)
				return true
			}
			select {
			case toCode <- j:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, f := range files {
			if err := readFile(ctx, f, opts.Input, &bytesRead, emit); err != nil {
				readErr = err
				cancel(err)
				return
			}
			if ctx.Err() != nil {
				return
			}
		}
	}()

	// Coders: all cores run the pipeline.
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range toCode {
				if j.err == nil {
					j.err = p.Process(j.doc)
				}
				select {
				case coded <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(coded)
	}()

	// Writer: this goroutine, one batch per transaction.
	var batch []store.Item
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := st.PutBatch(context.WithoutCancel(ctx), batch)
		if err != nil {
			return err
		}
		for i, r := range res {
			switch r.Status {
			case "stored":
				stats.Stored++
			case "replaced":
				stats.Replaced++
			case "skipped":
				stats.Skipped++
			case store.StatusError:
				stats.Failed++
				if opts.Warn != nil {
					fmt.Fprintf(opts.Warn, "sitrep ingest: %s: %v\n", batch[i].Origin, batch[i].Err)
				}
			}
			stats.Events += r.Events
		}
		batch = batch[:0]
		return nil
	}
	prog := newProgress(opts.Progress, start)
	ticker := time.NewTicker(flushEvery)
	defer ticker.Stop()
	redraw := time.NewTicker(200 * time.Millisecond)
	defer redraw.Stop()
	update := func() {
		stats.Bytes = bytesRead.Load()
		stats.Read = int(read.Load())
		s := stats
		s.Skipped += int(skipped.Load())
		prog.draw(s)
	}
loop:
	for {
		select {
		case j, ok := <-coded:
			if !ok {
				break loop
			}
			batch = append(batch, store.Item{Doc: j.doc, Hash: j.hash, Origin: j.origin, Err: j.err})
			if len(batch) >= batchSize {
				if err := flush(); err != nil {
					cancel(err)
					break loop
				}
			}
		case <-ticker.C:
			if err := flush(); err != nil {
				cancel(err)
				break loop
			}
		case <-redraw.C:
			update()
		}
	}
	if context.Cause(ctx) == nil {
		if err := flush(); err != nil {
			cancel(err)
		}
	}
	// Drain so the coders and reader can finish.
	for range coded {
	}
	update()
	prog.done()
	stats.Skipped += int(skipped.Load())
	stats.Elapsed = time.Since(start)
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		if readErr != nil {
			return stats, readErr
		}
		return stats, fmt.Errorf("ingest: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return stats, fmt.Errorf("ingest: %w", context.Cause(ctx))
	}
	return stats, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// docID names a document read whole from a file: its path without the
// extension, so files of the same name in different folders differ.
func docID(path string) string {
	p := filepath.ToSlash(filepath.Clean(path))
	p = strings.TrimSuffix(p, ".gz")
	return strings.TrimSuffix(p, filepath.Ext(p))
}

// readFile reads the documents of one file and passes each to emit, which
// returns false to stop. Problems with single documents are passed on as
// jobs with an error; only a failure of the file itself is returned.
func readFile(ctx context.Context, f File, opts input.Options, counter *atomic.Int64, emit func(job) bool) error {
	fh, err := os.Open(f.Path)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer fh.Close()
	r := countingReader{fh, counter}
	fail := func(err error) {
		d := doc.New(docID(f.Path), "")
		emit(job{doc: d, origin: f.Path, err: err})
	}
	switch f.Kind {
	case KindHTML:
		page, err := htmltext.Extract(r, "")
		if err != nil {
			fail(fmt.Errorf("%s: %w", f.Path, err))
			return nil
		}
		d, err := input.FromText(docID(f.Path), page.Text, opts)
		if err != nil {
			fail(err)
			return nil
		}
		d.Title = page.Title
		if !page.Date.IsZero() {
			d.Date = page.Date
		}
		d.URL = page.URL
		d.Source = hostOf(page.URL)
		emit(job{doc: d, origin: f.Path})
		return nil
	case KindFeed:
		return readFeed(f, r, opts, emit, fail)
	}
	rd, err := input.NewReader(r, f.Path, opts)
	if err != nil {
		fail(err)
		return nil
	}
	for ctx.Err() == nil {
		rec, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// The rest of the file cannot be read: record it and go
			// on with the next file.
			fail(err)
			return nil
		}
		j := job{doc: rec.Doc, origin: rec.Where, err: rec.Err}
		if j.doc == nil {
			j.doc = doc.New(rec.Where, "")
		} else if rd.Format() != input.JSONL {
			j.doc.ID = docID(f.Path)
		}
		if !emit(j) {
			return nil
		}
	}
	return nil
}

func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}

func readFeed(f File, r io.Reader, opts input.Options, emit func(job) bool, fail func(error)) error {
	feed, err := gofeed.NewParser().Parse(r)
	if err != nil {
		fail(fmt.Errorf("%s: feed: %w", f.Path, err))
		return nil
	}
	items := feed.Items
	for i, it := range items {
		where := fmt.Sprintf("%s#%d", f.Path, i+1)
		id := it.GUID
		if id == "" {
			id = it.Link
		}
		if id == "" {
			id = where
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		text, err := htmltext.FragmentText(body)
		if err == nil && strings.TrimSpace(text) == "" {
			err = errors.New("feed item has no text")
		}
		if err != nil {
			emit(job{doc: doc.New(id, ""), origin: where, err: fmt.Errorf("%s: %w", where, err)})
			continue
		}
		d, err := input.FromText(id, text, opts)
		if err != nil {
			emit(job{doc: doc.New(id, ""), origin: where, err: err})
			continue
		}
		d.Title = strings.Join(strings.Fields(it.Title), " ")
		if t := it.PublishedParsed; t != nil {
			d.Date = doc.DayOf(t.Year(), t.Month(), t.Day())
		} else if t := it.UpdatedParsed; t != nil {
			d.Date = doc.DayOf(t.Year(), t.Month(), t.Day())
		}
		d.URL = it.Link
		d.Source = strings.TrimSpace(feed.Title)
		if d.Source == "" {
			d.Source = hostOf(it.Link)
		}
		if !emit(job{doc: d, origin: where}) {
			return nil
		}
	}
	return nil
}

// progress draws one status line in place on a terminal.
type progress struct {
	w     io.Writer
	start time.Time
	width int
}

func newProgress(w io.Writer, start time.Time) *progress { return &progress{w: w, start: start} }

func (p *progress) draw(s Stats) {
	if p.w == nil {
		return
	}
	el := time.Since(p.start).Seconds()
	done := s.Stored + s.Replaced + s.Failed + s.Skipped
	rate := 0.0
	if el > 0 {
		rate = float64(done) / el
	}
	frac := 0.0
	if s.TotalBytes > 0 {
		frac = min(float64(s.Bytes)/float64(s.TotalBytes), 1)
	}
	const barWidth = 24
	filled := int(frac * barWidth)
	bar := strings.Repeat("█", filled) + strings.Repeat("░", barWidth-filled)
	eta := "--"
	if frac > 0.001 && el > 1 {
		eta = (time.Duration(el*(1-frac)/frac) * time.Second).Round(time.Second).String()
	}
	line := fmt.Sprintf("%s %3.0f%%  %d docs (%d new, %d skipped, %d failed)  %d events  %.0f docs/s  ETA %s",
		bar, frac*100, done, s.Stored+s.Replaced, s.Skipped, s.Failed, s.Events, rate, eta)
	pad := ""
	if n := len([]rune(line)); n < p.width {
		pad = strings.Repeat(" ", p.width-n)
	} else {
		p.width = n
	}
	fmt.Fprintf(p.w, "\r%s%s", line, pad)
}

func (p *progress) done() {
	if p.w == nil || p.width == 0 {
		return
	}
	fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
}

// String summarizes the ingest in one line.
func (s Stats) String() string {
	parts := []string{
		fmt.Sprintf("%d files", s.Files),
		fmt.Sprintf("%d documents read", s.Read),
		fmt.Sprintf("%d stored", s.Stored),
	}
	if s.Replaced > 0 {
		parts = append(parts, fmt.Sprintf("%d replaced", s.Replaced))
	}
	parts = append(parts, fmt.Sprintf("%d skipped (already stored)", s.Skipped), fmt.Sprintf("%d failed", s.Failed), fmt.Sprintf("%d events", s.Events))
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Read) / s.Elapsed.Seconds()
	}
	parts = append(parts, fmt.Sprintf("%s (%.0f docs/s)", s.Elapsed.Round(time.Millisecond), rate))
	return strings.Join(parts, ", ")
}
