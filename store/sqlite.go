package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/sitrep/sitrep/doc"

	// The pure-Go SQLite driver, registered as "sqlite".
	_ "modernc.org/sqlite"
)

// DefaultPath is the database file used when none is given.
const DefaultPath = "sitrep.db"

// Options tune Open.
type Options struct {
	// ReadOnly opens an existing database for queries only.
	ReadOnly bool
	// NoClusters skips event clustering on writes (for bulk loads that
	// call Recluster at the end).
	NoClusters bool
	// CacheMB is SQLite's page cache per connection (0: 64 MB). Bulk
	// loads of millions of events run faster with a larger cache.
	CacheMB int
}

// SQLite is the embedded Store: one database file in WAL mode.
type SQLite struct {
	db   *sql.DB
	path string
	opts Options
	// wmu serializes writers so batches never interleave.
	wmu sync.Mutex
	// stmts holds the prepared statements of queries run often (see
	// prepared).
	smu   sync.Mutex
	stmts map[string]*sql.Stmt
}

var _ Store = (*SQLite)(nil)

// Open opens (creating and migrating as needed) the database at path.
func Open(path string, opts Options) (*SQLite, error) {
	if path == "" {
		path = DefaultPath
	}
	if opts.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open database: %w", err)
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	cacheMB := opts.CacheMB
	if cacheMB <= 0 {
		cacheMB = 64
	}
	q.Add("_pragma", fmt.Sprintf("cache_size(%d)", -cacheMB*1024))
	q.Add("_pragma", "temp_store(MEMORY)")
	// Read pages through a memory map (up to SQLite's 2 GB cap) rather
	// than a read call and a copy each: a page of events touches a few
	// hundred pages all over the file.
	q.Add("_pragma", "mmap_size(2147418112)")
	if opts.ReadOnly {
		q.Add("_pragma", "query_only(1)")
		q.Set("mode", "ro")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
	}
	dsn := "file:" + (&url.URL{Path: abs}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	db.SetConnMaxIdleTime(time.Minute)
	s := &SQLite{db: db, path: path, opts: opts}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if opts.ReadOnly {
		v, err := s.version(context.Background())
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("open database %s: %w", path, err)
		}
		if v < len(migrations) {
			db.Close()
			return nil, fmt.Errorf("open database %s: schema version %d, this sitrep needs %d: %w", path, v, len(migrations), ErrOldSchema)
		}
		if v > len(migrations) {
			db.Close()
			return nil, fmt.Errorf("open database %s: schema version %d is newer than this sitrep (%d)", path, v, len(migrations))
		}
		return s, nil
	}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return s, nil
}

// Close releases the database.
func (s *SQLite) Close() error {
	s.smu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.smu.Unlock()
	return s.db.Close()
}

// maxStmts bounds the prepared statements kept: queries whose text is
// new after that are prepared each time.
const maxStmts = 256

// prepared runs a query through a statement prepared once and kept, so
// the event pages, whose text repeats from request to request (it
// depends on the filters given, not on their values, and the page's
// limit and offset are bound parameters too), are not parsed and planned
// each time.
func (s *SQLite) prepared(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s.smu.Lock()
	st := s.stmts[q]
	if st == nil && len(s.stmts) < maxStmts {
		var err error
		if st, err = s.db.PrepareContext(ctx, q); err != nil {
			s.smu.Unlock()
			return nil, err
		}
		if s.stmts == nil {
			s.stmts = map[string]*sql.Stmt{}
		}
		s.stmts[q] = st
	}
	s.smu.Unlock()
	if st == nil {
		return s.db.QueryContext(ctx, q, args...)
	}
	return st.QueryContext(ctx, args...)
}

// DB returns the underlying handle, for tools that run their own SQL.
func (s *SQLite) DB() *sql.DB { return s.db }

