// Package charref decodes HTML character references ("&amp;", "&quot;",
// "&#8217;", "&#x2014;", "&nbsp;") found in plain text and Markdown, so
// that the text layer and the word scanner read the character a reader sees
// while keeping offsets into the original bytes.
package charref

import (
	"html"
	"strings"
	"unicode/utf8"
)

// maxName is the length of the longest HTML5 entity name
// ("CounterClockwiseContourIntegral").
const maxName = 32

// Decode reads a character reference at the start of s, which must begin
// with '&'. It returns the text the reference stands for and the length of
// the reference in s, or n == 0 when s does not start with one. Only
// references closed by ';' count ("AT&T" and "&amp" stay as written), and
// only those that stand for one character; a soft hyphen ("&shy;",
// "&#173;") stands for nothing a reader sees and decodes to "".
func Decode(s string) (text string, n int) {
	if len(s) < 4 || s[0] != '&' {
		return "", 0
	}
	j := 1
	if s[1] == '#' {
		j = 2
		hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
		if hex {
			j++
		}
		k := j
		for j < len(s) && j-k < 8 && (isDigit(s[j]) || hex && isHex(s[j])) {
			j++
		}
		if j == k {
			return "", 0
		}
	} else {
		if !isLetter(s[1]) {
			return "", 0
		}
		for j < len(s) && j <= maxName && (isLetter(s[j]) || isDigit(s[j])) {
			j++
		}
	}
	if j >= len(s) || s[j] != ';' {
		return "", 0
	}
	ref := s[:j+1]
	dec := html.UnescapeString(ref)
	// A name that is not an entity decodes to itself, or only its prefix
	// does ("&notit;" → "¬it;"): neither is a reference.
	if dec == ref || strings.HasSuffix(dec, ";") && dec != ";" {
		return "", 0
	}
	if dec == "\u00ad" {
		return "", len(ref)
	}
	if utf8.RuneCountInString(dec) != 1 {
		return "", 0
	}
	return dec, len(ref)
}

// Index returns the offset of the first character reference in s, or -1.
func Index(s string) int {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '&')
		if k < 0 {
			return -1
		}
		i += k
		if _, n := Decode(s[i:]); n > 0 {
			return i
		}
		i++
	}
}

// Unescape returns s with its character references decoded.
func Unescape(s string) string {
	i := Index(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		dec, n := Decode(s[i:])
		b.WriteString(s[:i])
		b.WriteString(dec)
		s = s[i+n:]
		i = Index(s)
	}
	b.WriteString(s)
	return b.String()
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isHex(c byte) bool    { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
