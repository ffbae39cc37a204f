package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// A two-square topology sharing one edge, quantized with a transform, in
// the style world-atlas writes.
const tiny = `{"type":"Topology",
 "transform":{"scale":[0.5,0.25],"translate":[-10,-20]},
 "arcs":[[[0,0],[0,4]],[[0,4],[2,0],[0,-4],[-2,0]],[[0,0],[-2,0],[0,4],[2,0]]],
 "objects":{"countries":{"type":"GeometryCollection","geometries":[
  {"type":"Polygon","arcs":[[0,1]],"id":"250","properties":{"name":"East"}},
  {"type":"MultiPolygon","arcs":[[[2,-1]]],"id":"276","properties":{"name":"West"}},
  {"type":null,"properties":{"name":"Nothing"}}]}}}`

func TestConvert(t *testing.T) {
	var topo Topology
	if err := json.Unmarshal([]byte(tiny), &topo); err != nil {
		t.Fatal(err)
	}
	iso := map[string][2]string{"250": {"FR", "FRA"}, "276": {"DE", "DEU"}}
	fs, err := Convert(&topo, "countries", iso, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 {
		t.Fatalf("got %d features, want 2", len(fs))
	}
	tests := []struct {
		f    Feature
		name string
		iso3 string
		ring [][2]float64
	}{
		// Arc 0 runs up x=0 from y=0 to y=4 (lon -10, lat -20 → -19);
		// arc 1 closes the square to the east.
		{fs[0], "East", "FRA", [][2]float64{{-10, -20}, {-10, -19}, {-9, -19}, {-9, -20}, {-10, -20}}},
		// The neighbour runs arc 2, then the shared edge reversed.
		{fs[1], "West", "DEU", [][2]float64{{-10, -20}, {-11, -20}, {-11, -19}, {-10, -19}, {-10, -20}}},
	}
	for _, tt := range tests {
		if tt.f.Name != tt.name || tt.f.ISO3 != tt.iso3 {
			t.Errorf("feature %+v: want %s %s", tt.f, tt.name, tt.iso3)
		}
		if len(tt.f.Polys) != 1 || len(tt.f.Polys[0]) != 1 {
			t.Fatalf("%s: polygons %v", tt.name, tt.f.Polys)
		}
		got := tt.f.Polys[0][0]
		if len(got) != len(tt.ring) {
			t.Fatalf("%s: ring %v, want %v", tt.name, got, tt.ring)
		}
		for i := range got {
			if got[i] != tt.ring[i] {
				t.Errorf("%s: ring %v, want %v", tt.name, got, tt.ring)
				break
			}
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, fs); err != nil {
		t.Fatal(err)
	}
	var gj struct {
		Type        string `json:"type"`
		Attribution string `json:"attribution"`
		Features    []struct {
			ID         string            `json:"id"`
			Properties map[string]string `json:"properties"`
			Geometry   struct {
				Type        string           `json:"type"`
				Coordinates [][][][2]float64 `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal(buf.Bytes(), &gj); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.String())
	}
	if gj.Type != "FeatureCollection" || gj.Attribution != Attribution || len(gj.Features) != 2 {
		t.Fatalf("bad collection: %+v", gj)
	}
	if f := gj.Features[1]; f.ID != "276" || f.Properties["iso2"] != "DE" || f.Geometry.Type != "MultiPolygon" || f.Geometry.Coordinates[0][0][2] != [2]float64{-11, -19} {
		t.Errorf("bad feature: %+v", f)
	}
}

func TestConvertErrors(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"not topology", `{"type":"FeatureCollection"}`},
		{"no object", `{"type":"Topology","arcs":[],"objects":{}}`},
		{"bad arc", `{"type":"Topology","arcs":[],"objects":{"countries":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[3]]}]}}}`},
		{"bad type", `{"type":"Topology","arcs":[],"objects":{"countries":{"type":"GeometryCollection","geometries":[{"type":"Point","arcs":[]}]}}}`},
	}
	for _, tt := range tests {
		var topo Topology
		if err := json.Unmarshal([]byte(tt.in), &topo); err != nil {
			t.Fatal(err)
		}
		if _, err := Convert(&topo, "countries", nil, 2); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestUnwrap(t *testing.T) {
	tests := []struct {
		in, want [][2]float64
	}{
		{[][2]float64{{10, 0}, {20, 0}, {20, 5}, {10, 0}}, [][2]float64{{10, 0}, {20, 0}, {20, 5}, {10, 0}}},
		// A ring over the antimeridian, like Chukotka or Fiji.
		{[][2]float64{{178, 65}, {-178, 65}, {-178, 66}, {178, 65}}, [][2]float64{{178, 65}, {182, 65}, {182, 66}, {178, 65}}},
	}
	for _, tt := range tests {
		got := unwrap(append([][2]float64(nil), tt.in...))
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("unwrap(%v) = %v, want %v", tt.in, got, tt.want)
				break
			}
		}
	}
}
