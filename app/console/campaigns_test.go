package console

import "testing"

func TestDurationText(t *testing.T) {
	for m, want := range map[int]string{1440: "1 day", 7 * 1440: "7 days", 120: "2 hours", 90: "90 minutes"} {
		if got := durationText("en", m); got != want {
			t.Errorf("durationText(en, %d) = %q; want %q", m, got, want)
		}
	}
}

func TestRatePercent(t *testing.T) {
	for r, want := range map[float64]string{0: "0", 1.0 / 3: "33", 0.666: "67", 1: "100"} {
		if got := ratePercent(r); got != want {
			t.Errorf("ratePercent(%v) = %s; want %s", r, got, want)
		}
	}
}
