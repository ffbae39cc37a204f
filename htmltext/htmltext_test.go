package htmltext

import (
	"math"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

// page is a small news page of our own writing, with navigation, a
// comment box and metadata around the article.
const page = `<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Ministers meet on river dispute | The Valley Courier</title>
<link rel="canonical" href="https://courier.example/2024/03/river-talks">
<meta property="og:title" content="Ministers meet on river dispute">
<meta property="article:published_time" content="2024-03-07T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Bakery wins prize</a></li><li><a href="/b">Storm closes schools</a></li></ul></div>
<article>
<h1>Ministers meet on river dispute</h1>
<p class="byline">By Ana Ruiz</p>
<p>The foreign ministers of Arland and Belmark met in Tessa on Tuesday to discuss the shared river, the first such talks in four years.</p>
<p>Officials said both sides agreed to set up a joint commission on water levels, which will report by the end of June.</p>
<p>"We have taken a first step," the Arland minister told reporters after the meeting, adding that farmers on both banks had waited too long.</p>
<p>Belmark's delegation declined to comment on the dam project that started the dispute last spring.</p>
</article>
<div class="comments"><h3>Comments</h3><p>Log in to comment.</p></div>
<footer><p>Copyright The Valley Courier. All rights reserved.</p></footer>
</body></html>`

func TestExtract(t *testing.T) {
	p, err := Extract(strings.NewReader(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Ministers meet on river dispute" {
		t.Errorf("title %q", p.Title)
	}
	if p.URL != "https://courier.example/2024/03/river-talks" {
		t.Errorf("url %q", p.URL)
	}
	if p.Date.String() != "2024-03-07" {
		t.Errorf("date %q", p.Date)
	}
	for _, want := range []string{"The foreign ministers of Arland", "joint commission on water levels", "declined to comment on the dam"} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, p.Text)
		}
	}
	for _, bad := range []string{"Most read", "Log in to comment", "Copyright", "Storm closes"} {
		if strings.Contains(p.Text, bad) {
			t.Errorf("text keeps boilerplate %q:\n%s", bad, p.Text)
		}
	}
	if !strings.Contains(p.Text, "four years.\n\nOfficials said") {
		t.Errorf("paragraphs not separated by a blank line:\n%q", p.Text)
	}
}

func TestExtractBadInput(t *testing.T) {
	for name, in := range map[string]string{
		"empty":   "",
		"binary":  "\x00\x01\x02PNG\x00",
		"no body": "<html><head><title>x</title></head></html>",
	} {
		if _, err := Extract(strings.NewReader(in), ""); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		got, want string
		p, r      float64
	}{
		{"the cat sat", "The cat sat.", 1, 1},
		{"the cat sat on the mat", "the cat sat", 0.5, 1},
		{"the cat", "the cat sat on the mat", 1, 2.0 / 6},
		{"", "words here", 0, 0},
	}
	for _, tc := range tests {
		s := Compare(tc.got, tc.want)
		if math.Abs(s.Precision-tc.p) > 1e-9 || math.Abs(s.Recall-tc.r) > 1e-9 {
			t.Errorf("Compare(%q, %q) = %+v, want P=%v R=%v", tc.got, tc.want, s, tc.p, tc.r)
		}
	}
}

func TestEvalBenchmark(t *testing.T) {
	dir := shared.Require(t, "data/corpus/html")
	if testing.Short() {
		t.Skip("skipping the 50-page extraction benchmark in -short mode")
	}
	res, err := EvalDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 50 {
		t.Errorf("%d pages, want 50", len(res.Pages))
	}
	t.Logf("mean P=%.3f R=%.3f F1=%.3f", res.Mean.Precision, res.Mean.Recall, res.Mean.F1)
	if res.Mean.F1 < 0.95 {
		t.Errorf("mean F1 %.3f below the floor 0.95", res.Mean.F1)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(page)
	f.Add("<p>one</p><p>two")
	f.Add("<html><body><table><tr><td>cell</td></tr></table></body></html>")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Extract(strings.NewReader(s), "https://example.org/x")
		if err == nil && strings.TrimSpace(p.Text) == "" {
			t.Fatal("no error but empty text")
		}
	})
}

func TestFragmentText(t *testing.T) {
	got, err := FragmentText(`<p>The council <b>voted</b> on Monday.</p><p>Turnout was low &amp; the vote close.</p>`)
	if err != nil {
		t.Fatal(err)
	}
	want := "The council voted on Monday.\n\nTurnout was low & the vote close."
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTrimBoilerplate(t *testing.T) {
	in := strings.Join([]string{
		"Home", "World", "Sign In", "https://courier.example/x", "Ministers meet on river dispute", "By Ana Ruiz Published 9:30 am",
		"The ministers met in Tessa on Tuesday to discuss the shared river.",
		"A caption under the photo of the two ministers shaking hands.",
		"Officials agreed to set up a joint commission.",
		"A caption under the photo of the two ministers shaking hands.",
		"Share", "Most read",
	}, "\n\n")
	got := trimBoilerplate(in, []string{"Ministers meet on river dispute"}, "https://courier.example/x")
	want := "The ministers met in Tessa on Tuesday to discuss the shared river.\n\nA caption under the photo of the two ministers shaking hands.\n\nOfficials agreed to set up a joint commission."
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// A text that is all short lines is kept rather than emptied.
	if got := trimBoilerplate("Yes\n\nNo", nil); got != "Yes\n\nNo" {
		t.Errorf("short text: %q", got)
	}
}
