package kiosk

import (
	"testing"
	"time"
)

func TestIdlePhases(t *testing.T) {
	t0 := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	i := Idle{Quiet: 60 * time.Second, Warn: WarnFor}
	i.Touch(t0)
	tests := []struct {
		after time.Duration
		phase Phase
		left  int // seconds shown
	}{
		{0, PhaseActive, 0},
		{59 * time.Second, PhaseActive, 0},
		{60 * time.Second, PhaseWarning, 20},
		{60*time.Second + 800*time.Millisecond, PhaseWarning, 20},
		{61 * time.Second, PhaseWarning, 19},
		{79*time.Second + 999*time.Millisecond, PhaseWarning, 1},
		{80 * time.Second, PhaseExpired, 0},
		{time.Hour, PhaseExpired, 0},
	}
	for _, tt := range tests {
		phase, left := i.At(t0.Add(tt.after))
		if phase != tt.phase || Seconds(left) != tt.left {
			t.Errorf("after %v: phase %v, %d s left; want %v, %d s", tt.after, phase, Seconds(left), tt.phase, tt.left)
		}
	}
	// "More time" is a touch: the countdown goes away and starts again later.
	i.Touch(t0.Add(70 * time.Second))
	if phase, _ := i.At(t0.Add(100 * time.Second)); phase != PhaseActive {
		t.Errorf("after more time: phase %v; want active", phase)
	}
	if phase, _ := i.At(t0.Add(130 * time.Second)); phase != PhaseWarning {
		t.Errorf("quiet again: phase %v; want warning", phase)
	}
}

// fakeTime is a real-time source a test moves by hand.
type fakeTime struct{ t time.Time }

func (f *fakeTime) now() time.Time { return f.t }

func TestClockRate(t *testing.T) {
	ft := &fakeTime{time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)}
	start := ft.t
	rate := 1.0
	c := NewClock(func() float64 { return rate }, ft.now)
	steps := []struct {
		rate float64
		want time.Duration // kiosk time gone by after 2 more real seconds
	}{
		{1, 2 * time.Second}, {10, 20 * time.Second}, {0, 2 * time.Second},
		{-5, 2 * time.Second}, {5000, 2000 * time.Second}, {1, 2 * time.Second},
	}
	var total time.Duration
	for _, st := range steps {
		rate = st.rate
		ft.t = ft.t.Add(2 * time.Second)
		total += st.want
		if got := c.Now().Sub(start); got != total {
			t.Errorf("rate %v: clock at +%v; want +%v", st.rate, got, total)
		}
	}
}

// Elder and voice modes wait twice as long before the warning, and the
// warning counts down twice as long.
func TestIdleTimesByMode(t *testing.T) {
	tests := []struct {
		modes       Modes
		idle        time.Duration
		quiet, warn time.Duration
	}{
		{0, 0, 60 * time.Second, 20 * time.Second},
		{Large | Contrast, 0, 60 * time.Second, 20 * time.Second},
		{Elder, 0, 120 * time.Second, 40 * time.Second},
		{Voice, 0, 120 * time.Second, 40 * time.Second},
		{Large | Voice, 90 * time.Second, 180 * time.Second, 40 * time.Second},
		{0, 90 * time.Second, 90 * time.Second, 20 * time.Second},
	}
	for _, tt := range tests {
		r := Route{Modes: tt.modes, Idle: tt.idle}
		if q, w := r.QuietTime(), r.WarnTime(); q != tt.quiet || w != tt.warn {
			t.Errorf("modes %q idle %v: quiet %v, warn %v; want %v, %v", tt.modes, tt.idle, q, w, tt.quiet, tt.warn)
		}
	}
}
