package e2e

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A signage screen that has shown content reboots with the server down: it
// comes back from the service worker's cache with its last content,
// including the last change it received, and catches up the moment the
// server is back.
func TestOfflineStartShowsLastContentThenCatchesUp(t *testing.T) {
	addr, dir := freeAddr(t), t.TempDir()
	s := startServerWith(t, serverOptions{Addr: addr, DataDir: dir})
	browser := newBrowser(t, 1280, 800)
	page := newTab(t, browser)
	open(t, page, s.URL+"/signage?lang=en")
	// The first visit installs the service worker; the screen's next load
	// is the one it controls (and caches).
	eval[bool](t, page, `navigator.serviceWorker.ready.then(() => { window.scReady = true }), true`)
	waitJS(t, page, 20*time.Second, `window.scReady === true`)
	open(t, page, s.URL+"/signage?lang=en")
	waitJS(t, page, 10*time.Second, `navigator.serviceWorker.controller !== null`)

	before := "Offer pushed before the outage"
	s.api(t, http.MethodPost, "/api/v1/promotions", map[string]any{"title": map[string]string{"en": before}, "price": 990, "priority": 1000}, nil)
	has := func(title string) string {
		return fmt.Sprintf(`[...document.querySelectorAll(".sc-promo-title")].some(e => e.textContent === %q)`, title)
	}
	waitJS(t, page, 5*time.Second, has(before))

	s.stop(t)
	waitJS(t, page, 10*time.Second, `document.documentElement.dataset.live !== "1"`)
	if err := chromedp.Do(page, chromedp.Reload()); err != nil {
		t.Fatalf("reload with the server down: %v", err)
	}
	// Booted offline: the app shell from the cache, the content from the
	// last state the screen kept.
	waitJS(t, page, 20*time.Second, has(before)+` && document.querySelector(".sc-signage") !== null`)
	if eval[bool](t, page, `document.documentElement.dataset.live === "1"`) {
		t.Fatal("the page says it is live with the server down")
	}

	s2 := startServerWith(t, serverOptions{Addr: addr, DataDir: dir})
	after := "Offer pushed after the outage"
	s2.api(t, http.MethodPost, "/api/v1/promotions", map[string]any{"title": map[string]string{"en": after}, "price": 590, "priority": 1000}, nil)
	// The screen reconnects by itself (backoff ≤ 20 s) and catches up.
	waitJS(t, page, 30*time.Second, has(after)+` && `+has(before)+` && document.documentElement.dataset.live === "1"`)
}
