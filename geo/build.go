package geo

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Sources names the GeoNames-derived files the gazetteer is built from.
type Sources struct {
	Cities    string // cities1000.txt or .txt.gz (GeoNames dump rows)
	Admin1    string // admin1_codes.tsv: code (CC.ADM1), name
	Admin2    string // admin2_codes.tsv: code (CC.ADM1.ADM2), name; optional
	Countries string // countries.tsv: alpha2 alpha3 numeric name alt_names ...
	Atlas     string // world-atlas TopoJSON for country centroids; optional
	// Extra is a user's TSV of additional places; optional. Each line:
	// names (first is the display name, others separated by |), feature
	// class, feature code, alpha-3 country (or empty), latitude,
	// longitude. Lines starting with # are comments.
	Extra string
}

// SourcesIn returns the usual file names inside dir (the shared data's geo
// folder).
func SourcesIn(dir string) Sources {
	return Sources{
		Cities:    filepath.Join(dir, "cities1000.txt.gz"),
		Admin1:    filepath.Join(dir, "admin1_codes.tsv"),
		Admin2:    filepath.Join(dir, "admin2_codes.tsv"),
		Countries: filepath.Join(dir, "countries.tsv"),
		Atlas:     filepath.Join(dir, "countries-50m.json"),
	}
}

// BuildStats tells what Build read and kept.
type BuildStats struct {
	Cities, Admin1, Admin2, Countries, Regions, Keys, Skipped int
}

type country struct {
	alpha2, alpha3, numeric, name, capital, partOf string
	alt                                            []string
}

// agg accumulates the towns of a region to place and size it.
type agg struct {
	lats, lons []float64
	pop        int
	country    string
}

func (a *agg) add(lat, lon float64, pop int) {
	a.lats = append(a.lats, lat)
	a.lons = append(a.lons, lon)
	a.pop += pop
}

// point returns a representative point: the middle of the range between
// the 5th and 95th percentiles of the towns' latitudes and longitudes,
// which lies near the centre of the settled area and ignores outliers.
func (a *agg) point() (float64, float64) {
	mid := func(xs []float64) float64 {
		s := slices.Clone(xs)
		slices.Sort(s)
		lo, hi := s[len(s)*5/100], s[(len(s)-1)*95/100]
		return (lo + hi) / 2
	}
	return mid(a.lats), mid(a.lons)
}

