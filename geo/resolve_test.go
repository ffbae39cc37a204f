package geo

import (
	"math"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// TestDocumentStateAndCentre checks the two document-level readings of
// where a story is: the state most of its names lie in, and the centre of
// its places, each taking an ambiguous name to the namesake there.
func TestDocumentStateAndCentre(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, admin1 string
	}{
		// Most names are in Nebraska: the small towns are Nebraska's,
		// not the pair on Long Island that lie near each other.
		{"Schools closed in Omaha, Lincoln, Grand Island and Kearney, and a barn burned near Plainview and Wakefield.", "Plainview", "Nebraska"},
		{"Schools closed in Omaha, Lincoln, Grand Island and Kearney, and a barn burned near Plainview and Wakefield.", "Wakefield", "Nebraska"},
		// The towns of Oklahoma are 250 km from Springfield, Missouri,
		// and 700 km from Springfield, Illinois.
		{"Police in Tulsa, Norman and Stillwater joined officers from Springfield in the search.", "Springfield", "Missouri"},
		// Duluth, Hibbing and Ely: Cook is Cook County, Minnesota, not
		// Chicago's county.
		{"Volunteers from Duluth, Hibbing, Virginia and Ely travelled to Cook for the fair.", "Cook", "Minnesota"},
		// A country's name keeps its country among the towns of one
		// state: China, Texas gets no help from Houston.
		{"Professors in Houston, Beaumont and Galveston, Texas, said the tariffs on China were a mistake.", "China", ""},
		// Places spread over a continent have no centre and no state:
		// the capital of Illinois stands.
		{"Flights left Seattle, Denver and Miami for Springfield on Monday.", "Springfield", "Illinois"},
	}
	for _, tt := range tests {
		got := resolveWord(p, tt.text, tt.name)
		if tt.admin1 == "" {
			if got == nil || got.Feature != "A.PCLI" {
				t.Errorf("%q: %s = %+v; want the country", tt.text, tt.name, got)
			}
			continue
		}
		if got == nil || got.Country != "USA" || got.Admin1 != tt.admin1 {
			t.Errorf("%q: %s = %+v; want a place in %s", tt.text, tt.name, got, tt.admin1)
		}
	}
}

// TestDominantState checks the support of the state most of a document's
// other names are read in, leaving out the name's own reading.
func TestDominantState(t *testing.T) {
	ne := &Entry{Admin1Key: "US.NE"}
	ny := &Entry{Admin1Key: "US.NY"}
	country := &Entry{}
	tests := []struct {
		name     string
		counts   map[string]int
		e, own   *Entry
		want     float64
		wantNone bool
	}{
		{"four of five others in the state", map[string]int{"US.NE": 4, "US.NY": 1}, ne, nil, wDominant * 4 / 5, false},
		{"own reading left out", map[string]int{"US.NE": 4, "US.NY": 1}, ne, ne, wDominant * 3 / 4, false},
		{"own reading elsewhere left out of the total", map[string]int{"US.NE": 3, "US.NY": 1}, ne, ny, wDominant, false},
		{"minority state", map[string]int{"US.NE": 4, "US.NY": 1}, ny, nil, 0, true},
		{"too few names", map[string]int{"US.NE": 2}, ne, nil, 0, true},
		{"under half", map[string]int{"US.NE": 3, "US.NY": 2, "US.IA": 2}, ne, nil, 0, true},
		{"no state", map[string]int{"US.NE": 4}, country, nil, 0, true},
	}
	for _, tt := range tests {
		c := docContext{a1n: tt.counts}
		for _, n := range tt.counts {
			c.a1tot += n
		}
		got := c.dominant(tt.e, tt.own)
		if tt.wantNone && got != 0 || !tt.wantNone && math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: dominant = %.3f, want %.3f", tt.name, got, tt.want)
		}
	}
}

