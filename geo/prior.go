package geo

import "math"

// altPenalty lowers the prior of a name that is an alternate of its
// entry rather than its own.
const altPenalty = 1.5

// prior is an entry's score before context: bigger places, capitals,
// countries and first-level regions first, and names that are the
// entry's own before alternate spellings.
func prior(e *Entry, primary bool) float64 {
	s := math.Log10(float64(e.Population) + 1)
	switch e.Code {
	case "PCLI", "TERR":
		s += 5
	case "PCLD", "PCLS", "PCLF":
		s += 2
	case "ADM1":
		s += 2
	case "PPLC":
		s += 3.5
	case "PPLA":
		s += 1
	case "PPLA2":
		s += 0.4
	case "ADM2":
		s -= 1
	}
	if e.Population == 0 && e.Class != "P" && e.Class != "A" {
		s = 9 // regions and features written for sitrep
	}
	if !primary {
		s -= altPenalty
	}
	return s
}
