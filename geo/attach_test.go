package geo

import (
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// parsed sets heads and relations on the tokens of sentence si.
func parsed(t *testing.T, d *doc.Document, si int, heads []int, rels []string) {
	t.Helper()
	toks := d.Sentences[si].Tokens
	if len(toks) != len(heads) || len(heads) != len(rels) {
		t.Fatalf("sentence %d has %d tokens, got %d heads and %d relations", si, len(toks), len(heads), len(rels))
	}
	for i := range toks {
		toks[i].Head, toks[i].Rel = heads[i], rels[i]
	}
}

func eventAt(d *doc.Document, si, tok int) doc.Event {
	tk := d.Sentences[si].Tokens[tok]
	return doc.Event{Sentence: si, Start: tk.Start, End: tk.End, Trigger: tk.Text, TriggerToken: tok, Source: doc.ActorRef{Entity: -1}}
}

func TestAttachGoverned(t *testing.T) {
	p := testParser(t)
	d := doc.New("t", "Troops from Homs shelled villages in Hama.")
	d.Sentences = Tokenize(d.Text)
	parsed(t, d, 0, []int{4, 3, 1, 0, 4, 7, 4, 4}, []string{"nsubj", "case", "nmod", "root", "obj", "case", "obl", "punct"})
	p.Process(d)
	d.Events = []doc.Event{eventAt(d, 0, 3)}
	AttachEvents(d)
	if pl := d.Events[0].Place; pl == nil || pl.GeonameID != 170017 || pl.Country != "SYR" {
		t.Fatalf("place of shelled = %+v, want Hama, SYR (the place its clause governs, not the nearer Homs)", pl)
	}
}

func TestAttachAnaphor(t *testing.T) {
	p := testParser(t)
	text := "Gunmen stormed a hotel in Mogadishu on Friday. The attack on the eastern district of the city killed 12 people."
	for _, withParse := range []bool{false, true} {
		d := doc.New("t", text)
		d.Sentences = Tokenize(d.Text)
		if len(d.Sentences) != 2 {
			t.Fatalf("got %d sentences, want 2", len(d.Sentences))
		}
		if withParse {
			parsed(t, d, 1, []int{2, 10, 6, 6, 6, 2, 9, 9, 6, 0, 12, 10, 10},
				[]string{"det", "nsubj", "case", "det", "amod", "nmod", "case", "det", "nmod", "root", "nummod", "obj", "punct"})
		}
		p.Process(d)
		d.Events = []doc.Event{eventAt(d, 1, 1)}
		AttachEvents(d)
		if pl := d.Events[0].Place; pl == nil || pl.Name != "Mogadishu" || pl.Country != "SOM" {
			t.Errorf("parse %v: place of attack = %+v, want Mogadishu, SOM", withParse, pl)
		}
	}
}

func TestAttachNearestAndNone(t *testing.T) {
	p := testParser(t)
	d := doc.New("t", "Iran condemned the decision. Protesters marched through Karachi and Lahore on Sunday.")
	d.Sentences = Tokenize(d.Text)
	p.Process(d)
	d.Events = []doc.Event{eventAt(d, 0, 1), eventAt(d, 1, 1)}
	AttachEvents(d)
	if pl := d.Events[0].Place; pl != nil {
		t.Errorf("place of condemned = %+v, want none (no guessed capital)", pl)
	}
	if pl := d.Events[1].Place; pl == nil || pl.Name != "Karachi" || pl.Country != "PAK" {
		t.Errorf("place of marched = %+v, want Karachi, PAK (the nearest place)", pl)
	}
}
