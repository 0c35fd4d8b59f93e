package content

import (
	"testing"
	"time"
)

// fakeClock is a screen's clock the test moves by hand.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time          { return c.now }
func (c *fakeClock) Advance(d time.Duration) { c.now = c.now.Add(d) }

func TestReloadPolicyDue(t *testing.T) {
	zone := time.FixedZone("CST", 8*3600)
	p := ReloadPolicy{Above: 800 << 20, Quiet: "03:00-05:00"}
	clock := &fakeClock{now: time.Date(2026, 11, 27, 22, 0, 0, 0, zone)}
	big := Health{Uptime: 3 * 86400, JSHeap: 600 << 20, GoSys: 300 << 20}
	small := Health{Uptime: 3 * 86400, JSHeap: 400 << 20, GoSys: 300 << 20}

	steps := []struct {
		advance time.Duration
		h       Health
		dark    bool
		want    bool
	}{
		{0, big, false, false},                                // 22:00: over the bound, but the store is busy
		{5 * time.Hour, small, false, false},                  // 03:00: quiet, but under the bound
		{0, big, false, true},                                 // 03:00: quiet and over it
		{119 * time.Minute, big, false, true},                 // 04:59
		{time.Minute, big, false, false},                      // 05:00: the window has closed
		{10 * time.Hour, big, true, true},                     // 15:00 but dark: nobody watches
		{0, Health{Uptime: 60, JSHeap: 2 << 30}, true, false}, // just reloaded: never in a loop
	}
	for i, s := range steps {
		clock.Advance(s.advance)
		if got := p.Due(clock.Now(), zone, s.h, s.dark); got != s.want {
			t.Errorf("step %d at %s: Due = %v; want %v", i, clock.Now().Format("15:04"), got, s.want)
		}
	}
	if (ReloadPolicy{Quiet: "03:00-05:00"}).Due(clock.Now(), zone, Health{Uptime: 86400, JSHeap: 4 << 30}, true) {
		t.Error("Above 0: Due = true; want off")
	}
	overnight := ReloadPolicy{Above: 1, Quiet: "23:30-01:00"}
	at := time.Date(2026, 11, 28, 0, 30, 0, 0, zone)
	if !overnight.Due(at, zone, big, false) {
		t.Error("window past midnight: Due at 00:30 = false; want true")
	}
}

func TestReloadPolicyValidate(t *testing.T) {
	for p, ok := range map[ReloadPolicy]bool{
		{Above: 1 << 30, Quiet: "03:00-05:00"}: true,
		{Quiet: "23:00-01:00"}:                 true,
		{Above: -1, Quiet: "03:00-05:00"}:      false,
		{Quiet: "03:00"}:                       false,
		{Quiet: "3:00-5:00"}:                   false,
	} {
		if err := p.Validate(); (err == nil) != ok {
			t.Errorf("Validate(%+v) = %v; want ok %v", p, err, ok)
		}
	}
}
