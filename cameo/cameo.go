// Package cameo holds the CAMEO event ontology: every event code with its
// name, Goldstein weight and QuadClass, and the PLOVER event types and modes
// with a mapping from CAMEO to PLOVER.
//
// QuadClass follows the convention of ICEWS, Phoenix and most of the
// literature, which the sitrep contract documents: roots 01–05 are verbal
// cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict
// (3) and 14–20 material conflict (4). GDELT 1.0's event files instead put
// root 09 in class 2 and root 14 in class 3; GDELTQuadClass gives that
// variant for comparisons.
package cameo

import (
	"fmt"
	"strconv"
	"strings"
)

// The four QuadClass values.
const (
	VerbalCooperation   = 1
	MaterialCooperation = 2
	VerbalConflict      = 3
	MaterialConflict    = 4
)

// Code is one CAMEO event code.
type Code struct {
	// Code is the code itself: "19", "190", "1831".
	Code string
	// Root is the two-digit root, "19" for "1831".
	Root string
	// Level is 2 for a root, 3 for three digits, 4 for four.
	Level int
	// Name is the codebook's short description.
	Name string
	// Goldstein is the Goldstein (1992) weight, -10 to +10.
	Goldstein float64
	// QuadClass is 1 to 4 (see the package comment).
	QuadClass int
}

var (
	codes  []Code
	byCode map[string]int
)

func init() {
	byCode = map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(codeTable), "\n") {
		f := strings.SplitN(line, "|", 3)
		if len(f) != 3 {
			panic(fmt.Sprintf("cameo: bad table line %q", line))
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			panic(fmt.Sprintf("cameo: bad weight in %q", line))
		}
		c := Code{Code: f[0], Root: f[0][:2], Level: len(f[0]), Name: f[2], Goldstein: g, QuadClass: QuadClassOfRoot(f[0][:2])}
		byCode[c.Code] = len(codes)
		codes = append(codes, c)
	}
}

// Codes returns all CAMEO event codes in codebook order.
func Codes() []Code { return append([]Code(nil), codes...) }

// Roots returns the twenty root codes, "01" to "20".
func Roots() []Code {
	var out []Code
	for _, c := range codes {
		if c.Level == 2 {
			out = append(out, c)
		}
	}
	return out
}

// Lookup returns the code c. A root written with a trailing zero ("010")
// is a code of its own; unknown codes report false.
func Lookup(c string) (Code, bool) {
	i, ok := byCode[c]
	if !ok {
		return Code{}, false
	}
	return codes[i], true
}

// Valid reports whether c is a CAMEO event code.
func Valid(c string) bool {
	_, ok := byCode[c]
	return ok
}

// Children returns the codes one level below c, in order.
func Children(c string) []Code {
	var out []Code
	for _, k := range codes {
		if len(k.Code) == len(c)+1 && strings.HasPrefix(k.Code, c) {
			out = append(out, k)
		}
	}
	return out
}

// QuadClassOfRoot returns the QuadClass of a two-digit root, or 0 for an
// unknown root.
func QuadClassOfRoot(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil || len(root) != 2 {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 8:
		return MaterialCooperation
	case n >= 9 && n <= 13:
		return VerbalConflict
	case n >= 14 && n <= 20:
		return MaterialConflict
	}
	return 0
}

// GDELTQuadClass returns the QuadClass GDELT 1.0 assigns to a root, which
// differs from QuadClassOfRoot for roots 09 (2) and 14 (3).
func GDELTQuadClass(root string) int {
	switch root {
	case "09":
		return MaterialCooperation
	case "14":
		return VerbalConflict
	}
	return QuadClassOfRoot(root)
}

// Generalize returns the codes from c up to its root: "1831", "183", "18".
func Generalize(c string) []string {
	var out []string
	for n := len(c); n >= 2; n-- {
		if Valid(c[:n]) {
			out = append(out, c[:n])
		}
	}
	return out
}
