package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store/countrycode"
)

// where accumulates parameterized SQL conditions.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// prefixEnd returns the smallest string greater than every string with
// prefix p, so "col >= p AND col < prefixEnd(p)" is an indexable prefix
// match.
func prefixEnd(p string) string {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return "\xff\xff\xff\xff"
}

// actorCond matches an actor code prefix against a code column, using the
// three-letter head column when the prefix is exactly a head.
func actorCond(w *where, col, headCol, prefix string) {
	prefix = strings.ToUpper(strings.TrimSpace(prefix))
	if len(prefix) == 3 && headCol != "" {
		w.add(headCol+" = ?", prefix)
		return
	}
	w.add("("+col+" >= ? AND "+col+" < ?)", prefix, prefixEnd(prefix))
}

func dayRange(w *where, col string, from, to doc.Day) {
	if !from.IsZero() {
		w.add(col+" >= ?", dayNumber(from))
	}
	if !to.IsZero() {
		w.add(col+" <= ?", dayNumber(to))
	}
}

func (f *EventFilter) where(w *where) {
	if f.Source != "" {
		actorCond(w, "e.src", "e.src3", f.Source)
	}
	if f.Target != "" {
		actorCond(w, "e.tgt", "e.tgt3", f.Target)
	}
	if f.Either != "" {
		var a, b where
		actorCond(&a, "e.src", "e.src3", f.Either)
		actorCond(&b, "e.tgt", "e.tgt3", f.Either)
		w.add("("+a.conds[0]+" OR "+b.conds[0]+")", append(a.args, b.args...)...)
	}
	f.otherWhere(w)
}

// otherWhere adds the conditions of f other than its actors.
func (f *EventFilter) otherWhere(w *where) {
	if f.Root != "" {
		w.add("e.root = ?", f.Root)
	}
	if f.Code != "" {
		w.add("(e.code >= ? AND e.code < ?)", f.Code, prefixEnd(f.Code))
	}
	if f.QuadClass != 0 {
		w.add("e.quad = ?", f.QuadClass)
	}
	dayRange(w, "e.day", f.From, f.To)
	if f.Place != "" {
		// Places carry ISO alpha-3 or alpha-2 codes: match the forms
		// the database holds (one form keeps the index's date order).
		forms := f.placeForms
		if len(forms) == 0 {
			forms = countryForms(f.Place)
		}
		if len(forms) == 1 {
			w.add("e.place_country = ?", forms[0])
		} else {
			args := make([]any, len(forms))
			for i, c := range forms {
				args[i] = c
			}
			w.add("e.place_country IN ("+placeholders(len(forms))+")", args...)
		}
	}
	if f.Modality != "" {
		w.add("e.modality = ?", f.Modality)
	}
	if f.DocID != "" {
		w.add("e.doc = (SELECT rowid FROM documents WHERE id = ?)", f.DocID)
	}
	if f.ClusterID != "" {
		w.add("e.cluster = (SELECT rowid FROM clusters WHERE key = ?)", f.ClusterID)
	}
	if f.MinConfidence > 0 {
		w.add("e.confidence >= ?", f.MinConfidence)
	}
}

// pageLimit is the rows a page of the given limit holds: 100 when it is
// 0, and -1 (all) when it is negative.
func pageLimit(limit int) int {
	if limit == 0 {
		return 100
	}
	return max(limit, -1)
}

// limitClause returns the LIMIT and OFFSET clause of a page, as bound
// parameters, and args with their values appended: the text is the same
// for every page, so one prepared statement serves them all.
func limitClause(args []any, limit, offset int) (string, []any) {
	return " LIMIT " + boundLimit + " OFFSET ?", append(args, pageLimit(limit), max(offset, 0))
}

// boundLimit is a LIMIT's bound parameter. SQLite (3.47 on) reads a
// bare "LIMIT ?" at prepare time and marks the statement to be prepared
// again whenever a value is bound to it, that is at every execution,
// which would undo keeping the statement; a unary plus makes the limit
// an expression it evaluates at run time instead.
const boundLimit = "+?"

