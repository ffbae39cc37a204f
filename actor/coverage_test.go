package actor

import (
	"testing"
	"time"
)

// coverageCountries are the G20 members and the forty countries most
// present in conflict news (issue 4): each must have a head of state, a
// head of government, a foreign minister and a defence minister on the
// coverage dates.
var coverageCountries = append(g20[:len(g20):len(g20)],
	// conflict news
	"UKR", "SYR", "IRQ", "AFG", "ISR", "PSE", "IRN", "YEM", "LBY", "SDN",
	"SSD", "SOM", "MLI", "NER", "BFA", "NGA", "ETH", "COD", "CAF", "LBN",
	"PAK", "MMR", "EGY", "VEN", "COL", "PRK", "BLR", "GEO", "ARM", "AZE",
	"QAT", "ARE", "JOR", "KEN", "TCD", "CMR", "MOZ", "DZA", "PHL", "SRB",
)

// g20 are the G20 members (the EU and the AU are IGOs, in orgs.txt),
// checked on more dates.
var g20 = []string{
	"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA",
	"JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA",
}

// coverageDates are the days checked, with the countries checked on each.
var coverageDates = []struct {
	date      string
	countries []string
}{
	{"2005-06-01", g20},
	{"2010-06-01", g20},
	{"2015-06-01", coverageCountries},
	{"2019-06-01", g20},
	{"2022-06-01", coverageCountries},
}

// vacant are the offices that had no holder, or none the dictionary can
// date honestly, on a coverage date: "date country office".
var vacant = map[string]string{
	"2015-06-01 PSE defence": "the Palestinian Authority has no defence ministry",
	"2022-06-01 PSE defence": "the Palestinian Authority has no defence ministry",
	"2015-06-01 LBN head":    "presidential vacancy, 2014-05-25 to 2016-10-31",
	"2015-06-01 NGA foreign": "Buhari named no ministers until 2015-11-11",
	"2015-06-01 NGA defence": "Buhari named no ministers until 2015-11-11",
	"2015-06-01 LBY head":    "rival parliaments, no agreed head of state",
	"2015-06-01 LBY defence": "rival governments, no agreed defence minister",
	"2015-06-01 CAF foreign": "the day of the 2015 reshuffle is not known to us",
	"2015-06-01 PRK defence": "Hyon Yong-chol purged, successor not announced",
}

// offices are the title keys that fill each office. A president heads the
// government in presidential systems, a king in Saudi Arabia.
var offices = []struct {
	name   string
	titles []string
}{
	{"head", []string{"president", "king", "emir", "sultan", "supreme leader", "emperor"}},
	{"government", []string{"prime minister", "chancellor", "president", "king", "supreme leader"}},
	{"foreign", []string{"foreign minister"}},
	{"defence", []string{"defense minister"}},
}

func TestOfficeCoverage(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, cd := range coverageDates {
		date := cd.date
		day, err := time.Parse("2006-01-02", date)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cd.countries {
			if d.CountryName(c) == "" {
				t.Errorf("%s is not a country in countries.txt", c)
			}
			for _, o := range offices {
				var holder *Entry
				for _, title := range o.titles {
					if holder = d.Holder(c, title, day); holder != nil {
						break
					}
				}
				key := date + " " + c + " " + o.name
				switch why, ok := vacant[key]; {
				case holder == nil && !ok:
					t.Errorf("%s: no holder", key)
				case holder != nil && ok:
					t.Errorf("%s: %s holds an office listed as vacant (%s)", key, holder.Name, why)
				}
			}
		}
	}
}

