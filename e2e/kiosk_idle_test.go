package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// idleWarningJS runs the kiosk's clock RATE times as fast until the idle
// warning shows, then at 1 again from inside the page, before its next
// tick (a round trip from the test could let the fast clock run the
// countdown down), and notes the first countdown shown.
const idleWarningJS = `(() => {
	window.scIdleFirst = "";
	const watch = new MutationObserver(() => {
		const count = document.querySelector("#sc-idle-count");
		if (!count) return;
		window.scKioskClockRate = 1;
		window.scIdleFirst = count.innerText;
		watch.disconnect();
	});
	watch.observe(document.body, {subtree: true, childList: true, characterData: true});
	window.scKioskClockRate = RATE;
	return true;
})()`

// idleWarning brings up the kiosk's idle warning on a clock rate times as
// fast and returns the first countdown it showed, in seconds.
func idleWarning(t *testing.T, tab context.Context, rate int) int {
	t.Helper()
	eval[bool](t, tab, strings.Replace(idleWarningJS, "RATE", strconv.Itoa(rate), 1))
	waitJS(t, tab, `window.scIdleFirst !== ""`)
	return eval[int](t, tab, `parseInt(window.scIdleFirst.replace(/\D+/g, ""))`)
}

// TestKioskIdleReset runs the kiosk's clock fast (a test-only hook) to
// check the idle reset: after the quiet time (doubled in voice mode) a
// warning counts down from 40 seconds in voice mode (20 in others) with
// one big "more time" (read aloud in voice mode); "more time"
// keeps the shopper's screen; left alone, the kiosk goes back to its
// attract loop with the search, language and modes gone, and nothing of
// the shopper in browser storage.
func TestKioskIdleReset(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	setViewport(t, tab, 1080, 1920, 1)
	beforeLoad(t, tab, speechRecorder)
	// idle=10: the shortest quiet time a kiosk may be set to.
	open(t, tab, s.URL+"/kiosk/price?lang=en&m=large.voice&idle=10")
	searchFor(t, tab, "milk")
	waitJS(t, tab, `document.querySelector(".sc-product")`)
	eval[bool](t, tab, `(localStorage.setItem("shopper.note", "x"), sessionStorage.setItem("shopper", "y"), true)`)

	// Quiet for 20 s, twice idle=10 in voice mode (5 s at 4×; the clock
	// ticks in 1 s steps then): the warning, read aloud, with focus on
	// "more time".
	m := mark(t, tab)
	count := idleWarning(t, tab, 4)
	waitSpoken(t, tab, m, "with the warning", startsWith("Are you still there? This screen starts over in "))
	if count < 37 || count > 40 {
		t.Errorf("countdown first showed %d seconds; want 40 in voice mode (less at most a fast tick or two)", count)
	}
	if id := eval[string](t, tab, `document.activeElement.id`); id != "sc-more-time" {
		t.Errorf("focus on %q; want the more-time button", id)
	}
	if vs := runAxe(t, tab, true, "#sc-idle"); len(vs) > 0 {
		t.Errorf("axe on the warning: %s", describe(vs))
	}

	// More time: the warning goes, the shopper's screen stays.
	if err := chromedp.Do(tab, chromedp.Click("#sc-more-time")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, `!document.querySelector("#sc-idle")`)
	if !eval[bool](t, tab, `location.pathname === "/kiosk/price" && !!document.querySelector(".sc-product") && document.querySelector("#sc-q").value === "milk"`) {
		t.Fatal("more time lost the shopper's screen")
	}

	// Left alone: warning, then the reset.
	eval[bool](t, tab, `(window.scKioskClockRate = 20, true)`)
	waitJS(t, tab, `document.querySelector("#sc-idle")`)
	// The attract loop on screen, not only in the URL: the URL changes
	// before the screen does.
	waitJS(t, tab, `location.pathname === "/kiosk" && !document.querySelector("#sc-idle") && document.querySelector(".sc-attract-slide") !== null`)
	frame(t, tab)
	eval[bool](t, tab, `(window.scKioskClockRate = 1, true)`)
	// Only the kiosk's own setting stays in the URL.
	if got := eval[string](t, tab, `location.search`); got != "?idle=10" {
		t.Errorf("after the reset the URL has %q; want only ?idle=10", got)
	}
	if got := eval[string](t, tab, `document.querySelector(".sc-kiosk").className`); got != "sc-kiosk" {
		t.Errorf("after the reset the modes are %q; want none", got)
	}
	if got := eval[string](t, tab, `document.documentElement.lang + " " + document.querySelector(".sc-kiosk").lang`); got != "zh-Hans zh-Hans" {
		t.Errorf("after the reset the language is %q; want zh-Hans", got)
	}
	waitJS(t, tab, `document.querySelector(".sc-attract-slide .sc-promo-title")`)
	keys := eval[string](t, tab, `Object.keys(localStorage).sort().join(",")`)
	for _, k := range strings.Split(keys, ",") {
		if k != "" && !strings.HasPrefix(k, "storecast.") {
			t.Errorf("localStorage still holds %q after the reset (all: %s)", k, keys)
		}
	}
	if !strings.Contains(keys, "storecast.feed") {
		t.Errorf("the reset removed the screen's own storecast.feed (left: %s)", keys)
	}
	if n := eval[int](t, tab, `sessionStorage.length`); n != 0 {
		t.Errorf("sessionStorage holds %d items after the reset", n)
	}
	if strings.Contains(eval[string](t, tab, `document.body.innerText`), "Organic milk") {
		t.Error("the last shopper's search is still on screen")
	}
	goKiosk(t, tab, "/kiosk/price?idle=10", `document.querySelector("#sc-q")`)
	if got := eval[string](t, tab, `document.querySelector("#sc-q").value + (document.querySelector(".sc-results") ? " results" : "")`); got != "" {
		t.Errorf("the price check after the reset shows %q; want it empty", got)
	}
}
