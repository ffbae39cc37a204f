package ner

import (
	"strings"

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
	// DictOverlay makes the dictionaries' names win over the model.
	DictOverlay bool
}

// Tag labels words with BIO tags: the model's, with the names the actor
// dictionaries know laid over them when DictOverlay is set.
func (t Tagger) Tag(words []string) []string {
	gaz := t.Gaz.Tags(words)
	tags := t.Model.Tag(words, gaz)
	if t.DictOverlay {
		overlay(tags, gaz)
	}
	return tags
}

// dictTypes maps dictionary kinds to entity types; adjectives (MISC in
// CoNLL terms) and agents are not names.
var dictTypes = map[string]string{"person": "PER", "org": "ORG", "seat": "ORG", "country": "LOC", "capital": "LOC"}

// overlay writes the dictionary's names over tags.
func overlay(tags, gaz []string) {
	for i := 0; i < len(gaz); {
		typ, ok := dictTypes[strings.TrimPrefix(gaz[i], "B-")]
		if !ok || !strings.HasPrefix(gaz[i], "B-") {
			i++
			continue
		}
		j := i + 1
		for j < len(gaz) && strings.HasPrefix(gaz[j], "I-") {
			j++
		}
		tags[i] = "B-" + typ
		for k := i + 1; k < j; k++ {
			tags[k] = "I-" + typ
		}
		if j < len(tags) && strings.HasPrefix(tags[j], "I-") {
			tags[j] = "B-" + tags[j][2:]
		}
		i = j
	}
}
