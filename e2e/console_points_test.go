package e2e

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storecast/app/rest"
	"storecast/e2e/harness"
)

// TestConsolePoints: an editor sets an earning rule and a catalogue item
// (and changes and removes it) in the console's Points area; a cashier earns for one receipt twice (it
// earns once, and the second answer says it was already recorded), looks
// the member up by code and deletes the membership after confirming.
// axe-core finds nothing on any of the new screens, on a phone and a
// laptop.
func TestConsolePoints(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{Args: []string{"--timezone", "Asia/Shanghai"}})
	addStaff(t, s, "ed", "editor-pass-1", "editor")
	addStaff(t, s, "cash", "cashier-pass-1", "cashier")
	campaign := kioskCampaign(t, s, "Free coffee", "", 10, 5)
	tab := kit.Tab(t, 1280, 800)
	consoleSignIn(t, tab, s.URL, "ed", "editor-pass-1")

	// The editor's Points opens on the rules; no till.
	do(t, tab, toView("/console/points"))
	waitJS(t, tab, `document.querySelector("#rules-points_per_yuan")?.value === "1"`)
	if tabs := eval[[]string](t, tab, `[...document.querySelectorAll(".cs-points [aria-pressed]")].map(b => b.id)`); fmt.Sprint(tabs) != "[pt-tab-rules pt-tab-catalogue pt-tab-members]" {
		t.Errorf("the editor's points tabs = %v; want rules, catalogue and members", tabs)
	}
	setValue(t, tab, "#rules-points_per_yuan", "2")
	do(t, tab, chromedp.Click("#rules-add-category"))
	waitJS(t, tab, `document.activeElement?.id === "rules-categories-0-id"`)
	setValue(t, tab, "#rules-categories-0-id", "Fresh food")
	do(t, tab, chromedp.Click(`#rules button[type="submit"]`))
	waitJS(t, tab, `document.activeElement?.id === "rules-categories-0-id" && document.querySelector("#rules-categories-0-id-err")`)
	checkPointsView(t, tab, "points rules with a problem")
	setValue(t, tab, "#rules-categories-0-id", "fresh")
	// A campaign running since yesterday, till tomorrow, on the store's clock.
	do(t, tab, chromedp.Click("#rules-add-campaign"))
	waitJS(t, tab, `document.activeElement?.id === "rules-campaigns-0-id"`)
	cst := time.FixedZone("CST", 8*3600)
	setValue(t, tab, "#rules-campaigns-0-id", "spring")
	setValue(t, tab, "#rules-campaigns-0-percent", "150")
	setValue(t, tab, "#rules-campaigns-0-from", time.Now().In(cst).Add(-24*time.Hour).Format("2006-01-02T15:04"))
	setValue(t, tab, "#rules-campaigns-0-to", time.Now().In(cst).Add(24*time.Hour).Format("2006-01-02T15:04"))
	do(t, tab, chromedp.Click(`#rules button[type="submit"]`))
	waitJS(t, tab, `document.querySelector(".cs-pt-rules .cs-note")?.textContent.startsWith("Earning rules saved")`)
	var rules rest.PointsRules
	s.API(t, http.MethodGet, "/api/v1/points/rules", nil, &rules)
	if rules.PointsPerYuan != 2 || rules.Categories["fresh"] != 200 || len(rules.Campaigns) != 1 || rules.Campaigns[0].Percent != 150 {
		t.Errorf("rules = %+v; want 2 a yuan, fresh at 200%% and spring at 150%%", rules)
	}
	checkPointsView(t, tab, "points rules")
	pointsShot(t, tab, "points-rules")

	// A catalogue item: the campaign and its price in points.
	do(t, tab, chromedp.Click("#pt-tab-catalogue"))
	waitJS(t, tab, `document.querySelector(".cs-pt-catalogue .cs-empty")`)
	do(t, tab, chromedp.Click("#pt-item-new"))
	waitJS(t, tab, fmt.Sprintf(`!!document.querySelector('#pt-item-campaign option[value=%q]')`, campaign))
	setValue(t, tab, "#pt-item-price", "0")
	do(t, tab, chromedp.Click(`#pt-item button[type="submit"]`))
	waitJS(t, tab, `document.querySelector("#pt-item-campaign-err") && document.querySelector("#pt-item-price-err")`)
	checkPointsView(t, tab, "points item editor")
	eval[bool](t, tab, fmt.Sprintf(`(e => { e.value = %q; e.dispatchEvent(new Event("change", {bubbles: true})); return true })(document.querySelector("#pt-item-campaign"))`, campaign))
	setValue(t, tab, "#pt-item-price", "150")
	do(t, tab, chromedp.Click(`#pt-item button[type="submit"]`))
	waitJS(t, tab, `[...document.querySelectorAll(".cs-pt-item")].some(c => c.textContent.includes("Free coffee") && c.textContent.includes("150 points"))`)
	checkPointsView(t, tab, "points catalogue")
	pointsShot(t, tab, "points-catalogue")
	// Changed, then taken off after a confirmation, then added again for
	// the kiosk.
	do(t, tab, chromedp.Click(".cs-pt-item .cs-btn"))
	waitJS(t, tab, `document.querySelector("#pt-item-price")?.value === "150"`)
	setValue(t, tab, "#pt-item-price", "120")
	do(t, tab, chromedp.Click(`#pt-item button[type="submit"]`))
	waitJS(t, tab, `document.querySelector(".cs-pt-item .cs-pt-price")?.textContent === "120 points"`)
	do(t, tab, chromedp.Click(".cs-pt-item .cs-btn-danger"))
	waitJS(t, tab, `document.querySelector(".cs-pt-item .cs-confirm")`)
	checkPointsView(t, tab, "points catalogue delete")
	do(t, tab, chromedp.Click(".cs-pt-item .cs-confirm .cs-btn-danger"))
	waitJS(t, tab, `!document.querySelector(".cs-pt-item") && document.querySelector(".cs-pt-catalogue .cs-empty")`)
	var items rest.PointsItems
	s.API(t, http.MethodGet, "/api/v1/points/items", nil, &items)
	if len(items.Items) != 0 {
		t.Errorf("items after the delete = %+v; want none", items.Items)
	}

	// The cashier's till: Points sits next to Redeem.
	var m rest.PointsMember
	if code := s.API(t, http.MethodPost, "/api/v1/points/members", map[string]any{"consent_version": 1, "consent_locale": "en"}, &m); code != http.StatusCreated {
		t.Fatalf("join = %d", code)
	}
	do(t, tab, toView("/console/account"), chromedp.Click("#cs-signout"))
	consoleSignIn(t, tab, "", "cash", "cashier-pass-1")
	do(t, tab, toView("/console/points"))
	waitJS(t, tab, `document.activeElement?.id === "pt-earn-member_code"`)
	if href := eval[string](t, tab, `document.querySelector("#pt-to-redeem").getAttribute("href")`); href != "/console/redeem" {
		t.Errorf("the till's coupon link goes to %q; want the coupon till", href)
	}
	checkPointsView(t, tab, "points till")

	earn := func(receipt, amount, outcome, says string) {
		t.Helper()
		// A scanner types the code and Enter: focus goes on to the receipt.
		do(t, tab, chromedp.SendKeys("#pt-earn-member_code", memberCode(t, s, m)+kb.Enter))
		waitJS(t, tab, `document.activeElement?.id === "pt-earn-receipt_id"`)
		do(t, tab, chromedp.SendKeys("#pt-earn-receipt_id", receipt), chromedp.SendKeys("#pt-earn-amount_fen", amount+kb.Enter))
		out := fmt.Sprintf(`document.querySelector('[role="alert"] .cs-redeem-out[data-outcome=%q]')`, outcome)
		waitJS(t, tab, fmt.Sprintf(`(%s)?.textContent.includes(%q)`, out, says))
		waitJS(t, tab, `document.activeElement?.id === "pt-earn-member_code" && document.activeElement.value === ""`)
	}
	waitJS(t, tab, `!!document.querySelector("#pt-earn-campaign-spring")`)
	earn("R-100", "123.45", "earned", "Added 246 points")
	earn("R-100", "123.45", "replayed", "Already recorded")
	if got := eval[string](t, tab, `document.querySelector(".cs-redeem-out").textContent`); !strings.Contains(got, "Balance: 246 points") {
		t.Errorf("the repeated receipt's answer = %q; want the balance unchanged", got)
	}
	checkPointsView(t, tab, "points till answered")
	pointsShot(t, tab, "points-till")
	// The running campaign, chosen at the till: 10 yuan × 2 × 150%.
	do(t, tab, chromedp.Click(`label[for="pt-earn-campaign-spring"]`))
	earn("R-101", "10", "earned", "Added 30 points")

	// The member, by code: the balance and the history; then the history
	// a page at a time, as the API pages it (50), the console's receipt
	// among the entries once.
	do(t, tab, chromedp.Click("#pt-tab-members"))
	waitJS(t, tab, `document.activeElement?.id === "pt-member-member_code"`)
	lookUp := func(balance string) {
		t.Helper()
		do(t, tab, chromedp.SendKeys("#pt-member-member_code", memberCode(t, s, m)+kb.Enter))
		waitJS(t, tab, fmt.Sprintf(`document.activeElement?.id === "pt-member-balance" && document.activeElement.textContent === %q`, "Balance: "+balance+" points"))
	}
	lookUp("276")
	if n := eval[int](t, tab, `document.querySelectorAll(".cs-pt-entry").length`); n != 2 {
		t.Errorf("%d entries shown; want 2: R-100 earned once, R-101 once", n)
	}
	checkPointsView(t, tab, "points member")
	pointsShot(t, tab, "points-member")
	code := memberCode(t, s, m)
	for i := range 50 {
		earn := map[string]any{"member_code": code, "receipt_id": fmt.Sprintf("API-%d", i), "amount_fen": 100}
		if got := s.API(t, http.MethodPost, "/api/v1/points/earns", earn, nil); got != http.StatusCreated {
			t.Fatalf("earn %d by the API = %d", i, got)
		}
	}
	lookUp("376")
	if n := eval[int](t, tab, `document.querySelectorAll(".cs-pt-entry").length`); n != 50 {
		t.Errorf("%d entries on the first page; want 50", n)
	}
	do(t, tab, chromedp.Click("#pt-entries-more"))
	waitJS(t, tab, `document.activeElement?.id === "pt-entry-50" && document.querySelectorAll(".cs-pt-entry").length === 52 && !document.querySelector("#pt-entries-more")`)
	if got := eval[[]string](t, tab, `[...document.querySelectorAll(".cs-pt-entry")].filter(r => r.textContent.includes("R-100")).map(r => r.textContent)`); len(got) != 1 {
		t.Errorf("the console's receipt shows in %d entries %v; want 1: it earned once", len(got), got)
	}
	do(t, tab, chromedp.Click("#pt-member-delete"))
	waitJS(t, tab, `document.activeElement?.id === "pt-member-delete-ask"`)
	checkPointsView(t, tab, "points member delete")
	do(t, tab, chromedp.Click("#pt-member-delete-ask .cs-btn-danger"))
	waitJS(t, tab, `document.querySelector(".cs-pt-member .cs-note")?.textContent === "Membership deleted."`)
	if code := s.APIAs(t, "", http.MethodPost, "/api/v1/points/card/code", map[string]string{"card": m.Card}, nil); code != http.StatusNotFound {
		t.Errorf("the deleted member's card = %d; want 404", code)
	}
}

// checkPointsView is checkConsoleView with the pointer moved off the
// button it last clicked: a hovered button is drawn on the tint, where
// the brand's colour falls under 7:1 (a matter for the brand's check, not
// for these views).
func checkPointsView(t *testing.T, tab context.Context, view string) {
	t.Helper()
	do(t, tab, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 0, 0))
	checkConsoleView(t, tab, view)
}

// pointsShot saves the console as it is, on a laptop in English, as
// docs/screenshots/console-NAME-desktop.png; only with -update.
func pointsShot(t *testing.T, tab context.Context, name string) {
	t.Helper()
	if !*updateScreenshots {
		return
	}
	setViewport(t, tab, 1280, 800, 1)
	eval[bool](t, tab, `(document.activeElement?.blur(), true)`)
	waitJS(t, tab, settled)
	buf, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", "screenshots", "console-"+name+"-desktop.png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}
