package main

import (
	"math"
	"slices"
)

// percentile returns the p-th percentile (0–100) of xs by the nearest-rank
// method, so p50 and p99 are values some screen really saw. xs is sorted
// in place.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	slices.Sort(xs)
	rank := int(math.Ceil(p / 100 * float64(len(xs))))
	return xs[max(0, min(len(xs)-1, rank-1))]
}

// median is the 50th percentile.
func median(xs []float64) float64 { return percentile(xs, 50) }
