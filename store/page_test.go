package store

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func TestLimitClause(t *testing.T) {
	for _, tc := range []struct {
		limit, offset int
		want          []any
	}{
		{0, 0, []any{100, 0}},
		{25, 300, []any{25, 300}},
		{-1, 40, []any{-1, 40}},
		{-7, -3, []any{-1, 0}},
		{1, math.MaxInt, []any{1, math.MaxInt}},
	} {
		clause, args := limitClause([]any{"USA"}, tc.limit, tc.offset)
		if clause != " LIMIT +? OFFSET ?" {
			t.Errorf("limit %d offset %d: clause %q", tc.limit, tc.offset, clause)
		}
		if want := append([]any{"USA"}, tc.want...); !reflect.DeepEqual(args, want) {
			t.Errorf("limit %d offset %d: args %v, want %v", tc.limit, tc.offset, args, want)
		}
	}
}

// TestPageLimitsNotBare checks that no page's LIMIT is a bare parameter,
// which SQLite would have the statement prepared again for at each
// execution (see boundLimit).
func TestPageLimitsNotBare(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	pageCorpus(t, s)
	for _, f := range []EventFilter{{}, {Source: "USA", Limit: 5, Offset: 10}, {Either: "RUS", Sort: SortGoldAsc}, {Source: "USAGOV", Limit: -1}, {Target: "U"}} {
		q, args, err := s.pageRowids(ctx, &f)
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		if strings.Contains(q, "LIMIT ?") {
			t.Errorf("%+v: bare LIMIT parameter in %s", f, q)
		}
		if n := strings.Count(q, "?"); n != len(args) {
			t.Errorf("%+v: %d parameters, %d arguments", f, n, len(args))
		}
	}
}

// pageCorpus stores 24 events between the United States and Russia, on
// both sides and under several codes, over twelve days.
func pageCorpus(t *testing.T, s *SQLite) {
	t.Helper()
	actors := []string{"USAGOV", "RUSGOV", "USAMIL", "RUSMIL"}
	var docs []*doc.Document
	for d := range 6 {
		var evs []fev
		for e := range 4 {
			n := 4*d + e
			evs = append(evs, fev{src: actors[n%4], tgt: actors[(n+1)%4], code: []string{"042", "190", "112"}[n%3], quad: 1 + n%4,
				gold: float64(n%7) - 3, date: fmt.Sprintf("2024-03-%02d", 1+n%12)})
		}
		docs = append(docs, mkdoc(fmt.Sprintf("pg%d", d), "2024-03-01", "wire:a", evs...))
	}
	put(t, s, docs...)
}

// TestPagesShareOneStatement lists every page of several listings, at
// many page sizes and offsets: each page is its part of the full listing,
// and the statements kept are one per listing, not one per page.
func TestPagesShareOneStatement(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	pageCorpus(t, s)
	filters := []struct {
		name string
		f    EventFilter
	}{
		{"no actor, newest first", EventFilter{Sort: SortDateDesc}},
		{"source USA (one branch)", EventFilter{Source: "USA"}},
		{"either USA (two branches), by Goldstein", EventFilter{Either: "USA", Sort: SortGoldDesc}},
		{"source USAGOV (one branch per code)", EventFilter{Source: "USAGOV", Sort: SortConfDesc}},
		{"either RUS in March, quad 1", EventFilter{Either: "RUS", QuadClass: 1, From: doc.DayOf(2024, 3, 1), To: doc.DayOf(2024, 3, 31)}},
	}
	for _, fc := range filters {
		all, err := s.Events(ctx, EventFilter{Source: fc.f.Source, Either: fc.f.Either, QuadClass: fc.f.QuadClass, From: fc.f.From, To: fc.f.To, Sort: fc.f.Sort, Limit: -1})
		if err != nil {
			t.Fatalf("%s: %v", fc.name, err)
		}
		if len(all) < 4 {
			t.Fatalf("%s: %d events, want at least 4", fc.name, len(all))
		}
		kept := -1
		for limit := 1; limit <= 7; limit++ {
			for off := 0; off <= len(all)+2; off++ {
				f := fc.f
				f.Limit, f.Offset = limit, off
				page, err := s.Events(ctx, f)
				if err != nil {
					t.Fatalf("%s limit %d offset %d: %v", fc.name, limit, off, err)
				}
				want := all[min(off, len(all)):min(off+limit, len(all))]
				if len(want) == 0 {
					want = nil
				}
				if !reflect.DeepEqual(page, want) {
					t.Errorf("%s limit %d offset %d: %d rows, want %d", fc.name, limit, off, len(page), len(want))
				}
				s.smu.Lock()
				n := len(s.stmts)
				s.smu.Unlock()
				if kept < 0 {
					kept = n
				} else if n != kept {
					t.Fatalf("%s limit %d offset %d: %d statements kept, %d after the first page", fc.name, limit, off, n, kept)
				}
			}
		}
	}
	s.smu.Lock()
	n := len(s.stmts)
	s.smu.Unlock()
	// Each listing keeps its page statement, and an actor prefix longer
	// than a country its lookup of the codes under it.
	if n > 2*len(filters) {
		t.Errorf("%d statements kept for %d listings", n, len(filters))
	}
}

// TestPagesOfExtremeOffsets lists pages past the end, of no limit, and
// at the largest offset: no error, and the rows the full listing has there.
func TestPagesOfExtremeOffsets(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	pageCorpus(t, s)
	for _, f := range []EventFilter{{}, {Either: "USA"}, {Source: "USAGOV"}} {
		all, err := s.Events(ctx, EventFilter{Either: f.Either, Source: f.Source, Limit: -1})
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			limit, offset int
			want          []EventRow
		}{
			{-1, 3, all[3:]},
			{-1, 0, all},
			{5, -4, all[:5]},
			{2, len(all), nil},
			{math.MaxInt, 1, all[1:]},
			{3, math.MaxInt, nil},
			{-1, math.MaxInt, nil},
		} {
			g := f
			g.Limit, g.Offset = tc.limit, tc.offset
			page, err := s.Events(ctx, g)
			if err != nil {
				t.Fatalf("%+v limit %d offset %d: %v", f, tc.limit, tc.offset, err)
			}
			if !reflect.DeepEqual(page, tc.want) {
				t.Errorf("%+v limit %d offset %d: %d rows, want %d", f, tc.limit, tc.offset, len(page), len(tc.want))
			}
		}
	}
}
