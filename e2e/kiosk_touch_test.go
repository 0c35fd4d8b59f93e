package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// inputCounter counts, from before the kiosk starts, the key events and
// the pointer events the page receives: a touch-only walk must have the
// one and none of the other.
const inputCounter = `(() => {
	window.scInput = {key: 0, touch: 0, mouse: 0};
	for (const type of ["keydown", "keyup", "keypress"]) addEventListener(type, () => scInput.key++, true);
	addEventListener("pointerdown", e => scInput[e.pointerType === "touch" ? "touch" : "mouse"]++, true);
})()`

// TestKioskTouchOnly does what a shopper at a kiosk with neither a
// keyboard nor a scanner does, with the screen's touch alone: a price
// check on the kiosk's own keypad (pinyin initials, a barcode's digits,
// a category's pictures), a coupon, and a call for staff. The keypad is
// tapped with touch events, the rest clicked with the mouse; no key event
// reaches the page.
func TestKioskTouchOnly(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	kioskCampaign(t, s, "10% off fruit", firstPromotionID(t, s), 1000, 100)
	tab := kit.Tab(t, 1080, 1920)
	setViewport(t, tab, 1080, 1920, 1)
	err := chromedp.Do(tab, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 1})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	beforeLoad(t, tab, inputCounter)
	open(t, tab, s.URL+"/kiosk")
	eval[bool](t, tab, `window.scNoReload = true`)

	// A touch starts; the price check is one tap from the menu.
	waitJS(t, tab, `document.querySelector(".sc-attract-slide .sc-promo-title")`)
	tapXY(t, tab, 540, 900)
	waitJS(t, tab, `location.pathname === "/kiosk/menu"`)
	tap(t, tab, `.sc-menu a[href^="/kiosk/price"]`)
	waitJS(t, tab, `location.pathname === "/kiosk/price" && document.querySelector("#sc-key-c")`)

	// Pinyin initials: C M finds 新鲜草莓 as the keys are tapped.
	pressKey(t, tab, "c", "c")
	pressKey(t, tab, "m", "cm")
	waitJS(t, tab, `document.querySelector("#sc-q").value === "cm" && firstProduct() === "新鲜草莓 500克"`)
	if got := eval[string](t, tab, `document.querySelector(".sc-product-price").innerText`); got != "¥29.90" {
		t.Errorf("price shown %q; want ¥29.90", got)
	}
	// Delete twice, then the full pinyin.
	pressKey(t, tab, "delete", "c")
	pressKey(t, tab, "delete", "")
	waitJS(t, tab, `document.querySelector("#sc-q").value === "" && !document.querySelector(".sc-results")`)
	typeOn(t, tab, "niunai")
	waitJS(t, tab, `document.querySelector("#sc-q").value === "niunai" && firstProduct() === "有机牛奶 1升"`)

	// A barcode's digits: eight of them wait for more, thirteen find it.
	pressKey(t, tab, "clear", "")
	typeOn(t, tab, "69012300")
	waitJS(t, tab, `document.querySelector(".sc-keep-typing")`)
	typeOn(t, tab, "40078")
	waitJS(t, tab, `document.querySelector("#sc-q").value === "6901230040078" && firstProduct() === "有机牛奶 1升" && document.querySelectorAll(".sc-product").length === 1`)

	// A category's picture lists what it holds.
	tap(t, tab, "#sc-browse-dairy")
	waitJS(t, tab, `document.querySelector("#sc-q").value === "" && document.querySelector("#sc-results-title") && document.querySelector("#sc-results-title").innerText === "乳品冷藏的商品" && document.querySelectorAll(".sc-product").length === 5`)
	if eval[string](t, tab, `document.querySelector("#sc-browse-dairy").getAttribute("aria-pressed")`) != "true" {
		t.Error("the chosen category is not shown as chosen")
	}

	// A coupon: Home, Coupons, Get.
	tap(t, tab, ".sc-nav-home")
	waitJS(t, tab, `location.pathname === "/kiosk/menu" && document.querySelector('.sc-menu a[href^="/kiosk/coupons"]')`)
	tap(t, tab, `.sc-menu a[href^="/kiosk/coupons"]`)
	waitJS(t, tab, `document.querySelector(".sc-campaign .sc-coupon-get")`)
	tap(t, tab, ".sc-coupon-get")
	waitJS(t, tab, `location.pathname === "/kiosk/coupon" && (q => q && q.complete && q.naturalWidth > 0)(document.querySelector(".sc-kc-qr"))`)
	if code := eval[string](t, tab, `document.querySelector(".sc-kc-code").innerText`); !codeRE.MatchString(strings.TrimSpace(code)) {
		t.Errorf("coupon code %q", code)
	}

	// Call staff: Home, Help, Call.
	tap(t, tab, ".sc-nav-home")
	waitJS(t, tab, `location.pathname === "/kiosk/menu" && document.querySelector('.sc-menu a[href^="/kiosk/help"]')`)
	tap(t, tab, `.sc-menu a[href^="/kiosk/help"]`)
	waitJS(t, tab, `document.querySelector("#sc-call")`)
	tap(t, tab, "#sc-call")
	waitJS(t, tab, `document.querySelector(".sc-call-status").innerText === "店员马上就到，请在这里稍候。"`)
	var calls struct {
		Calls []struct{} `json:"calls"`
	}
	if code := s.API(t, "GET", "/api/v1/staff-calls", nil, &calls); code != 200 || len(calls.Calls) != 1 {
		t.Errorf("staff calls = %d, %d; want the one from this kiosk", code, len(calls.Calls))
	}

	var in struct{ Key, Touch, Mouse int }
	in.Key = eval[int](t, tab, `scInput.key`)
	in.Touch = eval[int](t, tab, `scInput.touch`)
	in.Mouse = eval[int](t, tab, `scInput.mouse`)
	if in.Key != 0 || in.Touch < 30 {
		t.Errorf("input events = %+v; want no key event and every tap a touch", in)
	}
	if !eval[bool](t, tab, `window.scNoReload === true`) {
		t.Error("the kiosk reloaded on the way")
	}
}

