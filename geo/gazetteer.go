// Package geo finds place names in text and resolves them to coordinates
// with an embedded gazetteer built from GeoNames (cities of 1,000 people or
// more, first- and second-level administrative regions, countries) and a
// list of regions and features that news mentions and GeoNames' populated
// places lack (Crimea, Gaza Strip, Red Sea, Sahel ...).
//
// Countries are ISO 3166-1 alpha-3 codes ("SYR", "USA"), the codes CAMEO
// actor codes start with, in Place.Country and EventPlace.Country alike.
package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// Entry is one gazetteer record: a populated place, an administrative
// region, a country or a physical or historical region.
type Entry struct {
	// ID is the GeoNames id, or 0 for regions, countries and features
	// that have none in the sources.
	ID   int
	Name string
	// Class is the GeoNames feature class (P populated place, A admin
	// region or country, L area, H water, T terrain) and Code its feature
	// code (PPLC, ADM1, PCLI, RGN, SEA ...).
	Class, Code string
	// Country is the ISO 3166-1 alpha-3 code, or "" for features that
	// span several countries.
	Country string
	// Admin1 is the first-level region's name and Admin1Key its GeoNames
	// key ("US.TX").
	Admin1, Admin1Key string
	Lat, Lon          float64
	Population        int
}

// Feature returns "class.code", as "P.PPLC".
func (e *Entry) Feature() string { return e.Class + "." + e.Code }

// Gazetteer is an in-memory place-name index. It is read-only once loaded
// and safe for concurrent use.
type Gazetteer struct {
	Entries []Entry
	// index maps a normalized name to its postings: entry numbers,
	// best first by prior, with primary set where the key is the entry's
	// own name rather than an alternate.
	index map[string][]posting
	// first maps the first word of every key to the longest key length
	// in words starting with it.
	first map[string]int
	// byCountry maps an alpha-3 code to its country entry.
	byCountry map[string]int
	// byAdmin1 maps an admin-1 key to its region entry.
	byAdmin1 map[string]int
}

type posting struct {
	entry   int32
	primary bool
}

// Lookup returns the entries a normalized name may refer to, best first by
// population and feature, and whether the name is each one's own name.
func (g *Gazetteer) Lookup(key string) []posting { return g.index[key] }

// Candidates returns the entries that the name s (not normalized) may refer
// to, best first.
func (g *Gazetteer) Candidates(s string) []*Entry {
	ps := g.index[Normalize(s)]
	out := make([]*Entry, len(ps))
	for i, p := range ps {
		out[i] = &g.Entries[p.entry]
	}
	return out
}

// Country returns the country entry of an alpha-3 code, or nil.
func (g *Gazetteer) Country(alpha3 string) *Entry {
	if i, ok := g.byCountry[alpha3]; ok {
		return &g.Entries[i]
	}
	return nil
}

const magic = "SITREPGAZ2\n"

