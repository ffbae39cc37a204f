package text

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func words(s string) string {
	var parts []string
	for _, t := range Tokenize(s, nil) {
		parts = append(parts, s[t.Start:t.End])
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"It's over, isn't it?", "It 's over , is n't it ?"},
		{"Syria’s army can’t hold Idlib.", "Syria ’s army ca n’t hold Idlib ."},
		{"We cannot and won't go; they're gonna stay.", "We can not and wo n't go ; they 're gon na stay ."},
		{"The U.S. envoy, Gen. Ruiz, arrived at 10:30 a.m. on Jan. 5.", "The U.S. envoy , Gen. Ruiz , arrived at 10:30 a.m. on Jan. 5 ."},
		{"Aid of $1,200.50 (about €1,100) rose 3.5% in 2019.", "Aid of $ 1,200.50 ( about € 1,100 ) rose 3.5 % in 2019 ."},
		{"A long-term, anti-war, e-mail campaign", "A long - term , anti-war , e-mail campaign"},
		{"See https://example.org/a?b=1, or mail press@example.org.", "See https://example.org/a?b=1 , or mail press@example.org ."},
		{"\"We will fight,\" he said. “Never!”", "\" We will fight , \" he said . “ Never ! ”"},
		{"The 1990s and the '80s; Tuesday's vote", "The 1990s and the '80s ; Tuesday 's vote"},
		{"and/or w/o 9/11 5pm 20km", "and / or w/o 9/11 5 pm 20 km"},
		{"wait...what -- no—never", "wait ... what -- no — never"},
		{"the Jones' house", "the Jones ' house"},
		{"I'm sure you'll see I'd", "I 'm sure you 'll see I 'd"},
		{"dont you think im right", "do nt you think i m right"},
		{"The U.S.-backed, Saudi-led force; F-16s? No: an F-16 and COVID-19.", "The U.S. - backed , Saudi - led force ; F-16s ? No : an F-16 and COVID-19 ."},
		{"won 5-3 in 2019-20; call 713-853-3989 or see ISO 639-3", "won 5 - 3 in 2019 - 20 ; call 713-853-3989 or see ISO 639-3"},
		{"US$5.2bn for @UN and a p-value", "US$ 5.2 bn for @UN and a p - value"},
		{"ESBL-E. coli spread. Ex-U.S. envoy", "ESBL - E. coli spread . Ex-U.S. envoy"},
	}
	for _, tc := range tests {
		if got := words(tc.in); got != tc.want {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenSpacesAndSpans(t *testing.T) {
	s := "Talks (in Doha) ended."
	toks := Tokenize(s, nil)
	want := []Tok{{0, 5, true}, {6, 7, false}, {7, 9, true}, {10, 14, false}, {14, 15, true}, {16, 21, false}, {21, 22, false}}
	if len(toks) != len(want) {
		t.Fatalf("got %v", toks)
	}
	for i := range want {
		if toks[i] != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, toks[i], want[i])
		}
	}
}