const eventColumns = `e.idx, e.sentence, e.start, e."end", e.trigger, e.src, e.src_text, e.src_start, e.src_end, e.has_tgt, e.tgt, e.tgt_text, e.tgt_start, e.tgt_end,
	e.code, e.root, e.quad, e.goldstein, e.plover_type, e.plover_mode, e.modality, e.date, e.date_precision, e.has_place, e.place_name, e.place_country,
	e.place_lat, e.place_lon, e.place_geoid, e.rule, e.confidence, e.amounts, coalesce(c.key, ''), e.day,
	d.id, d.date, d.url, d.title, d.source,
	coalesce((SELECT CAST(substr(CAST(d.text AS BLOB), s.start + 1, s."end" - s.start) AS TEXT) FROM sentences s WHERE s.doc = e.doc AND s.idx = e.sentence), '')`

// Events lists event mentions.
func (s *SQLite) Events(ctx context.Context, f EventFilter) ([]EventRow, error) {
	return collect(func(fn func(*EventRow) error) error { return s.eachEvent(ctx, f, true, fn) })
}

// collect gathers into a slice the rows a streaming listing passes to
// its callback: the slice form of EachEvent and EachCluster.
func collect[T any](each func(fn func(*T) error) error) ([]T, error) {
	var out []T
	err := each(func(r *T) error {
		out = append(out, *r)
		return nil
	})
	return out, err
}

// EachEvent streams the mentions matching f to fn.
func (s *SQLite) EachEvent(ctx context.Context, f EventFilter, fn func(*EventRow) error) error {
	return s.eachEvent(ctx, f, false, fn)
}

