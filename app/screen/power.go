package screen

import (
	"bytes"
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Clock is the screen's time: the wall clock, or a page's test clock
// (player.Wall and player.Scaled are Clocks).
type Clock interface {
	Now() time.Time
	// Real converts a span of this clock's time into wall-clock time.
	Real(d time.Duration) time.Duration
}

type wallClock struct{}

func (wallClock) Now() time.Time                     { return time.Now() }
func (wallClock) Real(d time.Duration) time.Duration { return d }

// darkClass on <html> hides the whole page (storecast.css): a black
// screen, no element rendered, so no animation runs.
const darkClass = "sc-dark"

// now is the screen's time.
func (s *State) now() time.Time {
	if s.Clock == nil {
		return time.Now()
	}
	return s.Clock.Now()
}

// On reports whether the store's power schedule has this screen on now.
func (s *State) On() bool {
	if s.Snapshot.Power == nil || len(s.Snapshot.Power.Schedules) == 0 {
		return true
	}
	return s.Snapshot.Power.OnAt(s.now(), s.location(), s.Groups())
}

// location is the store's zone, parsed again only when its rules change:
// the power check runs every second.
func (s *State) location() *time.Location {
	g := s.Snapshot.Signage
	if g == nil {
		return time.Local
	}
	if s.zone.loc == nil || s.zone.name != g.Store.TimeZone || !bytes.Equal(s.zone.rules, g.Store.ZoneData) {
		s.zone = zoneCache{name: g.Store.TimeZone, rules: slices.Clone(g.Store.ZoneData), loc: g.Location()}
	}
	return s.zone.loc
}

// zoneCache is the store's zone as last parsed.
type zoneCache struct {
	name  string
	rules []byte
	loc   *time.Location
}

// checkPower darkens or wakes the screen when its opening hours say so,
// and reports whether it changed. A screen showing its pairing code stays
// lit: someone is setting it up, at whatever hour.
func (s *State) checkPower(ctx app.Context) bool {
	dark := !s.On() && s.Pairing == nil
	if dark == s.Dark {
		return false
	}
	s.Dark = dark
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Get("classList").Call("toggle", darkClass, dark)
	}
	s.sendStatus()
	if s.PowerChanged != nil {
		s.PowerChanged(ctx, dark)
	}
	return true
}

// powerEvery is how often a screen checks its opening hours: a second of
// its clock, and at most once a (wall-clock) second.
func (s *State) powerEvery() time.Duration {
	c := s.Clock
	if c == nil {
		c = wallClock{}
	}
	return max(min(time.Second, c.Real(time.Second)), 20*time.Millisecond)
}
