package server

import (
	"compress/gzip"
	"net/http"
	"strings"
	"sync"
)

var gzipPool = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return w
}}

// gzipWriter compresses the response when the client accepts gzip and the
// handler writes a compressible type without its own Content-Encoding.
type gzipWriter struct {
	http.ResponseWriter
	accept  bool
	decided bool
	gz      *gzip.Writer
}

func newGzipWriter(w http.ResponseWriter, r *http.Request) *gzipWriter {
	return &gzipWriter{ResponseWriter: w, accept: acceptsGzip(r.Header.Get("Accept-Encoding"))}
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip.
func acceptsGzip(h string) bool {
	for _, part := range strings.Split(h, ",") {
		name, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") {
			q = strings.ReplaceAll(strings.TrimSpace(q), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

func compressible(ct string) bool {
	ct, _, _ = strings.Cut(ct, ";")
	switch ct {
	case "application/json", "application/geo+json", "text/html", "text/css",
		"text/javascript", "application/javascript", "text/plain", "image/svg+xml", "text/markdown":
		return true
	}
	return false
}

func (w *gzipWriter) decide(status int) {
	if w.decided {
		return
	}
	w.decided = true
	h := w.Header()
	h.Add("Vary", "Accept-Encoding")
	if !w.accept || status == http.StatusNoContent || status == http.StatusNotModified ||
		h.Get("Content-Encoding") != "" || !compressible(h.Get("Content-Type")) {
		return
	}
	h.Del("Content-Length")
	h.Del("Accept-Ranges")
	h.Set("Content-Encoding", "gzip")
	w.gz = gzipPool.Get().(*gzip.Writer)
	w.gz.Reset(w.ResponseWriter)
}

func (w *gzipWriter) WriteHeader(code int) {
	w.decide(code)
	w.ResponseWriter.WriteHeader(code)
}

func (w *gzipWriter) Write(b []byte) (int, error) {
	if !w.decided {
		w.WriteHeader(http.StatusOK)
	}
	if w.gz != nil {
		return w.gz.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// Close flushes the compressed stream.
func (w *gzipWriter) Close() {
	if w.gz == nil {
		return
	}
	w.gz.Close()
	gzipPool.Put(w.gz)
	w.gz = nil
}

func (w *gzipWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
