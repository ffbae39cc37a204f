package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words splits plain text into sentences of words roughly as treebanks
// do: punctuation at the edges of a word and the possessive "'s" become
// words of their own, and a sentence ends after ".", "!" or "?". It is
// for unlabelled training text (word clusters, self-training), not a
// replacement for the pipeline's segmenter.
func Words(text string) [][]string {
	var out [][]string
	var cur []string
	end := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	for _, f := range strings.Fields(text) {
		var tail []string
		for len(f) > 0 {
			r, n := utf8.DecodeRuneInString(f)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			cur = append(cur, f[:n])
			f = f[n:]
		}
		for len(f) > 0 {
			r, n := utf8.DecodeLastRuneInString(f)
			if unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '.' && strings.Count(f, ".") > 1) {
				break
			}
			tail = append(tail, f[len(f)-n:])
			f = f[:len(f)-n]
		}
		if strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") {
			i := strings.LastIndexAny(f, "'’")
			tail = append(tail, f[i:])
			f = f[:i]
		}
		if f != "" {
			cur = append(cur, f)
		}
		stop := false
		for k := len(tail) - 1; k >= 0; k-- {
			cur = append(cur, tail[k])
			if t := tail[k]; t == "." || t == "!" || t == "?" {
				stop = true
			}
		}
		if stop {
			end()
		}
	}
	end()
	return out
}
