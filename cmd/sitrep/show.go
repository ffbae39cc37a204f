package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/store"
)

func init() {
	register(command{
		name:    "show",
		summary: "a stored document with its events, quotes and places",
		run:     runShow,
	})
}

func runShow(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlag(fs)
	format := fs.String("format", "text", "output `format`: text or json (the full document, with its text)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep show [flags] DOC_ID")
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("%w: name one document id", errUsage)
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("%w: --format must be text or json", errUsage)
	}
	st, err := openReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	d, err := st.Document(ctx, pos[0])
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	evs, err := st.Events(ctx, store.EventFilter{DocID: d.ID, Limit: -1})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s\n", d.ID)
	if d.Title != "" {
		fmt.Fprintf(stdout, "title:  %s\n", d.Title)
	}
	fmt.Fprintf(stdout, "date:   %s\n", dash(d.Date.String()))
	if d.Source != "" {
		fmt.Fprintf(stdout, "source: %s\n", d.Source)
	}
	if d.URL != "" {
		fmt.Fprintf(stdout, "url:    %s\n", d.URL)
	}
	fmt.Fprintf(stdout, "tone:   %.2f    %d sentences, %d actors, %d events, %d quotes, %d places, %d amounts\n",
		d.Tone.Score, len(d.Sentences), len(d.Entities), len(d.Events), len(d.Quotes), len(d.Places), len(d.Amounts))
	for _, w := range d.Warnings {
		fmt.Fprintf(stdout, "warning: %s\n", w)
	}
	fmt.Fprintln(stdout)
	for _, para := range strings.Split(strings.TrimSpace(d.Text), "\n\n") {
		fmt.Fprintf(stdout, "  %s\n\n", strings.Join(strings.Fields(para), " "))
	}
	if len(evs) > 0 {
		fmt.Fprintln(stdout, "Events:")
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  SENT\tSOURCE\tCODE\tTARGET\tQUAD\tGOLD\tMODALITY\tDATE\tPLACE\tTRIGGER\tRULE\tCLUSTER")
		for _, e := range evs {
			fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Sentence, dash(e.Source.Code), e.Code, dash(targetCode(e.Event)),
				e.QuadClass, e.Goldstein, e.Modality, dash(e.Date), dash(placeName(e.Place)), clip(e.Trigger, 20), clip(e.Rule, 24), e.ClusterID)
		}
		tw.Flush()
		fmt.Fprintln(stdout)
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintln(stdout, "Quotes:")
		for _, q := range d.Quotes {
			who := "?"
			if q.Speaker != nil {
				who = q.Speaker.Name
				if who == "" {
					who = q.Speaker.Text
				}
				if q.Speaker.Code != "" {
					who += " (" + q.Speaker.Code + ")"
				}
			}
			fmt.Fprintf(stdout, "  %s [%s]: %s\n", who, q.Kind, clip(strings.Join(strings.Fields(q.Text), " "), 160))
		}
		fmt.Fprintln(stdout)
	}
	if len(d.Places) > 0 {
		fmt.Fprintln(stdout, "Places:")
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		for _, p := range d.Places {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%.4f, %.4f\tgeonames %d\n", p.Text, p.Name, p.Country, p.Lat, p.Lon, p.GeonameID)
		}
		tw.Flush()
	}
	return nil
}
