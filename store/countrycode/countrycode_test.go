package countrycode

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

func TestFIPS(t *testing.T) {
	for iso, fips := range map[string]string{"RU": "RS", "DE": "GM", "GB": "UK", "SY": "SY", "SYR": "SY", "RUS": "RS", "XKK": "KV", "CN": "CH", "CH": "SZ", "US": "US", "IQ": "IZ", "UA": "UP"} {
		if got := FIPS(iso); got != fips {
			t.Errorf("FIPS(%s) = %s, want %s", iso, got, fips)
		}
	}
}

// TestISOTable checks our ISO 3166 table against the shared country list.
func TestISOTable(t *testing.T) {
	path := shared.Require(t, "data/geo/countries.tsv")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n")[1:] {
		f := strings.Split(line, "\t")
		n++
		if got := ISO2(f[1]); got != f[0] {
			t.Errorf("ISO2(%s) = %q, want %s", f[1], got, f[0])
		}
		if got := ISO3(f[0]); got != f[1] {
			t.Errorf("ISO3(%s) = %q, want %s", f[0], got, f[1])
		}
	}
	if n != len(iso2to3) {
		t.Errorf("shared list has %d countries, our table %d", n, len(iso3to2))
	}
}