// migrations are applied in order; migration i brings the schema to
// version i+1. Never edit a released migration: append a new one.
var migrations = []string{
	`
CREATE TABLE documents (
	rowid    INTEGER PRIMARY KEY,
	id       TEXT NOT NULL UNIQUE,
	hash     TEXT NOT NULL,
	url      TEXT NOT NULL DEFAULT '',
	source   TEXT NOT NULL DEFAULT '',
	title    TEXT NOT NULL DEFAULT '',
	date     TEXT,
	text     TEXT NOT NULL DEFAULT '',
	status   TEXT NOT NULL,
	error    TEXT NOT NULL DEFAULT '',
	origin   TEXT NOT NULL DEFAULT '',
	tone     REAL NOT NULL DEFAULT 0,
	tone_pos REAL NOT NULL DEFAULT 0,
	tone_neg REAL NOT NULL DEFAULT 0,
	warnings TEXT NOT NULL DEFAULT '',
	events   INTEGER NOT NULL DEFAULT 0,
	ingested TEXT NOT NULL,
	body     BLOB
);
CREATE INDEX documents_hash ON documents(hash);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_status ON documents(status, date);

CREATE TABLE sentences (
	doc   INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx   INTEGER NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
	doc      INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx      INTEGER NOT NULL,
	start    INTEGER NOT NULL,
	"end"    INTEGER NOT NULL,
	type     TEXT NOT NULL,
	code     TEXT NOT NULL,
	name     TEXT NOT NULL,
	sentence INTEGER NOT NULL,
	role     TEXT NOT NULL,
	by       TEXT NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX entities_code ON entities(code, name);

CREATE TABLE clusters (
	rowid         INTEGER PRIMARY KEY,
	key           TEXT NOT NULL UNIQUE,
	src           TEXT NOT NULL,
	tgt           TEXT NOT NULL,
	code          TEXT NOT NULL,
	root          TEXT NOT NULL,
	quad          INTEGER NOT NULL,
	goldstein     REAL NOT NULL,
	day           INTEGER,
	place_name    TEXT NOT NULL DEFAULT '',
	place_country TEXT NOT NULL DEFAULT '',
	place_lat     REAL NOT NULL DEFAULT 0,
	place_lon     REAL NOT NULL DEFAULT 0,
	place_geoid   INTEGER NOT NULL DEFAULT 0,
	has_place     INTEGER NOT NULL DEFAULT 0,
	num_mentions  INTEGER NOT NULL,
	num_articles  INTEGER NOT NULL,
	num_sources   INTEGER NOT NULL,
	first_seen    TEXT,
	last_seen     TEXT,
	confidence    REAL NOT NULL,
	avg_tone      REAL NOT NULL,
	source_url    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clusters_day ON clusters(day);
CREATE INDEX clusters_dyad ON clusters(src, tgt, day);

CREATE TABLE events (
	rowid          INTEGER PRIMARY KEY,
	doc            INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	sentence       INTEGER NOT NULL,
	start          INTEGER NOT NULL,
	"end"          INTEGER NOT NULL,
	trigger        TEXT NOT NULL,
	src            TEXT NOT NULL,
	src_text       TEXT NOT NULL,
	src_start      INTEGER NOT NULL,
	src_end        INTEGER NOT NULL,
	has_tgt        INTEGER NOT NULL,
	tgt            TEXT NOT NULL,
	tgt_text       TEXT NOT NULL,
	tgt_start      INTEGER NOT NULL,
	tgt_end        INTEGER NOT NULL,
	src3           TEXT NOT NULL,
	tgt3           TEXT NOT NULL,
	code           TEXT NOT NULL,
	root           TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	plover_type    TEXT NOT NULL,
	plover_mode    TEXT NOT NULL,
	modality       TEXT NOT NULL,
	date           TEXT NOT NULL,
	date_precision TEXT NOT NULL,
	day            INTEGER,
	has_place      INTEGER NOT NULL,
	place_name     TEXT NOT NULL,
	place_country  TEXT NOT NULL,
	place_lat      REAL NOT NULL,
	place_lon      REAL NOT NULL,
	place_geoid    INTEGER NOT NULL,
	rule           TEXT NOT NULL,
	confidence     REAL NOT NULL,
	amounts        TEXT NOT NULL,
	cluster        INTEGER REFERENCES clusters(rowid) ON DELETE SET NULL
);
CREATE UNIQUE INDEX events_doc ON events(doc, idx);
CREATE INDEX events_dyad3 ON events(src3, tgt3, day, quad, goldstein);
CREATE INDEX events_dyad ON events(src, tgt, day, quad, goldstein);
CREATE INDEX events_tgt ON events(tgt, day);
CREATE INDEX events_block ON events(src, tgt, root, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_root ON events(root, day);
CREATE INDEX events_country ON events(place_country, day);
CREATE INDEX events_cluster ON events(cluster);

CREATE TABLE quotes (
	doc           INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx           INTEGER NOT NULL,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	kind          TEXT NOT NULL,
	sentence      INTEGER NOT NULL,
	has_speaker   INTEGER NOT NULL,
	speaker_text  TEXT NOT NULL,
	speaker_name  TEXT NOT NULL,
	speaker_code  TEXT NOT NULL,
	speaker_start INTEGER NOT NULL,
	speaker_end   INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_code);

CREATE TABLE places (
	doc       INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	"end"     INTEGER NOT NULL,
	name      TEXT NOT NULL,
	country   TEXT NOT NULL,
	admin1    TEXT NOT NULL,
	lat       REAL NOT NULL,
	lon       REAL NOT NULL,
	geoid     INTEGER NOT NULL,
	feature   TEXT NOT NULL,
	sentence  INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX places_geoid ON places(geoid);

CREATE TABLE dates (
	doc       INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	"end"     INTEGER NOT NULL,
	value     TEXT NOT NULL,
	precision TEXT NOT NULL,
	sentence  INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE amounts (
	doc      INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx      INTEGER NOT NULL,
	start    INTEGER NOT NULL,
	"end"    INTEGER NOT NULL,
	value    REAL NOT NULL,
	unit     TEXT NOT NULL,
	currency TEXT NOT NULL,
	sentence INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
`,
	// Version 2: actor names and lead-paragraph flag on clusters, for
	// GDELT's Actor1Name/Actor2Name and IsRootEvent.
	`
ALTER TABLE clusters ADD COLUMN src_name TEXT NOT NULL DEFAULT '';
ALTER TABLE clusters ADD COLUMN tgt_name TEXT NOT NULL DEFAULT '';
ALTER TABLE clusters ADD COLUMN lead INTEGER NOT NULL DEFAULT 0;
`,
	// Version 3: per-actor event counts kept up to date on writes, so
	// the top-actors ranking does not scan every event.
	`
CREATE TABLE actor_stats (
	code      TEXT PRIMARY KEY,
	as_source INTEGER NOT NULL DEFAULT 0,
	as_target INTEGER NOT NULL DEFAULT 0,
	documents INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO actor_stats(code, as_source, as_target, documents)
	SELECT code, sum(s), sum(t), count(DISTINCT doc) FROM (
		SELECT src AS code, 1 AS s, 0 AS t, doc FROM events WHERE src != ''
		UNION ALL SELECT tgt, 0, 1, doc FROM events WHERE tgt != '')
	GROUP BY code;
`,
	// Version 4: places by name, to find the gazetteer feature of an
	// event place that has no GeoNames id (regions, countries).
	`
CREATE INDEX places_name ON places(name, country);
`,
	// Version 5: the canonical names of event actors (from their
	// entities), for cluster names in exports.
	`
ALTER TABLE events ADD COLUMN src_name TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN tgt_name TEXT NOT NULL DEFAULT '';
`,
	// Version 6: daily event counts per country-level dyad and
	// QuadClass, kept on writes, so dyad series read a few rows per day
	// instead of every event.
	`
CREATE TABLE dyad_days (
	src3 TEXT NOT NULL,
	tgt3 TEXT NOT NULL,
	day  INTEGER NOT NULL,
	quad INTEGER NOT NULL,
	n    INTEGER NOT NULL,
	gsum REAL NOT NULL,
	PRIMARY KEY (src3, tgt3, day, quad)
) WITHOUT ROWID;
INSERT INTO dyad_days(src3, tgt3, day, quad, n, gsum)
	SELECT src3, tgt3, day, quad, count(*), sum(goldstein) FROM events WHERE day IS NOT NULL GROUP BY src3, tgt3, day, quad;
`,
	// Version 7: a country on either side of an event within a date
	// range (actor=USA, target=RUS alone) reads an index by day instead
	// of every event of the country, and these indexes hold the columns
	// of the usual filters and sorts, so only the events that pass them
	// are read; "country with anyone" series read the daily counts by
	// day.
	`
CREATE INDEX events_src3_day ON events(src3, day, tgt3, quad, root, goldstein, confidence);
CREATE INDEX events_tgt3_day ON events(tgt3, day, src3, quad, root, goldstein, confidence);
CREATE INDEX events_src_day ON events(src, day, quad, root, goldstein, confidence);
CREATE INDEX dyad_days_src3 ON dyad_days(src3, day);
`,
	// Version 8: daily event counts per source country and QuadClass
	// whatever the target, kept on writes with dyad_days, so a series of
	// a country with anyone reads one row per day and QuadClass instead
	// of one per day, QuadClass and target.
	`
CREATE TABLE source_days (
	src3 TEXT NOT NULL,
	day  INTEGER NOT NULL,
	quad INTEGER NOT NULL,
	n    INTEGER NOT NULL,
	gsum REAL NOT NULL,
	PRIMARY KEY (src3, day, quad)
) WITHOUT ROWID;
INSERT INTO source_days(src3, day, quad, n, gsum)
	SELECT src3, day, quad, sum(n), sum(gsum) FROM dyad_days GROUP BY src3, day, quad;
`,
	// Version 9: the document id kept with each event, and indexes that
	// hold an actor's events newest first in listing order (day, document
	// id, index) with the columns of the usual filters and sorts, so a
	// page of an actor's events is read from one index, in order, and
	// stops after its last row instead of sorting every match. They
	// replace the country-by-day indexes of version 7 and the dyad and
	// target indexes of version 1, whose columns they hold.
	`
ALTER TABLE events ADD COLUMN docid TEXT NOT NULL DEFAULT '';
UPDATE events SET docid = (SELECT id FROM documents WHERE documents.rowid = events.doc);
DROP INDEX events_src3_day;
DROP INDEX events_tgt3_day;
DROP INDEX events_src_day;
DROP INDEX events_tgt;
DROP INDEX events_dyad3;
CREATE INDEX events_src3_page ON events(src3, day DESC, docid, idx, tgt3, quad, root, goldstein, confidence);
CREATE INDEX events_tgt3_page ON events(tgt3, day DESC, docid, idx, src3, quad, root, goldstein, confidence);
CREATE INDEX events_src_page ON events(src, day DESC, docid, idx, tgt3, quad, root, goldstein, confidence);
CREATE INDEX events_tgt_page ON events(tgt, day DESC, docid, idx, src3, quad, root, goldstein, confidence);
CREATE INDEX events_dyad3_page ON events(src3, tgt3, day DESC, docid, idx, quad, root, goldstein, confidence);
`,
}

