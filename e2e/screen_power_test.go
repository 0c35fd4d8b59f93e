package e2e

import (
	"net/http"
	"strconv"
	"testing"
	"time"

	"storecast/e2e/harness"
)

// The store closes its screens from 21:00 to 21:01. On a test clock
// running ten times as fast from 20:58:30 in the store's zone, a signage
// screen playing a ticker goes dark at 21:00: the page is black, nothing
// of it is rendered and no animation runs; at 21:01 it wakes by itself
// and plays again, with no reload.
func TestScreenGoesDarkAtClosingAndWakes(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	pl := sgPlaylist(t, s, "Evening", "ticker",
		sgSlide("e1", "text", 4, "text", map[string]string{"en": "Closing soon"}),
		sgSlide("e2", "clock", 4),
	)
	sgDefault(t, s, pl)
	power := map[string]any{"schedules": []map[string]any{{
		"hours": []map[string]any{{"open": "08:00", "close": "21:00"}, {"open": "21:01", "close": "23:59"}},
	}}}
	if code := s.API(t, http.MethodPut, "/api/v1/power", power, nil); code != http.StatusOK {
		t.Fatalf("PUT /api/v1/power = %d; want 200", code)
	}

	page := kit.Tab(t, 1280, 720)
	sgOpen(t, page, s, "lang=en&test=1&speed=10&clock=2026-11-27T20:58:30%2B08:00")
	zone := time.FixedZone("CST", 8*3600)
	at := func(hhmmss string) int64 {
		tm, err := time.ParseInLocation("2006-01-02 15:04:05", "2026-11-27 "+hhmmss, zone)
		if err != nil {
			t.Fatal(err)
		}
		return tm.UnixMilli()
	}
	const dark = `document.documentElement.classList.contains("sc-dark")`
	const running = `document.getAnimations().filter(a => a.playState === "running").length`
	waitJS(t, page, `document.querySelector(".sc-signage.is-ticker .sc-ticker-item") !== null`)
	if eval[bool](t, page, `scSignage().now < `+strconv.FormatInt(at("21:00:00"), 10)+` && `+dark) {
		t.Fatal("dark before closing time")
	}
	if n := eval[int](t, page, running); n == 0 {
		t.Error("no animation runs while open; the check below would prove nothing")
	}

	waitJS(t, page, dark)
	wentDark := eval[int64](t, page, `scSignage().now`)
	// Checked every 100 ms of wall clock, a second of the screen's; a
	// loaded machine may wake the page late.
	if wentDark < at("21:00:00") || wentDark > at("21:00:10") {
		t.Errorf("went dark at %s; want at 21:00:00, within 10 s of the screen's clock", time.UnixMilli(wentDark).In(zone).Format("15:04:05.000"))
	}
	checks := map[string]string{
		"the page is black":           `getComputedStyle(document.body).backgroundColor === "rgb(0, 0, 0)"`,
		"nothing of it is rendered":   `[...document.body.children].every(e => getComputedStyle(e).display === "none")`,
		"no animation runs":           running + ` === 0`,
		"no ticker item has a layout": `[...document.querySelectorAll(".sc-ticker-item")].every(e => e.getClientRects().length === 0)`,
	}
	for what, js := range checks {
		if !eval[bool](t, page, js) {
			t.Errorf("dark screen: want %s", what)
		}
	}
	// Slides last 4 s of the screen's clock; dark for 60 s, a playing
	// show would have moved on many times.
	pausedOn := eval[string](t, page, `scSignage().showing`)
	waitJS(t, page, `scSignage().now >= `+strconv.FormatInt(at("21:00:45"), 10))
	if got := eval[string](t, page, `scSignage().showing`); got != pausedOn || !eval[bool](t, page, dark) {
		t.Errorf("while dark the show moved from %q to %q; want it paused", pausedOn, got)
	}

	eval[bool](t, page, `(window.scNoReload = true, true)`) // gone if the page reloads
	waitJS(t, page, "!"+dark)
	woke := eval[int64](t, page, `scSignage().now`)
	if woke < at("21:01:00") || woke > at("21:01:10") {
		t.Errorf("woke at %s; want at 21:01:00, within 10 s", time.UnixMilli(woke).In(zone).Format("15:04:05.000"))
	}
	waitJS(t, page, running+` > 0 && document.querySelector(".sc-slot.is-current .sc-frame")`)
	waitJS(t, page, `scSignage().showing !== `+strconv.Quote(pausedOn)) // the show goes on
	if !eval[bool](t, page, `window.scNoReload === true`) {
		t.Error("the screen reloaded to wake; want it to wake in place")
	}
	t.Logf("dark at %s, awake at %s (screen clock)", time.UnixMilli(wentDark).In(zone).Format("15:04:05.000"), time.UnixMilli(woke).In(zone).Format("15:04:05.000"))
}
