package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/cameo"
	"github.com/sitrep/sitrep/store"
)

// apiFunc handles one API request; a returned error is written as JSON.
type apiFunc func(w http.ResponseWriter, r *http.Request) error

// httpError is an error with an HTTP status.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, args ...any) error {
	return &httpError{status, fmt.Sprintf(format, args...)}
}

// errorBody is the JSON form of every API error.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusInternalServerError
	msg := "internal error"
	var he *httpError
	switch {
	case errors.As(err, &he):
		status, msg = he.status, he.msg
	case errors.Is(err, store.ErrNotFound):
		status, msg = http.StatusNotFound, "not found"
	case errors.Is(err, context.DeadlineExceeded):
		status, msg = http.StatusServiceUnavailable, "query took too long; narrow the filters"
	case errors.Is(err, context.Canceled):
		status, msg = 499, "client went away"
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(errorBody{Error: msg, Status: status})
}

// api wraps an API handler with the response cache, the in-flight bound,
// the query deadline and JSON errors.
func (s *Server) api(h apiFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.cache == nil || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
			if err := s.run(h, w, r, r.Context()); err != nil {
				s.fail(w, r, err)
			}
			return
		}
		key := r.URL.Path + "?" + r.URL.Query().Encode()
		e, hit, err := s.cache.do(key, func() (*cacheEntry, error) {
			// The answer is shared by every caller waiting on this key,
			// so the first caller going away must not cancel it.
			rec := &recorder{header: http.Header{}}
			if err := s.run(h, rec, r, context.WithoutCancel(r.Context())); err != nil {
				return nil, err
			}
			if rec.status != http.StatusOK {
				return nil, fmt.Errorf("handler answered %d without an error", rec.status)
			}
			return &cacheEntry{ctype: rec.header.Get("Content-Type"), body: rec.body}, nil
		})
		if err != nil {
			s.fail(w, r, err)
			return
		}
		hdr := w.Header()
		hdr.Set("Content-Type", e.ctype)
		hdr.Set("Cache-Control", "no-cache")
		hdr.Set("Content-Length", strconv.Itoa(len(e.body)))
		if hit {
			hdr.Set("X-Cache", "hit")
		} else {
			hdr.Set("X-Cache", "miss")
		}
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(e.body)
		}
	})
}

// run calls h within the in-flight bound and the query deadline, derived
// from ctx.
func (s *Server) run(h apiFunc, w http.ResponseWriter, r *http.Request, ctx context.Context) error {
	t := time.NewTimer(s.opts.QueueTimeout)
	select {
	case s.sem <- struct{}{}:
		t.Stop()
	case <-t.C:
		w.Header().Set("Retry-After", "1")
		return errorf(http.StatusServiceUnavailable, "server busy: %d requests in flight", cap(s.sem))
	case <-ctx.Done():
		t.Stop()
		return ctx.Err()
	}
	defer func() { <-s.sem }()
	ctx, cancel := context.WithTimeout(ctx, s.opts.QueryTimeout)
	defer cancel()
	return h(w, r.WithContext(ctx))
}

// fail logs unexpected errors and writes err as JSON.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	if !errors.As(err, &he) && !errors.Is(err, store.ErrNotFound) && !errors.Is(err, context.Canceled) {
		s.log.Error("api", "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
	}
	if he != nil && he.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	writeError(w, r, err)
}

// writeJSON writes v with status 200. The body is encoded before anything
// is sent, so an encoding error still becomes a clean 500.
func writeJSON(w http.ResponseWriter, ctype string, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode response: %w", err)
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(http.StatusOK)
	_, err := w.Write(buf.Bytes())
	return err
}

// EventsPage is the response of /api/events.
type EventsPage struct {
	// Total counts all matching events (absent when total=false).
	Total  *int             `json:"total,omitempty"`
	Limit  int              `json:"limit"`
	Offset int              `json:"offset"`
	Events []store.EventRow `json:"events"`
}

var eventSorts = []string{store.SortDateAsc, store.SortDateDesc, store.SortGoldAsc, store.SortGoldDesc, store.SortConfDesc}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.Query())
	f := p.eventFilter()
	f.Sort = p.oneOf("sort", eventSorts...)
	f.Limit, f.Offset = p.page(100)
	withTotal := p.raw("total") != "false"
	if err := p.check(); err != nil {
		return err
	}
	rows, err := s.st.Events(r.Context(), f)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	page := EventsPage{Limit: f.Limit, Offset: f.Offset, Events: nonNil(rows)}
	if withTotal {
		var n int
		if f.Offset == 0 && len(rows) < f.Limit {
			n = len(rows)
		} else if n, err = s.st.CountEvents(r.Context(), f); err != nil {
			return fmt.Errorf("count events: %w", err)
		}
		page.Total = &n
	}
	return writeJSON(w, "application/json", page)
}