func (s *SQLite) version(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_migrations'`).Scan(&n)
	if err != nil || n == 0 {
		return 0, err
	}
	var v sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return int(v.Int64), nil
}

func (s *SQLite) migrate(ctx context.Context) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	// BEGIN IMMEDIATE takes the write lock first, so two processes
	// opening a new database never both migrate it.
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	done := false
	defer func() {
		if !done {
			conn.ExecContext(context.Background(), `ROLLBACK`)
		}
	}()
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var cur sql.NullInt64
	if err := conn.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&cur); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if int(cur.Int64) > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this sitrep (%d)", cur.Int64, len(migrations))
	}
	for v := int(cur.Int64); v < len(migrations); v++ {
		if _, err := conn.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
		if _, err := conn.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied) VALUES (?, ?)`, v+1, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
	}
	if _, err := conn.ExecContext(ctx, `COMMIT`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	done = true
	return nil
}

// Put stores one document; see PutBatch.
func (s *SQLite) Put(ctx context.Context, it Item) (PutResult, error) {
	res, err := s.PutBatch(ctx, []Item{it})
	if err != nil {
		return PutResult{}, err
	}
	return res[0], nil
}

// HasHash reports whether a document with this content hash is stored.
func (s *SQLite) HasHash(ctx context.Context, hash string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE hash = ?`, hash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look up hash: %w", err)
	}
	return n > 0, nil
}

