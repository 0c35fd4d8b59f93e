package e2e

import (
	"strconv"
	"testing"
	"time"

	"storecast/e2e/harness"
	"storecast/e2e/probe"
)

// On a test clock running ten times as fast from 11:29:30 in the store's
// zone, the lunch schedule (11:30–11:31) takes over at 11:30:00, in its
// ticker layout, and hands back to the default playlist at 11:31:00: not
// before, and nothing of the other playlist in between. How soon after
// the minute is measured by make bench (signage).
func TestSignageScheduleSwitchesOnTheMinute(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	morning := sgPlaylist(t, s, "Morning", "full",
		sgSlide("a1", "text", 8, "text", map[string]string{"en": "Good morning"}),
		sgSlide("a2", "text", 8, "text", map[string]string{"en": "Fresh bread"}),
	)
	lunch := sgPlaylist(t, s, "Lunch", "ticker",
		sgSlide("b1", "text", 25, "text", map[string]string{"en": "Lunch deals"}),
		sgSlide("b2", "clock", 25),
	)
	sgDefault(t, s, morning)
	sgCreate(t, s, "/api/v1/schedules", map[string]any{"playlist": lunch, "start": "11:30", "end": "11:31", "priority": 5})

	page := kit.Tab(t, 1280, 720)
	sgOpen(t, page, s, "lang=en&test=1&speed=10&clock=2026-11-27T11:29:30%2B08:00")
	zone := time.FixedZone("CST", 8*3600)
	at := func(hhmmss string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04:05", "2026-11-27 "+hhmmss, zone)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	// The lunch playlist brings its ticker; 11:31:10 on the test clock is
	// 10 s away.
	waitJS(t, page, `document.querySelector(".sc-signage.is-ticker .sc-ticker-item") !== null`)
	waitJS(t, page, `scSignage().now >= `+strconv.FormatInt(at("11:31:10").UnixMilli(), 10))
	log, blank, _ := sgProbeLog(t, page)
	if len(blank) > 0 {
		t.Errorf("%d blank frames; first %+v", len(blank), blank[0])
	}
	var lunchStart, backStart time.Time
	lastMorning := time.Time{}
	for _, e := range log {
		started := time.UnixMilli(int64(e.Started)).In(zone)
		switch {
		case e.Playlist == lunch && lunchStart.IsZero():
			lunchStart = started
		case e.Playlist == morning && lunchStart.IsZero():
			lastMorning = started
		case e.Playlist == morning && backStart.IsZero():
			backStart = started
		}
	}
	t.Logf("played: %s; lunch from %s, morning again from %s", probe.Slides(log), lunchStart.Format("15:04:05.000"), backStart.Format("15:04:05.000"))
	if lunchStart.IsZero() || lunchStart.Before(at("11:30:00")) || !lunchStart.Before(at("11:31:00")) {
		t.Errorf("lunch started at %s; want from 11:30:00, inside its window", lunchStart.Format("15:04:05.000"))
	}
	if !lastMorning.Before(at("11:30:00")) {
		t.Errorf("a morning slide started at %s, inside the lunch window", lastMorning.Format("15:04:05.000"))
	}
	if backStart.IsZero() || backStart.Before(at("11:31:00")) {
		t.Errorf("morning came back at %s; want from 11:31:00", backStart.Format("15:04:05.000"))
	}
	for _, e := range log {
		if e.Playlist == lunch && e.Slide != "b1" && e.Slide != "b2" || e.Playlist == morning && e.Slide != "a1" && e.Slide != "a2" {
			t.Errorf("unexpected slide %+v", e)
		}
	}
}
