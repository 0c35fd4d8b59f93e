package e2e

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// A signage screen that has shown content reboots with the server down: it
// comes back from the service worker's cache with its last content,
// including the last change it received, and catches up the moment the
// server is back.
func TestOfflineStartShowsLastContentThenCatchesUp(t *testing.T) {
	t.Parallel()
	addr, dir := freeAddr(t), t.TempDir()
	s := kit.Server(t, harness.Options{Addr: addr, DataDir: dir})
	page := kit.Tab(t, 1280, 800)
	open(t, page, s.URL+"/signage?lang=en")
	// The first visit installs the service worker; the screen's next load
	// is the one it controls (and caches).
	eval[bool](t, page, `navigator.serviceWorker.ready.then(() => { window.scReady = true }), true`)
	waitJS(t, page, `window.scReady === true`)
	open(t, page, s.URL+"/signage?lang=en")
	waitJS(t, page, `navigator.serviceWorker.controller !== null`)

	before := "Offer pushed before the outage"
	s.API(t, http.MethodPost, "/api/v1/promotions", map[string]any{"title": map[string]string{"en": before}, "price": 990, "priority": 1000}, nil)
	has := func(title string) string {
		return fmt.Sprintf(`[...document.querySelectorAll(".sc-promo-title")].some(e => e.textContent === %q)`, title)
	}
	waitJS(t, page, has(before))

	stop(t, s)
	waitJS(t, page, `document.documentElement.dataset.live !== "1"`)
	if err := chromedp.Do(page, chromedp.Reload()); err != nil {
		t.Fatalf("reload with the server down: %v", err)
	}
	// Booted offline: the app shell from the cache, the content from the
	// last state the screen kept.
	waitJS(t, page, has(before)+` && document.querySelector(".sc-signage") !== null`)
	if eval[bool](t, page, `document.documentElement.dataset.live === "1"`) {
		t.Fatal("the page says it is live with the server down")
	}

	s2 := kit.Server(t, harness.Options{Addr: addr, DataDir: dir})
	after := "Offer pushed after the outage"
	s2.API(t, http.MethodPost, "/api/v1/promotions", map[string]any{"title": map[string]string{"en": after}, "price": 590, "priority": 1000}, nil)
	// The screen reconnects by itself (backoff ≤ 20 s) and catches up.
	waitJS(t, page, has(after)+` && `+has(before)+` && document.documentElement.dataset.live === "1"`)
}