// ClustersPage is the response of /api/clusters.
type ClustersPage struct {
	Limit    int             `json:"limit"`
	Offset   int             `json:"offset"`
	Clusters []store.Cluster `json:"clusters"`
}

func (s *Server) handleClusters(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.Query())
	f := store.ClusterFilter{
		Source:      p.actor("source"),
		Target:      p.actor("target"),
		Root:        p.root("root"),
		QuadClass:   p.int("quad", 0, 1, 4),
		MinMentions: p.int("min_mentions", 0, 0, 1_000_000),
		Sort:        p.oneOf("sort", "date", "-date", "-mentions"),
	}
	f.From, f.To = dayRange(p)
	f.Limit, f.Offset = p.page(100)
	if err := p.check(); err != nil {
		return err
	}
	cs, err := s.st.Clusters(r.Context(), f)
	if err != nil {
		return fmt.Errorf("clusters: %w", err)
	}
	return writeJSON(w, "application/json", ClustersPage{Limit: f.Limit, Offset: f.Offset, Clusters: nonNil(cs)})
}

// SeriesResponse is the response of /api/dyads/{a}/{b}/series.
type SeriesResponse struct {
	A      string              `json:"a"`
	B      string              `json:"b"`
	Both   bool                `json:"both"`
	By     string              `json:"by"`
	Points []store.SeriesPoint `json:"points"`
}

// anyActor are the path values that stand for "any actor" as B.
func anyActor(v string) bool {
	switch strings.ToLower(v) {
	case "any", "*", "-", "all":
		return true
	}
	return false
}

func (s *Server) handleSeries(w http.ResponseWriter, r *http.Request) error {
	a, b := strings.ToUpper(r.PathValue("a")), strings.ToUpper(r.PathValue("b"))
	if !actorRe.MatchString(a) {
		return errorf(400, "actor a: %q is not a CAMEO actor code (letters and digits, like USAGOV)", a)
	}
	if anyActor(b) {
		b = ""
	} else if !actorRe.MatchString(b) {
		return errorf(400, "actor b: %q is not a CAMEO actor code, or \"any\"", b)
	}
	p := newParams(r.URL.Query())
	q := store.SeriesQuery{
		A: a, B: b,
		By:       p.oneOf("by", store.ByDay, store.ByWeek, store.ByMonth),
		Both:     p.bool("both"),
		Root:     p.root("root"),
		Modality: p.oneOf("modality", modalities...),
	}
	q.From, q.To = dayRange(p)
	if q.By == "" {
		q.By = store.ByWeek
	}
	if err := p.check(); err != nil {
		return err
	}
	if q.By == store.ByDay && !q.From.IsZero() && !q.To.IsZero() && q.To.Sub(q.From.Time) > 20*365*24*time.Hour {
		return errorf(400, "by=day over more than 20 years; use by=week or by=month")
	}
	pts, err := s.st.Series(r.Context(), q)
	if err != nil {
		return fmt.Errorf("series: %w", err)
	}
	bOut := b
	if bOut == "" {
		bOut = "any"
	}
	return writeJSON(w, "application/json", SeriesResponse{A: a, B: bOut, Both: q.Both, By: q.By, Points: nonNil(pts)})
}

// ActorsResponse is the response of /api/actors.
type ActorsResponse struct {
	Actors []store.ActorCount `json:"actors"`
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.Query())
	q := store.ActorQuery{
		Role:   p.oneOf("role", "source", "target"),
		Prefix: p.actor("prefix"),
		Limit:  p.int("limit", 20, 1, maxLimit),
	}
	q.From, q.To = dayRange(p)
	if err := p.check(); err != nil {
		return err
	}
	as, err := s.st.TopActors(r.Context(), q)
	if err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	return writeJSON(w, "application/json", ActorsResponse{Actors: nonNil(as)})
}

// Feature is a GeoJSON point feature of /api/places.
type Feature struct {
	Type       string        `json:"type"`
	Geometry   PointGeometry `json:"geometry"`
	Properties PlaceProps    `json:"properties"`
}

// PointGeometry is a GeoJSON Point: [longitude, latitude].
type PointGeometry struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// PlaceProps are the properties of a place feature.
type PlaceProps struct {
	Name          string  `json:"name"`
	Country       string  `json:"country"`
	GeonameID     int     `json:"geonameid,omitempty"`
	Events        int     `json:"events"`
	Quad          [4]int  `json:"quad"`
	QuadClass     int     `json:"quad_class"`
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// FeatureCollection is the GeoJSON response of /api/places.
type FeatureCollection struct {
	Type     string    `json:"type"`
	Features []Feature `json:"features"`
}

func (s *Server) handlePlaces(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.Query())
	f := store.PlaceFilter{EventFilter: p.eventFilter(), Precision: p.int("precision", 0, 0, 6)}
	f.Limit = -1
	if err := p.check(); err != nil {
		return err
	}
	pts, err := s.st.Places(r.Context(), f)
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	fc := FeatureCollection{Type: "FeatureCollection", Features: make([]Feature, 0, len(pts))}
	for _, pt := range pts {
		if math.IsNaN(pt.Lat) || math.IsNaN(pt.Lon) {
			continue
		}
		fc.Features = append(fc.Features, Feature{
			Type:     "Feature",
			Geometry: PointGeometry{Type: "Point", Coordinates: [2]float64{pt.Lon, pt.Lat}},
			Properties: PlaceProps{
				Name: pt.Name, Country: pt.Country, GeonameID: pt.GeonameID,
				Events: pt.Events, Quad: pt.Quad, QuadClass: dominant(pt.Quad),
				GoldsteinMean: math.Round(pt.GoldsteinMean*100) / 100,
			},
		})
	}
	return writeJSON(w, "application/geo+json", fc)
}

