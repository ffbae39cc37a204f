package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/engine"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/internal/shared"
)

func init() {
	registerEval(command{
		name:    "geo",
		summary: "toponym recognition and resolution on LGL or GeoWebNews (--gold FILE)",
		run:     runEvalGeo,
	})
}

// geoGold is one article of a geoparsing gold set (LGL, GeoWebNews).
type geoGold struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Toponyms []struct {
		StartByte int      `json:"start_byte"`
		EndByte   int      `json:"end_byte"`
		Name      string   `json:"name"`
		Lat       *float64 `json:"lat"`
		Lon       *float64 `json:"lon"`
		Type      string   `json:"type"`
		Country   string   `json:"country"`
	} `json:"toponyms"`
}

// notToponym are GeoWebNews annotation types that are not place names
// (common-noun expressions, non-place entities, demonyms, languages).
var notToponym = map[string]bool{"Literal_Expression": true, "Non_Lit_Expression": true, "Non_Toponym": true,
	"Demonym": true, "Language": true, "Homonym": true}

// geoScore accumulates the measures of one run.
type geoScore struct {
	docs, sents                 int
	gold, pred, exact, overlap  int
	e2eN, e2eHit                int
	spanN, spanHit, spanMissing int
	ccN, ccHit                  int
	errs, e2eErrs               []float64
	stage                       time.Duration
}

func runEvalGeo(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval geo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("gold", "", "gold JSONL (default: the shared LGL set)")
	limit := fs.Int("limit", 0, "read at most this many articles (0: all)")
	show := fs.Int("show", 0, "print this many of the worst resolution errors")
	misses := fs.Bool("misses", false, "print recognition misses and false alarms")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	if *gold == "" {
		p, err := shared.Path("data/geo/geoparsing/lgl.jsonl")
		if err != nil {
			return fmt.Errorf("%w: --gold FILE is required (%v)", errUsage, err)
		}
		*gold = p
	}
	arts, err := readGeoGold(*gold, *limit)
	if err != nil {
		return err
	}
	g, err := geo.Default()
	if err != nil {
		return err
	}
	pl, err := engine.New(engine.Config{Stages: []string{"geo"}})
	if err != nil {
		return err
	}
	parser := geo.NewParser(g)
	rev := geo.NewReverse(g)
	var sc geoScore
	type bad struct {
		km         float64
		id, got, w string
	}
	var worst []bad
	progress := geoIsTerminal(stderr)
	for ai, a := range arts {
		if progress && ai%20 == 0 {
			fmt.Fprintf(stderr, "\reval geo: %d/%d articles", ai, len(arts))
		}
		d := doc.New(a.ID, a.Text)
		if err := pl.Process(d); err != nil {
			return fmt.Errorf("eval geo: %w", err)
		}
		sc.docs++
		if len(d.Sentences) > 0 {
			sc.sents += len(d.Sentences)
		} else {
			sc.sents += len(geo.Tokenize(d.Text))
		}
		var spans []doc.Span
		var idx []int
		for ti, t := range a.Toponyms {
			if notToponym[t.Type] || t.StartByte < 0 || t.EndByte > len(a.Text) || t.StartByte >= t.EndByte {
				continue
			}
			sc.gold++
			spans = append(spans, doc.Span{Start: t.StartByte, End: t.EndByte})
			idx = append(idx, ti)
			hit := false
			for _, p := range d.Places {
				if p.Start == t.StartByte && p.End == t.EndByte {
					sc.exact++
				}
				if p.Start < t.EndByte && t.StartByte < p.End && !hit {
					hit = true
					sc.overlap++
					if t.Lat != nil && t.Lon != nil {
						km := geo.DistanceKm(p.Lat, p.Lon, *t.Lat, *t.Lon)
						sc.e2eN++
						sc.e2eErrs = append(sc.e2eErrs, km)
						if km <= 161 {
							sc.e2eHit++
						}
					}
				}
			}
			if !hit && *misses {
				fmt.Fprintf(stdout, "miss\t%s\t%q\t%s\n", a.ID, t.Name, geoContext(a.Text, t.StartByte, t.EndByte))
			}
		}
		sc.pred += len(d.Places)
		if *misses {
			for _, p := range d.Places {
				found := false
				for _, t := range a.Toponyms {
					if !notToponym[t.Type] && p.Start < t.EndByte && t.StartByte < p.End {
						found = true
					}
				}
				if !found {
					fmt.Fprintf(stdout, "false\t%s\t%q\t%s\t%s\n", a.ID, p.Text, p.Feature, geoContext(a.Text, p.Start, p.End))
				}
			}
		}
		res := parser.ResolveSpans(d, spans)
		for k, p := range res {
			t := a.Toponyms[idx[k]]
			if t.Lat == nil || t.Lon == nil {
				continue
			}
			sc.spanN++
			if p == nil {
				sc.spanMissing++
				sc.errs = append(sc.errs, math.Inf(1))
				continue
			}
			km := geo.DistanceKm(p.Lat, p.Lon, *t.Lat, *t.Lon)
			sc.errs = append(sc.errs, km)
			if km <= 161 {
				sc.spanHit++
			}
			want := ""
			if t.Country != "" {
				if c := geoCountryCode(g, t.Country); c != "" {
					want = c
				}
			} else {
				want = rev.Country(*t.Lat, *t.Lon)
			}
			if want != "" {
				sc.ccN++
				if p.Country == want {
					sc.ccHit++
				}
			}
			if *show > 0 && km > 161 {
				worst = append(worst, bad{km, a.ID, fmt.Sprintf("%s (%s %s %.2f,%.2f)", p.Name, p.Country, p.Feature, p.Lat, p.Lon),
					fmt.Sprintf("%q gold %.2f,%.2f %s", t.Name, *t.Lat, *t.Lon, t.Country)})
			}
		}
	}
	if progress {
		fmt.Fprintf(stderr, "\r%60s\r", "")
	}
	for _, st := range pl.Times() {
		if st.Stage == "geo" {
			sc.stage = st.Time
		}
	}
	sort.Slice(worst, func(i, j int) bool { return worst[i].km > worst[j].km })
	for _, w := range worst[:min(*show, len(worst))] {
		fmt.Fprintf(stdout, "error %8.0f km\t%s\t%s\tgot %s\n", w.km, w.id, w.w, w.got)
	}
	sc.report(stdout, *gold)
	return nil
}

