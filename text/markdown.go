package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// MarkdownLayout finds the blocks of a Markdown article (ATX and Setext
// headings, paragraphs, list items, table rows, block quotes, fenced code,
// thematic breaks) and the markup a reader does not see: heading and list markers,
// emphasis delimiters, link brackets and targets, code-span backticks,
// HTML tags and escape backslashes. A first heading becomes the title.
func MarkdownLayout(s string) doc.Layout {
	var lay doc.Layout
	lines := splitLines(s)
	var cur *doc.Block
	flush := func() {
		if cur != nil {
			a, b := trimSpan(s, cur.Start, cur.End)
			if a < b {
				cur.Start, cur.End = a, b
				lay.Blocks = append(lay.Blocks, *cur)
			}
		}
		cur = nil
	}
	hide := func(a, b int) {
		if a < b {
			lay.Hidden = append(lay.Hidden, doc.Span{Start: a, End: b})
		}
	}
	fence := ""
	for li := 0; li < len(lines); li++ {
		ln := lines[li]
		txt := s[ln.start:ln.end]
		ind := spaceRun(txt)
		body := txt[ind:]
		if fence != "" {
			if strings.HasPrefix(body, fence) && isBlank(strings.TrimLeft(body, fence[:1])) {
				hide(ln.start, ln.end)
				fence = ""
				flush()
				continue
			}
			cur.End = ln.end
			continue
		}
		if strings.HasPrefix(body, "```") || strings.HasPrefix(body, "~~~") {
			flush()
			fence = body[:3]
			hide(ln.start, ln.end)
			cur = &doc.Block{Span: doc.Span{Start: ln.end, End: ln.end}, Kind: doc.BlockCode}
			continue
		}
		if isBlank(txt) {
			flush()
			continue
		}
		if isThematicBreak(body) {
			if cur != nil && cur.Kind == doc.BlockParagraph && strings.HasPrefix(body, "-") && ind < 4 {
				// Setext heading underline.
				cur.Kind = doc.BlockHeading
				hide(ln.start, ln.end)
				flush()
				continue
			}
			flush()
			hide(ln.start, ln.end)
			continue
		}
		if cur != nil && cur.Kind == doc.BlockParagraph && ind < 4 && len(body) > 0 && strings.Trim(strings.TrimSpace(body), "=") == "" {
			cur.Kind = doc.BlockHeading
			hide(ln.start, ln.end)
			flush()
			continue
		}
		if n := atxLen(body); n > 0 {
			flush()
			hide(ln.start, ln.start+ind+n)
			end := ln.end
			closing := strings.TrimRight(s[ln.start+ind+n:end], " \t")
			if t := strings.TrimRight(closing, "#"); len(t) < len(closing) && (t == "" || strings.HasSuffix(t, " ")) {
				hide(ln.start+ind+n+len(t), end)
				end = ln.start + ind + n + len(t)
			}
			if a, b := trimSpan(s, ln.start+ind+n, end); a < b {
				lay.Blocks = append(lay.Blocks, doc.Block{Span: doc.Span{Start: a, End: b}, Kind: doc.BlockHeading})
				inline(s, a, b, hide)
			}
			continue
		}
		if strings.HasPrefix(body, "|") && strings.Count(body, "|") >= 2 {
			// A table row is a block of its own with its pipes hidden; the
			// delimiter row is all markup.
			flush()
			if strings.Trim(body, "|:- \t") == "" {
				hide(ln.start, ln.end)
				continue
			}
			for k := ln.start + ind; k < ln.end; k++ {
				if s[k] == '|' && (k == 0 || s[k-1] != '\\') {
					hide(k, k+1)
				}
			}
			a, b := trimSpan(s, ln.start+ind+1, ln.end)
			for b > a && (s[b-1] == '|' || s[b-1] == ' ' || s[b-1] == '\t') && (b-2 < a || s[b-2] != '\\') {
				b--
			}
			if a < b {
				lay.Blocks = append(lay.Blocks, doc.Block{Span: doc.Span{Start: a, End: b}, Kind: doc.BlockListItem})
				inline(s, a, b, hide)
			}
			continue
		}
		if isLinkDef(body) {
			flush()
			hide(ln.start, ln.end)
			continue
		}
		if strings.HasPrefix(body, ">") {
			n := ind + 1
			if n < len(txt) && txt[n] == ' ' {
				n++
			}
			hide(ln.start, ln.start+n)
			if cur == nil || cur.Kind != doc.BlockQuote {
				flush()
				cur = &doc.Block{Span: doc.Span{Start: ln.start + n}, Kind: doc.BlockQuote}
			}
			if isBlank(txt[n:]) {
				flush()
				continue
			}
			cur.End = ln.end
			inline(s, ln.start+n, ln.end, hide)
			continue
		}
		if n := bulletLen(txt); n > 0 && n < len(txt) && !(cur != nil && cur.Kind == doc.BlockParagraph && !isListStart(txt)) {
			flush()
			hide(ln.start, ln.start+n)
			cur = &doc.Block{Span: doc.Span{Start: ln.start + n, End: ln.end}, Kind: doc.BlockListItem}
			inline(s, ln.start+n, ln.end, hide)
			continue
		}
		if cur == nil || cur.Kind == doc.BlockQuote {
			flush()
			cur = &doc.Block{Span: doc.Span{Start: ln.start}, Kind: doc.BlockParagraph}
		}
		cur.End = ln.end
		// A backslash or two spaces at the end of a line is a hard break.
		end := ln.end
		if strings.HasSuffix(txt, "\\") && !strings.HasSuffix(txt, "\\\\") {
			hide(ln.end-1, ln.end)
			end--
		}
		inline(s, ln.start+ind, end, hide)
	}
	flush()
	markHead(s, &lay)
	normalize(&lay)
	return lay
}

