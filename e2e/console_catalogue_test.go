package e2e

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// An editor on a phone manages what the kiosk shows: creates a category
// (after a refused save that changes nothing), moves it up with the
// keyboard, creates a product in it, finds it by its pinyin initials,
// changes its price, and creates a store event. An open kiosk's category
// order, price check and events screen follow. Every new view passes axe.
func TestConsoleCatalogue(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "ed", "editor-pass-1", "editor")
	kiosk := kit.Tab(t, 1080, 1920)
	setViewport(t, kiosk, 1080, 1920, 1)
	open(t, kiosk, s.URL+"/kiosk?lang=en&idle=600") // no idle reset mid-test
	goKiosk(t, kiosk, "/kiosk/price?lang=en&idle=600", `document.querySelector("#sc-browse-home")`)
	console := harness.NewTab(t, kiosk)
	phone := func() { setViewport(t, console, 390, 844, 1) }
	phone()
	consoleSignIn(t, console, s.URL, "ed", "editor-pass-1")

	consoleCatalogueCategory(t, s, console, kiosk, phone)
	phone()
	consoleCatalogueProduct(t, s, console, kiosk)
	phone()
	consoleCatalogueEvent(t, console, kiosk)
}

// categoryIDs lists the categories as the API orders them.
func categoryIDs(t *testing.T, s *harness.Server) string {
	t.Helper()
	var list struct {
		Categories []struct{ ID string } `json:"categories"`
	}
	s.API(t, http.MethodGet, "/api/v1/categories", nil, &list)
	var ids []string
	for _, c := range list.Categories {
		ids = append(ids, c.ID)
	}
	return strings.Join(ids, " ")
}

// refusedSave submits form with nothing in it and checks the refusal: the
// first bad field has focus, is marked invalid and described by its
// problem, and the live region counts the problems.
func refusedSave(t *testing.T, tab context.Context, form, first string) {
	t.Helper()
	do(t, tab, chromedp.Click(fmt.Sprintf(`#%s button[type="submit"]`, form)))
	waitJS(t, tab, fmt.Sprintf(`document.activeElement?.id === %q`, first))
	got := eval[string](t, tab, `(e => [e.getAttribute("aria-invalid"),
		(e.getAttribute("aria-describedby") ?? "").split(" ").map(id => document.getElementById(id)).filter(d => d?.classList.contains("cs-err")).map(d => d.textContent).join(" "),
		document.querySelector("#`+form+` .cs-problem-count[role=status]")?.textContent ?? ""].join("|"))(document.activeElement)`)
	parts := strings.Split(got, "|")
	if parts[0] != "true" || parts[1] == "" || parts[2] == "" {
		t.Errorf("after a refused save, #%s: aria-invalid %q, described by problem %q, live region %q; want true, its problem, a count",
			first, parts[0], parts[1], parts[2])
	}
}

