// Package prf holds the counts behind precision, recall and F1, shared by
// the evaluation commands.
package prf

// Counts are the gold items, the items a system proposed, and the proposed
// items that were right.
type Counts struct {
	Gold, System, Correct int
}

// Precision is Correct/System, or 0 when nothing was proposed.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.System) }

// Recall is Correct/Gold, or 0 when there is no gold item.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
