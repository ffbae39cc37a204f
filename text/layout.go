// Package text is sitrep's text layer: it finds the block structure of plain
// text and Markdown articles (paragraphs, headings, list items, title and
// dateline), hides Markdown markup while keeping byte offsets into the
// original input, and splits the text into sentences and Universal
// Dependencies style tokens.
package text

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/charref"
)

// line is one input line without its line terminator.
type line struct {
	start, end int // [start, end) without "\n" or "\r\n"
}

// splitLines returns the lines of s with their byte ranges.
func splitLines(s string) []line {
	var out []line
	start := 0
	for start <= len(s) {
		i := strings.IndexByte(s[start:], '\n')
		if i < 0 {
			if start < len(s) {
				out = append(out, line{start, len(s)})
			}
			break
		}
		end := start + i
		if end > start && s[end-1] == '\r' {
			end--
		}
		out = append(out, line{start, end})
		start += i + 1
	}
	return out
}

// isBlank reports whether s holds only white space.
func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// trimSpan narrows [a, b) of s to exclude leading and trailing white space.
func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

// bulletLen returns the length of a list marker (with the white space after
// it) at the start of s, or 0 when s does not start with one. Markers are
// "-", "*", "+", "•", "·", "–" and numbers or single letters followed by "."
// or ")".
func bulletLen(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') && i < 4 {
		i++
	}
	rest := s[i:]
	for _, m := range []string{"- ", "* ", "+ ", "• ", "· ", "– ", "-\t", "*\t", "•\t"} {
		if strings.HasPrefix(rest, m) {
			return i + len(m) + spaceRun(rest[len(m):])
		}
	}
	j := 0
	for j < len(rest) && j < 3 && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j > 0 && j+1 < len(rest) && (rest[j] == '.' || rest[j] == ')') && (rest[j+1] == ' ' || rest[j+1] == '\t') {
		return i + j + 2 + spaceRun(rest[j+2:])
	}
	return 0
}

func spaceRun(s string) int {
	n := 0
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return n
}

// PlainLayout finds the blocks of plain text: paragraphs separated by blank
// lines, list items (lines starting with a bullet or a number), short
// subheadings standing on a line of their own before a longer capitalised
// line, and a title, byline and dateline at the top when present.
func PlainLayout(s string) doc.Layout {
	var lay doc.Layout
	lines := splitLines(s)
	paraStart := -1
	paraEnd := 0
	flush := func() {
		if paraStart >= 0 {
			a, b := trimSpan(s, paraStart, paraEnd)
			if a < b {
				lay.Blocks = append(lay.Blocks, doc.Block{Span: doc.Span{Start: a, End: b}, Kind: doc.BlockParagraph})
			}
		}
		paraStart = -1
	}
	for li, ln := range lines {
		txt := s[ln.start:ln.end]
		if isBlank(txt) {
			flush()
			continue
		}
		if paraStart < 0 && li+1 < len(lines) && isSubheading(txt, s[lines[li+1].start:lines[li+1].end]) {
			a, b := trimSpan(s, ln.start, ln.end)
			lay.Blocks = append(lay.Blocks, doc.Block{Span: doc.Span{Start: a, End: b}, Kind: doc.BlockHeading})
			continue
		}
		if n := bulletLen(txt); n > 0 && n < len(txt) {
			flush()
			// The bullet is text a reader sees: it stays a token.
			lay.Blocks = append(lay.Blocks, doc.Block{Span: doc.Span{Start: ln.start, End: ln.end}, Kind: doc.BlockListItem})
			continue
		}
		if len(lay.Blocks) > 0 && paraStart < 0 && lay.Blocks[len(lay.Blocks)-1].Kind == doc.BlockListItem &&
			ln.start == lay.Blocks[len(lay.Blocks)-1].End+1 && (txt[0] == ' ' || txt[0] == '\t') {
			// An indented line right after a list item continues it.
			lay.Blocks[len(lay.Blocks)-1].End = ln.end
			continue
		}
		if paraStart < 0 {
			paraStart = ln.start
		}
		paraEnd = ln.end
	}
	flush()
	for i := range lay.Blocks {
		b := &lay.Blocks[i]
		b.Start, b.End = trimSpan(s, b.Start, b.End)
	}
	markHead(s, &lay)
	normalize(&lay)
	return lay
}

// markHead recognises a title, a byline and a dateline among the first
// blocks of a document.
func markHead(s string, lay *doc.Layout) {
	i := 0
	if len(lay.Blocks) > 1 && lay.Blocks[0].Kind == doc.BlockParagraph && isTitle(s[lay.Blocks[0].Start:lay.Blocks[0].End]) {
		lay.Blocks[0].Kind = doc.BlockTitle
		i = 1
	} else if len(lay.Blocks) > 1 && lay.Blocks[0].Kind == doc.BlockHeading {
		lay.Blocks[0].Kind = doc.BlockTitle
		i = 1
	}
	if i < len(lay.Blocks) && lay.Blocks[i].Kind == doc.BlockParagraph && isByline(s[lay.Blocks[i].Start:lay.Blocks[i].End]) {
		lay.Blocks[i].Kind = doc.BlockByline
		i++
	}
	// The dateline may also come first, before the title.
	for _, j := range []int{i, 0} {
		if j >= len(lay.Blocks) || lay.Blocks[j].Kind != doc.BlockParagraph {
			continue
		}
		b := lay.Blocks[j]
		n := DatelineLen(s[b.Start:b.End])
		if n == 0 {
			continue
		}
		dl := doc.Block{Span: doc.Span{Start: b.Start, End: b.Start + n}, Kind: doc.BlockDateline}
		dl.Start, dl.End = trimSpan(s, dl.Start, dl.End)
		restStart, restEnd := trimSpan(s, b.Start+n, b.End)
		blocks := append([]doc.Block{}, lay.Blocks[:j]...)
		blocks = append(blocks, dl)
		if restStart < restEnd {
			blocks = append(blocks, doc.Block{Span: doc.Span{Start: restStart, End: restEnd}, Kind: doc.BlockParagraph})
		}
		lay.Blocks = append(blocks, lay.Blocks[j+1:]...)
		break
	}
}

