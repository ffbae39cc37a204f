package charref

import (
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		in   string
		text string
		n    int
	}{
		{"&amp;T", "&", 5},
		{"&quot;no", "\"", 6},
		{"&#8217;s", "’", 7},
		{"&#x2014;", "—", 8},
		{"&#X2014;", "—", 8},
		{"&nbsp;x", "\u00a0", 6},
		{"&mdash;", "—", 7},
		{"&semi;", ";", 6},
		{"&#150;", "–", 6}, // Windows-1252 en dash
		{"&#0;", "\ufffd", 4},
		{"&shy;", "", 5},
		{"&#173;", "", 6},
		{"&amp", "", 0},
		{"&T", "", 0},
		{"& amp;", "", 0},
		{"&bogus;", "", 0},
		{"&notit;", "", 0},
		{"&#;", "", 0},
		{"&#x;", "", 0},
		{"&#123456789;", "", 0},
		{"&fjlig;", "", 0}, // two characters
		{"AT&amp;", "", 0},
	}
	for _, tc := range tests {
		text, n := Decode(tc.in)
		if text != tc.text || n != tc.n {
			t.Errorf("Decode(%q) = %q, %d; want %q, %d", tc.in, text, n, tc.text, tc.n)
		}
	}
}

func TestUnescape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"AT&amp;T said &quot;no&quot;", "AT&T said \"no\""},
		{"It&#8217;s R&D &amp more", "It’s R&D &amp more"},
		{"no references", "no references"},
		{"&lt;&gt;&amp;", "<>&"},
	}
	for _, tc := range tests {
		if got := Unescape(tc.in); got != tc.want {
			t.Errorf("Unescape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if i := Index("R&D &amp; more"); i != 4 {
		t.Errorf("Index = %d, want 4", i)
	}
}

// TestHostileInput feeds the decoder empty, invalid UTF-8, binary, huge
// and malformed text: references decode where they are well formed and
// everything else stays byte for byte as written.
func TestHostileInput(t *testing.T) {
	long := "&" + strings.Repeat("a", 1<<20) + ";"
	tests := []struct {
		name, in, want string
		index          int
	}{
		{"empty", "", "", -1},
		{"lone ampersand", "&", "&", -1},
		{"invalid UTF-8 around a reference", "\xff&amp;\xfe", "\xff&\xfe", 1},
		{"invalid UTF-8 inside a reference", "&am\xffp;&#x\xfe;", "&am\xffp;&#x\xfe;", -1},
		{"binary", "\x00&\x00amp;\x01&#\x00;", "\x00&\x00amp;\x01&#\x00;", -1},
		{"unterminated", "&#x2014&#8217&quot", "&#x2014&#8217&quot", -1},
		{"malformed", "&;&&;&#-1;&#xZZ;&#x;&1;", "&;&&;&#-1;&#xZZ;&#x;&1;", -1},
		{"out of range number", "&#99999999;", "\ufffd", 0},
		{"huge name", long, long, -1},
		{"huge run of references", strings.Repeat("&amp;", 1<<16), strings.Repeat("&", 1<<16), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Unescape(tc.in); got != tc.want {
				t.Errorf("Unescape = %.40q, want %.40q", got, tc.want)
			}
			if got := Index(tc.in); got != tc.index {
				t.Errorf("Index = %d, want %d", got, tc.index)
			}
		})
	}
}
