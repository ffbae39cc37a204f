// Package geoeval scores the geoparser against gold sets of toponyms with
// coordinates (LGL, GeoWebNews): recognition precision and recall,
// resolution accuracy within 161 km, median error, country accuracy and
// speed.
package geoeval

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/internal/cputime"
	"github.com/sitrep/sitrep/internal/jsonl"
	"github.com/sitrep/sitrep/internal/prf"
)

// Article is one article of a geoparsing gold set.
type Article struct {
	ID       string    `json:"id"`
	Text     string    `json:"text"`
	Toponyms []Toponym `json:"toponyms"`
}

// Toponym is one gold annotation; spans are UTF-8 byte offsets.
type Toponym struct {
	StartByte int      `json:"start_byte"`
	EndByte   int      `json:"end_byte"`
	Name      string   `json:"name"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Type      string   `json:"type"`
	Country   string   `json:"country"`
}

// notToponym are GeoWebNews annotation types that are not place names
// (common-noun expressions, non-place entities, demonyms, languages).
var notToponym = map[string]bool{"Literal_Expression": true, "Non_Lit_Expression": true, "Non_Toponym": true,
	"Demonym": true, "Language": true, "Homonym": true}

// Options controls diagnostics printed during a run.
type Options struct {
	// Show prints this many of the worst resolution errors, and as many
	// of the gold names the gazetteer lacks, most frequent first.
	Show int
	// Misses prints recognition misses and false alarms.
	Misses bool
	// Progress, when set, receives a progress line every 20 articles.
	Progress io.Writer
}

// Score holds the measures of one run.
type Score struct {
	Docs, Sentences int
	// Recognition, counted over gold toponyms (GeoWebNews: place types
	// only) and predicted places.
	Gold, Predicted, Exact, Overlap int
	// GoldNationality counts gold toponyms that are nationality words
	// ("Russian"), which the geoparser does not report as places, and
	// ExactNationality those found anyway.
	GoldNationality, ExactNationality int
	// Resolution of the gold spans with coordinates.
	SpanN, SpanHit, SpanMissing int
	SpanErrs                    []float64
	CountryN, CountryHit        int
	// CountryRegions counts gold spans resolved to features that span
	// several countries (seas, continents), left out of CountryN.
	CountryRegions int
	// End to end: recognized gold toponyms with coordinates.
	E2EN, E2EHit int
	E2EErrs      []float64
	// StageTime is the wall time spent finding and resolving places and
	// StageCPU the CPU time (0 where not measured).
	StageTime, StageCPU time.Duration
}

// Run processes every article with process (which must fill d.Places and
// may fill d.Sentences) and scores the result; parser resolves the gold
// spans for the resolution measures.
func Run(arts []Article, process func(*doc.Document) error, parser *geo.Parser, opt Options, w io.Writer) (*Score, error) {
	g := parser.Gazetteer()
	rev := geo.NewReverse(g)
	sc := &Score{}
	type bad struct {
		km         float64
		id, got, w string
	}
	var worst []bad
	absent := map[string]int{}
	for ai, a := range arts {
		if opt.Progress != nil && ai%20 == 0 {
			fmt.Fprintf(opt.Progress, "\reval geo: %d/%d articles", ai, len(arts))
		}
		d := doc.New(a.ID, a.Text)
		start, cpu := time.Now(), cputime.Used()
		if err := process(d); err != nil {
			return nil, fmt.Errorf("eval geo: %w", err)
		}
		sc.StageTime += time.Since(start)
		sc.StageCPU += cputime.Used() - cpu
		sc.Docs++
		if len(d.Sentences) > 0 {
			sc.Sentences += len(d.Sentences)
		} else {
			sc.Sentences += len(geo.Tokenize(d.Text))
		}
		var spans []doc.Span
		var idx []int
		for ti, t := range a.Toponyms {
			if notToponym[t.Type] || t.StartByte < 0 || t.EndByte > len(a.Text) || t.StartByte >= t.EndByte {
				continue
			}
			sc.Gold++
			nationality := geo.IsNationality(t.Name)
			if nationality {
				sc.GoldNationality++
			}
			spans = append(spans, doc.Span{Start: t.StartByte, End: t.EndByte})
			idx = append(idx, ti)
			hit := false
			for _, p := range d.Places {
				if p.Start == t.StartByte && p.End == t.EndByte {
					sc.Exact++
					if nationality {
						sc.ExactNationality++
					}
				}
				if p.Start < t.EndByte && t.StartByte < p.End && !hit {
					hit = true
					sc.Overlap++
					if t.Lat != nil && t.Lon != nil {
						km := geo.DistanceKm(p.Lat, p.Lon, *t.Lat, *t.Lon)
						sc.E2EN++
						sc.E2EErrs = append(sc.E2EErrs, km)
						if km <= 161 {
							sc.E2EHit++
						}
					}
				}
			}
			if !hit && opt.Misses {
				fmt.Fprintf(w, "miss\t%s\t%q\t%s\n", a.ID, t.Name, snippet(a.Text, t.StartByte, t.EndByte))
			}
		}
		sc.Predicted += len(d.Places)
		if opt.Misses {
			for _, p := range d.Places {
				found := false
				for _, t := range a.Toponyms {
					if !notToponym[t.Type] && p.Start < t.EndByte && t.StartByte < p.End {
						found = true
					}
				}
				if !found {
					fmt.Fprintf(w, "false\t%s\t%q\t%s\t%s\n", a.ID, p.Text, p.Feature, snippet(a.Text, p.Start, p.End))
				}
			}
		}
		res := parser.ResolveSpans(d, spans)
		for k, p := range res {
			t := a.Toponyms[idx[k]]
			if t.Lat == nil || t.Lon == nil {
				continue
			}
			sc.SpanN++
			if p == nil {
				absent[t.Name]++
				sc.SpanMissing++
				sc.SpanErrs = append(sc.SpanErrs, math.Inf(1))
				continue
			}
			km := geo.DistanceKm(p.Lat, p.Lon, *t.Lat, *t.Lon)
			sc.SpanErrs = append(sc.SpanErrs, km)
			if km <= 161 {
				sc.SpanHit++
			}
			want := ""
			if t.Country != "" {
				want = countryCode(g, t.Country)
			} else {
				want = rev.Country(*t.Lat, *t.Lon)
			}
			if want != "" && p.Country == "" {
				sc.CountryRegions++
			} else if want != "" {
				sc.CountryN++
				if p.Country == want {
					sc.CountryHit++
				}
			}
			if opt.Show > 0 && km > 161 {
				worst = append(worst, bad{km, a.ID, fmt.Sprintf("%s (%s %s %.2f,%.2f)", p.Name, p.Country, p.Feature, p.Lat, p.Lon),
					fmt.Sprintf("%q gold %.2f,%.2f %s", t.Name, *t.Lat, *t.Lon, t.Country)})
			}
		}
	}
	if opt.Progress != nil {
		fmt.Fprintf(opt.Progress, "\r%60s\r", "")
	}
	sort.Slice(worst, func(i, j int) bool { return worst[i].km > worst[j].km })
	for _, b := range worst[:min(opt.Show, len(worst))] {
		fmt.Fprintf(w, "error %8.0f km\t%s\t%s\tgot %s\n", b.km, b.id, b.w, b.got)
	}
	// The names the gazetteer lacks, most frequent first.
	names := make([]string, 0, len(absent))
	for n := range absent {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if absent[names[i]] != absent[names[j]] {
			return absent[names[i]] > absent[names[j]]
		}
		return names[i] < names[j]
	})
	for _, n := range names[:min(opt.Show, len(names))] {
		fmt.Fprintf(w, "absent %5d\t%q\n", absent[n], n)
	}
	return sc, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ExactCounts are the counts of exact-span recognition.
func (sc *Score) ExactCounts() prf.Counts {
	return prf.Counts{Gold: sc.Gold, System: sc.Predicted, Correct: sc.Exact}
}

// OverlapCounts are the counts of recognition where a predicted span
// overlapping a gold one counts as right.
func (sc *Score) OverlapCounts() prf.Counts {
	return prf.Counts{Gold: sc.Gold, System: sc.Predicted, Correct: sc.Overlap}
}

// Precision of exact-span recognition.
func (sc *Score) Precision() float64 { return sc.ExactCounts().Precision() }

// Recall of exact-span recognition.
func (sc *Score) Recall() float64 { return sc.ExactCounts().Recall() }

// AccuracyAt161 is the share of gold spans with coordinates resolved
// within 161 km (100 miles); names missing from the gazetteer count as
// errors.
func (sc *Score) AccuracyAt161() float64 { return ratio(sc.SpanHit, sc.SpanN) }

// CountryAccuracy is the share of resolved gold spans given the gold
// country (LGL's country field, else the country of the populated place
// nearest to the gold point).
func (sc *Score) CountryAccuracy() float64 { return ratio(sc.CountryHit, sc.CountryN) }

// Report writes the measures.
func (sc *Score) Report(w io.Writer, gold string) {
	ex, ov := sc.ExactCounts(), sc.OverlapCounts()
	fmt.Fprintf(w, "gold set              %s (%d articles, %d sentences)\n", gold, sc.Docs, sc.Sentences)
	fmt.Fprintf(w, "recognition exact     P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d, exact %d)\n", ex.Precision(), ex.Recall(), ex.F1(), sc.Gold, sc.Predicted, sc.Exact)
	fmt.Fprintf(w, "recognition overlap   P %.3f  R %.3f  F1 %.3f\n", ov.Precision(), ov.Recall(), ov.F1())
	if sc.GoldNationality > 0 {
		fmt.Fprintf(w, "recall without nationality words  R %.3f  (%d of the gold toponyms are words like \"Russian\")\n",
			ratio(sc.Exact-sc.ExactNationality, sc.Gold-sc.GoldNationality), sc.GoldNationality)
	}
	fmt.Fprintf(w, "resolution (gold spans) acc@161km %.3f  median error %.1f km  mean error %.0f km  (%d with coordinates, %d not in gazetteer)\n",
		sc.AccuracyAt161(), median(sc.SpanErrs), meanFinite(sc.SpanErrs), sc.SpanN, sc.SpanMissing)
	fmt.Fprintf(w, "  of names the gazetteer has: acc@161km %.3f  (%d toponyms)\n",
		ratio(sc.SpanHit, sc.SpanN-sc.SpanMissing), sc.SpanN-sc.SpanMissing)
	fmt.Fprintf(w, "country accuracy      %.3f  (%d resolved gold spans; %d resolved to multi-country regions left out)\n", sc.CountryAccuracy(), sc.CountryN, sc.CountryRegions)
	fmt.Fprintf(w, "end to end            acc@161km %.3f  median error %.1f km  (%d recognized toponyms with coordinates)\n",
		ratio(sc.E2EHit, sc.E2EN), median(sc.E2EErrs), sc.E2EN)
	if sc.StageTime > 0 {
		fmt.Fprintf(w, "speed                 %.0f sentences/s wall  (%v for %d sentences, one goroutine)\n",
			float64(sc.Sentences)/sc.StageTime.Seconds(), sc.StageTime.Round(time.Millisecond), sc.Sentences)
		if sc.StageCPU > 0 {
			fmt.Fprintf(w, "                      %.0f sentences per CPU second  (%v CPU, GC included)\n",
				float64(sc.Sentences)/sc.StageCPU.Seconds(), sc.StageCPU.Round(time.Millisecond))
		}
	}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func meanFinite(xs []float64) float64 {
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

// countryCode maps a gold country name to its alpha-3 code.
func countryCode(g *geo.Gazetteer, name string) string {
	for _, e := range g.Candidates(name) {
		if e.Class == "A" && (strings.HasPrefix(e.Code, "PCL") || e.Code == "TERR") {
			return e.Country
		}
	}
	return ""
}

func snippet(text string, start, end int) string {
	a, b := max(0, start-40), min(len(text), end+40)
	for a > 0 && text[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(text) && text[b]&0xC0 == 0x80 {
		b++
	}
	return strings.ReplaceAll(text[a:start]+"[["+text[start:end]+"]]"+text[end:b], "\n", " ")
}

// Read loads a gold set (JSONL, one article a line), at most limit
// articles when limit > 0.
func Read(path string, limit int) ([]Article, error) {
	r, err := jsonl.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer r.Close()
	var out []Article
	for r.Next() {
		var a Article
		if err := r.Decode(&a); err != nil {
			return nil, fmt.Errorf("read gold: %w", err)
		}
		out = append(out, a)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	if len(out) == 0 {
		return nil, errors.New("read gold: no articles in " + path)
	}
	return out, nil
}
