package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/store"
)

func init() {
	register(command{
		name:    "events",
		summary: "list coded events from the database (filters, table/jsonl/csv)",
		run:     runEvents,
	})
}

// dbFlags are the database and event filter flags shared by the query
// commands.
type dbFlags struct {
	db                           *string
	source, target, dyad, either *string
	root, code, place, modality  *string
	quad                         *int
	from, to                     *string
	minConf                      *float64
}

func addDBFlag(fs *flag.FlagSet) *string {
	return fs.String("db", store.DefaultPath, "event database `file`")
}

func addFilterFlags(fs *flag.FlagSet) *dbFlags {
	return &dbFlags{
		db:       addDBFlag(fs),
		source:   fs.String("source", "", "source actor code `prefix` (USA matches USAGOV)"),
		target:   fs.String("target", "", "target actor code `prefix`"),
		dyad:     fs.String("dyad", "", "source and target as `A-B` (USA-RUS)"),
		either:   fs.String("actor", "", "actor code `prefix` on either side"),
		root:     fs.String("root", "", "CAMEO root `code` (two digits, 13 = threaten)"),
		code:     fs.String("code", "", "CAMEO event code `prefix` (0411)"),
		quad:     fs.Int("quad", 0, "QuadClass 1-4 (1 verbal cooperation … 4 material conflict)"),
		from:     fs.String("from", "", "first event date `YYYY-MM-DD`"),
		to:       fs.String("to", "", "last event date `YYYY-MM-DD`"),
		place:    fs.String("place", "", "country of the event's place, ISO `code` (SY or SYR)"),
		modality: fs.String("modality", "", "asserted, negated, intended, hypothetical or reported"),
		minConf:  fs.Float64("min-confidence", 0, "drop events below this confidence"),
	}
}

func parseDayFlag(name, s string) (doc.Day, error) {
	if s == "" {
		return doc.Day{}, nil
	}
	d, err := doc.ParseDay(s)
	if err != nil {
		return d, fmt.Errorf("%w: --%s: %v", errUsage, name, err)
	}
	return d, nil
}

// parseDayRange parses the values of --from and --to.
func parseDayRange(from, to string) (first, last doc.Day, err error) {
	if first, err = parseDayFlag("from", from); err != nil {
		return first, last, err
	}
	last, err = parseDayFlag("to", to)
	return first, last, err
}

// parse parses args, flags only, into fs and returns the event filter
// they give.
func (f *dbFlags) parse(fs *flag.FlagSet, args []string) (store.EventFilter, error) {
	if err := parseFlags(fs, args); err != nil {
		return store.EventFilter{}, err
	}
	if fs.NArg() > 0 {
		return store.EventFilter{}, fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	return f.filter()
}

func (f *dbFlags) filter() (store.EventFilter, error) {
	ef := store.EventFilter{
		Source: *f.source, Target: *f.target, Either: *f.either,
		Root: *f.root, Code: *f.code, QuadClass: *f.quad,
		Place: *f.place, Modality: *f.modality, MinConfidence: *f.minConf,
	}
	if *f.dyad != "" {
		a, b, ok := strings.Cut(*f.dyad, "-")
		if !ok || a == "" || b == "" {
			return ef, fmt.Errorf("%w: --dyad wants A-B, such as USA-RUS", errUsage)
		}
		ef.Source, ef.Target = a, b
	}
	if ef.QuadClass < 0 || ef.QuadClass > 4 {
		return ef, fmt.Errorf("%w: --quad must be 1 to 4", errUsage)
	}
	if r := ef.Root; r != "" && (len(r) != 2 || r < "01" || r > "20") {
		return ef, fmt.Errorf("%w: --root must be a two-digit CAMEO root 01-20, not %q", errUsage, r)
	}
	switch ef.Modality {
	case "", doc.Asserted, doc.Negated, doc.Intended, doc.Hypothetical, doc.Reported:
	default:
		return ef, fmt.Errorf("%w: --modality must be asserted, negated, intended, hypothetical or reported", errUsage)
	}
	var err error
	if ef.From, ef.To, err = parseDayRange(*f.from, *f.to); err != nil {
		return ef, err
	}
	return ef, nil
}

// openReadOnly opens the database for a query command, migrating a
// database written by an older sitrep first.
func openReadOnly(path string) (*store.SQLite, error) {
	st, err := store.Open(path, store.Options{ReadOnly: true})
	if errors.Is(err, store.ErrOldSchema) {
		rw, werr := store.Open(path, store.Options{})
		if werr != nil {
			return nil, werr
		}
		rw.Close()
		st, err = store.Open(path, store.Options{ReadOnly: true})
	}
	if err != nil {
		return nil, fmt.Errorf("%w (create it with sitrep ingest)", err)
	}
	return st, nil
}

func runEvents(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ff := addFilterFlags(fs)
	limit := fs.Int("limit", 50, "number of events (-1 for all)")
	offset := fs.Int("offset", 0, "events to skip")
	sortBy := fs.String("sort", "date", "order: date, -date, goldstein, -goldstein, -confidence")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	clusters := fs.Bool("clusters", false, "list merged events (clusters, with mention counts) instead of mentions")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep events [flags]")
		fmt.Fprintln(stderr, "\nLists the coded event mentions stored in the database, or with --clusters")
		fmt.Fprintln(stderr, "the events merged across articles.")
		fs.PrintDefaults()
	}
	f, err := ff.parse(fs, args)
	if err != nil {
		return err
	}
	f.Limit, f.Offset, f.Sort = *limit, *offset, *sortBy
	if f.Sort == "date" {
		f.Sort = store.SortDateAsc
	}
	if err := checkFormat(*format, "table", "jsonl", "csv"); err != nil {
		return err
	}
	st, err := openReadOnly(*ff.db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	if *clusters {
		return listClusters(ctx, st, f, *format, stdout)
	}
	rows, err := st.Events(ctx, f)
	if err != nil {
		return err
	}
	switch *format {
	case "jsonl":
		return writeJSONL(stdout, rows)
	case "csv":
		return writeCSV(stdout, export.CSVHeader, rows, export.CSVRecord)
	}
	total, err := st.CountEvents(ctx, f)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSOURCE\tCODE\tTARGET\tQUAD\tGOLD\tMODALITY\tPLACE\tDOC\tTRIGGER")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\t%s\t%s\n", dash(r.Date), dash(r.Source.Code), r.Code, dash(targetCode(r.Event)),
			r.QuadClass, r.Goldstein, r.Modality, dash(placeName(r.Place)), clip(r.DocID, 24), clip(r.Trigger, 20))
	}
	tw.Flush()
	fmt.Fprintf(stdout, "%d of %d events\n", len(rows), total)
	return nil
}