// Hashes returns which of the hashes are stored.
func (s *SQLite) Hashes(ctx context.Context, hashes []string) (map[string]bool, error) {
	out := map[string]bool{}
	for len(hashes) > 0 {
		n := min(len(hashes), 500)
		chunk := hashes[:n]
		hashes = hashes[n:]
		args := make([]any, len(chunk))
		for i, h := range chunk {
			args[i] = h
		}
		rows, err := s.db.QueryContext(ctx, `SELECT hash FROM documents WHERE hash IN (`+placeholders(len(chunk))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("look up hashes: %w", err)
		}
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return nil, fmt.Errorf("look up hashes: %w", err)
			}
			out[h] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("look up hashes: %w", err)
		}
	}
	return out, nil
}

func placeholders(n int) string {
	b := make([]byte, 0, 2*n)
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '?')
	}
	return string(b)
}

// PutBatch stores the items in one transaction.
func (s *SQLite) PutBatch(ctx context.Context, items []Item) ([]PutResult, error) {
	if s.opts.ReadOnly {
		return nil, ErrReadOnly
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin batch: %w", err)
	}
	defer tx.Rollback()
	w := &writer{tx: tx, ctx: ctx, blocks: map[blockKey]map[int64]bool{}}
	results := make([]PutResult, len(items))
	for i, it := range items {
		r, err := w.put(it)
		if err != nil {
			id := ""
			if it.Doc != nil {
				id = it.Doc.ID
			}
			return nil, fmt.Errorf("store document %q: %w", id, err)
		}
		results[i] = r
	}
	if !s.opts.NoClusters {
		if err := w.recluster(); err != nil {
			return nil, fmt.Errorf("cluster events: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit batch: %w", err)
	}
	return results, nil
}

// writer holds one write transaction and the cluster blocks it touched.
type writer struct {
	tx  *sql.Tx
	ctx context.Context
	// blocks maps each touched (source, target, root) to the days
	// (NoDay for undated) whose clusters must be recomputed.
	blocks map[blockKey]map[int64]bool
	stmts  map[string]*sql.Stmt
}

type blockKey struct{ src, tgt, root string }

// NoDay stands for an unknown event date in cluster regions.
const noDay = int64(-1 << 40)

// stmt returns the statement for q prepared in this transaction, so
// each distinct statement of a batch is parsed once.
func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[q] = st
	return st, nil
}

