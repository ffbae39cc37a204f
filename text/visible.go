package text

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// view is the reader-visible text of a range of the input: the range with
// its hidden markup removed, and for each visible byte its offset in the
// input. When nothing is hidden, off is nil and offsets are base+i.
type view struct {
	s    string
	base int
	off  []int32
}

// newView returns the visible text of s[sp.Start:sp.End] given the sorted,
// disjoint hidden ranges.
func newView(s string, hidden []doc.Span, sp doc.Span) view {
	i := sort.Search(len(hidden), func(i int) bool { return hidden[i].End > sp.Start })
	if i == len(hidden) || hidden[i].Start >= sp.End {
		return view{s: s[sp.Start:sp.End], base: sp.Start}
	}
	var b strings.Builder
	off := make([]int32, 0, sp.Len())
	pos := sp.Start
	for ; i < len(hidden) && hidden[i].Start < sp.End && pos < sp.End; i++ {
		h := hidden[i]
		if h.Start > pos {
			b.WriteString(s[pos:h.Start])
			for k := pos; k < h.Start; k++ {
				off = append(off, int32(k))
			}
		}
		pos = max(pos, h.End)
	}
	if pos < sp.End {
		b.WriteString(s[pos:sp.End])
		for k := pos; k < sp.End; k++ {
			off = append(off, int32(k))
		}
	}
	return view{s: b.String(), base: sp.Start, off: off}
}

// orig maps the visible range [a, b) to the input range it covers.
func (v *view) orig(a, b int) (int, int) {
	if v.off == nil {
		return v.base + a, v.base + b
	}
	return int(v.off[a]), int(v.off[b-1]) + 1
}

// Visible returns the text a reader sees in s[sp.Start:sp.End]: the range
// without the hidden markup.
func Visible(s string, hidden []doc.Span, sp doc.Span) string {
	return newView(s, hidden, sp).s
}
