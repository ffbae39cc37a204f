package server

import (
	"container/list"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// cache keeps recent successful API responses for a short time, so a
// dashboard that many people look at asks the database once per period
// and query. An entry is fresh for ttl; for three ttl more it is still
// served while one request refreshes it in the background (stale while
// revalidate), so a hot query never makes its readers wait. The least
// recently used entries go first when the cache holds more than max bytes.
type cache struct {
	ttl time.Duration
	max int

	mu    sync.Mutex
	size  int
	lru   *list.List // of *cacheEntry, most recent first
	items map[string]*list.Element

	// calls coalesces concurrent misses of the same key.
	calls map[string]*flight
}

type cacheEntry struct {
	key     string
	ctype   string
	body    []byte
	expires time.Time
}

// flight is one computation that concurrent requests for a key wait on.
type flight struct {
	done chan struct{}
	ent  *cacheEntry
	err  error
}

func newCache(ttl time.Duration, max int) *cache {
	return &cache{ttl: ttl, max: max, lru: list.New(), items: map[string]*list.Element{}, calls: map[string]*flight{}}
}

func (c *cache) get(key string, now time.Time) *cacheEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		return nil
	}
	e := el.Value.(*cacheEntry)
	if now.After(e.expires.Add(3 * c.ttl)) {
		c.remove(el)
		return nil
	}
	c.lru.MoveToFront(el)
	return e
}

func (c *cache) put(e *cacheEntry) {
	n := len(e.body) + len(e.key)
	if n > c.max/8 {
		return // one answer may not crowd out the rest
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[e.key]; ok {
		c.remove(el)
	}
	c.items[e.key] = c.lru.PushFront(e)
	c.size += n
	for c.size > c.max {
		c.remove(c.lru.Back())
	}
}

func (c *cache) remove(el *list.Element) {
	e := el.Value.(*cacheEntry)
	c.lru.Remove(el)
	delete(c.items, e.key)
	c.size -= len(e.body) + len(e.key)
}

// do returns the cached entry for key, or runs fill once for all the
// callers that miss at the same moment and caches what it returns. A stale
// entry is returned at once while fill refreshes it in the background.
// hit reports whether the answer came from the cache or another caller.
func (c *cache) do(key string, fill func() (*cacheEntry, error)) (e *cacheEntry, hit bool, err error) {
	now := time.Now()
	if e := c.get(key, now); e != nil {
		if now.After(e.expires) {
			c.mu.Lock()
			if _, busy := c.calls[key]; !busy {
				f := &flight{done: make(chan struct{})}
				c.calls[key] = f
				go c.fill(key, f, fill)
			}
			c.mu.Unlock()
		}
		return e, true, nil
	}
	c.mu.Lock()
	if f, ok := c.calls[key]; ok {
		c.mu.Unlock()
		<-f.done
		return f.ent, true, f.err
	}
	f := &flight{done: make(chan struct{})}
	c.calls[key] = f
	c.mu.Unlock()
	c.fill(key, f, fill)
	return f.ent, false, f.err
}

// fill runs the computation of flight f and caches a successful answer.
// A panic becomes the flight's error, so a refresh in the background
// cannot take the server down and waiters never see an empty answer.
func (c *cache) fill(key string, f *flight, fill func() (*cacheEntry, error)) {
	defer func() {
		if p := recover(); p != nil {
			f.ent, f.err = nil, fmt.Errorf("panic: %v", p)
		}
		if f.ent == nil && f.err == nil {
			f.err = errors.New("no answer")
		}
		c.mu.Lock()
		delete(c.calls, key)
		c.mu.Unlock()
		close(f.done)
	}()
	start := time.Now()
	f.ent, f.err = fill()
	if f.err == nil && f.ent != nil {
		f.ent.key = key
		f.ent.expires = start.Add(c.ttl)
		c.put(f.ent)
	}
}

// recorder captures a handler's successful response for the cache.
type recorder struct {
	header http.Header
	status int
	body   []byte
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	r.body = append(r.body, b...)
	return len(b), nil
}