// Write stores the gazetteer in its compact binary form, gzipped.
// Postings per key keep the order given.
func (g *Gazetteer) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(magic)
	uv(uint64(len(g.Entries)))
	for i := range g.Entries {
		e := &g.Entries[i]
		uv(uint64(e.ID))
		str(e.Name)
		str(e.Class)
		str(e.Code)
		str(e.Country)
		str(e.Admin1)
		str(e.Admin1Key)
		sv(int64(math.Round(e.Lat * 1e5)))
		sv(int64(math.Round(e.Lon * 1e5)))
		uv(uint64(e.Population))
	}
	keys := sortedKeys(g.index)
	uv(uint64(len(keys)))
	for _, k := range keys {
		str(k)
		ps := g.index[k]
		uv(uint64(len(ps)))
		for _, p := range ps {
			x := uint64(p.entry) << 1
			if p.primary {
				x |= 1
			}
			uv(x)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	return zw.Close()
}

// reader decodes the binary form from one string, so every name and key
// is a substring of it and loading allocates little.
type reader struct {
	s   string
	off int
	err error
}

func (r *reader) uvarint() uint64 {
	var x uint64
	var shift uint
	for r.off < len(r.s) {
		c := r.s[r.off]
		r.off++
		if c < 0x80 {
			if shift >= 64 {
				break
			}
			return x | uint64(c)<<shift
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	if r.err == nil {
		r.err = errors.New("truncated or corrupt varint")
	}
	return 0
}

func (r *reader) varint() int64 {
	u := r.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

func (r *reader) str() string {
	n := int(r.uvarint())
	if r.err != nil || n < 0 || n > len(r.s)-r.off {
		if r.err == nil {
			r.err = errors.New("string runs past the end")
		}
		return ""
	}
	s := r.s[r.off : r.off+n]
	r.off += n
	return s
}

// Read decodes a gazetteer written by Write.
func Read(rd io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	var b bytes.Buffer
	if _, err := b.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	r := &reader{s: b.String()}
	if len(r.s) < len(magic) || r.s[:len(magic)] != magic {
		return nil, errors.New("read gazetteer: not a sitrep gazetteer (bad magic)")
	}
	r.off = len(magic)
	n := int(r.uvarint())
	if n > len(r.s) {
		return nil, errors.New("read gazetteer: corrupt entry count")
	}
	g := &Gazetteer{Entries: make([]Entry, n), byCountry: map[string]int{}, byAdmin1: map[string]int{}}
	for i := 0; i < n && r.err == nil; i++ {
		e := &g.Entries[i]
		e.ID = int(r.uvarint())
		e.Name = r.str()
		e.Class = r.str()
		e.Code = r.str()
		e.Country = r.str()
		e.Admin1 = r.str()
		e.Admin1Key = r.str()
		e.Lat = float64(r.varint()) / 1e5
		e.Lon = float64(r.varint()) / 1e5
		e.Population = int(r.uvarint())
	}
	nk := int(r.uvarint())
	if nk > len(r.s) {
		return nil, errors.New("read gazetteer: corrupt key count")
	}
	g.index = make(map[string][]posting, nk)
	g.first = make(map[string]int, nk/2)
	all := make([]posting, 0, nk+nk/2)
	for i := 0; i < nk && r.err == nil; i++ {
		k := r.str()
		m := int(r.uvarint())
		if m > len(r.s)-r.off {
			r.err = errors.New("corrupt postings count")
			break
		}
		start := len(all)
		for j := 0; j < m; j++ {
			x := r.uvarint()
			if int(x>>1) >= n {
				r.err = fmt.Errorf("posting %d out of range", x>>1)
				break
			}
			all = append(all, posting{entry: int32(x >> 1), primary: x&1 == 1})
		}
		g.index[k] = all[start:len(all):len(all)]
		g.addFirst(k)
	}
	if r.err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", r.err)
	}
	g.finish()
	return g, nil
}

func (g *Gazetteer) addFirst(k string) {
	words := 1
	first := k
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			if words == 1 {
				first = k[:i]
			}
			words++
		}
	}
	if words > g.first[first] {
		g.first[first] = words
	}
}

func (g *Gazetteer) finish() {
	for i := range g.Entries {
		e := &g.Entries[i]
		switch {
		case e.Class == "A" && isCountryCode(e.Code):
			if _, ok := g.byCountry[e.Country]; !ok {
				g.byCountry[e.Country] = i
			}
		case e.Code == "ADM1":
			g.byAdmin1[e.Admin1Key] = i
		}
	}
}

func isCountryCode(code string) bool {
	switch code {
	case "PCLI", "PCLD", "PCLS", "PCLF", "PCL", "TERR":
		return true
	}
	return false
}

//go:embed data/gazetteer.bin.gz
var embedded []byte

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loaded once on first use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = Read(bytes.NewReader(embedded))
	})
	return defaultGaz, defaultErr
}
