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
	"os"
	"slices"
	"strings"
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
	// keys are the normalized names, sorted, and post[i] the postings of
	// keys[i]: entry numbers, best first by prior, with primary set where
	// the key is the entry's own name rather than an alternate.
	keys []string
	post [][]posting
	// firstWords are the sorted first words of multi-word keys and
	// firstMax[i] the longest such key in words.
	firstWords []string
	firstMax   []uint8
	// byCountry maps an alpha-3 code to its country entry.
	byCountry map[string]int
	// byAdmin1 maps an admin-1 key to its region entry.
	byAdmin1 map[string]int
	// priors holds prior(e, true) of every entry.
	priors []float32
}

// prior returns the prior score of a posting.
func (g *Gazetteer) prior(p posting) float64 {
	s := float64(g.priors[p.entry])
	if !p.primary {
		s -= altPenalty
		if g.Entries[p.entry].Code == "ADM2" {
			// "Ohio" for Ohio County is far less likely than the state.
			s -= altPenalty
		}
	}
	return s
}

type posting struct {
	entry   int32
	primary bool
}

// lookup returns the postings of a normalized name, or nil.
func (g *Gazetteer) lookup(key string) []posting {
	i, ok := slices.BinarySearch(g.keys, key)
	if !ok {
		return nil
	}
	return g.post[i]
}

// Len returns the number of names in the index.
func (g *Gazetteer) Len() int { return len(g.keys) }

// Candidates returns the entries that the name s (not normalized) may refer
// to, best first.
func (g *Gazetteer) Candidates(s string) []*Entry {
	ps := g.lookup(Normalize(s))
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
	uv(uint64(len(g.keys)))
	for i, k := range g.keys {
		str(k)
		ps := g.post[i]
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
	if sz, ok := rd.(interface{ Size() int64 }); ok {
		b.Grow(int(min(sz.Size()*4, 1<<28)))
	}
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
	g := &Gazetteer{Entries: make([]Entry, n)}
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
	g.keys = make([]string, 0, nk)
	g.post = make([][]posting, 0, nk)
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
		if len(g.keys) > 0 && k <= g.keys[len(g.keys)-1] {
			r.err = fmt.Errorf("keys out of order at %q", k)
			break
		}
		g.keys = append(g.keys, k)
		g.post = append(g.post, all[start:len(all):len(all)])
	}
	if r.err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", r.err)
	}
	g.finish()
	return g, nil
}

// maxWords returns the length in words of the longest key starting with
// the word w, or 0 if none does.
func (g *Gazetteer) maxWords(w string) int {
	if i, ok := slices.BinarySearch(g.firstWords, w); ok {
		return int(g.firstMax[i])
	}
	if _, ok := slices.BinarySearch(g.keys, w); ok {
		return 1
	}
	return 0
}

func (g *Gazetteer) finish() {
	g.byCountry = map[string]int{}
	g.byAdmin1 = map[string]int{}
	g.firstWords, g.firstMax = nil, nil
	for _, k := range g.keys {
		sp := strings.IndexByte(k, ' ')
		if sp < 0 {
			continue
		}
		words := 2 + strings.Count(k[sp+1:], " ")
		first := k[:sp]
		// Keys sharing a first word are adjacent except for keys whose
		// first word is a prefix of it ("san" < "san jose" < "sana"); look
		// back over the run of equal first words.
		if n := len(g.firstWords); n > 0 && g.firstWords[n-1] == first {
			g.firstMax[n-1] = max(g.firstMax[n-1], uint8(min(words, 255)))
			continue
		}
		if i, ok := slices.BinarySearch(g.firstWords, first); ok {
			g.firstMax[i] = max(g.firstMax[i], uint8(min(words, 255)))
			continue
		} else {
			g.firstWords = slices.Insert(g.firstWords, i, first)
			g.firstMax = slices.Insert(g.firstMax, i, uint8(min(words, 255)))
		}
	}
	g.priors = make([]float32, len(g.Entries))
	for i := range g.Entries {
		e := &g.Entries[i]
		g.priors[i] = float32(prior(e, true))
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

// Load reads a gazetteer file written by Write (such as one built with
// `sitrep gazetteer build --extra`).
func Load(path string) (*Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	defer f.Close()
	g, err := Read(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("load gazetteer %s: %w", path, err)
	}
	return g, nil
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
