package geo

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

// writeFiles writes name → content into dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBuildSmall builds a gazetteer from tiny sources of invented places
// and checks entries, regions, user additions and the binary round trip.
func TestBuildSmall(t *testing.T) {
	dir := t.TempDir()
	row := func(id, name, alts, lat, lon, code, cc, a1, a2, pop string) string {
		return id + "\t" + name + "\t" + name + "\t" + alts + "\t" + lat + "\t" + lon + "\tP\t" + code + "\t" + cc + "\t\t" + a1 + "\t" + a2 + "\t\t\t" + pop + "\t\t100\tEtc/UTC\t2020-01-01\n"
	}
	writeFiles(t, dir, map[string]string{
		"cities1000.txt": row("1", "Northam", "Nordheim,Northam Town", "10.5", "20.5", "PPLC", "AA", "01", "001", "250000") +
			row("2", "Southam", "", "9.5", "20.0", "PPL", "AA", "01", "001", "5000") +
			row("3", "Northam", "", "40.0", "-100.0", "PPL", "BB", "02", "", "3000"),
		"admin1_codes.tsv": "code\tname\nAA.01\tCentral Province\nBB.02\tHill State\n",
		"admin2_codes.tsv": "code\tname\nAA.01.001\tRiver County\n",
		"countries.tsv":    "alpha2\talpha3\tnumeric\tname\talt_names\tnative_name\tcapital\tcontinent\tcurrencies\tlanguages\tphone\tpart_of\nAA\tAAA\t901\tAaland Republic\tAaland\t\tNortham\tEU\t\t\t\t\nBB\tBBB\t902\tBeeland\t\t\t\tNA\t\t\t\t\n",
		"extra.tsv":        "# user places\nGreen Valley|the Valley\tL\tRGN\tAAA\t10.0\t21.0\n",
	})
	src := Sources{Cities: filepath.Join(dir, "cities1000.txt"), Admin1: filepath.Join(dir, "admin1_codes.tsv"),
		Admin2: filepath.Join(dir, "admin2_codes.tsv"), Countries: filepath.Join(dir, "countries.tsv"), Extra: filepath.Join(dir, "extra.tsv")}
	g, st, err := Build(src)
	if err != nil {
		t.Fatal(err)
	}
	if st.Cities != 3 || st.Admin1 != 2 || st.Admin2 != 1 || st.Countries != 2 || st.Regions != len(regions)+1 {
		t.Errorf("stats %+v", st)
	}
	var buf bytes.Buffer
	if err := g.Write(&buf); err != nil {
		t.Fatal(err)
	}
	g2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, want, country, code string
	}{
		{"Northam", "Northam", "AAA", "PPLC"}, // the capital before the small namesake
		{"Nordheim", "Northam", "AAA", "PPLC"},
		{"Aaland", "Aaland Republic", "AAA", "PCLI"},
		{"Central Province", "Central Province", "AAA", "ADM1"},
		{"River County", "River County", "AAA", "ADM2"},
		{"Green Valley", "Green Valley", "AAA", "RGN"},
		{"Crimea", "Crimea", "UKR", "PEN"},
	}
	for _, tt := range tests {
		c := g2.Candidates(tt.name)
		if len(c) == 0 {
			t.Errorf("%s: no candidates", tt.name)
			continue
		}
		if c[0].Name != tt.want || c[0].Country != tt.country || c[0].Code != tt.code {
			t.Errorf("%s: first candidate %+v, want %s %s %s", tt.name, *c[0], tt.want, tt.country, tt.code)
		}
	}
	if c := g2.Candidates("Northam"); len(c) != 2 || c[1].Country != "BBB" || c[1].Admin1 != "Hill State" {
		t.Errorf("Northam candidates %+v", c)
	}
}

// TestEmbeddedIsCurrent rebuilds the gazetteer from the shared GeoNames
// files and checks that the committed file is what the generator makes.
func TestEmbeddedIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("rebuilding the gazetteer takes a few seconds")
	}
	dir := shared.Require(t, "data/geo/cities1000.txt.gz")
	g, _, err := Build(SourcesIn(filepath.Dir(dir)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := g.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Fatalf("geo/data/gazetteer.bin.gz is stale: run go generate ./geo (built %d bytes, embedded %d)", buf.Len(), len(embedded))
	}
}
