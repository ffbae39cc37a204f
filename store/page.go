package store

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A branch is one part of an event listing that an index holds in the
// listing's order: the events of one actor code (or country) on one side.
// A page of an actor's events is the merge of its branches, each walked in
// order and stopped after offset+limit rows, instead of a sort of every
// match.
type branch struct {
	// index is the index the branch walks ("" lets SQLite choose).
	index string
	w     where
}

// maxCodeBranches bounds the branches of one actor prefix: a prefix that
// covers more codes is read as one range and sorted.
const maxCodeBranches = 16

// sideBranches returns the branches of the events whose source (side
// "src") or target ("tgt") matches an actor prefix: a country code is one
// branch on its country-by-day index; a longer prefix one branch per code
// it covers (the codes are listed in actor_stats), on the code-by-day
// index.
func (s *SQLite) sideBranches(ctx context.Context, side, prefix string) ([]branch, error) {
	prefix = strings.ToUpper(strings.TrimSpace(prefix))
	if len(prefix) == 3 {
		b := branch{index: "events_" + side + "3_page"}
		b.w.add("e."+side+"3 = ?", prefix)
		return []branch{b}, nil
	}
	count := "as_source"
	if side == "tgt" {
		count = "as_target"
	}
	// The limit is a constant, in the text: a bound one would have the
	// statement prepared again at each execution (see boundLimit).
	rows, err := s.prepared(ctx, `SELECT code FROM actor_stats WHERE code >= ? AND code < ? AND `+count+` > 0 ORDER BY code LIMIT `+strconv.Itoa(maxCodeBranches+1),
		prefix, prefixEnd(prefix))
	if err != nil {
		return nil, fmt.Errorf("actor codes of %s: %w", prefix, err)
	}
	defer rows.Close()
	var out []branch
	for rows.Next() {
		var code string
		if err := rows.Scan(&code); err != nil {
			return nil, fmt.Errorf("actor codes of %s: %w", prefix, err)
		}
		b := branch{index: "events_" + side + "_page"}
		b.w.add("e."+side+" = ?", code)
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("actor codes of %s: %w", prefix, err)
	}
	if len(out) == 0 || len(out) > maxCodeBranches {
		b := branch{index: "events_" + side + "_page"}
		actorCond(&b.w, "e."+side, "", prefix)
		return []branch{b}, nil
	}
	return out, nil
}

// branches splits the events matching f's actors into branches. When f
// has no actor filter, or names one document or cluster (whose few events
// are found by their own indexes), it is one branch of all f's conditions
// on the index SQLite chooses. Events with the Either actor on both sides
// are in the source branches only, so no event is listed twice.
func (s *SQLite) branches(ctx context.Context, f *EventFilter) ([]branch, error) {
	var out []branch
	var rest where // actor conditions no branch's index holds
	switch {
	case f.DocID != "" || f.ClusterID != "", f.Either == "" && f.Source == "" && f.Target == "":
		var b branch
		f.where(&b.w)
		return []branch{b}, nil
	case f.Either != "":
		src, err := s.sideBranches(ctx, "src", f.Either)
		if err != nil {
			return nil, err
		}
		tgt, err := s.sideBranches(ctx, "tgt", f.Either)
		if err != nil {
			return nil, err
		}
		var both where
		actorCond(&both, "e.src", "e.src3", f.Either)
		for i := range tgt {
			tgt[i].w.add("NOT ("+both.conds[0]+")", both.args...)
		}
		out = append(src, tgt...)
		if f.Source != "" {
			actorCond(&rest, "e.src", "e.src3", f.Source)
		}
		if f.Target != "" {
			actorCond(&rest, "e.tgt", "e.tgt3", f.Target)
		}
	case isHead(f.Source) && isHead(f.Target):
		b := branch{index: "events_dyad3_page"}
		actorCond(&b.w, "e.src", "e.src3", f.Source)
		actorCond(&b.w, "e.tgt", "e.tgt3", f.Target)
		out = []branch{b}
	case f.Source != "":
		var err error
		if out, err = s.sideBranches(ctx, "src", f.Source); err != nil {
			return nil, err
		}
		if f.Target != "" {
			actorCond(&rest, "e.tgt", "e.tgt3", f.Target)
		}
	case f.Target != "":
		var err error
		if out, err = s.sideBranches(ctx, "tgt", f.Target); err != nil {
			return nil, err
		}
	}
	for i := range out {
		out[i].w.conds = append(out[i].w.conds, rest.conds...)
		out[i].w.args = append(out[i].w.args, rest.args...)
		f.otherWhere(&out[i].w)
	}
	return out, nil
}

