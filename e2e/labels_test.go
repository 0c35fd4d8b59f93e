package e2e

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// TestShelfLabelsPrint opens the console's link to the shelf labels of
// a page of products and lays the labels out as printed on A4: no label
// crosses a page's edge, and neither the link's view nor the labels have
// an axe violation.
func TestShelfLabelsPrint(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	for i := range 30 {
		p := map[string]any{"sku": fmt.Sprintf("LBL-%02d", i), "name": map[string]string{"en": fmt.Sprintf("Label test tea %d", i)}, "price": 1000 + i, "unit": "box"}
		if st := s.API(t, http.MethodPost, "/api/v1/products", p, nil); st != http.StatusCreated {
			t.Fatalf("create product = %d; want 201", st)
		}
	}
	s.API(t, http.MethodPost, "/api/v1/users", map[string]string{"username": "eve", "password": "editor-pass-12", "role": "editor"}, nil)
	tab := kit.Tab(t, 1280, 800)
	consoleSignIn(t, tab, s.URL, "eve", "editor-pass-12")
	consoleGo(t, tab, "/console/products", `document.querySelector("#products-labels")`)
	if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
		t.Errorf("products view: axe-core found %d violations:%s", len(vs), describe(vs))
	}
	href := eval[string](t, tab, `document.querySelector("#products-labels").getAttribute("href")`)
	want := eval[int](t, tab, `document.querySelectorAll(".cs-product-list > li").length`)

	// The page at A4's width inside its margins (190 mm), as printed.
	setViewport(t, tab, 718, 1000, 1)
	do(t, tab, chromedp.Navigate(s.URL+href))
	waitJS(t, tab, `document.querySelectorAll("article.label svg path").length > 0`)
	err := chromedp.Do(tab, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	if got := eval[int](t, tab, `document.querySelectorAll("article.label").length`); got != want || got == 0 {
		t.Errorf("got %d labels; want %d, the products the view showed", got, want)
	}
	// Each sheet is one page: it must fit inside A4's margins and a page
	// break must follow it (but the last).
	split := eval[[]string](t, tab, `(() => {
		const page = 277 * 96 / 25.4; // A4's height inside 10 mm margins, in CSS px
		const sheets = [...document.querySelectorAll("section.sheet")];
		return sheets.flatMap((s, i) => {
			const top = s.getBoundingClientRect().top;
			const breaks = getComputedStyle(s).breakAfter === "page" || i === sheets.length - 1;
			return [...s.querySelectorAll("article.label")].filter(l => !breaks || l.getBoundingClientRect().bottom - top > page)
				.map(l => l.querySelector("h2").textContent);
		});
	})()`)
	if len(split) > 0 {
		t.Errorf("labels split across pages: %q", split)
	}
	if vs := runAxe(t, tab, true, ""); len(vs) > 0 {
		t.Errorf("labels: axe-core found %d violations:%s", len(vs), describe(vs))
	}
}