func (w *writer) exec(q string, args ...any) error {
	_, err := w.execResult(q, args...)
	return err
}

func (w *writer) execResult(q string, args ...any) (sql.Result, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(w.ctx, args...)
}

func (w *writer) query(q string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(w.ctx, args...)
}

// queryRow is QueryRow on a prepared statement; a preparation error
// surfaces from Scan.
func (w *writer) queryRow(q string, args ...any) rowScanner {
	st, err := w.stmt(q)
	if err != nil {
		return errRow{err}
	}
	return st.QueryRowContext(w.ctx, args...)
}

type rowScanner interface{ Scan(dest ...any) error }

type errRow struct{ err error }

func (e errRow) Scan(...any) error { return e.err }

func dayString(d doc.Day) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

func (w *writer) put(it Item) (PutResult, error) {
	d := it.Doc
	if d == nil {
		return PutResult{}, errors.New("nil document")
	}
	hash := it.Hash
	if hash == "" {
		hash = Hash(d.Text)
	}
	res := PutResult{ID: d.ID}
	var n int
	if err := w.queryRow(`SELECT count(*) FROM documents WHERE hash = ?`, hash).Scan(&n); err != nil {
		return res, err
	}
	if n > 0 {
		res.Status = "skipped"
		return res, nil
	}
	var oldRow int64
	err := w.queryRow(`SELECT rowid FROM documents WHERE id = ?`, d.ID).Scan(&oldRow)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return res, err
	default:
		if err := w.deleteDoc(oldRow); err != nil {
			return res, fmt.Errorf("replace: %w", err)
		}
		res.Status = "replaced"
	}
	status, errText := StatusOK, ""
	if it.Err != nil {
		status, errText = StatusError, it.Err.Error()
	}
	warn := ""
	if len(d.Warnings) > 0 {
		b, _ := json.Marshal(d.Warnings)
		warn = string(b)
	}
	nev := len(d.Events)
	if it.Err != nil {
		nev = 0
	}
	var body []byte
	if it.Err == nil {
		var err error
		if body, err = encodeBody(d); err != nil {
			return res, err
		}
	}
	r, err := w.execResult(`INSERT INTO documents(id, hash, url, source, title, date, text, status, error, origin, tone, tone_pos, tone_neg, warnings, events, ingested, body)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		d.ID, hash, d.URL, d.Source, d.Title, dayString(d.Date), d.Text, status, errText, it.Origin,
		d.Tone.Score, d.Tone.Positive, d.Tone.Negative, warn, nev, time.Now().UTC().Format(time.RFC3339), body)
	if err != nil {
		return res, err
	}
	row, err := r.LastInsertId()
	if err != nil {
		return res, err
	}
	if err := w.exec(`INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)`, row, d.Title, d.Text); err != nil {
		return res, fmt.Errorf("index text: %w", err)
	}
	if it.Err != nil {
		res.Status = StatusError
		return res, nil
	}
	if res.Status == "" {
		res.Status = "stored"
	}
	res.Events = nev
	return res, w.putParts(row, d)
}

func (w *writer) putParts(row int64, d *doc.Document) error {
	for i, x := range d.Sentences {
		if err := w.exec(`INSERT INTO sentences VALUES (?,?,?,?)`, row, i, x.Start, x.End); err != nil {
			return fmt.Errorf("sentence %d: %w", i, err)
		}
	}
	for i, x := range d.Entities {
		if err := w.exec(`INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?)`, row, i, x.Start, x.End, x.Type, x.Code, x.Name, x.Sentence, x.Role, x.By); err != nil {
			return fmt.Errorf("entity %d: %w", i, err)
		}
	}
	for i, x := range d.Quotes {
		var sp doc.Speaker
		has := 0
		if x.Speaker != nil {
			sp, has = *x.Speaker, 1
		}
		if err := w.exec(`INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`, row, i, x.Start, x.End, x.Kind, x.Sentence, has, sp.Text, sp.Name, sp.Code, sp.Start, sp.End); err != nil {
			return fmt.Errorf("quote %d: %w", i, err)
		}
	}
	for i, x := range d.Places {
		if err := w.exec(`INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`, row, i, x.Start, x.End, x.Name, x.Country, x.Admin1, x.Lat, x.Lon, x.GeonameID, x.Feature, x.Sentence); err != nil {
			return fmt.Errorf("place %d: %w", i, err)
		}
	}
	for i, x := range d.Dates {
		if err := w.exec(`INSERT INTO dates VALUES (?,?,?,?,?,?,?)`, row, i, x.Start, x.End, x.Value, x.Precision, x.Sentence); err != nil {
			return fmt.Errorf("date %d: %w", i, err)
		}
	}
	for i, x := range d.Amounts {
		if err := w.exec(`INSERT INTO amounts VALUES (?,?,?,?,?,?,?,?)`, row, i, x.Start, x.End, x.Value, x.Unit, x.Currency, x.Sentence); err != nil {
			return fmt.Errorf("amount %d: %w", i, err)
		}
	}
	for i := range d.Events {
		if err := w.putEvent(row, i, d); err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	src := make([]string, len(d.Events))
	tgt := make([]string, len(d.Events))
	for i, e := range d.Events {
		src[i] = e.Source.Code
		if e.Target != nil {
			tgt[i] = e.Target.Code
		}
	}
	return w.addActorStats(src, tgt, 1)
}

// addActorStats adds (sign 1) or removes (sign -1) one document's events
// to the per-actor counts: src[i] and tgt[i] are the codes of event i.
func (w *writer) addActorStats(src, tgt []string, sign int) error {
	type counts struct{ s, t int }
	m := map[string]*counts{}
	get := func(code string) *counts {
		c := m[code]
		if c == nil {
			c = &counts{}
			m[code] = c
		}
		return c
	}
	for i := range src {
		if src[i] != "" {
			get(src[i]).s++
		}
		if tgt[i] != "" {
			get(tgt[i]).t++
		}
	}
	codes := make([]string, 0, len(m))
	for c := range m {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, code := range codes {
		c := m[code]
		err := w.exec(`INSERT INTO actor_stats(code, as_source, as_target, documents) VALUES (?, ?, ?, ?)
			ON CONFLICT(code) DO UPDATE SET as_source = as_source + excluded.as_source, as_target = as_target + excluded.as_target, documents = documents + excluded.documents`,
			code, sign*c.s, sign*c.t, sign)
		if err != nil {
			return fmt.Errorf("actor counts: %w", err)
		}
	}
	return nil
}

// eventDay is the day of an event: its own date, else the document's.
func eventDay(ev *doc.Event, docDate doc.Day) (int64, bool) {
	if ev.Date != "" {
		if d, err := doc.ParseDay(ev.Date); err == nil {
			return dayNumber(d), true
		}
	}
	if !docDate.IsZero() {
		return dayNumber(docDate), true
	}
	return 0, false
}

// dayNumber counts days since 1970-01-01.
func dayNumber(d doc.Day) int64 {
	return d.Unix() / 86400
}

// dayOf is the inverse of dayNumber.
func dayOf(n int64) doc.Day {
	t := time.Unix(n*86400, 0).UTC()
	return doc.DayOf(t.Year(), t.Month(), t.Day())
}

// actorHead is the first three letters of a CAMEO code: the country or
// international group that GDELT calls the actor's country or known group.
func actorHead(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

func (w *writer) putEvent(row int64, i int, d *doc.Document) error {
	ev := &d.Events[i]
	var tgt doc.ActorRef
	hasTgt := 0
	if ev.Target != nil {
		tgt, hasTgt = *ev.Target, 1
	}
	var pl doc.EventPlace
	hasPlace := 0
	if ev.Place != nil {
		pl, hasPlace = *ev.Place, 1
	}
	var day any
	dn, ok := eventDay(ev, d.Date)
	if ok {
		day = dn
	} else {
		dn = noDay
	}
	root := ev.Root
	if root == "" && len(ev.Code) >= 2 {
		root = ev.Code[:2]
	}
	amounts := ""
	if len(ev.Amounts) > 0 {
		b, _ := json.Marshal(ev.Amounts)
		amounts = string(b)
	}
	err := w.exec(`INSERT INTO events(doc, idx, sentence, start, "end", trigger, src, src_text, src_start, src_end, has_tgt, tgt, tgt_text, tgt_start, tgt_end, src3, tgt3,
		code, root, quad, goldstein, plover_type, plover_mode, modality, date, date_precision, day, has_place, place_name, place_country, place_lat, place_lon, place_geoid, rule, confidence, amounts,
		src_name, tgt_name, docid)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		row, i, ev.Sentence, ev.Start, ev.End, ev.Trigger, ev.Source.Code, ev.Source.Text, ev.Source.Start, ev.Source.End,
		hasTgt, tgt.Code, tgt.Text, tgt.Start, tgt.End, actorHead(ev.Source.Code), actorHead(tgt.Code),
		ev.Code, root, ev.QuadClass, ev.Goldstein, ev.Plover.Type, ev.Plover.Mode, ev.Modality, ev.Date, ev.DatePrecision, day,
		hasPlace, pl.Name, pl.Country, pl.Lat, pl.Lon, pl.GeonameID, ev.Rule, ev.Confidence, amounts,
		entityName(d, ev.Source), entityName(d, tgt), d.ID)
	if err != nil {
		return err
	}
	if ok {
		if err := w.addDyadDay(actorHead(ev.Source.Code), actorHead(tgt.Code), dn, ev.QuadClass, 1, ev.Goldstein); err != nil {
			return err
		}
	}
	w.touch(blockKey{ev.Source.Code, tgt.Code, root}, dn)
	return nil
}

