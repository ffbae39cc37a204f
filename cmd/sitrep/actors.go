package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/store"
)

func init() {
	register(command{
		name:    "actors",
		summary: "the actors of a document (sitrep actors FILE) or the most active actors in the database (--top N)",
		run:     runActors,
	})
}

func runActors(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("actors", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg engine.Config
	db := addDBFlag(fs)
	top := fs.Int("top", 20, "database mode: number of actors to list")
	role := fs.String("role", "", "database mode: count actors as source or target only")
	prefix := fs.String("prefix", "", "database mode: keep codes with this `prefix` (USA)")
	from := fs.String("from", "", "database mode: first event date `YYYY-MM-DD`")
	to := fs.String("to", "", "database mode: last event date `YYYY-MM-DD`")
	date := fs.String("date", "", "file mode: publication date `YYYY-MM-DD` for documents that have none")
	fs.StringVar(&cfg.DictDir, "dict", "", "file mode: `folder` of dictionaries replacing the embedded ones")
	fs.StringVar(&cfg.PetrarchDicts, "petrarch-dicts", "", "file mode: `folder` of PETRARCH/TABARI dictionaries")
	format := fs.String("format", "table", "output `format`: table or jsonl")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep actors FILE...    the actor table of each document")
		fmt.Fprintln(stderr, "       sitrep actors --top N    the most active actors in the database")
		fmt.Fprintln(stderr, "\nFile mode codes each document (.txt, .md, .jsonl, - for standard input) and")
		fmt.Fprintln(stderr, "prints every actor mention: text, type, CAMEO code, name, role and sentence.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "jsonl"); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		day, err := parseDayFlag("date", *date)
		if err != nil {
			return err
		}
		cfg.DefaultDate = day
		return actorsOfFiles(fs.Args(), cfg, *format, stdout, stderr)
	}
	if *top < 1 {
		return fmt.Errorf("%w: --top must be at least 1", errUsage)
	}
	if *role != "" && *role != "source" && *role != "target" {
		return fmt.Errorf("%w: --role must be source or target", errUsage)
	}
	q := store.ActorQuery{Role: *role, Prefix: strings.ToUpper(*prefix), Limit: *top}
	var err error
	if q.From, q.To, err = parseDayRange(*from, *to); err != nil {
		return err
	}
	st, err := openReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	as, err := st.TopActors(context.Background(), q)
	if err != nil {
		return err
	}
	if *format == "jsonl" {
		return writeJSONL(stdout, as)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RANK\tCODE\tNAME\tEVENTS\tAS SOURCE\tAS TARGET\tDOCUMENTS")
	for i, a := range as {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%d\t%d\n", i+1, a.Code, dash(a.Name), a.Events, a.AsSource, a.AsTarget, a.Documents)
	}
	return tw.Flush()
}

// actorRow is one actor mention of a document in file mode.
type actorRow struct {
	Doc      string `json:"doc"`
	Text     string `json:"text"`
	Type     string `json:"type"`
	Code     string `json:"code"`
	Name     string `json:"name"`
	Role     string `json:"role,omitempty"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	By       string `json:"by,omitempty"`
}

func actorsOfFiles(paths []string, cfg engine.Config, format string, stdout, stderr io.Writer) error {
	p, err := engine.New(cfg)
	if err != nil {
		return err
	}
	opts := input.Options{DefaultDate: cfg.DefaultDate}
	failed := 0
	for _, path := range paths {
		r, err := input.Open(path, opts)
		if err != nil {
			fmt.Fprintf(stderr, "sitrep actors: %v\n", err)
			failed++
			continue
		}
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				fmt.Fprintf(stderr, "sitrep actors: %v\n", err)
				failed++
				break
			}
			if rec.Err != nil {
				fmt.Fprintf(stderr, "sitrep actors: %v\n", rec.Err)
				failed++
				continue
			}
			d := rec.Doc
			if err := p.Process(d); err != nil {
				fmt.Fprintf(stderr, "sitrep actors: %s: %v\n", rec.Where, err)
				failed++
				continue
			}
			rows := make([]actorRow, len(d.Entities))
			for i, e := range d.Entities {
				rows[i] = actorRow{Doc: d.ID, Text: e.Text, Type: e.Type, Code: e.Code, Name: e.Name, Role: e.Role, Sentence: e.Sentence, Start: e.Start, End: e.End, By: e.By}
			}
			if format == "jsonl" {
				if err := writeJSONL(stdout, rows); err != nil {
					return err
				}
				continue
			}
			fmt.Fprintf(stdout, "%s: %d actor mentions\n", d.ID, len(rows))
			tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "SENT\tTEXT\tTYPE\tCODE\tNAME\tROLE")
			for _, row := range rows {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", row.Sentence, clip(row.Text, 40), dash(row.Type), dash(row.Code), dash(row.Name), dash(row.Role))
			}
			tw.Flush()
			fmt.Fprintln(stdout)
		}
		r.Close()
	}
	if failed > 0 {
		return fmt.Errorf("%d document(s) could not be read or coded", failed)
	}
	return nil
}
