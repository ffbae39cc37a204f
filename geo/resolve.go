package geo

import (
	"math"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// The weights of resolution.
const (
	wCountry          = 3.5    // times the document's share of the candidate's country
	wAdmin1           = 2.0    // the candidate's admin-1 region is mentioned elsewhere
	wLocal            = 8.0    // "X, Y" with Y containing the candidate
	wContains         = 1.5    // the candidate contains places mentioned elsewhere
	cityOverAdm       = 4.0    // a town may beat its same-name region by this
	wNear             = 2.0    // per other name with a candidate near the candidate
	maxProximityNames = 300    // distinct names beyond which proximity is skipped
	latentNear        = 0.7    // share of wNear for a reading that is not a name's current choice
	wLatent           = 3.0    // times the share of the other names with a plausible reading in the candidate's country
	latentGap         = 3.0    // a reading this far below its name's best prior is not plausible
	latentReach       = 5.5    // a reading this far below its name's best prior gets no latent support
	wCentroid         = 2.0    // for a town at the centre of the document's other places, falling to 0 at centroidReach
	centroidReach     = 500.0  // km
	centroidMinW      = 1.5    // the other places' summed confidence below which they have no centre
	centroidTight     = 0.9985 // mean resultant length (about 350 km of spread) below which they have none either
	wDominant         = 4.0    // times the share of the other names read in the candidate's state, when it is the majority
	domMin            = 3      // other names in one state that make it the document's state
	domShare          = 0.5    // share of the other names with a state that must lie in it
)

// docContext is what a document says about where it is.
type docContext struct {
	country map[string]float64
	admin1  map[string]float64
	total   float64
	// a1n counts the names currently read in each first-level region
	// and a1tot the names read in any.
	a1n   map[string]int
	a1tot int
}

func (c *docContext) add(e *Entry, w, a1w float64) {
	if e.Country != "" {
		c.country[e.Country] += w
		c.total += w
	}
	switch {
	case e.Code == "ADM1":
		// A region named outright says more than a town inside it.
		c.admin1[e.Admin1Key] += 2 * w * a1w
	case e.Admin1Key != "":
		c.admin1[e.Admin1Key] += w
	}
}

// resolve picks a gazetteer entry for every kept mention.
func (p *Parser) resolve(d *doc.Document, ms []*mention, nationality map[string]float64) {
	g := p.g
	base := docContext{country: map[string]float64{}, admin1: map[string]float64{}}
	for cc, n := range nationality {
		w := 0.3 * math.Min(n, 3)
		base.country[cc] += w
		base.total += w
	}
	for _, e := range d.Entities {
		// Actors (people, organizations, nationalities) tell the
		// document's countries; place-like entities, and actors named
		// after a place ("Georgia residents"), are resolved here instead,
		// since a dictionary codes every "Georgia" as the country.
		if len(e.Code) >= 3 && e.Type != "GPE" && e.Type != "LOC" && !overlapsMention(ms, e.Start, e.End) {
			if c := g.Country(e.Code[:3]); c != nil {
				base.country[c.Country] += 0.5
				base.total += 0.5
			}
		}
	}
	// Local admin context: "X, Y" and "X, TX".
	qualifier := make([]bool, len(ms))
	for k, m := range ms {
		m.localA1, m.stateAbbrev = nil, false
		if isContainerName(g, m) {
			// "Ohio, Kentucky and Tennessee" is a list of states, not
			// Ohio County in Kentucky.
			continue
		}
		if k+1 < len(ms) && ms[k+1].sent == m.sent && ms[k+1].i == m.j+1 && d.Text[m.end:ms[k+1].start] != "" && strings.TrimSpace(d.Text[m.end:ms[k+1].start]) == "," {
			m.localA1 = map[string]bool{}
			for _, c := range ms[k+1].cands {
				e := &g.Entries[c.entry]
				switch {
				case e.Code == "ADM1" || e.Code == "ADM2":
					m.localA1[e.Admin1Key] = true
				case isCountryCode(e.Code):
					m.localA1["cc:"+e.Country] = true
				}
			}
			if len(m.localA1) == 0 {
				// "Louisville, New Haven and Sioux Falls" is a list of
				// towns, not a town and its region.
				m.localA1 = nil
			} else {
				qualifier[k+1] = true
				if abbrevKeys[ms[k+1].key] {
					m.stateAbbrev = true
				}
			}
		}
		if n := k + 1; m.localA1 == nil && n < len(ms) && ms[n].sent == m.sent && ms[n].start > m.end && len(ms[n].cands) > 0 &&
			readingKinds(g, m.cands)&kindTown != 0 && isLocatedIn(d.Text[m.end:ms[n].start]) {
			// "a house in Belgrade in central Minnesota": a region whose
			// name is first of all the region's holds the town, as after
			// a comma, and is no list item.
			if c := ms[n].cands[0]; c.primary {
				e := &g.Entries[c.entry]
				switch {
				case e.Code == "ADM1":
					m.localA1 = map[string]bool{e.Admin1Key: true}
				case isCountryCode(e.Code):
					m.localA1 = map[string]bool{"cc:" + e.Country: true}
				}
				if m.localA1 != nil {
					qualifier[n] = true
					m.stateAbbrev = true
				}
			}
		}
		if a := postalStateAfter(d.Text, m.end); a != "" {
			if m.localA1 == nil {
				m.localA1 = map[string]bool{}
			}
			m.localA1[a] = true
			m.stateAbbrev = true
		}
	}
	// Mentions of the same name form a group that contributes to the
	// document's context once, and never to its own resolution.
	group := make([]int, len(ms))
	keys := map[string]int{}
	for k, m := range ms {
		gi, ok := keys[m.key]
		if !ok {
			gi = len(keys)
			keys[m.key] = gi
		}
		group[k] = gi
	}
	// Per mention, fixed across passes: whether its name is a state's
	// own name, and the countries where it is some place's own name.
	stateNames := make([]bool, len(ms))
	countryNames := make([]bool, len(ms))
	primaryCountries := make([]map[string]bool, len(ms))
	for k, m := range ms {
		stateNames[k] = m.localA1 == nil && isRegionName(g, m)
		countryNames[k] = m.localA1 == nil && isCountryName(g, m)
		for _, c := range m.cands {
			if c.primary {
				if primaryCountries[k] == nil {
					primaryCountries[k] = map[string]bool{}
				}
				primaryCountries[k][g.Entries[c.entry].Country] = true
			}
		}
	}
	// Cues of a town hold for every mention of the name; a county list
	// only for its own mention.
	gCue := make([]uint8, len(keys))
	for k, m := range ms {
		gCue[group[k]] |= m.cue &^ cueCounty
	}
	kinds := make([]uint8, len(ms))
	for k, m := range ms {
		kinds[k] = readingKinds(g, m.cands)
	}
	// A group whose every mention qualifies the name before it ("Sioux
	// Falls, S.D.") has spent its admin context there.
	gA1 := make([]float64, len(keys))
	for k := range ms {
		if !qualifier[k] {
			gA1[group[k]] = 1
		}
	}
	// Latent country support: the countries in which each group has a
	// plausible reading, and how plausible.
	gCountries := make([][]latentRead, len(keys))
	seenGroup := make([]bool, len(keys))
	latent := map[string]float64{}
	var reads []latentRead
	for k, m := range ms {
		gi := group[k]
		if seenGroup[gi] {
			continue
		}
		seenGroup[gi] = true
		start := len(reads)
		top := g.prior(m.cands[0])
		for _, c := range m.cands {
			e := &g.Entries[c.entry]
			v := 1 - (top-g.prior(c))/latentGap
			if e.Country == "" || v <= 0 {
				continue
			}
			reads = addLatent(reads, start, e.Country, v)
		}
		for _, r := range reads[start:] {
			latent[r.country] += r.v
		}
		gCountries[gi] = reads[start:len(reads):len(reads)]
	}
	gConf := make([]float64, len(keys))
	gEntry := make([]*Entry, len(keys))
	choice := make([]*Entry, len(keys))
	nb := p.neighbors(ms, group, len(keys))
	// Pass 1: prior and local context only; passes 2 and 3 add the
	// document's context from the other groups' current choices.
	for pass := 0; pass < 3; pass++ {
		ctx := docContext{country: map[string]float64{}, admin1: map[string]float64{}, a1n: map[string]int{}}
		for k, v := range base.country {
			ctx.country[k] = v
		}
		ctx.total = base.total
		if pass > 0 {
			clear(gConf)
			for k, m := range ms {
				if c := confidence(m); c > gConf[group[k]] {
					gConf[group[k]] = c
					gEntry[group[k]] = m.top(g)
				}
			}
			for gi, e := range gEntry {
				ctx.add(e, gConf[gi], gA1[gi])
				if e != nil && e.Admin1Key != "" {
					ctx.a1n[e.Admin1Key]++
					ctx.a1tot++
				}
			}
		}
		// The centre of the places read so far (none in pass 1).
		var docCen centroid
		if pass > 0 {
			docCen = newCentroid(gEntry, gConf)
		}
		// Proximity counts the other names' current choices fully and
		// their other readings a little.
		for k, m := range ms {
			if pass == 0 {
				choice[group[k]] = &g.Entries[m.cands[0].entry]
			} else if m.best >= 0 {
				choice[group[k]] = gEntry[group[k]]
			}
		}
		near := proximity(nb, choice)
		for k, m := range ms {
			own, ownW := gEntry[group[k]], gConf[group[k]]
			cen := docCen.without(own, ownW)
			// A state's own name ("Nevada") reads as that state unless the
			// text says otherwise ("Nevada, Iowa"); the towns of the same
			// name get no help from the regions around.
			stateName := stateNames[k]
			primaryIn := primaryCountries[k]
			top := g.prior(m.cands[0])
			for ci, c := range m.cands {
				e := &g.Entries[c.entry]
				pr := g.prior(c)
				s := pr + cueScore(e, gCue[group[k]]|m.cue&cueCounty, kinds[k])
				if n := len(keys) - 1; n > 0 && e.Country != "" && pr >= top-latentReach {
					s += wLatent * (latent[e.Country] - latentOf(gCountries[group[k]], e.Country)) / float64(n)
				}
				if !c.primary && len(primaryIn) > 0 && !primaryIn[e.Country] {
					// "Milan" is Milan before it is an old name of
					// Syracuse in another country.
					s -= altPenalty
				}
				if ci < len(near[group[k]]) && !(stateName && !isContainer(e)) {
					s += near[group[k]][ci]
				}
				if m.localA1 != nil && (m.localA1[e.Admin1Key] || m.localA1["cc:"+e.Country]) {
					s += wLocal
				}
				if m.longForm[c.entry] {
					s += wShort
				}
				if pass > 0 {
					cw, tot := ctx.country[e.Country], ctx.total
					a1 := ctx.admin1[e.Admin1Key]
					if own != nil {
						if own.Country != "" {
							tot -= ownW
							if own.Country == e.Country {
								cw -= ownW
							}
						}
						ownA1 := ownW
						if own.Code == "ADM1" {
							ownA1 = 2 * ownW * gA1[group[k]]
						}
						if own.Admin1Key == e.Admin1Key {
							a1 -= ownA1
						}
					}
					if tot > 0.01 && e.Country != "" {
						s += wCountry * cw / tot
					}
					if a1 > 0.01 && e.Code != "ADM1" && !isCountryCode(e.Code) && !stateName {
						s += wAdmin1 * math.Min(1.5, a1)
					}
					// The towns named after a country ("China, Texas") get
					// no help from where the document is.
					if !countryNames[k] {
						if e.Code != "ADM1" && !isCountryCode(e.Code) && !stateName {
							s += ctx.dominant(e, own)
						}
						if isPoint(e) {
							s += cen.bonus(e)
						}
					}
					if e.Code == "ADM1" && a1 > 0.01 {
						s += wContains * math.Min(1, a1)
					}
				}
				if m.scores == nil {
					m.scores = make([]float64, len(m.cands))
				}
				m.scores[ci] = s
			}
			m.best = pickBest(g, m)
		}
	}
	oneSensePerDiscourse(g, ms)
	for _, m := range ms {
		regionFallback(g, m)
	}
}

// regionFallback resolves a mention that a state's abbreviation places
// in that state ("Greenwood, W. Va.", "Belgrade, Minn.") or that "in"
// places in a region ("Belgrade in central Minnesota") to the region when
// the gazetteer has no place of the name there: the region is what the
// text says, and a namesake elsewhere is wrong. (After a full name and a
// comma, "Kiev, Minsk" may be a list.)
func regionFallback(g *Gazetteer, m *mention) {
	if !m.stateAbbrev || m.best < 0 {
		return
	}
	for _, c := range m.cands {
		e := &g.Entries[c.entry]
		if m.localA1[e.Admin1Key] || m.localA1["cc:"+e.Country] {
			return
		}
	}
	region := -1
	for k := range m.localA1 {
		i, ok := g.byAdmin1[k]
		if cc, isCountry := strings.CutPrefix(k, "cc:"); isCountry {
			i, ok = g.byCountry[cc]
		}
		if ok && (region < 0 || i < region) {
			region = i
		}
	}
	if region < 0 {
		return
	}
	m.cands = append(m.cands[:len(m.cands):len(m.cands)], posting{entry: int32(region)})
	m.scores = append(m.scores[:len(m.scores):len(m.scores)], m.scores[m.best])
	m.best = len(m.cands) - 1
}

// latentRead is how plausible a name's best reading in a country is.
type latentRead struct {
	country string
	v       float64
}

// addLatent records a reading in country cc of plausibility v among the
// reads of one name, rs[start:], keeping the best per country.
func addLatent(rs []latentRead, start int, cc string, v float64) []latentRead {
	for i := start; i < len(rs); i++ {
		if rs[i].country == cc {
			rs[i].v = max(rs[i].v, v)
			return rs
		}
	}
	return append(rs, latentRead{cc, v})
}

// latentOf returns the plausibility of the reading in country cc, or 0.
func latentOf(rs []latentRead, cc string) float64 {
	for _, r := range rs {
		if r.country == cc {
			return r.v
		}
	}
	return 0
}

// nearRec records that a candidate of group g, entry e, lies near
// another candidate, with strength v (1 within 30 km, 0.6 within 100 km,
// 0.7 for a region containing it).
type nearRec struct {
	g int
	e *Entry
	v float64
}

// neighbors finds, once per document, for each group of mentions and
// each of its candidates, the candidates of other groups near it or
// containing it: places named together tend to lie together ("Paris and
// Henry County" are in Tennessee). Candidates are sorted by latitude, so
// only a band of them is compared.
func (p *Parser) neighbors(ms []*mention, group []int, n int) [][][]nearRec {
	g := p.g
	out := make([][][]nearRec, n)
	if n < 2 || n > maxProximityNames {
		// Beyond a few hundred distinct names (gazetteer-like lists) the
		// pairwise comparison costs more than it tells.
		return out
	}
	cands := make([][]posting, n)
	for k, m := range ms {
		if cands[group[k]] == nil {
			cands[group[k]] = m.cands
		}
	}
	type pt struct {
		g          int
		e          *Entry
		lat, cosLt float64
	}
	type region struct {
		key string
		g   int
		e   *Entry
	}
	var pts []pt
	var adm1 []region
	for gi, cs := range cands {
		for _, c := range cs {
			e := &g.Entries[c.entry]
			switch {
			case isCountryCode(e.Code) || e.Class == "L" || e.Class == "H":
			case e.Code == "ADM1":
				adm1 = append(adm1, region{e.Admin1Key, gi, e})
			default:
				pts = append(pts, pt{gi, e, e.Lat, math.Cos(e.Lat * math.Pi / 180)})
			}
		}
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i].lat < pts[j].lat })
	for gi, cs := range cands {
		out[gi] = make([][]nearRec, len(cs))
		for ci, c := range cs {
			e := &g.Entries[c.entry]
			if isCountryCode(e.Code) || e.Class == "L" || e.Class == "H" {
				continue
			}
			var recs []nearRec
			if e.Code != "ADM1" {
				for _, r := range adm1 {
					if r.key == e.Admin1Key && r.g != gi {
						recs = append(recs, nearRec{r.g, r.e, 0.7})
					}
				}
			}
			cosLt := math.Cos(e.Lat * math.Pi / 180)
			const maxDeg = 100 / 111.2
			lo := sort.Search(len(pts), func(i int) bool { return pts[i].lat >= e.Lat-maxDeg })
			for i := lo; i < len(pts) && pts[i].lat <= e.Lat+maxDeg; i++ {
				q := &pts[i]
				if q.g == gi || q.e == e {
					continue
				}
				x := (q.e.Lon - e.Lon) * (cosLt + q.cosLt) / 2
				y := q.e.Lat - e.Lat
				d2 := (x*x + y*y) * 111.2 * 111.2
				if d2 <= 30*30 {
					recs = append(recs, nearRec{q.g, q.e, 1})
				} else if d2 <= 100*100 {
					recs = append(recs, nearRec{q.g, q.e, 0.6})
				}
			}
			out[gi][ci] = recs
		}
	}
	return out
}

