package geo

import "math"

// Reverse finds the populated place nearest to a point, to tell the
// country of a coordinate.
type Reverse struct {
	g     *Gazetteer
	cells map[[2]int][]int32
}

// NewReverse indexes the populated places of g on a one-degree grid.
func NewReverse(g *Gazetteer) *Reverse {
	r := &Reverse{g: g, cells: map[[2]int][]int32{}}
	for i := range g.Entries {
		e := &g.Entries[i]
		if e.Class == "P" {
			c := cell(e.Lat, e.Lon)
			r.cells[c] = append(r.cells[c], int32(i))
		}
	}
	return r
}

func cell(lat, lon float64) [2]int { return [2]int{int(math.Floor(lat)), int(math.Floor(lon))} }

// Nearest returns the populated place nearest to (lat, lon) within about
// 200 km, or nil.
func (r *Reverse) Nearest(lat, lon float64) *Entry {
	c := cell(lat, lon)
	var best *Entry
	bestKm := math.Inf(1)
	for dy := -2; dy <= 2; dy++ {
		for dx := -2; dx <= 2; dx++ {
			for _, i := range r.cells[[2]int{c[0] + dy, c[1] + dx}] {
				e := &r.g.Entries[i]
				if km := distanceKm(lat, lon, e.Lat, e.Lon); km < bestKm {
					best, bestKm = e, km
				}
			}
		}
	}
	if bestKm > 200 {
		return nil
	}
	return best
}

// Country returns the alpha-3 code of the country of the nearest
// populated place, or "".
func (r *Reverse) Country(lat, lon float64) string {
	if e := r.Nearest(lat, lon); e != nil {
		return e.Country
	}
	return ""
}
