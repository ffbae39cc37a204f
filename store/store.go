// Package store keeps coded documents in an embedded event database and
// answers the queries behind sitrep's commands and web server: event
// listings, dyad time series, top actors, map points, full-text search and
// the full article view.
//
// Store is the interface callers use; the SQLite implementation (Open) is
// the default backend, and another (PostgreSQL) can be added beside it
// without touching callers.
//
// Actor filters match CAMEO code prefixes: "USA" matches USA, USAGOV and
// USAMIL; "USAGOV" matches USAGOV and USAGOVLEG.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"github.com/sitrep/sitrep/doc"
)

// ErrNotFound is returned when a document or cluster does not exist.
var ErrNotFound = errors.New("not found")

// ErrOldSchema is returned when a database opened read-only needs a
// migration; opening it once read-write migrates it.
var ErrOldSchema = errors.New("database needs a schema migration")

// ErrReadOnly is returned by writes on a store opened read-only.
var ErrReadOnly = errors.New("store is read-only")

// Store is an event database. Implementations are safe for concurrent
// readers; writes should come from one goroutine (sitrep ingest has one
// writer), though they are serialized internally as well.
type Store interface {
	// Put stores one coded document and everything found in it, in one
	// transaction. See PutBatch.
	Put(ctx context.Context, it Item) (PutResult, error)
	// PutBatch stores many documents in one transaction: either all of
	// them and all their rows are visible afterwards, or none. A document
	// whose content hash is already stored is skipped; a document whose
	// ID is stored with another hash replaces the old one. Items with
	// Err set are recorded as failed documents (status "error").
	PutBatch(ctx context.Context, items []Item) ([]PutResult, error)
	// HasHash reports whether a document with this content hash (see
	// Hash) is stored, with any status.
	HasHash(ctx context.Context, hash string) (bool, error)
	// Hashes returns the subset of hashes that are stored.
	Hashes(ctx context.Context, hashes []string) (map[string]bool, error)

	// Events lists event mentions matching f, sorted and paged as f says.
	Events(ctx context.Context, f EventFilter) ([]EventRow, error)
	// CountEvents counts the event mentions matching f (ignoring paging).
	CountEvents(ctx context.Context, f EventFilter) (int, error)
	// Clusters lists event clusters (merged duplicate mentions).
	Clusters(ctx context.Context, f ClusterFilter) ([]Cluster, error)
	// EachEvent streams the mentions matching f (paging ignored) to fn,
	// for exports of any size; an error from fn stops it.
	EachEvent(ctx context.Context, f EventFilter, fn func(*EventRow) error) error
	// EachCluster streams the clusters matching f (paging ignored).
	EachCluster(ctx context.Context, f ClusterFilter, fn func(*Cluster) error) error
	// Series counts events of a dyad per period.
	Series(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error)
	// TopActors ranks actor codes by the number of events they take part in.
	TopActors(ctx context.Context, q ActorQuery) ([]ActorCount, error)
	// Places aggregates event locations into map points.
	Places(ctx context.Context, f PlaceFilter) ([]PlacePoint, error)
	// Search runs a full-text query over document titles and texts.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	// Document returns the full stored document with Text and every
	// span-bearing array filled (sentences without tokens), or
	// ErrNotFound.
	Document(ctx context.Context, id string) (*doc.Document, error)
	// Documents lists stored documents, newest first.
	Documents(ctx context.Context, f DocFilter) ([]DocSummary, error)
	// Stats summarizes the database.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the database.
	Close() error
}

// Item is one document to store: a coded document, or one that failed.
type Item struct {
	// Doc is the document; for a failed document it holds at least the
	// ID (and Text, URL, Title, Source when known).
	Doc *doc.Document
	// Hash is the content hash (see Hash); if empty it is computed from
	// Doc.Text.
	Hash string
	// Origin is where the document was read from, such as a file path
	// and line ("news.jsonl:12").
	Origin string
	// Err, when set, records the document as failed with this error.
	Err error
}

// PutResult tells what happened to one Item.
type PutResult struct {
	ID string
	// Status is "stored", "replaced", "skipped" (same hash already
	// stored) or "error" (recorded as failed).
	Status string
	// Events is the number of event mentions stored.
	Events int
}

// Document statuses.
const (
	StatusOK    = "ok"
	StatusError = "error"
)

