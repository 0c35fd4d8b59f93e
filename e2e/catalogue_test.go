package e2e

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// feedBatch sends a catalogue batch of products and fails the test on
// anything but 200.
func feedBatch(t *testing.T, s *harness.Server, products ...map[string]any) {
	t.Helper()
	if code := s.API(t, http.MethodPost, "/api/v1/catalogue/batches", map[string]any{"products": products}, nil); code != http.StatusOK {
		t.Fatalf("catalogue batch = %d; want 200", code)
	}
}

// priceDeadline is how soon an open price check must show a price the
// feed changed: the feed's "within a second", with some room for a
// machine shared with other tests.
const priceDeadline = 1500 * time.Millisecond

// An open kiosk price check shows a price the catalogue feed changed,
// without a reload and within about a second, and says "the same price
// online" only while the online price is the price in store.
func TestCataloguePriceReachesOpenPriceCheck(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	milk := func(price, online int) map[string]any {
		return map[string]any{"sku": "FEED-1", "name": map[string]string{"en": "Feed test milk"}, "price": price, "online_price": online, "stock": 10}
	}
	feedBatch(t, s, milk(990, 990))
	tab := kit.Tab(t, 1080, 1920)
	open(t, tab, s.URL+"/kiosk/price?lang=en")
	waitJS(t, tab, `document.querySelector("#sc-q") !== null`)
	eval[bool](t, tab, `window.scNoReload = true`)
	do(t, tab, chromedp.SendKeys("#sc-q", "feed test milk"), chromedp.Click("#sc-search-go"))
	waitJS(t, tab, `(document.querySelector(".sc-product-price")||{}).innerText === "¥9.90"`)
	if !eval[bool](t, tab, `document.querySelector(".sc-product .sc-same-price") !== null`) {
		t.Error("the price check does not say the same price online for a product whose online price is equal and current")
	}
	if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
		t.Errorf("the price check saying the same price online: axe-core found %d violations:%s", len(vs), describe(vs))
	}
	// The page notes, on its own clock, when the new price is drawn.
	eval[bool](t, tab, `(() => {
		window.scPriceAt = 0;
		new MutationObserver(() => {
			const p = document.querySelector(".sc-product-price");
			if (!window.scPriceAt && p && p.innerText === "¥8.80") window.scPriceAt = Date.now();
		}).observe(document.body, {subtree: true, childList: true, characterData: true});
		return true;
	})()`)
	sent := time.Now()
	feedBatch(t, s, milk(880, 990))
	if err := harness.WaitJS(tab, priceDeadline, `window.scPriceAt > 0`); err != nil {
		t.Fatalf("the open price check did not show the new price within %v of the batch: %v", priceDeadline, err)
	}
	latency := time.UnixMilli(eval[int64](t, tab, `window.scPriceAt`)).Sub(sent)
	t.Logf("price change → open kiosk price check: %v (batch sent to price drawn)", latency.Round(time.Millisecond))
	if eval[bool](t, tab, `document.querySelector(".sc-product .sc-same-price") !== null`) {
		t.Error("the price check still says the same price online with online 9.90 and 8.80 in store")
	}
	if !eval[bool](t, tab, `window.scNoReload === true`) {
		t.Error("the kiosk reloaded to show the new price")
	}
}

