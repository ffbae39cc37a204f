// Package server serves sitrep's event database over HTTP: a read-only JSON
// API (events, dyad series, actors, places as GeoJSON, documents with all
// their spans, full-text search, statistics) and the embedded web UI.
//
// The handler returned by New recovers from panics, limits request sizes,
// gives every query a deadline, bounds the number of queries in flight,
// compresses responses with gzip and writes one structured log line per
// request.
package server

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"time"

	"github.com/sitrep/sitrep/store"
	"github.com/sitrep/sitrep/web"
)

// Options configures a server. Zero values take the defaults.
type Options struct {
	// Logger receives the access log and errors; nil discards them.
	Logger *slog.Logger
	// QueryTimeout bounds each API request's work (default 15s).
	QueryTimeout time.Duration
	// MaxInFlight bounds the API requests served at once (default
	// 16 per CPU); a request that waits longer than QueueTimeout for a
	// slot gets 503.
	MaxInFlight  int
	QueueTimeout time.Duration
	// Demo marks a server running on the bundled demo data; the UI says
	// so.
	Demo bool
	// Version is reported by /api/meta.
	Version string
	// UI holds the web UI's files; nil means the embedded web.Static().
	UI fs.FS
	// CacheTTL is how long successful API answers are reused (default
	// 30s; negative turns the cache off); CacheBytes bounds the cache's
	// size (default 64 MB). A database that another process writes to
	// shows its changes within CacheTTL.
	CacheTTL   time.Duration
	CacheBytes int
}

// Limits on requests. The API takes only GET and HEAD requests with their
// parameters in the query string.
const (
	maxQueryBytes  = 4 << 10
	maxBodyBytes   = 1 << 10
	maxHeaderBytes = 32 << 10
)

// Server is the HTTP handler for one store.
type Server struct {
	st    store.Store
	opts  Options
	log   *slog.Logger
	mux   *http.ServeMux
	sem   chan struct{}
	ui    *staticFiles
	libs  bool
	cache *cache
}

// New returns the handler serving st. The server only reads from st.
func New(st store.Store, opts Options) (*Server, error) {
	if st == nil {
		return nil, errors.New("server: nil store")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 15 * time.Second
	}
	if opts.MaxInFlight <= 0 {
		opts.MaxInFlight = 16 * runtime.GOMAXPROCS(0)
	}
	if opts.QueueTimeout <= 0 {
		opts.QueueTimeout = 5 * time.Second
	}
	if opts.UI == nil {
		opts.UI = web.Static()
	}
	ui, err := loadStatic(opts.UI)
	if err != nil {
		return nil, fmt.Errorf("server: load web UI: %w", err)
	}
	s := &Server{st: st, opts: opts, log: opts.Logger, mux: http.NewServeMux(), sem: make(chan struct{}, opts.MaxInFlight), ui: ui, libs: web.HasVendorIn(opts.UI)}
	if opts.CacheTTL == 0 {
		opts.CacheTTL = 30 * time.Second
	}
	if opts.CacheBytes <= 0 {
		opts.CacheBytes = 64 << 20
	}
	if opts.CacheTTL > 0 {
		s.cache = newCache(opts.CacheTTL, opts.CacheBytes)
	}
	s.opts = opts
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	api := func(pattern string, h apiFunc) { s.mux.Handle(pattern, s.api(h)) }
	api("GET /api/events", s.handleEvents)
	api("GET /api/clusters", s.handleClusters)
	api("GET /api/dyads/{a}/{b}/series", s.handleSeries)
	api("GET /api/actors", s.handleActors)
	api("GET /api/places", s.handlePlaces)
	api("GET /api/documents", s.handleDocuments)
	api("GET /api/documents/{id...}", s.handleDocument)
	api("GET /api/search", s.handleSearch)
	api("GET /api/stats", s.handleStats)
	api("GET /api/codes", s.handleCodes)
	api("GET /api/meta", s.handleMeta)
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	s.mux.Handle("/api/", s.api(func(w http.ResponseWriter, r *http.Request) error {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			return errorf(http.StatusMethodNotAllowed, "method %s not allowed: the API is read-only (GET)", r.Method)
		}
		return errorf(http.StatusNotFound, "no API endpoint %s %s (see docs/api.md)", r.Method, r.URL.Path)
	}))
	s.mux.Handle("/", s.ui)
}

// ServeHTTP serves one request through the middleware chain.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	lw := &logWriter{ResponseWriter: w, status: http.StatusOK}
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(p))
			if !lw.wrote {
				writeError(lw, r, errorf(http.StatusInternalServerError, "internal error"))
			}
		}
		s.access(r, lw, time.Since(start))
	}()
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	if len(r.URL.RawQuery) > maxQueryBytes {
		writeError(lw, r, errorf(http.StatusRequestURITooLong, "query string longer than %d bytes", maxQueryBytes))
		return
	}
	if r.ContentLength > maxBodyBytes {
		writeError(lw, r, errorf(http.StatusRequestEntityTooLarge, "request body longer than %d bytes", maxBodyBytes))
		return
	}
	r.Body = http.MaxBytesReader(lw, r.Body, maxBodyBytes)
	gz := newGzipWriter(lw, r)
	defer gz.Close()
	s.mux.ServeHTTP(gz, r)
}

func (s *Server) access(r *http.Request, lw *logWriter, d time.Duration) {
	level := slog.LevelInfo
	if lw.status >= 500 {
		level = slog.LevelError
	}
	q := r.URL.RawQuery
	if len(q) > 256 {
		q = q[:256] + "…"
	}
	s.log.LogAttrs(r.Context(), level, "request",
		slog.String("method", r.Method),
		slog.String("path", r.URL.Path),
		slog.String("query", q),
		slog.Int("status", lw.status),
		slog.Int64("bytes", lw.bytes),
		slog.Float64("ms", float64(d.Microseconds())/1000),
		slog.String("remote", r.RemoteAddr),
	)
}

// logWriter records the status and size of a response.
type logWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
}

func (w *logWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *logWriter) Write(b []byte) (int, error) {
	w.wrote = true
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *logWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// HTTPServer returns an http.Server for h on addr with timeouts and size
// limits suited to a read-only API.
func HTTPServer(addr string, h http.Handler, log *slog.Logger) *http.Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// Serve listens on addr and serves h until ctx is done, then shuts down
// gracefully. ready, if not nil, is called with the bound address once the
// listener is open.
func Serve(ctx context.Context, addr string, h http.Handler, log *slog.Logger, ready func(net.Addr)) error {
	srv := HTTPServer(addr, h, log)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
