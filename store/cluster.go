package store

import (
	"cmp"
	"context"
	"crypto/sha1"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Event clustering merges mentions of the same real-world event across
// articles, like GDELT's split of events and mentions. Two mentions are
// the same event when they have the same source and target codes, the same
// CAMEO root, event days at most one day apart, and places that are the
// same GeoNames feature or within ClusterRadiusKm of each other. A mention
// without a place joins the largest placed cluster it is compatible with,
// or otherwise clusters with the other unplaced mentions by date.
//
// Clusters are connected components of that relation, computed over the
// whole set of mentions of a block (source, target, root) and a run of
// consecutive days, so they do not depend on the order documents arrive
// in. A cluster's key is derived from its earliest mention (by day,
// document ID and position), so it is stable across ingest orders too.

// ClusterRadiusKm is the distance under which two places count as one.
const ClusterRadiusKm = 50

type mention struct {
	row      int64
	day      int64 // noDay when unknown
	code     string
	quad     int
	gold     float64
	placed   bool
	pname    string
	pcountry string
	lat, lon float64
	geoid    int
	conf     float64
	sentence int
	srcText  string
	tgtText  string
	oldClust sql.NullInt64
	docID    string
	idx      int
	docDate  sql.NullString
	source   string
	tone     float64
	url      string
}

func (m *mention) less(o *mention) int {
	return cmp.Or(cmp.Compare(m.day, o.day), cmp.Compare(m.docID, o.docID), cmp.Compare(m.idx, o.idx))
}

// sameTime reports whether two mentions can report one event: event days
// at most a day apart, or, for undated mentions, the same article (with
// no date, mentions in different articles cannot be told to be one).
func sameTime(a, b *mention) bool {
	if a.day == noDay || b.day == noDay {
		return a.day == b.day && a.docID == b.docID
	}
	return abs64(a.day-b.day) <= 1
}

func samePlace(a, b *mention) bool {
	if a.geoid != 0 && a.geoid == b.geoid {
		return true
	}
	return haversineKm(a.lat, a.lon, b.lat, b.lon) <= ClusterRadiusKm
}

func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp := p2 - p1
	dl := (lon2 - lon1) * math.Pi / 180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// recluster recomputes the clusters of every region the batch touched.
func (w *writer) recluster() error {
	keys := make([]blockKey, 0, len(w.blocks))
	for k := range w.blocks {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b blockKey) int {
		return cmp.Or(cmp.Compare(a.src, b.src), cmp.Compare(a.tgt, b.tgt), cmp.Compare(a.root, b.root))
	})
	for _, k := range keys {
		if err := w.reclusterBlock(k, w.blocks[k]); err != nil {
			return fmt.Errorf("block %s-%s %s: %w", k.src, k.tgt, k.root, err)
		}
	}
	return nil
}

