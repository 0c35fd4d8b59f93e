package e2e

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/app/i18n"
	"storecast/e2e/harness"
)

// TestPhoneCouponPage opens a coupon on a phone-sized tab in each
// language: the server's page with no wasm, its text large, the code
// spelled out for screen readers, no axe violation (AAA contrast too);
// then the cashier redeems it and the page says so by itself, without a
// reload; then, with the server gone, the phone's worker still shows it.
func TestPhoneCouponPage(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	id := kioskCampaign(t, s, "10% off fruit", "", 10, 3)
	var claimed struct {
		Coupon struct {
			Code string `json:"code"`
		} `json:"coupon"`
	}
	if st := s.APIAs(t, "", http.MethodPost, "/api/v1/kiosk/claims", map[string]string{"campaign": id, "install": "phone-e2e-install-0001"}, &claimed); st != http.StatusCreated {
		t.Fatalf("claim = %d; want 201", st)
	}
	code := claimed.Coupon.Code
	tab := kit.Tab(t, 390, 844)
	errs := watchErrors(t, tab)

	for _, lang := range []string{"zh-Hans", "zh-Hant", "en"} {
		t.Run(lang, func(t *testing.T) {
			open(t, tab, s.URL+"/c/"+code+"?lang="+lang)
			waitJS(t, tab, `document.documentElement.dataset.live === "1" &&
				(q => q && q.getBoundingClientRect().width >= 200)(document.querySelector("svg.sc-coupon-qr"))`)
			got := eval[[]string](t, tab, `[document.documentElement.lang, document.querySelector("h1").textContent,
				document.querySelector(".sc-coupon-status").textContent, document.querySelector(".sc-coupon-code").textContent,
				document.querySelector(".sc-visually-hidden").textContent]`)
			spoken := i18n.T(lang, i18n.CouponCodeSay, "Code", spelledOut(code))
			want := []string{lang, map[string]string{"en": "10% off fruit", "zh-Hans": "10% off fruit（简）", "zh-Hant": "10% off fruit（繁）"}[lang],
				"● ", code, spoken}
			for i := range want {
				if i == 2 && strings.HasPrefix(got[i], want[i]) || i != 2 && got[i] == want[i] {
					continue
				}
				t.Errorf("[lang, h1, status, code, spoken code][%d] = %q; want %q", i, got[i], want[i])
			}
			if wasm := eval[bool](t, tab, `performance.getEntriesByType("resource").some(e => /\.wasm|app\.js/.test(e.name))`); wasm {
				t.Error("the coupon page loaded a wasm program")
			}
			if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
				t.Errorf("axe: %d violations:%s", len(vs), describe(vs))
			}
			checkPhoneSizes(t, tab)
		})
	}

	// The cashier redeems it: the page asks while it is seen, and shows
	// it in place (the status is a live region that was there all along).
	eval[bool](t, tab, `window.scNoReload = true`)
	if st := s.API(t, http.MethodPost, "/api/v1/redemptions", map[string]string{"code": code}, nil); st != http.StatusOK && st != http.StatusCreated {
		t.Fatalf("redeem = %d", st)
	}
	waitJS(t, tab, `document.querySelector(".sc-coupon-status").textContent.startsWith("✓ Redeemed")`)
	if !eval[bool](t, tab, `window.scNoReload === true && !document.querySelector(".sc-coupon-qr") &&
		document.querySelector("main").dataset.status === "redeemed"`) {
		t.Error("the page reloaded to show the redemption, or still shows the QR code")
	}
	if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
		t.Errorf("axe, redeemed: %d violations:%s", len(vs), describe(vs))
	}

	// Offline: the worker the page installed answers with the last copy.
	waitJS(t, tab, `navigator.serviceWorker.controller !== null || (navigator.serviceWorker.ready.then(r => window.scWorker = !!r.active), window.scWorker === true)`)
	open(t, tab, s.URL+"/c/"+code+"?lang=en")
	waitJS(t, tab, `navigator.serviceWorker.controller !== null`)
	stop(t, s)
	if err := chromedp.Do(tab, chromedp.Reload()); err != nil {
		t.Fatalf("reload with the server down: %v", err)
	}
	waitJS(t, tab, `document.querySelector(".sc-coupon-status") !== null`)
	if got := eval[string](t, tab, `document.querySelector(".sc-coupon-status").textContent`); !strings.HasPrefix(got, "✓ Redeemed") {
		t.Errorf("offline, the page says %q; want the last state it saw, redeemed", got)
	}
	if got := eval[string](t, tab, `getComputedStyle(document.querySelector(".sc-coupon-code")).fontFamily`); !strings.Contains(got, "mono") {
		t.Errorf("offline, the style sheet is missing (code in %q)", got)
	}
	if e := errs(); len(e) > 0 {
		t.Errorf("the browser reported: %q", e)
	}
}

// spelledOut is what server/phone reads a code as: characters apart,
// groups apart.
func spelledOut(code string) string {
	groups := strings.Split(code, "-")
	for i, g := range groups {
		groups[i] = strings.Join(strings.Split(g, ""), " ")
	}
	return strings.Join(groups, ", ")
}

// checkPhoneSizes: text a shopper reads at arm's length (18 px or more),
// the code larger still, and nothing wider than the phone.
func checkPhoneSizes(t *testing.T, tab context.Context) {
	t.Helper()
	got := eval[[]float64](t, tab, `(() => {
		let min = 1e9;
		for (const el of document.querySelectorAll("main *")) {
			const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== "");
			if (own && el.getClientRects().length > 0 && !el.classList.contains("sc-visually-hidden")) {
				min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
			}
		}
		const code = parseFloat(getComputedStyle(document.querySelector(".sc-coupon-code")).fontSize);
		return [min, code, document.documentElement.scrollWidth - innerWidth];
	})()`)
	if got[0] < 18 || got[1] < 26 || got[2] > 0 {
		t.Errorf("smallest text %.1f px (want ≥ 18), code %.1f px (want ≥ 26), wider than the phone by %.0f px (want 0)", got[0], got[1], got[2])
	}
}