// isListStart reports whether a line inside a paragraph starts a list: in
// Markdown, a bulleted line interrupts a paragraph but "2024. " does not.
func isListStart(txt string) bool {
	t := strings.TrimLeft(txt, " \t")
	return len(t) > 1 && strings.ContainsRune("-*+•", rune(t[0])) || strings.HasPrefix(t, "1. ") || strings.HasPrefix(t, "1) ")
}

// atxLen returns the length of an ATX heading marker ("## ") or 0.
func atxLen(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 {
		return 0
	}
	if n == len(s) {
		return n
	}
	if s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	return n + spaceRun(s[n:])
}

// isThematicBreak reports a line of three or more '-', '*' or '_' (spaces
// allowed between them).
func isThematicBreak(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 {
		return false
	}
	c := s[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isLinkDef reports a link reference definition "[id]: url".
func isLinkDef(s string) bool {
	if !strings.HasPrefix(s, "[") {
		return false
	}
	i := strings.Index(s, "]:")
	return i > 1 && !strings.ContainsAny(s[1:i], "[]") && len(strings.Fields(s[i+2:])) >= 1
}

// isASCIIPunct reports the characters Markdown lets a backslash escape.
func isASCIIPunct(c byte) bool {
	return c < 0x80 && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

type delim struct {
	pos, n   int
	c        byte
	canOpen  bool
	canClose bool
}

// inline hides the inline markup of s[a:b]: backslash escapes, code-span
// backticks, emphasis and strike-through delimiters, link and image
// brackets with their targets, autolink angle brackets and HTML tags.
func inline(s string, a, b int, hide func(int, int)) {
	var stack []delim
	var brackets []int // positions of '[' (or '!' of "![") still open
	for i := a; i < b; {
		c := s[i]
		switch {
		case c == '\\' && i+1 < b && isASCIIPunct(s[i+1]):
			hide(i, i+1)
			i += 2
			continue
		case c == '`':
			n := 1
			for i+n < b && s[i+n] == '`' {
				n++
			}
			if j := strings.Index(s[i+n:b], strings.Repeat("`", n)); j >= 0 {
				hide(i, i+n)
				hide(i+n+j, i+n+j+n)
				i += n + j + n
				continue
			}
			i += n
			continue
		case c == '<':
			if j := strings.IndexByte(s[i:b], '>'); j > 1 {
				inner := s[i+1 : i+j]
				if isAutolink(inner) {
					hide(i, i+1)
					hide(i+j, i+j+1)
					i += j + 1
					continue
				}
				if isHTMLTag(inner) {
					hide(i, i+j+1)
					i += j + 1
					continue
				}
			}
		case c == '!' && i+1 < b && s[i+1] == '[':
			brackets = append(brackets, i)
			i += 2
			continue
		case c == '[':
			brackets = append(brackets, i)
		case c == ']' && len(brackets) > 0:
			open := brackets[len(brackets)-1]
			brackets = brackets[:len(brackets)-1]
			if end := linkTail(s, i+1, b); end > 0 {
				if s[open] == '!' {
					hide(open, open+2)
				} else {
					hide(open, open+1)
				}
				hide(i, end)
				i = end
				continue
			}
		case c == '*' || c == '_' || c == '~':
			n := 1
			for i+n < b && s[i+n] == c {
				n++
			}
			if c == '~' && n != 2 {
				i += n
				continue
			}
			before, _ := utf8.DecodeLastRuneInString(s[a:i])
			after, _ := utf8.DecodeRuneInString(s[i+n : b])
			if i == a {
				before = ' '
			}
			if i+n == b {
				after = ' '
			}
			left := !unicode.IsSpace(after) && (!isPunctRune(after) || unicode.IsSpace(before) || isPunctRune(before))
			right := !unicode.IsSpace(before) && (!isPunctRune(before) || unicode.IsSpace(after) || isPunctRune(after))
			d := delim{pos: i, n: n, c: c, canOpen: left, canClose: right}
			if c == '_' {
				d.canOpen = left && (!right || isPunctRune(before))
				d.canClose = right && (!left || isPunctRune(after))
			}
			matched := false
			if d.canClose {
				for k := len(stack) - 1; k >= 0; k-- {
					o := stack[k]
					if o.c == c && o.canOpen {
						m := min(o.n, d.n)
						hide(o.pos+o.n-m, o.pos+o.n)
						hide(d.pos, d.pos+m)
						stack = stack[:k]
						matched = true
						break
					}
				}
			}
			if !matched && d.canOpen {
				stack = append(stack, d)
			}
			i += n
			continue
		}
		i++
	}
}

// linkTail returns the end of a link target "(url "title")" or reference
// "[ref]" starting at s[i], or 0 when there is none.
func linkTail(s string, i, b int) int {
	if i >= b {
		return 0
	}
	switch s[i] {
	case '(':
		depth := 0
		for j := i; j < b; j++ {
			switch s[j] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return j + 1
				}
			case ' ':
				// A target may be followed by a quoted title, not by prose.
				rest := s[j+1 : b]
				if !strings.HasPrefix(rest, "\"") && !strings.HasPrefix(rest, "'") {
					return 0
				}
			}
		}
	case '[':
		if j := strings.IndexByte(s[i:b], ']'); j >= 0 && !strings.Contains(s[i+1:i+j], "[") {
			return i + j + 1
		}
	}
	return 0
}

func isAutolink(s string) bool {
	if strings.ContainsAny(s, " <>") {
		return false
	}
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "mailto:") ||
		strings.Count(s, "@") == 1 && strings.Contains(s[strings.IndexByte(s, '@'):], ".")
}

func isHTMLTag(s string) bool {
	t := strings.TrimPrefix(s, "/")
	if t == "" || !(t[0] >= 'a' && t[0] <= 'z' || t[0] >= 'A' && t[0] <= 'Z') || strings.Contains(s, "\n") {
		return strings.HasPrefix(s, "!--") && strings.HasSuffix(s, "--")
	}
	name := t
	if k := strings.IndexAny(t, " /\t"); k >= 0 {
		name = t[:k]
	}
	switch strings.ToLower(name) {
	case "a", "b", "i", "u", "em", "strong", "br", "span", "div", "p", "sup", "sub", "small", "img", "hr", "abbr", "cite", "q", "mark", "s", "del", "ins", "code":
		return true
	}
	return false
}

func isPunctRune(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