// A signage screen stops showing an offer whose products a catalogue
// batch sold out, and shows it again after a restock, without a reload.
func TestSignageOfferPausesWhenSoldOut(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	stock := func(n int) map[string]any {
		return map[string]any{"sku": "FEED-2", "name": map[string]string{"en": "Feed test yoghurt"}, "price": 590, "stock": n}
	}
	feedBatch(t, s, stock(12))
	promo := sgCreate(t, s, "/api/v1/promotions", map[string]any{
		"title": map[string]string{"en": "Yoghurt deal"}, "price": 490, "priority": 10, "products": []string{"FEED-2"},
	})
	sgDefault(t, s, sgPlaylist(t, s, "Stock", "full",
		sgSlide("deal", "promotion", 1, "promotion", promo),
		sgSlide("clock", "clock", 1),
	))
	page := kit.Tab(t, 1280, 720)
	sgOpen(t, page, s, "lang=en&test=1")
	eval[bool](t, page, `window.scNoReload = true`)
	// The page notes each slide that comes on screen.
	eval[bool](t, page, `(() => {
		window.scShown = [];
		setInterval(() => {
			const cur = document.querySelector(".sc-slot.is-current");
			if (cur && window.scShown[window.scShown.length-1] !== cur.dataset.slide) window.scShown.push(cur.dataset.slide);
		}, 50);
		return true;
	})()`)
	const dealOn = `window.scShown.includes("deal")`
	waitJS(t, page, dealOn)

	feedBatch(t, s, stock(0))
	// The pause reaches the page within a slide's time; from the clock's
	// next turn on, three seconds (three turns of the playlist) without
	// the deal.
	paused := eval[float64](t, page, `scSignage().now`)
	waitJS(t, page, fmt.Sprintf(`scSignage().now >= %f`, paused+1500))
	waitJS(t, page, `document.querySelector(".sc-slot.is-current").dataset.slide === "clock" && (window.scShown = ["clock"], true)`)
	from := eval[float64](t, page, `scSignage().now`)
	waitJS(t, page, fmt.Sprintf(`scSignage().now >= %f`, from+3000))
	if shown := eval[[]string](t, page, `window.scShown`); len(shown) != 1 {
		t.Fatalf("after the sold-out batch the screen showed %v; want the clock alone", shown)
	}

	feedBatch(t, s, stock(30))
	waitJS(t, page, dealOn)
	if !eval[bool](t, page, `window.scNoReload === true`) {
		t.Error("the signage page reloaded")
	}
}

// The console's Parity view lists a product priced differently online
// and a search the kiosk missed, and passes axe-core on a phone and a
// laptop.
func TestConsoleParityView(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	feedBatch(t, s, map[string]any{"sku": "FEED-3", "name": map[string]string{"en": "Feed test rice", "zh-Hans": "大米"}, "price": 2990, "online_price": 2790})
	s.APIAs(t, "", http.MethodGet, "/api/v1/kiosk/products?q=durian", nil, nil)
	s.API(t, http.MethodPost, "/api/v1/users", map[string]string{"username": "eve", "password": "editor-pass-12", "role": "editor"}, nil)
	tab := kit.Tab(t, 1280, 800)
	consoleSignIn(t, tab, s.URL, "eve", "editor-pass-12")
	consoleGo(t, tab, "/console/parity", `document.querySelector("#parity-table .cs-parity-row[data-sku='FEED-3']") && document.querySelector("#missed-table")`)
	if got := eval[string](t, tab, `document.querySelector("#parity-csv").getAttribute("href")`); got != "/api/v1/parity?format=csv&lang=en" {
		t.Errorf("the report's link = %q", got)
	}
	if got := eval[string](t, tab, `document.querySelector("#missed-table tbody th").innerText`); got != "durian" {
		t.Errorf("missed search = %q; want durian", got)
	}
	// The chart: today's bar is the one mismatch, named for screen
	// readers, with the same number in its table.
	waitJS(t, tab, `document.querySelector("#parity-chart .cs-parity-bar") !== null`)
	if got := eval[string](t, tab, `document.querySelector("#parity-chart").getAttribute("aria-label")`); got != "Products priced differently, each day of the last 30 days" {
		t.Errorf("the chart's name = %q", got)
	}
	if got := eval[string](t, tab, `[...document.querySelectorAll("#parity-chart .cs-parity-bar")].map(b => b.dataset.value).join(",")`); got != "1" {
		t.Errorf("the chart's bars = %q; want today's 1", got)
	}
	if got := eval[string](t, tab, `document.querySelector("#parity-history-table tbody tr:last-child td").textContent`); got != "1" {
		t.Errorf("the chart's table says today = %q; want 1", got)
	}
	for _, sz := range consoleSizes {
		setViewport(t, tab, sz.width, sz.height, 1)
		if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
			t.Errorf("parity view on a %s: axe-core found %d violations:%s", sz.name, len(vs), describe(vs))
		}
		if w := eval[float64](t, tab, `document.querySelector("#parity-chart").getBoundingClientRect().right`); w > float64(sz.width) {
			t.Errorf("the chart ends at %v px on a %d px %s", w, sz.width, sz.name)
		}
	}
}
