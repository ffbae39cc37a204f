// Command worldgen turns the Natural Earth country outlines of
// world-atlas's TopoJSON (countries-110m.json in the shared geo data) into
// the compact GeoJSON that the web UI's map draws: one feature per country
// with its name and ISO 3166-1 codes, coordinates rounded to a hundredth of
// a degree, and no tile server needed.
//
// Usage:
//
//	go run ./web/worldgen -in ../shared/data/geo/countries-110m.json \
//	    -countries ../shared/data/geo/countries.tsv -out web/static/world.geojson
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
	"strconv"
	"strings"
)

// Attribution is written into the output so the provenance travels with it.
const Attribution = "Country outlines: Natural Earth 1:110m (public domain), via world-atlas 2.0.2 (ISC); " +
	"converted by sitrep's web/worldgen"

func main() {
	in := flag.String("in", "../shared/data/geo/countries-110m.json", "world-atlas TopoJSON file")
	codes := flag.String("countries", "../shared/data/geo/countries.tsv", "country code table (alpha2, alpha3, numeric columns); empty to skip")
	out := flag.String("out", "web/static/world.geojson", "GeoJSON file to write")
	prec := flag.Int("precision", 2, "decimal places kept in coordinates")
	skip := flag.String("skip", "010", "comma-separated ISO numeric ids to leave out (010 is Antarctica, which a flat map cannot draw)")
	flag.Parse()
	if err := run(*in, *codes, *out, *prec, strings.Split(*skip, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "worldgen:", err)
		os.Exit(1)
	}
}

func run(in, codes, out string, prec int, skip []string) error {
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("open topology: %w", err)
	}
	defer f.Close()
	var topo Topology
	if err := json.NewDecoder(f).Decode(&topo); err != nil {
		return fmt.Errorf("decode topology %s: %w", in, err)
	}
	iso := map[string][2]string{}
	if codes != "" {
		if iso, err = readCodes(codes); err != nil {
			return err
		}
	}
	fc, err := Convert(&topo, "countries", iso, prec)
	if err != nil {
		return err
	}
	fc = slices.DeleteFunc(fc, func(f Feature) bool { return slices.Contains(skip, f.ID) })
	tmp := out + ".tmp"
	w, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("create output: %w", err)
	}
	if err := Write(w, fc); err != nil {
		w.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return os.Rename(tmp, out)
}

// readCodes maps ISO numeric codes to alpha-2 and alpha-3 codes.
func readCodes(path string) (map[string][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open country codes: %w", err)
	}
	defer f.Close()
	m := map[string][2]string{}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 {
			continue
		}
		m[cols[2]] = [2]string{cols[0], cols[1]}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read country codes: %w", err)
	}
	return m, nil
}

// Topology is the part of a TopoJSON topology that worldgen reads.
type Topology struct {
	Type      string                `json:"type"`
	Transform *Transform            `json:"transform"`
	Arcs      [][][2]float64        `json:"arcs"`
	Objects   map[string]Collection `json:"objects"`
}

// Transform maps quantized, delta-encoded positions to longitude and
// latitude.
type Transform struct {
	Scale     [2]float64 `json:"scale"`
	Translate [2]float64 `json:"translate"`
}

// Collection is a TopoJSON GeometryCollection.
type Collection struct {
	Type       string     `json:"type"`
	Geometries []Geometry `json:"geometries"`
}

// Geometry is a Polygon or MultiPolygon made of arc references.
type Geometry struct {
	Type       string            `json:"type"`
	ID         string            `json:"id"`
	Properties map[string]string `json:"properties"`
	Arcs       json.RawMessage   `json:"arcs"`
}

// Feature is one output country.
type Feature struct {
	ID    string
	Name  string
	ISO2  string
	ISO3  string
	Polys [][][][2]float64 // polygons → rings → points
}

