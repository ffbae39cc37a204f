package event

import (
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/cameo"
	"github.com/sitrep/sitrep/doc"
)

// Explain describes an event for a reader: the sentence, the rule, and
// the tree paths from the trigger to the source and the target.
func Explain(d *doc.Document, ev *doc.Event) string {
	if ev.Sentence < 0 || ev.Sentence >= len(d.Sentences) {
		return ""
	}
	s := &d.Sentences[ev.Sentence]
	var ents []int
	for k, e := range d.Entities {
		if e.Sentence == ev.Sentence {
			ents = append(ents, k)
		}
	}
	t := newTree(d, ev.Sentence, ents)
	var b strings.Builder
	tgt := "—"
	if ev.Target != nil {
		tgt = ev.Target.Code + " (" + ev.Target.Text + ")"
	}
	b.WriteString(ev.Code + " " + nameOf(ev.Code) + ": " + orDash(ev.Source.Code) + " (" + ev.Source.Text + ") → " + tgt + ", " + ev.Modality + "\n")
	b.WriteString("  sentence " + strconv.Itoa(ev.Sentence) + ": " + strings.TrimSpace(s.Text) + "\n")
	b.WriteString("  rule:    " + ev.Rule + "\n")
	for _, a := range []struct {
		label string
		k     int
	}{{"source", ev.Source.Entity}, {"target", targetEntity(ev)}} {
		if a.k < 0 || a.k >= len(d.Entities) || d.Entities[a.k].Sentence != ev.Sentence || ev.TriggerToken >= len(t.toks) {
			continue
		}
		if p := t.path(ev.TriggerToken, t.entityHead(a.k)); p != "" {
			b.WriteString("  " + a.label + ":  " + p + "\n")
		}
	}
	return b.String()
}

func targetEntity(ev *doc.Event) int {
	if ev.Target == nil {
		return -1
	}
	return ev.Target.Entity
}

func nameOf(code string) string {
	c, _ := cameo.Lookup(code)
	return c.Name
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
