package e2e

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"storecast/e2e/harness"
)

// focusedJS names the focused element; "" when focus is on nothing (the
// page's body) or on something under an overlay (inert).
const focusedJS = `(e => {
	if (!e || e === document.body || e === document.documentElement || e.closest("[inert]")) return "";
	return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className ? "." + String(e.className).trim().split(/\s+/).join(".") : "");
})(document.activeElement)`

// focusKept fails the test when, after step, focus is on nothing or under
// an overlay: a keypad user would be lost. It returns what has focus.
func focusKept(t *testing.T, tab context.Context, step string) string {
	t.Helper()
	frame(t, tab)
	got := eval[string](t, tab, focusedJS)
	if got == "" {
		t.Errorf("after %s: focus is on <body> (or under an overlay)", step)
	}
	return got
}

// press sends keys, then checks focus is still somewhere.
func press(t *testing.T, tab context.Context, k, step string) string {
	t.Helper()
	keys(t, tab, k)
	return focusKept(t, tab, step)
}

// TestKioskFocusNeverOnBody walks kiosk journeys by keypad alone and checks
// after every key that focus is on something: between screens, round the
// whole page with Tab (past "read aloud" at its end), into and out of
// elder mode with Enter, through the idle warning and its any-key answer,
// and through the price check, whose answer a screen reader hears from a
// live region that was there before it.
func TestKioskFocusNeverOnBody(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	open(t, tab, s.URL+"/kiosk/menu?lang=en&idle=10")
	focusKept(t, tab, "opening the menu")

	press(t, tab, kb.ArrowDown, "ArrowDown")
	press(t, tab, kb.ArrowDown, "ArrowDown")
	press(t, tab, kb.Enter, "Enter on Coupons")
	waitJS(t, tab, `location.pathname === "/kiosk/coupons"`)
	focusKept(t, tab, "the coupons screen opening")
	press(t, tab, kb.Escape, "Escape")
	waitJS(t, tab, `location.pathname === "/kiosk/menu"`)
	focusKept(t, tab, "back on the menu")

	// The price check: the live region is there before the answer.
	for range 3 {
		press(t, tab, kb.ArrowDown, "ArrowDown")
	}
	press(t, tab, kb.Enter, "Enter on Price check")
	waitJS(t, tab, `location.pathname === "/kiosk/price" && document.activeElement.id === "sc-q"`)
	eval[bool](t, tab, `(document.querySelector("#sc-search-status").scBefore = true)`)
	keys(t, tab, "milk")
	press(t, tab, kb.Enter, "Enter on a search")
	waitJS(t, tab, `document.querySelector(".sc-product")`)
	live := eval[string](t, tab, `(e => (e.getAttribute("role") || "") + "|" + (e.scBefore === true) + "|" + e.textContent)(document.querySelector("#sc-search-status"))`)
	if live != "status|true|1 product found. Organic milk 1 l, 15 yuan 90, Aisle 3." {
		t.Errorf("live region = %q; want the same role=status element announcing the answer", live)
	}

	// Round the page with Tab, and back with Shift+Tab: never a dead stop.
	n := eval[int](t, tab, `document.querySelectorAll(".sc-kiosk a[href], .sc-kiosk button, .sc-kiosk input").length`)
	seen := map[string]bool{}
	for i := 0; i < n+3; i++ {
		seen[press(t, tab, kb.Tab, fmt.Sprintf("Tab %d", i+1))] = true
	}
	if !seen["button#sc-read.sc-tool.sc-read"] {
		t.Errorf("Tab never reached read aloud; reached %v", seen)
	}
	for i := 0; i < 4; i++ {
		keys(t, tab, kb.Shift+kb.Tab)
		focusKept(t, tab, fmt.Sprintf("Shift+Tab %d", i+1))
	}

	// Read aloud, then Tab: on round to the first item, not off the page.
	tabTo(t, tab, "sc-read")
	press(t, tab, kb.Enter, "Enter on read aloud")
	if got := press(t, tab, kb.Tab, "Tab after read aloud"); got == "button#sc-read.sc-tool.sc-read" {
		t.Errorf("Tab after read aloud stayed on it")
	}

	// Elder mode on and off with Enter: focus on the switch, or its stand-in.
	tabTo(t, tab, "sc-mode-elder")
	press(t, tab, kb.Enter, "Enter on elder mode")
	waitJS(t, tab, `location.search.includes("m=elder") && document.activeElement.id === "sc-bar-exit"`)
	press(t, tab, kb.Enter, "Enter on leave elder mode")
	waitJS(t, tab, `!location.search.includes("m=elder") && document.activeElement.id === "sc-mode-elder"`)

	// The idle warning takes focus; any key answers it and gives it back.
	if first := idleWarning(t, tab, 4); first < 17 {
		t.Errorf("warning first showed %d s", first)
	}
	if got := focusKept(t, tab, "the warning opening"); got != "button#sc-more-time.sc-choice.sc-more-time" {
		t.Errorf("warning opened with focus on %s; want more time", got)
	}
	if got := press(t, tab, "x", "a key during the warning"); got != "button#sc-mode-elder.sc-tool.sc-mode" {
		t.Errorf("after the warning focus is on %s; want back on the elder switch", got)
	}
	if eval[bool](t, tab, `!!document.querySelector("#sc-idle")`) {
		t.Error("a key left the warning up")
	}
	if got := eval[string](t, tab, `location.pathname`); got != "/kiosk/price" {
		t.Errorf("a key during the warning moved to %s", got)
	}
	eval[bool](t, tab, `(window.scKioskClockRate = 1, true)`)
}

