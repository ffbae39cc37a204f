package petrarch

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/shared"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// sampleActors is a dictionary of our own in the PETRARCH format.
const sampleActors = `<!-- a test dictionary
  written for sitrep -->
NORTHLAND_  [NLD]   # a country
+NORTHLANDER_
+NORTH_LAND
ARGENTIN  [ARG]
JANE_DOE_
+PRESIDENT_DOE
	[NLDGOV 100101-141231]
	[NLDELI >150101]
	[NLD]
OLD_NAME_
NEW_NAME_
	[XYZ]
SMITH [ABC <990101] [ABCGOV >990101]
JOHN_DOE_SENIOR
+PRESIDENT_JOHN
	[NLDELI]
JOHN_DOE_JUNIOR
+PRESIDENT_JOHN_
	[NLDGOV 010120-300101]
	[NLDELI]
`

func TestReadActors(t *testing.T) {
	d := NewDict()
	if err := d.ReadActors(strings.NewReader(sampleActors), "sample"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		date  string
		code  string
		n     int
	}{
		{[]string{"Northland"}, "2020-01-01", "NLD", 1},
		{[]string{"north", "land", "said"}, "2020-01-01", "NLD", 2},
		{[]string{"Argentina"}, "2020-01-01", "ARG", 1},
		{[]string{"President", "Doe"}, "2012-06-01", "NLDGOV", 2},
		{[]string{"Jane", "Doe"}, "2014-12-31", "NLDGOV", 2},
		{[]string{"Jane", "Doe"}, "2015-01-02", "NLDELI", 2},
		{[]string{"Jane", "Doe"}, "2005-01-01", "NLD", 2},
		{[]string{"old", "name"}, "2005-01-01", "XYZ", 2},
		{[]string{"Smith"}, "1998-01-01", "ABC", 1},
		{[]string{"Smith"}, "2001-01-01", "ABCGOV", 1},
		{[]string{"Nobody"}, "2001-01-01", "", 0},
		// A name listed twice takes the later entry; "300101" is 2030.
		{[]string{"President", "John"}, "2008-08-06", "NLDGOV", 2},
		{[]string{"President", "John"}, "2029-12-31", "NLDGOV", 2},
		{[]string{"President", "John"}, "2030-01-02", "NLDELI", 2},
	}
	for _, tc := range tests {
		_, code, n := d.LookupActor(tc.words, day(tc.date))
		if code != tc.code || n != tc.n {
			t.Errorf("%v on %s: got %q/%d, want %q/%d", tc.words, tc.date, code, n, tc.code, tc.n)
		}
	}
}

func TestReadAgentsAndDiscards(t *testing.T) {
	const agents = `!PERSON! = MAN, WOMAN
!MINIST! = MINISTER, MINISTRY
FOREIGN_!MINIST! [~GOV]
POLICE {} [ ~COP]
CONGRESS!PERSON! [~LEG]
AID_GROUP [NGO~]
CHILD {CHILDREN} [~CVL]
MILITIA [~REB]
MILITIA [~UAF]
`
	d := NewDict()
	if err := d.ReadAgents(strings.NewReader(agents), "agents"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		phrase, code string
		prefix       bool
	}{
		{"foreign ministry", "GOV", false},
		{"foreign ministers", "GOV", false},
		{"police", "COP", false},
		{"congresswoman", "LEG", false},
		{"congressmen", "LEG", false},
		{"aid groups", "NGO", true},
		{"children", "CVL", false},
		// An agent listed twice takes the later entry.
		{"militia", "UAF", false},
	}
	for _, tc := range tests {
		a, n := d.LookupAgent(strings.Fields(tc.phrase))
		if a == nil || n != len(strings.Fields(tc.phrase)) || a.Code != tc.code || a.Prefix != tc.prefix {
			t.Errorf("%q: got %+v/%d", tc.phrase, a, n)
		}
	}
	if a, _ := d.LookupAgent([]string{"polices"}); a != nil {
		t.Errorf("{} must suppress the regular plural, got %+v", a)
	}
	if err := d.ReadDiscards(strings.NewReader("# c\nMONTHS LATER\n+WORLD_CUP\n"), "discards"); err != nil {
		t.Fatal(err)
	}
	if f, s := d.Discarded(strings.Fields("the team won the world cup")); !f || !s {
		t.Errorf("story discard not found")
	}
	if f, s := d.Discarded(strings.Fields("months later they met")); !f || s {
		t.Errorf("sentence discard not found")
	}
}

func TestBadLines(t *testing.T) {
	tests := []string{
		"+ORPHAN\n",
		"NAME [US$]\n",
		"NAME [USA\n",
		"NAME [USA]\n\t[ ]\n",
	}
	for _, in := range tests {
		if err := NewDict().ReadActors(strings.NewReader(in), "bad"); err == nil {
			t.Errorf("%q: want an error", in)
		}
	}
	// Typos found in PETRARCH's own dictionaries are read with a note.
	repaired := []struct{ in, code string }{
		{"NAME [USA 1999]\n", "USA"},
		{"NAME [USA >991399]\n", "USA"},
		{"NAME [USAGOV 120101]\n", "USAGOV"},
		{"NAME [ABC/DEF]\n", "ABC"},
		{"NAME [USA] trailing words\n", "USA"},
	}
	for _, tc := range repaired {
		d := NewDict()
		if err := d.ReadActors(strings.NewReader(tc.in), "typo"); err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if len(d.Notes) == 0 {
			t.Errorf("%q: notes %v", tc.in, d.Notes)
		}
		if _, code, _ := d.LookupActor([]string{"name"}, day("2015-01-01")); code != tc.code {
			t.Errorf("%q: code %q, want %q", tc.in, code, tc.code)
		}
	}
}

