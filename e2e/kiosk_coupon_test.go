package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	_ "image/png"
	"io"
	"net/http"
	"net/http/cookiejar"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storecast/app/qr/qrtest"
	"storecast/e2e/harness"
)

// kioskCampaign creates a live coupon campaign with the admin token; promo
// (a promotion id, or "") is the offer it belongs to.
func kioskCampaign(t *testing.T, s *harness.Server, title, promo string, quantity, perDevice int) string {
	t.Helper()
	body := map[string]any{
		"title":    map[string]string{"en": title, "zh-Hans": title + "（简）", "zh-Hant": title + "（繁）"},
		"offer":    map[string]string{"en": "On any fruit, today", "zh-Hans": "任意水果，限今天", "zh-Hant": "任意水果，限今天"},
		"quantity": quantity, "per_device": perDevice, "window_minutes": 60, "coupon_minutes": 1440,
		"status": "live", "promotion": promo,
	}
	var c struct {
		ID string `json:"id"`
	}
	if code := s.API(t, "POST", "/api/v1/campaigns", body, &c); code != http.StatusCreated {
		t.Fatalf("POST campaign %q = %d", title, code)
	}
	return c.ID
}

// getCoupon presses the first "Get coupon" and waits for the coupon's QR
// code to have loaded.
func getCoupon(t *testing.T, ctx context.Context) {
	t.Helper()
	click(t, ctx, ".sc-coupon-get")
	waitJS(t, ctx, `location.pathname === "/kiosk/coupon" &&
		(q => q && q.complete && q.naturalWidth > 0)(document.querySelector(".sc-kc-qr"))`)
	frame(t, ctx)
}

var codeRE = regexp.MustCompile(`^SC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$`)

