package e2e

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/app/i18n"
	"storecast/e2e/harness"
)

// An editor signs in to the console on a phone, creates a promotion with an
// uploaded picture and pushes an urgent message to the whole store; a
// signage screen in another tab shows both, and the message goes away when
// the editor clears it. Then a cashier signs in and finds no promotions,
// screens or staff in their menu.
func TestConsoleEditorPromotionAndOverride(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "ed", "editor-pass-1", "editor")
	addStaff(t, s, "cash", "cashier-pass-1", "cashier")
	signage := kit.Tab(t, 390, 844)
	open(t, signage, s.URL+"/signage?lang=en")
	console := harness.NewTab(t, signage)
	consoleSignIn(t, console, s.URL, "ed", "editor-pass-1")

	title := "E2E console offer " + strconv.FormatInt(time.Now().UnixNano(), 36)
	consoleCreatePromotion(t, s, console, title)
	// Top priority, so it is on screen soon even where slides rotate.
	waitJS(t, signage, fmt.Sprintf(
		`[...document.querySelectorAll(".sc-promo")].some(p => p.querySelector(".sc-promo-title")?.textContent === %q && p.querySelector("img")?.src.includes("/media/"))`, title))

	message := "E2E: please leave by the east door"
	card := fmt.Sprintf(`[...document.querySelectorAll(".cs-override-card")].some(c => c.textContent.includes(%q))`, message)
	onSignage := fmt.Sprintf(`[...document.querySelectorAll(".sc-override")].some(o => o.textContent.includes(%q))`, message)
	do(t, console,
		toView("/console/overrides"),
		chromedp.SendKeys("#override-message-en", message),
		chromedp.Click(`label[for="override-severity-emergency"]`),
		chromedp.Click(`#override button[type="submit"]`))
	waitJS(t, console, card)
	waitJS(t, signage, onSignage)
	do(t, console, chromedp.Click(".cs-override-card .cs-clear"))
	waitJS(t, console, "!("+card+")")
	waitJS(t, signage, "!("+onSignage+")")
	var active struct {
		Overrides []any `json:"overrides"`
	}
	if s.API(t, http.MethodGet, "/api/v1/overrides", nil, &active); len(active.Overrides) != 0 {
		t.Errorf("overrides after clearing = %v; want none", active.Overrides)
	}

	do(t, console, toView("/console/account"), chromedp.Click("#cs-signout"))
	consoleSignIn(t, console, "", "cash", "cashier-pass-1")
	checkCashierConsole(t, console)
}

// consoleCreatePromotion makes a promotion in the console's editor: first
// with a price the form refuses ("12,9": a comma is not a decimal point),
// then right, with the demo milk picture uploaded. It checks what the API
// stored.
func consoleCreatePromotion(t *testing.T, s *harness.Server, console context.Context, title string) {
	t.Helper()
	do(t, console, toView("/console/promotions"), chromedp.Click("#promo-new"))
	do(t, console,
		chromedp.SendKeys("#promo-title-en", title),
		chromedp.SendKeys("#promo-title-zh-Hans", title),
		chromedp.SendKeys("#promo-price", "12,9"),
		chromedp.Click(`#promo button[type="submit"]`))
	waitJS(t, console, `document.querySelector("#promo-price-err")?.textContent === "Enter yuan with a point, like 12.90."`)
	if !eval[bool](t, console, `document.activeElement.id === "promo-price"`) {
		t.Error("focus is not on the price field with the problem")
	}
	setValue(t, console, "#promo-price", "12.90")
	setValue(t, console, "#promo-priority", "1000")
	milk, err := filepath.Abs("../assets/demo/milk.png")
	if err != nil {
		t.Fatal(err)
	}
	do(t, console, chromedp.SetUploadFiles("#promo-image-file", []string{milk}))
	waitJS(t, console, `(i => i && i.complete && i.naturalWidth > 0 && i.src.includes("/media/"))(document.querySelector("#promo-image-preview"))`)
	do(t, console, chromedp.Click(`#promo button[type="submit"]`))
	waitJS(t, console, fmt.Sprintf(`[...document.querySelectorAll(".cs-promo-card .cs-card-title")].some(e => e.textContent === %q)`, title))

	var promos struct {
		Promotions []struct {
			Title map[string]string `json:"title"`
			Image string            `json:"image"`
			Price int64             `json:"price"`
		} `json:"promotions"`
	}
	s.API(t, http.MethodGet, "/api/v1/promotions", nil, &promos)
	for _, p := range promos.Promotions {
		if p.Title["en"] == title {
			if p.Price != 1290 || filepath.Dir(p.Image) != "/media" {
				t.Errorf("stored promotion: price %d, image %q; want 1290 and a /media/ URL", p.Price, p.Image)
			}
			return
		}
	}
	t.Fatalf("promotion %q is not in the API's list", title)
}