// TestSharedDictionaries loads every PETRARCH actor, agent and discard
// dictionary of the shared data with zero parse errors.
func TestSharedDictionaries(t *testing.T) {
	dir := filepath.Dir(shared.Require(t, "data/eval/petrarch/dicts/Phoenix.Countries.actors.txt"))
	files := map[string]struct{ min, max int }{
		"Phoenix.Countries.actors.txt":     {10000, 60000},
		"Phoenix.International.actors.txt": {1000, 9000},
		"Phoenix.MilNonState.actors.txt":   {500, 3000},
		"PETR.Validate.actors.txt":         {100, 250},
		"PETR_Validate_actors_2_02.txt":    {100, 250},
		"Phoenix.agents.txt":               {1000, 8000},
		"PETR.Validate.agents.txt":         {50, 300},
		"PETR_Validate_agents_2_02.txt":    {50, 300},
		"Phoenix.discards.txt":             {300, 600},
		"PETR.Validate.discards.txt":       {5, 20},
		"PETR_Validate_discards_2_02.txt":  {5, 20},
	}
	for f, lim := range files {
		d, err := Load(filepath.Join(dir, f))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		n := len(d.Actors) + len(d.Agents) + len(d.Discards) + len(d.StoryDiscards)
		t.Logf("%s: %d actors, %d agent forms, %d discards; %d notes", f, len(d.Actors), len(d.Agents), len(d.Discards)+len(d.StoryDiscards), len(d.Notes))
		if n < lim.min || n > lim.max {
			t.Errorf("%s: %d entries, want %d..%d", f, n, lim.min, lim.max)
		}
	}
	d, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Notes) > 40 {
		t.Errorf("%d repaired lines, want few: %v", len(d.Notes), d.Notes[:10])
	}
	lookups := []struct {
		words []string
		date  string
		code  string
	}{
		{[]string{"Afghanistan"}, "2010-01-01", "AFG"},
		{[]string{"Bill", "Clinton"}, "1995-06-01", "USAGOV"},
		{[]string{"Bill", "Clinton"}, "2005-06-01", "USAELI"},
		{[]string{"Kofi", "Annan"}, "2000-01-01", "IGOUNO"},
		{[]string{"Boko", "Haram"}, "2014-01-01", "NGAREB"},
		{[]string{"Hezbollah"}, "2014-01-01", "LBNREB"},
		{[]string{"Arnor"}, "2014-01-01", "ARN"},
	}
	for _, l := range lookups {
		_, code, n := d.LookupActor(l.words, day(l.date))
		if code != l.code || n != len(l.words) {
			t.Errorf("%v on %s: got %q/%d, want %q", l.words, l.date, code, n, l.code)
		}
	}
	if a, n := d.LookupAgent([]string{"foreign", "minister"}); a == nil || n != 2 || !strings.HasPrefix(a.Code, "GOV") {
		t.Errorf("agent foreign minister: %+v", a)
	}
}

func TestExpandSets(t *testing.T) {
	sets := map[string][]string{
		"!RANK!": {"GENERAL", "COLONEL"},
		"!SIDE!": {"REBEL", "ARMY"},
		"!SELF!": {"NEW_!SELF!"},
		"!WIDE!": strings.Fields(strings.Repeat("A ", 100)),
	}
	tests := []struct {
		phrase string
		want   []string
		ok     bool
	}{
		{"POLICE_CHIEF", []string{"POLICE_CHIEF"}, true},
		{"!RANK!", []string{"GENERAL", "COLONEL"}, true},
		{"!SIDE!_!RANK!", []string{"REBEL_GENERAL", "REBEL_COLONEL", "ARMY_GENERAL", "ARMY_COLONEL"}, true},
		{"!SELF!_LEADER", []string{"NEW_!SELF!_LEADER"}, true},
		{"!UNKNOWN!_ENVOY", []string{"UNKNOWN_ENVOY"}, true},
		{"!UNKNOWN!_!RANK!", []string{"UNKNOWN_GENERAL", "UNKNOWN_COLONEL"}, true},
		{"HALF!OPEN", []string{"HALF!OPEN"}, true},
		{"!WIDE!_!WIDE!", []string{}, false},
	}
	for _, tt := range tests {
		got, ok := expandSets(tt.phrase, sets)
		if ok != tt.ok || ok && !slices.Equal(got, tt.want) {
			t.Errorf("expandSets(%q) = %q, %v; want %q, %v", tt.phrase, got, ok, tt.want, tt.ok)
		}
	}
}