// TestCentroidBonus checks the support of the centre of a document's
// places: full at the centre, none beyond its reach, and none when the
// places are too few or too spread out to have a centre.
func TestCentroidBonus(t *testing.T) {
	tulsa := &Entry{Class: "P", Lat: 36.15, Lon: -95.99}
	norman := &Entry{Class: "P", Lat: 35.22, Lon: -97.44}
	stillwater := &Entry{Class: "P", Lat: 36.12, Lon: -97.06}
	seattle := &Entry{Class: "P", Lat: 47.61, Lon: -122.33}
	miami := &Entry{Class: "P", Lat: 25.77, Lon: -80.19}
	state := &Entry{Class: "A", Code: "ADM1", Lat: 35.5, Lon: -98}
	springMO := &Entry{Class: "P", Lat: 37.22, Lon: -93.30}
	springIL := &Entry{Class: "P", Lat: 39.80, Lon: -89.64}
	tests := []struct {
		name     string
		es       []*Entry
		conf     []float64
		e        *Entry
		min, max float64
	}{
		{"near the centre", []*Entry{tulsa, norman, stillwater}, []float64{1, 1, 1}, springMO, 0.5, 1.0},
		{"beyond reach", []*Entry{tulsa, norman, stillwater}, []float64{1, 1, 1}, springIL, 0, 0},
		{"at the centre", []*Entry{tulsa, norman, stillwater}, []float64{1, 1, 1}, stillwater, 1.8, 2.0},
		{"too little weight", []*Entry{tulsa, norman}, []float64{1, 0.2}, springMO, 0, 0},
		{"spread over a continent", []*Entry{tulsa, seattle, miami}, []float64{1, 1, 1}, springMO, 0, 0},
		{"regions are no points", []*Entry{tulsa, state, state}, []float64{1, 1, 1}, springMO, 0, 0},
	}
	for _, tt := range tests {
		got := newCentroid(tt.es, tt.conf).bonus(tt.e)
		if got < tt.min-1e-9 || got > tt.max+1e-9 {
			t.Errorf("%s: bonus = %.3f, want in [%.2f, %.2f]", tt.name, got, tt.min, tt.max)
		}
	}
	// A name's own reading does not support itself.
	c := newCentroid([]*Entry{tulsa, norman, stillwater}, []float64{1, 1, 1}).without(stillwater, 1)
	if c.w != 2 {
		t.Errorf("without: weight %.2f, want 2", c.w)
	}
}

// TestTownshipOfLocalStory checks that a township the gazetteer lacks
// resolves to the central place of the story's other places, not to a
// town of its name elsewhere in the state.
func TestTownshipOfLocalStory(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name string
		lat, lon   float64 // where the township must lie within 60 km of
	}{
		// Madison, Ohio, and Madison County lie far from Hamilton.
		{"Deputies from Hamilton, Middletown and Fairfield searched a field in Madison Twp. overnight.", "Madison Twp.", 39.40, -84.50},
		// No Jackson near Lancaster: the township is still local.
		{"Crews from Lancaster, Lititz and Ephrata fought a fire in Jackson Township on Friday.", "Jackson Township", 40.10, -76.25},
	}
	for _, tt := range tests {
		got := resolveWord(p, tt.text, tt.name)
		if got == nil || DistanceKm(got.Lat, got.Lon, tt.lat, tt.lon) > 60 {
			t.Errorf("%q: %s = %+v; want a place within 60 km of %.2f, %.2f", tt.text, tt.name, got, tt.lat, tt.lon)
		}
	}
}

