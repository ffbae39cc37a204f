package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sitrep/sitrep/export"
	"github.com/sitrep/sitrep/store"
)

func init() {
	register(command{
		name:    "export",
		summary: "write the database as JSONL, CSV, Parquet (by date) or a GDELT 2.0 event table",
		run:     runExport,
	})
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ff := addFilterFlags(fs)
	format := fs.String("format", "jsonl", "`format`: jsonl, csv (event mentions), parquet (mentions, one folder per date), gdelt (merged events)")
	out := fs.String("out", "", "output `file` (jsonl, csv, gdelt; default standard output) or folder (parquet, required)")
	partition := fs.String("partition", export.PartitionDay, "parquet partitions: day (date=YYYY-MM-DD), month, year or none")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: sitrep export --format jsonl|csv|parquet|gdelt [--out FILE|DIR] [filters]")
		fmt.Fprintln(stderr, "\njsonl and csv write one row per event mention with its document's metadata;")
		fmt.Fprintln(stderr, "parquet writes the same rows as zstd Parquet files in Hive-style folders")
		fmt.Fprintln(stderr, "(date=2024-05-10/events.parquet); gdelt writes one row per merged event in the")
		fmt.Fprintln(stderr, "61 tab-separated columns of the GDELT 2.0 Event table.")
		fs.PrintDefaults()
	}
	f, err := ff.parse(fs, args)
	if err != nil {
		return err
	}
	f.Limit = -1
	if err := checkFormat(*format, "jsonl", "csv", "parquet", "gdelt"); err != nil {
		return err
	}
	if *format == "parquet" && *out == "" {
		return fmt.Errorf("%w: --format parquet needs --out FOLDER", errUsage)
	}
	var cf store.ClusterFilter
	if *format == "gdelt" {
		if cf, err = clusterFilter(f, "--format gdelt"); err != nil {
			return err
		}
	}
	st, err := openReadOnly(*ff.db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	if *format == "parquet" {
		files, n, err := export.Parquet(ctx, st, f, *out, *partition)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "export: %d event mentions in %d Parquet files under %s\n", n, len(files), *out)
		return nil
	}
	w := stdout
	var file *os.File
	if *out != "" && *out != "-" {
		if file, err = os.Create(*out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer file.Close()
		w = file
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	var n int
	what := "event mentions"
	switch *format {
	case "jsonl":
		n, err = export.JSONL(ctx, st, f, bw)
	case "csv":
		n, err = export.CSV(ctx, st, f, bw)
	case "gdelt":
		what = "events"
		n, err = export.GDELT(ctx, st, cf, bw)
	}
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		fmt.Fprintf(stderr, "export: %d %s to %s\n", n, what, *out)
	}
	return nil
}
