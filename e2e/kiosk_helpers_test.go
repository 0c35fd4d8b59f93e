package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// kioskModes are the accessibility modes as the kiosk's m= parameter says
// them; "" is the standard kiosk.
var kioskModes = []string{"", "large", "contrast", "voice", "elder"}

// kioskRoute is one kiosk screen to check, as a path and query without the
// modes.
type kioskRoute struct {
	name, url string
	ready     string // JS predicate: the screen shows what it should
}

// kioskRoutes lists every kiosk screen, with the state that makes it show
// its content (a search with answers, a category, an offer).
func kioskRoutes(offerID string) []kioskRoute {
	return []kioskRoute{
		{"attract", "/kiosk?lang=en", `document.querySelector(".sc-attract-slide .sc-promo-title")`},
		{"menu", "/kiosk/menu?lang=en", `document.querySelectorAll(".sc-menu .sc-choice").length >= 3`},
		// Categories link with cat=: the menu before it has choices too.
		{"offers", "/kiosk/offers?lang=en", `document.querySelectorAll(".sc-menu a[href*='cat=']").length >= 2`},
		{"offers-fresh", "/kiosk/offers?cat=all&lang=en", `document.querySelector(".sc-offer-list .sc-choice")`},
		{"offer", "/kiosk/offer?cat=all&id=" + offerID + "&lang=en", `document.querySelector(".sc-offer .sc-price")`},
		{"coupons", "/kiosk/coupons?lang=en", `document.querySelector(".sc-campaign .sc-coupon-get")`},
		// The coupon got: the route opens the coupons, getCoupon claims one.
		{"coupon", "/kiosk/coupons?lang=en", `document.querySelector(".sc-campaign .sc-coupon-get")`},
		{"price", "/kiosk/price?lang=en", `document.querySelector("#sc-q")`},
		{"events", "/kiosk/events?lang=en", `document.querySelector(".sc-event")`},
		{"help", "/kiosk/help?lang=en", `document.querySelector("#sc-call")`},
		// My points before a member links: the code box and the keypad.
		{"points", "/kiosk/points?lang=en", `document.querySelector("#sc-member")`},
	}
}

// withModes adds m= to a kiosk URL.
func withModes(url, modes string) string {
	if modes == "" {
		return url
	}
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return url + sep + "m=" + modes
}

// setViewport sizes the page: width × height CSS pixels at scale.
func setViewport(t *testing.T, ctx context.Context, width, height int, scale float64) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height), chromedp.EmulateScale(scale))); err != nil {
		t.Fatalf("viewport %dx%d: %v", width, height, err)
	}
}

// beforeLoad runs script in every page of the tab before the page's own
// scripts (the wasm app) start.
func beforeLoad(t *testing.T, ctx context.Context, script string) {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
		return err
	}))
	if err != nil {
		t.Fatalf("add script: %v", err)
	}
}

// goKiosk moves the running kiosk to url without reloading (as a tap on a
// link does) and waits until the screen is up and ready is true.
func goKiosk(t *testing.T, ctx context.Context, url, ready string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(window.goappNav(%q), true)`, url))
	pred := fmt.Sprintf(`location.pathname + location.search === %q`, url)
	if ready != "" {
		pred += " && (" + ready + ")"
	}
	waitJS(t, ctx, pred)
	// One more frame, so the render after the navigation has landed.
	frame(t, ctx)
}

// frame waits for the page to paint twice, so a render has landed.
func frame(t *testing.T, ctx context.Context) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("frame: %v", err)
	}
}

// firstPromotionID is the id of the promotion the kiosk lists first.
func firstPromotionID(t *testing.T, s *harness.Server) string {
	t.Helper()
	var list struct {
		Promotions []struct {
			ID string `json:"id"`
		} `json:"promotions"`
	}
	if code := s.API(t, "GET", "/api/v1/promotions", nil, &list); code != 200 || len(list.Promotions) == 0 {
		t.Fatalf("GET promotions = %d, %d promotions", code, len(list.Promotions))
	}
	return list.Promotions[0].ID
}
