package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/sitrep/sitrep/cameo"
	"github.com/sitrep/sitrep/doc"
)

// city is a place events happen at: name, ISO alpha-2 country, the CAMEO
// country code of that country, and coordinates.
type city struct {
	name, cc, actor string
	lat, lon        float64
	geonameid       int
}

// cities are capitals and large cities; coordinates are public facts.
var cities = []city{
	{"Washington", "US", "USA", 38.895, -77.036, 4140963}, {"New York", "US", "USA", 40.714, -74.006, 5128581},
	{"Moscow", "RU", "RUS", 55.752, 37.616, 524901}, {"Beijing", "CN", "CHN", 39.907, 116.397, 1816670},
	{"Kyiv", "UA", "UKR", 50.450, 30.524, 703448}, {"Kharkiv", "UA", "UKR", 49.981, 36.253, 706483},
	{"London", "GB", "GBR", 51.509, -0.126, 2643743}, {"Paris", "FR", "FRA", 48.853, 2.349, 2988507},
	{"Berlin", "DE", "DEU", 52.524, 13.411, 2950159}, {"Brussels", "BE", "BEL", 50.850, 4.349, 2800866},
	{"Damascus", "SY", "SYR", 33.510, 36.291, 170654}, {"Aleppo", "SY", "SYR", 36.202, 37.134, 170063},
	{"Baghdad", "IQ", "IRQ", 33.341, 44.401, 98182}, {"Tehran", "IR", "IRN", 35.694, 51.422, 112931},
	{"Jerusalem", "IL", "ISR", 31.769, 35.216, 281184}, {"Gaza", "PS", "PSE", 31.502, 34.467, 281133},
	{"Beirut", "LB", "LBN", 33.894, 35.502, 276781}, {"Sanaa", "YE", "YEM", 15.355, 44.207, 71137},
	{"Riyadh", "SA", "SAU", 24.688, 46.722, 108410}, {"Cairo", "EG", "EGY", 30.063, 31.250, 360630},
	{"Tripoli", "LY", "LBY", 32.888, 13.188, 2210247}, {"Khartoum", "SD", "SDN", 15.552, 32.532, 379252},
	{"Addis Ababa", "ET", "ETH", 9.025, 38.747, 344979}, {"Mogadishu", "SO", "SOM", 2.037, 45.344, 53654},
	{"Nairobi", "KE", "KEN", -1.283, 36.817, 184745}, {"Lagos", "NG", "NGA", 6.454, 3.395, 2332459},
	{"Abuja", "NG", "NGA", 9.058, 7.489, 2352778}, {"Kinshasa", "CD", "COD", -4.328, 15.314, 2314302},
	{"Bamako", "ML", "MLI", 12.650, -8.000, 2460596}, {"Johannesburg", "ZA", "ZAF", -26.202, 28.044, 993800},
	{"Kabul", "AF", "AFG", 34.529, 69.172, 1138958}, {"Islamabad", "PK", "PAK", 33.721, 73.043, 1176615},
	{"New Delhi", "IN", "IND", 28.636, 77.224, 1261481}, {"Dhaka", "BD", "BGD", 23.710, 90.407, 1185241},
	{"Yangon", "MM", "MMR", 16.806, 96.156, 1298824}, {"Bangkok", "TH", "THA", 13.754, 100.501, 1609350},
	{"Manila", "PH", "PHL", 14.604, 120.982, 1701668}, {"Jakarta", "ID", "IDN", -6.215, 106.845, 1642911},
	{"Seoul", "KR", "KOR", 37.566, 126.978, 1835848}, {"Pyongyang", "KP", "PRK", 39.034, 125.754, 1871859},
	{"Tokyo", "JP", "JPN", 35.690, 139.692, 1850147}, {"Taipei", "TW", "TWN", 25.048, 121.532, 1668341},
	{"Canberra", "AU", "AUS", -35.281, 149.128, 2172517}, {"Mexico City", "MX", "MEX", 19.428, -99.128, 3530597},
	{"Bogota", "CO", "COL", 4.610, -74.082, 3688689}, {"Caracas", "VE", "VEN", 10.488, -66.880, 3646738},
	{"Brasilia", "BR", "BRA", -15.780, -47.930, 3469058}, {"Buenos Aires", "AR", "ARG", -34.613, -58.377, 3435910},
	{"Havana", "CU", "CUB", 23.133, -82.383, 3553478}, {"Ankara", "TR", "TUR", 39.920, 32.854, 323786},
	{"Warsaw", "PL", "POL", 52.230, 21.012, 756135}, {"Minsk", "BY", "BLR", 53.900, 27.567, 625144},
}

