package conllu

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

const sample = `# newdoc id = d1
# sent_id = d1-1
# newpar
# text = The envoys didn't meet in Cairo.
1	The	the	DET	DT	_	2	det	_	_
2	envoys	envoy	NOUN	NNS	_	5	nsubj	_	_
3-4	didn't	_	_	_	_	_	_	_	_
3	did	do	AUX	VBD	_	5	aux	_	_
4	n't	not	PART	RB	_	5	advmod	_	_
5	meet	meet	VERB	VB	_	0	root	_	_
5.1	met	meet	VERB	VBD	_	_	_	5:conj	_
6	in	in	ADP	IN	_	7	case	_	_
7	Cairo	Cairo	PROPN	NNP	_	5	obl	_	SpaceAfter=No
8	.	.	PUNCT	.	_	5	punct	_	_

# sent_id = d1-2
# text = Talks resumed.
1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
2	resumed	resume	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
`

func TestReadSample(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	tests := []struct{ got, want any }{
		{s.ID(), "d1-1"},
		{s.Text(), "The envoys didn't meet in Cairo."},
		{s.NewDoc(), true},
		{s.NewPar(), true},
		{sents[1].NewDoc(), false},
		{len(s.Words), 8},
		{len(s.MultiWords), 1},
		{s.Words[3].Lemma, "not"},
		{s.Words[6].SpaceAfter(), false},
		{s.Words[5].SpaceAfter(), true},
		{s.SurfaceText(), "The envoys didn't meet in Cairo."},
		{len(s.Surfaces()), 7},
		{s.Words[4].Head, 0},
	}
	for i, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("case %d: got %v, want %v", i, tc.got, tc.want)
		}
	}
}

func TestWriteRoundTrip(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for _, s := range sents {
		if err := Write(&buf, s); err != nil {
			t.Fatal(err)
		}
	}
	// The empty node is dropped; everything else is kept byte for byte.
	want := strings.Replace(sample, "5.1\tmet\tmeet\tVERB\tVBD\t_\t_\t_\t5:conj\t_\n", "", 1) + "\n"
	if buf.String() != want {
		t.Errorf("round trip differs:\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestDocumentConversion(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	d := ToDocument("d1", sents)
	if d.Text != "The envoys didn't meet in Cairo. Talks resumed." {
		t.Fatalf("text %q", d.Text)
	}
	for _, s := range d.Sentences {
		if d.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence span %d-%d is %q, text %q", s.Start, s.End, d.Text[s.Start:s.End], s.Text)
		}
		for _, tk := range s.Tokens {
			if d.Text[tk.Start:tk.End] != tk.Text {
				t.Errorf("token span %d-%d is %q, text %q", tk.Start, tk.End, d.Text[tk.Start:tk.End], tk.Text)
			}
		}
	}
	toks := d.Sentences[0].Tokens
	if toks[2].Text != "did" || toks[3].Text != "n't" || toks[3].Lemma != "not" || toks[4].Head != 0 {
		t.Errorf("contraction tokens: %+v %+v", toks[2], toks[3])
	}
	back := FromDocument(d)
	if len(back) != 2 || len(back[0].Words) != 8 || back[0].Words[6].Misc != "SpaceAfter=No" || back[0].Words[1].Head != 5 {
		t.Fatalf("FromDocument: %+v", back[0])
	}
	if back[0].SurfaceText() != "The envoys didn't meet in Cairo." {
		t.Errorf("surface text %q", back[0].SurfaceText())
	}
}

func TestMultiwordSharedSpan(t *testing.T) {
	// A contraction whose words do not spell it shares its span.
	in := "# text = I'm here\n1-2\tI'm\t_\t_\t_\t_\t_\t_\t_\t_\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2\tam\tbe\tAUX\tVBP\t_\t3\tcop\t_\t_\n3\there\there\tADV\tRB\t_\t0\troot\t_\t_\n"
	sents, err := ReadAll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	d := ToDocument("x", sents)
	toks := d.Sentences[0].Tokens
	if toks[0].Text != "I'm" || toks[1].Text != "I'm" || toks[0].Form != "I" || toks[1].Word() != "am" {
		t.Fatalf("tokens %+v", toks)
	}
	back := FromDocument(d)
	if len(back[0].MultiWords) != 1 || back[0].MultiWords[0].Form != "I'm" {
		t.Fatalf("multiwords %+v", back[0].MultiWords)
	}
}

func TestMalformed(t *testing.T) {
	tests := []struct{ name, in string }{
		{"columns", "1\tThe\tthe\n"},
		{"id", "2\tThe\tthe\tDET\tDT\t_\t0\troot\t_\t_\n"},
		{"head", "1\tThe\tthe\tDET\tDT\t_\tx\troot\t_\t_\n"},
		{"head beyond", "1\tThe\tthe\tDET\tDT\t_\t5\troot\t_\t_\n"},
		{"range", "3-1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\tThe\tthe\tDET\tDT\t_\t0\troot\t_\t_\n"},
		{"utf8", "1\t\xff\tthe\tDET\tDT\t_\t0\troot\t_\t_\n"},
	}
	for _, tc := range tests {
		_, err := ReadAll(strings.NewReader(tc.in))
		if err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func TestSkipBadSentence(t *testing.T) {
	in := "1\tbad\n\n" + sample
	r := NewReader(strings.NewReader(in))
	_, err := r.Next()
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("want a line 1 error, got %v", err)
	}
	n := 0
	for {
		_, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 {
		t.Errorf("read %d sentences after the bad one, want 2", n)
	}
}

func TestReadEWT(t *testing.T) {
	p := shared.Require(t, "data/ud/en_ewt-ud-dev.conllu.gz")
	sents, err := ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	words, mismatched := 0, 0
	for _, s := range sents {
		words += len(s.Words)
		if s.SurfaceText() != s.Text() {
			mismatched++
		}
	}
	if len(sents) != 2001 || words != 25147 {
		t.Errorf("EWT dev: %d sentences, %d words; want 2001, 25147", len(sents), words)
	}
	if mismatched > 0 {
		t.Errorf("%d sentences whose tokens do not spell their text", mismatched)
	}
	d := ToDocument("dev", sents)
	for _, s := range d.Sentences {
		for _, tk := range s.Tokens {
			if d.Text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token span %q != %q", d.Text[tk.Start:tk.End], tk.Text)
			}
		}
	}
}

func FuzzReader(f *testing.F) {
	f.Add(sample)
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n")
	f.Add("# text = x\n\n\n1\tx\tx\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in))
		for range 1000 {
			s, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				continue
			}
			for _, w := range s.Words {
				if w.Head > len(s.Words) {
					t.Fatalf("head %d beyond %d words", w.Head, len(s.Words))
				}
			}
			d := ToDocument("f", []*Sentence{s})
			for _, ds := range d.Sentences {
				for _, tk := range ds.Tokens {
					if d.Text[tk.Start:tk.End] != tk.Text {
						t.Fatalf("token span %q != %q", d.Text[tk.Start:tk.End], tk.Text)
					}
				}
			}
			var buf bytes.Buffer
			if err := Write(&buf, s); err != nil {
				t.Fatal(err)
			}
			FromDocument(d)
		}
	})
}
