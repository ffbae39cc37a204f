package geo

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// TestPostalStateAfter checks which "Name, XX" read XX as a state: every
// state's code, the ones AP spells out too, in the exact shape, not
// before a letter and not in a sentence written in capitals.
func TestPostalStateAfter(t *testing.T) {
	tests := []struct {
		text, name, want string
	}{
		{"Crews came from Dayton, OH on Friday.", "Dayton", "US.OH"},
		{"Crews came from Dayton, OH.", "Dayton", "US.OH"},
		{"Mail it to Dayton, OH 45402 by Friday.", "Dayton", "US.OH"},
		{"The pantry in Bangor, ME, reopened.", "Bangor", "US.ME"},
		{"Flights left Hilo, HI—late again.", "Hilo", "US.HI"},
		{"He grew up in Ames, IA and Provo, UT, then moved.", "Ames", "US.IA"},
		{"He grew up in Ames, IA and Provo, UT, then moved.", "Provo", "US.UT"},
		{"Crews flew to Nome, AK on Friday.", "Nome", "US.AK"},
		{"She lives in Boise, ID now.", "Boise", "US.ID"},
		{"She lives in Tulsa, OK now.", "Tulsa", "US.OK"},
		{"She lives in Austin, TX now.", "Austin", "US.TX"},
		{"She lives in Washington, DC now.", "Washington", "US.DC"},
		// A dateline in capitals before a story that is not.
		{"HORRY TOWN, SC (WXYZ) — A man and his dog were found.", "HORRY TOWN", "US.SC"},
		{"COLUMBUS, OH\nThe governor signed the bill.", "COLUMBUS", "US.OH"},
		// Not the exact shape.
		{"Crews came from Dayton,OH on Friday.", "Dayton", ""},
		{"Crews came from Dayton , OH on Friday.", "Dayton", ""},
		{"Crews came from Dayton, OHIO on Friday.", "Dayton", ""},
		{"Crews came from Dayton, Oh my.", "Dayton", ""},
		{"Crews came from Dayton, oh well.", "Dayton", ""},
		{"Crews came from Dayton, OHé.", "Dayton", ""},
		{"Crews came from Dayton, XY on Friday.", "Dayton", ""},
		{"Crews came from Dayton, O", "Dayton", ""},
		{"Crews came from Dayton", "Dayton", ""},
		// A sentence in capitals, where the code is a word.
		{"VOTERS IN DAYTON, OR NOT, BACKED THE LEVY.", "DAYTON", ""},
		{"STORM HITS DAYTON, IN TURN SPARING TOLEDO", "DAYTON", ""},
		{"FLOODS REACH OLD TOWN, ME.", "OLD TOWN", ""},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.name)
		if i < 0 {
			t.Fatalf("%q not in %q", tt.name, tt.text)
		}
		if got := postalStateAfter(tt.text, i+len(tt.name)); got != tt.want {
			t.Errorf("postalStateAfter(%q) after %q = %q, want %q", tt.text, tt.name, got, tt.want)
		}
	}
	for _, end := range []int{-1, 0, 5, 100} {
		if got := postalStateAfter("Ohio", end); got != "" {
			t.Errorf("postalStateAfter(%q, %d) = %q, want none", "Ohio", end, got)
		}
	}
	if got := postalStateAfter("Zorvale, OH\xff\xfe", 7); got != "US.OH" {
		t.Errorf("postalStateAfter before invalid UTF-8 = %q, want US.OH", got)
	}
}

// TestCapitalsAround checks when the sentence around a postal code reads
// as written in capitals: the words after the code decide, and the words
// before it when none follow.
func TestCapitalsAround(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"FIRE IN DAYTON, OH SPARES TWO HOMES", true},
		{"FIRE IN DAYTON, OH (AP) — Two homes were spared.", false},
		{"Fire in Dayton, OH spares two homes.", false},
		{"FIRE IN DAYTON, OH", true},
		{"FIRE IN DAYTON, OH. Two homes were spared.", true},
		{"Fire in Dayton, OH. TWO HOMES WERE SPARED.", false},
		{"Fire in Dayton, OH", false},
		{"DAYTON, OH — A U.S. judge said a fire spared two homes.", false},
		{", OH", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, ", OH")
		if got := capitalsAround(tt.text, i, i+4); got != tt.want {
			t.Errorf("capitalsAround(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	for _, r := range [][2]int{{-5, -3}, {100, 200}, {3, 1}} {
		if capitalsAround("Fire in Dayton", r[0], r[1]) {
			t.Errorf("capitalsAround out of range %v = true, want false", r)
		}
	}
}

// TestSameName checks that two writings of a name match across case only
// where one of them is in capitals.
func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ridge Farm", "Ridge Farm", true},
		{"RIDGE FARM", "Ridge Farm", true},
		{"Ridge Farm", "RIDGE FARM", true},
		{"ridge farm", "Ridge Farm", false},
		{"RIDGE FARMS", "Ridge Farm", false},
		{"ÉCLAIR", "Éclair", true},
		{"", "", true},
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestPostalStateReading checks that a state's postal code after a town
// picks the town of that state, for the states AP spells out as for the
// others, and that a headline in capitals is read without it.
func TestPostalStateReading(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, name, admin1 string
	}{
		{"Crews from Portland, ME arrived on Friday.", "Portland", "Maine"},
		{"Crews from Portland, OR arrived on Friday.", "Portland", "Oregon"},
		{"Crews from Springfield, OH arrived on Friday.", "Springfield", "Ohio"},
		{"A barn burned near Burlington, IA. Crews came.", "Burlington", "Iowa"},
		{"CREWS FROM SPRINGFIELD, OH ARRIVED ON FRIDAY.", "SPRINGFIELD", "Illinois"},
	}
	for _, tt := range tests {
		d := doc.New("t", tt.text)
		p.Process(d)
		if pl := place(d, tt.name); pl == nil || pl.Admin1 != tt.admin1 || pl.Country != "USA" {
			t.Errorf("%q: %s = %+v; want a place in %s", tt.text, tt.name, pl, tt.admin1)
		}
	}
}

// TestSentenceEndAt checks which stops end a sentence: not the periods
// of abbreviations, nor a period inside a word.
func TestSentenceEndAt(t *testing.T) {
	tests := []struct {
		text string
		i    int
		want bool
	}{
		{"Two homes burned. Crews came.", 16, true},
		{"Two homes burned.", 16, true},
		{"Did it burn? Yes.", 11, true},
		{"Wow! Yes.", 3, true},
		{"A U.S. judge ruled.", 5, false},
		{"On St. Paul Street.", 5, false},
		{"The site example.com went down.", 16, false},
		{"Crews", 2, false},
		{"Crews.", 6, false},
		{"Crews.", -1, false},
	}
	for _, tt := range tests {
		if got := sentenceEndAt(tt.text, tt.i); got != tt.want {
			t.Errorf("sentenceEndAt(%q, %d) = %v, want %v", tt.text, tt.i, got, tt.want)
		}
	}
}
