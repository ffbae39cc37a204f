package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/store"
)

func init() {
	register(command{
		name:    "dyad",
		summary: "events between two actors per day, week or month, with a sparkline",
		run:     runDyad,
	})
}

func runDyad(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("dyad", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := addDBFlag(fs)
	by := fs.String("by", "month", "period: day, week or month")
	from := fs.String("from", "", "first event date `YYYY-MM-DD`")
	to := fs.String("to", "", "last event date `YYYY-MM-DD`")
	root := fs.String("root", "", "keep one CAMEO root `code`")
	modality := fs.String("modality", "", "keep one modality (asserted, negated, …)")
	both := fs.Bool("both", false, "count both directions (A to B and B to A)")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep dyad [flags] A B")
		fmt.Fprintln(stderr, "\nCounts the events from actor A to actor B (code prefixes: USA, RUSGOV) per")
		fmt.Fprintln(stderr, "period, by QuadClass, with the sum and mean of their Goldstein scores.")
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		fs.Usage()
		return fmt.Errorf("%w: name two actors, such as: sitrep dyad USA RUS", errUsage)
	}
	q := store.SeriesQuery{A: strings.ToUpper(pos[0]), B: strings.ToUpper(pos[1]), By: *by, Both: *both, Root: *root, Modality: *modality}
	switch q.By {
	case store.ByDay, store.ByWeek, store.ByMonth:
	default:
		return fmt.Errorf("%w: --by must be day, week or month", errUsage)
	}
	if err := checkFormat(*format, "table", "jsonl", "csv"); err != nil {
		return err
	}
	if q.From, q.To, err = parseDayRange(*from, *to); err != nil {
		return err
	}
	st, err := openReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	pts, err := st.Series(context.Background(), q)
	if err != nil {
		return err
	}
	switch *format {
	case "jsonl":
		return writeJSONL(stdout, pts)
	case "csv":
		return writeCSV(stdout, []string{"period", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean"}, pts,
			func(p *store.SeriesPoint) []string {
				return []string{p.Period.String(), strconv.Itoa(p.Count), strconv.Itoa(p.Quad[0]), strconv.Itoa(p.Quad[1]), strconv.Itoa(p.Quad[2]), strconv.Itoa(p.Quad[3]),
					strconv.FormatFloat(p.GoldsteinSum, 'f', 2, 64), strconv.FormatFloat(p.GoldsteinMean, 'f', 3, 64)}
			})
	}
	dir := "→"
	if q.Both {
		dir = "↔"
	}
	if len(pts) == 0 {
		fmt.Fprintf(stdout, "%s %s %s: no events\n", q.A, dir, q.B)
		return nil
	}
	counts := make([]float64, len(pts))
	total, sum := 0, 0.0
	var quads [4]int
	for i, p := range pts {
		counts[i] = float64(p.Count)
		total += p.Count
		sum += p.GoldsteinSum
		for k := range quads {
			quads[k] += p.Quad[k]
		}
	}
	fmt.Fprintf(stdout, "%s %s %s by %s, %s to %s: %d events, Goldstein mean %.2f\n", q.A, dir, q.B, q.By,
		pts[0].Period, pts[len(pts)-1].Period, total, sum/float64(max(total, 1)))
	fmt.Fprintf(stdout, "QuadClass: %d verbal cooperation, %d material cooperation, %d verbal conflict, %d material conflict\n", quads[0], quads[1], quads[2], quads[3])
	fmt.Fprintf(stdout, "events  %s\n", sparkline(counts, 100))
	means := make([]float64, len(pts))
	for i, p := range pts {
		means[i] = p.GoldsteinMean
	}
	fmt.Fprintf(stdout, "mean    %s\n\n", sparkline(means, 100))
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "PERIOD\tEVENTS\tQ1\tQ2\tQ3\tQ4\tGOLD SUM\tGOLD MEAN\t")
	for _, p := range pts {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%.1f\t%.2f\t\n", p.Period, p.Count, p.Quad[0], p.Quad[1], p.Quad[2], p.Quad[3], p.GoldsteinSum, p.GoldsteinMean)
	}
	return tw.Flush()
}

// sparkline draws values as block characters, at most width of them
// (longer series are averaged into buckets).
func sparkline(vals []float64, width int) string {
	if len(vals) == 0 {
		return ""
	}
	if len(vals) > width {
		b := make([]float64, width)
		for i := range b {
			lo, hi := i*len(vals)/width, (i+1)*len(vals)/width
			s := 0.0
			for _, v := range vals[lo:hi] {
				s += v
			}
			b[i] = s / float64(hi-lo)
		}
		vals = b
	}
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo, hi = min(lo, v), max(hi, v)
	}
	ticks := []rune("▁▂▃▄▅▆▇█")
	var sb strings.Builder
	for _, v := range vals {
		i := 0
		if hi > lo {
			i = int((v - lo) / (hi - lo) * float64(len(ticks)-1))
		}
		sb.WriteRune(ticks[i])
	}
	return sb.String()
}
