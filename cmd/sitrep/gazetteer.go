package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/internal/shared"
)

func init() {
	register(command{
		name:    "gazetteer",
		summary: "build the place-name gazetteer, or look names up in it",
		run:     runGazetteer,
	})
}

const gazetteerUsage = `Usage:
  sitrep gazetteer build [--src DIR] [--extra FILE.tsv] [-o FILE]
                                                  build the binary gazetteer from GeoNames files
  sitrep gazetteer lookup NAME...                 list the places a name may refer to, best first`

func runGazetteer(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, gazetteerUsage)
		return fmt.Errorf("%w: name a subcommand: build or lookup", errUsage)
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprintln(stderr, gazetteerUsage)
		return nil
	case "build":
		return gazetteerBuild(args[1:], stderr)
	case "lookup":
		return gazetteerLookup(args[1:], stdout, stderr)
	}
	fmt.Fprintln(stderr, gazetteerUsage)
	return fmt.Errorf("%w: unknown subcommand %q", errUsage, args[0])
}

func gazetteerBuild(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gazetteer build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := fs.String("src", "", "folder with cities1000.txt.gz, admin1_codes.tsv, admin2_codes.tsv, countries.tsv, countries-50m.json (default: the shared data's geo folder)")
	out := fs.String("o", "gazetteer.bin.gz", "output file (the embedded one is geo/data/gazetteer.bin.gz; put it in the --dict folder of sitrep code to use it)")
	extra := fs.String("extra", "", "TSV of places to add: names (|-separated), feature class, feature code, alpha-3 country, lat, lon")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	if *src == "" {
		p, err := shared.Path("data/geo")
		if err != nil {
			return fmt.Errorf("%w: --src DIR is required (%v)", errUsage, err)
		}
		*src = p
	}
	srcs := geo.SourcesIn(*src)
	srcs.Extra = *extra
	g, st, err := geo.Build(srcs)
	if err != nil {
		return err
	}
	tmp := *out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	if err := g.Write(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	if err := os.Rename(tmp, *out); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	fmt.Fprintf(stderr, "%s: %d cities, %d admin-1, %d admin-2, %d countries, %d regions, %d names (%d rows skipped)\n",
		*out, st.Cities, st.Admin1, st.Admin2, st.Countries, st.Regions, st.Keys, st.Skipped)
	return nil
}

func gazetteerLookup(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gazetteer lookup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10, "show at most this many places per name")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: name a place to look up", errUsage)
	}
	g, err := geo.Default()
	if err != nil {
		return err
	}
	for _, name := range fs.Args() {
		cands := g.Candidates(name)
		if len(cands) == 0 {
			fmt.Fprintf(stdout, "%s: not in the gazetteer\n", name)
			continue
		}
		fmt.Fprintf(stdout, "%s:\n", name)
		for _, e := range cands[:min(*n, len(cands))] {
			fmt.Fprintf(stdout, "  %-28s %-4s %-24s %-7s %9.4f %10.4f  pop %-9d geonameid %d\n",
				e.Name, e.Country, e.Admin1, e.Code, e.Lat, e.Lon, e.Population, e.ID)
		}
	}
	return nil
}
