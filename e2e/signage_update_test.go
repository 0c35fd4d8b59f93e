package e2e

import (
	"encoding/json"
	"strings"
	"testing"

	"storecast/e2e/harness"
)

// sgUpdateLogJS notes, in the tab's sessionStorage (it outlives a reload),
// the moment a new service worker takes over the page (a new version is
// fully downloaded) and the moment the page unloads: the player's clock,
// the slide on screen and when it started, the page's app version.
const sgUpdateLogJS = `(() => {
	const note = (what) => {
		const cur = document.querySelector(".sc-slot.is-current");
		const log = JSON.parse(sessionStorage.getItem("scUpdateLog") || "[]");
		log.push({ what, now: scSignage().now, slide: cur ? cur.dataset.slide : "",
			started: cur ? Number(cur.dataset.started) : 0, version: goappGetenv("GOAPP_VERSION") });
		sessionStorage.setItem("scUpdateLog", JSON.stringify(log));
	};
	navigator.serviceWorker.addEventListener("controllerchange", () => note("update"));
	addEventListener("pagehide", () => note("unload"));
	return true;
})()`

type sgUpdateNote struct {
	What    string  `json:"what"`
	Now     float64 `json:"now"`     // player clock, Unix ms
	Slide   string  `json:"slide"`   // on screen
	Started float64 `json:"started"` // when it came on screen, player clock
	Version string  `json:"version"`
}

// A signage screen whose server comes back as a new build downloads the
// new version in the background and reloads into it only between two
// slides: never in the middle of one.
func TestSignageReloadsIntoNewVersionBetweenSlides(t *testing.T) {
	t.Parallel()
	next := buildVersion(t, "e2e-next")
	addr, dir := freeAddr(t), t.TempDir()
	s1 := kit.Server(t, harness.Options{Addr: addr, DataDir: dir})
	seconds := map[string]float64{"one": 3, "two": 3, "three": 3}
	sgDefault(t, s1, sgPlaylist(t, s1, "Update", "full",
		sgSlide("one", "text", 3, "text", map[string]string{"en": "One"}),
		sgSlide("two", "text", 3, "text", map[string]string{"en": "Two"}),
		sgSlide("three", "clock", 3),
	))
	page := kit.Tab(t, 1280, 720)
	url := s1.URL + "/signage?lang=en&test=1"
	open(t, page, url)
	// Updates reach only a page the worker controls: its second load.
	waitJS(t, page, `navigator.serviceWorker.ready.then(() => true)`)
	open(t, page, url)
	waitJS(t, page, `navigator.serviceWorker.controller !== null && typeof scSignage === "function"`)
	old := eval[string](t, page, `goappGetenv("GOAPP_VERSION")`)
	eval[bool](t, page, sgUpdateLogJS)

	stop(t, s1)
	kit.Server(t, harness.Options{Addr: addr, DataDir: dir, Binary: next})
	// The page reconnects, asks for a new version, gets it whole, then
	// reloads at its next slide boundary.
	waitJS(t, page, `typeof goappGetenv === "function" && goappGetenv("GOAPP_VERSION").startsWith("e2e-next-")
		&& typeof scSignage === "function" && document.documentElement.dataset.live === "1"`)
	raw := eval[string](t, page, `sessionStorage.getItem("scUpdateLog") || "[]"`)
	var notes []sgUpdateNote
	if err := json.Unmarshal([]byte(raw), &notes); err != nil {
		t.Fatal(err)
	}
	if len(notes) != 2 || notes[0].What != "update" || notes[1].What != "unload" {
		t.Fatalf("notes %s; want the update, then one unload", raw)
	}
	update, unload := notes[0], notes[1]
	if unload.Version != old || strings.HasPrefix(old, "e2e-next-") {
		t.Fatalf("unloaded version %q, booted with %q; want the old build to unload", unload.Version, old)
	}
	due := func(n sgUpdateNote) float64 { return n.Started + seconds[n.Slide]*1000 }
	t.Logf("update ready %.0f ms into slide %s; reload %.0f ms after slide %s ended",
		update.Now-update.Started, update.Slide, unload.Now-due(unload), unload.Slide)
	// Between slides: the slide on screen when the page left had run its
	// whole time, and no other slide had come on screen after it. (How
	// soon after its end the reload came is only logged above: on a busy
	// machine a reload is slow, and that is not the page's doing.)
	if unload.Now < due(unload) {
		t.Errorf("reloaded at %.0f ms of the %.0f ms slide %s; want at its end", unload.Now-unload.Started, seconds[unload.Slide]*1000, unload.Slide)
	}
	// The slide on screen when the update arrived was never cut short.
	if unload.Now < due(update) {
		t.Errorf("reloaded %.0f ms before the end of slide %s, on screen when the update arrived", due(update)-unload.Now, update.Slide)
	}
}