// Convert decodes the named object of t into features. iso maps the ISO
// numeric id of a geometry to its alpha-2 and alpha-3 codes.
func Convert(t *Topology, object string, iso map[string][2]string, prec int) ([]Feature, error) {
	if t.Type != "Topology" {
		return nil, fmt.Errorf("not a TopoJSON topology (type %q)", t.Type)
	}
	obj, ok := t.Objects[object]
	if !ok {
		return nil, fmt.Errorf("topology has no object %q", object)
	}
	arcs := decodeArcs(t)
	var out []Feature
	for i, g := range obj.Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("geometry %d (%s): %w", i, g.Properties["name"], err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("geometry %d (%s): %w", i, g.Properties["name"], err)
			}
		case "", "null":
			continue
		default:
			return nil, fmt.Errorf("geometry %d: unsupported type %q", i, g.Type)
		}
		f := Feature{ID: g.ID, Name: g.Properties["name"]}
		if c, ok := iso[g.ID]; ok {
			f.ISO2, f.ISO3 = c[0], c[1]
		}
		for _, p := range polys {
			var rings [][][2]float64
			for _, r := range p {
				ring, err := stitch(arcs, r, prec)
				if err != nil {
					return nil, fmt.Errorf("geometry %d (%s): %w", i, f.Name, err)
				}
				if len(ring) >= 4 {
					rings = append(rings, unwrap(ring))
				}
			}
			if len(rings) > 0 {
				f.Polys = append(f.Polys, rings)
			}
		}
		if len(f.Polys) > 0 {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no polygons found")
	}
	return out, nil
}

// decodeArcs returns the arcs as absolute positions.
func decodeArcs(t *Topology) [][][2]float64 {
	out := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		pts := make([][2]float64, len(a))
		var x, y float64
		for j, p := range a {
			if t.Transform != nil {
				x += p[0]
				y += p[1]
				pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = p
			}
		}
		out[i] = pts
	}
	return out
}

// stitch joins the referenced arcs into one ring, reversing arcs given as
// ~i, rounding positions and dropping repeated points.
func stitch(arcs [][][2]float64, refs []int, prec int) ([][2]float64, error) {
	var ring [][2]float64
	scale := math.Pow(10, float64(prec))
	for _, ref := range refs {
		idx, rev := ref, false
		if ref < 0 {
			idx, rev = ^ref, true
		}
		if idx >= len(arcs) {
			return nil, fmt.Errorf("arc %d out of range (%d arcs)", idx, len(arcs))
		}
		a := arcs[idx]
		for k := range a {
			p := a[k]
			if rev {
				p = a[len(a)-1-k]
			}
			p = [2]float64{math.Round(p[0]*scale) / scale, math.Round(p[1]*scale) / scale}
			if n := len(ring); n > 0 && ring[n-1] == p {
				continue
			}
			ring = append(ring, p)
		}
	}
	if n := len(ring); n > 0 && ring[0] != ring[n-1] {
		ring = append(ring, ring[0])
	}
	return ring, nil
}

// unwrap makes a ring that crosses the antimeridian (a step of more than
// 180° in longitude) continuous by moving its western points 360° east,
// so a flat map draws eastern Russia and Fiji beyond 180° rather than as a
// band across the whole world.
func unwrap(ring [][2]float64) [][2]float64 {
	crosses := false
	for i := 1; i < len(ring); i++ {
		if math.Abs(ring[i][0]-ring[i-1][0]) > 180 {
			crosses = true
			break
		}
	}
	if !crosses {
		return ring
	}
	for i := range ring {
		if ring[i][0] < 0 {
			ring[i][0] += 360
		}
	}
	return ring
}

// Write writes the features as a GeoJSON FeatureCollection of
// MultiPolygons, one feature a line, with an attribution member.
func Write(w io.Writer, fs []Feature) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "{\"type\":\"FeatureCollection\",\"attribution\":%q,\"features\":[\n", Attribution)
	for i, f := range fs {
		props, err := json.Marshal(map[string]string{"name": f.Name, "iso2": f.ISO2, "iso3": f.ISO3})
		if err != nil {
			return err
		}
		id, _ := json.Marshal(f.ID)
		fmt.Fprintf(bw, "{\"type\":\"Feature\",\"id\":%s,\"properties\":%s,\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[", id, props)
		for pi, p := range f.Polys {
			if pi > 0 {
				bw.WriteByte(',')
			}
			bw.WriteByte('[')
			for ri, r := range p {
				if ri > 0 {
					bw.WriteByte(',')
				}
				bw.WriteByte('[')
				for k, pt := range r {
					if k > 0 {
						bw.WriteByte(',')
					}
					bw.WriteByte('[')
					bw.WriteString(strconv.FormatFloat(pt[0], 'f', -1, 64))
					bw.WriteByte(',')
					bw.WriteString(strconv.FormatFloat(pt[1], 'f', -1, 64))
					bw.WriteByte(']')
				}
				bw.WriteByte(']')
			}
			bw.WriteByte(']')
		}
		bw.WriteString("]}}")
		if i < len(fs)-1 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}
