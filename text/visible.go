package text

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/charref"
)

// view is the reader-visible text of a range of the input: the range with
// its hidden markup removed and its HTML character references ("&amp;",
// "&quot;", "&#8217;") decoded, and for each visible byte the input range
// it comes from. When nothing is hidden or decoded, off is nil and offsets
// are base+i; when nothing is decoded, end is nil and visible byte k comes
// from off[k]; otherwise from [off[k], end[k]), the whole reference for
// the bytes of a decoded character.
type view struct {
	s    string
	base int
	off  []int32
	end  []int32
}

// newView returns the visible text of s[sp.Start:sp.End] given the sorted,
// disjoint hidden ranges.
func newView(s string, hidden []doc.Span, sp doc.Span) view {
	i := sort.Search(len(hidden), func(i int) bool { return hidden[i].End > sp.Start })
	noHidden := i == len(hidden) || hidden[i].Start >= sp.End
	refs := charref.Index(s[sp.Start:sp.End]) >= 0
	if noHidden && !refs {
		return view{s: s[sp.Start:sp.End], base: sp.Start}
	}
	v := view{base: sp.Start, off: make([]int32, 0, sp.Len())}
	if refs {
		v.end = make([]int32, 0, sp.Len())
	}
	var b strings.Builder
	b.Grow(sp.Len())
	// Markup ends right before the range.
	edge := i > 0 && hidden[i-1].End == sp.Start
	pos := sp.Start
	for ; i < len(hidden) && hidden[i].Start < sp.End && pos < sp.End; i++ {
		h := hidden[i]
		if h.Start > pos {
			v.add(&b, s, pos, h.Start, pos > sp.Start || edge)
		}
		pos = max(pos, h.End)
	}
	if pos < sp.End {
		v.add(&b, s, pos, sp.End, pos > sp.Start || edge)
	}
	v.s = b.String()
	return v
}

// add appends the visible input range s[a:e] to the view, decoding its
// character references when v.end is set. afterHidden tells that markup
// ends right before a: a reference after a hidden escape backslash
// ("\&amp;" in Markdown) stays as written.
func (v *view) add(b *strings.Builder, s string, a, e int, afterHidden bool) {
	escaped := afterHidden && s[a-1] == '\\'
	for a < e {
		k, dec, n := e, "", 0
		if v.end != nil {
			from := a
			if escaped {
				from++
			}
			if q := charref.Index(s[from:e]); q >= 0 {
				k = from + q
				dec, n = charref.Decode(s[k:e])
			}
		}
		b.WriteString(s[a:k])
		for x := a; x < k; x++ {
			v.off = append(v.off, int32(x))
			if v.end != nil {
				v.end = append(v.end, int32(x+1))
			}
		}
		if k == e {
			return
		}
		b.WriteString(dec)
		for range len(dec) {
			v.off = append(v.off, int32(k))
			v.end = append(v.end, int32(k+n))
		}
		a, escaped = k+n, false
	}
}

// orig maps the visible range [a, b) to the input range it covers.
func (v *view) orig(a, b int) (int, int) {
	switch {
	case v.off == nil:
		return v.base + a, v.base + b
	case v.end == nil:
		return int(v.off[a]), int(v.off[b-1]) + 1
	}
	return int(v.off[a]), int(v.end[b-1])
}

// Visible returns the text a reader sees in s[sp.Start:sp.End]: the range
// without the hidden markup and with HTML character references decoded.
func Visible(s string, hidden []doc.Span, sp doc.Span) string {
	return newView(s, hidden, sp).s
}
