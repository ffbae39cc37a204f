package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

var fuzzSeeds = []string{
	ownText,
	"It's Syria’s call; they can't, won't -- and U.S. Gen. Ruiz (ret.) said \"no.\"",
	"# Title *x*\n\n> quote **bold** [link](http://a.b/c) \\$5\n\n- item\n1. item\n\n```\ncode\n```\n",
	"KYIV, March 3 (Reuters) - Shelling.\n\nand then...Nothing!? \"Why?\" he asked.",
	"\xff\xfe\x00 broken", "", "...", "'s", "n't", "a\u00a0b\u200bc", "e-mail@x.org, http://x.y/z).",
	"AT&amp;T said &quot;no&quot;.&nbsp;It&#8217;s &#x2014; Wash&shy;ington \\&amp; &notit; &#0;&#x110000;&#150;",
	"Why now? asked the minister. “Stop!” he said; is it? it is",
	"*a*\\&amp;T and AT\\&amp;T **&amp;** [&quot;x&quot;](http://a.b?c&amp;d) &amp;&amp;&#59;",
}

// FuzzTokenize checks that tokens are in order, do not overlap, hold no
// white space, and together cover every other byte of the input.
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s, nil)
		pos := 0
		for i, tk := range toks {
			if tk.Start < pos || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %d [%d,%d) out of order or empty (prev end %d, len %d)", i, tk.Start, tk.End, pos, len(s))
			}
			gap := s[pos:tk.Start]
			if strings.TrimFunc(gap, isSpaceRune) != "" {
				t.Fatalf("bytes %q before token %d not covered", gap, i)
			}
			w := s[tk.Start:tk.End]
			if strings.IndexFunc(w, isSpaceRune) >= 0 {
				t.Fatalf("token %d %q holds white space", i, w)
			}
			if utf8.ValidString(s) && (!utf8.RuneStart(s[tk.Start]) || tk.End < len(s) && !utf8.RuneStart(s[tk.End])) {
				t.Fatalf("token %d [%d,%d) splits a character", i, tk.Start, tk.End)
			}
			pos = tk.End
		}
		if rest := s[pos:]; strings.TrimFunc(rest, isSpaceRune) != "" {
			t.Fatalf("trailing bytes %q not covered", rest)
		}
	})
}

// checkDoc checks the sentences and tokens of a segmented document.
func checkDoc(t *testing.T, d *doc.Document) {
	t.Helper()
	prev := 0
	for i, s := range d.Sentences {
		if s.Start < prev || s.End > len(d.Text) || s.Start >= s.End || d.Text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d [%d,%d) bad (prev end %d)", i, s.Start, s.End, prev)
		}
		if len(s.Tokens) == 0 || len(s.Tokens) > MaxSentenceTokens {
			t.Fatalf("sentence %d has %d tokens", i, len(s.Tokens))
		}
		tp := s.Start
		for j, tk := range s.Tokens {
			if tk.Start < tp || tk.End > s.End || tk.Start >= tk.End || d.Text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("sentence %d token %d [%d,%d) bad", i, j, tk.Start, tk.End)
			}
			if !utf8.RuneStart(d.Text[tk.Start]) || tk.End < len(d.Text) && !utf8.RuneStart(d.Text[tk.End]) {
				t.Fatalf("sentence %d token %d splits a character", i, j)
			}
			if tk.Word() == "" || strings.IndexFunc(tk.Word(), unicode.IsSpace) >= 0 {
				t.Fatalf("sentence %d token %d word %q", i, j, tk.Word())
			}
			// The word is what a reader sees of the token's span.
			if w := Visible(d.Text, d.Layout.Hidden, doc.Span{Start: tk.Start, End: tk.End}); w != tk.Word() {
				t.Fatalf("sentence %d token %d word %q, but its span [%d,%d) shows %q", i, j, tk.Word(), tk.Start, tk.End, w)
			}
			tp = tk.End
		}
		prev = s.End
	}
}

// FuzzSegment checks the text stage over plain text.
func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		d := doc.New("f", s)
		Segment(d)
		checkDoc(t, d)
	})
}

// FuzzMarkdown checks the Markdown reader's layout (blocks and hidden
// ranges in order and within the text) and the sentences built on it.
func FuzzMarkdown(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		lay := MarkdownLayout(s)
		prev := 0
		for i, h := range lay.Hidden {
			if h.Start < prev || h.End > len(s) || h.Start >= h.End {
				t.Fatalf("hidden %d [%d,%d) bad (prev end %d)", i, h.Start, h.End, prev)
			}
			prev = h.End
		}
		prev = 0
		for i, b := range lay.Blocks {
			if b.Start < prev || b.End > len(s) || b.Start >= b.End {
				t.Fatalf("block %d [%d,%d) %s bad (prev end %d)", i, b.Start, b.End, b.Kind, prev)
			}
			prev = b.End
		}
		d := doc.New("f", s)
		d.Layout = lay
		Segment(d)
		checkDoc(t, d)
	})
}