// addDyadDay adds n events (negative to remove) with Goldstein sum gsum
// to the daily count of a country-level dyad.
func (w *writer) addDyadDay(src3, tgt3 string, day int64, quad, n int, gsum float64) error {
	err := w.exec(`INSERT INTO dyad_days(src3, tgt3, day, quad, n, gsum) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT(src3, tgt3, day, quad) DO UPDATE SET n = n + excluded.n, gsum = gsum + excluded.gsum`, src3, tgt3, day, quad, n, gsum)
	if err != nil {
		return fmt.Errorf("dyad counts: %w", err)
	}
	err = w.exec(`INSERT INTO source_days(src3, day, quad, n, gsum) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(src3, day, quad) DO UPDATE SET n = n + excluded.n, gsum = gsum + excluded.gsum`, src3, day, quad, n, gsum)
	if err != nil {
		return fmt.Errorf("source counts: %w", err)
	}
	return nil
}

// entityName is the canonical name of the entity behind an actor, or
// its text when it has none.
func entityName(d *doc.Document, a doc.ActorRef) string {
	if a.Entity >= 0 && a.Entity < len(d.Entities) {
		if n := d.Entities[a.Entity].Name; n != "" {
			return n
		}
	}
	return a.Text
}

func (w *writer) touch(k blockKey, day int64) {
	m := w.blocks[k]
	if m == nil {
		m = map[int64]bool{}
		w.blocks[k] = m
	}
	m[day] = true
}

