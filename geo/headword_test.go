package geo

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func TestHeadName(t *testing.T) {
	tests := []struct{ key, want string }{
		{"kanawha river", "kanawha"},
		{"madison township", "madison"},
		{"madison twp", "madison"},
		{"lake lanier", "lanier"},
		{"river lune", "lune"},
		{"town of groton", "groton"},
		{"port of oakland", "oakland"},
		{"greater boston", "boston"},
		{"west side", ""},
		{"north lake", ""},
		{"lake", ""},
		{"springfield", ""},
	}
	for _, tt := range tests {
		if got := headName(tt.key); got != tt.want {
			t.Errorf("headName(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

// TestResolveSpansHeadWord resolves feature names the gazetteer lacks to
// the place they are named after, only in a region the story is about.
func TestResolveSpansHeadWord(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, span string
		admin1     string // "" when the span must stay unresolved
	}{
		{"Residents of Madison Township packed a meeting in Mansfield and Ashland, Ohio, to oppose the levy.", "Madison Township", "Ohio"},
		{"Loudon Co. deputies arrested a man in Lenoir City, Tenn., after a chase from Knoxville.", "Loudon Co.", "Tennessee"},
		{"The Sacramento River rose near Redding and Red Bluff, Calif., as the storm moved south to Chico.", "Sacramento River", "California"},
		{"Cargo piled up at the Port of Oakland as dockworkers in Alameda and Berkeley, Calif., walked out.", "Port of Oakland", "California"},
		{"Flooding closed roads along the Kish River, Ill., on Monday.", "Kish River", "Illinois"},
		{"Flooding closed roads along the Kish River, and DeKalb and Sycamore, Ill., were cut off on Monday.", "Kish River", ""},
		{"A fire on the West Side spread toward downtown Pittsburgh and Allegheny, Pa., overnight.", "West Side", ""},
	}
	for _, tt := range tests {
		d := doc.New("t", tt.text)
		i := strings.Index(tt.text, tt.span)
		res := p.ResolveSpans(d, []doc.Span{{Start: i, End: i + len(tt.span)}})
		got := res[0]
		switch {
		case tt.admin1 == "" && got != nil:
			t.Errorf("%q: %s resolved to %s, %s (%s); want none", tt.text, tt.span, got.Name, got.Admin1, got.Country)
		case tt.admin1 != "" && got == nil:
			t.Errorf("%q: %s unresolved; want a place in %s", tt.text, tt.span, tt.admin1)
		case tt.admin1 != "" && (got.Admin1 != tt.admin1 || got.Country != "USA"):
			t.Errorf("%q: %s = %s, %s (%s); want %s, USA", tt.text, tt.span, got.Name, got.Admin1, got.Country, tt.admin1)
		}
	}
}

// TestShortForms resolves a name that starts a longer name of the same
// story to the longer name's place, except a state's or country's own name.
func TestShortForms(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		text, span string
		nth        int // which occurrence of span
		admin1     string
		feature    string
	}{
		{"Leaders of Decatur and Avondale Estates back the annexation. Avondale wants ten lots along the road.", "Avondale", 1, "Georgia", "P.PPL"},
		{"Boone County, Ind., deputies searched the fields. Boone officials said the roads were closed.", "Boone", 1, "Indiana", ""},
		{"Kansas City police joined troopers from across Kansas in the search.", "Kansas", 1, "Kansas", "A.ADM1"},
	}
	for _, tt := range tests {
		d := doc.New("t", tt.text)
		i := -1
		for k := 0; k <= tt.nth; k++ {
			i += 1 + strings.Index(tt.text[i+1:], tt.span)
		}
		got := p.ResolveSpans(d, []doc.Span{{Start: i, End: i + len(tt.span)}})[0]
		if got == nil {
			t.Errorf("%q: %s unresolved", tt.text, tt.span)
			continue
		}
		if got.Admin1 != tt.admin1 || tt.feature != "" && got.Feature != tt.feature {
			t.Errorf("%q: %s = %s, %s, %s; want %s %s", tt.text, tt.span, got.Name, got.Admin1, got.Feature, tt.admin1, tt.feature)
		}
	}
}
