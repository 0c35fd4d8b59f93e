package e2e

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// consoleSizes are the console's screenshot sizes: a phone in Chinese, a
// laptop in English.
var consoleSizes = []struct {
	name, lang    string
	width, height int
}{
	{"phone", "zh-Hans", 390, 844},
	{"desktop", "en", 1280, 800},
}

// TestConsoleScreenshots saves docs/screenshots/console-*.png: every
// console view on a phone and a laptop, with some content in it, for
// docs/console.md. It runs only with -update (make screenshots).
func TestConsoleScreenshots(t *testing.T) {
	t.Parallel()
	if !*updateScreenshots {
		t.Skip("run with -update (make screenshots) to save the console screenshots")
	}
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1280, 800)
	do(t, tab, chromedp.Navigate(s.URL+"/console"))
	waitJS(t, tab, `document.querySelector("#setup-token")`)
	consoleShots(t, tab, "setup", "")

	addStaff(t, s, "wang.li", "admin-pass-12", "admin")
	addStaff(t, s, "chen", "editor-pass-1", "editor")
	addStaff(t, s, "zhao", "cashier-pass-1", "cashier")
	// Two screens: one online showing offers, one that was paired and went
	// away. Both show their codes before either is paired: the tabs share
	// the storage where a paired screen keeps its token.
	entrance, kiosk := harness.NewTab(t, tab), harness.NewTab(t, tab)
	code1 := pairingCode(t, entrance, s.URL+"/signage?pair=1&lang=en")
	code2 := pairingCode(t, kiosk, s.URL+"/kiosk?pair=1&lang=en")
	s.API(t, http.MethodPost, "/api/v1/screens", map[string]any{"code": code1, "name": "入口左侧 Entrance", "groups": []string{"entrance"}}, nil)
	s.API(t, http.MethodPost, "/api/v1/screens", map[string]any{"code": code2, "name": "乳品区 Dairy kiosk", "groups": []string{"dairy", "fresh"}}, nil)
	_ = harness.WaitJS(kiosk, 10*time.Second, `!document.querySelector(".sc-pairing")`)
	if err := chromedp.Cancel(kiosk); err != nil { // the kiosk goes away: offline
		t.Fatal(err)
	}

	do(t, tab, chromedp.Navigate(s.URL+"/console?lang=en"))
	waitJS(t, tab, `(e => e && !e.disabled)(document.querySelector("#signin-username"))`)
	do(t, tab, chromedp.SendKeys("#signin-username", "wang.li"), chromedp.SendKeys("#signin-password", "not-the-password"),
		chromedp.Click(`#signin button[type="submit"]`))
	waitJS(t, tab, `document.querySelector("#signin .cs-form-err")`)
	consoleShots(t, tab, "signin", "")
	setValue(t, tab, "#signin-password", "admin-pass-12")
	do(t, tab, chromedp.Click(`#signin button[type="submit"]`))
	waitJS(t, tab, `document.querySelectorAll(".cs-screen").length === 2`)
	if harness.WaitJS(tab, 10*time.Second, `document.querySelector(".cs-screen.is-online") && document.querySelector(".cs-screen.is-offline")`) != nil {
		t.Log("the pictures show no screen online: the paired screens did not connect with their tokens")
	}
	consoleShots(t, tab, "screens", "")
	do(t, tab, chromedp.Click("#pair-open"))
	consoleShots(t, tab, "pair", `document.querySelector("#pair-code")`)
	consoleGo(t, tab, "/console/audit", `document.querySelector(".cs-log-entry")`) // closes the pairing panel
	consoleGo(t, tab, "/console", `document.querySelector("#enrol-open")`)
	do(t, tab, chromedp.Click("#enrol-open"))
	waitJS(t, tab, `document.querySelector("#enrol-name")`)
	do(t, tab, chromedp.SendKeys("#enrol-name", "收银台 2 Till 2"), chromedp.Click(`label[for="enrol-kind-kiosk"]`),
		chromedp.SendKeys("#enrol-groups", "tills"), chromedp.Click(`#enrol button[type="submit"]`))
	consoleShots(t, tab, "enrol-link", `document.querySelector(".cs-enrol-qr")?.complete`)
	// What a screen shows when its link was used already.
	refused := harness.NewTab(t, tab)
	do(t, refused, chromedp.Navigate(s.URL+"/signage?enrol=sce_used-or-expired&lang=en"))
	waitJS(t, refused, `document.querySelector(".sc-enrol-error") && document.querySelector(".sc-pairing-code")?.textContent.length === 6`)
	waitJS(t, refused, settled)
	buf, err := chromedp.Run(refused, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", "screenshots", "signage-enrol-refused.png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}

	consoleGo(t, tab, "/console/promotions", `document.querySelector(".cs-promo-card img")`)
	consoleShots(t, tab, "promotions", "")
	do(t, tab, chromedp.Click(".cs-promo-card .cs-btn"))
	waitJS(t, tab, `document.querySelector("#promo-image-preview")?.complete`)
	setValue(t, tab, "#promo-was_price", "9.90")
	do(t, tab, chromedp.Click(`#promo button[type="submit"]`))
	waitJS(t, tab, `document.querySelector("#promo-was_price-err")`)
	eval[bool](t, tab, `(scrollTo(0, 0), true)`)
	consoleShots(t, tab, "promotion-edit", "")

	s.API(t, http.MethodPost, "/api/v1/overrides", map[string]any{
		"message":  map[string]string{"zh-Hans": "东门临时关闭，请从西门出入。", "en": "The east door is closed; please use the west door."},
		"severity": "urgent", "minutes": 90,
	}, nil)
	consoleGo(t, tab, "/console/overrides", `document.querySelector(".cs-override-card")`)
	consoleShots(t, tab, "overrides", "")
	consoleGo(t, tab, "/console/signage", `document.querySelector("#cs-main h1")`)
	consoleShots(t, tab, "signage", "")
	consoleGo(t, tab, "/console/coupons", `document.querySelector("#campaign-new")`)
	consoleShots(t, tab, "coupons", "")
	consoleGo(t, tab, "/console/users", `document.querySelectorAll(".cs-user").length === 3`)
	consoleShots(t, tab, "users", "")
	consoleGo(t, tab, "/console/audit", `document.querySelector(".cs-log-entry")`)
	consoleShots(t, tab, "audit", "")
	consoleGo(t, tab, "/console/brand", `document.querySelectorAll(".cs-brand-card").length === 2`)
	consoleShots(t, tab, "brand", "")
	consoleGo(t, tab, "/console/account", `document.querySelector("#token-name")`)
	do(t, tab, chromedp.SendKeys("#token-name", "price sync"), chromedp.Click(`#token button[type="submit"]`))
	waitJS(t, tab, `document.querySelector("#token-secret")`)
	consoleShots(t, tab, "account", "")
}

