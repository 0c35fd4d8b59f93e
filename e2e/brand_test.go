package e2e

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// contrastJS measures, in the page, the WCAG 2 contrast of the text of
// the element %q against the background of its nearest ancestor (or
// itself) with one, as a person sees them.
const contrastJS = `(() => {
	const rgb = s => s.match(/[\d.]+/g).slice(0, 3).map(Number);
	const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 });
		return 0.2126 * r + 0.7152 * g + 0.0722 * b };
	const el = document.querySelector(%q);
	let bg = el;
	while (bg && getComputedStyle(bg).backgroundColor.replace(/\s/g, "") === "rgba(0,0,0,0)") bg = bg.parentElement;
	const a = lum(rgb(getComputedStyle(el).color)), b = lum(rgb(getComputedStyle(bg).backgroundColor));
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
})()`

// An admin sets the store's name and a pure yellow in the console: an
// open kiosk and signage screen change without reloading, the header's
// text still reads (4.5:1, and 7:1 in contrast mode; the kiosk keeps 7:1
// in both), and axe finds nothing on the brand view or the branded kiosk.
func TestBrandSetInConsoleReachesScreens(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "boss", "admin-pass-12", "admin")
	kiosk := kit.Tab(t, 1080, 1920)
	setViewport(t, kiosk, 1080, 1920, 0.5)
	signage := kit.Tab(t, 1280, 720)
	console := kit.Tab(t, 1280, 900)

	// The demo store's brand is on every screen from the first frame.
	open(t, kiosk, s.URL+"/kiosk/menu?lang=en")
	waitJS(t, kiosk, `document.querySelector(".sc-top .sc-brand-name")?.textContent === "Fresh Corner" && !!document.querySelector(".sc-top .sc-brand-logo")`)
	open(t, signage, s.URL+"/signage?lang=en")
	waitJS(t, signage, `document.querySelector(".sc-signage-brand .sc-brand-name")?.textContent === "Fresh Corner"`)
	// Marks that vanish if a page reloads.
	for _, tab := range []context.Context{kiosk, signage} {
		eval[bool](t, tab, `(window.scBrandNoReload = true)`)
	}

	consoleSignIn(t, console, s.URL, "boss", "admin-pass-12")
	waitJS(t, console, `document.querySelector(".cs-bar .sc-brand-name")?.textContent === "Fresh Corner"`)
	do(t, console, toView("/console/brand"))
	waitJS(t, console, `document.querySelector("#brand-color")?.value === "#f08c00" && document.querySelectorAll(".cs-brand-card").length === 2`)
	if vs := runAxe(t, console, true, ""); len(vs) > 0 {
		t.Errorf("the brand view: axe-core found %d violations:%s", len(vs), describe(vs))
	}

	// A bad colour is refused next to its field and changes nothing.
	setValue(t, console, "#brand-color", "yellow")
	do(t, console, chromedp.Click(`#brand button[type="submit"]`))
	waitJS(t, console, `!!document.querySelector("#brand-color-err")?.textContent`)
	var b struct{ Color string }
	if code := s.API(t, http.MethodGet, "/api/v1/brand", nil, &b); code != http.StatusOK || b.Color != "#f08c00" {
		t.Fatalf("GET /api/v1/brand after a refused colour = %d %q; want 200 and #f08c00 unchanged", code, b.Color)
	}

	setValue(t, console, "#brand-name-en", "Yellow Grocer")
	setValue(t, console, "#brand-color", "#ffff00")
	setValue(t, console, "#brand-accent", "#1a4fd6")
	// The preview follows the typing, before anything is saved.
	waitJS(t, console, `document.querySelector(".cs-brand-head").style.background.replace(/\s/g, "") === "rgb(255,255,0)"`)
	do(t, console, chromedp.Click(`#brand button[type="submit"]`))
	waitJS(t, console, `document.querySelector(".cs-bar .sc-brand-name")?.textContent === "Yellow Grocer"`)

	for _, tc := range []struct {
		name  string
		tab   context.Context
		ready string
	}{
		{"kiosk", kiosk, `document.querySelector(".sc-top .sc-brand-name")?.textContent === "Yellow Grocer"`},
		{"signage", signage, `document.querySelector(".sc-signage-brand .sc-brand-name")?.textContent === "Yellow Grocer"`},
	} {
		waitJS(t, tc.tab, tc.ready)
		if !eval[bool](t, tc.tab, `window.scBrandNoReload === true`) {
			t.Errorf("the %s reloaded to show the brand; want it live", tc.name)
		}
	}
	bg := eval[string](t, kiosk, `getComputedStyle(document.querySelector(".sc-top")).backgroundColor`)
	if bg != "rgb(255, 255, 0)" {
		t.Errorf("the kiosk's header is %s; want the brand's pure yellow", bg)
	}
	for _, m := range []struct {
		modes string
		least float64
	}{{"", 4.5}, {"contrast", 7}, {"elder", 7}} {
		goKiosk(t, kiosk, withModes("/kiosk/menu?lang=en", m.modes), `document.querySelector(".sc-top .sc-brand-name")`)
		got := eval[float64](t, kiosk, fmt.Sprintf(contrastJS, ".sc-top .sc-brand-name"))
		t.Logf("kiosk %q: header text on pure yellow %.2f:1", m.modes, got)
		if got < m.least {
			t.Errorf("kiosk %q: header text %.2f:1 on pure yellow; want ≥ %.1f", m.modes, got, m.least)
		}
		if vs := runAxe(t, kiosk, true, ""); len(vs) > 0 {
			t.Errorf("the branded kiosk %q: axe-core found %d violations:%s", m.modes, len(vs), describe(vs))
		}
	}
	got := eval[float64](t, signage, fmt.Sprintf(contrastJS, ".sc-signage-brand .sc-brand-name"))
	t.Logf("signage: brand badge text on pure yellow %.2f:1", got)
	if got < 4.5 {
		t.Errorf("signage's brand badge %.2f:1 on pure yellow; want ≥ 4.5", got)
	}

	if *updateScreenshots {
		dir := filepath.Join("..", "docs", "screenshots")
		goKiosk(t, kiosk, "/kiosk/menu?lang=en", "")
		shot(t, kiosk, filepath.Join(dir, "brand-kiosk-yellow.png"))
		goKiosk(t, kiosk, "/kiosk/menu?lang=en&m=contrast", "")
		shot(t, kiosk, filepath.Join(dir, "brand-kiosk-yellow-contrast.png"))
		shot(t, signage, filepath.Join(dir, "brand-signage-yellow.png"))
		shot(t, console, filepath.Join(dir, "brand-console.png"))
	}
}
