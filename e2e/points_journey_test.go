package e2e

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storecast/e2e/harness"
)

// TestPointsJourney is a member's whole way through the points
// programme, every step in the browser its user would have: the shopper
// joins on their phone, the cashier earns for a receipt at the console's
// till by the phone's member code, the kiosk (without a scanner) links
// the phone by the QR code it shows, the shopper exchanges points for a
// coupon there, and the cashier redeems that coupon at the coupon till.
func TestPointsJourney(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	pointsItemFor(t, s, kioskCampaign(t, s, "Free coffee", "", 10, 5), 150)
	addStaff(t, s, "cash", "cashier-pass-1", "cashier")

	// The phone joins at /m and shows its member code.
	phone := kit.Tab(t, 390, 844)
	do(t, phone, chromedp.Navigate(s.URL+"/m?lang=en"))
	waitJS(t, phone, `!document.querySelector(".sc-member-join").hidden`)
	tap(t, phone, ".sc-member-join-button")
	waitJS(t, phone, `/^PT/.test(document.querySelector(".sc-member-code").textContent.trim())`)
	code := strings.TrimSpace(eval[string](t, phone, `document.querySelector(".sc-member-code").textContent`))

	// The till: the cashier types (or scans) what the phone shows.
	till := kit.Tab(t, 1280, 800)
	consoleSignIn(t, till, s.URL, "cash", "cashier-pass-1")
	do(t, till, toView("/console/points"))
	waitJS(t, till, `document.activeElement?.id === "pt-earn-member_code"`)
	do(t, till, chromedp.SendKeys("#pt-earn-member_code", code+kb.Enter))
	waitJS(t, till, `document.activeElement?.id === "pt-earn-receipt_id"`)
	do(t, till, chromedp.SendKeys("#pt-earn-receipt_id", "J-1"), chromedp.SendKeys("#pt-earn-amount_fen", "200"+kb.Enter))
	waitJS(t, till, `(o => o && o.textContent.includes("Added 200 points"))(document.querySelector('[role="alert"] .cs-redeem-out[data-outcome="earned"]'))`)

	// The kiosk shows its link QR; the phone opens it and confirms.
	kiosk := kit.Tab(t, 1080, 1920)
	setViewport(t, kiosk, 1080, 1920, 1)
	open(t, kiosk, s.URL+"/kiosk/menu?lang=en")
	eval[bool](t, kiosk, `window.scNoReload = true`)
	click(t, kiosk, `.sc-menu a[href="/kiosk/points?lang=en"]`)
	waitJS(t, kiosk, qrReady)
	link, err := url.Parse(eval[string](t, kiosk, `document.querySelector("#sc-points-qr").dataset.link`))
	if err != nil || !strings.HasPrefix(link.Path, "/m/link/") {
		t.Fatalf("the kiosk's QR code links to %v (%v); want /m/link/{id}", link, err)
	}
	do(t, phone, chromedp.Navigate(s.URL+link.Path+"?lang=en"))
	waitJS(t, phone, `!document.querySelector(".sc-link-confirm").hidden`)
	tap(t, phone, ".sc-link-button")
	waitJS(t, kiosk, `(b => b && b.innerText === "You have 200 points")(document.querySelector("#sc-points-balance"))`)

	// The exchange, after "yes": the coupon on the kiosk's screen.
	click(t, kiosk, ".sc-points-choose")
	waitJS(t, kiosk, `document.querySelector("#sc-points-yes")`)
	click(t, kiosk, "#sc-points-yes")
	waitJS(t, kiosk, `location.pathname === "/kiosk/coupon" && !!document.querySelector(".sc-kc-code")`)
	coupon := eval[string](t, kiosk, `document.querySelector(".sc-kc-code").textContent`)
	if !codeRE.MatchString(coupon) {
		t.Fatalf("the kiosk's coupon code is %q; want SC-XXXX-XXXX-XXXX", coupon)
	}
	if vs := runAxe(t, kiosk, false, ""); len(vs) > 0 {
		t.Errorf("axe on the points coupon: %s", describe(vs))
	}

	// The coupon till redeems it once.
	do(t, till, toView("/console/redeem"))
	waitJS(t, till, `!!document.querySelector("#redeem-code")`)
	redeem := func(outcome, says string) {
		t.Helper()
		do(t, till, chromedp.Focus("#redeem-code"))
		waitJS(t, till, `document.activeElement?.id === "redeem-code" && document.activeElement.value === ""`)
		do(t, till, chromedp.SendKeys("#redeem-code", coupon+kb.Enter))
		waitJS(t, till, fmt.Sprintf(`(o => o && o.textContent.includes(%q))(document.querySelector('[role="alert"] .cs-redeem-out[data-outcome=%q]'))`, says, outcome))
	}
	redeem("redeemed", "Free coffee")
	redeem("already_redeemed", "by cash")

	// The member's phone lists both entries: the earn and the spend.
	do(t, phone, chromedp.Navigate(s.URL+"/m?lang=en"))
	waitJS(t, phone, `/^PT/.test(document.querySelector(".sc-member-code").textContent.trim())`)
	tap(t, phone, ".sc-member-entries-button")
	waitJS(t, phone, `(l => !l.hidden && l.children.length === 2)(document.querySelector(".sc-member-entries"))`)
	if got := eval[string](t, phone, `document.querySelector(".sc-member-entries").textContent`); !strings.Contains(got, "+200") || !strings.Contains(got, "-150") {
		t.Errorf("the phone's history says %q; want +200 and -150", got)
	}
}