// tabTo presses Tab until the element with id has focus, checking focus
// after every key.
func tabTo(t *testing.T, tab context.Context, id string) {
	t.Helper()
	tabToMatch(t, tab, "#"+id)
}

// tabToMatch presses Tab until the focused element matches selector,
// checking focus after every key.
func tabToMatch(t *testing.T, tab context.Context, selector string) {
	t.Helper()
	for i := 0; i < 80; i++ {
		if eval[bool](t, tab, fmt.Sprintf(`document.activeElement.matches(%q)`, selector)) {
			return
		}
		press(t, tab, kb.Tab, "Tab towards "+selector)
	}
	t.Fatalf("Tab never reached %s", selector)
}

// TestKioskElderPagingAndWarning: in elder mode a long list pages with
// "下一页" and says where the shopper is apart from it; the idle warning
// comes after twice the quiet time, counts down 40 s, and is a calm
// question filling the screen that is still a modal dialog holding focus,
// which Escape answers.
func TestKioskElderPagingAndWarning(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	open(t, tab, s.URL+"/kiosk/menu?m=elder&idle=10")
	waitJS(t, tab, `document.querySelector(".sc-more a")`)
	got := eval[string](t, tab, `document.querySelector(".sc-page-position").innerText + "|" + document.querySelector(".sc-more a").innerText`)
	if got != "第 1 页，共 2 页|下一页" {
		t.Errorf("paging = %q; want 第 1 页，共 2 页|下一页", got)
	}
	click(t, tab, ".sc-more a")
	waitJS(t, tab, `location.search.includes("p=1")`)
	got = eval[string](t, tab, `document.querySelector(".sc-page-position").innerText + "|" + document.querySelector(".sc-more a").innerText`)
	if got != "第 2 页，共 2 页|回到第 1 页" {
		t.Errorf("last page's paging = %q; want 第 2 页，共 2 页|回到第 1 页", got)
	}

	keys(t, tab, kb.ArrowDown)
	before := focusKept(t, tab, "ArrowDown")
	if first := idleWarning(t, tab, 8); first < 37 || first > 40 {
		t.Errorf("elder warning first showed %d s; want 40", first)
	}
	box := eval[string](t, tab, `(() => {
		const r = document.querySelector("#sc-idle").getBoundingClientRect();
		const d = document.querySelector("#sc-idle");
		return [Math.round(r.width) >= innerWidth - 1 && Math.round(r.height) >= innerHeight - 1,
			d.getAttribute("role"), d.getAttribute("aria-modal"),
			document.querySelector("main").hasAttribute("inert")].join(" ");
	})()`)
	if box != "true alertdialog true true" {
		t.Errorf("elder warning: fills the screen, role, modal, page inert = %q; want true alertdialog true true", box)
	}
	if got := focusKept(t, tab, "the warning opening"); !strings.Contains(got, "sc-more-time") {
		t.Errorf("focus on %s; want more time", got)
	}
	if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
		t.Errorf("axe on the elder warning: %s", describe(vs))
	}
	if got := press(t, tab, kb.Escape, "Escape during the warning"); got != before {
		t.Errorf("after Escape focus is on %s; want back on %s", got, before)
	}
	if eval[bool](t, tab, `!!document.querySelector("#sc-idle") || location.pathname !== "/kiosk/menu"`) {
		t.Error("Escape did not keep the session where it was")
	}
	eval[bool](t, tab, `(window.scKioskClockRate = 1, true)`)
}

