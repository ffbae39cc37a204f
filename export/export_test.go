package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
)

// gdeltCodebook is the GDELT 2.0 Event table's column list as the
// codebook publishes it, kept apart from GDELTColumns so the round trip
// checks the writer against the published order.
const gdeltCodebook = `GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL`

type ev struct {
	src, tgt, srcText, code string
	date                    string
	place                   *doc.EventPlace
}

var moscow = &doc.EventPlace{Name: "Moscow", Country: "RU", Lat: 55.7522, Lon: 37.6156, GeonameID: 524901}

// article builds a coded document of our own writing with one sentence
// per event.
func article(id, date, source string, evs ...ev) *doc.Document {
	var b strings.Builder
	d := doc.New(id, "")
	d.Date, _ = doc.ParseDay(date)
	d.Source, d.URL, d.Title = source, "https://news.example/"+id, "Story "+id
	for i, e := range evs {
		start := b.Len()
		fmt.Fprintf(&b, "%s met officials of %s in story %s. ", e.srcText, e.tgt, id)
		d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: b.Len() - 1, Tokens: []doc.Token{}})
		trig := start + len(e.srcText) + 1
		d.Events = append(d.Events, doc.Event{
			Sentence: i, Start: trig, End: trig + 3, Trigger: "met",
			Source: doc.ActorRef{Code: e.src, Text: e.srcText, Start: start, End: start + len(e.srcText), Entity: -1},
			Target: &doc.ActorRef{Code: e.tgt, Text: e.tgt, Entity: -1},
			Code:   e.code, Root: e.code[:2], QuadClass: 1, Goldstein: 1.9, Modality: doc.Asserted,
			Date: e.date, DatePrecision: "day", Place: e.place, Rule: "test", Confidence: 0.75,
		})
		if e.place != nil {
			admin, feature := "48", "P.PPLC"
			if e.place.GeonameID == 0 {
				admin, feature = "Aleppo", "A.ADM1"
			}
			d.Places = append(d.Places, doc.Place{Start: start, End: start + 3, Name: e.place.Name, Country: e.place.Country,
				Admin1: admin, Lat: e.place.Lat, Lon: e.place.Lon, GeonameID: e.place.GeonameID, Feature: feature, Sentence: i})
		}
	}
	d.Text = b.String()
	for i := range d.Sentences {
		d.Sentences[i].Text = d.Text[d.Sentences[i].Start:d.Sentences[i].End]
	}
	for i := range d.Places {
		d.Places[i].Text = d.Text[d.Places[i].Start:d.Places[i].End]
	}
	d.Tone = doc.Tone{Score: -2}
	return d
}

func fixture(t *testing.T) *store.SQLite {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "x.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	meet := ev{src: "USAGOV", tgt: "RUSGOV", srcText: "Secretary Blake", code: "042", date: "2024-05-10", place: moscow}
	docs := []*doc.Document{
		article("a", "2024-05-10", "wire:a", meet),
		article("b", "2024-05-11", "wire:b", meet, ev{src: "IGOUNOHLH", tgt: "SYRREBMOS", srcText: "the World Health Organization", code: "0233", date: "2024-06-02",
			place: &doc.EventPlace{Name: "Aleppo Governorate", Country: "SYR", Lat: 36.25, Lon: 37.5}}),
		article("c", "2024-05-11", "paper:c", meet),
	}
	items := make([]store.Item, len(docs))
	for i, d := range docs {
		items[i] = store.Item{Doc: d}
	}
	if _, err := st.PutBatch(context.Background(), items); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestGDELTRoundTrip(t *testing.T) {
	st := fixture(t)
	var buf bytes.Buffer
	n, err := GDELT(context.Background(), st, store.ClusterFilter{}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Fatalf("%d rows, want 2", n)
	}
	names := strings.Fields(gdeltCodebook)
	if len(names) != 61 {
		t.Fatalf("codebook lists %d columns", len(names))
	}
	rows, err := ReadGDELT(&buf, names)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"SQLDATE": "20240510", "MonthYear": "202405", "Year": "2024", "FractionDate": "2024.4384",
		"Actor1Code": "USAGOV", "Actor1Name": "SECRETARY BLAKE", "Actor1CountryCode": "USA", "Actor1Type1Code": "GOV",
		"Actor2Code": "RUSGOV", "Actor2CountryCode": "RUS", "Actor2Type1Code": "GOV",
		"IsRootEvent": "1", "EventCode": "042", "EventBaseCode": "042", "EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "1.9",
		"NumMentions": "3", "NumSources": "3", "NumArticles": "3", "AvgTone": "-2.000000",
		"Actor1Geo_Type": "0", "ActionGeo_Type": "4", "ActionGeo_FullName": "Moscow", "ActionGeo_CountryCode": "RS",
		"ActionGeo_ADM1Code": "RS48", "ActionGeo_Lat": "55.7522", "ActionGeo_Long": "37.6156", "ActionGeo_FeatureID": "524901",
		"DATEADDED": "20240510000000", "SOURCEURL": "https://news.example/a",
	}
	for k, v := range want {
		if rows[0][k] != v {
			t.Errorf("row 0 %s = %q, want %q", k, rows[0][k], v)
		}
	}
	if id := rows[0]["GLOBALEVENTID"]; id == "" || id == "0" {
		t.Errorf("GLOBALEVENTID %q", id)
	}
	who := map[string]string{
		"Actor1Code": "IGOUNOHLH", "Actor1CountryCode": "", "Actor1KnownGroupCode": "UNO", "Actor1Type1Code": "IGO", "Actor1Type2Code": "HLH",
		"Actor2CountryCode": "SYR", "Actor2Type1Code": "REB", "Actor2Religion1Code": "MOS",
		"EventCode": "0233", "EventBaseCode": "023", "ActionGeo_Type": "5", "ActionGeo_CountryCode": "SY", "ActionGeo_FullName": "Aleppo Governorate",
		"ActionGeo_ADM1Code": "SY", "ActionGeo_FeatureID": "SY", "NumMentions": "1",
	}
	for k, v := range who {
		if rows[1][k] != v {
			t.Errorf("row 1 %s = %q, want %q", k, rows[1][k], v)
		}
	}
	if _, err := ReadGDELT(strings.NewReader("1\t2\t3\n"), names); err == nil {
		t.Error("short row read without error")
	}
}