// Sort orders for event listings.
const (
	SortDateAsc  = "date"  // event date, oldest first (default)
	SortDateDesc = "-date" // event date, newest first
	SortGoldAsc  = "goldstein"
	SortGoldDesc = "-goldstein"
	SortConfDesc = "-confidence"
)

// EventFilter selects event mentions. Zero fields do not filter.
type EventFilter struct {
	// Source and Target are CAMEO actor code prefixes ("USA", "RUSGOV").
	Source, Target string
	// Either matches events where either side has this prefix.
	Either string
	// Root is a two-digit CAMEO root ("13"); Code a code prefix ("0411").
	Root, Code string
	// QuadClass is 1 to 4, or 0 for any.
	QuadClass int
	// From and To bound the event date, inclusive.
	From, To doc.Day
	// Place is an ISO 3166 alpha-2 or alpha-3 country code ("SY" or
	// "SYR") matched against the event's place.
	Place string
	// Modality is asserted, negated, intended, hypothetical or reported.
	Modality string
	// DocID keeps the events of one document.
	DocID string
	// ClusterID keeps the mentions of one cluster.
	ClusterID string
	// MinConfidence drops mentions below this confidence.
	MinConfidence float64
	// Sort is one of the Sort* constants ("" is SortDateAsc).
	Sort string
	// Limit is the page size (0 means 100; negative means no limit);
	// Offset the number of rows to skip.
	Limit, Offset int

	// placeForms are the spellings of Place found in the database.
	placeForms []string
}

// EventRow is one stored event mention with its document's metadata.
type EventRow struct {
	doc.Event
	// DocID is the document's ID; Index the position of the event in
	// the document's Events.
	DocID string `json:"doc_id"`
	Index int    `json:"index"`
	// DocDate, URL, Title and DocSource come from the document.
	DocDate   doc.Day `json:"doc_date"`
	URL       string  `json:"url,omitempty"`
	Title     string  `json:"title,omitempty"`
	DocSource string  `json:"doc_source,omitempty"`
	// Sentence text, for showing the event in context.
	SentenceText string `json:"sentence_text,omitempty"`
	// ClusterID is the event cluster the mention belongs to.
	ClusterID string `json:"cluster_id"`
}

// ClusterFilter selects event clusters. Zero fields do not filter.
type ClusterFilter struct {
	Source, Target string
	Root           string
	QuadClass      int
	From, To       doc.Day
	// MinMentions drops clusters with fewer mentions.
	MinMentions int
	// Sort is "date" (default), "-date" or "-mentions".
	Sort          string
	Limit, Offset int
}