func sentences(s string) []string {
	d := doc.New("t", s)
	Segment(d)
	var out []string
	for _, st := range d.Sentences {
		out = append(out, st.Text)
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Gen. Ruiz met Sen. Lee in the U.S. capital on Jan. 5. They spoke for an hour.",
			[]string{"Gen. Ruiz met Sen. Lee in the U.S. capital on Jan. 5.", "They spoke for an hour."}},
		{"The deal is worth $2.5 billion. It was signed in Washington, D.C. on Monday.",
			[]string{"The deal is worth $2.5 billion.", "It was signed in Washington, D.C. on Monday."}},
		{"Officials met in the U.S. The talks failed.",
			[]string{"Officials met in the U.S.", "The talks failed."}},
		{"He said: \"We will not withdraw.\" The army then advanced.",
			[]string{"He said: \"We will not withdraw.\"", "The army then advanced."}},
		{"“Why now?” she asked. Nobody answered.",
			[]string{"“Why now?” she asked.", "Nobody answered."}},
		{"The convoy waited...Then it moved. Talks resumed... and stalled.",
			[]string{"The convoy waited...", "Then it moved.", "Talks resumed... and stalled."}},
		{"Resolution No. 2231 passed. J. R. Smith voted yes.",
			[]string{"Resolution No. 2231 passed.", "J. R. Smith voted yes."}},
		{"The ministers agreed that the\nceasefire would hold.\n\nand it did for a week.",
			[]string{"The ministers agreed that the\nceasefire would hold.", "and it did for a week."}},
		{"The ministers of both countries agreed to\n\nextend the truce.",
			[]string{"The ministers of both countries agreed to\n\nextend the truce."}},
		{"Demands:\n\n- a ceasefire\n- prisoner swaps\n- aid access",
			[]string{"Demands:", "- a ceasefire", "- prisoner swaps", "- aid access"}},
		{"Truce holds in Idlib\n\nBEIRUT (Reuters) - Shelling stopped on Tuesday. Aid entered.",
			[]string{"Truce holds in Idlib", "BEIRUT (Reuters) -", "Shelling stopped on Tuesday.", "Aid entered."}},
		// Lower case after "?" or "!": an attribution goes on with the
		// sentence, anything else starts a new one.
		{"'Why now?' asked the minister. Nobody answered.",
			[]string{"'Why now?' asked the minister.", "Nobody answered."}},
		{"Why now? asked the minister. Nobody answered.",
			[]string{"Why now? asked the minister.", "Nobody answered."}},
		{"Who is to blame? the paper asked in its editorial. Nobody knew.",
			[]string{"Who is to blame? the paper asked in its editorial.", "Nobody knew."}},
		{"“Enough!” shouted a protester, and the crowd cheered.",
			[]string{"“Enough!” shouted a protester, and the crowd cheered."}},
		{"Will the truce hold? we asked ourselves. It did.",
			[]string{"Will the truce hold? we asked ourselves.", "It did."}},
		{"(Really?) the envoy met nobody.",
			[]string{"(Really?) the envoy met nobody."}},
		{"Is the truce over? it is not, officials say.",
			[]string{"Is the truce over?", "it is not, officials say."}},
		{"any news on the talks? they will resume today? i think so",
			[]string{"any news on the talks?", "they will resume today?", "i think so"}},
		{"Who is to blame? the government, critics say.",
			[]string{"Who is to blame?", "the government, critics say."}},
		{"“Why now?” Ruiz asked. “Enough!” Mr. Lee shouted, and left. \"Who?\" I asked.",
			[]string{"“Why now?” Ruiz asked.", "“Enough!” Mr. Lee shouted, and left.", "\"Who?\" I asked."}},
		{"“Is it over?” Ruiz asked the envoy. “Not yet!” Ruiz said nothing more.",
			[]string{"“Is it over?”", "Ruiz asked the envoy.", "“Not yet!”", "Ruiz said nothing more."}},
		{"“Why?” He said, ‘Wait.’ ‘Why?’ I said, ‘No.’ We want peace!“ she posted.",
			[]string{"“Why?”", "He said, ‘Wait.’", "‘Why?’", "I said, ‘No.’", "We want peace!“ she posted."}},
		// Character references are read as the characters they stand for.
		{"He said &quot;We will not withdraw.&quot; The army then advanced.",
			[]string{"He said &quot;We will not withdraw.&quot;", "The army then advanced."}},
		{"&#8220;Why now?&#8221; he asked.&nbsp;Nobody answered.",
			[]string{"&#8220;Why now?&#8221; he asked.", "Nobody answered."}},
		{"BEIRUT &mdash; Shelling stopped on Tuesday. Aid entered.",
			[]string{"BEIRUT &mdash;", "Shelling stopped on Tuesday.", "Aid entered."}},
	}
	for _, tc := range tests {
		got := sentences(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Segment(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestMarkdownForms(t *testing.T) {
	s := "# Talks *resume*\n\nThe **U.N.** envoy [met](https://example.org) rebels in Aden and paid \\$5 million.\n"
	d := doc.New("md", s)
	d.Layout = MarkdownLayout(s)
	Segment(d)
	if len(d.Sentences) != 2 {
		t.Fatalf("sentences %q", sentences(s))
	}
	if d.Layout.Blocks[0].Kind != doc.BlockTitle {
		t.Errorf("first block %s, want title", d.Layout.Blocks[0].Kind)
	}
	var forms []string
	for _, tk := range d.Sentences[1].Tokens {
		if tk.Text != s[tk.Start:tk.End] {
			t.Fatalf("token text %q != span %q", tk.Text, s[tk.Start:tk.End])
		}
		forms = append(forms, tk.Word())
	}
	want := "The U.N. envoy met rebels in Aden and paid $ 5 million ."
	if got := strings.Join(forms, " "); got != want {
		t.Errorf("words %q, want %q", got, want)
	}
	// The escape backslash is markup: the token covers only the "$".
	if tk := d.Sentences[1].Tokens[9]; tk.Text != "$" || s[tk.Start-1] != '\\' {
		t.Errorf("escaped dollar token %+v", tk)
	}
	if got := d.Sentences[0].Text; got != "Talks *resume" {
		t.Errorf("title sentence %q", got)
	}
}

func TestLongSentencesAreCut(t *testing.T) {
	s := strings.Repeat("word ", 600) + "end. Next one."
	d := doc.New("long", s)
	Segment(d)
	var sizes []int
	for _, st := range d.Sentences {
		sizes = append(sizes, len(st.Tokens))
	}
	want := []int{250, 250, 102, 3}
	if len(sizes) != len(want) {
		t.Fatalf("sentence sizes %v, want %v", sizes, want)
	}
	for i := range want {
		if sizes[i] != want[i] {
			t.Errorf("sentence sizes %v, want %v", sizes, want)
			break
		}
	}
}

// forms returns the tokens of d as "text=form" when the form differs from
// the input bytes, else as the text, checking that each token's text is
// the input at its span.
func forms(t *testing.T, d *doc.Document) string {
	t.Helper()
	var out []string
	for _, st := range d.Sentences {
		for _, tk := range st.Tokens {
			if tk.Text != d.Text[tk.Start:tk.End] {
				t.Fatalf("token text %q != input %q at [%d,%d)", tk.Text, d.Text[tk.Start:tk.End], tk.Start, tk.End)
			}
			if tk.Form != "" {
				out = append(out, tk.Text+"="+tk.Form)
			} else {
				out = append(out, tk.Text)
			}
		}
	}
	return strings.Join(out, " ")
}

func TestCharacterReferences(t *testing.T) {
	tests := []struct {
		name, in string
		markdown bool
		want     string
	}{
		{"ampersand in a name", "AT&amp;T and P&amp;G rose.", false,
			"AT&amp;T=AT&T and P&amp;G=P&G rose ."},
		{"quotes and apostrophe", "&quot;It&#8217;s over,&quot; he said.", false,
			"&quot;=\" It &#8217;s=’s over , &quot;=\" he said ."},
		{"hexadecimal and dashes", "Talks&#x2014;again&mdash;failed &ndash; twice.", false,
			"Talks &#x2014;=— again &mdash;=— failed &ndash;=– twice ."},
		{"no-break space separates", "Aid&nbsp;arrived.", false, "Aid arrived ."},
		{"soft hyphen is invisible", "Wash&shy;ington agreed.", false, "Wash&shy;ington=Washington agreed ."},
		{"not references", "AT&T, R&D and &amp without &bogus; stay.", false,
			"AT&T , R&D and & amp without & bogus ; stay ."},
		{"markdown", "The **AT&amp;T** deal &lt;closed&gt;.", true,
			"The AT&amp;T=AT&T deal &lt;=< closed &gt;=> ."},
		{"markdown escape keeps the reference", "Write \\&amp; for &amp;.", true,
			"Write & amp ; for &amp;=& ."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc.New("refs", tc.in)
			if tc.markdown {
				d.Layout = MarkdownLayout(tc.in)
			}
			Segment(d)
			if got := forms(t, d); got != tc.want {
				t.Errorf("tokens of %q\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}
