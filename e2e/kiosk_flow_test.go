package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// TestKioskShopperFlows walks the touch flows: the attract loop starts a
// session on a touch; offers by category down to one offer; elder mode's
// four choices at most; store events change live; "call staff" reaches the
// server and tells the shopper someone is coming; a barcode scanner finds
// a price from any screen. Moving between screens never reloads the page.
func TestKioskShopperFlows(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	setViewport(t, tab, 1080, 1920, 1)
	open(t, tab, s.URL+"/kiosk?lang=en")
	eval[bool](t, tab, `window.scNoReload = true`)

	// Attract loop: live offers; a touch anywhere starts.
	waitJS(t, tab, `document.querySelector(".sc-attract-slide .sc-promo-title")`)
	if err := chromedp.Do(tab, chromedp.MouseClickXY(540, 900)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, `location.pathname === "/kiosk/menu"`)

	// Offers → a category → an offer.
	click(t, tab, `.sc-menu a[href^="/kiosk/offers"]`)
	// The menu has six choices, and the URL changes before the
	// screen does: wait for the categories' own links.
	waitJS(t, tab, `location.pathname === "/kiosk/offers" && document.querySelectorAll(".sc-menu a[href*='cat=']").length === 6`)
	labels := eval[string](t, tab, `[...document.querySelectorAll(".sc-menu .sc-choice-label")].map(e => e.innerText).join("|")`)
	if labels != "All offers|Fruit & veg|Dairy & chilled|Bakery|Pantry|Household" {
		t.Errorf("categories = %q", labels)
	}
	click(t, tab, `a[href*="cat=fresh"]`)
	waitJS(t, tab, `document.querySelectorAll(".sc-offer-list .sc-choice").length === 3`) // strawberries, oranges, tomatoes
	click(t, tab, `.sc-offer-list a`)
	waitJS(t, tab, `document.querySelector("h1").innerText === "Fresh strawberries" && document.querySelector(".sc-offer .sc-price-now").innerText === "¥29.90"`)
	click(t, tab, `.sc-nav-back`)
	waitJS(t, tab, `location.pathname === "/kiosk/offers" && location.search === "?lang=en&cat=fresh"`)

	// Elder mode: never more than four choices; More pages through.
	goKiosk(t, tab, "/kiosk/offers?lang=en&m=elder", `document.querySelector(".sc-more")`)
	if n := eval[int](t, tab, `document.querySelectorAll("main .sc-choice").length`); n != 4 {
		t.Errorf("elder offers screen has %d choices; want 4 (3 and More)", n)
	}
	click(t, tab, `.sc-more a`)
	// Seven choices (all offers and six categories): 3 and More, twice.
	waitJS(t, tab, `location.search.includes("p=1") && document.querySelectorAll("main .sc-choice").length === 4`)

	// Store events change live.
	goKiosk(t, tab, "/kiosk/events?lang=en", `document.querySelector(".sc-event")`)
	start := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	end := time.Now().Add(2 * time.Hour).UTC().Format(time.RFC3339)
	var ev struct {
		ID string `json:"id"`
	}
	if code := s.API(t, "POST", "/api/v1/events", map[string]any{
		"title": map[string]string{"en": "Tea ceremony"}, "starts_at": start, "ends_at": end,
	}, &ev); code != http.StatusCreated {
		t.Fatalf("POST event = %d", code)
	}
	waitJS(t, tab, `[...document.querySelectorAll(".sc-event-title")].some(e => e.innerText === "Tea ceremony")`)
	if first := eval[string](t, tab, `document.querySelector(".sc-event-title").innerText`); first != "Tea ceremony" {
		t.Errorf("first event = %q; want the soonest, Tea ceremony", first)
	}
	s.API(t, "DELETE", "/api/v1/events/"+ev.ID, nil, nil)
	waitJS(t, tab, `![...document.querySelectorAll(".sc-event-title")].some(e => e.innerText === "Tea ceremony")`)

	// Call staff.
	goKiosk(t, tab, "/kiosk/help?lang=en", `document.querySelector("#sc-call")`)
	click(t, tab, "#sc-call")
	waitJS(t, tab, `document.querySelector(".sc-call-status").innerText === "Someone is coming to help you. Please wait here."`)
	var calls struct {
		Calls []struct {
			Source string `json:"source"`
		} `json:"calls"`
	}
	if code := s.API(t, "GET", "/api/v1/staff-calls", nil, &calls); code != 200 || len(calls.Calls) != 1 || calls.Calls[0].Source != "127.0.0.1" {
		t.Errorf("staff calls = %d %+v; want the one from this kiosk", code, calls)
	}
	click(t, tab, "#sc-call")
	waitJS(t, tab, `document.querySelector(".sc-call-status").innerText === "Staff have been called already. Someone is on the way."`)

	// A barcode scanner types fast and ends with Enter: from any screen,
	// the price check shows the product. The keys go in one burst from
	// inside the page, as a scanner's arrive: sent one by one through
	// DevTools, on a busy machine they can come further apart than the
	// 60 ms that tell a scanner from a person (kiosk.ScanGap).
	goKiosk(t, tab, "/kiosk/menu?lang=en", "")
	eval[bool](t, tab, `(() => {
		const at = document.activeElement || document.body;
		for (const key of [..."6901230040078", "Enter"]) {
			at.dispatchEvent(new KeyboardEvent("keydown", {key, bubbles: true, cancelable: true}));
		}
		return true;
	})()`)
	waitJS(t, tab, `location.pathname === "/kiosk/price" && document.querySelector(".sc-product-name") && document.querySelector(".sc-product-name").innerText === "Organic milk 1 l"`)

	if !eval[bool](t, tab, `window.scNoReload === true`) {
		t.Error("the kiosk reloaded while moving between screens")
	}
	if title := eval[string](t, tab, `document.title`); !strings.HasPrefix(title, "Price check") {
		t.Errorf("page title = %q; want the screen's title first", title)
	}
}

// click taps the first element matching selector.
func click(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(selector)); err != nil {
		t.Fatalf("click %s: %v", selector, err)
	}
}