// checkCashierConsole: a signed-in cashier's menu has only the tills
// (coupons and points) and their account, and the promotions URL tells
// them it is not for their role.
func checkCashierConsole(t *testing.T, console context.Context) {
	t.Helper()
	links := eval[[]string](t, console, `[...document.querySelectorAll(".cs-nav a")].map(a => a.getAttribute("href"))`)
	if strings.Join(links, " ") != "/console/redeem /console/points /console/account" {
		t.Errorf("cashier's menu = %v; want only /console/redeem, /console/points and /console/account", links)
	}
	eval[bool](t, console, `(window.goappNav("/console/promotions"), true)`)
	waitJS(t, console, `document.querySelector("#cs-view-title")?.textContent === "Not for your role"`)
	if eval[bool](t, console, `!!document.querySelector("#promo-new, .cs-promo-card")`) {
		t.Error("a cashier sees the promotions view")
	}
}

// addStaff creates a staff account with the admin token.
func addStaff(t *testing.T, s *harness.Server, username, password, role string) {
	t.Helper()
	body := map[string]string{"username": username, "password": password, "role": role}
	if code := s.API(t, http.MethodPost, "/api/v1/users", body, nil); code != http.StatusCreated {
		t.Fatalf("POST /api/v1/users %s = %d; want 201", username, code)
	}
}

// consoleSignIn opens the console at base (or uses the one already open
// when base is "") and signs in. A console it opens shows its text in the
// log if the test fails.
func consoleSignIn(t *testing.T, ctx context.Context, base, username, password string) {
	t.Helper()
	if base != "" {
		do(t, ctx, chromedp.Navigate(base+"/console?lang=en"))
		t.Cleanup(func() {
			if t.Failed() {
				text, _ := harness.EvalJS[string](ctx, `document.querySelector(".cs-console")?.innerText ?? document.body.innerText`)
				t.Logf("the console showed:\n%s", text)
			}
		})
	}
	waitJS(t, ctx, `(e => e && !e.disabled)(document.querySelector("#signin-username"))`)
	do(t, ctx,
		chromedp.SendKeys("#signin-username", username),
		chromedp.SendKeys("#signin-password", password),
		chromedp.Click(`#signin button[type="submit"]`))
	waitJS(t, ctx, fmt.Sprintf(`document.querySelector(".cs-who")?.textContent.startsWith(%q)`, username+" "))
}

// toView opens a console view from the menu, as staff do: on a phone,
// where the menu is folded into one button, through that button first.
func toView(path string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		js := `(b => !!b && getComputedStyle(b).display !== "none" && b.getAttribute("aria-expanded") !== "true")(document.querySelector(".cs-nav-toggle"))`
		folded, err := chromedp.Evaluate[bool](js)(ctx, t)
		if err != nil {
			return chromedp.Void{}, err
		}
		if folded {
			if _, err := chromedp.Click(".cs-nav-toggle")(ctx, t); err != nil {
				return chromedp.Void{}, err
			}
		}
		return chromedp.Click(fmt.Sprintf(`a[data-view=%q]`, path))(ctx, t)
	}
}