func (sc *geoScore) report(w io.Writer, gold string) {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	p, r := ratio(sc.exact, sc.pred), ratio(sc.exact, sc.gold)
	lp, lr := ratio(sc.overlap, sc.pred), ratio(sc.overlap, sc.gold)
	f := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	fmt.Fprintf(w, "gold set            %s (%d articles, %d sentences)\n", gold, sc.docs, sc.sents)
	fmt.Fprintf(w, "recognition exact   P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d, exact %d)\n", p, r, f(p, r), sc.gold, sc.pred, sc.exact)
	fmt.Fprintf(w, "recognition overlap P %.3f  R %.3f  F1 %.3f\n", lp, lr, f(lp, lr))
	fmt.Fprintf(w, "resolution of gold spans: acc@161km %.3f  median error %.1f km  mean error %.0f km  (%d toponyms with coordinates, %d not in gazetteer)\n",
		ratio(sc.spanHit, sc.spanN), geoMedian(sc.errs), geoMeanFinite(sc.errs), sc.spanN, sc.spanMissing)
	fmt.Fprintf(w, "country accuracy    %.3f  (%d toponyms)\n", ratio(sc.ccHit, sc.ccN), sc.ccN)
	fmt.Fprintf(w, "end to end:         acc@161km %.3f  median error %.1f km  (%d recognized toponyms with coordinates)\n",
		ratio(sc.e2eHit, sc.e2eN), geoMedian(sc.e2eErrs), sc.e2eN)
	if sc.stage > 0 {
		fmt.Fprintf(w, "speed (geo stage)   %.0f sentences/s  (%v for %d sentences, one core)\n",
			float64(sc.sents)/sc.stage.Seconds(), sc.stage.Round(time.Millisecond), sc.sents)
	}
}

func geoMedian(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func geoMeanFinite(xs []float64) float64 {
	sum, n := 0.0, 0
	for _, x := range xs {
		if !math.IsInf(x, 0) {
			sum += x
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// geoCountryCode maps a gold country name to its alpha-3 code.
func geoCountryCode(g *geo.Gazetteer, name string) string {
	for _, e := range g.Candidates(name) {
		if e.Class == "A" && (strings.HasPrefix(e.Code, "PCL") || e.Code == "TERR") {
			return e.Country
		}
	}
	return ""
}

func geoContext(text string, start, end int) string {
	a, b := max(0, start-40), min(len(text), end+40)
	for a > 0 && !geoUTF8Start(text[a]) {
		a--
	}
	for b < len(text) && !geoUTF8Start(text[b]) {
		b++
	}
	return strings.ReplaceAll(text[a:start]+"[["+text[start:end]+"]]"+text[end:b], "\n", " ")
}

func geoUTF8Start(c byte) bool { return c&0xC0 != 0x80 }

func readGeoGold(path string, limit int) ([]geoGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	var out []geoGold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a geoGold
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("read gold: %s:%d: %w", path, line, err)
		}
		out = append(out, a)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold: %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, errors.New("read gold: no articles in " + path)
	}
	return out, nil
}

// geoIsTerminal reports whether w is a terminal, for progress output.
func geoIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