var agents = []string{"", "GOV", "MIL", "GOV", "", "REB", "OPP", "COP", "BUS", "MED"}

// pick draws a city, the big ones far more often (Zipf).
func (g *generator) pick() city {
	return cities[int(g.z.Uint64())%len(cities)]
}

// generator makes synthetic coded documents whose event mix resembles news
// coverage: a few countries dominate (Zipf), codes follow the CAMEO table,
// dates spread over ten years.
type generator struct {
	r     *rand.Rand
	z     *rand.Zipf
	codes []cameo.Code
	start time.Time
	days  int
}

func newGenerator(seed uint64) *generator {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	var codes []cameo.Code
	for _, c := range cameo.Codes() {
		if c.Level >= 3 {
			codes = append(codes, c)
		}
	}
	return &generator{r: r, z: rand.NewZipf(r, 1.2, 2, uint64(len(cities)-1)), codes: codes,
		start: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), days: 3652}
}

var verbs = []string{"met", "criticized", "accused", "praised", "attacked", "visited", "warned", "thanked", "sanctioned", "aided"}

// doc returns document i with n events.
func (g *generator) doc(i, n int) *doc.Document {
	day := g.start.AddDate(0, 0, g.r.IntN(g.days))
	d := doc.New(fmt.Sprintf("synth-%07d", i), "")
	d.Date = doc.DayOf(day.Year(), day.Month(), day.Day())
	d.Title = fmt.Sprintf("Synthetic report %d", i)
	d.Source = []string{"Wire A", "Wire B", "Daily C", "Agency D"}[i%4]
	var b strings.Builder
	for k := 0; k < n; k++ {
		src, tgt := g.pick(), g.pick()
		for tgt.actor == src.actor {
			tgt = cities[g.r.IntN(len(cities))]
		}
		sa, ta := src.actor+agents[g.r.IntN(len(agents))], tgt.actor+agents[g.r.IntN(len(agents))]
		c := g.codes[g.r.IntN(len(g.codes))]
		verb := verbs[g.r.IntN(len(verbs))]
		start := b.Len()
		fmt.Fprintf(&b, "Officials of %s %s %s in %s. ", sa, verb, ta, src.name)
		ss := start + len("Officials of ")
		vs := ss + len(sa) + 1
		ts := vs + len(verb) + 1
		ps := ts + len(ta) + len(" in ")
		d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: b.Len() - 1, Tokens: []doc.Token{}})
		d.Entities = append(d.Entities,
			doc.Entity{Start: ss, End: ss + len(sa), Type: "ORG", Code: sa, Name: sa, Sentence: k, Ref: -1},
			doc.Entity{Start: ts, End: ts + len(ta), Type: "ORG", Code: ta, Name: ta, Sentence: k, Ref: -1})
		evDay := day.AddDate(0, 0, -g.r.IntN(3))
		pl := &doc.EventPlace{Name: src.name, Country: src.cc, Lat: src.lat, Lon: src.lon, GeonameID: src.geonameid}
		if g.r.IntN(4) == 0 {
			pl = nil
		}
		d.Events = append(d.Events, doc.Event{
			Sentence: k, Start: vs, End: vs + len(verb),
			Source: doc.ActorRef{Code: sa, Start: ss, End: ss + len(sa), Entity: 2 * k},
			Target: &doc.ActorRef{Code: ta, Start: ts, End: ts + len(ta), Entity: 2*k + 1},
			Code:   c.Code, Root: c.Root, QuadClass: c.QuadClass, Goldstein: c.Goldstein,
			Modality: doc.Asserted, Date: evDay.Format(time.DateOnly), DatePrecision: "day", Place: pl,
			Rule: "synthetic", Confidence: math.Round((0.5+g.r.Float64()/2)*100) / 100,
		})
		d.Places = append(d.Places, doc.Place{Start: ps, End: ps + len(src.name), Name: src.name, Country: src.cc,
			Lat: src.lat, Lon: src.lon, GeonameID: src.geonameid, Feature: "PPLC", Sentence: k})
	}
	d.Text = b.String()
	fill(d)
	return d
}

// fill copies each span's text from the document text.
func fill(d *doc.Document) {
	for i := range d.Sentences {
		s := &d.Sentences[i]
		s.Text = d.Text[s.Start:s.End]
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		e.Text = d.Text[e.Start:e.End]
	}
	for i := range d.Places {
		p := &d.Places[i]
		p.Text = d.Text[p.Start:p.End]
	}
	for i := range d.Events {
		e := &d.Events[i]
		e.Trigger = d.Text[e.Start:e.End]
		e.Source.Text = d.Text[e.Source.Start:e.Source.End]
		e.Target.Text = d.Text[e.Target.Start:e.Target.End]
	}
}
