package geo

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func testParser(t testing.TB) *Parser {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewParser(g)
}

// place returns the place whose text is name, or nil.
func place(d *doc.Document, name string) *doc.Place {
	for i := range d.Places {
		if d.Places[i].Text == name {
			return &d.Places[i]
		}
	}
	return nil
}

func TestResolveAmbiguous(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, country, admin1 string
		lat, lon                    float64
	}{
		{"Protesters gathered in Paris on Saturday as French unions called a national strike.", "Paris", "FRA", "Île-de-France", 48.85, 2.35},
		{"A tornado damaged homes in Paris, Texas, late on Tuesday, county officials said.", "Paris", "USA", "Texas", 33.66, -95.56},
		{"The county fair opened in Paris, Tenn., and drew visitors from across Henry County.", "Paris", "USA", "Tennessee", 36.30, -88.33},
		{"Militias clashed near the airport in Tripoli as Libya's rival governments traded blame.", "Tripoli", "LBY", "Tripoli", 32.89, 13.19},
		{"Lebanese troops deployed in Tripoli after gunmen fired on a market in the northern city near Beirut.", "Tripoli", "LBN", "North Lebanon", 34.43, 35.84},
		{"Russian tanks rolled into Georgia and took up positions outside Tbilisi and Gori.", "Georgia", "GEO", "", 42.0, 43.5},
		{"Voters in Georgia lined up for hours in Atlanta and Savannah on election day.", "Georgia", "USA", "Georgia", 32.9, -83.3},
		{"Thousands marched in Alexandria and Cairo to demand the release of detained activists in Egypt.", "Alexandria", "EGY", "Alexandria", 31.20, 29.92},
		{"Police in Alexandria, Va., said the suspect was arrested near the Arlington line.", "Alexandria", "USA", "Virginia", 38.80, -77.05},
		{"The students drove from Moscow to Pullman for the game between the Idaho and Washington State teams.", "Moscow", "USA", "Idaho", 46.73, -117.00},
		{"Couples from Michigan, Tennessee, Ohio and Kentucky urged the court to agree.", "Ohio", "USA", "Ohio", 40.4, -82.7},
		{"Diplomats arrived in Moscow for talks with Russian officials on the Kremlin's proposal.", "Moscow", "RUS", "Moscow", 55.75, 37.62},
	}
	for _, tt := range tests {
		d := doc.New("t", tt.text)
		p.Process(d)
		pl := place(d, tt.name)
		if pl == nil {
			t.Errorf("%q: %s not found; places %+v", tt.text, tt.name, d.Places)
			continue
		}
		if pl.Country != tt.country || pl.Admin1 != tt.admin1 || DistanceKm(pl.Lat, pl.Lon, tt.lat, tt.lon) > 50 {
			t.Errorf("%q: %s = %s, %s, %s (%.2f, %.2f); want %s, %s (%.2f, %.2f)", tt.text, tt.name, pl.Name, pl.Country, pl.Admin1, pl.Lat, pl.Lon, tt.country, tt.admin1, tt.lat, tt.lon)
		}
	}
}

func TestRegionsAbsentFromCities(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, want, country string
	}{
		{"Russia annexed Crimea in 2014 after a disputed referendum.", "Crimea", "Crimea", "UKR"},
		{"Air strikes hit the Gaza Strip overnight, the health ministry said.", "Gaza Strip", "Gaza Strip", "PSE"},
		{"Settlers attacked a village in the West Bank on Friday.", "West Bank", "West Bank", "PSE"},
		{"Fighting intensified across the Donbas as shelling hit residential areas.", "Donbas", "Donbas", "UKR"},
		{"Tankers were seized in the Persian Gulf near the Strait of Hormuz.", "Persian Gulf", "Persian Gulf", ""},
		{"Houthi forces fired missiles at ships in the Red Sea.", "Red Sea", "Red Sea", ""},
		{"Chinese coast guard vessels blocked a resupply mission in the South China Sea.", "South China Sea", "South China Sea", ""},
		{"Jihadist groups have expanded across the Sahel since 2012.", "Sahel", "Sahel", ""},
		{"Israel has occupied the Golan Heights since 1967.", "Golan Heights", "Golan Heights", "SYR"},
		{"Leaders of the Balkans met to discuss migration routes.", "Balkans", "Balkans", ""},
		{"Soldiers patrolled the Line of Control in Kashmir after the attack.", "Kashmir", "Kashmir", "IND"},
	}
	for _, tt := range tests {
		d := doc.New("t", tt.text)
		p.Process(d)
		pl := place(d, tt.name)
		if pl == nil {
			t.Errorf("%q: %s not found; places %+v", tt.text, tt.name, d.Places)
			continue
		}
		if pl.Name != tt.want || pl.Country != tt.country || pl.Lat == 0 && pl.Lon == 0 {
			t.Errorf("%q: %s = %+v, want %s in %q", tt.text, tt.name, *pl, tt.want, tt.country)
		}
	}
}