// deleteDoc removes a document and its rows, remembering the cluster
// blocks its events were in.
func (w *writer) deleteDoc(row int64) error {
	rows, err := w.query(`SELECT src, tgt, root, day, src3, tgt3, quad, goldstein FROM events WHERE doc = ?`, row)
	if err != nil {
		return err
	}
	var srcs, tgts []string
	type dyadDay struct {
		src3, tgt3 string
		day        int64
		quad       int
		gold       float64
	}
	var dds []dyadDay
	for rows.Next() {
		var k blockKey
		var day sql.NullInt64
		var dd dyadDay
		if err := rows.Scan(&k.src, &k.tgt, &k.root, &day, &dd.src3, &dd.tgt3, &dd.quad, &dd.gold); err != nil {
			rows.Close()
			return err
		}
		if day.Valid {
			dd.day = day.Int64
			dds = append(dds, dd)
		}
		srcs, tgts = append(srcs, k.src), append(tgts, k.tgt)
		if day.Valid {
			w.touch(k, day.Int64)
		} else {
			w.touch(k, noDay)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if err := w.addActorStats(srcs, tgts, -1); err != nil {
		return err
	}
	for _, dd := range dds {
		if err := w.addDyadDay(dd.src3, dd.tgt3, dd.day, dd.quad, -1, -dd.gold); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM source_days WHERE src3 = ? AND day = ? AND quad = ? AND n <= 0`, dd.src3, dd.day, dd.quad); err != nil {
			return err
		}
	}
	if len(dds) > 0 {
		if err := w.exec(`DELETE FROM dyad_days WHERE n <= 0`); err != nil {
			return err
		}
	}
	if err := w.exec(`DELETE FROM actor_stats WHERE as_source <= 0 AND as_target <= 0`); err != nil {
		return err
	}
	var title, text string
	if err := w.queryRow(`SELECT title, text FROM documents WHERE rowid = ?`, row).Scan(&title, &text); err != nil {
		return err
	}
	if err := w.exec(`INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`, row, title, text); err != nil {
		return err
	}
	return w.exec(`DELETE FROM documents WHERE rowid = ?`, row)
}

// encodeBody is the document's full contract JSON without its text and
// tokens, gzipped: Document returns it as the article view, so fields added
// to the contract later survive without a schema change.
func encodeBody(d *doc.Document) ([]byte, error) {
	c := *d.WithoutText()
	c.Sentences = make([]doc.Sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		s.Tokens = []doc.Token{}
		c.Sentences[i] = s
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err := json.NewEncoder(zw).Encode(&c); err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	return buf.Bytes(), nil
}

func decodeBody(b []byte, d *doc.Document) error {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("decode document: %w", err)
	}
	if err := json.NewDecoder(zr).Decode(d); err != nil {
		return fmt.Errorf("decode document: %w", err)
	}
	restoreLinks(d)
	return nil
}

// restoreLinks rebuilds the working links that the contract JSON leaves
// out: sentence indexes of quotes, dates, places and amounts, and the
// entity behind each event actor.
func restoreLinks(d *doc.Document) {
	sentenceOf := func(start int) int {
		i, _ := slices.BinarySearchFunc(d.Sentences, start, func(s doc.Sentence, off int) int {
			switch {
			case s.End <= off:
				return -1
			case s.Start > off:
				return 1
			}
			return 0
		})
		return min(i, max(len(d.Sentences)-1, 0))
	}
	entityAt := func(start, end int) int {
		for i, e := range d.Entities {
			if e.Start == start && e.End == end {
				return i
			}
		}
		return -1
	}
	for i := range d.Entities {
		d.Entities[i].Ref = -1
	}
	for i := range d.Quotes {
		d.Quotes[i].Sentence = sentenceOf(d.Quotes[i].Start)
	}
	for i := range d.Dates {
		d.Dates[i].Sentence = sentenceOf(d.Dates[i].Start)
	}
	for i := range d.Places {
		d.Places[i].Sentence = sentenceOf(d.Places[i].Start)
	}
	for i := range d.Amounts {
		d.Amounts[i].Sentence = sentenceOf(d.Amounts[i].Start)
	}
	for i := range d.Events {
		e := &d.Events[i]
		e.Source.Entity = entityAt(e.Source.Start, e.Source.End)
		if e.Target != nil {
			e.Target.Entity = entityAt(e.Target.Start, e.Target.End)
		}
	}
}

// DeleteFailed removes the documents recorded as failed, so the next
// ingest codes them again, and returns how many there were.
func (s *SQLite) DeleteFailed(ctx context.Context) (int, error) {
	if s.opts.ReadOnly {
		return 0, ErrReadOnly
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("delete failed documents: %w", err)
	}
	defer tx.Rollback()
	w := &writer{tx: tx, ctx: ctx, blocks: map[blockKey]map[int64]bool{}}
	rows, err := tx.QueryContext(ctx, `SELECT rowid FROM documents WHERE status = ?`, StatusError)
	if err != nil {
		return 0, fmt.Errorf("delete failed documents: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, fmt.Errorf("delete failed documents: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		if err := w.deleteDoc(id); err != nil {
			return 0, fmt.Errorf("delete failed documents: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("delete failed documents: %w", err)
	}
	return len(ids), nil
}
