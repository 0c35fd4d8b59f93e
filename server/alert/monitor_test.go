package alert

import (
	"context"
	"slices"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// fakeClock is the Monitor's clock, moved by the test.
type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time { return c.t }

func (c *fakeClock) set(t time.Time) { c.t = t }

// fakeSource hands the Monitor whatever facts the test sets.
type fakeSource struct{ f Facts }

func (s *fakeSource) Facts(context.Context, time.Time) (Facts, error) {
	f := s.f
	f.Screens = slices.Clone(s.f.Screens)
	return f, nil
}

// monitorEnv is a Monitor on a fake clock and source, recording what it
// notifies.
type monitorEnv struct {
	m     *Monitor
	clock *fakeClock
	src   *fakeSource
	got   []string // keys notified, in order
	zone  *time.Location
}

func newMonitorEnv(t *testing.T, rules rest.AlertRules, start time.Time) *monitorEnv {
	t.Helper()
	e := &monitorEnv{clock: &fakeClock{start}, src: &fakeSource{}, zone: start.Location()}
	e.m = NewMonitor(MonitorConfig{
		Rules:  func(context.Context) (rest.AlertRules, error) { return rules, nil },
		Source: e.src,
		Notify: func(_ context.Context, a Alert) { e.got = append(e.got, a.Key) },
		Zone:   e.zone,
		Now:    e.clock.Now,
	})
	return e
}

// at moves the clock to hh:mm of day and looks; it returns what was
// notified by that look.
func (e *monitorEnv) at(t *testing.T, day, hh, mm int) []string {
	t.Helper()
	e.clock.set(time.Date(2026, 12, day, hh, mm, 0, 0, e.zone))
	before := len(e.got)
	if err := e.m.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	return e.got[before:]
}

func shanghai(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestMonitorScreenOfflineCountsFromOpening(t *testing.T) {
	loc := shanghai(t)
	e := newMonitorEnv(t, rest.DefaultAlertRules(), time.Date(2026, 12, 6, 7, 0, 0, 0, loc))
	e.src.f.Screens = []Screen{{ID: "s1", Name: "Entrance", Online: false}}
	steps := []struct {
		day, hh, mm int
		online      bool
		want        []string
	}{
		{6, 7, 50, false, nil},                           // closed: muted
		{6, 8, 9, false, nil},                            // 9 minutes since opening
		{6, 8, 10, false, []string{"screen_offline:s1"}}, // 10 minutes
		{6, 8, 11, false, nil},                           // said once
		{6, 8, 12, true, nil},                            // back
		{6, 8, 21, false, nil},                           // offline, last seen online at 08:12
		{6, 8, 22, false, []string{"screen_offline:s1"}}, // 10 minutes since
		{6, 22, 0, false, nil},                           // closed: forgets
		{7, 8, 10, false, []string{"screen_offline:s1"}}, // said again the next day
	}
	for _, s := range steps {
		e.src.f.Screens[0].Online = s.online
		if got := e.at(t, s.day, s.hh, s.mm); !slices.Equal(got, s.want) {
			t.Fatalf("at %d %02d:%02d notified %v; want %v", s.day, s.hh, s.mm, got, s.want)
		}
	}
}

func TestMonitorEveryRule(t *testing.T) {
	loc := shanghai(t)
	e := newMonitorEnv(t, rest.DefaultAlertRules(), time.Date(2026, 12, 6, 8, 0, 0, 0, loc))
	call := content.StaffCall{ID: "c1", Place: "till 2", CreatedAt: time.Date(2026, 12, 6, 9, 0, 0, 0, loc)}
	e.src.f = Facts{
		Screens: []Screen{
			{ID: "ok", Name: "Fine", Online: true, Status: content.Status{Health: &content.Health{
				JSHeap: 1000 << 20, GoSys: 535 << 20, Errors: []string{"media: a: 404", "media: b: 404", "feed: closed"}}}},
			{ID: "media", Name: "Deli", Online: true, Status: content.Status{Health: &content.Health{
				Errors: []string{"media: a: 404", "media: b: 404", "media: c: decode"}}}},
			{ID: "mem", Name: "Bakery", Online: true, Status: content.Status{Health: &content.Health{JSHeap: 1000 << 20, GoSys: 536 << 20}}},
		},
		StaffCalls: []content.StaffCall{call},
		Campaigns: []content.Campaign{
			{ID: "plenty", Title: content.Text{"en": "A"}, Quantity: 100, Claimed: 89, Status: content.CampaignLive},
			{ID: "low", Title: content.Text{"en": "B"}, Quantity: 100, Claimed: 90, Status: content.CampaignLive},
			{ID: "paused", Title: content.Text{"en": "C"}, Quantity: 100, Claimed: 100, Status: content.CampaignPaused},
		},
		Disk: Disk{Free: 11, Total: 100},
	}
	if got, want := e.at(t, 6, 9, 4), []string{"screen_health:media", "screen_health:mem", "coupon_stock:low"}; !slices.Equal(got, want) {
		t.Fatalf("at 09:04 notified %v; want %v", got, want)
	}
	e.src.f.Disk.Free = 10
	if got, want := e.at(t, 6, 9, 5), []string{"staff_call:c1", "disk"}; !slices.Equal(got, want) {
		t.Fatalf("at 09:05 notified %v; want %v", got, want)
	}
	answered := time.Date(2026, 12, 6, 9, 6, 0, 0, loc)
	e.src.f.StaffCalls[0].Answered = &answered
	if got := e.at(t, 6, 9, 6); len(got) != 0 {
		t.Fatalf("at 09:06 notified %v; want nothing new", got)
	}
}

func TestMonitorRulesOff(t *testing.T) {
	loc := shanghai(t)
	rules := rest.DefaultAlertRules()
	rules.ScreenOffline.On, rules.Disk.On = false, false
	e := newMonitorEnv(t, rules, time.Date(2026, 12, 6, 8, 0, 0, 0, loc))
	e.src.f = Facts{Screens: []Screen{{ID: "s1", Name: "Entrance"}}, Disk: Disk{Free: 0, Total: 100}}
	if got := e.at(t, 6, 12, 0); len(got) != 0 {
		t.Fatalf("notified %v with those rules off; want nothing", got)
	}
}

// A screen whose group's power schedule has it dark is not offline: the
// offline rule counts from when its schedule turns it on, not from the
// store's opening, and says nothing while it is meant to be dark.
func TestMonitorScreenOfflineFollowsItsPowerSchedule(t *testing.T) {
	loc := shanghai(t)
	e := newMonitorEnv(t, rest.DefaultAlertRules(), time.Date(2026, 12, 6, 7, 0, 0, 0, loc))
	e.src.f.Power = &content.Power{Schedules: []content.PowerSchedule{
		{Group: "window", Hours: []content.OpenHours{{Open: "10:00", Close: "20:00"}}},
	}}
	e.src.f.Screens = []Screen{
		{ID: "w1", Name: "Window", Groups: []string{"window"}},
		{ID: "s1", Name: "Entrance"}, // no schedule of its own: the store's hours
	}
	steps := []struct {
		day, hh, mm int
		want        []string
	}{
		{6, 8, 10, []string{"screen_offline:s1"}}, // store open 10 minutes; the window screen is dark
		{6, 10, 9, nil}, // the window screen is on since 10:00
		{6, 10, 10, []string{"screen_offline:w1"}},
		{6, 20, 30, nil}, // dark again: nothing new
	}
	for _, s := range steps {
		if got := e.at(t, s.day, s.hh, s.mm); !slices.Equal(got, s.want) {
			t.Fatalf("at %d %02d:%02d notified %v; want %v", s.day, s.hh, s.mm, got, s.want)
		}
	}
}

func TestPoweredSince(t *testing.T) {
	loc := shanghai(t)
	p := &content.Power{Schedules: []content.PowerSchedule{
		{Group: "late", Hours: []content.OpenHours{{Open: "18:00", Close: "02:00"}}},
		{Group: "always", Hours: []content.OpenHours{{Open: "00:00", Close: "00:00"}}},
	}}
	at := func(d, hh, mm int) time.Time { return time.Date(2026, 12, d, hh, mm, 30, 0, loc) }
	tests := []struct {
		name   string
		groups []string
		now    time.Time
		on     bool
		since  time.Time
	}{
		{"no schedule", []string{"other"}, at(6, 3, 0), true, time.Time{}},
		{"before its hours", []string{"late"}, at(6, 17, 59), false, time.Time{}},
		{"in its hours", []string{"late"}, at(6, 19, 15), true, time.Date(2026, 12, 6, 18, 0, 0, 0, loc)},
		{"past midnight", []string{"late"}, at(7, 1, 0), true, time.Date(2026, 12, 6, 18, 0, 0, 0, loc)},
		{"after its hours", []string{"late"}, at(7, 2, 0), false, time.Time{}},
		{"always on", []string{"always"}, at(6, 9, 0), true, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			on, since := poweredSince(p, tt.groups, tt.now)
			if on != tt.on || !since.Equal(tt.since) {
				t.Errorf("poweredSince = %v, %v; want %v, %v", on, since, tt.on, tt.since)
			}
		})
	}
}