func consoleCatalogueCategory(t *testing.T, s *harness.Server, console, kiosk context.Context, phone func()) {
	t.Helper()
	before := categoryIDs(t, s)
	do(t, console, toView("/console/categories"))
	waitJS(t, console, `document.querySelector("#cat-up-home")`)
	checkConsoleView(t, console, "categories")
	phone()
	do(t, console, chromedp.Click("#cat-new"))
	waitJS(t, console, `document.activeElement?.id === "cat-id"`)
	refusedSave(t, console, "cat", "cat-id")
	if !eval[bool](t, console, `!!document.querySelector("#cat-name-err")`) {
		t.Error("the category's missing name is not shown next to it")
	}
	checkConsoleView(t, console, "category editor with problems")
	if got := categoryIDs(t, s); got != before {
		t.Errorf("a refused save changed the categories: %q; want %q", got, before)
	}
	phone()
	setValue(t, console, "#cat-id", "tea-e2e")
	setValue(t, console, "#cat-name-zh-Hans", "茶叶")
	setValue(t, console, "#cat-name-en", "Tea leaves")
	do(t, console, chromedp.Click(`label[for="cat-icon-drinks"]`), chromedp.Click(`#cat button[type="submit"]`))
	waitJS(t, console, `document.querySelector("#cat-up-tea-e2e")`)
	if got, want := categoryIDs(t, s), before+" tea-e2e"; got != want {
		t.Fatalf("categories = %q; want %q", got, want)
	}

	// Up one place with the keyboard; focus stays on the button.
	eval[bool](t, console, `(document.querySelector("#cat-up-tea-e2e").focus(), true)`)
	keys(t, console, "\r")
	want := strings.Replace(before, "home", "tea-e2e home", 1)
	waitJS(t, console, `document.querySelector("#cat-down-tea-e2e") && !document.querySelector("#cat-down-tea-e2e").disabled &&
		[...document.querySelectorAll(".cs-category-card")].map(c => c.dataset.id).join(" ") === `+fmt.Sprintf("%q", want))
	waitJS(t, console, `document.activeElement?.id === "cat-up-tea-e2e"`)
	if got := categoryIDs(t, s); got != want {
		t.Errorf("categories after moving up = %q; want %q", got, want)
	}
	n := len(strings.Fields(want))
	if note, said := eval[string](t, console, `document.querySelector(".cs-note[role=status]").textContent`), fmt.Sprintf("Tea leaves is now number %d of %d.", n-1, n); note != said {
		t.Errorf("the move was announced as %q; want %q", note, said)
	}
	// The kiosk's categories follow, with the icon chosen.
	tiles := fmt.Sprintf("%q", "sc-browse-"+strings.ReplaceAll(want, " ", " sc-browse-"))
	waitJS(t, kiosk, `[...document.querySelectorAll(".sc-browse-tile")].map(b => b.id).join(" ") === `+tiles+
		` && document.querySelector("#sc-browse-tea-e2e img").src.endsWith("/web/icons/category-drinks.svg")`)
	if *updateScreenshots {
		consoleShots(t, console, "categories", "")
	}
}

func consoleCatalogueProduct(t *testing.T, s *harness.Server, console, kiosk context.Context) {
	t.Helper()
	do(t, console, toView("/console/products"))
	waitJS(t, console, `document.querySelectorAll(".cs-product-card").length > 0 && document.querySelector("#products-export")`)
	checkConsoleView(t, console, "products")
	do(t, console, chromedp.Click("#product-new"))
	waitJS(t, console, `document.activeElement?.id === "product-sku"`)
	refusedSave(t, console, "product", "product-sku")
	checkConsoleView(t, console, "product editor with problems")
	var none struct{ Total int }
	if s.API(t, http.MethodGet, "/api/v1/products?q=ljcy", nil, &none); none.Total != 0 {
		t.Errorf("a refused save made %d products", none.Total)
	}
	setValue(t, console, "#product-sku", "E2E-TEA")
	setValue(t, console, "#product-name-zh-Hans", "龙井茶叶")
	setValue(t, console, "#product-name-en", "Longjing tea")
	setValue(t, console, "#product-price", "18.80")
	setValue(t, console, "#product-unit", "100 g")
	eval[bool](t, console, `(s => { s.value = "tea-e2e"; s.dispatchEvent(new Event("change", {bubbles: true})); return true })(document.querySelector("#product-category"))`)
	do(t, console, chromedp.Click(`#product button[type="submit"]`))
	waitJS(t, console, `document.querySelector("#products-q")`)

	// Found by its pinyin initials, as the kiosk finds it.
	setValue(t, console, "#products-q", "ljcy")
	do(t, console, chromedp.Click(`#products-search button[type="submit"]`))
	card := `document.querySelector('.cs-product-card[data-sku="E2E-TEA"]')`
	waitJS(t, console, card+` && document.querySelectorAll(".cs-product-card").length === 1 && document.querySelector("#products-showing").textContent === "1–1 of 1"`)
	if got := eval[string](t, console, card+`.querySelector(".cs-meta").textContent`); got != "SKU E2E-TEA · Tea leaves" {
		t.Errorf("the product's card says %q", got)
	}
	setValue(t, kiosk, "#sc-q", "ljcy")
	click(t, kiosk, "#sc-search-go")
	waitJS(t, kiosk, `document.querySelector(".sc-product-price")?.innerText === "¥18.80 / 100 g"`)
	var stored struct {
		Products []struct {
			Name map[string]string `json:"name"`
		} `json:"products"`
	}
	s.API(t, http.MethodGet, "/api/v1/products?q=ljcy", nil, &stored)
	if len(stored.Products) != 1 || stored.Products[0].Name["zh-Hans"] != "龙井茶叶" || stored.Products[0].Name["en"] != "Longjing tea" {
		t.Errorf("stored product = %+v; want its names in zh-Hans and en as typed", stored.Products)
	}

	do(t, console, chromedp.Click(`.cs-product-card[data-sku="E2E-TEA"] .cs-btn`))
	waitJS(t, console, `document.activeElement?.id === "product-name-zh-Hans" && document.querySelector("#product-sku").disabled`)
	setValue(t, console, "#product-price", "16.60")
	do(t, console, chromedp.Click(`#product button[type="submit"]`))
	waitJS(t, console, `document.querySelector(".cs-note[role=status]")?.textContent === "Saved: Longjing tea"`)
	click(t, kiosk, "#sc-search-go")
	waitJS(t, kiosk, `document.querySelector(".sc-product-price")?.innerText === "¥16.60 / 100 g"`)
	if *updateScreenshots {
		do(t, console, chromedp.Click(`.cs-product-card[data-sku="E2E-TEA"] .cs-btn`))
		waitJS(t, console, `document.activeElement?.id === "product-name-zh-Hans"`)
		setValue(t, console, "#product-barcode", "123")
		do(t, console, chromedp.Click(`#product button[type="submit"]`))
		waitJS(t, console, `document.querySelector("#product-barcode-err")`)
		eval[bool](t, console, `(scrollTo(0, 0), true)`)
		consoleShots(t, console, "product-edit", "")
		do(t, console, chromedp.Click(`#product .cs-form-actions button[type="button"]`))
		waitJS(t, console, `document.querySelector("#products-q")`)
		setValue(t, console, "#products-q", "")
		do(t, console, chromedp.Click(`#products-search button[type="submit"]`))
		waitJS(t, console, `document.querySelectorAll(".cs-product-card").length > 5`)
		consoleShots(t, console, "products", "")
	}
}

