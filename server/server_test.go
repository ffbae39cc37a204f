package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
)

func newTestServer(t testing.TB) (*Server, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	s, err := New(fixtureStore(t), Options{Logger: slog.New(slog.NewJSONHandler(&logs, nil)), Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return s, &logs
}

func get(t *testing.T, h http.Handler, url string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", url, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func getJSON(t *testing.T, h http.Handler, url string, v any) {
	t.Helper()
	rec := get(t, h, url)
	if rec.Code != 200 {
		t.Fatalf("GET %s: %d %s", url, rec.Code, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

func TestEvents(t *testing.T) {
	s, _ := newTestServer(t)
	tests := []struct {
		url   string
		total int
		codes []string
	}{
		{"/api/events", 4, []string{"194", "043", "0331", "111"}},
		{"/api/events?sort=-date", 4, []string{"111", "043", "0331", "194"}},
		{"/api/events?sort=-goldstein", 4, []string{"0331", "043", "111", "194"}},
		{"/api/events?source=usa", 2, []string{"043", "0331"}},
		{"/api/events?target=UKR", 2, []string{"194", "0331"}},
		{"/api/events?actor=CHN", 2, []string{"043", "111"}},
		{"/api/events?quad=4", 1, []string{"194"}},
		{"/api/events?root=11", 1, []string{"111"}},
		{"/api/events?code=04", 1, []string{"043"}},
		{"/api/events?from=2024-03-05&to=2024-03-19", 2, []string{"043", "0331"}},
		{"/api/events?place=ua", 1, []string{"194"}},
		{"/api/events?doc=beijing-criticism", 1, []string{"111"}},
		{"/api/events?limit=2", 4, []string{"194", "043"}},
		{"/api/events?limit=2&offset=2", 4, []string{"0331", "111"}},
		{"/api/events?source=USA&target=CHN&modality=asserted&min_confidence=0.5", 1, []string{"043"}},
		{"/api/events?source=ZZZ", 0, nil},
	}
	for _, tt := range tests {
		var page EventsPage
		getJSON(t, s, tt.url, &page)
		if page.Total == nil || *page.Total != tt.total {
			t.Errorf("%s: total %v, want %d", tt.url, page.Total, tt.total)
		}
		var got []string
		for _, e := range page.Events {
			got = append(got, e.Code)
		}
		if strings.Join(got, " ") != strings.Join(tt.codes, " ") {
			t.Errorf("%s: codes %v, want %v", tt.url, got, tt.codes)
		}
	}
	var page EventsPage
	getJSON(t, s, "/api/events?code=194&total=false", &page)
	if page.Total != nil || len(page.Events) != 1 {
		t.Fatalf("total=false: %+v", page)
	}
	e := page.Events[0]
	if e.DocID != "kharkiv-shelling" || e.Title != "Artillery strikes on Kharkiv" || e.Trigger != "shelled" ||
		e.Source.Code != "RUSMIL" || e.Target == nil || e.Target.Code != "UKR" || e.Place == nil || e.Place.Name != "Kharkiv" ||
		!strings.Contains(e.SentenceText, "shelled Kharkiv") {
		t.Errorf("event row: %+v", e)
	}
}

func TestBadParameters(t *testing.T) {
	s, _ := newTestServer(t)
	tests := []struct {
		url    string
		status int
		want   string
	}{
		{"/api/events?quad=7", 400, "quad"},
		{"/api/events?quad=x", 400, "quad"},
		{"/api/events?from=2024-13-01", 400, "from"},
		{"/api/events?from=2024-03-10&to=2024-03-01", 400, "before"},
		{"/api/events?source=US-A", 400, "source"},
		{"/api/events?root=21", 400, "root"},
		{"/api/events?code=9x", 400, "code"},
		{"/api/events?root=04&code=111", 400, "not under root"},
		{"/api/events?limit=0", 400, "limit"},
		{"/api/events?limit=5000", 400, "limit"},
		{"/api/events?offset=-1", 400, "offset"},
		{"/api/events?sort=title", 400, "sort"},
		{"/api/events?modality=maybe", 400, "modality"},
		{"/api/events?min_confidence=2", 400, "min_confidence"},
		{"/api/events?place=Syria", 400, "place"},
		{"/api/events?soruce=USA", 400, "unknown parameter \"soruce\""},
		{"/api/events?quad=1&quad=2", 400, "2 times"},
		{"/api/dyads/USA/CHN/series?by=year", 400, "by"},
		{"/api/dyads/U$A/CHN/series", 400, "actor a"},
		{"/api/dyads/USA/C-N/series", 400, "actor b"},
		{"/api/dyads/USA/CHN/series?both=maybe", 400, "both"},
		{"/api/actors?role=victim", 400, "role"},
		{"/api/actors?limit=-3", 400, "limit"},
		{"/api/places?precision=9", 400, "precision"},
		{"/api/search", 400, "missing"},
		{"/api/search?q=%20%20", 400, "missing"},
		{"/api/search?q=" + strings.Repeat("a", 600), 400, "longer"},
		{"/api/documents?status=lost", 400, "status"},
		{"/api/documents/nope", 404, "no document"},
		{"/api/stats?x=1", 400, "unknown parameter"},
		{"/api/nothing", 404, "no API endpoint"},
		{"/api/events?q=" + strings.Repeat("x", 5000), 414, "query string"},
	}
	for _, tt := range tests {
		rec := get(t, s, tt.url)
		var body errorBody
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Errorf("%s: not a JSON error: %q", tt.url, rec.Body)
			continue
		}
		if rec.Code != tt.status || body.Status != tt.status || !strings.Contains(body.Error, tt.want) {
			t.Errorf("%s: %d %+v, want %d with %q", tt.url, rec.Code, body, tt.status, tt.want)
		}
		if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
			t.Errorf("%s: content type %q", tt.url, ct)
		}
	}
	req := httptest.NewRequest("POST", "/api/events", strings.NewReader("{}"))
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: %d %q", rec.Code, rec.Header().Get("Allow"))
	}
	req = httptest.NewRequest("GET", "/api/stats", strings.NewReader(strings.Repeat("x", 4096)))
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("large body: %d", rec.Code)
	}
}

func TestSeries(t *testing.T) {
	s, _ := newTestServer(t)
	var r SeriesResponse
	getJSON(t, s, "/api/dyads/USA/CHN/series?by=week&both=true", &r)
	// 043 USA→CHN in the week of 2024-03-11 and 111 CHN→USA in the week
	// of 2024-03-18.
	if r.A != "USA" || r.B != "CHN" || !r.Both || r.By != "week" || len(r.Points) != 2 {
		t.Fatalf("series: %+v", r)
	}
	want := []struct {
		period string
		quad   [4]int
		mean   float64
	}{{"2024-03-11", [4]int{1, 0, 0, 0}, 2.8}, {"2024-03-18", [4]int{0, 0, 1, 0}, -2}}
	for i, w := range want {
		p := r.Points[i]
		if p.Period.String() != w.period || p.Quad != w.quad || p.GoldsteinMean != w.mean {
			t.Errorf("point %d: %+v, want %+v", i, p, w)
		}
	}
	getJSON(t, s, "/api/dyads/USA/CHN/series", &r)
	if len(r.Points) != 1 || r.Points[0].Count != 1 || r.By != "week" {
		t.Errorf("one direction: %+v", r)
	}
	getJSON(t, s, "/api/dyads/usa/any/series?by=day", &r)
	if r.B != "any" || len(r.Points) != 1 || r.Points[0].Count != 2 || r.Points[0].Period.String() != "2024-03-12" {
		t.Errorf("USA with anyone by day: %+v", r)
	}
	getJSON(t, s, "/api/dyads/RUS/UKR/series?by=month", &r)
	if len(r.Points) != 1 || r.Points[0].Period.String() != "2024-03-01" || r.Points[0].Quad[3] != 1 {
		t.Errorf("RUS-UKR by month: %+v", r)
	}
}

func TestActorsPlacesStats(t *testing.T) {
	s, _ := newTestServer(t)
	var a ActorsResponse
	getJSON(t, s, "/api/actors?limit=3", &a)
	if len(a.Actors) != 3 || a.Actors[0].Events != 2 {
		t.Errorf("actors: %+v", a)
	}
	getJSON(t, s, "/api/actors?role=source&prefix=USA", &a)
	if len(a.Actors) != 1 || a.Actors[0].Code != "USAGOV" || a.Actors[0].AsSource != 2 {
		t.Errorf("USA sources: %+v", a)
	}

	rec := get(t, s, "/api/places")
	if ct := rec.Header().Get("Content-Type"); ct != "application/geo+json" {
		t.Errorf("places content type %q", ct)
	}
	var fc FeatureCollection
	if err := json.Unmarshal(rec.Body.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 2 {
		t.Fatalf("places: %+v", fc)
	}
	byName := map[string]Feature{}
	for _, f := range fc.Features {
		byName[f.Properties.Name] = f
	}
	k := byName["Kharkiv"]
	if k.Type != "Feature" || k.Geometry.Type != "Point" || k.Geometry.Coordinates != [2]float64{36.2527, 49.9808} ||
		k.Properties.Events != 1 || k.Properties.QuadClass != 4 || k.Properties.Country != "UA" || k.Properties.GoldsteinMean != -10 {
		t.Errorf("Kharkiv: %+v", k)
	}
	getJSON(t, s, "/api/places?quad=1", &fc)
	if len(fc.Features) != 1 || fc.Features[0].Properties.Name != "Washington" {
		t.Errorf("places quad 1: %+v", fc)
	}

	var st store.Stats
	getJSON(t, s, "/api/stats", &st)
	if st.Documents != 3 || st.Events != 4 || st.Quotes != 1 || st.Amounts != 1 || st.FirstDate.String() != "2024-03-04" || st.LastDate.String() != "2024-03-20" {
		t.Errorf("stats: %+v", st)
	}
	var m Meta
	getJSON(t, s, "/api/meta", &m)
	if m.Version != "test" || !m.ReadOnly {
		t.Errorf("meta: %+v", m)
	}
	var codes struct{ Codes []CodeInfo }
	getJSON(t, s, "/api/codes", &codes)
	found := false
	for _, c := range codes.Codes {
		if c.Code == "194" {
			found = c.QuadClass == 4 && c.Goldstein == -10 && c.Name != ""
		}
	}
	if len(codes.Codes) < 300 || !found {
		t.Errorf("codes: %d, 194 ok %v", len(codes.Codes), found)
	}
}

func TestDocumentAndSearch(t *testing.T) {
	s, _ := newTestServer(t)
	var d doc.Document
	getJSON(t, s, "/api/documents/washington-visit", &d)
	if d.Title != "Leaders meet in Washington" || len(d.Events) != 2 || len(d.Entities) != 4 || len(d.Amounts) != 1 || len(d.Places) != 1 {
		t.Fatalf("document: %+v", d)
	}
	check := func(what string, start, end int, text string) {
		if start < 0 || end > len(d.Text) || start > end || d.Text[start:end] != text {
			t.Errorf("%s span [%d,%d) is not %q", what, start, end, text)
		}
	}
	for _, e := range d.Entities {
		check("entity", e.Start, e.End, e.Text)
	}
	for _, e := range d.Events {
		check("trigger", e.Start, e.End, e.Trigger)
		check("source", e.Source.Start, e.Source.End, e.Source.Text)
	}
	check("amount", d.Amounts[0].Start, d.Amounts[0].End, "$2 billion")
	if d.Events[1].Source.Text != "Biden" || d.Events[1].Source.Start < 20 {
		t.Errorf("second Biden: %+v", d.Events[1].Source)
	}

	var dp DocumentsPage
	getJSON(t, s, "/api/documents?limit=2", &dp)
	if len(dp.Documents) != 2 || dp.Documents[0].ID != "beijing-criticism" {
		t.Errorf("documents: %+v", dp)
	}

	tests := []struct {
		q   string
		ids []string
	}{
		{"Kharkiv", []string{"kharkiv-shelling"}},
		{"sanctions OR aid", []string{"beijing-criticism", "washington-visit"}},
		{"\"every house\"", []string{"kharkiv-shelling"}},
		{"presid*", []string{"washington-visit"}},
		{"Moscow", nil},
	}
	for _, tt := range tests {
		var sp SearchPage
		getJSON(t, s, "/api/search?q="+urlEscape(tt.q), &sp)
		var ids []string
		for _, h := range sp.Hits {
			ids = append(ids, h.ID)
		}
		if strings.Join(sortStrings(ids), " ") != strings.Join(tt.ids, " ") {
			t.Errorf("search %q: %v, want %v", tt.q, ids, tt.ids)
		}
	}
}

func TestGzipLogsAndStatic(t *testing.T) {
	s, logs := newTestServer(t)
	rec := get(t, s, "/api/events", "Accept-Encoding", "gzip, deflate")
	if rec.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
		t.Fatalf("no gzip: %v", rec.Header())
	}
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var page EventsPage
	if err := json.Unmarshal(body, &page); err != nil || len(page.Events) != 4 {
		t.Fatalf("gzipped body: %v %d", err, len(page.Events))
	}
	if rec := get(t, s, "/api/events", "Accept-Encoding", "gzip;q=0"); rec.Header().Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 still compressed")
	}

	var line struct {
		Msg    string  `json:"msg"`
		Method string  `json:"method"`
		Path   string  `json:"path"`
		Status int     `json:"status"`
		Bytes  int64   `json:"bytes"`
		MS     float64 `json:"ms"`
	}
	first := strings.SplitN(logs.String(), "\n", 2)[0]
	if err := json.Unmarshal([]byte(first), &line); err != nil || line.Msg != "request" || line.Method != "GET" ||
		line.Path != "/api/events" || line.Status != 200 || line.Bytes != int64(rec.Body.Len()) && line.Bytes == 0 {
		t.Errorf("access log %q: %+v %v", first, line, err)
	}

	rec = get(t, s, "/")
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "<title>sitrep</title>") || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("index: %d %s", rec.Code, rec.Header())
	}
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	etag := rec.Header().Get("ETag")
	if rec := get(t, s, "/", "If-None-Match", etag); rec.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: %d", rec.Code)
	}
	rec = get(t, s, "/app.js", "Accept-Encoding", "gzip")
	if rec.Header().Get("Content-Encoding") != "gzip" || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/javascript") {
		t.Errorf("app.js: %v", rec.Header())
	}
	rec = get(t, s, "/world.geojson")
	var world struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &world); err != nil || world.Type != "FeatureCollection" || len(world.Features) < 170 {
		t.Errorf("world.geojson: %v %d", err, len(world.Features))
	}
	if rec := get(t, s, "/missing.js"); rec.Code != 404 {
		t.Errorf("missing file: %d", rec.Code)
	}
	if rec := get(t, s, "/healthz"); rec.Code != 200 || rec.Body.String() != "ok\n" {
		t.Errorf("healthz: %d %q", rec.Code, rec.Body)
	}
}

// TestWithoutLibraries serves a UI built without `make web`: the page still
// loads and /api/meta tells the UI to say that charts and the map need it.
func TestWithoutLibraries(t *testing.T) {
	ui := fstest.MapFS{
		"index.html":       {Data: []byte("<!doctype html><title>sitrep</title>")},
		"vendor/README.md": {Data: []byte("filled by make web")},
	}
	s, err := New(fixtureStore(t), Options{UI: ui})
	if err != nil {
		t.Fatal(err)
	}
	var m Meta
	getJSON(t, s, "/api/meta", &m)
	if m.Libraries {
		t.Error("meta reports libraries without vendor files")
	}
	if rec := get(t, s, "/"); rec.Code != 200 {
		t.Errorf("index: %d", rec.Code)
	}
	if rec := get(t, s, "/vendor/uPlot.iife.min.js"); rec.Code != 404 {
		t.Errorf("missing library: %d", rec.Code)
	}
	if _, err := New(fixtureStore(t), Options{UI: fstest.MapFS{}}); err == nil {
		t.Error("a UI without index.html was accepted")
	}
}
