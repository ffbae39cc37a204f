package server

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzAPIQuery sends arbitrary paths and query strings to every endpoint:
// the answer is always JSON, and never a 500 or a panic.
func FuzzAPIQuery(f *testing.F) {
	seeds := []string{
		"/api/events?source=USA&quad=4&limit=2",
		"/api/events?from=2024-01-01&to=2023-01-01",
		"/api/dyads/USA/any/series?by=month&both=1",
		"/api/places?precision=3&root=19",
		"/api/search?q=%22kharkiv%22+OR+aid*",
		"/api/search?q=NEAR(a+b)+AND+(",
		"/api/documents/kharkiv-shelling",
		"/api/actors?role=source&prefix=RU",
		"/api/clusters?sort=-mentions&min_mentions=1",
		"/api/events?limit=%00&offset=1e9",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	s, _ := newTestServer(f)
	f.Fuzz(func(t *testing.T, target string) {
		u, err := url.Parse(target)
		if err != nil || !strings.HasPrefix(u.Path, "/api/") || strings.ContainsAny(target, " \t\r\n#") {
			t.Skip()
		}
		req := httptest.NewRequest("GET", "http://x"+u.RequestURI(), nil)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
		}
		if rec.Code >= 300 && rec.Code < 400 && rec.Header().Get("Location") != "" {
			return // the mux cleans paths like /api/./x by redirecting
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%s: %d, not JSON: %q", target, rec.Code, rec.Body)
		}
	})
}

func BenchmarkEvents(b *testing.B) {
	s, _ := newTestServer(b)
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/events?actor=USA&sort=-date", nil))
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

func BenchmarkSeries(b *testing.B) {
	s, _ := newTestServer(b)
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/dyads/USA/CHN/series?by=week&both=true", nil))
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}