// Cluster is one real-world event merged from its mentions across
// articles, like a GDELT event with its mentions.
type Cluster struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Target string `json:"target"`
	// Code is the most frequent CAMEO code among the mentions; Root its
	// root.
	Code      string  `json:"code"`
	Root      string  `json:"root"`
	QuadClass int     `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	// Date is the earliest event date, "YYYY-MM-DD" (or "" if unknown).
	Date  string          `json:"date"`
	Place *doc.EventPlace `json:"place"`
	// NumMentions counts mentions, NumArticles distinct documents and
	// NumSources distinct document sources.
	NumMentions int `json:"num_mentions"`
	NumArticles int `json:"num_articles"`
	NumSources  int `json:"num_sources"`
	// FirstSeen and LastSeen are the earliest and latest publication
	// dates of the documents mentioning the event.
	FirstSeen doc.Day `json:"first_seen"`
	LastSeen  doc.Day `json:"last_seen"`
	// Confidence is the mean confidence of the mentions.
	Confidence float64 `json:"confidence"`
	// AvgTone is the mean tone score of the mentioning documents.
	AvgTone float64 `json:"avg_tone"`
	// SourceURL is the URL of the first mentioning document.
	SourceURL string `json:"source_url,omitempty"`
	// SourceName and TargetName are the actors' texts in the
	// representative mention, upper-cased as GDELT writes names.
	SourceName string `json:"source_name,omitempty"`
	TargetName string `json:"target_name,omitempty"`
	// Lead reports a mention in an article's opening sentences
	// (GDELT's IsRootEvent).
	Lead bool `json:"lead"`
	// PlaceFeature and PlaceAdmin1 describe the place from the
	// gazetteer: GeoNames feature code ("PPLC") and first-level
	// administrative code, when known.
	PlaceFeature string `json:"place_feature,omitempty"`
	PlaceAdmin1  string `json:"place_admin1,omitempty"`
}

// Period lengths for Series.
const (
	ByDay   = "day"
	ByWeek  = "week"
	ByMonth = "month"
)

// SeriesQuery asks for the events from A to B per period.
type SeriesQuery struct {
	// A and B are actor code prefixes; B may be empty for A with anyone.
	A, B string
	// Both counts events in both directions (A to B and B to A).
	Both bool
	// By is ByDay, ByWeek (weeks start on Monday) or ByMonth.
	By string
	// From and To bound the event date, inclusive; zero means open.
	From, To doc.Day
	// Root keeps one CAMEO root; Modality one modality.
	Root     string
	Modality string
}

// SeriesPoint is one period of a series. Periods with no events are
// included between the first and last period, so the series is regular.
type SeriesPoint struct {
	// Period is the first day of the period.
	Period doc.Day `json:"period"`
	// Count is the number of events; Quad[i] the number in QuadClass i+1.
	Count int    `json:"count"`
	Quad  [4]int `json:"quad"`
	// GoldsteinSum and GoldsteinMean summarize the Goldstein scores.
	GoldsteinSum  float64 `json:"goldstein_sum"`
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// ActorQuery asks for the most active actors.
type ActorQuery struct {
	// Role is "source", "target" or "" for both.
	Role string
	// Prefix keeps codes with this prefix.
	Prefix   string
	From, To doc.Day
	// Limit is the number of actors (0 means 20).
	Limit int
}

// ActorCount is one actor code with its event counts.
type ActorCount struct {
	Code string `json:"code"`
	// Name is the most frequent canonical entity name for the code.
	Name      string `json:"name,omitempty"`
	Events    int    `json:"events"`
	AsSource  int    `json:"as_source"`
	AsTarget  int    `json:"as_target"`
	Documents int    `json:"documents"`
}

// PlaceFilter selects event locations for a map.
type PlaceFilter struct {
	EventFilter
	// Precision rounds coordinates to this many decimals before
	// grouping (0 means group by GeoNames id).
	Precision int
}

// PlacePoint is one location with the events that happened there.
type PlacePoint struct {
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"`
	Events    int     `json:"events"`
	Quad      [4]int  `json:"quad"`
	// GoldsteinMean is the mean Goldstein score of the events.
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// SearchQuery is a full-text query (SQLite FTS5 syntax: words, "phrases",
// AND/OR/NOT, prefix*).
type SearchQuery struct {
	Query         string
	From, To      doc.Day
	Limit, Offset int
}

// SearchHit is one matching document.
type SearchHit struct {
	DocSummary
	// Snippet is a short extract with matches between [ and ].
	Snippet string  `json:"snippet"`
	Rank    float64 `json:"rank"`
}

// DocFilter selects documents.
type DocFilter struct {
	// Status is StatusOK, StatusError or "" for both.
	Status        string
	Source        string
	From, To      doc.Day
	Limit, Offset int
}

// DocSummary is a document's metadata and counts.
type DocSummary struct {
	ID     string  `json:"id"`
	Date   doc.Day `json:"date"`
	Title  string  `json:"title"`
	URL    string  `json:"url,omitempty"`
	Source string  `json:"source,omitempty"`
	Status string  `json:"status"`
	// Error is why the document failed, for StatusError.
	Error  string `json:"error,omitempty"`
	Origin string `json:"origin,omitempty"`
	Events int    `json:"events"`
	// Tone is the document's tone score.
	Tone     float64   `json:"tone"`
	Ingested time.Time `json:"ingested"`
}

// Stats summarizes a database.
type Stats struct {
	Documents int `json:"documents"`
	Failed    int `json:"failed"`
	Sentences int `json:"sentences"`
	Entities  int `json:"entities"`
	Events    int `json:"events"`
	Clusters  int `json:"clusters"`
	Quotes    int `json:"quotes"`
	Places    int `json:"places"`
	Amounts   int `json:"amounts"`
	// FirstDate and LastDate bound the event dates.
	FirstDate doc.Day `json:"first_date"`
	LastDate  doc.Day `json:"last_date"`
	// SchemaVersion is the migration level of the database.
	SchemaVersion int `json:"schema_version"`
	// Bytes is the size of the database files.
	Bytes int64 `json:"bytes"`
}

// Hash returns the content hash that identifies a document's text across
// ingests: the hex SHA-256 of the text.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