func TestNotPlaces(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text string
		not  []string // texts that must not be places
		want []string // texts that must be places
	}{
		{"Washington has broken off relations with Caracas, the State Department said.", []string{"Washington"}, nil},
		{"Moscow warned that it would respond to any new sanctions.", []string{"Moscow"}, nil},
		{"Beijing accused Tokyo of provoking tension in the East China Sea.", []string{"Beijing", "Tokyo"}, []string{"East China Sea"}},
		{"Reading the report, the minister said the figures were a nice surprise.", []string{"Reading"}, nil},
		{"Mobile phone networks went down during the storm.", []string{"Mobile"}, nil},
		{"Nice weather helped the rescue teams, and Split decisions slowed the talks.", []string{"Nice", "Split"}, nil},
		{"The singer Paris Hilton and actor Michael Jackson attended the gala.", []string{"Paris", "Jackson"}, nil},
		{"The talks ended in March without an agreement.", []string{"March"}, nil},
		{"Police arrested Bruce McArthur on Tuesday. McArthur's van was searched, and McArthur denied the charges.", []string{"McArthur"}, nil},
		{"I'll vote in Springfield, Ill., said a woman who asked not to be named. Miss Smith agreed.", []string{"I'll", "Miss"}, []string{"Springfield", "Ill."}},
		{"Clinton met voters in Iowa. Later, Clinton said the plan would help families in Ohio, Kentucky and Tennessee.", []string{"Clinton"}, []string{"Iowa", "Ohio", "Kentucky", "Tennessee"}},
		{"Egypt is prepared to help Sudan, and Egypt has a long coastline on the Red Sea.", nil, []string{"Egypt", "Sudan", "Red Sea"}},
		{"Scientists said life on Mars and the Earth differ, Congress was told.", []string{"Mars", "Earth", "Congress"}, nil},
		{"Russian and Syrian officials met in Damascus.", []string{"Russian", "Syrian"}, []string{"Damascus"}},
		{"The ferry from Split reached the port of Nice after the crossing from Reading.", nil, []string{"Split", "Nice", "Reading"}},
		{"Shelling killed four people in the northwestern port city of Hodeidah, Yemen.", nil, []string{"Hodeidah", "Yemen"}},
	}
	for _, tt := range tests {
		d := doc.New("t", tt.text)
		p.Process(d)
		for _, n := range tt.not {
			if pl := place(d, n); pl != nil {
				t.Errorf("%q: %s taken as a place (%s, %s)", tt.text, n, pl.Name, pl.Country)
			}
		}
		for _, n := range tt.want {
			if place(d, n) == nil {
				t.Errorf("%q: %s not found; places %+v", tt.text, n, d.Places)
			}
		}
		for _, pl := range d.Places {
			if d.Text[pl.Start:pl.End] != pl.Text {
				t.Errorf("%q: span [%d,%d) is %q, text %q", tt.text, pl.Start, pl.End, d.Text[pl.Start:pl.End], pl.Text)
			}
		}
	}
}

// TestEntitySpans checks that a LOC entity of the NER stage that the token
// scan misses (a lower-case article) is still resolved.
func TestEntitySpans(t *testing.T) {
	p := testParser(t)
	text := "Fighting spread to al-Hasakah on Monday."
	d := doc.New("t", text)
	d.Sentences = Tokenize(text)
	start := strings.Index(text, "al-Hasakah")
	d.Entities = []doc.Entity{{Start: start, End: start + len("al-Hasakah"), Text: "al-Hasakah", Type: "LOC", Sentence: 0, Ref: -1}}
	p.Process(d)
	if pl := place(d, "al-Hasakah"); pl == nil || pl.Country != "SYR" {
		t.Fatalf("al-Hasakah = %+v, want a place in SYR (places %+v)", pl, d.Places)
	}
}
