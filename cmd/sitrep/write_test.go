package main

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
)

func TestCheckFormat(t *testing.T) {
	tests := []struct {
		format  string
		formats []string
		want    string // "" for no error
	}{
		{"jsonl", []string{"table", "jsonl"}, ""},
		{"csv", []string{"table", "jsonl", "csv"}, ""},
		{"csv", []string{"table", "jsonl"}, "usage: --format must be table or jsonl"},
		{"xml", []string{"table", "jsonl", "csv"}, "usage: --format must be table, jsonl or csv"},
		{"", []string{"table", "jsonl", "csv"}, "usage: --format must be table, jsonl or csv"},
	}
	for _, tc := range tests {
		err := checkFormat(tc.format, tc.formats...)
		if tc.want == "" {
			if err != nil {
				t.Errorf("checkFormat(%q, %v) = %v, want nil", tc.format, tc.formats, err)
			}
			continue
		}
		if err == nil || err.Error() != tc.want || !errors.Is(err, errUsage) {
			t.Errorf("checkFormat(%q, %v) = %v, want usage error %q", tc.format, tc.formats, err, tc.want)
		}
	}
}

func TestWriters(t *testing.T) {
	day, _ := doc.ParseDay("2024-05-01")
	pts := []store.SeriesPoint{
		{Period: day, Count: 3, Quad: [4]int{3, 0, 0, 0}, GoldsteinSum: 8.4, GoldsteinMean: 2.8},
		{Period: day, Count: 0},
	}
	header := []string{"period", "events", "note"}
	record := func(p *store.SeriesPoint) []string {
		return []string{p.Period.String(), strconv.Itoa(p.Count), "a, \"quoted\" note"}
	}
	tests := []struct {
		name  string
		write func(*strings.Builder) error
		want  string
	}{
		{"jsonl", func(b *strings.Builder) error { return writeJSONL(b, pts) },
			`{"period":"2024-05-01","count":3,"quad":[3,0,0,0],"goldstein_sum":8.4,"goldstein_mean":2.8}` + "\n" +
				`{"period":"2024-05-01","count":0,"quad":[0,0,0,0],"goldstein_sum":0,"goldstein_mean":0}` + "\n"},
		{"jsonl empty", func(b *strings.Builder) error { return writeJSONL(b, []store.SeriesPoint(nil)) }, ""},
		{"csv", func(b *strings.Builder) error { return writeCSV(b, header, pts, record) },
			"period,events,note\n2024-05-01,3,\"a, \"\"quoted\"\" note\"\n2024-05-01,0,\"a, \"\"quoted\"\" note\"\n"},
		{"csv empty", func(b *strings.Builder) error { return writeCSV(b, header, nil, record) }, "period,events,note\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestFormatAndDayFlags feeds the commands that read a database malformed
// --format and --from values (empty, invalid UTF-8, binary, huge) and
// actor prefixes of the same kinds: a format or a day is a usage error, an
// actor prefix only matches nothing.
func TestFormatAndDayFlags(t *testing.T) {
	db := fixtureDB(t)
	huge := strings.Repeat("x", 1<<16)
	tests := []struct {
		args []string
		code int
		want string // in standard error, or in standard output when code is 0
	}{
		{[]string{"export", "--db", db, "--format", "xml"}, 2, "--format must be jsonl, csv, parquet or gdelt"},
		{[]string{"export", "--db", db, "--format", ""}, 2, "--format must be jsonl, csv, parquet or gdelt"},
		{[]string{"export", "--db", db, "--format", "\xff\xfe"}, 2, "--format must be jsonl, csv, parquet or gdelt"},
		{[]string{"export", "--db", db, "--format", "parquet"}, 2, "--format parquet needs --out FOLDER"},
		{[]string{"events", "--db", db, "--format", "\x00\x01"}, 2, "--format must be table, jsonl or csv"},
		{[]string{"dyad", "--db", db, "--format", huge, "USA", "RUS"}, 2, "--format must be table, jsonl or csv"},
		{[]string{"actors", "--db", db, "--format", "csv"}, 2, "--format must be table or jsonl"},
		{[]string{"actors", "--db", db, "--from", "\xff\xfe"}, 2, "--from"},
		{[]string{"events", "--db", db, "--to", huge}, 2, "--to"},
		{[]string{"dyad", "--db", db, "--from", "2024-02-30", "USA", "RUS"}, 2, "--from"},
		{[]string{"events", "--db", db, "--source", "\xff\xfe"}, 0, "0 of 0 events"},
		{[]string{"events", "--db", db, "--actor", "\x00\x01\x02"}, 0, "0 of 0 events"},
		{[]string{"events", "--db", db, "--target", huge}, 0, "0 of 0 events"},
	}
	for _, tc := range tests {
		out, errOut, code := runCmd(t, tc.args...)
		got := errOut
		if tc.code == 0 {
			got = out
		}
		if code != tc.code || !strings.Contains(got, tc.want) {
			t.Errorf("%.80q: exit %d, want %d with %q:\n%.300s%.300s", tc.args, code, tc.code, tc.want, out, errOut)
		}
	}
}