// setValue replaces what an input holds, as typing would.
func setValue(t *testing.T, ctx context.Context, sel, value string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(e => { e.value = %q; e.dispatchEvent(new Event("input", {bubbles: true})); return true })(document.querySelector(%q))`, value, sel))
}

// An admin pairs a screen showing its code, sees it online in the fleet,
// flashes its name, and revokes it: the screen is back to its pairing code.
func TestConsoleAdminPairsAndRevokesScreen(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "boss", "admin-pass-12", "admin")
	screen := kit.Tab(t, 1280, 800)
	code := pairingCode(t, screen, s.URL+"/signage?pair=1&lang=en")
	console := harness.NewTab(t, screen)
	consoleSignIn(t, console, s.URL, "boss", "admin-pass-12")
	waitJS(t, console, `document.querySelector(".cs-summary")?.textContent.includes("1 waiting to be paired")`)
	do(t, console,
		chromedp.Click("#pair-open"),
		chromedp.SendKeys("#pair-code", strings.ToLower(code[:3])+"-"+code[3:]), // as people type it
		chromedp.SendKeys("#pair-name", "Entrance"),
		chromedp.SendKeys("#pair-groups", "entrance, dairy"),
		chromedp.Click(`#pair button[type="submit"]`))
	card := `[...document.querySelectorAll(".cs-screen")].find(c => c.querySelector(".cs-card-title")?.textContent === "Entrance")`
	waitJS(t, console, card)
	waitJS(t, console, card+`?.classList.contains("is-online")`)
	waitJS(t, screen, `!document.querySelector(".sc-pairing")`)
	if got := eval[string](t, console, card+`.textContent`); !strings.Contains(got, "entrance, dairy") {
		t.Errorf("screen card = %q; want its groups", got)
	}

	do(t, console, chromedp.Click(`button[aria-label="Show the name on Entrance"]`))
	waitJS(t, screen, `document.querySelector(".sc-identify")?.textContent === "Entrance"`)
	// The card says the command went, and so is done growing: a click
	// while it still changes can land where the button was.
	waitJS(t, console, card+fmt.Sprintf(`?.textContent.includes(%q)`, i18n.T("en", i18n.ConsoleCommandSent)))

	do(t, console, chromedp.Click(`button[aria-label="Revoke Entrance"]`))
	waitJS(t, console, `document.querySelector(".cs-confirm .cs-btn-danger") !== null`)
	do(t, console, chromedp.Click(".cs-confirm .cs-btn-danger"))
	waitJS(t, screen, `document.querySelector(".sc-pairing-code")?.textContent.length === 6`)
	waitJS(t, console, `!document.querySelector(".cs-screen")`)
}

// pairingCode opens a screen that waits to be paired and reads its code.
func pairingCode(t *testing.T, tab context.Context, url string) string {
	t.Helper()
	do(t, tab, chromedp.Navigate(url))
	waitJS(t, tab, `document.querySelector(".sc-pairing-code")?.textContent.length === 6`)
	return eval[string](t, tab, `document.querySelector(".sc-pairing-code").textContent`)
}

// On a phone the console's menu is one row: a button naming the current
// view, which opens the list and closes once a view is chosen.
func TestConsoleMenuFoldsOnAPhone(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "phone-admin", "phone-admin-pass-1", "admin")
	console := kit.Tab(t, 390, 844)
	consoleSignIn(t, console, s.URL, "phone-admin", "phone-admin-pass-1")

	height := `document.querySelector(".cs-nav").getBoundingClientRect().height`
	if h := eval[float64](t, console, height); h > 60 {
		t.Errorf("the folded menu is %.0f px high; want one row (≤ 60 px)", h)
	}
	if n := eval[int](t, console, `[...document.querySelectorAll(".cs-nav-link")].filter(a => a.offsetParent).length`); n != 0 {
		t.Errorf("%d menu links show while the menu is folded; want none", n)
	}
	do(t, console, chromedp.Click(".cs-nav-toggle"))
	waitJS(t, console, `document.querySelector(".cs-nav-toggle").getAttribute("aria-expanded") === "true"`)
	visible := eval[int](t, console, `[...document.querySelectorAll(".cs-nav-link")].filter(a => a.offsetParent).length`)
	all := eval[int](t, console, `document.querySelectorAll(".cs-nav-link").length`)
	if visible != all || all < 5 {
		t.Errorf("the open menu shows %d of %d links; want every view an admin has", visible, all)
	}
	do(t, console, chromedp.Click(`a[data-view="/console/account"]`))
	waitJS(t, console, `location.pathname === "/console/account" && document.querySelector(".cs-nav-toggle").getAttribute("aria-expanded") === "false"`)
	if got := eval[string](t, console, `document.querySelector(".cs-nav-toggle").textContent`); !strings.Contains(got, "My account") {
		t.Errorf("the menu button says %q; want it to name the current view", got)
	}
}