func (s *SQLite) eachEvent(ctx context.Context, f EventFilter, paged bool, fn func(*EventRow) error) error {
	if err := s.resolvePlace(ctx, &f); err != nil {
		return err
	}
	order, err := eventOrder(f.Sort, "e.")
	if err != nil {
		return fmt.Errorf("list events: %w", err)
	}
	from := ` FROM events e JOIN documents d ON d.rowid = e.doc LEFT JOIN clusters c ON c.rowid = e.cluster`
	// The rows are sorted by the document id itself; the pages' rowids
	// come sorted by its copy in the events table (the same value).
	order = strings.Replace(order, "e.docid", "d.id", 1)
	var q string
	var args []any
	if paged {
		// Order and limit the matching rowids first, from the indexes
		// alone where an actor is given, then build the page's rows:
		// the sentence text and the other columns are read for the page
		// alone, not for every match a sort has to look at.
		ids, idArgs, err := s.pageRowids(ctx, &f)
		if err != nil {
			return fmt.Errorf("list events: %w", err)
		}
		q, args = `SELECT `+eventColumns+from+` WHERE e.rowid IN (`+ids+`)`+order, idArgs
	} else {
		var w where
		f.where(&w)
		q, args = `SELECT `+eventColumns+from+w.String()+order, w.args
	}
	rows, err := s.prepared(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("list events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanEvent(rows)
		if err != nil {
			return fmt.Errorf("list events: %w", err)
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list events: %w", err)
	}
	return nil
}

func scanEvent(rows *sql.Rows) (EventRow, error) {
	var r EventRow
	var tgt doc.ActorRef
	var hasTgt, hasPlace int
	var pl doc.EventPlace
	var amounts string
	var day sql.NullInt64
	var docDate sql.NullString
	e := &r.Event
	err := rows.Scan(&r.Index, &e.Sentence, &e.Start, &e.End, &e.Trigger, &e.Source.Code, &e.Source.Text, &e.Source.Start, &e.Source.End,
		&hasTgt, &tgt.Code, &tgt.Text, &tgt.Start, &tgt.End, &e.Code, &e.Root, &e.QuadClass, &e.Goldstein, &e.Plover.Type, &e.Plover.Mode,
		&e.Modality, &e.Date, &e.DatePrecision, &hasPlace, &pl.Name, &pl.Country, &pl.Lat, &pl.Lon, &pl.GeonameID, &e.Rule, &e.Confidence,
		&amounts, &r.ClusterID, &day, &r.DocID, &docDate, &r.URL, &r.Title, &r.DocSource, &r.SentenceText)
	if err != nil {
		return r, err
	}
	e.Source.Entity = -1
	if hasTgt == 1 {
		tgt.Entity = -1
		e.Target = &tgt
	}
	if hasPlace == 1 {
		e.Place = &pl
	}
	if amounts != "" {
		if err := json.Unmarshal([]byte(amounts), &e.Amounts); err != nil {
			return r, fmt.Errorf("event amounts: %w", err)
		}
	}
	if docDate.Valid {
		r.DocDate, _ = doc.ParseDay(docDate.String)
	}
	return r, nil
}

// CountEvents counts the event mentions matching f.
func (s *SQLite) CountEvents(ctx context.Context, f EventFilter) (int, error) {
	if err := s.resolvePlace(ctx, &f); err != nil {
		return 0, err
	}
	q, args, err := s.countMatches(ctx, &f)
	if err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// Clusters lists event clusters.
func (s *SQLite) Clusters(ctx context.Context, f ClusterFilter) ([]Cluster, error) {
	return collect(func(fn func(*Cluster) error) error { return s.eachCluster(ctx, f, true, fn) })
}

// EachCluster streams the clusters matching f to fn.
func (s *SQLite) EachCluster(ctx context.Context, f ClusterFilter, fn func(*Cluster) error) error {
	return s.eachCluster(ctx, f, false, fn)
}

func (s *SQLite) eachCluster(ctx context.Context, f ClusterFilter, paged bool, fn func(*Cluster) error) error {
	var w where
	if f.Source != "" {
		actorCond(&w, "c.src", "", f.Source)
	}
	if f.Target != "" {
		actorCond(&w, "c.tgt", "", f.Target)
	}
	if f.Root != "" {
		w.add("c.root = ?", f.Root)
	}
	if f.QuadClass != 0 {
		w.add("c.quad = ?", f.QuadClass)
	}
	dayRange(&w, "c.day", f.From, f.To)
	if f.MinMentions > 0 {
		w.add("c.num_mentions >= ?", f.MinMentions)
	}
	order := " ORDER BY c.day, c.key"
	switch f.Sort {
	case "", "date":
	case "-date":
		order = " ORDER BY c.day DESC, c.key"
	case "-mentions":
		order = " ORDER BY c.num_mentions DESC, c.day, c.key"
	default:
		return fmt.Errorf("list clusters: unknown sort %q", f.Sort)
	}
	limit, args := "", w.args
	if paged {
		limit, args = limitClause(args, f.Limit, f.Offset)
	}
	q := `SELECT c.key, c.src, c.tgt, c.code, c.root, c.quad, c.goldstein, c.day, c.has_place, c.place_name, c.place_country, c.place_lat, c.place_lon, c.place_geoid,
		c.num_mentions, c.num_articles, c.num_sources, coalesce(c.first_seen, ''), coalesce(c.last_seen, ''), c.confidence, c.avg_tone, c.source_url,
		c.src_name, c.tgt_name, c.lead,
		CASE WHEN c.place_geoid != 0 THEN coalesce((SELECT feature FROM places WHERE geoid = c.place_geoid LIMIT 1), '')
			WHEN c.has_place = 1 THEN coalesce((SELECT feature FROM places WHERE name = c.place_name AND country = c.place_country LIMIT 1), '') ELSE '' END,
		CASE WHEN c.place_geoid != 0 THEN coalesce((SELECT admin1 FROM places WHERE geoid = c.place_geoid LIMIT 1), '')
			WHEN c.has_place = 1 THEN coalesce((SELECT admin1 FROM places WHERE name = c.place_name AND country = c.place_country LIMIT 1), '') ELSE '' END
		FROM clusters c` +
		w.String() + order + limit
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("list clusters: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c Cluster
		var day sql.NullInt64
		var hasPlace, lead int
		var pl doc.EventPlace
		var first, last string
		if err := rows.Scan(&c.ID, &c.Source, &c.Target, &c.Code, &c.Root, &c.QuadClass, &c.Goldstein, &day, &hasPlace,
			&pl.Name, &pl.Country, &pl.Lat, &pl.Lon, &pl.GeonameID, &c.NumMentions, &c.NumArticles, &c.NumSources,
			&first, &last, &c.Confidence, &c.AvgTone, &c.SourceURL, &c.SourceName, &c.TargetName, &lead, &c.PlaceFeature, &c.PlaceAdmin1); err != nil {
			return fmt.Errorf("list clusters: %w", err)
		}
		if day.Valid {
			c.Date = dayOf(day.Int64).String()
		}
		if hasPlace == 1 {
			c.Place = &pl
		}
		c.Lead = lead == 1
		if first != "" {
			c.FirstSeen, _ = doc.ParseDay(first)
		}
		if last != "" {
			c.LastSeen, _ = doc.ParseDay(last)
		}
		if err := fn(&c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// countryForms lists the distinct spellings of a country code: as given,
// ISO alpha-2 and alpha-3.
func countryForms(c string) []string {
	var out []string
	for _, f := range []string{strings.ToUpper(strings.TrimSpace(c)), countrycode.ISO2(c), countrycode.ISO3(c)} {
		if f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// resolvePlace keeps the spellings of f.Place that the database holds.
func (s *SQLite) resolvePlace(ctx context.Context, f *EventFilter) error {
	if f.Place == "" {
		return nil
	}
	var keep []string
	for _, c := range countryForms(f.Place) {
		var one int
		err := s.db.QueryRowContext(ctx, `SELECT 1 FROM events WHERE place_country = ? LIMIT 1`, c).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return fmt.Errorf("place filter: %w", err)
		}
		keep = append(keep, c)
	}
	if len(keep) == 0 {
		keep = countryForms(f.Place)[:1]
	}
	f.placeForms = keep
	return nil
}

// isHead reports whether an actor filter is a three-letter country or
// group code, the level at which dyad_days counts events.
func isHead(a string) bool { return len(strings.TrimSpace(a)) == 3 }

// periodStart returns the first day of the period holding day n.
func periodStart(n int64, by string) int64 {
	switch by {
	case ByWeek:
		// 1970-01-01 was a Thursday; weeks start on Monday.
		return n - (n+3)%7
	case ByMonth:
		d := dayOf(n)
		return dayNumber(doc.DayOf(d.Year(), d.Month(), 1))
	}
	return n
}

func nextPeriod(n int64, by string) int64 {
	switch by {
	case ByWeek:
		return n + 7
	case ByMonth:
		d := dayOf(n)
		return dayNumber(doc.Day{Time: d.AddDate(0, 1, 0)})
	}
	return n + 1
}

// Series counts a dyad's events per period.
func (s *SQLite) Series(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error) {
	switch q.By {
	case "":
		q.By = ByDay
	case ByDay, ByWeek, ByMonth:
	default:
		return nil, fmt.Errorf("series: unknown period %q (want day, week or month)", q.By)
	}
	if q.A == "" {
		return nil, errors.New("series: no actor")
	}
	byDay := map[int64]*SeriesPoint{}
	dirs := [][2]string{{q.A, q.B}}
	if q.Both && q.B != "" && !strings.EqualFold(q.A, q.B) {
		dirs = append(dirs, [2]string{q.B, q.A})
	}
	for _, dir := range dirs {
		var w where
		actorCond(&w, "e.src", "e.src3", dir[0])
		if dir[1] != "" {
			actorCond(&w, "e.tgt", "e.tgt3", dir[1])
		}
		w.add("e.day IS NOT NULL")
		dayRange(&w, "e.day", q.From, q.To)
		if q.Root != "" {
			w.add("e.root = ?", q.Root)
		}
		if q.Modality != "" {
			w.add("e.modality = ?", q.Modality)
		}
		query := `SELECT e.day, e.quad, count(*), sum(e.goldstein) FROM events e` + w.String() + ` GROUP BY e.day, e.quad`
		if isHead(dir[0]) && (dir[1] == "" || isHead(dir[1])) && q.Root == "" && q.Modality == "" {
			// Country-level dyads read the daily counts kept on writes.
			var dw where
			dw.add("src3 = ?", strings.ToUpper(dir[0]))
			if dir[1] != "" {
				dw.add("tgt3 = ?", strings.ToUpper(dir[1]))
			}
			dayRange(&dw, "day", q.From, q.To)
			query = `SELECT day, quad, sum(n), sum(gsum) FROM dyad_days` + dw.String() + ` GROUP BY day, quad`
			if dir[1] == "" {
				// A country with anyone: the counts summed over targets.
				query = `SELECT day, quad, n, gsum FROM source_days` + dw.String()
			}
			w = dw
		}
		rows, err := s.db.QueryContext(ctx, query, w.args...)
		if err != nil {
			return nil, fmt.Errorf("series: %w", err)
		}
		for rows.Next() {
			var day int64
			var quad, n int
			var sum float64
			if err := rows.Scan(&day, &quad, &n, &sum); err != nil {
				rows.Close()
				return nil, fmt.Errorf("series: %w", err)
			}
			p := periodStart(day, q.By)
			pt := byDay[p]
			if pt == nil {
				pt = &SeriesPoint{Period: dayOf(p)}
				byDay[p] = pt
			}
			pt.Count += n
			if quad >= 1 && quad <= 4 {
				pt.Quad[quad-1] += n
			}
			pt.GoldsteinSum += sum
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("series: %w", err)
		}
	}
	if len(byDay) == 0 {
		return nil, nil
	}
	lo, hi := int64(1<<62), int64(-1<<62)
	for p := range byDay {
		lo, hi = min(lo, p), max(hi, p)
	}
	var out []SeriesPoint
	for p := lo; p <= hi; p = nextPeriod(p, q.By) {
		pt := byDay[p]
		if pt == nil {
			pt = &SeriesPoint{Period: dayOf(p)}
		}
		if pt.Count > 0 {
			pt.GoldsteinMean = pt.GoldsteinSum / float64(pt.Count)
		}
		out = append(out, *pt)
	}
	return out, nil
}

// TopActors ranks actors by their number of events.
func (s *SQLite) TopActors(ctx context.Context, q ActorQuery) ([]ActorCount, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	if q.From.IsZero() && q.To.IsZero() {
		return s.topActorsFromStats(ctx, q, limit)
	}
	var parts []string
	var args []any
	for _, role := range []struct{ name, col string }{{"source", "src"}, {"target", "tgt"}} {
		if q.Role != "" && q.Role != role.name {
			continue
		}
		var w where
		w.add("e." + role.col + " != ''")
		if q.Prefix != "" {
			actorCond(&w, "e."+role.col, "", q.Prefix)
		}
		dayRange(&w, "e.day", q.From, q.To)
		src, tgt := "1", "0"
		if role.col == "tgt" {
			src, tgt = "0", "1"
		}
		parts = append(parts, `SELECT e.`+role.col+` AS code, `+src+` AS s, `+tgt+` AS t, e.doc AS doc FROM events e`+w.String())
		args = append(args, w.args...)
	}
	if len(parts) == 0 {
		return nil, fmt.Errorf("top actors: unknown role %q (want source or target)", q.Role)
	}
	query := `SELECT code, count(*), sum(s), sum(t), count(DISTINCT doc) FROM (` + strings.Join(parts, " UNION ALL ") +
		`) GROUP BY code ORDER BY count(*) DESC, code LIMIT ?`
	return s.actorCounts(ctx, q.Role, query, append(args, limit)...)
}

// topActorsFromStats ranks actors from the per-actor counts kept on
// writes, for rankings over the whole database.
func (s *SQLite) topActorsFromStats(ctx context.Context, q ActorQuery, limit int) ([]ActorCount, error) {
	var w where
	if q.Prefix != "" {
		actorCond(&w, "code", "", q.Prefix)
	}
	order := "as_source + as_target"
	switch q.Role {
	case "":
	case "source":
		order = "as_source"
		w.add("as_source > 0")
	case "target":
		order = "as_target"
		w.add("as_target > 0")
	default:
		return nil, fmt.Errorf("top actors: unknown role %q (want source or target)", q.Role)
	}
	return s.actorCounts(ctx, q.Role, `SELECT code, `+order+`, as_source, as_target, documents FROM actor_stats`+w.String()+
		` ORDER BY `+order+` DESC, code LIMIT ?`, append(w.args, limit)...)
}

// actorCounts runs a ranking query whose rows are code, events, as
// source, as target and documents, keeps only the counts of role (source,
// target, or both when empty), and names each code.
func (s *SQLite) actorCounts(ctx context.Context, role, query string, args ...any) ([]ActorCount, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("top actors: %w", err)
	}
	var out []ActorCount
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Code, &a.Events, &a.AsSource, &a.AsTarget, &a.Documents); err != nil {
			rows.Close()
			return nil, fmt.Errorf("top actors: %w", err)
		}
		switch role {
		case "source":
			a.AsTarget = 0
		case "target":
			a.AsSource = 0
		}
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("top actors: %w", err)
	}
	return out, s.actorNames(ctx, out)
}

// actorNames fills in the most frequent entity name of each code.
func (s *SQLite) actorNames(ctx context.Context, as []ActorCount) error {
	for i := range as {
		err := s.db.QueryRowContext(ctx, `SELECT name FROM entities WHERE code = ? AND name != '' GROUP BY name ORDER BY count(*) DESC, name LIMIT 1`, as[i].Code).Scan(&as[i].Name)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("top actors: name of %s: %w", as[i].Code, err)
		}
	}
	return nil
}

// Places aggregates event locations.
func (s *SQLite) Places(ctx context.Context, f PlaceFilter) ([]PlacePoint, error) {
	if err := s.resolvePlace(ctx, &f.EventFilter); err != nil {
		return nil, err
	}
	var w where
	f.where(&w)
	w.add("e.has_place = 1")
	group := "e.place_geoid, e.place_name, e.place_country"
	if f.Precision > 0 {
		p := fmt.Sprint(min(f.Precision, 6))
		group = "round(e.place_lat, " + p + "), round(e.place_lon, " + p + ")"
	}
	limit := f.Limit
	if limit == 0 {
		limit = 1000
	}
	page, args := limitClause(w.args, limit, f.Offset)
	q := `SELECT min(e.place_name), min(e.place_country), avg(e.place_lat), avg(e.place_lon), min(e.place_geoid), count(*),
		sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4), avg(e.goldstein)
		FROM events e` + w.String() + ` GROUP BY ` + group + ` ORDER BY count(*) DESC, min(e.place_name)` + page
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	defer rows.Close()
	var out []PlacePoint
	for rows.Next() {
		var p PlacePoint
		if err := rows.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.GeonameID, &p.Events, &p.Quad[0], &p.Quad[1], &p.Quad[2], &p.Quad[3], &p.GoldsteinMean); err != nil {
			return nil, fmt.Errorf("places: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// ftsQuery quotes each bare word of a user query so FTS5 syntax errors
// (stray punctuation) do not fail the search, keeping operators,
// "phrases" and prefix* terms.
func ftsQuery(q string) string {
	var out []string
	inPhrase := false
	for _, f := range strings.Fields(q) {
		if inPhrase || strings.HasPrefix(f, `"`) {
			out = append(out, f)
			if strings.Count(f, `"`)%2 == 1 {
				inPhrase = !inPhrase
			}
			continue
		}
		switch f {
		case "AND", "OR", "NOT":
			out = append(out, f)
			continue
		}
		star := strings.HasSuffix(f, "*")
		w := strings.TrimSuffix(f, "*")
		w = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		if star {
			w += "*"
		}
		out = append(out, w)
	}
	if inPhrase {
		out = append(out, `"`)
	}
	return strings.Join(out, " ")
}

// Search runs a full-text query over titles and texts.
func (s *SQLite) Search(ctx context.Context, q SearchQuery) ([]SearchHit, error) {
	if strings.TrimSpace(q.Query) == "" {
		return nil, errors.New("search: empty query")
	}
	var w where
	w.add("documents_fts MATCH ?", ftsQuery(q.Query))
	if !q.From.IsZero() {
		w.add("d.date >= ?", q.From.String())
	}
	if !q.To.IsZero() {
		w.add("d.date <= ?", q.To.String())
	}
	limit := q.Limit
	if limit == 0 {
		limit = 20
	}
	page, args := limitClause(w.args, limit, q.Offset)
	query := `SELECT ` + docSummaryColumns + `, snippet(documents_fts, 1, '[', ']', '…', 16), bm25(documents_fts)
		FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid` + w.String() + ` ORDER BY bm25(documents_fts)` + page
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var out []SearchHit
	for rows.Next() {
		var h SearchHit
		if err := scanDocSummary(rows, &h.DocSummary, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

const docSummaryColumns = `d.id, d.date, d.title, d.url, d.source, d.status, d.error, d.origin, d.events, d.tone, d.ingested`

func scanDocSummary(rows *sql.Rows, d *DocSummary, extra ...any) error {
	var date sql.NullString
	var ingested string
	if err := rows.Scan(append([]any{&d.ID, &date, &d.Title, &d.URL, &d.Source, &d.Status, &d.Error, &d.Origin, &d.Events, &d.Tone, &ingested}, extra...)...); err != nil {
		return err
	}
	if date.Valid {
		d.Date, _ = doc.ParseDay(date.String)
	}
	d.Ingested, _ = time.Parse(time.RFC3339, ingested)
	return nil
}

// Documents lists stored documents, newest first.
func (s *SQLite) Documents(ctx context.Context, f DocFilter) ([]DocSummary, error) {
	var w where
	if f.Status != "" {
		w.add("d.status = ?", f.Status)
	}
	if f.Source != "" {
		w.add("d.source = ?", f.Source)
	}
	if !f.From.IsZero() {
		w.add("d.date >= ?", f.From.String())
	}
	if !f.To.IsZero() {
		w.add("d.date <= ?", f.To.String())
	}
	page, args := limitClause(w.args, f.Limit, f.Offset)
	rows, err := s.db.QueryContext(ctx, `SELECT `+docSummaryColumns+` FROM documents d`+w.String()+` ORDER BY d.date DESC, d.id`+page, args...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	defer rows.Close()
	var out []DocSummary
	for rows.Next() {
		var d DocSummary
		if err := scanDocSummary(rows, &d); err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Stats summarizes the database.
func (s *SQLite) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	counts := []struct {
		dst *int
		q   string
	}{
		{&st.Documents, `SELECT count(*) FROM documents WHERE status = 'ok'`},
		{&st.Failed, `SELECT count(*) FROM documents WHERE status = 'error'`},
		{&st.Sentences, `SELECT count(*) FROM sentences`},
		{&st.Entities, `SELECT count(*) FROM entities`},
		{&st.Events, `SELECT count(*) FROM events`},
		{&st.Clusters, `SELECT count(*) FROM clusters`},
		{&st.Quotes, `SELECT count(*) FROM quotes`},
		{&st.Places, `SELECT count(*) FROM places`},
		{&st.Amounts, `SELECT count(*) FROM amounts`},
	}
	for _, c := range counts {
		if err := s.db.QueryRowContext(ctx, c.q).Scan(c.dst); err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
	}
	var lo, hi sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT min(day), max(day) FROM events`).Scan(&lo, &hi); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	if lo.Valid {
		st.FirstDate, st.LastDate = dayOf(lo.Int64), dayOf(hi.Int64)
	}
	v, err := s.version(ctx)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.SchemaVersion = v
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(s.path + suffix); err == nil {
			st.Bytes += fi.Size()
		}
	}
	return st, nil
}

// Document returns the full stored document.
func (s *SQLite) Document(ctx context.Context, id string) (*doc.Document, error) {
	var row int64
	var date sql.NullString
	var warnings string
	var body []byte
	d := doc.New(id, "")
	err := s.db.QueryRowContext(ctx, `SELECT rowid, date, title, url, source, text, tone, tone_pos, tone_neg, warnings, body FROM documents WHERE id = ?`, id).
		Scan(&row, &date, &d.Title, &d.URL, &d.Source, &d.Text, &d.Tone.Score, &d.Tone.Positive, &d.Tone.Negative, &warnings, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", id, err)
	}
	if len(body) > 0 {
		text := d.Text
		if err := decodeBody(body, d); err != nil {
			return nil, fmt.Errorf("document %q: %w", id, err)
		}
		d.Text = text
		return d, nil
	}
	// Documents stored without a body (failed ones) are rebuilt from
	// the tables.
	if date.Valid {
		d.Date, _ = doc.ParseDay(date.String)
	}
	if warnings != "" {
		if err := json.Unmarshal([]byte(warnings), &d.Warnings); err != nil {
			return nil, fmt.Errorf("document %q: warnings: %w", id, err)
		}
	}
	if err := s.loadParts(ctx, row, d); err != nil {
		return nil, fmt.Errorf("document %q: %w", id, err)
	}
	evs, err := s.Events(ctx, EventFilter{DocID: id, Limit: -1})
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", id, err)
	}
	slices.SortFunc(evs, func(a, b EventRow) int { return cmp.Compare(a.Index, b.Index) })
	for _, e := range evs {
		d.Events = append(d.Events, e.Event)
	}
	return d, nil
}

// span returns text[start:end], or "" when the span is out of range.
func span(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return text[start:end]
}

func (s *SQLite) each(ctx context.Context, q string, row int64, scan func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, q, row)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *SQLite) loadParts(ctx context.Context, row int64, d *doc.Document) error {
	t := d.Text
	err := s.each(ctx, `SELECT start, "end" FROM sentences WHERE doc = ? ORDER BY idx`, row, func(r *sql.Rows) error {
		var x doc.Sentence
		if err := r.Scan(&x.Start, &x.End); err != nil {
			return err
		}
		x.Text = span(t, x.Start, x.End)
		x.Tokens = []doc.Token{}
		d.Sentences = append(d.Sentences, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("sentences: %w", err)
	}
	err = s.each(ctx, `SELECT start, "end", type, code, name, sentence, role, by FROM entities WHERE doc = ? ORDER BY idx`, row, func(r *sql.Rows) error {
		x := doc.Entity{Ref: -1}
		if err := r.Scan(&x.Start, &x.End, &x.Type, &x.Code, &x.Name, &x.Sentence, &x.Role, &x.By); err != nil {
			return err
		}
		x.Text = span(t, x.Start, x.End)
		d.Entities = append(d.Entities, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	err = s.each(ctx, `SELECT start, "end", kind, sentence, has_speaker, speaker_text, speaker_name, speaker_code, speaker_start, speaker_end FROM quotes WHERE doc = ? ORDER BY idx`, row, func(r *sql.Rows) error {
		var x doc.Quote
		var has int
		var sp doc.Speaker
		if err := r.Scan(&x.Start, &x.End, &x.Kind, &x.Sentence, &has, &sp.Text, &sp.Name, &sp.Code, &sp.Start, &sp.End); err != nil {
			return err
		}
		x.Text = span(t, x.Start, x.End)
		if has == 1 {
			if st := span(t, sp.Start, sp.End); st != "" {
				sp.Text = st
			}
			x.Speaker = &sp
		}
		d.Quotes = append(d.Quotes, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	err = s.each(ctx, `SELECT start, "end", name, country, admin1, lat, lon, geoid, feature, sentence FROM places WHERE doc = ? ORDER BY idx`, row, func(r *sql.Rows) error {
		var x doc.Place
		if err := r.Scan(&x.Start, &x.End, &x.Name, &x.Country, &x.Admin1, &x.Lat, &x.Lon, &x.GeonameID, &x.Feature, &x.Sentence); err != nil {
			return err
		}
		x.Text = span(t, x.Start, x.End)
		d.Places = append(d.Places, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	err = s.each(ctx, `SELECT start, "end", value, precision, sentence FROM dates WHERE doc = ? ORDER BY idx`, row, func(r *sql.Rows) error {
		var x doc.Date
		if err := r.Scan(&x.Start, &x.End, &x.Value, &x.Precision, &x.Sentence); err != nil {
			return err
		}
		x.Text = span(t, x.Start, x.End)
		d.Dates = append(d.Dates, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("dates: %w", err)
	}
	err = s.each(ctx, `SELECT start, "end", value, unit, currency, sentence FROM amounts WHERE doc = ? ORDER BY idx`, row, func(r *sql.Rows) error {
		var x doc.Amount
		if err := r.Scan(&x.Start, &x.End, &x.Value, &x.Unit, &x.Currency, &x.Sentence); err != nil {
			return err
		}
		x.Text = span(t, x.Start, x.End)
		d.Amounts = append(d.Amounts, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("amounts: %w", err)
	}
	return nil
}