func targetCode(e doc.Event) string {
	if e.Target == nil {
		return ""
	}
	return e.Target.Code
}

func placeName(p *doc.EventPlace) string {
	if p == nil {
		return ""
	}
	if p.Country != "" && p.Name != "" {
		return p.Name + ", " + p.Country
	}
	return p.Name + p.Country
}

// clusterFilter is the part of f that merged events (clusters) can be
// filtered by, with its limit and offset; option names the flag that
// asked for clusters, for the error when f filters by more.
func clusterFilter(f store.EventFilter, option string) (store.ClusterFilter, error) {
	if f.Either != "" || f.Code != "" || f.Place != "" || f.Modality != "" || f.MinConfidence > 0 {
		return store.ClusterFilter{}, fmt.Errorf("%w: %s takes --source, --target, --dyad, --root, --quad, --from and --to only", errUsage, option)
	}
	return store.ClusterFilter{Source: f.Source, Target: f.Target, Root: f.Root, QuadClass: f.QuadClass, From: f.From, To: f.To, Limit: f.Limit, Offset: f.Offset}, nil
}

func listClusters(ctx context.Context, st store.Store, f store.EventFilter, format string, stdout io.Writer) error {
	cf, err := clusterFilter(f, "--clusters")
	if err != nil {
		return err
	}
	switch f.Sort {
	case store.SortDateDesc:
		cf.Sort = "-date"
	case store.SortDateAsc, "":
	default:
		cf.Sort = "-mentions"
	}
	cs, err := st.Clusters(ctx, cf)
	if err != nil {
		return err
	}
	switch format {
	case "jsonl":
		return writeJSONL(stdout, cs)
	case "csv":
		return writeCSV(stdout, clusterCSVHeader, cs, clusterCSVRecord)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSOURCE\tCODE\tTARGET\tQUAD\tGOLD\tPLACE\tMENTIONS\tARTICLES\tSOURCES\tID")
	for _, c := range cs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%d\t%d\t%d\t%s\n", dash(c.Date), dash(c.Source), c.Code, dash(c.Target), c.QuadClass, c.Goldstein,
			dash(placeName(c.Place)), c.NumMentions, c.NumArticles, c.NumSources, c.ID)
	}
	tw.Flush()
	fmt.Fprintf(stdout, "%d events (clusters)\n", len(cs))
	return nil
}

// clusterCSVHeader names the columns of clusterCSVRecord.
var clusterCSVHeader = []string{"id", "date", "source", "target", "code", "root", "quad_class", "goldstein", "place", "country", "num_mentions", "num_articles", "num_sources", "first_seen", "last_seen", "confidence", "source_url"}

// clusterCSVRecord is one merged event as a CSV row.
func clusterCSVRecord(c *store.Cluster) []string {
	var pl doc.EventPlace
	if c.Place != nil {
		pl = *c.Place
	}
	return []string{c.ID, c.Date, c.Source, c.Target, c.Code, c.Root, strconv.Itoa(c.QuadClass), strconv.FormatFloat(c.Goldstein, 'f', -1, 64),
		pl.Name, pl.Country, strconv.Itoa(c.NumMentions), strconv.Itoa(c.NumArticles), strconv.Itoa(c.NumSources),
		c.FirstSeen.String(), c.LastSeen.String(), strconv.FormatFloat(c.Confidence, 'f', 3, 64), c.SourceURL}
}