func consoleCatalogueEvent(t *testing.T, console, kiosk context.Context) {
	t.Helper()
	do(t, console, toView("/console/events"))
	waitJS(t, console, `document.querySelector(".cs-event-card")`)
	checkConsoleView(t, console, "events")
	do(t, console, chromedp.Click("#event-new"))
	waitJS(t, console, `document.activeElement?.id === "event-title-zh-Hans"`)
	refusedSave(t, console, "event", "event-title-zh-Hans")
	checkConsoleView(t, console, "event editor with problems")
	if *updateScreenshots {
		consoleShots(t, console, "event-edit", "")
	}
	// Tomorrow 10:00 to 11:30 on the store's clock (the server's default zone).
	zone, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	day := time.Now().In(zone).AddDate(0, 0, 1).Format("2006-01-02")
	setValue(t, console, "#event-title-en", "E2E tea tasting")
	setValue(t, console, "#event-place-en", "By the tea shelf")
	setValue(t, console, "#event-starts_at", day+"T10:00")
	setValue(t, console, "#event-ends_at", day+"T11:30")
	do(t, console, chromedp.Click(`#event button[type="submit"]`))
	title := `[...document.querySelectorAll(".cs-event-card .cs-card-title")].find(e => e.textContent === "E2E tea tasting")`
	waitJS(t, console, title)
	if when := eval[string](t, console, title+`.parentElement.querySelector(".cs-event-when").textContent`); !strings.HasPrefix(when, "10:00 tomorrow") {
		t.Errorf("the event's time reads %q; want it on the store's clock, from 10:00 tomorrow", when)
	}
	if *updateScreenshots {
		consoleShots(t, console, "events", "")
	}
	goKiosk(t, kiosk, "/kiosk/events?lang=en&idle=600", `[...document.querySelectorAll(".sc-event-title")].some(e => e.innerText === "E2E tea tasting")`)
}
