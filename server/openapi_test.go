package server

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestOpenAPI checks docs/openapi.json against the server: every endpoint is
// documented, and each documents exactly the query parameters the handler
// accepts (read from the handler's own unknown-parameter error).
func TestOpenAPI(t *testing.T) {
	raw, err := os.ReadFile("../docs/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	type param struct {
		Ref  string `json:"$ref"`
		Name string `json:"name"`
		In   string `json:"in"`
	}
	var spec struct {
		Paths map[string]struct {
			Get struct {
				Parameters []param `json:"parameters"`
			} `json:"get"`
		} `json:"paths"`
		Components struct {
			Parameters map[string]param `json:"parameters"`
		} `json:"components"`
	}
	if err := json.Unmarshal(raw, &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	s, _ := newTestServer(t)
	endpoints := map[string]string{
		"/api/events": "/api/events", "/api/clusters": "/api/clusters",
		"/api/dyads/{a}/{b}/series": "/api/dyads/USA/CHN/series", "/api/actors": "/api/actors",
		"/api/places": "/api/places", "/api/documents": "/api/documents",
		"/api/documents/{id}": "/api/documents/kharkiv-shelling", "/api/search": "/api/search?q=x",
		"/api/stats": "/api/stats", "/api/codes": "/api/codes", "/api/meta": "/api/meta",
	}
	for path, url := range endpoints {
		op, ok := spec.Paths[path]
		if !ok {
			t.Errorf("%s is not in openapi.json", path)
			continue
		}
		var documented []string
		for _, p := range op.Get.Parameters {
			if p.Ref != "" {
				p = spec.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
			}
			if p.Name == "" {
				t.Errorf("%s: unresolved parameter", path)
			}
			if p.In == "query" {
				documented = append(documented, p.Name)
			}
		}
		slices.Sort(documented)
		sep := "?"
		if strings.Contains(url, "?") {
			sep = "&"
		}
		var body errorBody
		rec := get(t, s, url+sep+"zz_unknown=1")
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 400 {
			t.Fatalf("%s: %d %s", url, rec.Code, rec.Body)
		}
		var accepted []string
		if _, list, ok := strings.Cut(body.Error, "(this endpoint takes "); ok {
			for _, name := range strings.Split(strings.TrimSuffix(list, ")"), ", ") {
				if name != "" {
					accepted = append(accepted, name)
				}
			}
		}
		if strings.Join(accepted, ",") != strings.Join(documented, ",") {
			t.Errorf("%s: handler takes %v, openapi.json documents %v", path, accepted, documented)
		}
	}
	if len(spec.Paths) != len(endpoints) {
		t.Errorf("openapi.json has %d paths, the server %d", len(spec.Paths), len(endpoints))
	}
}