// Build reads the sources and returns the gazetteer.
func Build(src Sources) (*Gazetteer, BuildStats, error) {
	var st BuildStats
	countries, err := readCountries(src.Countries)
	if err != nil {
		return nil, st, err
	}
	by2 := map[string]*country{}
	for i := range countries {
		by2[countries[i].alpha2] = &countries[i]
	}
	admin1, err := readCodes(src.Admin1)
	if err != nil {
		return nil, st, err
	}
	admin2 := map[string]string{}
	if src.Admin2 != "" {
		if admin2, err = readCodes(src.Admin2); err != nil {
			return nil, st, err
		}
	}
	b := &builder{keys: map[string][]posting{}}
	// cityIn records the names of towns per admin-1 region, so that a
	// district named after its town does not compete with the town.
	cityIn := map[string]bool{}
	a1 := map[string]*agg{}
	a2 := map[string]*agg{}
	ac := map[string]*agg{}
	get := func(m map[string]*agg, k, cc string) *agg {
		a := m[k]
		if a == nil {
			a = &agg{country: cc}
			m[k] = a
		}
		return a
	}
	if err := readCities(src.Cities, func(f []string) {
		c := by2[f[8]]
		if c == nil {
			st.Skipped++
			return
		}
		id, err1 := strconv.Atoi(f[0])
		lat, err2 := strconv.ParseFloat(f[4], 64)
		lon, err3 := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.Atoi(f[14])
		if err1 != nil || err2 != nil || err3 != nil {
			st.Skipped++
			return
		}
		key1 := f[8] + "." + f[10]
		e := Entry{ID: id, Name: f[1], Class: f[6], Code: f[7], Country: c.alpha3,
			Admin1: admin1[key1], Admin1Key: key1, Lat: lat, Lon: lon, Population: pop}
		names := []string{f[1], f[2]}
		var alts []string
		if pop >= 20000 || e.Code == "PPLC" || e.Code == "PPLA" {
			for _, a := range append(strings.Split(f[3], ","), f[2]) {
				if usefulAlt(a) {
					alts = append(alts, a)
					// Transliterations of Arabic names end in -a or
					// -ah at will ("Hodeida", "Hodeidah").
					if strings.HasSuffix(a, "ah") {
						alts = append(alts, a[:len(a)-1])
					} else if strings.HasSuffix(a, "a") {
						alts = append(alts, a+"h")
					}
				}
			}
		}
		names = append(names, extraPlaceNames[key1+"|"+f[1]]...)
		b.add(e, names, alts)
		cityIn[key1+"|"+Normalize(f[1])] = true
		st.Cities++
		get(ac, f[8], c.alpha3).add(lat, lon, pop)
		if admin1[key1] != "" {
			get(a1, key1, c.alpha3).add(lat, lon, pop)
		}
		if f[11] != "" {
			k2 := key1 + "." + f[11]
			if admin2[k2] != "" {
				get(a2, k2, c.alpha3).add(lat, lon, pop)
			}
		}
	}); err != nil {
		return nil, st, err
	}
	for _, k := range sortedKeys(a1) {
		a := a1[k]
		lat, lon := a.point()
		if p, ok := admin1Points[k]; ok {
			lat, lon = p[0], p[1]
		}
		name := admin1[k]
		e := Entry{Name: name, Class: "A", Code: "ADM1", Country: a.country, Admin1: name, Admin1Key: k,
			Lat: lat, Lon: lon, Population: a.pop}
		var alts []string
		if base, ok := cutSuffix(name); ok {
			alts = append(alts, base)
		}
		alts = append(alts, admin1Extra[k]...)
		if cc, sub, ok := strings.Cut(k, "."); ok && cc == "US" {
			alts = append(alts, usStateAbbrevs[sub]...)
		}
		b.add(e, []string{name}, alts)
		st.Admin1++
	}
	for _, k := range sortedKeys(a2) {
		a := a2[k]
		lat, lon := a.point()
		k1 := k[:strings.LastIndexByte(k, '.')]
		if cityIn[k1+"|"+Normalize(admin2[k])] {
			continue
		}
		e := Entry{Name: admin2[k], Class: "A", Code: "ADM2", Country: a.country, Admin1: admin1[k1],
			Admin1Key: k1, Lat: lat, Lon: lon, Population: a.pop}
		var alts []string
		for _, suf := range []string{" County", " Parish", " Borough", " Census Area", " Municipality"} {
			if base, ok := strings.CutSuffix(admin2[k], suf); ok && base != "" {
				alts = append(alts, base)
			}
		}
		b.add(e, []string{admin2[k]}, alts)
		st.Admin2++
	}
	centroids := map[string][2]float64{}
	if src.Atlas != "" {
		if centroids, err = atlasCentroids(src.Atlas); err != nil {
			return nil, st, err
		}
	}
	for _, c := range countries {
		p, ok := countryPoints[c.alpha3]
		if !ok {
			p, ok = centroids[c.numeric]
		}
		if !ok {
			a := ac[c.alpha2]
			if a == nil {
				continue
			}
			p[0], p[1] = a.point()
		}
		pop := 0
		if a := ac[c.alpha2]; a != nil {
			pop = a.pop
		}
		code := "PCLI"
		if c.partOf != "" {
			code = "PCLD"
		}
		name := c.name
		if d, ok := countryDisplay[c.alpha3]; ok {
			name = d
		}
		e := Entry{Name: name, Class: "A", Code: code, Country: c.alpha3, Lat: p[0], Lon: p[1], Population: pop}
		// Every English name of a country is as much its own as the first.
		names := append([]string{name, c.name}, c.alt...)
		b.add(e, append(names, extraCountryNames[c.alpha3]...), nil)
		st.Countries++
	}
	extra := regions
	if src.Extra != "" {
		more, err := readExtra(src.Extra)
		if err != nil {
			return nil, st, err
		}
		extra = append(slices.Clone(regions), more...)
	}
	for _, r := range extra {
		e := Entry{Name: r.names[0], Class: r.class, Code: r.code, Country: r.country, Lat: r.lat, Lon: r.lon}
		b.add(e, r.names, nil)
		st.Regions++
	}
	g := b.finish()
	st.Keys = len(g.keys)
	return g, st, nil
}