// settled holds once the fonts are in, every image has loaded and no
// transition or animation that ends is still running (a spinner may spin):
// a screenshot then shows the view as it stays.
const settled = `document.fonts.status === "loaded" && [...document.images].every((i) => i.complete) &&
	document.getAnimations().every((a) => a.playState !== "running" || a.effect.getTiming().iterations === Infinity)`

// consoleGo moves the open console to path without reloading.
func consoleGo(t *testing.T, tab context.Context, path, ready string) {
	t.Helper()
	eval[bool](t, tab, fmt.Sprintf(`(window.goappNav(%q), true)`, path))
	waitJS(t, tab, ready)
}

// consoleShots saves the view in every size and language.
func consoleShots(t *testing.T, tab context.Context, view, ready string) {
	t.Helper()
	dir := filepath.Join("..", "docs", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, sz := range consoleSizes {
		setViewport(t, tab, sz.width, sz.height, 1)
		// A click by script: an open panel may cover the language links.
		eval[bool](t, tab, fmt.Sprintf(`(document.querySelector(%q).click(), true)`, ".cs-lang[lang="+sz.lang+"]"))
		waitJS(t, tab, fmt.Sprintf(`document.documentElement.lang === %q`, sz.lang))
		if ready != "" {
			waitJS(t, tab, ready)
		}
		eval[bool](t, tab, `(document.activeElement?.blur(), true)`)
		waitJS(t, tab, settled)
		buf, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", view, err)
		}
		if err := os.WriteFile(filepath.Join(dir, "console-"+view+"-"+sz.name+".png"), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
