package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/geo/geoeval"
	"github.com/sitrep/sitrep/internal/shared"
)

func init() {
	registerEval(command{
		name:    "geo",
		summary: "toponym recognition and resolution on LGL or GeoWebNews (--gold FILE)",
		run:     runEvalGeo,
	})
}

func runEvalGeo(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval geo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("gold", "", "gold JSONL with start_byte/end_byte/lat/lon toponyms (default: the shared LGL set)")
	limit := fs.Int("limit", 0, "read at most this many articles (0: all)")
	show := fs.Int("show", 0, "print this many of the worst resolution errors and of the gold names the gazetteer lacks")
	misses := fs.Bool("misses", false, "print recognition misses and false alarms")
	before := fs.String("before", "text", "comma-separated stages run (untimed) before the geo stage, such as text,tag,parse,actor")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	if *show < 0 {
		return fmt.Errorf("%w: --show %d is negative", errUsage, *show)
	}
	if *gold == "" {
		p, err := shared.Path("data/geo/geoparsing/lgl.jsonl")
		if err != nil {
			return fmt.Errorf("%w: --gold FILE is required (%v)", errUsage, err)
		}
		*gold = p
	}
	arts, err := geoeval.Read(*gold, *limit)
	if err != nil {
		return err
	}
	g, err := geo.Default()
	if err != nil {
		return err
	}
	// The stages before geo run first, untimed; only the geo stage is
	// timed.
	text, err := engine.New(engine.Config{Stages: strings.Split(*before, ",")})
	if err != nil {
		return err
	}
	parser := geo.NewParser(g)
	byID := map[string]*doc.Document{}
	for _, a := range arts {
		d := doc.New(a.ID, a.Text)
		if err := text.Process(d); err != nil {
			return fmt.Errorf("eval geo: %w", err)
		}
		byID[a.ID] = d
	}
	process := func(d *doc.Document) error {
		if t := byID[d.ID]; t != nil {
			d.Sentences = t.Sentences
			d.Entities = t.Entities
			d.Layout = t.Layout
		}
		parser.Process(d)
		return nil
	}
	opt := geoeval.Options{Show: *show, Misses: *misses}
	if f, ok := stderr.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			opt.Progress = stderr
		}
	}
	sc, err := geoeval.Run(arts, process, parser, opt, stdout)
	if err != nil {
		return err
	}
	sc.Report(stdout, *gold)
	return nil
}
