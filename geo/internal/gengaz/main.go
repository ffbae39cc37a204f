// Command gengaz builds sitrep's embedded gazetteer (geo/data/gazetteer.bin.gz)
// from the GeoNames files in the shared data folder. Run it with
// `go generate ./geo` (or `sitrep gazetteer build`).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/internal/shared"
)

func main() {
	out := flag.String("o", "data/gazetteer.bin.gz", "output file")
	dir := flag.String("src", "", "folder with cities1000.txt.gz, admin1_codes.tsv, admin2_codes.tsv, countries.tsv, countries-50m.json (default: the shared data's geo folder)")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gengaz:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	if dir == "" {
		p, err := shared.Path("data/geo")
		if err != nil {
			return err
		}
		dir = p
	}
	g, st, err := geo.Build(geo.SourcesIn(dir))
	if err != nil {
		return err
	}
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	if err := g.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	fmt.Fprintf(os.Stderr, "gengaz: %s: %d cities, %d admin-1, %d admin-2, %d countries, %d regions, %d names (%d rows skipped)\n",
		filepath.Base(out), st.Cities, st.Admin1, st.Admin2, st.Countries, st.Regions, st.Keys, st.Skipped)
	return nil
}