func (w *writer) reclusterBlock(k blockKey, touched map[int64]bool) error {
	var days []int64
	rows, err := w.query(`SELECT DISTINCT day FROM events WHERE src = ? AND tgt = ? AND root = ? AND day IS NOT NULL ORDER BY day`, k.src, k.tgt, k.root)
	if err != nil {
		return err
	}
	for rows.Next() {
		var d int64
		if err := rows.Scan(&d); err != nil {
			rows.Close()
			return err
		}
		days = append(days, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// Runs of days no more than one apart: a cluster never spans two.
	type run struct{ lo, hi int64 }
	var runs []run
	for _, d := range days {
		if n := len(runs); n > 0 && d-runs[n-1].hi <= 1 {
			runs[n-1].hi = d
			continue
		}
		runs = append(runs, run{d, d})
	}
	redo := map[run]bool{}
	for d := range touched {
		if d == noDay {
			continue
		}
		for _, r := range runs {
			if r.lo <= d+1 && d-1 <= r.hi {
				redo[r] = true
			}
		}
	}
	var regions []run
	for r := range redo {
		regions = append(regions, r)
	}
	slices.SortFunc(regions, func(a, b run) int { return cmp.Compare(a.lo, b.lo) })
	for _, r := range regions {
		if err := w.clusterRegion(k, `day BETWEEN ? AND ?`, r.lo, r.hi); err != nil {
			return err
		}
	}
	if touched[noDay] {
		if err := w.clusterRegion(k, `day IS NULL`); err != nil {
			return err
		}
	}
	// Clusters left without mentions (their documents were replaced).
	return w.exec(`DELETE FROM clusters WHERE src = ? AND tgt = ? AND root = ? AND NOT EXISTS (SELECT 1 FROM events e WHERE e.cluster = clusters.rowid)`, k.src, k.tgt, k.root)
}

func (w *writer) clusterRegion(k blockKey, cond string, args ...any) error {
	q := `SELECT e.rowid, coalesce(e.day, ?), e.code, e.quad, e.goldstein, e.has_place, e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_geoid,
		e.confidence, e.sentence, e.src_name, e.tgt_name, e.cluster, d.id, e.idx, d.date, d.source, d.tone, d.url
		FROM events e JOIN documents d ON d.rowid = e.doc
		WHERE e.src = ? AND e.tgt = ? AND e.root = ? AND e.` + cond
	rows, err := w.query(q, append([]any{noDay, k.src, k.tgt, k.root}, args...)...)
	if err != nil {
		return err
	}
	var ms []*mention
	for rows.Next() {
		m := &mention{}
		var hasPlace int
		if err := rows.Scan(&m.row, &m.day, &m.code, &m.quad, &m.gold, &hasPlace, &m.pname, &m.pcountry, &m.lat, &m.lon, &m.geoid,
			&m.conf, &m.sentence, &m.srcText, &m.tgtText, &m.oldClust, &m.docID, &m.idx, &m.docDate, &m.source, &m.tone, &m.url); err != nil {
			rows.Close()
			return err
		}
		m.placed = hasPlace == 1 && (m.geoid != 0 || m.lat != 0 || m.lon != 0)
		ms = append(ms, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// Rewrite only the clusters whose membership changed: a group whose
	// mentions are exactly those of one old cluster is kept as it is.
	oldCount := map[int64]int{}
	for _, m := range ms {
		if m.oldClust.Valid {
			oldCount[m.oldClust.Int64]++
		}
	}
	keep := map[int64]bool{}
	var changed [][]*mention
	for _, g := range clusterMentions(ms) {
		c := g[0].oldClust
		same := c.Valid && oldCount[c.Int64] == len(g)
		for _, m := range g[1:] {
			same = same && m.oldClust == c
		}
		if same {
			keep[c.Int64] = true
			continue
		}
		changed = append(changed, g)
	}
	olds := make([]int64, 0, len(oldCount))
	for c := range oldCount {
		if !keep[c] {
			olds = append(olds, c)
		}
	}
	slices.Sort(olds)
	for _, c := range olds {
		if err := w.exec(`DELETE FROM clusters WHERE rowid = ?`, c); err != nil {
			return err
		}
	}
	for _, group := range changed {
		if err := w.insertCluster(k, group); err != nil {
			return err
		}
	}
	return nil
}

// clusterMentions groups mentions of one block into events. The result
// depends only on the set of mentions, not their order.
func clusterMentions(ms []*mention) [][]*mention {
	slices.SortFunc(ms, (*mention).less)
	n := len(ms)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		// The smaller index (earlier mention) is the root.
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	// Placed mentions: link those one day apart at the same place.
	for i := range n {
		if !ms[i].placed {
			continue
		}
		for j := i + 1; j < n && ms[j].day-ms[i].day <= 1; j++ {
			if ms[j].placed && sameTime(ms[i], ms[j]) && samePlace(ms[i], ms[j]) {
				union(i, j)
			}
		}
	}
	size := make([]int, n)
	for i := range n {
		if ms[i].placed {
			size[find(i)]++
		}
	}
	// Unplaced mentions join the largest compatible placed cluster
	// (ties: the earliest), decided against the placed clusters only.
	attach := make([]int, n)
	for i := range n {
		attach[i] = -1
		if ms[i].placed {
			continue
		}
		best := -1
		for j := range n {
			if !ms[j].placed || !sameTime(ms[i], ms[j]) {
				continue
			}
			r := find(j)
			if best < 0 || size[r] > size[best] || (size[r] == size[best] && r < best) {
				best = r
			}
		}
		attach[i] = best
	}
	// The rest cluster among themselves by date.
	for i := range n {
		if ms[i].placed || attach[i] >= 0 {
			continue
		}
		for j := i + 1; j < n && ms[j].day-ms[i].day <= 1; j++ {
			if !ms[j].placed && attach[j] < 0 && sameTime(ms[i], ms[j]) {
				union(i, j)
			}
		}
	}
	groups := map[int][]*mention{}
	var order []int
	for i := range n {
		r := attach[i]
		if r < 0 {
			r = find(i)
		}
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], ms[i])
	}
	slices.Sort(order)
	out := make([][]*mention, 0, len(order))
	for _, r := range order {
		g := groups[r]
		slices.SortFunc(g, (*mention).less)
		out = append(out, g)
	}
	return out
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func (w *writer) insertCluster(k blockKey, g []*mention) error {
	first := g[0]
	h := sha1.Sum(fmt.Appendf(nil, "%s\x00%s\x00%s\x00%s\x00%d", k.src, k.tgt, k.root, first.docID, first.idx))
	key := hex.EncodeToString(h[:8])

	codes := map[string]int{}
	docs := map[string]bool{}
	sources := map[string]bool{}
	var conf, tone float64
	var firstSeen, lastSeen string
	urlDate, url := "", ""
	var place *mention
	lead := 0
	for _, m := range g {
		// GDELT's IsRootEvent: reported in an article's opening
		// sentences.
		if m.sentence < LeadSentences {
			lead = 1
		}
		codes[m.code]++
		if !docs[m.docID] {
			docs[m.docID] = true
			tone += m.tone
		}
		sources[m.source] = true
		conf += m.conf
		if m.docDate.Valid {
			if firstSeen == "" || m.docDate.String < firstSeen {
				firstSeen = m.docDate.String
			}
			if m.docDate.String > lastSeen {
				lastSeen = m.docDate.String
			}
		}
		if m.url != "" && (url == "" || m.docDate.String < urlDate) {
			url, urlDate = m.url, m.docDate.String
		}
		if place == nil && m.placed {
			place = m
		}
	}
	code, best := "", -1
	for c, n := range codes {
		if n > best || (n == best && c < code) {
			code, best = c, n
		}
	}
	var rep *mention
	for _, m := range g {
		if m.code == code {
			rep = m
			break
		}
	}
	srcName, tgtName := mostCommon(g, func(m *mention) string { return m.srcText }), mostCommon(g, func(m *mention) string { return m.tgtText })
	var day any
	if first.day != noDay {
		day = first.day
	}
	if place == nil {
		place = &mention{}
	}
	r, err := w.execResult(`INSERT INTO clusters(key, src, tgt, code, root, quad, goldstein, day, place_name, place_country, place_lat, place_lon, place_geoid, has_place,
		num_mentions, num_articles, num_sources, first_seen, last_seen, confidence, avg_tone, source_url, src_name, tgt_name, lead)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		key, k.src, k.tgt, code, k.root, rep.quad, rep.gold, day, place.pname, place.pcountry, place.lat, place.lon, place.geoid, boolInt(place.placed),
		len(g), len(docs), len(sources), nullString(firstSeen), nullString(lastSeen), conf/float64(len(g)), tone/float64(len(docs)), url,
		actorName(srcName), actorName(tgtName), lead)
	if err != nil {
		return fmt.Errorf("insert cluster: %w", err)
	}
	id, err := r.LastInsertId()
	if err != nil {
		return err
	}
	for _, m := range g {
		if err := w.exec(`UPDATE events SET cluster = ? WHERE rowid = ?`, id, m.row); err != nil {
			return err
		}
	}
	return nil
}

// mostCommon returns the most frequent non-empty value of f over the
// mentions (ties: the smallest).
func mostCommon(g []*mention, f func(*mention) string) string {
	counts := map[string]int{}
	for _, m := range g {
		if v := f(m); v != "" {
			counts[v]++
		}
	}
	best, n := "", 0
	for v, c := range counts {
		if c > n || (c == n && v < best) {
			best, n = v, c
		}
	}
	return best
}

// LeadSentences is how many opening sentences of an article count as its
// lead for a cluster's Lead flag (GDELT's IsRootEvent).
const LeadSentences = 3

// actorName is an actor's text as GDELT writes names: upper case, one
// space between words.
func actorName(s string) string { return strings.ToUpper(strings.Join(strings.Fields(s), " ")) }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Recluster rebuilds the clusters of every stored mention, a few thousand
// blocks per transaction: for databases loaded with Options.NoClusters.
// progress, when set, is called after each transaction.
func (s *SQLite) Recluster(ctx context.Context, progress func(done, total int)) error {
	if s.opts.ReadOnly {
		return ErrReadOnly
	}
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT src, tgt, root FROM events ORDER BY src, tgt, root`)
	if err != nil {
		return fmt.Errorf("recluster: %w", err)
	}
	var blocks []blockKey
	for rows.Next() {
		var k blockKey
		if err := rows.Scan(&k.src, &k.tgt, &k.root); err != nil {
			rows.Close()
			return fmt.Errorf("recluster: %w", err)
		}
		blocks = append(blocks, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("recluster: %w", err)
	}
	const perTx = 2000
	for lo := 0; lo < len(blocks); lo += perTx {
		if err := s.reclusterBlocks(ctx, blocks[lo:min(lo+perTx, len(blocks))]); err != nil {
			return fmt.Errorf("recluster: %w", err)
		}
		if progress != nil {
			progress(min(lo+perTx, len(blocks)), len(blocks))
		}
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if _, err := s.db.ExecContext(ctx, `DELETE FROM clusters WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.cluster = clusters.rowid)`); err != nil {
		return fmt.Errorf("recluster: %w", err)
	}
	return nil
}

func (s *SQLite) reclusterBlocks(ctx context.Context, blocks []blockKey) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w := &writer{tx: tx, ctx: ctx}
	for _, k := range blocks {
		// Undated mentions have day noDay, far from any date, so one
		// pass clusters dated and undated mentions apart.
		if err := w.clusterRegion(k, `rowid > ?`, 0); err != nil {
			return fmt.Errorf("block %s-%s %s: %w", k.src, k.tgt, k.root, err)
		}
	}
	return tx.Commit()
}
