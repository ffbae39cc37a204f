package actor

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/text"
)

// FuzzParse feeds arbitrary dictionary files to the parser and codes a
// sentence with what was read: errors are fine, panics and bad spans are
// not.
func FuzzParse(f *testing.F) {
	f.Add("%kind person\nJane Roe; Roe\n  MLT\n  MLTGOV 2020-01..2021 Foreign Minister\n")
	f.Add("%kind country\nMLT: Malta\n  adj: Maltese\n  capital: Valletta\n  mil: Luqa\n")
	f.Add("%kind agent\nGOV title: prime minister; premier\nMIL: troops/troops\n%kind modifier\nsenior; top\n")
	f.Add("%kind org\nIGOXYZ: Xyz Union\n  IGO ..2000\n")
	f.Fuzz(func(t *testing.T, s string) {
		d := NewDict()
		_ = d.Parse("fuzz", strings.NewReader(s))
		doc1 := doc.New("f", "Jane Roe, Malta's prime minister, told senior Maltese troops that Valletta and the Xyz Union agreed. She left.")
		doc1.Date = doc.DayOf(2020, 6, 1)
		text.Segment(doc1)
		(&Recognizer{Dict: d}).Recognize(doc1)
		for _, e := range doc1.Entities {
			if e.Start < 0 || e.End > len(doc1.Text) || doc1.Text[e.Start:e.End] != e.Text {
				t.Fatalf("bad span %+v", e)
			}
		}
	})
}