// TestIsTownship checks the names taken for townships.
func TestIsTownship(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"readington township", true},
		{"madison twp", true},
		{"township", false},
		{"madison", false},
		{"madison county", false},
	}
	for _, tt := range tests {
		if got := isTownship(tt.key); got != tt.want {
			t.Errorf("isTownship(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

// TestUnknownTownQualifiedByState checks that a name the gazetteer lacks
// that the text places in a state, or in or near a town, resolves there,
// at every mention, and that a name followed by anything else stays
// unresolved.
func TestUnknownTownQualifiedByState(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, nth string // nth: "" for the first mention, "2" for the second
		admin1          string // "" for unresolved
	}{
		{"QUILLMARSH, Okla. (AP) — A grain elevator burned on Friday.", "QUILLMARSH", "", "Oklahoma"},
		{"A grain elevator burned in Zorvale, Ohio, on Friday. Zorvale has 600 people.", "Zorvale", "", "Ohio"},
		{"A grain elevator burned in Zorvale, Ohio, on Friday. Zorvale has 600 people.", "Zorvale", "2", "Ohio"},
		{"A grain elevator burned in Zorvale, Tenn., on Friday.", "Zorvale", "", "Tennessee"},
		{"A grain elevator burned in Zorvale, officials said.", "Zorvale", "", ""},
		// In or near a town: the town.
		{"Skaters were banned from Quillmarsh Park in Des Moines on Friday.", "Quillmarsh Park", "", "Iowa"},
		{"The couple worked at Zorvale, near Tulsa, for years.", "Zorvale", "", "Oklahoma"},
		// A country after "in" places nothing.
		{"A statue of Saint Zorvale of Quillmarsh in Italy was unveiled.", "Quillmarsh", "", ""},
		// After a bare comma a town is a list item, not a holder.
		{"Crews from Zorvale, Tulsa and Norman helped.", "Zorvale", "", ""},
		// The name inside a longer word is no mention of it.
		{"Crews drove from DeZorvale, Ohio, on Friday. Zorvale was spared.", "Zorvale", "", ""},
		{"Crews drove from De Zorvale, Ohio, on Friday. Zorvale was spared.", "Zorvale", "2", "Ohio"},
		// A state's code before a dash that is no letter.
		{"ZORVALE, IL—A grain elevator burned on Friday.", "ZORVALE", "", "Illinois"},
		{"ZORVALE, ILL—A grain elevator burned on Friday.", "ZORVALE", "", ""},
		// The codes of the states AP spells out count as the others do.
		{"ZORVALE, OH (AP) — A grain elevator burned on Friday.", "ZORVALE", "", "Ohio"},
		{"A grain elevator burned in Zorvale, ME, on Friday.", "Zorvale", "", "Maine"},
		// Not in a sentence written in capitals, where the code is a word.
		{"VOTERS IN ZORVALE, OR NOT, BACKED THE LEVY.", "ZORVALE", "", ""},
		{"VOTERS IN ZORVALE, IN TURN, BACKED THE LEVY.", "ZORVALE", "", ""},
		// A dateline in capitals places the name as the story writes it.
		{"QUILLMARSH, Okla. (AP) — Crews said Quillmarsh has 600 people.", "Quillmarsh", "", "Oklahoma"},
		{"Crews reached Quillmarsh, Tenn., on Friday. QUILLMARSH FLOODS AGAIN", "QUILLMARSH", "", "Tennessee"},
		// Case counts between two writings in lower and mixed case.
		{"Crews reached Quillmarsh, Tenn., on Friday. A quillmarsh is a bog.", "quillmarsh", "", ""},
	}
	for _, tt := range tests {
		start := indexWord(tt.text, tt.name)
		if tt.nth == "2" {
			start += len(tt.name) + indexWord(tt.text[start+len(tt.name):], tt.name)
		}
		got := p.ResolveSpans(doc.New("t", tt.text), []doc.Span{{Start: start, End: start + len(tt.name)}})[0]
		switch {
		case tt.admin1 == "" && got != nil:
			t.Errorf("%q: %s = %+v; want unresolved", tt.text, tt.name, got)
		case tt.admin1 != "" && (got == nil || got.Admin1 != tt.admin1):
			t.Errorf("%q: %s = %+v; want a place in %s", tt.text, tt.name, got, tt.admin1)
		}
	}
}

// TestTownInRegion checks that "X in Y", Y a region first of all,
// places X in Y as "X, Y" does, and that a name whose first reading is a
// city ("Washington") holds nothing that way.
func TestTownInRegion(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, admin1, country string
	}{
		// No Belgrade in Minnesota: the state, not Serbia's capital.
		{"Firefighters put out a blaze at a house in Belgrade in central Minnesota on Saturday.", "Belgrade", "Minnesota", "USA"},
		{"A barn burned outside Paris in northern Texas overnight.", "Paris", "Texas", "USA"},
		// Washington is first of all the capital: no state for Vienna.
		{"Diplomats met in Vienna in Washington on Monday.", "Vienna", "", ""},
	}
	for _, tt := range tests {
		got := resolveWord(p, tt.text, tt.name)
		if tt.admin1 == "" {
			if got != nil && got.Admin1 == "Washington" {
				t.Errorf("%q: %s = %+v; want no reading in Washington state", tt.text, tt.name, got)
			}
			continue
		}
		if got == nil || got.Admin1 != tt.admin1 || got.Country != tt.country {
			t.Errorf("%q: %s = %+v; want a place in %s, %s", tt.text, tt.name, got, tt.admin1, tt.country)
		}
	}
}

// TestIsLocatedIn checks the words that make the second name hold the
// first.
func TestIsLocatedIn(t *testing.T) {
	tests := []struct {
		between string
		want    bool
	}{
		{" in ", true},
		{", in ", true},
		{" in central ", true},
		{" in Northern ", true},
		{" and ", false},
		{" in the ", false},
		{" in central and ", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isLocatedIn(tt.between); got != tt.want {
			t.Errorf("isLocatedIn(%q) = %v, want %v", tt.between, got, tt.want)
		}
	}
}

// TestResolveSpansOddInput feeds names the gazetteer lacks at the end of
// the text, before a lone comma or "in", in invalid UTF-8 and in spans out
// of range: nothing panics, and only a name the text places gets a place.
func TestResolveSpansOddInput(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text       string
		start, end int
		admin1     string // "" for unresolved
	}{
		{"Zorvale", 0, 7, ""},
		{"Zorvale,", 0, 7, ""},
		{"Zorvale, ", 0, 7, ""},
		{"Zorvale in", 0, 7, ""},
		{"Zorvale in ", 0, 7, ""},
		{"Quillmarsh Township", 0, 19, ""},
		{"Zorvale, \xff\xfe", 0, 7, ""},
		{"\xff\xfe in Ohio", 0, 2, "Ohio"},
		{"Zorvale, Ohio", 5, 100, ""},
		{"Zorvale, Ohio", -3, 4, ""},
	}
	for _, tt := range tests {
		got := p.ResolveSpans(doc.New("t", tt.text), []doc.Span{{Start: tt.start, End: tt.end}})
		switch {
		case len(got) != 1:
			t.Errorf("%q [%d, %d): %d places, want 1", tt.text, tt.start, tt.end, len(got))
		case tt.admin1 == "" && got[0] != nil:
			t.Errorf("%q [%d, %d): %+v; want none", tt.text, tt.start, tt.end, got[0])
		case tt.admin1 != "" && (got[0] == nil || got[0].Admin1 != tt.admin1):
			t.Errorf("%q [%d, %d): %+v; want a place in %s", tt.text, tt.start, tt.end, got[0], tt.admin1)
		}
	}
}

// TestStateAbbrevAt checks the states whose AP abbreviation starts a
// text as a whole word; postal codes are postalStateAfter's.
func TestStateAbbrevAt(t *testing.T) {
	tests := []struct {
		s, want string
	}{
		{"Ill. (AP) — Crews", "IL"},
		{"IL—Crews", ""},
		{"IL", ""},
		{"W. Va., where", "WV"},
		{"W.Va.", "WV"},
		{"Kans.", "KS"},
		{"Illinois", ""},
		{"ILL", ""},
		{"ILé", ""},
		{"Ind\xff", ""},
		{"il", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := stateAbbrevAt(tt.s); got != tt.want {
			t.Errorf("stateAbbrevAt(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestWordStartAt checks where a name may start: not after a letter or
// a digit of the same word.
func TestWordStartAt(t *testing.T) {
	tests := []struct {
		s    string
		i    int
		want bool
	}{
		{"DeKalb", 0, true},
		{"DeKalb", 2, false},
		{"De Kalb", 3, true},
		{"Port-Kalb", 5, true},
		{"éKalb", 2, false},
		{"4Kalb", 1, false},
		{"\xffKalb", 1, true},
	}
	for _, tt := range tests {
		if got := wordStartAt(tt.s, tt.i); got != tt.want {
			t.Errorf("wordStartAt(%q, %d) = %v, want %v", tt.s, tt.i, got, tt.want)
		}
	}
}

// TestCentralPlace checks the medoid of a story's towns: the one nearest
// the others when half of them lie within reach, none when they are
// spread out or too many, and rejected mentions and regions left out.
func TestCentralPlace(t *testing.T) {
	g := &Gazetteer{Entries: []Entry{
		{Name: "Hamilton", Class: "P", Lat: 39.40, Lon: -84.56},
		{Name: "Middletown", Class: "P", Lat: 39.52, Lon: -84.40},
		{Name: "Fairfield", Class: "P", Lat: 39.35, Lon: -84.56},
		{Name: "Oxford", Class: "P", Lat: 39.51, Lon: -84.75},
		{Name: "Seattle", Class: "P", Lat: 47.61, Lon: -122.33},
		{Name: "Miami", Class: "P", Lat: 25.77, Lon: -80.19},
		{Name: "Ohio", Class: "A", Code: "ADM1", Lat: 40.25, Lon: -82.75},
	}}
	at := func(es ...int32) []*mention {
		var ms []*mention
		for _, e := range es {
			ms = append(ms, &mention{cands: []posting{{entry: e}}})
		}
		return ms
	}
	rejected := at(4)
	rejected[0].best = -1
	many := make([]Entry, maxCentralPlaces+1)
	var manyMs []*mention
	for i := range many {
		many[i] = Entry{Class: "P", Lat: 39 + float64(i)/1000, Lon: -84}
		manyMs = append(manyMs, &mention{cands: []posting{{entry: int32(i)}}})
	}
	tests := []struct {
		name string
		g    *Gazetteer
		ms   []*mention
		want int32
	}{
		{"medoid of four towns", g, at(0, 1, 2, 3, 0), 0},
		{"one far town of five", g, at(1, 2, 3, 0, 4), 0},
		{"spread over a continent", g, at(0, 4, 5), -1},
		{"a region is no town", g, at(6), -1},
		{"rejected mention left out", g, append(at(4, 5), rejected...), -1},
		{"no places", g, nil, -1},
		{"as many as allowed", &Gazetteer{Entries: many[:maxCentralPlaces]}, manyMs[:maxCentralPlaces], 24},
		{"too many", &Gazetteer{Entries: many}, manyMs, -1},
	}
	for _, tt := range tests {
		if got := centralPlace(tt.g, tt.ms); got != tt.want {
			t.Errorf("%s: centralPlace = %d, want %d", tt.name, got, tt.want)
		}
	}
}
