package actor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/text"
)

// fullDocCountry is docCountry computed from scratch over every entity,
// as rankCountries ranks them.
func fullDocCountry(r *Recognizer, ds *docState) int {
	cs, counts, latest := r.rankCountries(ds, nil)
	if len(cs) == 0 || counts[cs[0]] < 2 || len(cs) > 1 && counts[cs[1]] == counts[cs[0]] {
		return -1
	}
	return latest[cs[0]]
}

// TestDocCountryTally adds entities one sentence at a time, revising the
// current sentence's as the recogniser does, and checks after each step
// that the tallied docCountry is the one counted from scratch.
func TestDocCountryTally(t *testing.T) {
	dict, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r := &Recognizer{Dict: dict}
	type step struct {
		sentence bool   // a new sentence starts before this entity
		code, by string // the entity added
		revise   string // if set, the code the previous entity is changed to
		want     string // the country docCountry then names, or ""
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"twice makes the country", []step{
			{true, "POL", "dict", "", ""},
			{false, "POLGOV", "dict", "", "POL"},
			{true, "CHL", "dict", "", "POL"},
		}},
		{"a tie names none", []step{
			{true, "POL", "dict", "", ""},
			{true, "CHL", "dict", "", ""},
			{false, "POL", "dict", "", "POL"},
			{true, "CHLMIL", "dict", "", ""},
			{true, "CHL", "dict", "", "CHL"},
		}},
		{"coreference and non-nations are left out", []step{
			{true, "KEN", "dict", "", ""},
			{false, "KEN", "coref", "", ""},
			{true, "IGOUNO", "dict", "", ""},
			{false, "KENGOV", "ner", "", "KEN"},
		}},
		{"current sentence revised", []step{
			{true, "PER", "dict", "", ""},
			{false, "PER", "dict", "", "PER"},
			{true, "CHL", "dict", "", "PER"},
			{false, "CHL", "dict", "", ""},
			{false, "CVL", "dict", "COP", "PER"},
			{true, "CHLGOV", "dict", "", ""},
			{false, "CHLMIL", "dict", "", "CHL"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &doc.Document{}
			ds := &docState{d: d}
			si := -1
			for k, st := range tc.steps {
				if st.sentence {
					si++
					ds.settled = len(d.Entities)
				}
				if st.revise != "" && len(d.Entities) > ds.settled {
					d.Entities[len(d.Entities)-1].Code = st.revise
				}
				d.Entities = append(d.Entities, doc.Entity{Code: st.code, By: st.by, Sentence: si})
				got, want := r.docCountry(ds), fullDocCountry(r, ds)
				if got != want {
					t.Fatalf("step %d: docCountry %d, counted from scratch %d", k, got, want)
				}
				name := ""
				if got >= 0 {
					name = CountryOf(d.Entities[got].Code)
				}
				if name != st.want {
					t.Errorf("step %d: country %q, want %q", k, name, st.want)
				}
			}
		})
	}
}

// longStory returns a document of n paragraphs, each about one of a few
// countries and ending in "the authorities" with no country near, so
// that each paragraph asks for the country of the document so far.
func longStory(n int) string {
	countries := [][2]string{{"Polish", "Poland"}, {"Chilean", "Chile"}, {"Kenyan", "Kenya"}, {"Polish", "Poland"}, {"Peruvian", "Peru"}}
	var b strings.Builder
	for i := range n {
		c := countries[i%len(countries)]
		fmt.Fprintf(&b, "%s doctors went on strike. %s's hospitals closed wards. Patients waited for hours. "+
			"Queues grew longer. Nurses joined them. The authorities offered a raise. The police stood by.\n\n", c[0], c[1])
	}
	return b.String()
}

func BenchmarkRecognizeLongDocument(b *testing.B) {
	dict, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	r := &Recognizer{Dict: dict}
	for _, paras := range []int{20, 300} {
		d := doc.New("long", longStory(paras))
		if d.Date, err = doc.ParseDay("2019-03-07"); err != nil {
			b.Fatal(err)
		}
		text.Segment(d)
		b.Run(fmt.Sprintf("paragraphs=%d", paras), func(b *testing.B) {
			for b.Loop() {
				d.Entities = nil
				r.Recognize(d)
			}
			b.ReportMetric(float64(len(d.Sentences)), "sentences")
		})
	}
}
