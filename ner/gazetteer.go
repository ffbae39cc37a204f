package ner

import (
	"github.com/sitrep/sitrep/actor"
	"github.com/sitrep/sitrep/geo"
)

// Gazetteer computes the dictionary feature of each word that the model
// is trained and run with: the kind of the actor-dictionary entry covering
// it ("B-person", "I-country", ...), else "B-place"/"I-place" for a
// capitalised phrase the geographic gazetteer knows as a sizeable place.
type Gazetteer struct {
	Dict   *actor.Dict
	Places *geo.Gazetteer
	// MinPopulation is the population above which a gazetteer place
	// counts; countries and first-level regions always count.
	MinPopulation int
}

// MinPopulation is the population threshold the model was trained with.
const MinPopulation = 20000

// DefaultGazetteer returns the embedded actor dictionaries and gazetteer.
func DefaultGazetteer() (*Gazetteer, error) {
	d, err := actor.Default()
	if err != nil {
		return nil, err
	}
	g, err := geo.Default()
	if err != nil {
		return nil, err
	}
	return &Gazetteer{Dict: d, Places: g, MinPopulation: MinPopulation}, nil
}

// Tags returns one feature per word.
func (g *Gazetteer) Tags(words []string) []string {
	var out []string
	if g.Dict != nil {
		out = g.Dict.GazetteerTags(actor.Keys(words), words)
	} else {
		out = make([]string, len(words))
		for i := range out {
			out[i] = "O"
		}
	}
	if g.Places == nil {
		return out
	}
	for i := 0; i < len(words); i++ {
		if out[i] != "O" || !isUpperWord(words[i]) {
			continue
		}
		best := 0
		for n := 1; n <= 3 && i+n <= len(words); n++ {
			if out[i+n-1] != "O" || !isUpperWord(words[i+n-1]) {
				break
			}
			if g.isPlace(words[i : i+n]) {
				best = n
			}
		}
		if best > 0 {
			out[i] = "B-place"
			for k := i + 1; k < i+best; k++ {
				out[k] = "I-place"
			}
			i += best - 1
		}
	}
	return out
}

func (g *Gazetteer) isPlace(words []string) bool {
	name := words[0]
	for _, w := range words[1:] {
		name += " " + w
	}
	for _, e := range g.Places.Candidates(name) {
		if e.Population >= g.MinPopulation || e.Code == "ADM1" || e.Code == "PCLI" {
			return true
		}
	}
	return false
}

// Tagger is a model with its gazetteer; it implements actor.Tagger.
type Tagger struct {
	Model *Model
	Gaz   *Gazetteer
}

// Tag labels words with BIO tags.
func (t Tagger) Tag(words []string) []string {
	return t.Model.Tag(words, t.Gaz.Tags(words))
}
