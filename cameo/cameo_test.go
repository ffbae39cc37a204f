package cameo

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

func TestAgainstPublishedTable(t *testing.T) {
	path := shared.Require(t, "data/cameo/cameo_codes_goldstein.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	seen := 0
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		if len(col) != 6 {
			t.Fatalf("bad row %q", sc.Text())
		}
		seen++
		c, ok := Lookup(col[0])
		if !ok {
			t.Errorf("code %s (%s) missing", col[0], col[3])
			continue
		}
		level, _ := strconv.Atoi(col[1])
		g, _ := strconv.ParseFloat(col[4], 64)
		q, _ := strconv.Atoi(col[5])
		if c.Level != level || c.Root != col[2] || c.Goldstein != g {
			t.Errorf("%s: got level %d root %s goldstein %v, table has %d %s %v", col[0], c.Level, c.Root, c.Goldstein, level, col[2], g)
		}
		// The table follows GDELT 1.0's QuadClass; ours differs only for 09 and 14.
		if GDELTQuadClass(c.Root) != q {
			t.Errorf("%s: GDELT quad class %d, table has %d", col[0], GDELTQuadClass(c.Root), q)
		}
	}
	if seen != len(Codes()) {
		t.Errorf("table has %d codes, we have %d", seen, len(Codes()))
	}
}

func TestQuadClass(t *testing.T) {
	tests := []struct {
		root     string
		ours, gd int
	}{
		{"01", 1, 1}, {"05", 1, 1}, {"06", 2, 2}, {"08", 2, 2}, {"09", 3, 2},
		{"13", 3, 3}, {"14", 4, 3}, {"20", 4, 4}, {"21", 0, 0}, {"x", 0, 0},
	}
	for _, tt := range tests {
		if got := QuadClassOfRoot(tt.root); got != tt.ours {
			t.Errorf("QuadClassOfRoot(%q) = %d, want %d", tt.root, got, tt.ours)
		}
		if got := GDELTQuadClass(tt.root); got != tt.gd {
			t.Errorf("GDELTQuadClass(%q) = %d, want %d", tt.root, got, tt.gd)
		}
	}
}

func TestLookupAndTree(t *testing.T) {
	c, ok := Lookup("1831")
	if !ok || c.Root != "18" || c.Goldstein != -10 || c.QuadClass != 4 || c.Name != "Carry out suicide bombing" {
		t.Errorf("Lookup(1831) = %+v, %v", c, ok)
	}
	if _, ok := Lookup("999"); ok {
		t.Error("Lookup(999) found a code")
	}
	if got := strings.Join(Generalize("1831"), " "); got != "1831 183 18" {
		t.Errorf("Generalize(1831) = %s", got)
	}
	if n := len(Roots()); n != 20 {
		t.Errorf("%d roots", n)
	}
	if n := len(Children("04")); n != 7 {
		t.Errorf("04 has %d children, want 7 (040-046)", n)
	}
}

func TestPloverCoversEveryCode(t *testing.T) {
	types := map[string]bool{}
	for _, p := range PloverTypes {
		types[p] = true
	}
	for _, c := range Codes() {
		p, ok := ToPlover(c.Code)
		if c.Root == "01" {
			if ok {
				t.Errorf("%s: statements should have no PLOVER type, got %+v", c.Code, p)
			}
			continue
		}
		if !ok || !types[p.Type] {
			t.Errorf("%s: PLOVER %+v %v", c.Code, p, ok)
			continue
		}
		if p.Mode != "" && !contains(PloverModes[p.Type], p.Mode) {
			t.Errorf("%s: mode %q is not a mode of %s", c.Code, p.Mode, p.Type)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestPloverAgainstManual compares our mapping with the PLOVER manual's
// CAMEO2PLOVER table (read at test time only; the file is CC BY-SA).
func TestPloverAgainstManual(t *testing.T) {
	path := shared.Require(t, "data/cameo/CAMEO2PLOVER-2021.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	total, same := 0, 0
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(line, ":")
		if !ok || !Valid(strings.TrimSpace(code)) || !strings.Contains(rest, ",") {
			continue
		}
		f := strings.Split(rest, ",")
		want := strings.TrimSpace(f[0])
		mode := strings.TrimSpace(f[1])
		got, _ := ToPlover(strings.TrimSpace(code))
		total++
		// Where the manual leaves the mode blank we may name one; where it
		// names a mode of the type, ours must agree.
		modeOK := got.Mode == mode || mode == "" || !contains(PloverModes[want], mode)
		if got.Type == want && modeOK {
			same++
		} else {
			t.Logf("%s: manual %s/%s, ours %s/%s", code, want, mode, got.Type, got.Mode)
		}
	}
	if total < 250 || float64(same) < 0.98*float64(total) {
		t.Errorf("type and mode agree on %d of %d codes, want at least 98%%", same, total)
	}
}