// TestKioskOverrideIsInert: while an urgent message covers the kiosk,
// nothing under it takes focus or a key (Tab and Enter do not follow the
// links underneath), focus is on the message, axe finds nothing; when it
// ends, focus is on the screen's title.
func TestKioskOverrideIsInert(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	open(t, tab, s.URL+"/kiosk/offers?lang=en&m=contrast")
	press(t, tab, kb.ArrowDown, "ArrowDown")
	var o struct {
		ID string `json:"id"`
	}
	if code := s.API(t, http.MethodPost, "/api/v1/overrides", map[string]any{
		"message": map[string]string{"en": "Please leave by the east door"}, "severity": "urgent", "minutes": 5,
	}, &o); code != http.StatusCreated {
		t.Fatalf("override = %d", code)
	}
	waitJS(t, tab, `document.activeElement && document.activeElement.id === "sc-override"`)
	inert := eval[string](t, tab, `[".sc-skip", ".sc-top", "main", ".sc-a11y"].map(s => document.querySelector(s).hasAttribute("inert")).join(" ")`)
	if inert != "true true true true" {
		t.Errorf("skip link, header, main, bar inert = %s; want all", inert)
	}
	for _, k := range []string{kb.Tab, kb.Tab, kb.Enter, kb.ArrowDown, kb.Enter, kb.Shift + kb.Tab, kb.Enter} {
		press(t, tab, k, fmt.Sprintf("%q under the override", k))
	}
	if got := eval[string](t, tab, `location.pathname + location.search`); got != "/kiosk/offers?lang=en&m=contrast" {
		t.Errorf("keys under the override went to %s", got)
	}
	if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
		t.Errorf("axe under the override: %s", describe(vs))
	}
	if code := s.API(t, http.MethodDelete, "/api/v1/overrides/"+o.ID, nil, nil); code != http.StatusNoContent {
		t.Fatalf("DELETE override = %d", code)
	}
	waitJS(t, tab, `!document.querySelector("#sc-override") && document.activeElement.id === "sc-title"`)
	if eval[bool](t, tab, `!!document.querySelector("[inert]")`) {
		t.Error("the screen is still inert after the override ended")
	}
}

// TestKioskSkipLinkFocused: the skip link, shown only with focus, passes
// axe (7:1 in high-contrast and elder modes) in every mode while focused.
func TestKioskSkipLinkFocused(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	open(t, tab, s.URL+"/kiosk/menu?lang=en")
	for _, mode := range kioskModes {
		goKiosk(t, tab, withModes("/kiosk/menu?lang=en", mode), "")
		eval[bool](t, tab, `(document.querySelector(".sc-skip").focus(), true)`)
		waitJS(t, tab, `document.activeElement.classList.contains("sc-skip") && document.querySelector(".sc-skip").getBoundingClientRect().top >= 0`)
		enhanced := mode == "contrast" || mode == "elder"
		if vs := runAxe(t, tab, enhanced, ".sc-skip"); len(vs) > 0 {
			t.Errorf("%s: axe on the focused skip link: %s", modeName(mode), describe(vs))
		}
		colors := eval[string](t, tab, `(s => s.color + " on " + s.backgroundColor)(getComputedStyle(document.querySelector(".sc-skip")))`)
		t.Logf("%s: skip link %s", modeName(mode), colors)
	}
}
