package e2e

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storecast/e2e/harness"
)

// An editor creates a live coupon campaign in the console and watches its
// report count a claim; a cashier then redeems the coupon at the till:
// redeemed, then already redeemed, and an altered code is not valid.
func TestConsoleCouponCampaignAndRedeem(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{Args: []string{"--timezone", "Asia/Shanghai"}})
	addStaff(t, s, "ed", "editor-pass-1", "editor")
	addStaff(t, s, "cash", "cashier-pass-1", "cashier")
	console := kit.Tab(t, 390, 844)
	consoleSignIn(t, console, s.URL, "ed", "editor-pass-1")

	title := "E2E coupon " + strconv.FormatInt(time.Now().UnixNano(), 36)
	do(t, console, toView("/console/coupons"), chromedp.Click("#campaign-new"))
	waitJS(t, console, `document.querySelector("#campaign-title-en")`)
	do(t, console,
		chromedp.SendKeys("#campaign-title-en", title),
		chromedp.SendKeys("#campaign-offer-en", "10% off any fruit"))
	// A new campaign pauses each kiosk for 2 minutes between coupons; one
	// a day per kiosk until tomorrow cannot give 100, and the form says so.
	if got := eval[string](t, console, `document.querySelector("#campaign-window_minutes").value + " " + document.querySelector('input[name="campaign-window_unit"]:checked')?.value`); got != "2 minutes" {
		t.Errorf("a new campaign's kiosk limit period = %q; want 2 minutes", got)
	}
	if got := eval[string](t, console, `document.querySelector("#campaign-reach").textContent`); got != "" {
		t.Errorf("with no end the form warns %q; want nothing", got)
	}
	setValue(t, console, "#campaign-window_minutes", "1")
	do(t, console, chromedp.Click(`label[for="campaign-window_unit-days"]`))
	// The form reads dates on the store's clock (the server's default zone).
	tomorrow := time.Now().In(time.FixedZone("CST", 8*3600)).Add(26 * time.Hour).Format("2006-01-02T15:04")
	setValue(t, console, "#campaign-valid_to", tomorrow)
	waitJS(t, console, `document.querySelector("#campaign-reach").textContent.startsWith("One kiosk can give at most 2 coupons")`)
	setValue(t, console, "#campaign-window_minutes", "2")
	do(t, console, chromedp.Click(`label[for="campaign-window_unit-minutes"]`))
	setValue(t, console, "#campaign-valid_to", "")
	waitJS(t, console, `document.querySelector("#campaign-reach").textContent === ""`)

	setValue(t, console, "#campaign-quantity", "5")
	do(t, console, chromedp.Click(`label[for="campaign-status-live"]`), chromedp.Click(`#campaign button[type="submit"]`))
	card := fmt.Sprintf(`[...document.querySelectorAll(".cs-campaign-card")].find(c => c.querySelector(".cs-card-title")?.textContent === %q)`, title)
	waitJS(t, console, card+`?.querySelector(".cs-campaign-report")?.textContent.startsWith("Claimed 0 of 5")`)

	var list struct {
		Campaigns []struct {
			ID     string            `json:"id"`
			Title  map[string]string `json:"title"`
			Status string            `json:"status"`
		} `json:"campaigns"`
	}
	s.API(t, http.MethodGet, "/api/v1/campaigns", nil, &list)
	var id string
	for _, c := range list.Campaigns {
		if c.Title["en"] == title && c.Status == "live" {
			id = c.ID
		}
	}
	if id == "" {
		t.Fatalf("no live campaign %q in %+v", title, list.Campaigns)
	}
	var claim struct {
		Coupon struct {
			Code string `json:"code"`
		} `json:"coupon"`
	}
	if code := s.APIAs(t, "", http.MethodPost, "/api/v1/kiosk/claims", map[string]string{"campaign": id, "install": "e2e-install-0123456789"}, &claim); code != http.StatusCreated || claim.Coupon.Code == "" {
		t.Fatalf("claim = %d %+v; want 201 with a code", code, claim)
	}
	// The open list refreshes its report by itself.
	waitJS(t, console, card+`?.querySelector(".cs-campaign-report")?.textContent.startsWith("Claimed 1 of 5")`)

	// The cashier's home is the till.
	do(t, console, toView("/console/account"), chromedp.Click("#cs-signout"))
	consoleSignIn(t, console, "", "cash", "cashier-pass-1")
	links := eval[[]string](t, console, `[...document.querySelectorAll(".cs-nav a")].map(a => a.getAttribute("href"))`)
	if strings.Join(links, " ") != "/console/redeem /console/points /console/account" {
		t.Errorf("cashier's menu = %v; want redeem, points and account", links)
	}
	do(t, console, toView("/console/redeem"))
	waitJS(t, console, `document.querySelector("#redeem-code")`)

	redeem := func(code, outcome, says string) {
		t.Helper()
		waitJS(t, console, `document.activeElement?.id === "redeem-code" && document.activeElement.value === ""`)
		do(t, console, chromedp.SendKeys("#redeem-code", code+kb.Enter))
		out := fmt.Sprintf(`document.querySelector('[role="alert"] .cs-redeem-out[data-outcome=%q]')`, outcome)
		waitJS(t, console, fmt.Sprintf(`(%s)?.textContent.includes(%q)`, out, says))
		waitJS(t, console, `document.activeElement?.id === "redeem-code" && document.activeElement.value === ""`)
	}
	code := claim.Coupon.Code
	redeem(strings.ToLower(strings.ReplaceAll(code, "-", "")), "redeemed", "Redeemed: give the offer")
	if got := eval[string](t, console, `document.querySelector(".cs-redeem-out").textContent`); !strings.Contains(got, "10% off any fruit") {
		t.Errorf("redeemed answer = %q; want the offer", got)
	}
	waitJS(t, console, fmt.Sprintf(`[...document.querySelectorAll(".cs-redeem-row")].some(r => r.textContent.includes(%q))`, code))
	redeem(s.URL+"/c/"+code, "already_redeemed", "by cash")
	altered := []byte(code)
	last := len(altered) - 1
	if altered[last] == 'Z' {
		altered[last] = 'Y'
	} else {
		altered[last] = 'Z'
	}
	redeem(string(altered), "invalid", "Not a valid code")
}
