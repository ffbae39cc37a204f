package charref

import "testing"

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