// proximity turns the neighbours into a bonus per group and candidate for
// the current choices: another name's chosen reading counts fully, its
// other readings a little, so that a name with forty readings
// ("Springfield") does not support every town; each other name counts
// once, and the bonus is capped.
func proximity(nb [][][]nearRec, choice []*Entry) [][]float64 {
	out := make([][]float64, len(nb))
	seen := make([]float64, len(nb))
	var touched []int
	for gi, cs := range nb {
		if cs == nil {
			continue
		}
		out[gi] = make([]float64, len(cs))
		for ci, recs := range cs {
			touched = touched[:0]
			for _, r := range recs {
				v := r.v
				if choice[r.g] != r.e {
					v *= latentNear
				}
				if v <= seen[r.g] {
					continue
				}
				if seen[r.g] == 0 {
					touched = append(touched, r.g)
				}
				seen[r.g] = v
			}
			bonus := 0.0
			for _, gj := range touched {
				bonus += seen[gj]
				seen[gj] = 0
			}
			out[gi][ci] = wNear * math.Min(bonus, 2)
		}
	}
	return out
}

// overlapsMention reports whether a place mention overlaps [start, end).
func overlapsMention(ms []*mention, start, end int) bool {
	for _, m := range ms {
		if m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// isContainerName reports whether the mention's name is the own name of a
// country or first-level region that is not named after its city (Ohio,
// Nevada, Georgia; not Moscow or Tripoli, whose regions hold the city).
func isContainerName(g *Gazetteer, m *mention) bool {
	for _, c := range m.cands {
		e := &g.Entries[c.entry]
		if !c.primary || !isContainer(e) {
			continue
		}
		cityState := false
		for _, o := range m.cands {
			f := &g.Entries[o.entry]
			if f.Class == "P" && f.Country == e.Country && (e.Code != "ADM1" || f.Admin1Key == e.Admin1Key) && f.Population*4 >= e.Population/4 {
				cityState = true
			}
		}
		if !cityState {
			return true
		}
	}
	return false
}

// isRegionName reports whether the mention's name is the own name of a
// first-level region not named after its city ("Nevada", "Ohio").
func isRegionName(g *Gazetteer, m *mention) bool {
	for _, c := range m.cands {
		if c.primary && g.Entries[c.entry].Code == "ADM1" && isContainerName(g, m) {
			return true
		}
	}
	return false
}

// confidence is how much a mention's current choice says about the
// document's place: full for clear choices, less when the runner-up is
// close.
func confidence(m *mention) float64 {
	if len(m.cands) == 1 {
		return 1
	}
	second := math.Inf(-1)
	for i, s := range m.scores {
		if i != m.best && s > second {
			second = s
		}
	}
	margin := m.scores[m.best] - second
	return math.Max(0.2, math.Min(1, margin/2))
}

// pickBest returns the best-scoring candidate, preferring a town over the
// same-name region that contains it ("Tripoli" the city, not the
// district).
func pickBest(g *Gazetteer, m *mention) int {
	best := 0
	for i, s := range m.scores {
		if s > m.scores[best] {
			best = i
		}
	}
	b := &g.Entries[m.cands[best].entry]
	if b.Code == "ADM1" || b.Code == "ADM2" {
		for i, c := range m.cands {
			e := &g.Entries[c.entry]
			if e.Class == "P" && e.Admin1Key == b.Admin1Key && m.scores[i] >= m.scores[best]-cityOverAdm &&
				(b.Code == "ADM1" && e.Code != "PPL" || distanceKm(e.Lat, e.Lon, b.Lat, b.Lon) < 100) {
				return i
			}
		}
	}
	return best
}

// oneSensePerDiscourse gives every mention of the same name in a document
// the choice of its most confident mention.
func oneSensePerDiscourse(g *Gazetteer, ms []*mention) {
	byKey := map[string]*mention{}
	for _, m := range ms {
		b := byKey[m.key]
		if b == nil || (m.localA1 != nil && b.localA1 == nil) || (m.localA1 != nil) == (b.localA1 != nil) && m.scores[m.best] > b.scores[b.best] {
			byKey[m.key] = m
		}
	}
	for _, m := range ms {
		b := byKey[m.key]
		if b != m && m.localA1 == nil {
			m.best = b.best
		}
	}
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// DistanceKm is the great-circle distance in kilometres between two
// points given in degrees.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 { return distanceKm(lat1, lon1, lat2, lon2) }

// dominant is the support for reading e in the first-level region
// (state) where most of the document's other names lie: a local paper's
// towns cluster in one state, so once three or more names, and at least
// half of those read in any state, are read in one, its namesakes are the
// likely readings of the ambiguous rest ("Plainview" among Omaha, Lincoln
// and Kearney is Plainview, Nebraska, not the one on Long Island). own is
// the name's own current reading, left out.
func (c *docContext) dominant(e, own *Entry) float64 {
	if e.Admin1Key == "" {
		return 0
	}
	n, tot := c.a1n[e.Admin1Key], c.a1tot
	if own != nil && own.Admin1Key != "" {
		tot--
		if own.Admin1Key == e.Admin1Key {
			n--
		}
	}
	if n < domMin || tot <= 0 {
		return 0
	}
	if sh := float64(n) / float64(tot); sh >= domShare {
		return wDominant * sh
	}
	return 0
}

// isPoint reports whether an entry is a place small enough to have a
// location of its own (a town or a county), not a country, a first-level
// region or a large feature.
func isPoint(e *Entry) bool {
	return e.Class == "P" || e.Code == "ADM2"
}

// centroid is the confidence-weighted mean position of the places a
// document's names currently resolve to, kept as the sum of their unit
// vectors and of their weights.
type centroid struct {
	x, y, z, w float64
}

// unitVec returns the unit vector of a point given in degrees.
func unitVec(lat, lon float64) (x, y, z float64) {
	la, lo := lat*math.Pi/180, lon*math.Pi/180
	return math.Cos(la) * math.Cos(lo), math.Cos(la) * math.Sin(lo), math.Sin(la)
}

// newCentroid sums the current readings es of the document's names that
// are towns or counties, each weighted by its confidence.
func newCentroid(es []*Entry, conf []float64) centroid {
	var c centroid
	for gi, e := range es {
		if e == nil || !isPoint(e) {
			continue
		}
		x, y, z := unitVec(e.Lat, e.Lon)
		w := conf[gi]
		c.x, c.y, c.z, c.w = c.x+w*x, c.y+w*y, c.z+w*z, c.w+w
	}
	return c
}

// without returns the centroid without a name's own reading own of
// weight w, which must not support itself.
func (c centroid) without(own *Entry, w float64) centroid {
	if own == nil || !isPoint(own) {
		return c
	}
	x, y, z := unitVec(own.Lat, own.Lon)
	return centroid{c.x - w*x, c.y - w*y, c.z - w*z, c.w - w}
}

// bonus is the support of the document's centre for reading e as a
// town or county: the closer to the centre of the other places, the more
// ("Springfield" with Tulsa, Norman and Stillwater is the one in
// Missouri, 250 km away, not the capital of Illinois), and nothing when
// the other places are few or spread over a continent.
func (c centroid) bonus(e *Entry) float64 {
	if c.w < centroidMinW {
		return 0
	}
	n := math.Sqrt(c.x*c.x + c.y*c.y + c.z*c.z)
	if n/c.w < centroidTight {
		return 0
	}
	ex, ey, ez := unitVec(e.Lat, e.Lon)
	d := 6371 * math.Acos(math.Max(-1, math.Min(1, (ex*c.x+ey*c.y+ez*c.z)/n)))
	return wCentroid * math.Max(0, 1-d/centroidReach)
}

// isCountryName reports whether the mention's name is a country's own
// name ("China", "Jordan").
func isCountryName(g *Gazetteer, m *mention) bool {
	for _, c := range m.cands {
		if c.primary && isCountryCode(g.Entries[c.entry].Code) {
			return true
		}
	}
	return false
}

// isLocatedIn reports whether the words between two names say the second
// holds the first: " in ", ", in ", " in central " and the like.
func isLocatedIn(between string) bool {
	r, ok := strings.CutPrefix(strings.TrimPrefix(between, ","), " in ")
	if !ok {
		return false
	}
	if r == "" {
		return true
	}
	w, tail, ok := strings.Cut(r, " ")
	return ok && tail == "" && compassWords[strings.ToLower(w)]
}

// compassWords qualify a region after "in" ("in central Minnesota").
var compassWords = map[string]bool{"central": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north": true, "south": true, "east": true, "west": true, "rural": true}
