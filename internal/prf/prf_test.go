package prf

import (
	"math"
	"testing"
)

func TestCounts(t *testing.T) {
	tests := []struct {
		c           Counts
		p, r, f1    float64
		description string
	}{
		{Counts{Gold: 5088, System: 4034, Correct: 3471}, 3471.0 / 4034, 3471.0 / 5088, 2 * 3471.0 / (5088 + 4034), "geo exact recognition"},
		{Counts{Gold: 10, System: 10, Correct: 10}, 1, 1, 1, "perfect"},
		{Counts{Gold: 4, System: 2, Correct: 1}, 0.5, 0.25, 1.0 / 3, "half precise, quarter recall"},
		{Counts{Gold: 3, System: 0, Correct: 0}, 0, 0, 0, "nothing proposed"},
		{Counts{Gold: 0, System: 2, Correct: 0}, 0, 0, 0, "no gold"},
		{Counts{Gold: 2, System: 2, Correct: 0}, 0, 0, 0, "all wrong"},
		{Counts{}, 0, 0, 0, "empty"},
	}
	for _, tc := range tests {
		for _, m := range []struct {
			name      string
			got, want float64
		}{{"Precision", tc.c.Precision(), tc.p}, {"Recall", tc.c.Recall(), tc.r}, {"F1", tc.c.F1(), tc.f1}} {
			if math.Abs(m.got-m.want) > 1e-12 {
				t.Errorf("%s: %+v.%s() = %v, want %v", tc.description, tc.c, m.name, m.got, m.want)
			}
		}
	}
}
