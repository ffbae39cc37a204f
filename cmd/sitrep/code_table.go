package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/amount"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/quote"
)

// writeTable prints a readable report of one coded document: its
// sentences, entities, events, quotes, dates, places, amounts and tone.
func writeTable(w io.Writer, d *doc.Document) {
	fmt.Fprintf(w, "== %s", d.ID)
	if !d.Date.IsZero() {
		fmt.Fprintf(w, "  %s", d.Date)
	}
	if d.Title != "" {
		fmt.Fprintf(w, "  %q", d.Title)
	}
	fmt.Fprintln(w)
	tokens := 0
	for i := range d.Sentences {
		tokens += len(d.Sentences[i].Tokens)
	}
	fmt.Fprintf(w, "sentences %d, tokens %d, entities %d, events %d, quotes %d, dates %d, places %d, amounts %d\n",
		len(d.Sentences), tokens, len(d.Entities), len(d.Events), len(d.Quotes), len(d.Dates), len(d.Places), len(d.Amounts))
	for _, warn := range d.Warnings {
		fmt.Fprintf(w, "warning: %s\n", warn)
	}
	if len(d.Entities) > 0 {
		fmt.Fprintln(w, "\nentities:")
		for _, e := range d.Entities {
			fmt.Fprintf(w, "  s%-3d %-28s %-5s %-10s %s\n", e.Sentence, clip(e.Text, 28), e.Type, dash(e.Code), e.Name)
		}
	}
	if len(d.Events) > 0 {
		fmt.Fprintln(w, "\nevents:")
		fmt.Fprintf(w, "  %-4s %-22s %-5s %-22s %-13s %-10s %s\n", "sent", "source", "code", "target", "modality", "date", "trigger / place")
		for _, e := range d.Events {
			target := "-"
			if e.Target != nil {
				target = actor(*e.Target)
			}
			where := e.Trigger
			if e.Place != nil {
				where += " @ " + e.Place.Name
			}
			fmt.Fprintf(w, "  s%-3d %-22s %-5s %-22s %-13s %-10s %s\n", e.Sentence, clip(actor(e.Source), 22), e.Code,
				clip(target, 22), e.Modality, dash(e.Date), where)
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintln(w, "\nquotes:")
		for _, q := range d.Quotes {
			fmt.Fprintf(w, "  %-8s %s: %q\n", q.Kind, quote.SpeakerLabel(q.Speaker), clip(q.Text, 90))
		}
	}
	if len(d.Dates) > 0 {
		fmt.Fprintln(w, "\ndates:")
		for _, t := range d.Dates {
			fmt.Fprintf(w, "  %-28s %s (%s)\n", clip(t.Text, 28), t.Value, t.Precision)
		}
	}
	if len(d.Places) > 0 {
		fmt.Fprintln(w, "\nplaces:")
		for _, p := range d.Places {
			fmt.Fprintf(w, "  %-24s %-24s %-3s %8.3f %8.3f %s\n", clip(p.Text, 24), clip(p.Name, 24), p.Country, p.Lat, p.Lon, p.Feature)
		}
	}
	if len(d.Amounts) > 0 {
		fmt.Fprintln(w, "\namounts:")
		for _, a := range d.Amounts {
			fmt.Fprintf(w, "  %-28s %s\n", clip(a.Text, 28), amount.DescribeAmount(a))
		}
	}
	if d.Tone.Score != 0 || d.Tone.Positive != 0 || d.Tone.Negative != 0 {
		fmt.Fprintf(w, "\ntone: %.2f (positive %.2f, negative %.2f)\n", d.Tone.Score, d.Tone.Positive, d.Tone.Negative)
	}
	fmt.Fprintln(w)
}

func actor(a doc.ActorRef) string {
	if a.Code == "" {
		return a.Text
	}
	return a.Code + " " + a.Text
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to n runes, marking the cut with "…", and puts it on one
// line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