// TestKioskCoupon gets a coupon on the kiosk by keyboard alone with voice
// on, reads the on-screen QR code back to the coupon's URL, opens it as the
// phone would, redeems it as a cashier and sees the phone say so. Then: the
// code is read again slowly on H; a second claim meets the per-device
// limit (shown, spoken, and not a dead end); a coupon that sells out
// leaves the list live; an offer's own "Get coupon", first with the server
// down ("Try again"), then up; and the idle reset leaves nothing of the
// coupon behind.
func TestKioskCoupon(t *testing.T) {
	t.Parallel()
	// A fixed port: the coupon's public URL (in its QR) is made from --addr.
	s := kit.Server(t, harness.Options{Addr: freeAddr(t)})
	promo := firstPromotionID(t, s)
	fruit := kioskCampaign(t, s, "10% off fruit", "", 10, 1)
	tab := kit.Tab(t, 1080, 1920)
	setViewport(t, tab, 1080, 1920, 1)
	beforeLoad(t, tab, speechRecorder)
	open(t, tab, s.URL+"/kiosk/menu?lang=en&m=voice")
	eval[bool](t, tab, `window.scNoReload = true`)

	// Keys alone: down to Coupons, Enter, down to "Get coupon", Enter.
	waitJS(t, tab, `document.activeElement && document.activeElement.id === "sc-title"`)
	keys(t, tab, kb.ArrowDown+kb.ArrowDown)
	waitJS(t, tab, `document.activeElement.getAttribute("href") === "/kiosk/coupons?lang=en&m=voice"`)
	m := mark(t, tab)
	keys(t, tab, kb.Enter)
	waitSpoken(t, tab, m, "when the coupons open", says("Coupons. 1 coupon to get. 1 choice: Get coupon: 10% off fruit."))
	m = mark(t, tab)
	keys(t, tab, kb.ArrowDown)
	waitSpoken(t, tab, m, "on Get coupon", says("Get coupon: 10% off fruit, On any fruit, today"))
	m = mark(t, tab)
	keys(t, tab, kb.Enter)
	waitJS(t, tab, `(q => q && q.complete && q.naturalWidth > 0)(document.querySelector(".sc-kc-qr"))`)

	// The coupon: offer, validity, the instruction, the code in groups.
	code := eval[string](t, tab, `document.querySelector(".sc-kc-code").textContent`)
	if !codeRE.MatchString(code) {
		t.Fatalf("code on screen = %q; want SC-XXXX-XXXX-XXXX", code)
	}
	if n := eval[int](t, tab, `document.querySelectorAll(".sc-kc-code .sc-code-group").length`); n != 4 {
		t.Errorf("code shown in %d groups; want 4", n)
	}
	card := eval[string](t, tab, `document.querySelector(".sc-kc-text").innerText.replace(/\s+/g, " ")`)
	for _, want := range []string{"10% off fruit", "On any fruit, today", "Valid until ", "Scan the QR code with your phone's camera"} {
		if !strings.Contains(card, want) {
			t.Errorf("coupon shows %q; want %q in it", card, want)
		}
	}
	spelled := "Coupon code: " + spell(code)
	got := waitSpoken(t, tab, m, "with the code", says(spelled))
	if got.Rate >= 1 || got.Voice != "English" {
		t.Errorf("code read at rate %v by %q; want slower than 1, in English", got.Rate, got.Voice)
	}
	waitSpoken(t, tab, m, "with the offer", startsWith("Your coupon. 10% off fruit. On any fruit, today. Valid until "))

	// The QR on screen: at least 300 px, with a text alternative, and it
	// decodes to the coupon's own page.
	qr := eval[string](t, tab, `document.querySelector(".sc-kc-qr").src`)
	if w := eval[float64](t, tab, `document.querySelector(".sc-kc-qr").getBoundingClientRect().width`); w < 300 {
		t.Errorf("QR shown at %.0f px; want at least 300", w)
	}
	if alt := eval[string](t, tab, `document.querySelector(".sc-kc-qr").alt`); !strings.Contains(alt, "scan it with your phone") {
		t.Errorf("QR alt = %q", alt)
	}
	url := decodeQR(t, qr)
	if url != s.URL+"/c/"+code {
		t.Fatalf("QR decodes to %q; want %s", url, s.URL+"/c/"+code)
	}

	// The phone opens it and sees the coupon, then "redeemed" once the
	// cashier has redeemed it, without a reload (the page asks every 10 s).
	phone := harness.NewTab(t, tab)
	setViewport(t, phone, 390, 844, 1)
	if err := chromedp.Do(phone, chromedp.Navigate(url+"?lang=en")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, phone, `(e => e && e.innerText.includes("Valid until"))(document.querySelector(".sc-coupon-status"))`)
	if got := eval[string](t, phone, `document.querySelector(".sc-coupon-code").textContent`); got != code {
		t.Errorf("phone shows code %q; want %q", got, code)
	}
	eval[bool](t, phone, `window.scNoReload = true`)
	redeem(t, tab, s, code)
	// The phone's page asks only while it is seen: back in front (the
	// till's tab opened over it), it asks at once.
	t.Logf("phone page: %s", eval[string](t, phone, `document.visibilityState`))
	if _, err := chromedp.Call(phone, page.BringToFront, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	waitJS(t, phone, `document.querySelector(".sc-coupon-status").innerText.startsWith("✓ Redeemed")`)
	if !eval[bool](t, phone, `window.scNoReload === true && !document.querySelector(".sc-coupon-qr")`) {
		t.Error("the phone reloaded to show the redemption, or still shows the QR code")
	}

	// H reads the coupon again, the code slowly; so does "read the code again".
	m = mark(t, tab)
	keys(t, tab, "h")
	waitSpoken(t, tab, m, "on H", func(s spoken) bool { return s.Text == spelled && s.Rate < 1 })
	m = mark(t, tab)
	click(t, tab, "#sc-coupon-repeat")
	waitSpoken(t, tab, m, `on "read the code again"`, func(s spoken) bool { return s.Text == spelled && s.Rate < 1 })

	// Back to the coupons; the same kiosk again: its share is taken.
	keys(t, tab, kb.Escape)
	waitJS(t, tab, `location.pathname === "/kiosk/coupons" && document.querySelector(".sc-coupon-get")`)
	m = mark(t, tab)
	click(t, tab, ".sc-coupon-get")
	limit := "This screen has already given out its share of this coupon. Please choose another coupon, or try again later."
	waitSpoken(t, tab, m, "with the limit", says("No coupon this time. "+limit+" 1 choice: Other coupons."))
	waitJS(t, tab, `document.querySelector("[role=alert].sc-error")`)
	if got := eval[string](t, tab, `document.querySelector("[role=alert].sc-error").innerText`); got != limit {
		t.Errorf("error shows %q; want %q", got, limit)
	}
	if vs := runAxe(t, tab, false, ""); len(vs) > 0 {
		t.Errorf("axe on the refusal: %s", describe(vs))
	}
	click(t, tab, ".sc-kc-actions a")
	waitJS(t, tab, `location.pathname === "/kiosk/coupons"`)

	// A coupon that runs out elsewhere leaves the list at once.
	last := kioskCampaign(t, s, "Last one", "", 1, 1)
	waitJS(t, tab, `document.querySelectorAll(".sc-campaign").length === 2`)
	var claimed map[string]any
	if code, err := s.CallAs(context.Background(), "", "POST", "/api/v1/kiosk/claims", map[string]string{"campaign": last, "install": "another-kiosk-0123456789"}, &claimed); err != nil || code != http.StatusCreated {
		t.Fatalf("claim from another kiosk = %d, %v", code, err)
	}
	waitJS(t, tab, `document.querySelectorAll(".sc-campaign").length === 1`)

	// An offer with a coupon of its own: "Get coupon" on its page. With
	// the server down the kiosk says so and offers "Try again", which
	// works once the server is back. Back goes back to the offer.
	kioskCampaign(t, s, "Berry bonus", promo, 10, 1)
	goKiosk(t, tab, "/kiosk/offer?lang=en&m=voice&cat=all&id="+promo, `document.querySelector(".sc-offer-actions .sc-coupon-get")`)
	stop(t, s)
	m = mark(t, tab)
	click(t, tab, ".sc-coupon-get")
	offline := "This screen cannot reach the store's system right now. Please try again, or ask our staff."
	waitSpoken(t, tab, m, "when offline", says("No coupon this time. "+offline+" 2 choices: Try again, Other coupons."))
	waitJS(t, tab, `document.querySelector("[role=alert].sc-error") && document.querySelector("#sc-coupon-retry")`)
	kit.Server(t, harness.Options{DataDir: s.DataDir, Addr: s.Addr})
	click(t, tab, "#sc-coupon-retry")
	waitJS(t, tab, `(q => q && q.complete && q.naturalWidth > 0)(document.querySelector(".sc-kc-qr"))`)
	if back := eval[string](t, tab, `document.querySelector(".sc-nav-back").getAttribute("href")`); back != "/kiosk/offer?lang=en&m=voice&cat=all&id="+promo {
		t.Errorf("Back from the offer's coupon goes to %s", back)
	}
	second := eval[string](t, tab, `document.querySelector(".sc-kc-code").textContent`)

	// The idle reset: no coupon on screen, none in storage, and the
	// coupon screen shows none when opened again.
	eval[bool](t, tab, `(window.scKioskClockRate = 1000, true)`)
	// The attract loop on screen, not only in the URL: the URL changes
	// before the screen does.
	waitJS(t, tab, `location.pathname === "/kiosk" && document.querySelector(".sc-attract-slide") !== null`)
	eval[bool](t, tab, `(window.scKioskClockRate = 1, true)`)
	frame(t, tab)
	if strings.Contains(eval[string](t, tab, `document.documentElement.outerHTML`), second) {
		t.Error("the coupon's code is still in the page after the reset")
	}
	store := eval[string](t, tab, `JSON.stringify(Object.entries(localStorage).filter(([k]) => k !== "storecast.feed"))`)
	if strings.Contains(store, second) || strings.Contains(store, strings.ReplaceAll(second, "-", "")) {
		t.Errorf("localStorage holds the coupon after the reset: %s", store)
	}
	keysLeft := eval[string](t, tab, `Object.keys(localStorage).sort().join(",")`)
	if !strings.Contains(keysLeft, "storecast.install") {
		t.Errorf("the reset dropped the kiosk's install id (left: %s); the per-device limit would not hold", keysLeft)
	}
	goKiosk(t, tab, "/kiosk/coupon?lang=en&id="+fruit, `document.querySelector(".sc-empty")`)
	if eval[bool](t, tab, `!!document.querySelector(".sc-kc-qr")`) {
		t.Error("the coupon screen shows a coupon after the reset")
	}
	if !eval[bool](t, tab, `window.scNoReload === true`) {
		t.Error("the kiosk reloaded while getting a coupon")
	}
}

// spell is a code as the kiosk reads it: each character, groups apart.
func spell(code string) string {
	groups := strings.Split(code, "-")
	for i, g := range groups {
		groups[i] = strings.Join(strings.Split(g, ""), " ")
	}
	return strings.Join(groups, ", ")
}

// decodeQR fetches a QR code PNG and reads it with a real decoder.
func decodeQR(t *testing.T, url string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "image/png" {
		t.Fatalf("GET %s = %d %s", url, res.StatusCode, res.Header.Get("Content-Type"))
	}
	return readQR(t, b)
}

// readQR reads a QR code PNG with a real decoder.
func readQR(t *testing.T, png []byte) string {
	t.Helper()
	img, _, err := image.Decode(bytes.NewReader(png))
	if err != nil {
		t.Fatalf("QR image: %v", err)
	}
	text, err := qrtest.ReadImage(img)
	if err != nil {
		t.Fatalf("decode QR: %v", err)
	}
	return text
}

// redeem redeems code as a cashier at the till: the console's redeem view
// when this console has one (the code typed as a USB scanner types it,
// Enter to submit), otherwise the API that view calls, signed in with a
// password (session cookie and CSRF token).
func redeem(t *testing.T, tab context.Context, s *harness.Server, code string) {
	t.Helper()
	addStaff(t, s, "till1", "cashier-pass-1", "cashier")
	till := harness.NewTab(t, tab)
	setViewport(t, till, 1280, 800, 1)
	consoleSignIn(t, till, s.URL, "till1", "cashier-pass-1")
	if eval[bool](t, till, `!!document.querySelector('.cs-nav a[href="/console/redeem"]')`) {
		do(t, till, toView("/console/redeem"))
		// The view as a cashier finds it ready, its list loaded: typing
		// sooner can land in a view still being drawn.
		waitJS(t, till, `!!document.querySelector(".cs-redeem .cs-empty, .cs-redeem .cs-redeem-row")`)
		do(t, till, chromedp.SendKeys("#redeem-code", code+"\r"))
		waitJS(t, till, `document.querySelector(".cs-redeem-out[data-outcome=redeemed]")`)
		t.Log("redeemed in the console's redeem view")
		return
	}
	t.Log("the console has no redeem view: redeemed through POST /api/v1/redemptions as the cashier")
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	post := func(path, csrf string, body any, out any) int {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest("POST", s.URL+path, bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		if csrf != "" {
			req.Header.Set("X-CSRF-Token", csrf)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		if err := json.NewDecoder(res.Body).Decode(out); err != nil {
			t.Fatalf("POST %s: %v", path, err)
		}
		return res.StatusCode
	}
	var me struct {
		CSRF string `json:"csrf"`
	}
	if c := post("/api/v1/auth/login", "", map[string]string{"username": "till1", "password": "cashier-pass-1"}, &me); c != 200 || me.CSRF == "" {
		t.Fatalf("cashier sign-in = %d", c)
	}
	var out struct {
		Outcome string `json:"outcome"`
	}
	if c := post("/api/v1/redemptions", me.CSRF, map[string]string{"code": code}, &out); c != 200 || out.Outcome != "redeemed" {
		t.Fatalf("redeem = %d %q; want redeemed", c, out.Outcome)
	}
}
