// Package export writes the event database in formats other tools read:
// JSON Lines and CSV of event mentions, Parquet files partitioned by date
// for big-data engines, and GDELT 2.0 Event tables (one row per merged
// event) so existing GDELT tooling reads sitrep output.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/parquet-go/parquet-go"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
)

// CSVHeader names the columns of the CSV export of event mentions.
var CSVHeader = []string{"doc_id", "index", "sentence", "date", "date_precision", "source", "source_text", "target", "target_text",
	"code", "root", "quad_class", "goldstein", "plover_type", "plover_mode", "modality", "place", "country", "lat", "lon", "geonameid",
	"trigger", "rule", "confidence", "cluster_id", "doc_date", "url", "title", "doc_source"}

// CSVRecord returns the CSV fields of one mention, in CSVHeader's order.
func CSVRecord(r *store.EventRow) []string {
	var tgt doc.ActorRef
	if r.Target != nil {
		tgt = *r.Target
	}
	var pl doc.EventPlace
	lat, lon, gid := "", "", ""
	if r.Place != nil {
		pl = *r.Place
		lat, lon, gid = strconv.FormatFloat(pl.Lat, 'f', -1, 64), strconv.FormatFloat(pl.Lon, 'f', -1, 64), strconv.Itoa(pl.GeonameID)
	}
	return []string{r.DocID, strconv.Itoa(r.Index), strconv.Itoa(r.Sentence), r.Date, r.DatePrecision, r.Source.Code, r.Source.Text,
		tgt.Code, tgt.Text, r.Code, r.Root, strconv.Itoa(r.QuadClass), strconv.FormatFloat(r.Goldstein, 'f', -1, 64),
		r.Plover.Type, r.Plover.Mode, r.Modality, pl.Name, pl.Country, lat, lon, gid, r.Trigger, r.Rule,
		strconv.FormatFloat(r.Confidence, 'f', -1, 64), r.ClusterID, r.DocDate.String(), r.URL, r.Title, r.DocSource}
}

// JSONL writes the mentions matching f as JSON Lines and returns their
// number.
func JSONL(ctx context.Context, st store.Store, f store.EventFilter, w io.Writer) (int, error) {
	enc := json.NewEncoder(w)
	n := 0
	err := st.EachEvent(ctx, f, func(r *store.EventRow) error {
		n++
		return enc.Encode(r)
	})
	if err != nil {
		return n, fmt.Errorf("export jsonl: %w", err)
	}
	return n, nil
}

