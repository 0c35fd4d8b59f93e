package kiosk

import "time"

// WarnFor is how long the "are you still there?" warning counts down
// before the kiosk starts over; SlowWarnFor is that in elder and voice
// modes, where reading the question, finding the button and pressing it
// takes longer (and where the quiet time before it doubles: QuietTime).
const (
	WarnFor     = 20 * time.Second
	SlowWarnFor = 40 * time.Second
)

// Phase is where a kiosk session stands on the idle clock.
type Phase int

const (
	PhaseActive  Phase = iota // someone is using it
	PhaseWarning              // quiet too long: the countdown shows
	PhaseExpired              // start over now
)

// Idle decides, from the last touch or key, when to warn and when to start
// over. It is pure: the page feeds it the time.
type Idle struct {
	Quiet time.Duration // untouched this long: warn
	Warn  time.Duration // then this long: start over
	last  time.Time
}

// Touch notes that the shopper did something at now.
func (i *Idle) Touch(now time.Time) { i.last = now }

// At says the phase at now and, while warning, how long is left.
func (i *Idle) At(now time.Time) (Phase, time.Duration) {
	quiet := now.Sub(i.last)
	switch {
	case quiet < i.Quiet:
		return PhaseActive, 0
	case quiet < i.Quiet+i.Warn:
		return PhaseWarning, i.Quiet + i.Warn - quiet
	}
	return PhaseExpired, 0
}

// Seconds rounds a countdown up, as people read one: 19.2 s left shows 20.
func Seconds(d time.Duration) int {
	return int((d + time.Second - 1) / time.Second)
}

// Clock is the kiosk's time. Its rate can speed it up for tests: a test
// sets window.scKioskClockRate (read at every tick, so a test can speed up
// to the warning and slow down to act on it); shoppers always get 1.
type Clock struct {
	rate     func() float64
	real     func() time.Time
	lastReal time.Time
	now      time.Time
}

// NewClock starts a clock at real time that runs rate() times as fast as
// real time (clamped to 1…1000; anything else counts as 1).
func NewClock(rate func() float64, real func() time.Time) *Clock {
	t := real()
	return &Clock{rate: rate, real: real, lastReal: t, now: t}
}

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	t := c.real()
	r := c.rate()
	if !(r >= 1) {
		r = 1
	}
	r = min(r, 1000)
	c.now = c.now.Add(time.Duration(float64(t.Sub(c.lastReal)) * r))
	c.lastReal = t
	return c.now
}
