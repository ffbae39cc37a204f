package server

import (
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCacheHeaders(t *testing.T) {
	s, _ := newTestServer(t)
	tests := []struct {
		url, want string
	}{
		{"/api/events?source=USA&quad=1", "miss"},
		{"/api/events?quad=1&source=USA", "hit"}, // same query, other order
		{"/api/events?source=USA&quad=2", "miss"},
		{"/api/dyads/USA/CHN/series?by=week", "miss"},
		{"/api/dyads/USA/CHN/series?by=week", "hit"},
	}
	for _, tt := range tests {
		rec := get(t, s, tt.url)
		if rec.Code != 200 || rec.Header().Get("X-Cache") != tt.want {
			t.Errorf("%s: %d X-Cache %q, want %q", tt.url, rec.Code, rec.Header().Get("X-Cache"), tt.want)
		}
	}
	for range 2 {
		if rec := get(t, s, "/api/events?quad=9"); rec.Code != 400 || rec.Header().Get("X-Cache") != "" {
			t.Errorf("bad request: %d X-Cache %q", rec.Code, rec.Header().Get("X-Cache"))
		}
	}
	a, b := get(t, s, "/api/stats").Body.String(), get(t, s, "/api/stats").Body.String()
	if a != b || !strings.Contains(a, `"events":4`) {
		t.Errorf("cached stats differ: %q %q", a, b)
	}
}

func TestCacheExpiryAndSize(t *testing.T) {
	c := newCache(time.Hour, 1000)
	fill := func(body string) func() (*cacheEntry, error) {
		return func() (*cacheEntry, error) { return &cacheEntry{body: []byte(body)}, nil }
	}
	c.do("a", fill(strings.Repeat("a", 100)))
	c.do("b", fill(strings.Repeat("b", 100)))
	if _, hit, _ := c.do("a", fill("x")); !hit {
		t.Error("a not cached")
	}
	// 10 more entries of ~100 bytes push out the least recently used.
	for i := range 10 {
		c.do(string(rune('c'+i)), fill(strings.Repeat("c", 100)))
	}
	if c.size > 1000 {
		t.Errorf("size %d over the bound", c.size)
	}
	if e := c.get("b", time.Now()); e != nil {
		t.Error("b should have been evicted")
	}
	last := string(rune('c' + 9))
	if e := c.get(last, time.Now().Add(2*time.Hour)); e == nil {
		t.Error("a stale entry should still be served")
	}
	if e := c.get(last, time.Now().Add(5*time.Hour)); e != nil {
		t.Error("an entry past its stale time should be gone")
	}
	if _, _, err := c.do("err", func() (*cacheEntry, error) { return nil, errors.New("boom") }); err == nil {
		t.Error("error lost")
	}
	if e := c.get("err", time.Now()); e != nil {
		t.Error("errors must not be cached")
	}
	if _, hit, _ := c.do("big", fill(strings.Repeat("z", 500))); hit || c.get("big", time.Now()) != nil {
		t.Error("an answer over an eighth of the cache must not be kept")
	}
}

func TestCacheCoalesces(t *testing.T) {
	c := newCache(time.Hour, 1<<20)
	var calls atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e, _, err := c.do("k", func() (*cacheEntry, error) {
				calls.Add(1)
				<-release
				return &cacheEntry{body: []byte("v")}, nil
			})
			if err != nil || string(e.body) != "v" {
				t.Errorf("do: %v %v", e, err)
			}
		}()
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("fill ran %d times for concurrent misses, want 1", n)
	}
}

func TestCacheServesStaleWhileRefreshing(t *testing.T) {
	c := newCache(20*time.Millisecond, 1<<20)
	var n atomic.Int32
	fill := func() (*cacheEntry, error) {
		v := n.Add(1)
		return &cacheEntry{body: []byte{byte('0' + v)}}, nil
	}
	if e, hit, _ := c.do("k", fill); hit || string(e.body) != "1" {
		t.Fatalf("first: %q hit %v", e.body, hit)
	}
	time.Sleep(30 * time.Millisecond) // stale now
	if e, hit, _ := c.do("k", fill); !hit || string(e.body) != "1" {
		t.Fatalf("stale: %q hit %v", e.body, hit)
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		e, _, _ := c.do("k", fill)
		if string(e.body) == "2" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the background refresh never landed")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if got := n.Load(); got != 2 {
		t.Errorf("fill ran %d times, want 2", got)
	}
}