// CSV writes the mentions matching f as CSV with a header row.
func CSV(ctx context.Context, st store.Store, f store.EventFilter, w io.Writer) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return 0, fmt.Errorf("export csv: %w", err)
	}
	n := 0
	err := st.EachEvent(ctx, f, func(r *store.EventRow) error {
		n++
		return cw.Write(CSVRecord(r))
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err != nil {
		return n, fmt.Errorf("export csv: %w", err)
	}
	return n, nil
}

// GDELT writes the event clusters matching f as a GDELT 2.0 Event table
// (tab-separated, no header, GDELTColumns in order).
func GDELT(ctx context.Context, st store.Store, f store.ClusterFilter, w io.Writer) (int, error) {
	n := 0
	err := st.EachCluster(ctx, f, func(c *store.Cluster) error {
		n++
		return WriteGDELTRow(w, c)
	})
	if err != nil {
		return n, fmt.Errorf("export gdelt: %w", err)
	}
	return n, nil
}

// ParquetEvent is one event mention as a Parquet row.
type ParquetEvent struct {
	DocID         string   `parquet:"doc_id"`
	Index         int32    `parquet:"index"`
	Sentence      int32    `parquet:"sentence"`
	Date          string   `parquet:"date,dict"`
	DatePrecision string   `parquet:"date_precision,dict"`
	Source        string   `parquet:"source,dict"`
	SourceText    string   `parquet:"source_text"`
	Target        string   `parquet:"target,dict"`
	TargetText    string   `parquet:"target_text"`
	Code          string   `parquet:"code,dict"`
	Root          string   `parquet:"root,dict"`
	QuadClass     int32    `parquet:"quad_class"`
	Goldstein     float64  `parquet:"goldstein"`
	PloverType    string   `parquet:"plover_type,dict"`
	PloverMode    string   `parquet:"plover_mode,dict"`
	Modality      string   `parquet:"modality,dict"`
	Place         string   `parquet:"place,dict"`
	Country       string   `parquet:"country,dict"`
	Lat           *float64 `parquet:"lat,optional"`
	Lon           *float64 `parquet:"lon,optional"`
	GeonameID     int32    `parquet:"geonameid"`
	Trigger       string   `parquet:"trigger"`
	Rule          string   `parquet:"rule,dict"`
	Confidence    float64  `parquet:"confidence"`
	ClusterID     string   `parquet:"cluster_id"`
	DocDate       string   `parquet:"doc_date,dict"`
	URL           string   `parquet:"url"`
	Title         string   `parquet:"title"`
	DocSource     string   `parquet:"doc_source,dict"`
}

// ParquetRow converts a mention to its Parquet row.
func ParquetRow(r *store.EventRow) ParquetEvent {
	p := ParquetEvent{
		DocID: r.DocID, Index: int32(r.Index), Sentence: int32(r.Sentence), Date: r.Date, DatePrecision: r.DatePrecision,
		Source: r.Source.Code, SourceText: r.Source.Text, Code: r.Code, Root: r.Root, QuadClass: int32(r.QuadClass),
		Goldstein: r.Goldstein, PloverType: r.Plover.Type, PloverMode: r.Plover.Mode, Modality: r.Modality,
		Trigger: r.Trigger, Rule: r.Rule, Confidence: r.Confidence, ClusterID: r.ClusterID, DocDate: r.DocDate.String(),
		URL: r.URL, Title: r.Title, DocSource: r.DocSource,
	}
	if r.Target != nil {
		p.Target, p.TargetText = r.Target.Code, r.Target.Text
	}
	if pl := r.Place; pl != nil {
		lat, lon := pl.Lat, pl.Lon
		p.Place, p.Country, p.Lat, p.Lon, p.GeonameID = pl.Name, pl.Country, &lat, &lon, int32(pl.GeonameID)
	}
	return p
}

// Partition schemes for Parquet exports.
const (
	PartitionDay   = "day"
	PartitionMonth = "month"
	PartitionYear  = "year"
	PartitionNone  = "none"
)

// partitionKey is the Hive-style folder of a mention: date=YYYY-MM-DD,
// month=YYYY-MM or year=YYYY, from the event date or else the document's.
func partitionKey(r *store.EventRow, scheme string) string {
	d := r.Date
	if len(d) != 10 {
		d = r.DocDate.String()
	}
	if len(d) != 10 {
		d = ""
	}
	switch scheme {
	case PartitionNone:
		return ""
	case PartitionYear:
		if d == "" {
			return "year=unknown"
		}
		return "year=" + d[:4]
	case PartitionMonth:
		if d == "" {
			return "month=unknown"
		}
		return "month=" + d[:7]
	}
	if d == "" {
		return "date=unknown"
	}
	return "date=" + d
}

// Parquet writes the mentions matching f as Parquet files (zstd) under
// dir, one folder per partition (Hive style, such as dir/month=2024-05/
// events.parquet), and returns the files written and the row count.
func Parquet(ctx context.Context, st store.Store, f store.EventFilter, dir, scheme string) ([]string, int, error) {
	switch scheme {
	case PartitionDay, PartitionMonth, PartitionYear, PartitionNone:
	default:
		return nil, 0, fmt.Errorf("export parquet: unknown partition %q (want day, month, year or none)", scheme)
	}
	f.Sort = store.SortDateAsc
	var files []string
	var (
		cur  string
		file *os.File
		pw   *parquet.GenericWriter[ParquetEvent]
		buf  []ParquetEvent
	)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		_, err := pw.Write(buf)
		buf = buf[:0]
		return err
	}
	closeFile := func() error {
		if pw == nil {
			return nil
		}
		err := flush()
		if cerr := pw.Close(); err == nil {
			err = cerr
		}
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		pw, file = nil, nil
		return err
	}
	n := 0
	seen := map[string]int{}
	err := st.EachEvent(ctx, f, func(r *store.EventRow) error {
		key := partitionKey(r, scheme)
		if pw == nil || key != cur {
			if err := closeFile(); err != nil {
				return err
			}
			cur = key
			folder := filepath.Join(dir, key)
			if err := os.MkdirAll(folder, 0o755); err != nil {
				return err
			}
			// Undated mentions sort first and dated ones in order, so
			// a partition is normally met once; a later part gets a
			// new file rather than overwriting.
			name := "events.parquet"
			if k := seen[key]; k > 0 {
				name = fmt.Sprintf("events-%d.parquet", k)
			}
			seen[key]++
			path := filepath.Join(folder, name)
			fh, err := os.Create(path)
			if err != nil {
				return err
			}
			file = fh
			pw = parquet.NewGenericWriter[ParquetEvent](fh, parquet.Compression(&parquet.Zstd))
			files = append(files, path)
		}
		buf = append(buf, ParquetRow(r))
		n++
		if len(buf) >= 8192 {
			return flush()
		}
		return nil
	})
	if cerr := closeFile(); err == nil {
		err = cerr
	}
	if err != nil {
		return files, n, fmt.Errorf("export parquet: %w", err)
	}
	return files, n, nil
}