func TestSplitActor(t *testing.T) {
	tests := []struct {
		code string
		want ActorParts
	}{
		{"USA", ActorParts{Country: "USA"}},
		{"USAGOVMIL", ActorParts{Country: "USA", Type1: "GOV", Type2: "MIL"}},
		{"GOV", ActorParts{Type1: "GOV"}},
		{"IGOUNO", ActorParts{KnownGroup: "UNO", Type1: "IGO"}},
		{"NGOHRIAMN", ActorParts{Type1: "NGO", Type2: "HRI", KnownGroup: "AMN"}},
		{"SYRREBMOSSUN", ActorParts{Country: "SYR", Type1: "REB", Religion1: "MOS", Religion2: "SUN"}},
		{"AFGTAL", ActorParts{Country: "AFG", KnownGroup: "TAL"}},
		{"USAGOV1", ActorParts{}},
	}
	for _, tc := range tests {
		if got := SplitActor(tc.code); got != tc.want {
			t.Errorf("SplitActor(%q) = %+v, want %+v", tc.code, got, tc.want)
		}
	}
}

func TestJSONLAndCSV(t *testing.T) {
	st := fixture(t)
	ctx := context.Background()
	var jb bytes.Buffer
	n, err := JSONL(ctx, st, store.EventFilter{Source: "USA"}, &jb)
	if err != nil || n != 3 {
		t.Fatalf("jsonl: %d rows, %v", n, err)
	}
	var first store.EventRow
	if err := json.Unmarshal([]byte(strings.SplitN(jb.String(), "\n", 2)[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.DocID != "a" || first.Source.Code != "USAGOV" || first.Place == nil || first.Place.GeonameID != 524901 {
		t.Errorf("jsonl row: %+v", first)
	}
	var cb bytes.Buffer
	n, err = CSV(ctx, st, store.EventFilter{}, &cb)
	if err != nil || n != 4 {
		t.Fatalf("csv: %d rows, %v", n, err)
	}
	recs, err := csv.NewReader(&cb).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 || len(recs[0]) != len(CSVHeader) || recs[4][0] != "b" || recs[4][9] != "0233" || recs[1][17] != "RU" {
		t.Errorf("csv: %v", recs)
	}
}

func TestParquetPartitions(t *testing.T) {
	st := fixture(t)
	dir := t.TempDir()
	files, n, err := Parquet(context.Background(), st, store.EventFilter{}, dir, PartitionMonth)
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 || len(files) != 2 {
		t.Fatalf("%d rows in %v", n, files)
	}
	counts := map[string]int{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		info, _ := fh.Stat()
		rows, err := parquet.Read[ParquetEvent](fh, info.Size())
		fh.Close()
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		part := filepath.Base(filepath.Dir(f))
		counts[part] += len(rows)
		for _, r := range rows {
			if !strings.HasPrefix(r.Date, strings.TrimPrefix(part, "month=")) {
				t.Errorf("row dated %s in partition %s", r.Date, part)
			}
		}
		if part == "month=2024-05" && (rows[0].Lat == nil || *rows[0].Lat != 55.7522 || rows[0].Source != "USAGOV") {
			t.Errorf("row: %+v", rows[0])
		}
	}
	if counts["month=2024-05"] != 3 || counts["month=2024-06"] != 1 {
		t.Errorf("partition counts %v", counts)
	}
	if _, _, err := Parquet(context.Background(), st, store.EventFilter{}, dir, "week"); err == nil {
		t.Error("unknown partition accepted")
	}
}

func FuzzReadGDELT(f *testing.F) {
	row := make([]string, len(GDELTColumns))
	row[0], row[1] = "123", "20240510"
	f.Add(strings.Join(row, "\t") + "\n")
	f.Add("1\t2\n\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := ReadGDELT(strings.NewReader(s), GDELTColumns)
		if err != nil {
			return
		}
		for _, r := range rows {
			if len(r) != len(GDELTColumns) {
				t.Fatalf("row with %d fields", len(r))
			}
		}
	})
}