// from is the FROM clause of a branch.
func (b *branch) from() string {
	if b.index == "" {
		return " FROM events e"
	}
	return " FROM events e INDEXED BY " + b.index
}

// sortKeys are the columns an event order refers to, selected by each
// branch of a page so the merged branches can be sorted again.
const sortKeys = `e.rowid AS id, e.day AS day, e.docid AS docid, e.idx AS idx, e.goldstein AS goldstein, e.confidence AS confidence`

// eventOrder is the ORDER BY clause of an event sort, its columns prefixed
// by p ("e." or "").
func eventOrder(sort, p string) (string, error) {
	tie := p + "day, " + p + "docid, " + p + "idx"
	switch sort {
	case "", SortDateAsc:
		return " ORDER BY " + tie, nil
	case SortDateDesc:
		return " ORDER BY " + p + "day DESC, " + p + "docid, " + p + "idx", nil
	case SortGoldAsc:
		return " ORDER BY " + p + "goldstein, " + tie, nil
	case SortGoldDesc:
		return " ORDER BY " + p + "goldstein DESC, " + tie, nil
	case SortConfDesc:
		return " ORDER BY " + p + "confidence DESC, " + tie, nil
	}
	return "", fmt.Errorf("unknown sort %q", sort)
}

// pageRowids returns the query of the rowids of one page of f, in order,
// and its arguments. Each branch is walked in its index's order (by day,
// document id and index for date sorts) and stops after offset+limit
// rows; several branches are merged and sorted again.
func (s *SQLite) pageRowids(ctx context.Context, f *EventFilter) (string, []any, error) {
	order, err := eventOrder(f.Sort, "e.")
	if err != nil {
		return "", nil, err
	}
	bs, err := s.branches(ctx, f)
	if err != nil {
		return "", nil, err
	}
	if len(bs) == 1 {
		b := bs[0]
		page, args := limitClause(b.w.args, f.Limit, f.Offset)
		return `SELECT e.rowid` + b.from() + b.w.String() + order + page, args, nil
	}
	// Each arm keeps the rows of every page up to this one; its limit is
	// bound like the page's, so the text does not vary with the page.
	armLimit := -1
	if n := pageLimit(f.Limit); n > 0 {
		armLimit = n + min(max(f.Offset, 0), math.MaxInt-n)
	}
	var arms []string
	var args []any
	for _, b := range bs {
		arms = append(arms, `SELECT * FROM (SELECT `+sortKeys+b.from()+b.w.String()+order+` LIMIT `+boundLimit+`)`)
		args = append(args, b.w.args...)
		args = append(args, armLimit)
	}
	outer, _ := eventOrder(f.Sort, "")
	page, args := limitClause(args, f.Limit, f.Offset)
	return `SELECT id FROM (` + strings.Join(arms, " UNION ALL ") + `)` + outer + page, args, nil
}

// countMatches returns the query counting the events matching f, summed
// over its branches, and its arguments.
func (s *SQLite) countMatches(ctx context.Context, f *EventFilter) (string, []any, error) {
	bs, err := s.branches(ctx, f)
	if err != nil {
		return "", nil, err
	}
	var parts []string
	var args []any
	for _, b := range bs {
		parts = append(parts, `(SELECT count(*)`+b.from()+b.w.String()+`)`)
		args = append(args, b.w.args...)
	}
	return `SELECT ` + strings.Join(parts, " + "), args, nil
}
