package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/cputime"
)

// check sends n requests of each scenario straight to the handler, one at
// a time (no network, no cache), and prints a checksum of the answers, the
// CPU time per request and percentiles of each request's time alone: two
// builds that print the same checksum on the same database answer these
// requests identically.
func check(h http.Handler, names string, n int, stdout io.Writer) error {
	fmt.Fprintf(stdout, "%-13s %6s %8s %18s %8s %8s %8s %8s\n", "scenario", "reqs", "rows", "sha256", "cpu_ms", "p50_ms", "p99_ms", "max_ms")
	for _, name := range strings.Split(names, ",") {
		name = strings.TrimSpace(name)
		gen, ok := scenarios[name]
		if !ok {
			return fmt.Errorf("unknown scenario %q", name)
		}
		r := rand.New(rand.NewPCG(7, 11))
		sum := sha256.New()
		rows := 0
		res := &result{}
		cpu0 := cputime.Used()
		for range n {
			path := gen(r)
			rec := httptest.NewRecorder()
			t := time.Now()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			res.lat = append(res.lat, time.Since(t))
			if rec.Code != http.StatusOK {
				return fmt.Errorf("%s: %d %s", path, rec.Code, rec.Body.String())
			}
			body := rec.Body.Bytes()
			rows += bytes.Count(body, []byte(`"doc_id":`))
			fmt.Fprintf(sum, "%s\n%d\n", path, len(body))
			sum.Write(body)
		}
		cpu := float64((cputime.Used() - cpu0).Microseconds()) / 1000 / float64(n)
		slices.Sort(res.lat)
		fmt.Fprintf(stdout, "%-13s %6d %8d %18x %8.2f %8.2f %8.2f %8.2f\n", name, n, rows, sum.Sum(nil)[:8], cpu,
			res.pct(50), res.pct(99), res.pct(100))
	}
	return nil
}