func TestHolders(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		country, title, date, want string
	}{
		{"KEN", "foreign minister", "2015-06-01", "Amina Mohamed"},
		{"KEN", "foreign minister", "2021-06-01", "Raychelle Omamo"},
		{"KEN", "defense minister", "2021-06-01", "Monica Juma"},
		{"JPN", "emperor", "2018-01-01", "Akihito"},
		{"JPN", "emperor", "2020-01-01", "Naruhito"},
		{"CAN", "king", "2023-01-01", "King Charles"},
		{"CAN", "king", "2015-06-01", "Queen Elizabeth"},
		{"ISR", "foreign minister", "2016-06-01", "Benjamin Netanyahu"},
		{"ISR", "prime minister", "2016-06-01", "Benjamin Netanyahu"},
		{"JOR", "defense minister", "2019-01-01", "Omar Razzaz"},
		{"EGY", "defense minister", "2016-01-01", "Sedki Sobhi"},
		{"EGY", "defense minister", "2019-01-01", "Mohamed Zaki"},
		{"SRB", "defense minister", "2019-01-01", "Aleksandar Vulin"},
		{"MEX", "defense minister", "2020-01-01", "Luis Cresencio Sandoval"},
		{"SDN", "president", "2022-06-01", "Abdel Fattah al-Burhan"},
		{"YEM", "defense minister", "2023-01-01", "Mohsen al-Daeri"},
		{"MMR", "prime minister", "2022-06-01", "Min Aung Hlaing"},
		{"COL", "defense minister", "2015-06-01", "Juan Carlos Pinzón"},
		{"COL", "defense minister", "2015-07-01", "Luis Carlos Villegas"},
		{"USA", "defense minister", "2019-06-01", "Patrick Shanahan"},
		{"USA", "defense minister", "2018-06-01", "Jim Mattis"},
		{"ZAF", "president", "2015-06-01", "Jacob Zuma"},
		{"KEN", "president", "2015-06-01", "Uhuru Kenyatta"},
		{"RUS", "foreign minister", "2019-12-15", "Sergei Lavrov"},
		{"GBR", "defense minister", "2019-06-01", "Penny Mordaunt"},
		{"DEU", "president", "2010-06-15", "Jens Böhrnsen"},
		{"IND", "president", "2005-06-01", "A. P. J. Abdul Kalam"},
		{"ZAF", "defense minister", "2010-06-01", "Lindiwe Sisulu"},
		{"ZAF", "defense minister", "2013-06-01", "Nosiviwe Mapisa-Nqakula"},
		{"KOR", "president", "2025-05-15", "Lee Ju-ho"},
		{"MMR", "prime minister", "2019-06-01", "Aung San Suu Kyi"},
	}
	for _, tt := range tests {
		day, err := time.Parse("2006-01-02", tt.date)
		if err != nil {
			t.Fatal(err)
		}
		got := "nobody"
		if h := d.Holder(tt.country, tt.title, day); h != nil {
			got = h.Name
		}
		if got != tt.want {
			t.Errorf("%s %s on %s: %s, want %s", tt.country, tt.title, tt.date, got, tt.want)
		}
	}
}

// TestPortfolioOfHead checks that a head of government who also holds a
// portfolio is named by the higher office, and that ministers who left
// office are former office-holders.
func TestPortfolioOfHead(t *testing.T) {
	tests := []struct {
		text, date, mention, code, role string
	}{
		{"Netanyahu spoke to reporters.", "2016-06-01", "Netanyahu", "ISRGOV", "Prime Minister"},
		{"Prime Minister Abdul Hamid Dbeibah spoke.", "2022-06-01", "Prime Minister Abdul Hamid Dbeibah", "LBYGOV", "Prime Minister"},
		{"Marise Payne arrived in Jakarta.", "2016-06-01", "Marise Payne", "AUSGOV", "Defence Minister"},
		{"Marise Payne arrived in Jakarta.", "2020-06-01", "Marise Payne", "AUSGOV", "Foreign Minister"},
		{"Sedki Sobhi arrived in Cairo.", "2020-06-01", "Sedki Sobhi", "EGYELI", ""},
		{"Ivica Dacic met the envoy.", "2016-03-01", "Ivica Dacic", "SRBGOV", "Foreign Minister"},
	}
	for _, tt := range tests {
		d := recognize(t, tt.text, tt.date, nil)
		e := find(t, d, tt.mention, 0)
		if e.Code != tt.code || e.Role != tt.role {
			t.Errorf("%q on %s: %s %q, want %s %q", tt.mention, tt.date, e.Code, e.Role, tt.code, tt.role)
		}
	}
}
