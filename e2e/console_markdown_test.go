package e2e

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// A lot the catalogue feed sends near its best-before date is suggested
// in the console's Markdowns view (axe-clean on a phone and a laptop);
// one tap on Approve puts the offer on an open signage page and kiosk
// without a reload, and a second approval makes no second offer.
func TestConsoleMarkdownGoesLive(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	// The server's default zone: Shanghai, which keeps no summer time.
	today := time.Now().In(time.FixedZone("CST", 8*3600)).Format(time.DateOnly)
	const name = "Feed test sourdough"
	feedBatch(t, s, map[string]any{"sku": "MD-1", "name": map[string]string{"en": name, "zh-Hans": "酸面包"}, "price": 1290, "stock": 6,
		"lots": []map[string]any{{"best_before": today, "quantity": 4}}})
	addStaff(t, s, "eve", "editor-pass-12", "editor")

	signage, kiosk := openLiveScreens(t, s)

	tab := harness.NewTab(t, signage)
	setViewport(t, tab, 1280, 800, 1)
	consoleSignIn(t, tab, s.URL, "eve", "editor-pass-12")
	const row = `#markdown-list .cs-markdown-row[data-sku='MD-1']`
	consoleGo(t, tab, "/console/markdowns", fmt.Sprintf(`document.querySelector(%q)`, row))
	if got := eval[string](t, tab, fmt.Sprintf(`document.querySelector(%q).innerText`, row)); !containsAll(got, "12.90 → 6.40", "Best before today: 50 % off") {
		t.Errorf("the suggestion reads %q; want 12.90 → 6.40 and why", got)
	}
	for _, sz := range consoleSizes {
		setViewport(t, tab, sz.width, sz.height, 1)
		if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
			t.Errorf("markdowns view on a %s: axe-core found %d violations:%s", sz.name, len(vs), describe(vs))
		}
	}
	if *updateScreenshots {
		consoleShots(t, tab, "markdowns", fmt.Sprintf(`document.querySelector(%q)`, row))
		eval[bool](t, tab, `(document.querySelector(".cs-lang[lang=en]").click(), true)`)
		waitJS(t, tab, `document.documentElement.lang === "en"`)
	}
	setViewport(t, tab, 1280, 800, 1)

	do(t, tab, chromedp.Click(row+" .cs-md-approve"))
	waitJS(t, tab, `document.querySelector("#markdown-none") !== null`)
	if got := eval[string](t, tab, `document.querySelector("#markdown-note").innerText`); !containsAll(got, name, "6.40", today) {
		t.Errorf("the status line says %q; want the product, its price and date", got)
	}
	if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
		t.Errorf("markdowns view after an approval: axe-core found %d violations:%s", len(vs), describe(vs))
	}
	has := fmt.Sprintf(`[...document.querySelectorAll(".sc-promo-title")].some(e => e.textContent === %q)`, name)
	waitJS(t, signage, has)
	waitJS(t, kiosk, has)
	if !eval[bool](t, signage, `window.scNoReload === true`) || !eval[bool](t, kiosk, `window.scNoReload === true`) {
		t.Error("a screen reloaded to show the markdown; want a live update")
	}

	var again struct{ Created bool }
	if code := s.API(t, http.MethodPost, "/api/v1/markdowns/MD-1/"+today+"/approve", nil, &again); code != http.StatusOK || again.Created {
		t.Errorf("a second approval = %d, created %v; want 200 and the same offer", code, again.Created)
	}
	var list struct {
		Promotions []struct{ Title map[string]string }
	}
	s.API(t, http.MethodGet, "/api/v1/promotions", nil, &list)
	offers := 0
	for _, p := range list.Promotions {
		if p.Title["en"] == name {
			offers++
		}
	}
	if offers != 1 {
		t.Errorf("%d offers of %s among the promotions; want the one markdown", offers, name)
	}
}

// containsAll reports whether s holds every one of parts.
func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}
