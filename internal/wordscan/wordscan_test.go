package wordscan

import (
	"strings"
	"testing"
)

func TestScan(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"The army didn't fire.", "The|army|did|n't|fire|."},
		{"Monday's vote cost $1,200.50 (2bn).", "Monday|'s|vote|cost|$|1,200.50|(|2|bn|)|."},
		{"mid-March, “they’re here”", "mid-March|,|“|they|’re|here|”"},
		{"2019-03-03", "2019|-|03|-|03"},
		{"rock 'n' roll", "rock|'|n|'|roll"},
		{"bad\xffbyte", "bad|\xff|byte"},
		// Character references for marks and spaces read as the character.
		{"&quot;No,&quot; AT&amp;T&nbsp;said&#8212;twice", "\"|No|,|\"|AT|&|T|said|—|twice"},
		{"R&D &amp caf&eacute;", "R|&|D|&|amp|caf|&|eacute|;"},
		{"", ""},
	}
	for _, tt := range tests {
		var parts []string
		for _, tok := range Scan(tt.in) {
			if tt.in[tok.Start:tok.End] != tok.Text && !strings.HasPrefix(tt.in[tok.Start:], "&") {
				t.Errorf("%q: token %q has span %d:%d", tt.in, tok.Text, tok.Start, tok.End)
			}
			parts = append(parts, tok.Text)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("Scan(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLower(t *testing.T) {
	toks := Scan("They’re")
	if len(toks) != 2 || toks[1].Lower != "'re" || toks[0].Lower != "they" {
		t.Fatalf("got %+v", toks)
	}
	if !toks[0].Capitalized() || toks[1].Capitalized() {
		t.Errorf("Capitalized wrong: %+v", toks)
	}
}

func BenchmarkScan(b *testing.B) {
	s := strings.Repeat("The ministry said on Tuesday that rebels hadn’t shelled the town, killing 12 people. ", 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Scan(s)
	}
}

func TestCharacterReferenceSpans(t *testing.T) {
	s := "He said &quot;no&#8221;."
	want := []Tok{{8, 14, "\"", "\"", Punct}, {14, 16, "no", "no", Word}, {16, 23, "”", "”", Punct}, {23, 24, ".", ".", Punct}}
	got := Scan(s)[2:]
	if len(got) != len(want) {
		t.Fatalf("Scan(%q) = %+v", s, got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestScanHostileInput feeds Scan empty, invalid UTF-8, binary, huge and
// malformed text around character references: spans stay in order inside
// the input and the tokens are the expected ones.
func TestScanHostileInput(t *testing.T) {
	huge := strings.Repeat("&quot;x", 1<<15)
	tests := []struct {
		name, in string
		n        int    // tokens
		want     string // the first tokens, joined by "|"
	}{
		{"empty", "", 0, ""},
		{"invalid UTF-8 beside references", "\xff&quot;\xfe&nbsp;\xfd", 4, "\xff|\"|\xfe|\xfd"},
		{"binary", "\x00&\x00quot;\x01", 6, "\x00|&|\x00|quot|;"},
		{"malformed references", "&#x;&quot&#-1;", 11, "&|#|x|;|&|quot|&|#|-"},
		{"unterminated at the end", "say &#82", 4, "say|&|#|82"},
		{"huge run of references", huge, 2 << 15, "\"|x|\"|x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Scan(tc.in)
			if len(toks) != tc.n {
				t.Fatalf("Scan gave %d tokens, want %d", len(toks), tc.n)
			}
			var parts []string
			prev := 0
			for i, tok := range toks {
				if tok.Start < prev || tok.End > len(tc.in) || tok.Start >= tok.End {
					t.Fatalf("token %d %q has span %d:%d after %d", i, tok.Text, tok.Start, tok.End, prev)
				}
				prev = tok.End
				if i < strings.Count(tc.want, "|")+1 {
					parts = append(parts, tok.Text)
				}
			}
			if got := strings.Join(parts, "|"); got != tc.want {
				t.Errorf("Scan = %q, want %q", got, tc.want)
			}
		})
	}
}
