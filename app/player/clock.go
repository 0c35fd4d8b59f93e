// Package player decides what a signage screen plays: which playlist the
// schedule picks at a moment of the screen's own clock, which slide comes
// next (in order or shuffled per pass), what to skip (a promotion that
// ended, a coupon that sold out, media that failed), and when the schedule
// switches. It is plain Go with a clock seam, so it is tested on the host
// and in the browser alike; the page does the drawing.
package player

import (
	"net/url"
	"strconv"
	"time"
)

// Clock is the player's time. Screens use the wall clock; tests start it
// at a chosen moment and run it faster.
type Clock interface {
	Now() time.Time
	// Real converts a span of this clock's time into wall-clock time, for
	// timers.
	Real(d time.Duration) time.Duration
}

// Wall is the screen's own clock.
type Wall struct{}

func (Wall) Now() time.Time                     { return time.Now() }
func (Wall) Real(d time.Duration) time.Duration { return d }

// Scaled is a clock that started at Start when the wall clock read Base,
// and runs Speed times as fast.
type Scaled struct {
	Start, Base time.Time
	Speed       float64
	wall        func() time.Time
}

// NewScaled starts a clock at start, running speed times as fast as the
// wall clock.
func NewScaled(start time.Time, speed float64, wall func() time.Time) *Scaled {
	if wall == nil {
		wall = time.Now
	}
	if speed <= 0 {
		speed = 1
	}
	return &Scaled{Start: start, Base: wall(), Speed: speed, wall: wall}
}

func (c *Scaled) Now() time.Time {
	return c.Start.Add(time.Duration(float64(c.wall().Sub(c.Base)) * c.Speed))
}

func (c *Scaled) Real(d time.Duration) time.Duration {
	return time.Duration(float64(d) / c.Speed)
}

// MaxSpeed bounds a test clock's speed: a day in 24 seconds.
const MaxSpeed = 3600

// TestClock reads the test clock a page was opened with: only with test=1,
// clock= (RFC 3339; default now) and speed= (default 1, at most MaxSpeed).
// Without test=1 it returns false and the screen keeps its own clock, so a
// stray parameter can never put a store's screen on the wrong time.
func TestClock(q url.Values, wall func() time.Time) (Clock, bool) {
	if q.Get("test") != "1" {
		return nil, false
	}
	if wall == nil {
		wall = time.Now
	}
	start := wall()
	if s := q.Get("clock"); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return nil, false
		}
		start = t
	}
	speed := 1.0
	if s := q.Get("speed"); s != "" {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v <= 0 || v > MaxSpeed {
			return nil, false
		}
		speed = v
	}
	return NewScaled(start, speed, wall), true
}