// isTitle reports whether a first block reads like a headline: one line, at
// most 25 words, not ending like a sentence.
func isTitle(s string) bool {
	if strings.ContainsAny(s, "\n") || len(s) > 200 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', ',', ';', ':', '"', '”':
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 25 || openers[strings.ToLower(words[len(words)-1])] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isSubheading reports whether line, starting a paragraph, is a heading
// over next in text without blank lines: a short headline-like line before
// a clearly longer line that starts with a capital.
func isSubheading(line, next string) bool {
	line, next = strings.TrimSpace(line), strings.TrimSpace(next)
	if len(line) > 60 || len(next) < len(line)+15 || !isTitle(line) || bulletLen(next) > 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) || r == '"' || r == '“'
}

// isByline reports whether a block is a byline such as "By Jane Doe".
func isByline(s string) bool {
	if !strings.HasPrefix(s, "By ") || strings.ContainsAny(s, "\n!?") || strings.HasSuffix(s, ".") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 8 {
		return false
	}
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "and" && w != "in" && w != "of" {
			return false
		}
	}
	return true
}

// DatelineLen returns the length of a news dateline at the start of s, such
// as "KYIV, March 3 (Reuters) - " or "BEIRUT — " (also "BEIRUT &mdash; "),
// including the dash and the white space after it, or 0 when s does not
// start with one. A dateline
// starts with a place written in capitals, or carries an agency name in
// parentheses, and ends with a dash within the first 100 bytes.
func DatelineLen(s string) int {
	limit := min(len(s), 100)
	dash, dashLen := -1, 0
	for i := 0; i < limit; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '&' {
			// "BEIRUT &mdash; ": a dash written as a character reference.
			if dec, m := charref.Decode(s[i:]); m > 0 {
				r, _ = utf8.DecodeRuneInString(dec)
				n = m
			}
		}
		if r == '\n' && i > 0 && isDatelineHead(s[:i]) {
			return i + spaceRunAll(s[i:])
		}
		if r == '-' || r == '—' || r == '–' {
			if i > 0 && s[i-1] == ' ' && (i+n == len(s) || s[i+n] == ' ' || s[i+n] == '-' || s[i+n] == '\n') {
				dash, dashLen = i, n
				if r == '-' && i+1 < len(s) && s[i+1] == '-' {
					dashLen = 2
				}
				break
			}
		}
		if r == '.' && i+1 < len(s) && s[i+1] == ' ' && !strings.HasSuffix(s[:i], "St") && !isCapsWord(lastWord(s[:i])) && !strings.HasSuffix(s[:i], ")") {
			// A sentence ended before any dash: not a dateline.
			if !isAbbrevMonth(lastWord(s[:i])) {
				return 0
			}
		}
		i += n
	}
	if dash <= 0 || !isDatelineHead(s[:dash]) {
		return 0
	}
	return dash + dashLen + spaceRunAll(s[dash+dashLen:])
}

func spaceRunAll(s string) int {
	n := 0
	for n < len(s) && (s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\r') {
		n++
	}
	return n
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " ,("); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isAbbrevMonth(w string) bool {
	switch w {
	case "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.N", "D.C", "U.K":
		return true
	}
	return false
}

// isDatelineHead reports whether s, the part before the dash, looks like a
// dateline: a first word in capitals (at least two letters) or an agency
// credit such as "(Reuters)".
func isDatelineHead(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.Count(s, " ") > 10 {
		return false
	}
	for _, agency := range []string{"(Reuters)", "(AP)", "(AFP)", "(UPI)", "(Xinhua)", "(dpa)", "(IANS)", "(PTI)", "(CNN)", "(TASS)", "(Bloomberg)", "(ANI)"} {
		if strings.Contains(s, agency) {
			return true
		}
	}
	first := s
	if i := strings.IndexAny(s, ",("); i >= 0 {
		first = strings.TrimSpace(s[:i])
	}
	letters := 0
	for _, w := range strings.Fields(first) {
		if !isCapsWord(w) {
			return false
		}
		letters += len(w)
	}
	return letters >= 2 && !strings.ContainsAny(s, "\"“”")
}

// isCapsWord reports whether w is written in capital letters (with the
// periods, apostrophes and hyphens of place names allowed).
func isCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == '\'' || r == '-' || r == '’':
		default:
			return false
		}
	}
	return n > 0 && (n > 1 || strings.Contains(w, "."))
}

// normalize sorts the layout's blocks and merges its hidden ranges into a
// sorted, disjoint list.
func normalize(lay *doc.Layout) {
	sort.SliceStable(lay.Blocks, func(i, j int) bool { return lay.Blocks[i].Start < lay.Blocks[j].Start })
	h := lay.Hidden
	sort.Slice(h, func(i, j int) bool { return h[i].Start < h[j].Start })
	out := h[:0]
	for _, sp := range h {
		if sp.End <= sp.Start {
			continue
		}
		if n := len(out); n > 0 && sp.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	lay.Hidden = out
}
