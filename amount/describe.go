package amount

import (
	"math"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// Describe writes a quantity for people to read, as in "killed more than 12
// people", "USD 2,500,000", "4.5%" or "9–10 gunmen".
func Describe(value, max float64, kind, modifier, unit, currency, role string) string {
	var b strings.Builder
	if role != "" {
		b.WriteString(role + " ")
	}
	if modifier != "" && modifier != Exact && modifier != Range {
		b.WriteString(modifier + " ")
	}
	if currency != "" {
		b.WriteString(currency + " ")
	}
	b.WriteString(number(value))
	if max > value {
		b.WriteString("–" + number(max))
	}
	if kind == Percent && unit == "" {
		b.WriteString("%")
	}
	if unit != "" {
		b.WriteString(" " + unit)
	}
	return b.String()
}

// number writes v with thousands separators and no needless decimals, and
// millions and above with their scale word ("1.2 billion").
func number(v float64) string {
	for _, sc := range []struct {
		v    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if a := math.Abs(v); a >= sc.v && a < sc.v*1000 {
			return strconv.FormatFloat(math.Round(v/sc.v*1000)/1000, 'f', -1, 64) + " " + sc.name
		}
	}
	return plain(v)
}

// plain writes v with thousands separators.
func plain(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// DescribeAmount is Describe for a document's amount.
func DescribeAmount(a doc.Amount) string {
	return Describe(a.Value, a.Max, a.Kind, a.Modifier, a.Unit, a.Currency, a.Role)
}