// dominant returns the QuadClass (1-4) with the most events, or 0.
func dominant(q [4]int) int {
	best, n := 0, 0
	for i, c := range q {
		if c > n {
			best, n = i+1, c
		}
	}
	return best
}

// DocumentsPage is the response of /api/documents.
type DocumentsPage struct {
	Limit     int                `json:"limit"`
	Offset    int                `json:"offset"`
	Documents []store.DocSummary `json:"documents"`
}

func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.Query())
	f := store.DocFilter{
		Status: p.oneOf("status", store.StatusOK, store.StatusError),
		Source: p.text("source", 256),
	}
	f.From, f.To = dayRange(p)
	f.Limit, f.Offset = p.page(50)
	if err := p.check(); err != nil {
		return err
	}
	ds, err := s.st.Documents(r.Context(), f)
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	return writeJSON(w, "application/json", DocumentsPage{Limit: f.Limit, Offset: f.Offset, Documents: nonNil(ds)})
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	if id == "" || len(id) > 512 {
		return errorf(400, "document id must be 1 to 512 bytes")
	}
	if err := newParams(r.URL.Query()).check(); err != nil {
		return err
	}
	d, err := s.st.Document(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return errorf(404, "no document %q", id)
	}
	if err != nil {
		return fmt.Errorf("document %q: %w", id, err)
	}
	return writeJSON(w, "application/json", d)
}

// SearchPage is the response of /api/search.
type SearchPage struct {
	Query  string            `json:"query"`
	Limit  int               `json:"limit"`
	Offset int               `json:"offset"`
	Hits   []store.SearchHit `json:"hits"`
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.Query())
	q := store.SearchQuery{Query: p.text("q", 512)}
	q.From, q.To = dayRange(p)
	q.Limit, q.Offset = p.page(20)
	if err := p.check(); err != nil {
		return err
	}
	if q.Query == "" {
		return errorf(400, "q: missing search words")
	}
	hits, err := s.st.Search(r.Context(), q)
	if err != nil {
		if isQuerySyntax(err) {
			return errorf(400, "q: %v", err)
		}
		return fmt.Errorf("search: %w", err)
	}
	return writeJSON(w, "application/json", SearchPage{Query: q.Query, Limit: q.Limit, Offset: q.Offset, Hits: nonNil(hits)})
}

// isQuerySyntax reports whether a search error is the user's query being
// malformed (FTS5 syntax) rather than a failure of the store.
func isQuerySyntax(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "fts5") || strings.Contains(m, "syntax error") || strings.Contains(m, "unterminated") || strings.Contains(m, "malformed match") || strings.Contains(m, "no such column")
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r.URL.Query()).check(); err != nil {
		return err
	}
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	return writeJSON(w, "application/json", st)
}

// CodeInfo is one CAMEO event code of /api/codes.
type CodeInfo struct {
	Code      string  `json:"code"`
	Name      string  `json:"name"`
	Goldstein float64 `json:"goldstein"`
	QuadClass int     `json:"quad_class"`
}

func (s *Server) handleCodes(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r.URL.Query()).check(); err != nil {
		return err
	}
	cs := cameo.Codes()
	out := make([]CodeInfo, len(cs))
	for i, c := range cs {
		out[i] = CodeInfo{Code: c.Code, Name: c.Name, Goldstein: c.Goldstein, QuadClass: c.QuadClass}
	}
	return writeJSON(w, "application/json", struct {
		Codes []CodeInfo `json:"codes"`
	}{out})
}

// Meta describes the server to the UI.
type Meta struct {
	Version  string `json:"version"`
	Demo     bool   `json:"demo"`
	ReadOnly bool   `json:"read_only"`
	// Libraries reports whether the charting and map libraries were
	// embedded (make web).
	Libraries bool `json:"libraries"`
}

func (s *Server) handleMeta(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r.URL.Query()).check(); err != nil {
		return err
	}
	return writeJSON(w, "application/json", Meta{Version: s.opts.Version, Demo: s.opts.Demo, ReadOnly: true, Libraries: s.libs})
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
