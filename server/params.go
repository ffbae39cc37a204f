package server

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
)

// params reads and validates query parameters, keeping the first error.
// Every parameter a handler accepts must be read through it; check then
// rejects any other parameter, so a misspelt filter is an error rather
// than silently ignored.
type params struct {
	q    url.Values
	seen map[string]bool
	err  error
}

func newParams(q url.Values) *params { return &params{q: q, seen: map[string]bool{}} }

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = errorf(400, format, args...)
	}
}

// raw returns the parameter's single value, or "" when absent.
func (p *params) raw(name string) string {
	p.seen[name] = true
	vs := p.q[name]
	if len(vs) > 1 {
		p.fail("parameter %s given %d times", name, len(vs))
		return ""
	}
	if len(vs) == 0 {
		return ""
	}
	return strings.TrimSpace(vs[0])
}

var (
	actorRe = regexp.MustCompile(`^[A-Z0-9]{1,32}$`)
	codeRe  = regexp.MustCompile(`^[0-9]{1,4}$`)
	rootRe  = regexp.MustCompile(`^(0[1-9]|1[0-9]|20)$`)
	placeRe = regexp.MustCompile(`^[A-Z]{2,3}$`)
	idRe    = regexp.MustCompile(`^[A-Za-z0-9]{1,40}$`)
)

// actor reads a CAMEO actor code prefix, upper-casing it.
func (p *params) actor(name string) string {
	v := strings.ToUpper(p.raw(name))
	if v != "" && !actorRe.MatchString(v) {
		p.fail("%s: %q is not a CAMEO actor code (letters and digits, like USAGOV)", name, v)
		return ""
	}
	return v
}

func (p *params) root(name string) string {
	v := p.raw(name)
	if len(v) == 1 {
		v = "0" + v
	}
	if v != "" && !rootRe.MatchString(v) {
		p.fail("%s: %q is not a CAMEO root code (01 to 20)", name, v)
		return ""
	}
	return v
}

func (p *params) code(name string) string {
	v := p.raw(name)
	if v != "" && (!codeRe.MatchString(v) || len(v) < 2 || !rootRe.MatchString(v[:2])) {
		p.fail("%s: %q is not a CAMEO event code or prefix (2 to 4 digits, like 0411)", name, v)
		return ""
	}
	return v
}

func (p *params) day(name string) doc.Day {
	v := p.raw(name)
	if v == "" {
		return doc.Day{}
	}
	d, err := doc.ParseDay(v)
	if err != nil {
		p.fail("%s: %q is not a date (want YYYY-MM-DD)", name, v)
	}
	return d
}

func (p *params) int(name string, def, lo, hi int) int {
	v := p.raw(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		p.fail("%s: %q is not a whole number from %d to %d", name, v, lo, hi)
		return def
	}
	return n
}

func (p *params) float(name string, lo, hi float64) float64 {
	v := p.raw(name)
	if v == "" {
		return 0
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < lo || f > hi || f != f {
		p.fail("%s: %q is not a number from %g to %g", name, v, lo, hi)
		return 0
	}
	return f
}

func (p *params) bool(name string) bool {
	switch v := strings.ToLower(p.raw(name)); v {
	case "", "0", "false", "no":
		return false
	case "1", "true", "yes":
		return true
	default:
		p.fail("%s: %q is not a boolean (true or false)", name, v)
		return false
	}
}

func (p *params) oneOf(name string, allowed ...string) string {
	v := p.raw(name)
	if v != "" && !slices.Contains(allowed, v) {
		p.fail("%s: %q is not one of %s", name, v, strings.Join(allowed, ", "))
		return ""
	}
	return v
}

// text reads free text up to max bytes.
func (p *params) text(name string, max int) string {
	v := p.raw(name)
	if len(v) > max {
		p.fail("%s: longer than %d bytes", name, max)
		return ""
	}
	return v
}

// check returns the first error, or an error naming an unknown parameter.
func (p *params) check() error {
	if p.err != nil {
		return p.err
	}
	for name := range p.q {
		if !p.seen[name] {
			known := make([]string, 0, len(p.seen))
			for k := range p.seen {
				known = append(known, k)
			}
			slices.Sort(known)
			return errorf(400, "unknown parameter %q (this endpoint takes %s)", name, strings.Join(known, ", "))
		}
	}
	return nil
}

// The limits on paging.
const (
	maxLimit  = 1000
	maxOffset = 1_000_000
)

var modalities = []string{doc.Asserted, doc.Negated, doc.Intended, doc.Hypothetical, doc.Reported}

// eventFilter reads the event filters shared by /api/events and
// /api/places; the names follow the CLI's flags.
func (p *params) eventFilter() store.EventFilter {
	f := store.EventFilter{
		Source:        p.actor("source"),
		Target:        p.actor("target"),
		Either:        p.actor("actor"),
		Root:          p.root("root"),
		Code:          p.code("code"),
		QuadClass:     p.int("quad", 0, 1, 4),
		From:          p.day("from"),
		To:            p.day("to"),
		Modality:      p.oneOf("modality", modalities...),
		MinConfidence: p.float("min_confidence", 0, 1),
	}
	if v := strings.ToUpper(p.raw("place")); v != "" {
		if !placeRe.MatchString(v) {
			p.fail("place: %q is not an ISO 3166 country code (like SYR or SY, as the gazetteer stores it)", v)
		}
		f.Place = v
	}
	if v := p.raw("doc"); v != "" {
		if len(v) > 512 {
			p.fail("doc: longer than 512 bytes")
		}
		f.DocID = v
	}
	if v := p.raw("cluster"); v != "" {
		if !idRe.MatchString(v) {
			p.fail("cluster: %q is not a cluster id", v)
		}
		f.ClusterID = v
	}
	if f.Root != "" && f.Code != "" && !strings.HasPrefix(f.Code, f.Root) {
		p.fail("code %s is not under root %s", f.Code, f.Root)
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From.Time) {
		p.fail("to (%s) is before from (%s)", f.To, f.From)
	}
	return f
}

// page reads limit and offset.
func (p *params) page(def int) (limit, offset int) {
	return p.int("limit", def, 1, maxLimit), p.int("offset", 0, 0, maxOffset)
}

func dayRange(p *params) (from, to doc.Day) {
	from, to = p.day("from"), p.day("to")
	if !from.IsZero() && !to.IsZero() && to.Before(from.Time) {
		p.fail("to (%s) is before from (%s)", to, from)
	}
	return from, to
}