// pressKey taps a key of the kiosk's keypad and waits until the box shows
// want, as a shopper looks before the next key.
func pressKey(t *testing.T, ctx context.Context, key, want string) {
	t.Helper()
	tap(t, ctx, "#sc-key-"+key)
	waitJS(t, ctx, fmt.Sprintf(`document.querySelector("#sc-q").value === %q`, want))
}

// typeOn presses each key of keys on the keypad, after what is typed.
func typeOn(t *testing.T, ctx context.Context, keys string) {
	t.Helper()
	typed := eval[string](t, ctx, `document.querySelector("#sc-q").value`)
	for _, k := range keys {
		typed += string(k)
		pressKey(t, ctx, string(k), typed)
	}
}

// firstProductJS, defined in the page by tap: the first result's name.
const firstProductJS = `window.firstProduct = () => (e => e ? e.innerText : "")(document.querySelector(".sc-product-name"))`

// tap touches the middle of the first element matching selector, scrolled
// into view first, with a touch start and end as a finger makes.
func tap(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	eval[bool](t, ctx, firstProductJS+`, true`)
	waitJS(t, ctx, fmt.Sprintf(`document.querySelector(%q)`, selector))
	at := eval[[]float64](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%q);
		el.scrollIntoView({block: "center", behavior: "instant"});
		const r = el.getBoundingClientRect();
		return [r.left + r.width / 2, r.top + r.height / 2];
	})()`, selector))
	tapXY(t, ctx, at[0], at[1])
}

// tapXY touches the screen at x, y (CSS pixels) and lets go.
func tapXY(t *testing.T, ctx context.Context, x, y float64) {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{
			Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: x, Y: y}},
		}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{
			Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{},
		})
		return err
	}))
	if err != nil {
		t.Fatalf("tap at %.0f, %.0f: %v", x, y, err)
	}
}