type builder struct {
	entries []Entry
	keys    map[string][]posting
}

func (b *builder) add(e Entry, names, alts []string) {
	n := int32(len(b.entries))
	b.entries = append(b.entries, e)
	seen := map[string]bool{}
	put := func(s string, primary bool) {
		k := Normalize(s)
		k = strings.TrimPrefix(k, "the ")
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		b.keys[k] = append(b.keys[k], posting{n, primary})
		// "De Soto" is also written "DeSoto", "La Salle" "LaSalle".
		if first, rest, ok := strings.Cut(k, " "); ok && joinedParticles[first] && rest != "" && !seen[first+rest] {
			seen[first+rest] = true
			b.keys[first+rest] = append(b.keys[first+rest], posting{n, primary})
		}
	}
	for _, s := range names {
		put(s, true)
	}
	for _, s := range alts {
		put(s, false)
	}
}

func (b *builder) finish() *Gazetteer {
	g := &Gazetteer{Entries: b.entries}
	for _, k := range sortedKeys(b.keys) {
		ps := b.keys[k]
		sort.SliceStable(ps, func(i, j int) bool {
			return prior(&g.Entries[ps[i].entry], ps[i].primary) > prior(&g.Entries[ps[j].entry], ps[j].primary)
		})
		g.keys = append(g.keys, k)
		g.post = append(g.post, ps[:min(len(ps), maxPostings)])
	}
	g.finish()
	return g
}

// maxPostings bounds the candidates kept per name ("San Jose" has dozens).
const maxPostings = 40

// usefulAlt reports whether an alternate name can appear in English text
// and is safe to match: Latin script, no digits, not a short code.
func usefulAlt(a string) bool {
	if len(a) < 3 || !latin(a) || strings.ContainsAny(a, "0123456789()/") {
		return false
	}
	if len(a) <= 5 && strings.ToUpper(a) == a {
		return false
	}
	return true
}

// joinedParticles are the name particles that English writes joined to
// the next word as often as apart.
var joinedParticles = map[string]bool{"de": true, "la": true, "le": true, "du": true, "van": true, "mc": true, "des": true}

var regionSuffixes = []string{" Province", " Governorate", " Oblast", " Region", " State", " Prefecture",
	" Department", " Republic", " Krai", " Voivodeship", " District", " Kray"}

func cutSuffix(name string) (string, bool) {
	for _, s := range regionSuffixes {
		if base, ok := strings.CutSuffix(name, s); ok && base != "" {
			return base, true
		}
	}
	return "", false
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func openMaybeGzip(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{zr, f}, nil
}

func readCities(path string, row func([]string)) error {
	rc, err := openMaybeGzip(path)
	if err != nil {
		return fmt.Errorf("read cities: %w", err)
	}
	defer rc.Close()
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			return fmt.Errorf("read cities: %s:%d: %d columns, want 19", path, line, len(f))
		}
		row(f)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read cities: %s: %w", path, err)
	}
	return nil
}

func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) > 0 {
		rows = rows[1:]
	}
	return rows, nil
}

// readExtra reads a user's TSV of additional places (see Sources.Extra).
func readExtra(path string) ([]region, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read extra places: %w", err)
	}
	defer f.Close()
	var out []region
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 6 {
			return nil, fmt.Errorf("read extra places: %s:%d: %d columns, want 6 (names, class, code, country, lat, lon)", path, line, len(c))
		}
		lat, err1 := strconv.ParseFloat(strings.TrimSpace(c[4]), 64)
		lon, err2 := strconv.ParseFloat(strings.TrimSpace(c[5]), 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return nil, fmt.Errorf("read extra places: %s:%d: bad coordinates %q, %q", path, line, c[4], c[5])
		}
		var names []string
		for _, n := range strings.Split(c[0], "|") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("read extra places: %s:%d: no name", path, line)
		}
		out = append(out, region{names: names, class: strings.TrimSpace(c[1]), code: strings.TrimSpace(c[2]),
			country: strings.TrimSpace(c[3]), lat: lat, lon: lon})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read extra places: %s: %w", path, err)
	}
	return out, nil
}

func readCodes(path string) (map[string]string, error) {
	rows, err := readTSV(path)
	if err != nil {
		return nil, fmt.Errorf("read admin codes: %w", err)
	}
	m := make(map[string]string, len(rows))
	for _, r := range rows {
		if len(r) >= 2 {
			m[r[0]] = r[1]
		}
	}
	return m, nil
}

func readCountries(path string) ([]country, error) {
	rows, err := readTSV(path)
	if err != nil {
		return nil, fmt.Errorf("read countries: %w", err)
	}
	var out []country
	for _, r := range rows {
		if len(r) < 12 {
			return nil, fmt.Errorf("read countries: %s: row %q has %d columns, want 12", path, r, len(r))
		}
		c := country{alpha2: r[0], alpha3: r[1], numeric: r[2], name: r[3], capital: r[6], partOf: r[11]}
		if r[4] != "" {
			c.alt = strings.Split(r[4], "|")
		}
		if r[1] == "XKK" {
			c.alpha3 = "XKX"
		}
		out = append(out, c)
	}
	return out, nil
}

// atlasCentroids returns the centroid of each country's largest polygon in
// a world-atlas TopoJSON file, keyed by ISO numeric code.
func atlasCentroids(path string) (map[string][2]float64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read atlas: %w", err)
	}
	var topo struct {
		Arcs      [][][2]float64 `json:"arcs"`
		Transform *struct {
			Scale     [2]float64 `json:"scale"`
			Translate [2]float64 `json:"translate"`
		} `json:"transform"`
		Objects map[string]struct {
			Geometries []struct {
				Type string          `json:"type"`
				ID   string          `json:"id"`
				Arcs json.RawMessage `json:"arcs"`
			} `json:"geometries"`
		} `json:"objects"`
	}
	if err := json.Unmarshal(data, &topo); err != nil {
		return nil, fmt.Errorf("read atlas %s: %w", path, err)
	}
	arcs := make([][][2]float64, len(topo.Arcs))
	for i, a := range topo.Arcs {
		pts := make([][2]float64, len(a))
		var x, y float64
		for j, p := range a {
			if topo.Transform != nil {
				x += p[0]
				y += p[1]
				pts[j] = [2]float64{x*topo.Transform.Scale[0] + topo.Transform.Translate[0], y*topo.Transform.Scale[1] + topo.Transform.Translate[1]}
			} else {
				pts[j] = p
			}
		}
		arcs[i] = pts
	}
	ring := func(idx []int) [][2]float64 {
		var pts [][2]float64
		for _, i := range idx {
			var a [][2]float64
			if i < 0 {
				a = slices.Clone(arcs[^i])
				slices.Reverse(a)
			} else if i < len(arcs) {
				a = arcs[i]
			}
			if len(pts) > 0 && len(a) > 0 {
				a = a[1:]
			}
			pts = append(pts, a...)
		}
		return pts
	}
	out := map[string][2]float64{}
	for _, g := range topo.Objects["countries"].Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if json.Unmarshal(g.Arcs, &p) == nil {
				polys = [][][]int{p}
			}
		case "MultiPolygon":
			_ = json.Unmarshal(g.Arcs, &polys)
		}
		best := 0.0
		for _, p := range polys {
			if len(p) == 0 {
				continue
			}
			area, cx, cy := ringCentroid(ring(p[0]))
			if math.Abs(area) > best {
				best = math.Abs(area)
				out[g.ID] = [2]float64{cy, math.Remainder(cx, 360)}
			}
		}
	}
	return out, nil
}

// ringCentroid returns the signed planar area and centroid of a ring of
// lon/lat points.
func ringCentroid(pts [][2]float64) (area, cx, cy float64) {
	for i := range pts {
		j := (i + 1) % len(pts)
		c := pts[i][0]*pts[j][1] - pts[j][0]*pts[i][1]
		area += c
		cx += (pts[i][0] + pts[j][0]) * c
		cy += (pts[i][1] + pts[j][1]) * c
	}
	if area == 0 {
		return 0, 0, 0
	}
	area /= 2
	return area, cx / (6 * area), cy / (6 * area)
}
